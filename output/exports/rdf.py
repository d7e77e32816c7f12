"""What the RDF formats share: turning what was written into sorted Oxigraph quads.

Oxigraph writes Turtle, TriG and N-Quads quickly and, given sorted input, byte-stably (the same
writer and prefixes as ``graph.ttl`` and ``graph.trig``, see naravard.graph.serialise). rdflib's
default graph is written as the default graph, not as a graph named ``urn:x-rdflib:default``.
"""
from __future__ import annotations

from typing import Iterator

import pyoxigraph as ox
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from ...graph.serialise import WRITE_PREFIXES
from .base import Exporter


class RdfExporter(Exporter):
    """Takes rdflib graphs and datasets; ``fmt`` is the Oxigraph format written."""

    fmt: ox.RdfFormat
    named_graphs = True  # False: the merge of all graphs, as triples

    def render(self):
        quads = sorted(set(self.quads()), key=_sort_key)
        if not self.named_graphs:
            quads = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads},
                           key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        return {self.path: serialize(quads, self.fmt)}

    def quads(self) -> Iterator[ox.Quad]:
        for part in self.parts:
            for s, p, o, g in _rdflib_quads(part):
                name = ox.DefaultGraph() if g is None else _term(g)
                yield ox.Quad(_term(s), _term(p), _term(o), name)


def serialize(statements: list, fmt: ox.RdfFormat) -> bytes:
    """Statements as bytes with the build's prefixes (those used), their lines sorted."""
    if fmt == ox.RdfFormat.N_QUADS:
        return ox.serialize(statements, format=fmt)
    used = set()
    for statement in statements:
        for term in (statement.subject, statement.predicate, statement.object):
            used.add(getattr(term, "value", ""))
    prefixes = {k: v for k, v in sorted(WRITE_PREFIXES.items())
                if any(u.startswith(v) for u in used)}
    text = ox.serialize(statements, format=fmt, prefixes=prefixes).decode("utf-8")
    lines = text.split("\n")
    head = 0
    while head < len(lines) and lines[head].startswith("@prefix "):
        head += 1
    return "\n".join(sorted(lines[:head]) + lines[head:]).encode("utf-8")


def merged(parts: list) -> rdflib.Graph:
    """Every statement written, in one graph (what ``graph.ttl`` holds)."""
    graph = rdflib.Graph()
    for part in parts:
        for s, p, o, _ in _rdflib_quads(part):
            graph.add((s, p, o))
    return graph


def _rdflib_quads(part) -> Iterator[tuple]:
    if isinstance(part, rdflib.Dataset) or getattr(part, "context_aware", False):
        for s, p, o, g in part.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            yield s, p, o, None if name in (None, DATASET_DEFAULT_GRAPH_ID) else name
    else:
        for s, p, o in part:
            yield s, p, o, None


def _term(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot export the RDF term {term!r}")


def _sort_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))
