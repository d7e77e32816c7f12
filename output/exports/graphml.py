"""GraphML, for Gephi, yEd and igraph: plain attributes, the label as ``label``, edge ids kept."""
from __future__ import annotations

import io

import networkx as nx

from .table import NetworkExporter, flat_network


class GraphMLExporter(NetworkExporter):
    suffix = ".graphml"

    def render(self):
        buffer = io.BytesIO()
        nx.write_graphml(flat_network(self.network()), buffer, edge_id_from_attribute="id")
        return {self.path: buffer.getvalue()}
