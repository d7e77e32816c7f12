"""Cytoscape JSON (``.cyjs``): read by Cytoscape.js (``cy.add(data.elements)``), Cytoscape
desktop (File > Import > Network from File) and ``networkx.cytoscape_graph``.

Nodes carry ``id``, ``name`` (shown as the label by Cytoscape desktop) and ``value`` (the node
key networkx reads back); edges ``source``, ``target``, ``interaction`` (the relation) and
``key``. Lists stay lists of strings, which both Cytoscapes accept as list columns.
"""
from __future__ import annotations

import json

from .table import NetworkExporter, edge_rows, node_rows, sorted_edges, sorted_nodes


class CytoscapeExporter(NetworkExporter):
    suffix = ".cyjs"

    def render(self):
        G = self.network()
        nodes = []
        for node, row in zip(sorted_nodes(G), node_rows(G)):
            attrs = G.nodes[node]
            data = dict(row, name=row["label"], value=row["id"])
            for field in ("aliases", "titles", "documents"):
                data[field] = [str(v) for v in attrs.get(field) or []]
            nodes.append({"data": data})
        edges = []
        for (_, _, _, attrs), row in zip(sorted_edges(G), edge_rows(G)):
            evidence = [{"document": str(doc), "quote": str(quote)}
                        for doc, quote in attrs.get("evidence", [])]
            data = dict(row, interaction=row["relation"], key=row["relation"],
                        documents=sorted({e["document"] for e in evidence}),
                        evidence=[f"{e['document']}: {e['quote']}" for e in evidence])
            edges.append({"data": data})
        document = {"format_version": "1.0", "generated_by": "naravard",
                    "target_cytoscapejs_version": "~3.0", "data": {"name": "naravard"},
                    "directed": True, "multigraph": True,
                    "elements": {"nodes": nodes, "edges": edges}}
        text = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n"
        return {self.path: text.encode("utf-8")}
