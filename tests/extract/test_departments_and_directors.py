"""A department named in lower case before a comma and the body that has it, an administration whose name joins
its parts with "samt", and the director of an administration. Bodies are public reference data; every person and
unit is invented."""
from snippets import entities, facts

SPEAKERS = ("Medverkande: Tove Lund, handläggare vid avdelningen för arbetsgivarfrågor, Sveriges Kommuner och "
            "Regioner. Nils Berg, direktör vid Barn samt hälso- och omsorgsförvaltningen, Göteborgs stad.")


def test_a_department_before_a_comma_and_its_body():
    found = facts(SPEAKERS)
    assert entities(SPEAKERS).get("Avdelningen för arbetsgivarfrågor") == "Organisation"
    assert ("Tove Lund", "worksFor", "Avdelningen för arbetsgivarfrågor") in found
    assert ("Avdelningen för arbetsgivarfrågor", "partOf", "Sveriges Kommuner och Regioner") in found


def test_a_person_after_the_comma_is_no_body_of_the_department():
    found = entities("Hon är chef på enheten för hälsa, Ida Rask arbetar också där.")
    assert "Enheten för hälsa" not in found


def test_an_administration_joined_with_samt_and_its_director():
    found = facts(SPEAKERS)
    unit = "Barn samt hälso- och omsorgsförvaltningen"
    assert entities(SPEAKERS).get(unit) == "Organisation"
    assert ("Nils Berg", "worksFor", unit) in found
    assert ("Nils Berg", "leads", unit) in found
    assert (unit, "partOf", "Göteborgs Stad") in found
