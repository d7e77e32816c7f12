"""A unit named in lower case inside its head's title ("chef för biståndsavdelningen inom Region Gotlands
socialförvaltning"), and a region's administration in the genitive. Every snippet is invented and names no one
from the corpora."""
from snippets import entities, facts

QUOTE = "Det säger Hedda Sand, chef för biståndsavdelningen inom Region Gotlands socialförvaltning."


def test_a_lower_case_unit_after_its_heads_title_is_a_unit_she_heads():
    found = facts(QUOTE)
    assert ("Hedda Sand", "leads", "Biståndsavdelningen") in found
    assert ("Hedda Sand", "worksFor", "Biståndsavdelningen") in found


def test_a_regions_administration_in_the_genitive_is_its_unit_and_holds_the_unit_inside_it():
    found = facts(QUOTE)
    assert ("Region Gotlands socialförvaltning", "partOf", "Region Gotland") in found
    assert ("Biståndsavdelningen", "partOf", "Region Gotlands socialförvaltning") in found


def test_a_unit_without_its_owner_after_it_stays_part_of_the_title():
    found = entities("Det säger Hedda Sand, chef för biståndsavdelningen sedan i våras.")
    assert "Biståndsavdelningen" not in found


def test_a_care_centre_named_for_two_villages_joined_by_a_dash_keeps_both():
    found = entities("Läkarna på Norrå–Backe hälsocentral i Skellefteå har tröttnat.")
    assert found.get("Norrå–Backe hälsocentral") == "Organisation"
