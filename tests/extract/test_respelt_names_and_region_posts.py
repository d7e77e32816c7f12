"""A given name spelt with C where the list has K ("Cristine"), and a region's own post in a county ("regiondirektör
i Halland"). Regions are public reference data; every person is invented."""
from snippets import entities, facts


def test_a_given_name_spelt_with_c_where_the_list_has_k_is_a_name():
    text = "I nuläget är Cristine Dalbo biträdande regiondirektör."
    assert entities(text).get("Cristine Dalbo") == "Person"
    assert ("Cristine Dalbo", "title", "biträdande regiondirektör") in facts(text)


def test_a_word_that_respells_to_no_listed_name_is_no_given_name():
    found = entities("Centrum Kvalitet har öppnat en mottagning.")
    assert not [n for n, kind in found.items() if kind == "Person"]


def test_a_regions_own_post_in_a_county_names_its_region():
    found = facts("Ny regiondirektör i Halland heter Tor Wikström och kommer från en tjänst i Region Kalmar län.")
    assert ("Tor Wikström", "worksFor", "Region Halland") in found


def test_a_regions_post_in_a_named_municipality_stays_the_municipalitys():
    assert "Region Uppsala" not in entities("Tor Wikström är hälso- och sjukvårdsdirektör i Uppsala kommun.")
