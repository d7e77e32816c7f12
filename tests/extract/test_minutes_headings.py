"""Minutes copied from a PDF: a heading in capitals that names the group ("MINNESANTECKNINGAR FRÅN STYRGRUPP
HÄLSOSAMVERKAN NORDVÄST"), a list of those present wrapped inside a name, and one person written two ways.
Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

MINUTES = ("MINNESANTECKNINGAR FRÅN STYRGRUPP HÄLSOSAMVERKAN NORDVÄST\n"
           "HÖSTEN 20190912\n"
           "Närvarande:\n"
           "Tord Almgren, Berit Kvarn, Siv Lindroth, Ulla-Britt Sandell, Stina Rask, Greta\n"
           "Wihlborg, Hans-Erik Bodin, Agneta Persson Strand, Lars-Olov Nyberg, Kerstin\n"
           "Malmqvist, Johan Ekdahl, Maria Lundmark\n"
           "Föregående minnesanteckning\n"
           "Ulla-Britt Sandell refererar till mötet i våras och beskriver en tröghet i starten\n"
           "med bristande förståelse för idén. Ulla-Brita Sandell anser ändå att arbetet går\n"
           "framåt och att vårdcentralerna är införstådda med att göra fler hembesök.\n")


def test_a_group_named_in_a_heading_in_capitals_is_found_in_the_form_of_a_name():
    assert entities(MINUTES).get("Styrgrupp Hälsosamverkan Nordväst") == "CollaborationForum"


def test_those_present_sit_in_the_group_the_capital_heading_names():
    found = facts(MINUTES)
    for name in ("Tord Almgren", "Berit Kvarn", "Stina Rask", "Hans-Erik Bodin"):
        assert (name, "participatesIn", "Styrgrupp Hälsosamverkan Nordväst") in found


def test_a_name_the_list_wrapped_across_two_lines_is_one_person():
    found = entities(MINUTES)
    for name in ("Greta Wihlborg", "Kerstin Malmqvist"):
        assert found.get(name) == "Person"
    assert "Greta" not in found and "Wihlborg" not in found


def test_a_long_given_name_written_one_letter_apart_with_the_same_surname_is_one_person():
    people = [n for n, k in entities(MINUTES).items() if k == "Person" and n.endswith("Sandell")]
    assert people == ["Ulla-Britt Sandell"]


def test_short_given_names_one_letter_apart_stay_two_people():
    text = "Närvarande: Jan Holm, Jon Holm och Eva Berg."
    people = {n for n, k in entities(text).items() if k == "Person"}
    assert {"Jan Holm", "Jon Holm"} <= people


def test_a_heading_in_capitals_that_names_no_group_makes_none():
    text = "MINNESANTECKNINGAR FRÅN MÖTET I HÖSTAS\nNärvarande:\nTord Almgren, Berit Kvarn\n"
    assert not [n for n, k in entities(text).items() if k == "CollaborationForum"]
