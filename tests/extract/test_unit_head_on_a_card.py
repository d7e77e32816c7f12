"""A unit's head written the way a press release's contact card does ("avdelningschef hälsovalskontoret Region
Dalarna", with no "för"), a project lead named for "teamet" after the team, and who works in a team. Every person and
team here is invented; the regions are public reference data."""
from snippets import facts, named

CARD = "Kontakt: Siv Alderin, avdelningschef vårdvalskontoret Region Dalarna, 023-49 00 00"


def test_the_office_on_the_card_is_a_unit_of_the_region():
    assert "Vårdvalskontoret" in named(CARD, "Organisation")
    assert ("Vårdvalskontoret", "partOf", "Region Dalarna") in facts(CARD)


def test_the_head_on_the_card_leads_the_office_and_works_for_the_region():
    found = facts(CARD)
    assert ("Siv Alderin", "leads", "Vårdvalskontoret") in found
    assert ("Siv Alderin", "worksFor", "Vårdvalskontoret") in found
    assert ("Siv Alderin", "worksFor", "Region Dalarna") in found


TEAM = ("Det dagliga arbetet sker i Hemsjukvårdsteamet i Orsa.\n\nBo Ekner är läkare på Mora lasarett och arbetar i "
        "Hemsjukvårdsteamet två dagar i veckan.\n\nProjektledaren för teamet, Karin Sollén, är sjuksköterska.")


def test_the_project_lead_for_the_team_leads_the_team_named_before():
    assert any(s == "Karin Sollén" and p == "leads" and o.startswith("Hemsjukvårdsteamet") for s, p, o in facts(TEAM))


def test_who_works_in_the_team_takes_part_in_it():
    found = facts(TEAM)
    assert any(s == "Bo Ekner" and p == "participatesIn" and o.startswith("Hemsjukvårdsteamet") for s, p, o in found)


def test_working_in_a_region_is_no_part_in_an_initiative():
    found = facts("Eva Lind arbetar i Region Dalarna sedan 2019.")
    assert not any(p == "participatesIn" for _, p, _ in found)
