"""GEXF 1.2, Gephi's own format: attributes typed, and each node coloured and sized as in the view.

networkx stamps the file with today's date (``lastmodifieddate``); it is left out, so the same
graph always gives the same bytes.
"""
from __future__ import annotations

import io
import re

import networkx as nx

from ..html import STYLES
from .table import NetworkExporter, flat_network

_DATE = re.compile(rb' lastmodifieddate="[^"]*"')


class GexfExporter(NetworkExporter):
    suffix = ".gexf"

    def render(self):
        flat = flat_network(self.network())
        for node, attrs in flat.nodes(data=True):
            style = attrs["subtype"] if attrs["subtype"] in STYLES else attrs["kind"]
            colour = STYLES.get(style, STYLES["Organisation"])[2]
            red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
            attrs["viz"] = {"color": {"r": red, "g": green, "b": blue, "a": 1.0},
                            "size": round(10 + 40 * attrs["betweenness"], 2)}
        buffer = io.BytesIO()
        nx.write_gexf(flat, buffer)
        return {self.path: _DATE.sub(b"", buffer.getvalue(), count=1)}
