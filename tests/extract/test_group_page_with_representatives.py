"""A page titled by a bare group word ("Ledningsgrupp") with its members listed further down under
"Representanter", one "Name, Region X" row each, one of them marked as the chair. Regions are public reference
data; every person is invented."""
from snippets import entities, facts

PAGE = """Ledningsgrupp

Ledningsgruppen leder och styr det gemensamma arbetet och bereder ärenden till nämnden.

Representanter

Tove Lund , Region Västmanland
Nils Berg, Region Gävleborg,
Ida Rask, Region Örebro län, ordförande
Ola Vik, Region Uppsala

Ärenden till Ledningsgruppen styrs in via kansliet.
"""


def test_the_page_title_names_the_group():
    assert entities(PAGE).get("Ledningsgrupp") == "CollaborationForum"


def test_every_representative_sits_in_the_group_whatever_the_stray_commas():
    found = facts(PAGE)
    for name in ("Tove Lund", "Nils Berg", "Ida Rask", "Ola Vik"):
        assert (name, "participatesIn", "Ledningsgrupp") in found


def test_the_row_marked_ordforande_leads_the_group_and_keeps_its_region():
    found = facts(PAGE)
    assert ("Ida Rask", "leads", "Ledningsgrupp") in found
    assert ("Ida Rask", "worksFor", "Region Örebro län") in found
    assert ("Ola Vik", "leads", "Ledningsgrupp") not in found


def test_a_bare_group_word_over_a_text_without_members_names_no_group():
    found = entities("Ledningsgrupp\n\nLedningsgruppen leder det gemensamma arbetet i länet.\n\nKontakt\n\nkansliet")
    assert "Ledningsgrupp" not in found
