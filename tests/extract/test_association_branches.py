"""An association's branch in a county, named by its acronym and the county ("NSPH Skåne", "FUB Västra
Götaland"), ending the item it stands in; "RSS Dalarna", a county's collaboration structure, is a forum. A care
term or a title in capitals before a county is neither. All people are invented."""
from snippets import entities, facts


def test_an_acronym_and_a_county_name_a_branch():
    found = entities("Medverkade gjorde Socialstyrelsen, NSPH Sörmland och FUB Västra Götaland.")
    assert found.get("NSPH Sörmland") == "Organisation"
    assert found.get("FUB Västra Götaland") == "Organisation"


def test_a_speaker_from_a_branch_works_for_it():
    found = facts("Talare\n\nLinnea Ohlsson, NSPH Skåne\n\nGustav Berglind, Region Skåne")
    assert ("Linnea Ohlsson", "worksFor", "NSPH Skåne") in found


def test_a_countys_collaboration_structure_is_a_forum():
    assert entities("Grupperna finns inom RSS Dalarna.").get("RSS Dalarna") == "CollaborationForum"


def test_a_care_term_before_a_county_is_no_branch():
    found = entities("Vi pratade om KOL Skåne och MAS Skåne.")
    assert "KOL Skåne" not in found and "MAS Skåne" not in found
