"""A forum's name that runs on in lower case before a short form in brackets made of those words' initials:
"Politisk styrgrupp omsorg i samverkan (OIS)". The group and its people are invented."""
from snippets import facts, named

PAGE = ("Politisk styrgrupp omsorg i samverkan (OIS)\n\n"
        "Styrgruppens ledamöter:\n\n"
        "Eva Ljung (S), Sollentuna, ordförande\n"
        "Bo Ström (M), Tyresö\n")


def test_the_lower_case_words_the_short_form_spells_are_part_of_the_name():
    assert named(PAGE, "CollaborationForum") == {"Politisk styrgrupp omsorg i samverkan"}


def test_the_members_listed_below_sit_in_the_group_so_named():
    found = facts(PAGE)
    assert ("Bo Ström", "participatesIn", "Politisk styrgrupp omsorg i samverkan") in found


def test_words_the_short_form_does_not_spell_stay_outside_the_name():
    text = "Beslutet togs av Politisk styrgrupp under våren i samverkan (OIS) med kommunerna."
    assert named(text, "CollaborationForum") == {"Politisk styrgrupp"}
