"""A name opening a sentence and said to be a body for consultation or collaboration ("Länets vårdråd är ett organ för
samråd och samverkan mellan …") is a forum, and the parties the sentence lists take part in it. The forum is invented;
the region and municipalities are public reference data."""
from snippets import facts, named

PAGE = ("Länets vårdråd\n\n"
        "Länets vårdråd är ett organ för information, samråd och samverkan mellan Region Dalarna och Mora kommun, "
        "Orsa kommun samt Älvdalens kommun i frågor av gemensamt intresse.")


def test_a_name_said_to_be_an_organ_for_collaboration_is_a_forum():
    assert named(PAGE, "CollaborationForum") == {"Länets vårdråd"}


def test_the_parties_of_the_organ_take_part_in_it():
    found = facts(PAGE)
    for party in ("Region Dalarna", "Mora kommun", "Orsa kommun", "Älvdalens kommun"):
        assert (party, "participatesIn", "Länets vårdråd") in found


def test_an_organ_named_only_by_its_kind_is_no_new_forum():
    text = "Samverkansrådet är ett organ för samverkan mellan Region Dalarna och Mora kommun."
    assert named(text, "CollaborationForum") == set()
