import doctest
import math
import random

import networkx as nx
import pytest

from actors import dataset, iri, merged
from naravard.output import analytics, layout
from naravard.output.network import to_networkx


@pytest.mark.parametrize("module", [analytics, layout])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def network():
    return to_networkx(merged(dataset()))


def shuffled(G: nx.MultiDiGraph, seed: int) -> nx.MultiDiGraph:
    nodes, edges = list(G.nodes(data=True)), list(G.edges(keys=True, data=True))
    random.Random(seed).shuffle(nodes)
    random.Random(seed).shuffle(edges)
    H = nx.MultiDiGraph()
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    return H


def star_of_stars(arms: int, leaves: int) -> nx.MultiDiGraph:
    """A hub, ``arms`` organisations on it and ``leaves`` people on each: 1 + arms * (1 + leaves)."""
    G = nx.MultiDiGraph()
    for arm in range(arms):
        G.add_edge(f"org-{arm:03d}", "hub", relation="participatesIn")
        for leaf in range(leaves):
            G.add_edge(f"person-{arm:03d}-{leaf:02d}", f"org-{arm:03d}", relation="worksFor")
    return G


def test_bridges_in_the_fixture():
    found = analytics.bridges(network())
    bridges = {n for n, is_bridge in found.items() if is_bridge}
    # Anna works for Region Dalarna and takes part in a programme Västerås stad is in;
    # the programme has Västerås directly and Region Dalarna through Anna.
    assert bridges == {str(iri("anna")), str(iri("program"))}


def test_regions_use_the_codes_from_rdf():
    found = analytics.regions(network())
    assert found[str(iri("falun"))] == [str(iri("dalarna"))]
    assert found[str(iri("erik"))] == [str(iri("dalarna"))]  # works for Falu kommun
    assert found[str(iri("program"))] == [str(iri("vastmanland"))]  # Västerås takes part
    assert found[str(iri("trygg"))] == []  # two relations from Falu kommun


def test_betweenness_ranks_the_hub_first():
    found = analytics.betweenness(star_of_stars(4, 3))
    assert max(found, key=found.get) == "hub"
    assert found["person-000-00"] == 0.0


def test_sampled_betweenness_is_deterministic_and_order_free():
    G = star_of_stars(60, 9)  # 601 nodes: above the exact limit, so sampled
    assert G.number_of_nodes() > analytics.EXACT
    first = analytics.betweenness(G)
    assert analytics.betweenness(shuffled(G, 1)) == first
    assert max(first, key=first.get) == "hub"
    assert all(0.0 <= value <= 1.0 for value in first.values())


def test_analytics_do_not_change_the_graph():
    G = network()
    before = (list(G.nodes(data=True)), list(G.edges(keys=True, data=True)))
    for measure in (analytics.betweenness, analytics.bridges, analytics.regions, layout.positions):
        measure(G)
    assert (list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


def test_layout_places_every_node_apart_and_the_same_every_time():
    G = star_of_stars(40, 12)
    G.add_node("ensam")  # a node with no relation still gets a place
    G.add_edge("par-a", "par-b", relation="worksFor")  # and so does a component of its own
    found = layout.positions(G)
    assert set(found) == set(G)
    assert len(set(found.values())) == G.number_of_nodes()
    assert layout.positions(shuffled(G, 2)) == found


def test_layout_keeps_a_region_and_its_municipalities_together():
    G = network()
    found = layout.positions(G)
    dalarna, falun = found[str(iri("dalarna"))], found[str(iri("falun"))]
    vastmanland = found[str(iri("vastmanland"))]
    assert math.dist(dalarna, falun) < math.dist(dalarna, vastmanland)
