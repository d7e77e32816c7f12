"""What the network formats share: every node and edge as a row of plain values.

GraphML, GEXF and CSV hold strings, numbers and booleans, not lists, and Gephi and Cytoscape
read nothing else well: lists are joined with "; " (the same separator everywhere). Rows add the
view's betweenness and bridge flag, so tools can size and mark nodes the way the page does.
"""
from __future__ import annotations

import networkx as nx

from .. import analytics
from ..html import RELATION_NAMES
from .base import Exporter

SEPARATOR = "; "
NODE_FIELDS = ("id", "label", "kind", "subtype", "aliases", "titles", "documents", "lanskod",
               "kommunkod", "betweenness", "bridge")
EDGE_FIELDS = ("id", "source", "target", "relation", "label", "documents", "evidence")


class NetworkExporter(Exporter):
    """Takes networks from ``to_networkx``; several writes are drawn as one network."""

    def network(self) -> nx.MultiDiGraph:
        return nx.compose_all(self.parts) if self.parts else nx.MultiDiGraph()


def node_rows(G: nx.MultiDiGraph) -> list[dict]:
    """One row per node, sorted by id, with the fields of ``NODE_FIELDS``."""
    centrality = analytics.betweenness(G)
    bridge = analytics.bridges(G)
    rows = []
    for node in sorted_nodes(G):
        attrs = G.nodes[node]
        rows.append({
            "id": str(node),
            "label": str(attrs.get("label") or node),
            "kind": str(attrs.get("kind") or ""),
            "subtype": str(attrs.get("subtype") or ""),
            "aliases": joined(attrs.get("aliases")),
            "titles": joined(attrs.get("titles")),
            "documents": joined(attrs.get("documents")),
            "lanskod": str(attrs.get("lanskod") or ""),
            "kommunkod": str(attrs.get("kommunkod") or ""),
            "betweenness": float(centrality[node]),
            "bridge": bool(bridge[node]),
        })
    return rows


def edge_rows(G: nx.MultiDiGraph) -> list[dict]:
    """One row per edge, sorted by (source, target, relation), ids e0, e1, ... in that order."""
    rows = []
    for i, (source, target, key, attrs) in enumerate(sorted_edges(G)):
        relation = str(attrs.get("relation") or key)
        evidence = [(str(doc), str(quote)) for doc, quote in attrs.get("evidence", [])]
        rows.append({
            "id": f"e{i}",
            "source": str(source),
            "target": str(target),
            "relation": relation,
            "label": RELATION_NAMES.get(relation, relation),
            "documents": joined(sorted({doc for doc, _ in evidence})),
            "evidence": joined(f"{doc}: {quote}" for doc, quote in evidence),
        })
    return rows


def sorted_nodes(G: nx.MultiDiGraph) -> list:
    return sorted(G, key=str)


def sorted_edges(G: nx.MultiDiGraph) -> list[tuple]:
    return sorted(G.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))


def joined(values) -> str:
    return SEPARATOR.join(str(value) for value in values or [])


def flat_network(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes are the rows' plain values (ids as edge keys)."""
    flat = nx.MultiDiGraph()
    for row in node_rows(G):
        flat.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
    for row in edge_rows(G):
        flat.add_edge(row["source"], row["target"], key=row["id"],
                      **{k: v for k, v in row.items() if k not in ("source", "target")})
    return flat
