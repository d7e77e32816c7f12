"""Conference programmes and profession pages: a healthcare region made of regions listed before a part of one,
an association named by its members and their field, and a branch for one part of a county. Every snippet is
invented and names no one from the corpora."""
from snippets import entities, facts


def test_regions_listed_by_name_before_a_part_of_a_county():
    found = entities("Sydöstra sjukvårdsregionen består av regionerna Jönköping, Kalmar, Östergötland och norra "
                     "delen av Kronobergs län.")
    for region in ("Region Jönköpings län", "Region Kalmar län", "Region Östergötland"):
        assert found.get(region) == "Organisation", region


def test_an_association_named_by_its_members_and_their_field():
    text = ("Ylva Storm, ordförande för Riksföreningen för sjuksköterskor inom äldre- och demensvård, "
            "inledde dagen.")
    assert ("Ylva Storm", "leads", "Riksföreningen för sjuksköterskor inom äldre- och demensvård") in facts(text)


def test_a_branch_for_one_part_of_a_county():
    text = "Bland lokalföreningarna finns SFAM Norra Bohuslän. Hugo Ask är ordförande i SFAM Norra Bohuslän."
    assert entities(text).get("SFAM Norra Bohuslän") == "Organisation"
    assert ("Hugo Ask", "leads", "SFAM Norra Bohuslän") in facts(text)


def test_a_home_care_unit_by_the_place_it_serves_employs_those_listed_in_it():
    text = ("Dagen började med ett besök på Gottsunda hemtjänst. Vi träffade fysioterapeuterna i Gottsunda "
            "hemtjänst, Olle Wiberg, Sanna Kihl och Jens Mårtensson.")
    assert entities(text).get("Gottsunda hemtjänst") == "Organisation"
    found = facts(text)
    for person in ("Olle Wiberg", "Sanna Kihl", "Jens Mårtensson"):
        assert (person, "worksFor", "Gottsunda hemtjänst") in found, person


def test_a_saints_name_in_a_venue_is_no_person():
    found = entities("Datum: 3 juli\nPlats: Hamnparken, S:t Olof Café, S:t Olofsgatan 2\nOrt: Visby")
    assert not any(kind == "Person" for kind in found.values())


def test_a_communicator_by_the_field():
    found = facts("I avsnittet medverkar Lina Sjöberg, hälsokommunikatör i Region Gävleborg.")
    assert ("Lina Sjöberg", "title", "hälsokommunikatör") in found


def test_municipalities_listed_in_brackets_after_the_plural():
    found = entities("Ledningsgruppen består av företrädare för sjukhuset och kommunerna i norra Dalarna (Mora, Orsa, "
                     "Älvdalen).")
    for municipality in ("Mora kommun", "Orsa kommun", "Älvdalens kommun"):
        assert found.get(municipality) == "Organisation", municipality


def test_a_regions_areas_by_an_adjective_and_field_and_in_a_pair():
    found = entities("Till det nya området Område specialiserad vård hör tidigare område medicin. Område psykiatri "
                     "och område forskning är de andra. Område barn består av två kliniker.")
    assert found.get("Område specialiserad vård") == "Organisation"
    assert found.get("Område psykiatri") == "Organisation"
    assert found.get("Område barn") == "Organisation"
    assert "Område psykiatri och område" not in found and "Område barn består" not in found


def test_a_developers_unit_between_commas_before_its_region():
    found = facts("I avsnittet medverkar Inga Strömberg och Olof Bäck, båda utvecklingsledare, Kvalitetslabbet, "
                  "Region Jönköpings län.")
    assert ("Inga Strömberg", "worksFor", "Kvalitetslabbet") in found
    assert ("Kvalitetslabbet", "partOf", "Region Jönköpings län") in found
    # without the comma the words after the title name a field: "projektledare Hälso- och sjukvård, X sjukhus"
    assert "Hälso- och sjukvård" not in entities("Jag är projektledare Hälso- och sjukvård, Gävle sjukhus, sedan i vår.")


def test_a_care_area_in_lower_case_its_head_and_its_units():
    found = facts("– Det går inte, säger Vera Nord, verksamhetschef, primärvårdsområde öst, i ett pressmeddelande. "
                  "I närsjukvårdsområde syd ingår Karlskoga lasarett och vårdcentralerna i kommunerna.")
    assert ("Vera Nord", "worksFor", "Primärvårdsområde öst") in found
    assert ("Karlskoga lasarett", "partOf", "Närsjukvårdsområde syd") in found
    assert ("Karlskoga lasarett", "participatesIn", "Närsjukvårdsområde syd") not in found
