"""A forum's page whose heading puts the cue word before the name and its short form ("Politisk styrgrupp Omsorg i
samverkan (OIS)"): one forum, named by the name the short form spells, not a second one cut at "i". Every name here
is invented."""
from snippets import facts, named

PAGE = ("Politisk styrgrupp Omsorg i samverkan (OIS)\n\n"
        "Den politiska styrgruppen Omsorg i samverkan (OIS) är ett forum för samverkan och beredning.\n\n"
        "Styrgruppens ledamöter:\n\nGreta Holmlund (M), Tierps kommun\nPer Vallin (S), Östhammars kommun\n")


def test_the_heading_and_the_running_text_name_one_forum():
    assert named(PAGE, "CollaborationForum") == {"Omsorg i samverkan"}


def test_a_capitalised_name_ending_in_i_samverkan_is_not_cut_at_i():
    page = "Styrgrupp Omsorg i samverkan\n\nStyrgruppen träffas varje månad.\n"
    assert named(page, "CollaborationForum") == {"Styrgrupp Omsorg i samverkan"}


ROSTER = ("Politisk styrgrupp Omsorg i samverkan (OIS)\n\n"
          "Den politiska styrgruppen Omsorg i samverkan (OIS) är ett forum för samverkan och beredning.\n\n"
          "Styrgruppens ledamöter 2023-2026:\n\n"
          "Från kommunerna i Uppsala län:\n\n"
          "Greta Holmlund (M), Tierps kommun, ordförande\n"
          "Per Vallin (S), Östhammars kommun\n\n"
          "Från Region Uppsala:\n\n"
          "Maja Lind (KD)\n"
          "Olle Berg (S)\n\n"
          "Personalbild Stina Ek\n"
          "Stina Ek\n\n"
          "Processledare\n")


def test_the_members_listed_for_a_term_under_the_forums_heading_sit_in_it():
    found = facts(ROSTER)
    for member in ("Greta Holmlund", "Per Vallin", "Maja Lind", "Olle Berg"):
        assert (member, "participatesIn", "Omsorg i samverkan") in found
    assert ("Greta Holmlund", "leads", "Omsorg i samverkan") in found


def test_a_staff_card_after_the_roster_is_no_member():
    assert ("Stina Ek", "participatesIn", "Omsorg i samverkan") not in facts(ROSTER)
