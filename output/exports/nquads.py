"""N-Quads: the named graphs one statement a line, sorted, for line-based tools and bulk loaders."""
from __future__ import annotations

import pyoxigraph as ox

from .rdf import RdfExporter


class NQuadsExporter(RdfExporter):
    suffix = ".nq"
    fmt = ox.RdfFormat.N_QUADS
