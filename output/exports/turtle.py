"""Turtle: the merged graph, as ``graph.ttl`` is written (named graphs are not kept)."""
from __future__ import annotations

import pyoxigraph as ox

from .rdf import RdfExporter


class TurtleExporter(RdfExporter):
    suffix = ".ttl"
    fmt = ox.RdfFormat.TURTLE
    named_graphs = False
