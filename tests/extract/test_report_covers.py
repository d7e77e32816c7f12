"""An evaluation report's cover and summary: the project's name runs on in lower case ("Minnet ej att förglömma")
and stands after the author's name on the cover. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

REPORT = (
    "FoU Välfärd Halland\n\nLinnea Storm \"Vägen hem efter sjukhuset\" - En utvärdering av ett samverkansprojekt "
    "FoU-rapport 2019:3\n\n"
    "Linnea Storm Vägen hem efter sjukhuset - En utvärdering FoU-rapport 2019:3\n\n"
    "Denna rapport redovisar utvärderingen av projektet Vägen hem efter sjukhuset - om trygg utskrivning. Projektet "
    "var ett samverkansprojekt mellan Falkenbergs kommun och Region Halland.\n"
)


def test_a_name_written_the_same_longer_way_each_time_is_taken_whole():
    found = entities(REPORT)
    assert found.get("Vägen hem efter sjukhuset") == "Project"
    assert "Vägen hem" not in found
    assert ("Falkenbergs kommun", "participatesIn", "Vägen hem efter sjukhuset") in facts(REPORT)


def test_the_author_on_the_cover_ends_where_the_title_begins():
    found = entities(REPORT)
    assert found.get("Linnea Storm") == "Person"
    assert "Linnea Storm Vägen" not in found


def test_words_the_mentions_disagree_on_are_left_out():
    snippet = ("Projektet Trygg utskrivning startar i vår. Ledningen tror på projektet Trygg utskrivning i hemmet. "
               "Så fungerar projektet Trygg utskrivning för äldre.")
    assert entities(snippet).get("Trygg utskrivning") == "Project"


def test_a_name_does_not_end_inside_a_word():
    assert "Författaren Fo" not in entities("Ett samverkansprojekt Författaren FoU-rapport 2011:2 ISSN")
