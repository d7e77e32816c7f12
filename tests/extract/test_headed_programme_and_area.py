"""What a head heads, by the title: a programme's head ("programchef för Trygg och nära omsorg") heads a programme,
not a unit; a care area named by its quarter in lower case ("verksamhetschef för primärvård öst i Region Kronoberg")
is a unit of the region. People and programme invented; the regions are public reference data."""
from snippets import facts, named

QUOTE = "– Vi börjar i höst, säger Ulla Nyrén, Region Kronobergs programchef för Trygg och nära omsorg, i ett pressmeddelande."


def test_a_programme_head_heads_a_programme():
    assert named(QUOTE, "Project") == {"Trygg och nära omsorg"}
    assert "Trygg och nära omsorg" not in named(QUOTE, "Organisation")
    assert ("Ulla Nyrén", "leads", "Trygg och nära omsorg") in facts(QUOTE)


AREA = "Per Ahlqvist är verksamhetschef för primärvård öst i Region Kronoberg."


def test_a_care_area_by_its_quarter_is_a_unit_of_the_region():
    found = facts(AREA)
    assert ("Primärvård öst", "partOf", "Region Kronoberg") in found
    assert ("Per Ahlqvist", "leads", "Primärvård öst") in found
    assert ("Per Ahlqvist", "worksFor", "Region Kronoberg") in found


def test_a_head_of_a_unit_still_heads_a_unit():
    text = "Det säger Eva Rask, verksamhetschef för Barn- och ungdomshälsan i Region Kronoberg."
    assert named(text, "Project") == set()


def test_a_division_named_by_its_number_is_a_unit_of_the_region():
    found = facts("Ylva Strand är ny divisionschef för länssjukvård 2 inom Region Norrbotten.")
    assert ("Ylva Strand", "leads", "Länssjukvård 2") in found
    assert ("Länssjukvård 2", "partOf", "Region Norrbotten") in found
    assert ("Ylva Strand", "worksFor", "Region Norrbotten") in found


def test_a_head_of_a_bodys_department_in_the_genitive():
    found = facts("Seminariet inleds med att Ola Lund, chef SKR:s avdelning för vård och omsorg, presenterar en rapport.")
    assert ("Ola Lund", "leads", "Avdelningen för vård och omsorg") in found
    assert ("Avdelningen för vård och omsorg", "partOf", "Sveriges Kommuner och Regioner") in found
    assert ("Ola Lund", "worksFor", "Sveriges Kommuner och Regioner") in found


def test_a_chair_of_a_bodys_board_in_the_genitive_is_not_its_staff():
    found = facts("Eva Ek är ordförande i SKR:s sjukvårdsdelegation.")
    assert ("Eva Ek", "worksFor", "Sveriges Kommuner och Regioner") not in found


def test_a_short_form_in_brackets_is_the_units_though_a_listed_body_goes_by_it():
    text = ("Olle Sand lämnar sitt uppdrag som förvaltningschef för Skånes universitetssjukvård (Sus) efter en "
            "överenskommelse med regiondirektören. Sus står inför flera utmaningar.")
    assert named(text, "Organisation") == {"Skånes universitetssjukvård"}
    assert ("Olle Sand", "leads", "Skånes universitetssjukvård") in facts(text)
