"""A project's page that lists its steering group, unnamed ("Styrgruppen består av följande personer:"), one row
per member: they take part in the project. The project and people are invented; the region and municipalities
are public reference data."""
from snippets import facts

PAGE = ("Vilka styr arbetet?\n\n"
        "Nämnden har tagit beslut om utvecklingsarbetet Trygga barn i Sörmland.\n\n"
        "Styrgrupp\n\n"
        "Styrgruppen består av följande personer:\n\n"
        "Lova Fredin, Verksamhetschef Regionalt stöd socialtjänst och vård, Region Sörmland\n\n"
        "Axel Brandt, socialchef, Vingåkers kommun\n\n"
        "Siri Holm, skolchef, Strängnäs kommun\n")


def test_the_members_listed_take_part_in_the_one_project_of_the_page():
    found = facts(PAGE)
    for person in ("Lova Fredin", "Axel Brandt", "Siri Holm"):
        assert (person, "participatesIn", "Trygga barn i Sörmland") in found
    assert ("Axel Brandt", "worksFor", "Vingåkers kommun") in found


def test_with_two_projects_on_the_page_the_group_is_no_ones():
    text = PAGE.replace("Trygga barn i Sörmland.", "Trygga barn i Sörmland och projektet Friska unga i Sörmland.")
    assert not [f for f in facts(text) if f[1] == "participatesIn"]
