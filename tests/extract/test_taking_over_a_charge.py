"""A charge taken over in the infinitive ("gratulera X att ta över uppdraget som …") or the supine ("har tagit
över rollen som …") gives its holder the post. All names are invented."""
from snippets import facts


def test_the_infinitive_after_a_congratulation():
    found = facts("Jag vill gratulera Signe Falk att ta över uppdraget som ordförande för hälso- och sjukvårdsnämnden.")
    assert ("Signe Falk", "leads", "Hälso- och sjukvårdsnämnden") in found


def test_the_supine():
    found = facts("Ebba Strand har tagit över rollen som verksamhetschef på Vårdcentralen Granbacken.")
    assert ("Ebba Strand", "title", "verksamhetschef") in found
    assert ("Ebba Strand", "leads", "Vårdcentralen Granbacken") in found
