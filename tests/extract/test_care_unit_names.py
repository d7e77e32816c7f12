"""Care centres and hospitals as local news names them: a named centre in the genitive before a noun ("till
vårdcentralen Kvarnbys lokaler"), a centre or hospital named by its side of town ("Norra vårdcentralen", "Östra
sjukhuset"), and the head of a ward at a hospital, who does not lead the hospital. Every person is invented."""
from snippets import facts, named


def organisations(text: str) -> set[str]:
    return named(text, "Organisation")


def test_a_named_centre_in_the_genitive_before_a_noun_keeps_its_name():
    found = organisations("• Vårdcentralen Hagen flyttar till vårdcentralen Kvarnbys lokaler vecka 25-32.\n")
    assert "Vårdcentralen Kvarnby" in found
    assert "Vårdcentralen Kvarnbys" not in found


def test_a_centre_whose_name_ends_in_s_before_a_verb_keeps_it():
    assert "Vårdcentralen Ås" in organisations("Vårdcentralen Ås har öppet hela sommaren.")


def test_a_centre_named_by_its_side_of_town():
    found = facts("– Vi satsar på kontinuitet, säger Maja Lind, enhetschef på Norra vårdcentralen.")
    assert ("Maja Lind", "worksFor", "Norra vårdcentralen") in found


def test_the_head_of_a_ward_at_a_hospital_does_not_lead_the_hospital():
    found = facts("Greta Holmlund, verksamhetschef för bland annat akuten på Östra sjukhuset, gästar podden.")
    assert ("Greta Holmlund", "worksFor", "Östra sjukhuset") in found
    assert ("Greta Holmlund", "leads", "Östra sjukhuset") not in found
