"""Project pages' contact persons, agencies written in lower case, FoU acronyms (session 21's rules)."""
import pytest

from snippets import entities, facts


def test_a_project_pages_contacts_take_part_in_it_without_leading_it():
    page = ("Projekt Trygg vardag i Lerdal\n\n"
            "Projektet ska hålla samman kommunerna och regionen i arbetet med en gemensam målbild.\n\n"
            "Kontaktpersoner:\n\n"
            "Selma Vinter\nselma.vinter@lerdal.se\nTel 070-111 22 33\n\n"
            "Oskar Bergfjord\noskar.bergfjord@lerdal.se\nTel 070-444 55 66\n")
    found = facts(page)
    for person in ("Selma Vinter", "Oskar Bergfjord"):
        assert (person, "participatesIn", "Trygg vardag i Lerdal") in found
        assert (person, "leads", "Trygg vardag i Lerdal") not in found


@pytest.mark.parametrize("snippet,name", [
    ("Han har bland annat arbetat på e-hälsomyndigheten innan han kom hit.", "E-hälsomyndigheten"),
    ("Enligt socialstyrelsen ska alla kommuner ha en plan.", "Socialstyrelsen"),
])
def test_a_one_word_agency_written_in_lower_case_is_the_agency(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_a_common_word_in_lower_case_is_not_a_body():
    assert "Kommunal" not in entities("Den kommunal hälso- och sjukvården växer i hela landet.")


def test_an_fou_acronym_is_an_organisation():
    assert entities("FoUiV driver ett tvåårigt utvecklingsprojekt om hemsjukvård.").get("FoUiV") == "Organisation"


def test_a_satsning_on_the_reform_is_no_project():
    found = entities("Regeringens satsning på en god och nära vård har omfattat både lagändringar och stimulansmedel.")
    assert not [name for name, kind in found.items() if kind == "Project"]


def test_a_head_within_a_unit_named_with_its_owner_works_for_the_unit_and_does_not_lead_it():
    found = facts("Mira Holt är chef för primärvården inom Region Hallands förvaltning Närvård Syd. Hon är nöjd.")
    assert ("Mira Holt", "worksFor", "Närvård Syd") in found
    assert ("Mira Holt", "leads", "Närvård Syd") not in found


@pytest.mark.parametrize("role", ["och del i", "och ledamot i"])
def test_a_second_clause_after_an_aside_says_which_group_she_is_in(role):
    found = facts(f"Det går bra, sa Vera Lind, ordförande i Region Örebro läns regionstyrelse, {role} den politiska "
                  "styrgruppen. I den politiska styrgruppens dialoger finns vilja.")
    assert ("Vera Lind", "participatesIn", "Politiska styrgruppen") in found


def test_a_definite_title_opening_a_sentence_works_where_the_sentence_before_opened():
    found = facts("Det var öppet hus.\n\nPå Ekby vårdcentral passade många på att göra ett besök. Verksamhetschefen "
                  "Lena Stål hade fullt upp med att dela ut broschyrer.")
    assert ("Lena Stål", "worksFor", "Ekby vårdcentral") in found
    assert ("Lena Stål", "leads", "Ekby vårdcentral") in found


def test_a_definite_title_after_a_paragraph_break_does_not_borrow_the_place():
    found = facts("På Ekby vårdcentral passade många på att göra ett besök.\n\nVerksamhetschefen Lena Stål hade fullt "
                  "upp med att dela ut broschyrer.")
    assert not [f for f in found if f[0] == "Lena Stål" and f[1] in ("worksFor", "leads")]


@pytest.mark.parametrize("snippet,unit,owner", [
    ("Det är viktigt, säger Tove Hallin, förvaltningsdirektör för Hälsa och habilitering i Region Uppsala.",
     "Hälsa och habilitering", "Region Uppsala"),
    ("Tove Hallin är chef för Vård och omsorg i Bodens kommun sedan i våras.", "Vård och omsorg", "Bodens kommun"),
])
def test_a_unit_named_between_its_heads_title_and_its_owner(snippet, unit, owner):
    found = facts(snippet)
    assert entities(snippet).get(unit) == "Organisation"
    assert {("Tove Hallin", "worksFor", unit), ("Tove Hallin", "leads", unit), (unit, "partOf", owner)} <= found


def test_a_person_after_chef_for_is_no_unit():
    assert "Anna Berg" not in [n for n, k in entities("Hon är chef för Anna Berg i Region Uppsala.").items()
                               if k == "Organisation"]


PROGRAMME = """Regionrådets konferens 17-18 juni

Program

Välkommen
Tyra Dalén Region Värmland, Pål Sundqvist Arvika kommun, Vera Ring moderator

Ställningstagande om gemensamma resurser
Gösta Brink Region Värmland
Ställningstagande Gemensamma resurser (pdf)

Ställningstagande om en framtida etableringsfunktion i länet
Agnes Lomsjö Grums kommun och Mats Willner Kristinehamns kommun
VR 18 juni - etableringsfunktion (pdf)

Regionplan 2022 – övergripande del samt lite mer kring områdena hälso- och sjukvård, regional utveckling, kollektivtrafik och kultur- och bildning
Per Bäckman, Lena Gjutare, Elin Åkervall, Region Värmland
Regionrådet 18 juni- regionplan och verksamhetsområden (pdf)
"""


@pytest.mark.parametrize("person,employer", [
    ("Tyra Dalén", "Region Värmland"), ("Pål Sundqvist", "Arvika kommun"), ("Gösta Brink", "Region Värmland"),
    ("Agnes Lomsjö", "Grums kommun"), ("Mats Willner", "Kristinehamns kommun"),
    ("Per Bäckman", "Region Värmland"), ("Lena Gjutare", "Region Värmland"), ("Elin Åkervall", "Region Värmland"),
])
def test_a_programmes_speakers_work_for_the_organisation_beside_or_after_them(person, employer):
    assert (person, "worksFor", employer) in facts(PROGRAMME)


def test_a_two_letter_acronym_names_a_body_only_where_the_document_writes_it_out():
    assert "Vetenskapsrådet" not in entities(PROGRAMME)
    assert entities("Vetenskapsrådet (VR) finansierar projektet. VR har beviljat medel.").get("Vetenskapsrådet") \
        == "Organisation"


def test_a_name_beside_an_organisation_in_a_sentence_is_not_a_speakers_line():
    found = facts("Under mötet pratade vi med Tyra Dalén Region Värmland om saken och hon var nöjd.")
    assert ("Tyra Dalén", "worksFor", "Region Värmland") not in found


@pytest.mark.parametrize("snippet,person,title,employer", [
    ("  • Tove Ekholm, Norrbottens regiondirektör, får i uppdrag att utreda frågan.", "Tove Ekholm", "regiondirektör",
     "Region Norrbotten"),
    ("Det sa Kalmars kommundirektör Tove Ekholm i går.", "Tove Ekholm", "kommundirektör", "Kalmar kommun"),
])
def test_a_place_in_the_genitive_before_a_title_names_the_employer(snippet, person, title, employer):
    assert {(person, "title", title), (person, "worksFor", employer)} <= facts(snippet)


def test_the_people_of_the_sentence_before_all_belong_where_samtliga_says_but_the_exception():
    found = facts("Olle Vikström, Lisa Strand, Vivi Nordin och Stina Lax ingår i det psykosociala teamet. Samtliga "
                  "tillhör Kiruna hälsocentral förutom Lisa Strand som arbetar på Pajala hälsocentral.")
    for person in ("Olle Vikström", "Vivi Nordin", "Stina Lax"):
        assert (person, "worksFor", "Kiruna hälsocentral") in found
    assert ("Lisa Strand", "worksFor", "Pajala hälsocentral") in found
    assert ("Lisa Strand", "worksFor", "Kiruna hälsocentral") not in found


@pytest.mark.parametrize("snippet", [
    "Hör henne och Lars Holmén, generaldirektör Socialstyrelsen, i dagens program.",
    "Stockholm i oktober 2022\n\nLars Holmén\nGeneraldirektör, Socialstyrelsen",
])
def test_a_director_general_leads_the_agency_she_works_for(snippet):
    assert ("Lars Holmén", "leads", "Socialstyrelsen") in facts(snippet)


def test_a_regions_director_still_does_not_lead_it():
    assert ("Lars Holmén", "leads", "Region Norrbotten") not in facts(
        "Det säger Lars Holmén, regiondirektör i Region Norrbotten.")


@pytest.mark.parametrize("written,title", [("ordf.", "ordförande"), ("vice ordf.", "vice ordförande")])
def test_an_abbreviated_chair_is_written_out(written, title):
    assert ("Anna Hedberg", "title", title) in facts(f"På plats var Anna Hedberg (KD), {written} i nämnden.")


def test_an_acronym_in_the_genitive_before_a_title_is_her_organisation():
    found = facts("Lyssna på ett samtal mellan henne och RFHL:s poddmakare Tor Malmsjö om vårdgarantin.")
    assert {("Tor Malmsjö", "title", "poddmakare"), ("Tor Malmsjö", "worksFor", "RFHL")} <= found


def test_a_guest_addressed_after_a_comma_holds_the_title_and_the_care_companys_division():
    found = facts("EVA: Välkommen till podden Tor Malmsjö. Du allmänläkare, du är medicinsk chef inom Capio "
                  "närsjukvård och du har sagt att omställningen har börjat.")
    assert {("Tor Malmsjö", "title", "medicinsk chef"), ("Tor Malmsjö", "worksFor", "Capio närsjukvård")} <= found


@pytest.mark.parametrize("snippet,name", [
    ("I ett brev skriver markägaren Lerby Bostads AB att detta är ett önskemål.", "Lerby Bostads AB"),
    ("Kommunalrådet säger till P 4 Radio Halland att signalerna finns.", "P4 Radio Halland"),
    ("Invånarna måste i dag åka till Lerbysjukhuset för att få rehabilitering.", "Lerbysjukhuset"),
    ("Brevet är undertecknat av Eva Gran som representerar SPF Klockaren med socknarna runt Hemse.", "SPF Klockaren"),
    ("Samma linje har PRO Lerbyortens Eva Gran.", "PRO Lerbyorten"),
])
def test_companies_local_radio_hospitals_and_local_branches_by_their_form(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_a_national_association_alone_is_no_branch():
    found = entities("Brukarrådet består av PRO, SPF Seniorerna och RSMH.")
    assert "PRO" in found and "SPF Seniorerna" in found
    assert not [n for n in found if n.startswith("PRO ") or n.startswith("SPF ") and n != "SPF Seniorerna"]
