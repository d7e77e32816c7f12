"""Heads of agencies and units, units named with their owner, and contact cards (session 20's rules)."""
import pytest

from snippets import entities, facts


@pytest.mark.parametrize("snippet,fact", [
    # a director "för" an agency or a unit heads it; a region's director does not lead the region
    ("Tuva Rask är generaldirektör för Myndigheten för vård- och omsorgsanalys sedan i fjol.",
     ("Tuva Rask", "leads", "Myndigheten för vård- och omsorgsanalys")),
    ("Socialnämnden i Bjurholms kommun har beslutat att bygga ett nytt boende.",
     ("Socialnämnden i Bjurholms kommun", "partOf", "Bjurholms kommun")),
])
def test_heads_and_owned_units(snippet, fact):
    assert fact in facts(snippet)


def test_a_regions_director_does_not_lead_the_region():
    found = facts("Tuva Rask är regiondirektör för Region Kronoberg sedan i fjol.")
    assert ("Tuva Rask", "worksFor", "Region Kronoberg") in found
    assert ("Tuva Rask", "leads", "Region Kronoberg") not in found


@pytest.mark.parametrize("snippet,fact", [
    ("I avsnittet gästas vi av särskilde utredaren Tor Ekvik som svarar på frågan.",
     ("Tor Ekvik", "title", "särskilde utredare")),
    ("Det tredje programmet i serien.\n\nProducent: Kajsa Vrede", ("Kajsa Vrede", "title", "producent")),
    ("– Det känns bra, säger Hedda Lagerlund, Esthercoach och aktiveringsledare på Solbacken.",
     ("Hedda Lagerlund", "title", "esthercoach")),
    ("– Det känns bra, säger Hedda Lagerlund, Esthercoach och aktiveringsledare på Solbacken.",
     ("Hedda Lagerlund", "title", "aktiveringsledare")),
])
def test_titles_of_the_language(snippet, fact):
    assert fact in facts(snippet)


def test_two_people_with_their_titles_share_the_workplace_named_last():
    found = facts("Lyssna till Tora Lindvall, verksamhetschef och Bo Askman, sjuksköterska på Ekby vårdcentral "
                  "när de berättar om arbetet.")
    assert ("Tora Lindvall", "worksFor", "Ekby vårdcentral") in found
    assert ("Tora Lindvall", "leads", "Ekby vårdcentral") in found
    assert ("Bo Askman", "leads", "Ekby vårdcentral") not in found


def test_a_first_person_with_her_own_employer_keeps_it():
    found = facts("Tora Lindvall, enhetschef i Mora kommun och Bo Askman, sjuksköterska på Ekby vårdcentral, "
                  "berättar.")
    assert ("Tora Lindvall", "worksFor", "Ekby vårdcentral") not in found


CARDS = """Läs mer på webbplatsen.

Kontakt

Mira Solberg
Innovationsslussen
Processledare
mira.solberg@rjl.se

Zelmira Vackholm
FORUM international
Folkhälsa och sjukvård
zelmira.vackholm@rjl.se
"""


def test_contact_cards_name_the_unit_that_employs():
    found, named = facts(CARDS), entities(CARDS)
    assert named.get("Mira Solberg") == "Person" and "Mira Solberg Innovationsslussen" not in named
    assert named.get("Zelmira Vackholm") == "Person"  # a given name no list holds, on a card with her address
    assert ("Mira Solberg", "worksFor", "Innovationsslussen") in found
    assert ("Zelmira Vackholm", "worksFor", "Folkhälsa och sjukvård") in found
    assert ("Innovationsslussen", "partOf", "Region Jönköpings län") in found
    assert ("Mira Solberg", "worksFor", "Region Jönköpings län") not in found


def test_a_label_above_a_card_still_reads_with_its_name():
    found = facts("Projektledare:\nTea Holmqvist, utvecklingsledare, Region Skåne\ntea.holmqvist@skane.se\n"
                  "Tel: 040-12 34 56\n\nBiträdande projektledare:\nOla Fjäll, utvecklingsstrateg, Helsingborgs stad\n"
                  "ola.fjall@helsingborg.se\n")
    assert ("Ola Fjäll", "title", "biträdande projektledare") in found
    assert ("Tea Holmqvist", "title", "biträdande projektledare") not in found


@pytest.mark.parametrize("snippet,fact", [
    ("– Det är en viktig resa, sa Maja Ulvsdotter, ordförande i Region Värmlands hälso- och sjukvårdsnämnd, i går.",
     ("Maja Ulvsdotter", "leads", "Region Värmlands hälso- och sjukvårdsnämnd")),
    ("– Det är en viktig resa, sa Maja Ulvsdotter, ordförande i Region Värmlands hälso- och sjukvårdsnämnd, i går.",
     ("Region Värmlands hälso- och sjukvårdsnämnd", "partOf", "Region Värmland")),
    ("Kalmar kommuns socialnämnd har beslutat om en ny plan.", ("Kalmar kommuns socialnämnd", "partOf", "Kalmar kommun")),
    ("Karin Ekdahl är chef för primärvården inom Region Skånes förvaltning Skånevård Sund.",
     ("Skånevård Sund", "partOf", "Region Skåne")),
])
def test_boards_and_units_named_with_their_owner_in_the_genitive(snippet, fact):
    assert fact in facts(snippet)


def test_the_chair_of_a_regions_board_does_not_lead_the_region():
    found = facts("– Det är en viktig resa, sa Maja Ulvsdotter, ordförande i Region Värmlands hälso- och "
                  "sjukvårdsnämnd, i går.")
    assert ("Maja Ulvsdotter", "leads", "Region Värmland") not in found
