"""Who belongs to a joint body, when the text lists its members after saying what it is ("Vad är då
Mellersta vårdförbundet? Jo, det är det gemensamma kommunalförbundet för de tre regionerna i mitten, alltså:
A, B och C"). Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

ASKED = ("Vad är då Mellersta vårdförbundet?\n\n"
         "Jo, det är det gemensamma kommunalförbundet för de tre regionerna i Sverige, alltså: "
         "Dalarna, Gävleborg och Värmland.")


def test_regions_listed_by_their_county_after_a_pause_are_regions():
    found = entities(ASKED)
    for name in ("Region Dalarna", "Region Gävleborg", "Region Värmland"):
        assert found.get(name) == "Organisation"


def test_the_regions_listed_for_a_joint_body_are_its_members():
    found = facts(ASKED)
    for name in ("Region Dalarna", "Region Gävleborg", "Region Värmland"):
        assert (name, "participatesIn", "Mellersta vårdförbundet") in found


def test_regions_listed_with_no_body_before_them_join_nothing():
    text = "Jo, det är det gemensamma kommunalförbundet för de tre regionerna, alltså: Dalarna, Gävleborg och Värmland."
    assert not [f for f in facts(text) if f[1] == "participatesIn"]


def test_a_collaboration_with_a_project_manager_is_a_project_and_the_manager_leads_it():
    text = "Muntlig information av Ebba Grane, projektledare för Hälsosamverkan Söder, om läget."
    assert entities(text).get("Hälsosamverkan Söder") == "Project"
    assert ("Ebba Grane", "leads", "Hälsosamverkan Söder") in facts(text)


def test_a_collaboration_no_one_manages_stays_a_forum():
    text = "Ebba Grane, samordnare, berättar om Hälsosamverkan Söder och dess möten."
    assert entities(text).get("Hälsosamverkan Söder") == "CollaborationForum"
