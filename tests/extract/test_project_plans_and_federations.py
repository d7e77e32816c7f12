"""A project plan's head and its owners, a federation by its county's part, a foundation named in lower case after
"läns", and a report's front page that runs its authors into the series or the title. Regions, municipalities,
counties and agencies are public reference data; every project and person is invented."""
import pytest

from snippets import entities, facts

PLAN = ("Trygg hemgång Väst - Region Gävleborg\n\n"
        "Projektplan\n\n"
        "Projektnamn Trygg hemgång Väst\n\n"
        "Datum 140122\n\n"
        "Projektledare Tove Ekblom,\n\n"
        "Version 8 1(21)\n\n"
        "Projektägare är Landstingsdirektör Rolf Wiklander och Regiondirektör Hedda Sjögren. Versionshistorik Version "
        "Datum Författare 8.0 140122 Tove Ekblom Godkänd av Ändringshistorik")


def test_a_plans_name_field_without_its_colon_names_the_project():
    assert entities(PLAN).get("Trygg hemgång Väst") == "Project"
    found = entities("Projektplan Projektnamn Stöd i vardagen Datum 140122")
    assert found.get("Stöd i vardagen") == "Project"
    assert not [n for n in found if "Datum" in n or n.startswith("Projektnamn")]


def test_the_owners_after_projektagare_ar_take_part_in_the_project():
    found = facts(PLAN)
    for who in ("Rolf Wiklander", "Hedda Sjögren"):
        assert (who, "participatesIn", "Trygg hemgång Väst") in found, who
        assert (who, "title", "projektägare") in found, who
    assert ("Tove Ekblom", "leads", "Trygg hemgång Väst") in found
    assert ("Tove Ekblom", "participatesIn", "Trygg hemgång Väst") not in found  # she leads it; she owns nothing


def test_two_owners_in_one_field_both_take_part():
    found = facts("Utvärdering av projektet Stöd i vardagen\n\nProjektägare: Vilma Stråle, enhetschef Täby, och "
                  "Nore Hägglin, socialchef Vallentuna 1(9)\n\nProjektet startade 2019.")
    assert {s for s, p, o in found if p == "participatesIn" and o == "Stöd i vardagen"} == {"Vilma Stråle",
                                                                                            "Nore Hägglin"}


def test_a_federation_of_a_countys_part_and_its_members_in_it():
    text = ("Norra Hälsinglands samordningsförbund bildades 1 maj 2013. Medlemmar i förbundet är kommunerna Hudiksvall "
            "och Nordanstig, Arbetsförmedlingen, Försäkringskassan samt Region Gävleborg.")
    owner = "Norra Hälsinglands samordningsförbund"
    assert entities(text).get(owner) == "Organisation"
    assert {s for s, p, o in facts(text) if p == "participatesIn" and o == owner} == {
        "Hudiksvalls kommun", "Nordanstigs kommun", "Arbetsförmedlingen", "Försäkringskassan", "Region Gävleborg"}


def test_a_foundation_named_in_lower_case_after_its_county():
    found = entities("Hon beviljade Stiftelsen Gävleborgs läns äldreinstitut ett bidrag för år 2012.")
    assert found.get("Stiftelsen Gävleborgs läns äldreinstitut") == "Organisation"
    assert len(found) == 1


@pytest.mark.parametrize("snippet, names", [
    ("Gemenskap ger hälsa. Vera Lindh Sten Ove Malmgren Rapporter/Stiftelsen Gävleborgs läns Äldreinstitut 2013:02",
     {"Vera Lindh", "Sten Ove Malmgren"}),
    ("Margit Falk, Erling Svanberg, Tor Lindqvist Utvärdering av samverkan i Hälsingland Slutrapport",
     {"Margit Falk", "Erling Svanberg", "Tor Lindqvist"}),
])
def test_a_front_pages_authors_end_before_the_series_or_the_title(snippet, names):
    assert {n for n, kind in entities(snippet).items() if kind == "Person"} == names


def test_a_project_in_two_parts_of_a_town_written_with_a_slash():
    found = entities("Utvärdering av samverkansprojektet Hemsjukvårdsteam i Majorna/Linné, april 2008.")
    assert "Hemsjukvårdsteam i Majorna/Linné" in found
