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


# A PDF's minutes run into one line: an agenda that names another group first, then "sammanträde med" the group
# the minutes are of, and "Deltagande" before who came
RUN_TOGETHER = ("4 Delgivningar till styrelsen Protokoll från Tillväxtrådet Skrivelse om platser i länet "
                "8 MINNESANTECKNINGAR från sammanträde med Fjällrådet den 4 maj Deltagande Jämtland "
                "Tove Rask, landstinget Nils Ekvall, Krokoms kommun Malin Sundqvist, kommunförbundet "
                "Inledning Fjällrådets ordförande hälsar samtliga välkomna.\n")


def test_deltagande_lists_who_came_to_the_meeting_the_line_names():
    found = facts(RUN_TOGETHER)
    for name in ("Tove Rask", "Nils Ekvall", "Malin Sundqvist"):
        assert (name, "participatesIn", "Fjällrådet") in found
        assert (name, "participatesIn", "Tillväxtrådet") not in found


def test_deltagande_before_a_noun_in_lower_case_is_no_attendance_label():
    text = ("Protokoll från Fjällrådet\n"
            "Deltagande kommuner har lämnat in sina planer.\n"
            "Tove Rask, Krokoms kommun, berättade om planerna.\n")
    assert ("Tove Rask", "participatesIn", "Fjällrådet") not in facts(text)
