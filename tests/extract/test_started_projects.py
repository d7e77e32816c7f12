"""A service that began as a project within a larger effort ("Hemma tryggt startade för åtta år sedan som ett
projekt inom ramen för ”Vård nära hemmet”"), and its team named in a photo caption. Every snippet is invented and
names no one from the corpora."""
from snippets import entities, facts

PAGE = ("Hemma tryggt firar åtta år\n\n"
        "Medarbetarna som arbetar med Hemma tryggt idag. Från vänster: Saga Lind, Oskar Berg och Vera Holm\n\n"
        "Hemma tryggt är ett särskilt team som samarbetar med hemsjukvården. "
        "Hemma tryggt startade för åtta år sedan som ett projekt inom ramen för ”Vård nära hemmet”. "
        "Sedan dess har många andra kommuner gjort likadant.")


def test_what_began_as_a_project_is_one_and_so_is_the_effort_it_began_within():
    found = entities(PAGE)
    assert found.get("Hemma tryggt") == "Project"
    assert found.get("Vård nära hemmet") == "Project"


def test_the_project_is_part_of_the_effort_it_began_within():
    assert ("Hemma tryggt", "partOf", "Vård nära hemmet") in facts(PAGE)


def test_the_staff_a_caption_names_under_the_project_they_work_with_take_part_in_it():
    found = facts(PAGE)
    for name in ("Saga Lind", "Oskar Berg", "Vera Holm"):
        assert (name, "participatesIn", "Hemma tryggt") in found


def test_a_caption_of_people_who_work_with_nothing_named_joins_no_project():
    text = ("Medarbetarna som arbetar med äldre idag. Från vänster: Saga Lind, Oskar Berg och Vera Holm\n\n"
            "Hemma tryggt startade för åtta år sedan som ett projekt.")
    assert not [f for f in facts(text) if f[1] == "participatesIn"]
