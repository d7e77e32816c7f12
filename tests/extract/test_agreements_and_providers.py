"""Agreements between regions and their bodies, and private care providers: a board named in full as a forum and
later by its bare name. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_a_boards_bare_name_is_the_forum_the_text_names_in_full():
    text = ("I dag antog Samverkansnämnden för Sydöstra sjukvårdsregionen ett nytt avtal. – Avtalet ger bättre "
            "förutsättningar, menar Jonas Kilander (M), ordförande för Samverkansnämnden.")
    found = entities(text)
    assert found.get("Samverkansnämnden för Sydöstra sjukvårdsregionen") == "CollaborationForum"
    assert "Samverkansnämnden" not in found
    assert ("Jonas Kilander", "leads", "Samverkansnämnden för Sydöstra sjukvårdsregionen") in facts(text)
