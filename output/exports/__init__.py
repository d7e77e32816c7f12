"""The graph in the formats other tools read, written by one small module per format.

Every exporter has the shape of :class:`base.Exporter` (``write`` then ``finalize``). RDF formats
are made from the build's ``graph.trig``: TriG and N-Quads keep one named graph per document,
Turtle and JSON-LD hold their merge (``graph.ttl``). Network formats (GraphML, GEXF, CSV,
Cytoscape JSON) are made from :func:`naravard.output.network.to_networkx` of that merge.
"""
from __future__ import annotations

from pathlib import Path

import rdflib

from ..network import to_networkx
from .csvfiles import CsvExporter
from .cytoscape import CytoscapeExporter
from .gexf import GexfExporter
from .graphml import GraphMLExporter
from .jsonld import JsonLdExporter
from .nquads import NQuadsExporter
from .trig import TriGExporter
from .turtle import TurtleExporter

# Format name (as the CLI spells it) -> exporter; the order is the order help lists them in.
FORMATS = {
    "turtle": TurtleExporter,
    "trig": TriGExporter,
    "nquads": NQuadsExporter,
    "jsonld": JsonLdExporter,
    "graphml": GraphMLExporter,
    "gexf": GexfExporter,
    "csv": CsvExporter,
    "cytoscape": CytoscapeExporter,
}
RDF_FORMATS = ("turtle", "trig", "nquads", "jsonld")
STEM = "naravard"  # not "graph": graph.ttl and graph.trig are the build's own files


def default_target(out_dir: Path, fmt: str) -> Path:
    """Where ``fmt`` is written when no file is given: ``OUT/naravard.<suffix>``.

    CSV names a pair, ``OUT/naravard-nodes.csv`` and ``OUT/naravard-edges.csv``.
    """
    return Path(out_dir) / f"{STEM}{_exporter(fmt).suffix}"


def export(out_dir: Path, fmt: str, target: Path) -> list[Path]:
    """Write the build in ``out_dir`` as ``fmt`` to ``target``; returns the files written.

    Raises ValueError for an unknown format, a folder without a build, or a target that is
    one of the build's own files (an export must never replace its source).
    """
    exporter_class = _exporter(fmt)
    out_dir, target = Path(out_dir), Path(target)
    source = out_dir / "graph.trig"
    if not source.is_file():
        raise ValueError(f"no graph in {out_dir}/: run 'naravard build PATH --out {out_dir}' first")
    own = {(out_dir / name).resolve() for name in ("graph.trig", "graph.ttl", "network.html")}
    if target.resolve() in own:
        raise ValueError(f"{target} is one of the build's own files; choose another with -o")
    dataset = rdflib.Dataset()
    dataset.parse(source, format="trig")
    exporter = exporter_class(target)
    if fmt in RDF_FORMATS:
        exporter.write(dataset)
    else:
        graph = rdflib.Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        exporter.write(to_networkx(graph))
    return exporter.finalize()


def _exporter(fmt: str):
    try:
        return FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}") from None
