"""A surname with an apostrophe inside ("Ta'eed", "D'Souza") is whole in a list of speakers; an inquiry or a remit
named in quotes after its cue word ("utredningen »…«", 'uppdraget "…"') is a project, its name up to eight words.
All names are invented."""
from snippets import entities


def test_a_surname_with_an_apostrophe_inside_in_a_list_of_speakers():
    found = entities("Några av föreläsarna är Åsa Lindkvist, Omeno Ba’ulo och Maria D’Souza.")
    assert found.get("Omeno Ba'ulo") == "Person"
    assert found.get("Maria D'Souza") == "Person"
    assert "Omeno Ba" not in found


def test_an_english_genitive_is_no_part_of_the_name():
    assert "Eva Berg's" not in entities("Det var Eva Berg's bok som Åsa Lindkvist läste.")


def test_an_inquiry_named_in_guillemets():
    found = entities("Hon lämnar sitt andra delbetänkande i utredningen »Samlad omställning för en hållbar vård«.")
    assert found.get("Samlad omställning för en hållbar vård") == "Project"


def test_a_remit_named_in_quotes():
    found = entities("Regeringen gav länsstyrelserna uppdraget ”Trygg hemgång i glesbygd”.")
    assert found.get("Trygg hemgång i glesbygd") == "Project"
