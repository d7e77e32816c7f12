"""A group named only by its word ("Ledningsgruppen består av:") over a bulleted list of its members, in the
middle of a page about something else: the group is a forum of the page and each listed person sits in it. All
names are invented."""
from snippets import entities, facts

PAGE = ("Programområdet för rehabilitering\n\n"
        "Programområdet har en ledningsgrupp med experter från hela landet. Ledningsgruppen leder och samordnar "
        "arbetet.\n\n"
        "Ledningsgruppen består av:\n\n"
        " • Ylva Brandt, Region Gotland\n"
        " • Tor Sandelin, Enköpings kommun\n"
        " • Mirja Kallio, Region Gävleborg\n\n"
        "Kontakt")


def test_the_group_over_the_list_is_a_forum():
    assert entities(PAGE).get("Ledningsgruppen") == "CollaborationForum"


def test_each_listed_person_sits_in_the_group():
    found = facts(PAGE)
    for name in ("Ylva Brandt", "Tor Sandelin", "Mirja Kallio"):
        assert (name, "participatesIn", "Ledningsgruppen") in found
    assert ("Tor Sandelin", "worksFor", "Enköpings kommun") in found


def test_a_group_word_in_a_sentence_over_a_list_is_no_forum():
    page = ("Kommunen har en styrgrupp som består av tjänstemän.\n\n"
            " • Ylva Brandt, Region Gotland\n"
            " • Tor Sandelin, Enköpings kommun\n")
    assert "Styrgruppen" not in entities(page)
