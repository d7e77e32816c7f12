"""Positions for large networks, computed before the page opens, in time linear in their size.

Above a few hundred nodes a browser cannot settle a force simulation quickly, and networkx's
force layouts cost quadratic time per iteration (``spring_layout`` without numpy) or need
numpy/scipy, which naravard does not install. Actor networks have a shape to use instead: they
gather around regions. So every node joins the cluster of the region nearest to it (a
breadth-first search from all regions at once, a region's municipalities, by code, one step
from it); a component with no region forms its own cluster around its best-connected node.
Each cluster is a radial tree: its centre in the middle, every ring one relation further out,
each node near the angle of the node it was reached from. Clusters are then packed row by row,
largest first. Every step visits each node and edge a bounded number of times; the only sorts
are of one ring's nodes and of the clusters. bench/views.py measures the result.
"""
from __future__ import annotations

import math
from collections import deque

import networkx as nx

from .analytics import home_regions

SPACING = 40.0  # distance between neighbouring nodes on a ring, in vis-network pixels
RING_GAP = 90.0  # distance between rings
FILL = 0.75  # share of a ring's circumference its nodes may take before it grows


def positions(G: nx.Graph, spacing: float = SPACING) -> dict:
    """Where to draw each node, as ``(x, y)`` rounded to whole pixels; the same every time.

    >>> G = nx.MultiDiGraph([("Anna", "Region Dalarna"), ("Bo", "Region Dalarna")])
    >>> G.add_node("Region Dalarna", subtype="Region")
    >>> G.add_node("Forum")
    >>> found = positions(G)
    >>> len(set(found.values()))  # no two nodes on the same spot
    4
    >>> [round(math.dist(found[n], found["Region Dalarna"])) for n in ("Anna", "Bo")]
    [90, 90]
    """
    order = sorted(G, key=str)
    index = {node: i for i, node in enumerate(order)}
    adjacency: list[set[int]] = [set() for _ in order]
    for source, target in G.edges():
        if source != target:
            adjacency[index[source]].add(index[target])
            adjacency[index[target]].add(index[source])
    # A municipality hangs off its region even when no document links the two.
    children: list[list[int]] = [[] for _ in order]
    for node, homes in home_regions(G).items():
        for home in homes:
            if home != node:
                children[index[home]].append(index[node])
    neighbours = [sorted(set(children[i]) | adjacency[i]) for i in range(len(order))]

    roots = [index[n] for n in order if G.nodes[n].get("subtype") == "Region"]
    clusters = _grow(neighbours, roots)
    placed: list[tuple[float, float]] = [(0.0, 0.0)] * len(order)
    shapes = [_radial(rings, parent, spacing, placed) for rings, parent in clusters]
    _pack(shapes, spacing, placed)
    return {node: (round(placed[i][0]), round(placed[i][1])) for i, node in enumerate(order)}


def _grow(neighbours: list[list[int]], roots: list[int]) -> list[tuple[list[list[int]], dict]]:
    """Clusters as rings of node indexes (ring 0 is the centre), each with its BFS parents."""
    owner = [-1] * len(neighbours)
    clusters: list[tuple[list[list[int]], dict]] = []
    for root in roots:
        owner[root] = len(clusters)
        clusters.append(([[root]], {}))
    _spread(neighbours, owner, clusters, roots)
    degree = [len(found) for found in neighbours]
    for start in range(len(neighbours)):
        if owner[start] != -1:
            continue
        component = _component(neighbours, start)
        hub = max(component, key=lambda i: (degree[i], -i))
        owner[hub] = len(clusters)
        clusters.append(([[hub]], {}))
        _spread(neighbours, owner, clusters, [hub])
    return clusters


def _spread(neighbours, owner, clusters, starts) -> None:
    """Breadth-first from all ``starts`` at once; each node joins the cluster that reaches it first."""
    queue = deque((start, 0) for start in starts)
    while queue:
        node, depth = queue.popleft()
        rings, parent = clusters[owner[node]]
        for other in neighbours[node]:
            if owner[other] == -1:
                owner[other] = owner[node]
                parent[other] = node
                if len(rings) == depth + 1:
                    rings.append([])
                rings[depth + 1].append(other)
                queue.append((other, depth + 1))


def _component(neighbours: list[list[int]], start: int) -> list[int]:
    seen, stack = {start}, [start]
    while stack:
        for other in neighbours[stack.pop()]:
            if other not in seen:
                seen.add(other)
                stack.append(other)
    return sorted(seen)


def _radial(rings, parent, spacing, placed) -> tuple[list[int], float]:
    """Lay one cluster out around (0, 0); returns its nodes and its radius."""
    angle: dict[int, float] = {}
    radius = 0.0
    for depth, ring in enumerate(rings):
        if depth == 0 and len(ring) == 1:
            angle[ring[0]] = 0.0
            placed[ring[0]] = (0.0, 0.0)
            continue
        radius = max(radius + (RING_GAP if depth else 0.0),
                     len(ring) * spacing / (2 * math.pi * FILL))
        gap = spacing / radius
        # Siblings sit side by side, centred on the angle of the node that reached them.
        wanted, siblings = [], {}
        for node in ring:
            siblings.setdefault(parent.get(node), []).append(node)
        for up, group in siblings.items():
            centre = angle.get(up, 0.0)
            # Around the centre node there is no direction to keep: use the whole circle.
            step = 2 * math.pi / len(group) if depth == 1 and len(rings[0]) == 1 else gap
            for k, node in enumerate(group):
                wanted.append((centre + (k - (len(group) - 1) / 2) * step, node))
        wanted.sort()
        _separate(wanted, gap)
        for theta, node in wanted:
            angle[node] = theta
            placed[node] = (radius * math.cos(theta), radius * math.sin(theta))
    members = [node for ring in rings for node in ring]
    return members, radius + spacing


def _separate(wanted: list[tuple[float, int]], gap: float) -> None:
    """Push angles apart to at least ``gap``, keeping their order, then centre the shift."""
    if not wanted:
        return
    first = wanted[0][0]
    shifted, previous = [], None
    for theta, node in wanted:
        if previous is not None and theta < previous + gap:
            theta = previous + gap
        shifted.append((theta, node))
        previous = theta
    overflow = max(0.0, shifted[-1][0] - (first + 2 * math.pi - gap))
    if overflow:  # too crowded to keep the wanted angles: spread evenly, in order
        step = 2 * math.pi / len(shifted)
        shifted = [(first + i * step, node) for i, (_, node) in enumerate(shifted)]
    wanted[:] = shifted


def _pack(shapes: list[tuple[list[int], float]], spacing: float, placed) -> None:
    """Rows of clusters, largest first, in a block about as wide as it is tall."""
    ordered = sorted(range(len(shapes)), key=lambda i: (-len(shapes[i][0]), i))
    width = math.sqrt(sum((2 * radius + spacing) ** 2 for _, radius in shapes)) * 1.1
    x = y = row_height = 0.0
    for i in ordered:
        members, radius = shapes[i]
        size = 2 * radius + spacing
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        centre = (x + size / 2, y + size / 2)
        for node in members:
            px, py = placed[node]
            placed[node] = (px + centre[0], py + centre[1])
        x += size
        row_height = max(row_height, size)
