"""A region's organisation page with its management as contact cards ("Bild på X ⏎ X ⏎ Vårddirektör ⏎ 010-…"):
the cards' recurring lines are no speakers of a transcript, and a region's vårddirektör works for the region the page
is about. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts, text_of

PAGE = """Region Kronoberg

Hälso- och sjukvård

Hälso- och sjukvården i länet består av primärvård och specialistsjukvård.

Postadress
Region Kronoberg
351 88 Växjö

Ledning

Bild på Saga Lindvall

Saga Lindvall

Vårddirektör

010-100 00 01

e-post

Bild på Hjalmar Brink

Hjalmar Brink

Vårddirektör

010-100 00 02

e-post
"""


def test_contact_card_lines_are_no_speaker_turns():
    assert not any(b.kind == "turn" for b in text_of(PAGE).blocks)


def test_the_directors_on_the_cards_have_their_titles_and_the_region():
    found = facts(PAGE)
    for name in ("Saga Lindvall", "Hjalmar Brink"):
        assert (name, "title", "vårddirektör") in found
        assert (name, "worksFor", "Region Kronoberg") in found


def test_a_transcript_with_names_on_lines_of_their_own_still_has_turns():
    transcript = ("Agnes Holm\nVälkomna till podden om nära vård.\n\nPelle Ström\nTack, roligt att vara här.\n\n"
                  "Agnes Holm\nBerätta om ert arbete.\n\nPelle Ström\nVi jobbar med mobila team.\n")
    assert sum(b.kind == "turn" for b in text_of(transcript).blocks) == 4


ADVERT = """Vi söker allmänspecialist till vår hälsocentral. Hör av dig så berättar vi mer!

Hälsocentralen Ekbacken
Verksamhetschef
Gunnel Åhlin
gunnel.ahlin@example.se
070-123 45 67
"""


def test_a_card_with_the_unit_above_the_title_and_the_address_below_the_name():
    found = facts(ADVERT)
    assert ("Gunnel Åhlin", "title", "verksamhetschef") in found
    assert ("Gunnel Åhlin", "worksFor", "Hälsocentralen Ekbacken") in found
    assert ("Gunnel Åhlin", "leads", "Hälsocentralen Ekbacken") in found


def test_a_care_centre_named_by_a_part_of_a_town_after_the_town():
    found = entities("Välkommen till oss! Mora Tallbacken Hälsocentral är en del av primärvården i Mora. Besök också Bergby vårdcentral.")
    assert found.get("Mora Tallbacken Hälsocentral") == "Organisation"
    assert "Tallbacken Hälsocentral" not in found
    assert found.get("Bergby vårdcentral") == "Organisation"


FORUM_CARDS = """Kontakt

Kommunledningsförvaltningen
Besöksadress: Storgatan 4, 831 82 Östersund

Ordförande
Lovisa Brandin(C)
Telefon: 070-111 22 33
E-post: lovisa.brandin@ostersund.se

Samordnare
Henning Kallin
Telefon: 063-14 30 00
E-post: henning.kallin@ostersund.se

Funktionshinderrådet

Funktionshinderrådet är kommunens samverkan med organisationerna som företräder personer med funktionsnedsättning.
"""


def test_contact_cards_on_a_forums_page_chair_and_coordinate_it():
    found = facts(FORUM_CARDS)
    assert ("Lovisa Brandin", "leads", "Funktionshinderrådet") in found
    assert ("Henning Kallin", "leads", "Funktionshinderrådet") in found
    assert ("Lovisa Brandin", "title", "ordförande") in found
