"""Units in a municipality's plan: what a unit belongs to, and who leads it, when the sentence says so with
"tillhör" or puts an apposition between the unit and its verbs. Every snippet is invented and names no one from
the corpora."""
from snippets import facts


def test_a_unit_that_belongs_to_an_administration_is_part_of_it():
    found = facts("Biståndsenheten tillhör Socialförvaltningen i Orsa kommun.")
    assert ("Biståndsenheten", "partOf", "Socialförvaltningen i Orsa kommun") in found


def test_an_apposition_between_the_unit_and_its_verbs_keeps_the_unit_the_subject():
    found = facts("Korttidsenheten, med sjuksköterskor och undersköterskor, tillhör också Omsorgsförvaltningen och "
                  "leds av enhetschef Viveka Brandt.")
    assert ("Korttidsenheten", "partOf", "Omsorgsförvaltningen") in found
    assert ("Viveka Brandt", "leads", "Korttidsenheten") in found
    assert ("Viveka Brandt", "worksFor", "Korttidsenheten") in found
