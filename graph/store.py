"""The embedded SPARQL store: Oxigraph (pyoxigraph), loaded from the build's ``graph.trig``.

Queries see the merged graph of all documents as their default graph (a set: a fact stated in
two documents is one triple), and each document's named graph through ``GRAPH``. Results come
back in the W3C formats Oxigraph writes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

PREFIXES = {
    "nv": "https://w3id.org/naravard/ontology#",
    "id": "https://w3id.org/naravard/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV}


class QueryError(Exception):
    """A SPARQL query that cannot be parsed or run; the message says why."""


@dataclass
class Result:
    """A query's answer: variables and rows of terms (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str]
    rows: list[list[object]]  # pyoxigraph terms or None
    boolean: bool | None
    raw: bytes  # SPARQL results JSON, kept to serialise in other formats

    def serialise(self, fmt: str) -> bytes:
        """The answer in a W3C format: SPARQL results JSON, CSV or TSV; N-Triples for CONSTRUCT."""
        if self.kind == "graph":
            return ox.serialize([row[0] for row in self.rows], format=ox.RdfFormat.N_TRIPLES)
        again = ox.parse_query_results(self.raw, format=ox.QueryResultsFormat.JSON)
        return again.serialize(format=RESULT_FORMATS[fmt])


class Store:
    """An in-memory Oxigraph store over one build's named graphs."""

    def __init__(self) -> None:
        self._store = ox.Store()

    @classmethod
    def from_trig(cls, path: Path) -> "Store":
        store = cls()
        store._store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
        # the default graph is the merge of the named graphs (Oxigraph's union view would repeat a
        # triple once per document that states it)
        store._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return store

    def __len__(self) -> int:
        return len(self._store)

    def query(self, sparql: str, bindings: dict[str, object] | None = None) -> Result:
        """Run a query; ``bindings`` pre-bind projected variables (SPARQL substitution, never string formatting)."""
        subs = {ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
        try:
            res = self._store.query(sparql, prefixes=PREFIXES, substitutions=subs or None)
        except SyntaxError as exc:
            raise QueryError(f"the query is not valid SPARQL: {exc}") from exc
        if isinstance(res, ox.QueryBoolean):
            return Result("ask", [], [], bool(res), res.serialize(format=ox.QueryResultsFormat.JSON))
        if isinstance(res, ox.QuerySolutions):
            raw = res.serialize(format=ox.QueryResultsFormat.JSON)
            parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
            variables = [v.value for v in parsed.variables]
            rows = [[sol[v] for v in variables] for sol in parsed]
            return Result("select", variables, rows, None, raw)
        triples = list(res)
        return Result("graph", ["subject", "predicate", "object"], [[t] for t in triples], None, b"")


def _term(value: object):
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(text)
    return ox.Literal(text)


def plain(term: object) -> str:
    """A term as a person reads it: IRIs and literal values without quotes or datatypes."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"{plain(term.subject)} {plain(term.predicate)} {plain(term.object)}"
    return getattr(term, "value", str(term))
