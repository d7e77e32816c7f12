"""An acting post as a line's label ("Tf verksamhetschef: Name") under a unit's heading, in a page with prose
below; a charge taken over for a while ("tar tillfälligt över ansvaret som …"); a verb that closes a relative
clause after a unit's name is no part of it. All names are invented."""
from snippets import entities, facts

PAGE = ("Kirurgi\nTf verksamhetschef: Henrik Almberg\n\nOrtopedi\nTf verksamhetschef: Linnea Jörgård\n\n"
        "Arbetet fortsätter enligt den handlingsplan som fastställdes i samband med förhandlingen.\n\n"
        "Har du frågor? Kontakta din chef.")


def test_an_acting_post_as_a_label_in_a_page_with_prose():
    found = facts(PAGE)
    assert ("Henrik Almberg", "title", "tf verksamhetschef") in found
    assert ("Linnea Jörgård", "title", "tf verksamhetschef") in found


def test_a_charge_taken_over_for_a_while():
    found = facts("Peter Lindahl tar tillfälligt över ansvaret som hälso- och sjukvårdsdirektör.")
    assert ("Peter Lindahl", "title", "hälso- och sjukvårdsdirektör") in found


def test_a_verb_closing_a_clause_is_no_part_of_the_unit():
    found = entities("Vi ska fylla den viktiga roll som en förvaltningschef för Vård- och omsorgsförvaltningen har.")
    assert "Vård- och omsorgsförvaltningen har" not in found
    assert found.get("Vård- och omsorgsförvaltningen") == "Organisation"
