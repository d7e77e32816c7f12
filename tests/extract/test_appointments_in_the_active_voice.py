"""Appointments told in the active voice or as proposals: "valde Eva Ek (S) till ny ordförande", "utse Eva Ek till
Region Xs första regiondirektör", "Eva Ek föreslås till regiondirektör för Region X". Regions are public reference
data; every person is invented."""
from snippets import facts


def test_a_board_that_chose_her_in_the_active_voice():
    assert ("Tove Lund", "title", "ordförande") in facts("Styrelsen valde Tove Lund (S) till ny ordförande.")


def test_appointed_to_a_region_s_post_in_the_genitive():
    found = facts("Landstingsstyrelsen föreslås den 27 november utse Nils Berg till Region Stockholms första "
                  "regiondirektör med tillträde den 1 januari.")
    assert ("Nils Berg", "title", "regiondirektör") in found
    assert ("Nils Berg", "worksFor", "Region Stockholm") in found


def test_proposed_for_a_post():
    found = facts("Ida Rask föreslås till regiondirektör för Region Kronoberg")
    assert ("Ida Rask", "title", "regiondirektör") in found
    assert ("Ida Rask", "worksFor", "Region Kronoberg") in found


def test_the_one_who_proposes_takes_no_post():
    found = facts("Ordföranden Ida Rask föreslog att styrelsen utser en ny regiondirektör i Region Kronoberg.")
    assert ("Ida Rask", "title", "regiondirektör") not in found
