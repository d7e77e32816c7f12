"""Projects named by a code of capitals with a small letter or digits inside ("projekt FOSiR10"), a quoted name after
a funder's initials ("ESF-projektet ”X”"), and a federation named by its area's initials ("Samordningsförbundet NNV
Skåne"). All projects are invented."""
from snippets import entities


def test_a_code_of_capitals_with_a_small_letter_and_digits_names_a_project():
    found = entities("I december fick kommunerna sitt projekt HEMiR12 beviljat. HEMiR12 är ett projekt om samverkan.")
    assert found.get("HEMiR12") == "Project"


def test_a_quoted_name_after_a_funders_initials_and_the_cue_is_a_project():
    found = entities("Det är en fortsättning på ESF-projektet ”Vägen in i arbete”.")
    assert found.get("Vägen in i arbete") == "Project"


def test_a_federation_named_by_its_areas_initials_and_the_area():
    found = entities("Samordningsförbundet SNV Skåne har fattat beslut. Kontakta Samordningsförbundet SNV Skånes kansli.")
    assert found.get("Samordningsförbundet SNV Skåne") == "Organisation"
    assert "Samordningsförbundet" not in found
