"""A meeting's programme: each item, then who presents it and where they work ("Eva Ek och Per Berg mfl, Region
X", "Bo Al, Region X Beslutet bifogas"). Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

PROGRAMME = ("Länsrådet 4 mars 2022\n"
             "Program\n"
             "Aktuellt läge i vården\n"
             "Tove Alm och Rasmus Lindh mfl, Region Kronoberg, Olle Sand, Länsstyrelsen Kronoberg\n"
             "Villkor för budgetåret\n"
             "Greta Munk och Ivar Lund, Region Kronoberg Beslutet bifogas\n"
             "Paus\n")


def test_people_and_others_named_before_an_employer_all_work_there():
    found = facts(PROGRAMME)
    assert ("Tove Alm", "worksFor", "Region Kronoberg") in found
    assert ("Rasmus Lindh", "worksFor", "Region Kronoberg") in found
    assert ("Olle Sand", "worksFor", "Länsstyrelsen Kronoberg") in found


def test_an_employer_followed_by_the_items_next_field_is_still_the_employer():
    found = facts(PROGRAMME)
    assert ("Greta Munk", "worksFor", "Region Kronoberg") in found
    assert ("Ivar Lund", "worksFor", "Region Kronoberg") in found


def test_an_organisation_that_goes_on_into_a_sentence_employs_no_one():
    text = "Greta Munk, Region Kronoberg Beslutet har fattats och Ivar Lund, Region Kronoberg har ordet."
    assert not [f for f in facts(text) if f[1] == "worksFor" and f[0] == "Ivar Lund"]


def test_a_meetings_place_field_names_rooms_and_no_people():
    text = "Tid: Torsdagen den 8 december. Plats: Stadens Hus, Greta Garbosalen, Falun. Ordförande: Tove Alm"
    people = [n for n, k in entities(text).items() if k == "Person"]
    assert people == ["Tove Alm"]


def test_a_county_board_written_in_lower_case_with_its_county_is_the_employer():
    text = "Muntlig information av Olle Sand, länsråd, länsstyrelsen Västerbotten, om läget."
    assert ("Olle Sand", "worksFor", "Länsstyrelsen Västerbotten") in facts(text)
