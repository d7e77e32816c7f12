"""Measures of the actor network that views size, mark and filter nodes by.

Every function is pure and networkx style, ``f(G) -> dict[node, value]`` for every node of ``G``
(a graph from :func:`naravard.output.network.to_networkx`: node attributes ``subtype``,
``lanskod`` and ``kommunkod``, edge attribute ``relation``). Relations are read as undirected
ties: who works for whom says that two actors are connected, and bridging is about connection,
not the direction of a verb. Nodes are visited in sorted order, so the same graph always gives
the same numbers whatever order it was built in.
"""
from __future__ import annotations

import networkx as nx

# Exact betweenness costs one breadth-first search per node, quadratic in the graph's size; above
# EXACT nodes it is estimated from SAMPLE sources, which keeps the cost linear (bench/views.py).
EXACT = 500
SAMPLE = 64
SEED = 7
# Relations through which an actor reaches what its organisation, project or forum is tied to.
HOP_RELATIONS = frozenset({"worksFor", "participatesIn", "partOf"})


def betweenness(G: nx.Graph, sample: int = SAMPLE, seed: int = SEED, exact: int = EXACT) -> dict:
    """How often a node lies on the shortest path between two others (0 to 1, four decimals).

    Actors that join otherwise separate parts of the network, such as a person who works for a
    region and sits in a municipality's forum, score high. Graphs of more than ``exact`` nodes
    use ``sample`` sources picked with a fixed ``seed``: an estimate, the same one every time.

    >>> G = nx.MultiDiGraph([("Anna", "Region"), ("Anna", "Forum"), ("Kommun", "Forum")])
    >>> betweenness(G)
    {'Anna': 0.6667, 'Forum': 0.6667, 'Kommun': 0.0, 'Region': 0.0}
    """
    H = _undirected(G)
    nodes = list(H)
    # Integer labels make networkx's dictionaries about a third faster on large graphs.
    numbered = nx.convert_node_labels_to_integers(H, ordering="default")
    k = min(sample, len(nodes)) if len(nodes) > exact else None
    found = nx.betweenness_centrality(numbered, k=k, seed=seed if k else None, normalized=True)
    return {node: round(found[i], 4) for i, node in enumerate(nodes)}


def home_regions(G: nx.Graph) -> dict:
    """The region each node is part of: a region itself, or a municipality's by its codes.

    A municipality belongs to the region whose ``lanskod`` begins its ``kommunkod`` (Västerås
    1980 to Västmanland 19), whether or not a document links the two.

    >>> G = nx.MultiDiGraph([("Anna", "Västerås stad", {"relation": "worksFor"})])
    >>> G.add_node("Region Västmanland", subtype="Region", lanskod="19")
    >>> G.add_node("Västerås stad", subtype="Municipality", kommunkod="1980")
    >>> G.add_node("Norrköpings kommun", subtype="Municipality", kommunkod="0581")
    >>> home_regions(G)["Västerås stad"], home_regions(G)["Norrköpings kommun"]
    (['Region Västmanland'], [])
    >>> home_regions(G)["Anna"]
    []
    """
    by_code: dict[str, list] = {}
    for node in _sorted(G):
        attrs = G.nodes[node]
        if attrs.get("subtype") == "Region" and attrs.get("lanskod"):
            by_code.setdefault(str(attrs["lanskod"]), []).append(node)
    homes = {}
    for node in _sorted(G):
        attrs = G.nodes[node]
        if attrs.get("subtype") == "Region":
            homes[node] = [node]
        elif attrs.get("subtype") == "Municipality" and attrs.get("kommunkod"):
            homes[node] = list(by_code.get(str(attrs["kommunkod"])[:2], []))
        else:
            homes[node] = []
    return homes


def regions(G: nx.Graph) -> dict:
    """The regions whose neighbourhood holds each node, as region nodes in sorted order.

    A region's neighbourhood is the region, its municipalities (by code, see
    :func:`home_regions`) and everything one relation away from either, in any direction: its
    staff, the forums and projects it or its municipalities take part in, their staff.

    >>> G = nx.MultiDiGraph([("Anna", "Sala kommun", {"relation": "worksFor"})])
    >>> G.add_node("Region Västmanland", subtype="Region", lanskod="19")
    >>> G.add_node("Sala kommun", subtype="Municipality", kommunkod="1981")
    >>> G.add_node("Norrköpings kommun", subtype="Municipality", kommunkod="0581")
    >>> regions(G)
    {'Anna': ['Region Västmanland'], 'Norrköpings kommun': [], 'Region Västmanland': ['Region Västmanland'], 'Sala kommun': ['Region Västmanland']}
    """
    homes = home_regions(G)
    H = _undirected(G)
    found = {}
    for node in H:
        reached = set(homes[node])
        for other in H[node]:
            reached.update(homes[other])
        found[node] = sorted(reached, key=str)
    return found


def bridges(G: nx.Graph) -> dict:
    """Whether a node ties a region to a municipality (True) or not (False).

    A node is a bridge when it is linked to both a region and a municipality other than itself:
    directly, by any relation in either direction, or through one node it works for, takes part
    in or is part of (``worksFor``, ``participatesIn``, ``partOf``, followed either way). So a
    person employed by a region who sits in a forum where a municipality takes part is one, and
    so is the forum.

    >>> G = nx.MultiDiGraph([("Anna", "Region", {"relation": "worksFor"}),
    ...                      ("Anna", "Forum", {"relation": "participatesIn"}),
    ...                      ("Kommun", "Forum", {"relation": "participatesIn"})])
    >>> G.add_node("Region", subtype="Region")
    >>> G.add_node("Kommun", subtype="Municipality")
    >>> bridges(G)
    {'Anna': True, 'Forum': True, 'Kommun': False, 'Region': False}
    """
    neighbours: dict = {node: set() for node in G}
    hops: dict = {node: set() for node in G}
    for source, target, attrs in G.edges(data=True):
        if source == target:
            continue
        neighbours[source].add(target)
        neighbours[target].add(source)
        if attrs.get("relation") in HOP_RELATIONS:
            hops[source].add(target)
            hops[target].add(source)
    found = {}
    for node in _sorted(G):
        reached = set(neighbours[node])
        for via in hops[node]:
            reached.update(neighbours[via])
        reached.discard(node)
        subtypes = {G.nodes[other].get("subtype") for other in reached}
        found[node] = "Region" in subtypes and "Municipality" in subtypes
    return found


def _sorted(G: nx.Graph) -> list:
    return sorted(G, key=str)


def _undirected(G: nx.Graph) -> nx.Graph:
    """One undirected edge per related pair, nodes and edges inserted in sorted order."""
    H = nx.Graph()
    H.add_nodes_from(_sorted(G))
    pairs = {tuple(sorted((u, v), key=str)) for u, v in G.edges() if u != v}
    H.add_edges_from(sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1]))))
    return H
