"""A samordningsförbund named by the places it serves: "i" a municipality written out with "kommun", "i" the towns
it joins listed with commas and "och" (the last one perhaps in the genitive), and one named by its remit with its
place after ("Samordningsförbundet Samspel i Nacka"). Towns are public reference data; remits are invented."""
from snippets import entities


def test_a_federation_in_a_municipality_written_out():
    found = entities("Arbetet sker inom ramen för Samordningsförbundet i Sollefteå kommun. Målgruppen är unga vuxna.")
    assert found.get("Samordningsförbundet i Sollefteå kommun") == "Organisation"
    assert "Samordningsförbundet i Sollefteå" not in found


def test_a_federation_of_the_towns_it_joins():
    found = entities("Samordningsförbundet i Mark, Bollebygd och Svenljungas medverkan i projektet beskrivs nedan.")
    assert found.get("Samordningsförbundet i Mark, Bollebygd och Svenljunga") == "Organisation"
    assert "Samordningsförbundet i Mark" not in found


def test_a_list_that_runs_on_past_the_towns_is_not_the_federation():
    found = entities("Samordningsförbundet i Umeå och Region Västerbotten har ett avtal.")
    assert found.get("Samordningsförbundet i Umeå") == "Organisation"
    assert found.get("Region Västerbotten") == "Organisation"


def test_a_federation_named_by_its_remit_and_then_its_place():
    found = entities("Samordningsförbundet Samspel i Tyresö har följt upp insatserna.")
    assert found.get("Samordningsförbundet Samspel i Tyresö") == "Organisation"
    assert "Samordningsförbundet Samspel" not in found


def test_a_place_in_the_genitive_before_a_municipality_is_not_the_federations():
    found = entities("Samordningsförbundet Samspel i Tyresös kommun har följt upp insatserna.")
    assert found.get("Samordningsförbundet Samspel") == "Organisation"
    assert found.get("Tyresö kommun") == "Organisation"
