"""The whole pipeline, from paths to the files of a build; the CLI and scripts both call it.

    paths -> documents -> normalised texts -> extractions -> resolved entities -> RDF
          -> graph.trig, graph.ttl, network.html
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import rdflib

from .extract.documents import iter_paths, load
from .extract.model import DocumentError, Extraction, Text
from .extract.normalise import normalise
from .extract.pipeline import extract
from .graph.rdf import build_dataset, union
from .graph.resolve import resolve
from .graph.serialise import trig, turtle, write_atomic
from .output.html import write_html
from .output.network import to_networkx

GRAPH_TTL = "graph.ttl"
GRAPH_TRIG = "graph.trig"
NETWORK_HTML = "network.html"


@dataclass
class Skipped:
    path: str
    reason: str

    def __str__(self) -> str:
        return self.reason if self.reason.startswith(Path(self.path).name) else f"{self.path}: {self.reason}"


@dataclass
class BuildReport:
    out: Path
    documents: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.entities.items()))
        rels = ", ".join(f"{n} {k}" for k, n in sorted(self.relations.items()))
        lines = [f"{len(self.documents)} documents read, {len(self.skipped)} skipped",
                 f"entities: {sum(self.entities.values())} ({kinds or 'none'})",
                 f"relations: {sum(self.relations.values())} ({rels or 'none'})",
                 f"wrote {self.out / GRAPH_TTL}, {self.out / GRAPH_TRIG}, {self.out / NETWORK_HTML}"]
        return "\n".join(lines)


def read(path: Path) -> tuple[Text, Extraction]:
    """One document through loading, normalisation and extraction."""
    text = normalise(load(path))
    return text, extract(text)


def build(paths: Iterable[str | Path], out: str | Path, *, min_confidence: float = 0.0,
          on_document: Callable[[Path], None] | None = None) -> BuildReport:
    """Build the graph and its view from files and folders into ``out``."""
    out = Path(out)
    report = BuildReport(out)
    texts, extractions = [], []
    for path in iter_paths(paths):
        if on_document:
            on_document(path)
        try:
            text, ex = read(path)
        except DocumentError as exc:
            report.skipped.append(Skipped(str(path), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the others
            report.skipped.append(Skipped(str(path), f"could not be processed ({type(exc).__name__}: {exc}); "
                                                     "please report this with the file"))
            continue
        report.documents.append(str(path))
        report.warnings.extend(f"{path.name}: {w}" for w in text.document.warnings)
        texts.append(text)
        extractions.append(ex)
    resolved = resolve(extractions)
    dataset = build_dataset(resolved, texts, min_confidence)
    merged = union(dataset)
    report.entities = Counter(n.kind for n in resolved.nodes.values())
    report.relations = Counter(
        str(p).rsplit("#", 1)[-1] for _, p, _ in merged.triples((None, None, None))
        if str(p).rsplit("#", 1)[-1] in ("worksFor", "title", "leads", "participatesIn", "partOf"))
    out.mkdir(parents=True, exist_ok=True)
    write_atomic(out / GRAPH_TRIG, trig(dataset))
    write_atomic(out / GRAPH_TTL, turtle(merged))
    write_html(to_networkx(merged), out / NETWORK_HTML, title="naravard")
    return report


def load_graph(out: str | Path) -> rdflib.Graph:
    """The merged graph of a build, as an rdflib graph for scripts."""
    path = Path(out) / GRAPH_TTL
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    return g
