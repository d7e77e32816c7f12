"""A grant's news: who is granted money for which project, the project's owner, and the grant lines that are no
project's name; a study association's or pensioners' association's local branch by its full name. People and
projects are invented; the municipalities and associations are public reference data."""
from snippets import entities, facts

GRANTS = ("Projekt för äldre i Bollnäs får stöd\n\n"
          "Svenska ESF-rådet har beviljat stöd till åtta projekt, säger Ragnar Blom, Regionchef Norra Mellansverige.\n\n"
          "Beviljade projekt\n\n"
          "  • Tierps kommun får 2,5 miljoner kronor till projektet Lärande hemma\n"
          "  • Bodens kommun får 6,3 miljoner kronor till projektet Trygg start\n\n"
          "ABF Gävleborg får stöd med drygt 3,9 miljoner kronor från Arvsfonden för projektet Vänner i vardagen.\n\n"
          "– Det här är spännande, säger Lea Sundin, projektägare Vänner i vardagen.\n")


def test_the_body_granted_money_for_a_named_project_takes_part_in_it():
    found = facts(GRANTS)
    assert ("Tierps kommun", "participatesIn", "Lärande hemma") in found
    assert ("Bodens kommun", "participatesIn", "Trygg start") in found
    assert ("ABF Gävleborg", "participatesIn", "Vänner i vardagen") in found


def test_a_grant_line_is_no_projects_name():
    names = entities(GRANTS)
    assert not any("får" in name for name in names)


def test_the_projects_owner_named_with_it_leads_it():
    assert ("Lea Sundin", "leads", "Vänner i vardagen") in facts(GRANTS)


def test_a_title_naming_its_own_area_does_not_take_the_documents_region():
    text = ("Region Gävleborg får pengar. Region Gävleborg är glad, säger Ragnar Blom, Regionchef Norra "
            "Mellansverige. Region Gävleborg ska anställa.\n")
    found = facts(text)
    assert ("Ragnar Blom", "title", "regionchef") in found
    assert ("Ragnar Blom", "worksFor", "Region Gävleborg") not in found


def test_a_full_association_name_before_a_county_is_its_branch():
    names = entities("Studieförbundet Vuxenskolan Värmland och SPF Seniorerna Strängnäs bjuder in.\n")
    assert names.get("Studieförbundet Vuxenskolan Värmland") == "Organisation"
    assert names.get("SPF Seniorerna Strängnäs") == "Organisation"


def test_a_municipality_after_an_associations_name_is_not_its_branch():
    names = entities("På tisdagen hyllade SPF Seniorerna Halmstads kommun för dess hemtjänst.\n")
    assert "SPF Seniorerna Halmstad" not in names
    assert names.get("Halmstads kommun") == "Organisation"
