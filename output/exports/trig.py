"""TriG: one named graph per document, so the provenance of every statement is kept."""
from __future__ import annotations

import pyoxigraph as ox

from .rdf import RdfExporter


class TriGExporter(RdfExporter):
    suffix = ".trig"
    fmt = ox.RdfFormat.TRIG
