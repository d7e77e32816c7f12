"""A political board (nämnd, styrelse): who sits on it, from its minutes and from members' seats."""
from naravard.extract.pipeline import extract
from naravard.extract.record import record
from naravard.graph.rdf import build_dataset, union
from naravard.graph.resolve import resolve
from naravard.graph.validate import validate
from naravard.ontology import NV
from rdflib import Literal
from rdflib.namespace import RDF, RDFS
from snippets import entities, facts, text_of

# a municipal board's minutes as a PDF gives them: the template's fields run together on one line
MINUTES = ("1(12) Plats och tid Aulan, tisdagen klockan 8.15-16.00 Beslutande Ledamöter Tove Vinge, C, ordförande "
           "Kalle Öst, C, tjg ers för Greta Holm, M Mira Sand, S, 2:e vice ordförande Ebba Lind, V Övriga närvarande "
           "Stina Falk, socialchef Justerare Mira Sand Underskrifter Sekreterare Stina Falk Ordförande Tove Vinge "
           "ANSLAG/BEVIS Protokollet är justerat. Omsorgsnämnden Datum då anslaget sätts upp 18 mars 2017\n")


def test_the_members_deciding_in_a_boards_minutes_sit_on_it_and_its_chair_leads_it():
    found = facts(MINUTES)
    for member in ("Kalle Öst", "Mira Sand", "Ebba Lind"):
        assert (member, "participatesIn", "Omsorgsnämnden") in found
    assert ("Tove Vinge", "leads", "Omsorgsnämnden") in found


def test_the_member_replaced_and_the_officials_present_do_not_sit_on_the_board():
    found = facts(MINUTES)
    assert ("Greta Holm", "participatesIn", "Omsorgsnämnden") not in found
    assert ("Stina Falk", "participatesIn", "Omsorgsnämnden") not in found


SEATS = ("Politiker i panelen:\n\n"
         "  • Malin Rask (MP) Regionråd, ordförande Omsorgsstyrelsen\n"
         "  • Hans Kolm (S) 1:e vice ordförande Omsorgsstyrelsen\n"
         "  • Stig Ols (M) Regionråd, ledamot Lasarettsstyrelsen\n"
         "  • Eva Ols (M) ersättare i Lasarettsstyrelsen\n")


def test_a_board_named_with_a_capital_after_a_seat_is_an_organisation_its_chair_leads():
    found = facts(SEATS)
    assert entities(SEATS).get("Lasarettsstyrelsen") == "Organisation"
    assert ("Malin Rask", "leads", "Omsorgsstyrelsen") in found
    assert ("Hans Kolm", "leads", "Omsorgsstyrelsen") not in found


def test_a_members_seat_on_a_board_is_no_employment():
    assert ("Stig Ols", "worksFor", "Lasarettsstyrelsen") not in facts(SEATS)


def test_a_members_or_a_vice_chairs_seat_is_a_place_on_the_board():
    found = facts(SEATS)
    assert ("Hans Kolm", "participatesIn", "Omsorgsstyrelsen") in found
    assert ("Stig Ols", "participatesIn", "Lasarettsstyrelsen") in found
    assert ("Eva Ols", "participatesIn", "Lasarettsstyrelsen") in found
    assert ("Malin Rask", "participatesIn", "Omsorgsstyrelsen") not in found  # she chairs it: leads says more


def test_a_board_in_the_graph_is_a_unit_and_a_board_and_its_members_seats_are_valid():
    records = [record(extract(text_of(SEATS, name="panel.txt")))]
    graph = union(build_dataset(resolve(records), records))
    board = next(s for s in graph.subjects(RDFS.label, Literal("Lasarettsstyrelsen")))
    assert {NV.Organisation, NV.OrganisationalUnit, NV.Board} <= set(graph.objects(board, RDF.type))
    assert NV.CollaborationForum not in set(graph.objects(board, RDF.type))  # scored as an organisation only
    assert validate(graph) == []


def test_in_minutes_a_title_after_a_members_party_letters_is_hers_not_the_next_members():
    found = facts(MINUTES)
    assert ("Mira Sand", "title", "2:e vice ordförande") in found
    assert ("Ebba Lind", "title", "2:e vice ordförande") not in found


def test_a_boards_page_that_names_its_chair_and_deputies_in_one_sentence():
    text = ("Vård- och omsorgsnämnden\n\nVård- och omsorgsnämnden ansvarar för vården av äldre.\n\n"
            "Vård- och omsorgsnämnden består av elva ordinarie ledamöter. Per Holm (M) är ordförande, Eva Lind (S) är "
            "1:e vice ordförande och Sara Ek (KD) är 2:e vice ordförande.")
    found = facts(text)
    assert ("Per Holm", "leads", "Vård- och omsorgsnämnden") in found
    assert ("Eva Lind", "participatesIn", "Vård- och omsorgsnämnden") in found
    assert ("Eva Lind", "leads", "Vård- och omsorgsnämnden") not in found


def test_the_bodies_that_set_up_a_joint_committee_take_part_in_it():
    text = ("Region Dalarna samt Mora, Orsa och Älvdalens kommuner har överenskommit om att den 1 juli 2007 inrätta "
            "en gemensam nämnd kallad Hjälpmedelsnämnden Dalarna för samverkan om hjälpmedel.")
    found = facts(text)
    for party in ("Region Dalarna", "Mora kommun", "Orsa kommun", "Älvdalens kommun"):
        assert (party, "participatesIn", "Hjälpmedelsnämnden Dalarna") in found


def test_one_body_naming_a_committee_sets_up_no_joint_one():
    found = facts("Region Dalarna har beslutat att inrätta en gemensam nämnd kallad Hjälpmedelsnämnden Dalarna.")
    assert not [f for f in found if f[1] == "participatesIn"]


def test_a_committees_own_minutes_name_it_first_and_the_chair_listed_leads_it():
    text = ("Protokoll Socialnämnden. 20 september 2017\n\n"
            "Plats och tid Rådhuset, 20 september 2017 Närvarande Beslutande Ersättare Maja Björkvik, Ordförande (S) "
            "Mona Eriksen, 1:e vice ordförande (V) Jonas Nikander, 2:e vice ordförande (C) Övriga Mia Gardborn, "
            "socialdirektör\n")
    found = facts(text)
    assert ("Maja Björkvik", "leads", "Socialnämnden") in found
    assert ("Mona Eriksen", "leads", "Socialnämnden") not in found


def test_politicians_listed_by_home_towns_where_one_is_a_village_work_for_none_of_them():
    found = facts("Ledamöter\n\nGlenn Nordling (s), Örnsköldsvik\nBritt Wester (s), Luleå\nRolf Wessén (m), Gällivare\n"
                  "Kerstin Sjödin (c), Nyåker\n")
    assert not [f for f in found if f[1] == "worksFor"]


def test_politicians_listed_by_their_municipalities_work_for_them():
    found = facts("Ledamöter\n\nGlenn Nordling (s), Örnsköldsvik\nBritt Wester (s), Luleå\nRolf Wessén (m), Gällivare\n")
    assert ("Britt Wester", "worksFor", "Luleå kommun") in found
    assert ("Rolf Wessén", "worksFor", "Gällivare kommun") in found


def test_a_board_written_with_an_adjective_after_its_chairs_title_is_the_board_she_leads():
    found = facts("Det har gett ny kunskap, säger Lotta Engvall (C), ordförande i regionala tillväxtnämnden.")
    assert ("Lotta Engvall", "leads", "Regionala tillväxtnämnden") in found
    assert ("Lotta Engvall", "title", "ordförande i regionala tillväxtnämnden") in found
