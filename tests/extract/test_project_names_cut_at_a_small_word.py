"""A project's name that goes on in lower case past a word that usually ends it ("i", "och"): the page's title
that is the name ("Omsorg i samverkan.") or the same words written again further on ("trygg och säker hemgång")
give the whole name. All names are invented."""
from snippets import entities

TITLED = ("Omsorg i samverkan.\n\n"
          "I det EU-finansierade pilotprojektet Omsorg i samverkan vill Hela Landet Lever utveckla servicen i de "
          "nio kommunerna.\n\n"
          "Projektet styrs av en styrgrupp.\n\n"
          "Läs mer om projektet Omsorg i samverkan här.")

REPORT = ("Startdatum: 2019-02-01 Beställare: Strategisk grupp Slutrapport projekt Trygg och säker hemgång "
          "Innehållsförteckning 1. Sammanfattning 2. Bakgrund\n\n"
          "Överenskommelsen för trygg och säker hemgång har dock inte kunnat färdigställas.")


def test_the_pages_title_gives_the_whole_name():
    found = entities(TITLED)
    assert found.get("Omsorg i samverkan") == "Project"
    assert "Omsorg" not in found


def test_words_written_again_give_the_whole_name():
    found = entities(REPORT)
    assert found.get("Trygg och säker hemgång") == "Project"
    assert "Trygg" not in found


def test_a_name_whose_next_words_never_recur_keeps_its_length():
    found = entities("Projektet Hemlyftet och flera andra satsningar startade i våras.")
    assert found.get("Hemlyftet") == "Project"
