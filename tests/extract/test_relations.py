import pytest

from snippets import facts


INTERVIEW = """PETRA: Välkommen, Jonas Ekberg.

JONAS: Tack! Mitt namn är Jonas Ekberg, jag jobbar som biträdande hälso- och sjukvårdsdirektör i Region Dalarna. Och jag är också områdeschef för nära vård.

PETRA: Hur har ni gjort?

JONAS: Vi har ju anställt en programsamordnare, som heter Sofia Berg, och programmet Trygg hemgång har kommit långt. Vi har sedan tidigare en regional ledningsgrupp där alla kommuner sitter med. Och vår hälso- och sjukvårdsdirektör Lars Holm har varit tydlig. Det är roligt att vara ordförande för den ledningsgruppen.

PETRA: Och i kommunerna?

JONAS: Där har Eva Strand, som är chef för vårdval-primärvård, tagit ett stort ansvar.
"""


@pytest.mark.parametrize("fact", [
    ("Jonas Ekberg", "title", "biträdande hälso- och sjukvårdsdirektör"),
    ("Jonas Ekberg", "title", "områdeschef"),
    ("Jonas Ekberg", "worksFor", "Region Dalarna"),
    ("Sofia Berg", "title", "programsamordnare"),
    ("Sofia Berg", "worksFor", "Region Dalarna"),
    ("Sofia Berg", "leads", "Trygg hemgång"),
    ("Lars Holm", "title", "hälso- och sjukvårdsdirektör"),
    ("Lars Holm", "worksFor", "Region Dalarna"),
    ("Jonas Ekberg", "leads", "Regional ledningsgrupp"),
    ("Jonas Ekberg", "participatesIn", "Regional ledningsgrupp"),
    ("Region Dalarna", "participatesIn", "Regional ledningsgrupp"),
    ("Eva Strand", "title", "chef"),
    ("Eva Strand", "leads", "Vårdval-primärvård"),
])
def test_interview_relations(fact):
    assert fact in facts(INTERVIEW)


def test_the_host_gets_no_title_from_a_question():
    found = facts("PETRA: Är du också chef för de här sjukhusen?\n\nJONAS: Ja, det är jag.\n")
    assert not [f for f in found if f[0] == "Petra" and f[1] == "title"]


def test_plural_title_before_names_belongs_to_each():
    found = facts("Med i avsnittet är projektledarna för projektet Trygg hemgång Anna Berg och Omar Hassan.")
    assert ("Anna Berg", "title", "projektledare") in found
    assert ("Omar Hassan", "title", "projektledare") in found
    assert ("Omar Hassan", "leads", "Trygg hemgång") in found


def test_collaboration_between_organisations():
    found = facts("Trygg hemgång - ett samarbete mellan Region Dalarna, Falu kommun och Borlänge kommun.")
    assert ("Falu kommun", "participatesIn", "Trygg hemgång") in found
    assert ("Region Dalarna", "participatesIn", "Trygg hemgång") in found


def test_name_comma_title_on_employer():
    found = facts("Anna Berg, kommunikatör på FoU i Dalarna, berättar om arbetet.")
    assert ("Anna Berg", "title", "kommunikatör") in found
    assert ("Anna Berg", "worksFor", "FoU i Dalarna") in found


def test_email_domain_gives_the_employer():
    found = facts("Tack!\nsofia.berg@regiondalarna.se\n")
    assert ("Sofia Berg", "worksFor", "Region Dalarna") in found


def test_unit_before_its_university():
    found = facts("Anna Berg\n\naffilierad forskare Institutet för Vårdlogistik,\nKarolinska Institutet\n")
    assert ("Institutet för Vårdlogistik", "partOf", "Karolinska Institutet") in found
    assert ("Anna Berg", "worksFor", "Institutet för Vårdlogistik") in found


@pytest.mark.parametrize("snippet, fact", [
    ("Projektet Trygg kväll startade i fjol. Trygg kväll leds av Sanna Berg, områdeschef för hemtjänsten i "
     "Falu kommun.", ("Sanna Berg", "leads", "Trygg kväll")),
    ("Trygg kväll leds av Sanna Berg, områdeschef för hemtjänsten i Falu kommun.",
     ("Sanna Berg", "worksFor", "Falu kommun")),
    ("FAKTA: projektet Trygg kväll\n\n• Parter: Region Dalarna, Falu kommun och Mora kommun\n\n"
     "• Projektledare: Anna Berg, Region Dalarna\n", ("Mora kommun", "participatesIn", "Trygg kväll")),
    ("FAKTA: projektet Trygg kväll\n\n• Projektledare: Anna Berg, Region Dalarna\n",
     ("Anna Berg", "leads", "Trygg kväll")),
    ("Vi startar projektet Trygg kväll nu.\n\nI projektet har följande kommuner deltagit:\n\n• Falu kommun\n\n"
     "• Mora kommun\n", ("Mora kommun", "participatesIn", "Trygg kväll")),
    ("Projektet Trygg kväll är i sin tur en del av regionens större program Nära vård Dalarna.",
     ("Trygg kväll", "partOf", "Nära vård Dalarna")),
    ("Hemsjukvården har en egen samordnare. Camilla Lund, MAS i Mora kommun, har lett arbetet.",
     ("Camilla Lund", "title", "MAS")),
    ("Vi har ett nytt projekt. Projektledare är Sofia Berg, som arbetar i Mora kommun.\n",
     ("Sofia Berg", "title", "projektledare")),
])
def test_relations_from_reports_and_fact_boxes(snippet, fact):
    assert fact in facts(snippet)


def test_sitting_on_a_group_with_an_adverb_before_med_is_taking_part():
    found = facts("Greta Holmlund sitter också med i styrgruppen för Lerbergsmodellen.")
    assert ("Greta Holmlund", "participatesIn", "Styrgruppen för Lerbergsmodellen") in found


def test_a_unit_that_is_led_after_a_first_verb_phrase_is_led_by_that_person():
    found = facts("Vardagsrehabenheten ingår i omsorgsförvaltningen och leds av enhetschef Leif Vinter.")
    assert ("Leif Vinter", "leads", "Vardagsrehabenheten") in found


def test_a_cleft_names_the_chair_past_an_aside_about_her():
    found = facts("Närvårdsrådet Lerberg träffas varje månad. Ordförandeskapet roterar. Just nu är det Greta Holmlund, "
                  "som är enhetschef i Älvsbyns kommun, som är ordförande.")
    assert ("Greta Holmlund", "leads", "Närvårdsrådet Lerberg") in found
    assert ("Greta Holmlund", "title", "ordförande") in found


def test_the_convener_for_a_year_chairs_the_group_the_section_is_about():
    found = facts("Inledning\n\nVi har flera grupper.\n\n4.1 HSL-nätverket Lerberg\n\nSjuksköterskor träffas i "
                  "HSL-nätverket Lerberg. Nätverket tar fram rutiner. Sammankallande för 2025 är Moa Vinter, MAS i "
                  "Mora kommun. Arbetet rapporteras till Närvårdsrådet Mora.")
    assert ("Moa Vinter", "leads", "HSL-nätverket Lerberg") in found
    assert ("Moa Vinter", "title", "sammankallande") in found
    assert ("Moa Vinter", "leads", "Närvårdsrådet Mora") not in found
