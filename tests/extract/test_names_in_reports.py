"""Names a report gives in its own way: a piece of work "given the name" X, a person written with the name she goes
by in quotes ('Maria "Mia" Flink'), a table of contents' page column ("Sid") that is no given name, and a glossary's
entry for the word "Projekt" that is no project. All names are invented."""
from snippets import entities

REPORT = ("Bakgrund Ekby kommun genomför en försöksverksamhet för äldre. Försöksverksamheten i Ekby är en av tre i "
          "landet och har fått det lite vitsiga namnet Bobra för äldre. Syftet är att förbättra boendet.")


def test_work_given_its_name_is_a_project():
    assert entities(REPORT).get("Bobra för äldre") == "Project"


def test_a_name_given_to_something_else_is_no_project():
    found = entities("Hunden har fått namnet Bamse. Han är snäll.")
    assert "Bamse" not in found


def test_a_name_she_goes_by_in_quotes():
    found = entities('Projektledare är Katarina "Kajsa" Lövgren, FoU Syd.')
    assert found.get("Katarina Lövgren") == "Person"
    assert not any("Kajsa" in name for name in found)


def test_a_page_column_of_the_contents_is_no_given_name():
    found = entities("Förbundet avger härmed följande årsredovisning Sid Förvaltningsberättelse 2 Styrelse 2 Kansli 2")
    assert "Sid Förvaltningsberättelse" not in found


def test_a_month_that_is_a_given_name_still_opens_a_name():
    assert entities("Maj Rosberg är ordförande i nämnden.").get("Maj Rosberg") == "Person"


def test_a_glossary_entry_for_the_word_project_is_no_project():
    found = entities("Förklaringar och förkortningar Projekt Projekt som ingår i försöksverksamheten. Delprojekt "
                     "Ett delprojekt ingår som en del i ett större projekt.")
    assert "Projekt" not in found
