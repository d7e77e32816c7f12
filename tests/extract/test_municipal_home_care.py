"""The municipal side of care: a town's home care in the genitive is the municipality at work, and a page's
closing line "Omsorgschef Eva Ek" names her, not a person called "Omsorgschef". The people are invented; the
municipalities are public reference data."""
from snippets import entities, facts, named


def test_a_towns_home_care_in_the_genitive_is_the_municipality():
    text = ("Vittnesmålen om hur brukare farit illa i Uddevallas hemtjänst har skakat kommunen.\n\n"
            "Socialchef Lena Borg har tidigare kritiserat cheferna. Kommunen inför nu nya krav.")
    assert named(text, "Organisation") == {"Uddevalla kommun"}
    assert ("Lena Borg", "worksFor", "Uddevalla kommun") in facts(text)


def test_a_town_whose_name_takes_no_genitive_s():
    assert named("Servicegruppen i Grums hemtjänst tvättar åt brukarna.", "Organisation") == {"Grums kommun"}


def test_a_district_or_a_house_keeps_its_own_unit():
    found = named("Östermalms hemtjänst och Solgårdens äldreboende har fått nya chefer.", "Organisation")
    assert found == {"Östermalms hemtjänst", "Solgårdens äldreboende"}


def test_a_title_opening_a_line_twice_is_no_part_of_the_name():
    text = ("Omsorgsförvaltningen\n\nOmsorgsförvaltningen arbetar med äldreomsorg och hemsjukvård.\n\n"
            "Omsorgschef Vera Lindholm\n\nOmsorgschef Vera Lindholm\n\nGranskad 2016-11-28")
    people = {n for n, k in entities(text).items() if k == "Person"}
    assert people == {"Vera Lindholm"}
    assert ("Vera Lindholm", "title", "omsorgschef") in facts(text)
