"""A group named and then said what it is in apposition ("i BraVård-Sam, den samarbetsgrupp som bildats av …"), the
members listed after "Övriga fackförbund i X är …", and unions under their former names. The people and the group
are invented; the unions are public reference data."""
from snippets import facts, named

NEWS = ("Avdelningarna har utsett sina företrädare i BraVård-Sam, den samarbetsgrupp som bildats av de två regionerna. "
        "Ordinarie ledamot är Lisa Berglöf från Jämtland. Övriga fackförbund i BraVård-Sam är Kommunal, "
        "Kommunaltjänstemannaförbundet SKTF, Läkarförbundet och Saco. Syftet är ett tidigt fackligt inflytande.")


def test_a_name_followed_by_the_group_it_is_names_a_forum():
    assert named(NEWS, "CollaborationForum") == {"BraVård-Sam"}


def test_the_unions_listed_as_the_groups_other_members_take_part_in_it():
    found = facts(NEWS)
    for union in ("Kommunal", "Vision", "Sveriges läkarförbund", "Saco"):
        assert (union, "participatesIn", "BraVård-Sam") in found


def test_a_union_written_with_its_former_short_form_is_one_union():
    assert {"Vision", "Saco"} <= named(NEWS, "Organisation")
    assert "Kommunaltjänstemannaförbundet" not in named(NEWS, "Organisation")


def test_a_place_before_the_group_it_has_is_no_forum_name():
    text = "Hon arbetar i Region Jämtland Härjedalen, den region som har flest hemsjukvårdsteam."
    assert named(text, "CollaborationForum") == set()


def test_a_region_that_belongs_to_a_healthcare_region_takes_part_in_it():
    found = facts("Sverige har sex sjukvårdsregioner och Region Gävleborg ingår i Sjukvårdsregion Mellansverige.")
    assert ("Region Gävleborg", "participatesIn", "Sjukvårdsregion Mellansverige") in found


def test_a_person_in_a_healthcare_region_is_no_member_of_it():
    found = facts("Lisa Berglöf ingår i Sjukvårdsregion Mellansverige sedan 2020.")
    assert not any(p == "participatesIn" for _, p, _ in found)
