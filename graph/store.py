"""Where the graph lives and answers SPARQL: an embedded Oxigraph store on disk, or a SPARQL server.

Both keep one named graph per document and a default graph that is the merge (set union) of
them, so queries see each fact once however many documents state it. The embedded store is the
default: Oxigraph (pyoxigraph) in ``OUT/store``, chosen on the numbers in bench/store.py. A
remote server is reached over the SPARQL 1.1 Protocol and Graph Store Protocol (remote.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

NV = "https://w3id.org/naravard/ontology#"
PREFIXES = {
    "nv": NV,
    "id": "https://w3id.org/naravard/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
PREAMBLE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}


class QueryError(Exception):
    """A SPARQL query that cannot be parsed or run; the message says why."""


class StoreError(Exception):
    """The store cannot be opened or reached; the message says what to do."""


@dataclass
class Result:
    """A query's answer: variables and rows of terms (SELECT), a boolean (ASK) or triples (CONSTRUCT)."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str]
    rows: list[list[object]]  # pyoxigraph terms or None
    boolean: bool | None
    raw: bytes  # SPARQL results JSON, kept to serialise in other formats

    @classmethod
    def from_json(cls, raw: bytes) -> "Result":
        parsed = ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON)
        if isinstance(parsed, ox.QueryBoolean):
            return cls("ask", [], [], bool(parsed), raw)
        variables = [v.value for v in parsed.variables]
        rows = [[sol[v] for v in variables] for sol in parsed]
        return cls("select", variables, rows, None, raw)

    def serialise(self, fmt: str) -> bytes:
        """The answer in a W3C format: SPARQL results JSON, XML, CSV or TSV; N-Triples for CONSTRUCT."""
        if self.kind == "graph":
            return ox.serialize([row[0] for row in self.rows], format=ox.RdfFormat.N_TRIPLES)
        again = ox.parse_query_results(self.raw, format=ox.QueryResultsFormat.JSON)
        return again.serialize(format=RESULT_FORMATS[fmt])


def plain(term: object) -> str:
    """A term as a person reads it: IRIs and literal values without quotes or datatypes."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"{plain(term.subject)} {plain(term.predicate)} {plain(term.object)}"
    return getattr(term, "value", str(term))


def term(value: object):
    """A binding value as an RDF term: IRIs stay IRIs, anything else is a plain literal."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(text)
    return ox.Literal(text)


def bind(sparql: str, bindings: dict[str, object] | None) -> str:
    """Pre-bind variables with a VALUES block of RDF terms at the start of the WHERE pattern.

    The values are terms written by Oxigraph (quoted and escaped), never text pasted into the
    query, so a parameter cannot change the query's shape. At the start of the pattern rather
    than after it: Oxigraph then joins from the bound value (5 ms instead of 170 ms on a
    100k-triple graph, against its own substitution, which filters afterwards), and Virtuoso
    ignores a trailing VALUES under UNION and property paths.
    """
    if not bindings:
        return sparql
    names = sorted(bindings)
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({' '.join(str(term(bindings[n])) for n in names)}) }}"
    where = re.search(r"(?i)\bWHERE\s*\{", sparql)
    if where:
        return sparql[:where.end()] + "\n" + block + "\n" + sparql[where.end():]
    return sparql + "\n" + block


class EmbeddedStore:
    """Oxigraph on disk. Opened read-only for queries, so a build may run beside a server."""

    def __init__(self, path: Path | None = None, read_only: bool = False):
        self.path = path
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc}); is another naravard writing to it?") from exc

    @classmethod
    def from_trig(cls, path: Path) -> "EmbeddedStore":
        """An in-memory store over a graph.trig file (for files passed around without their store)."""
        store = cls()
        store._store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
        store.refresh_merged()
        return store

    def __len__(self) -> int:
        return len(self._store)

    def graph_names(self) -> set[str]:
        return {g.value for g in self._store.named_graphs()}

    def replace_graphs(self, graphs: dict[str, bytes]) -> None:
        """Put each named graph (N-Triples bytes), replacing what the store had under that name."""
        for name, ntriples in graphs.items():
            node = ox.NamedNode(name)
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
            self._store.load(ntriples, format=ox.RdfFormat.N_TRIPLES, to_graph=node)

    def remove_graphs(self, names: set[str]) -> None:
        for name in names:
            node = ox.NamedNode(name)
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)

    def refresh_merged(self, merged: bytes | None = None) -> None:
        """The default graph becomes the set union of the named graphs.

        Given that union as N-Triples (a build has it anyway), it is bulk-loaded: several times
        faster than computing it with a SPARQL INSERT inside the store.
        """
        self._store.clear_graph(ox.DefaultGraph())
        if merged is None:
            self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        else:
            self._store.bulk_load(merged, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        self._store.flush()

    def query(self, sparql: str, bindings: dict[str, object] | None = None) -> Result:
        """Run a query; ``bindings`` pre-bind variables to RDF terms (see bind())."""
        try:
            res = self._store.query(bind(sparql, bindings), prefixes=PREFIXES)
            if isinstance(res, (ox.QueryBoolean, ox.QuerySolutions)):
                return Result.from_json(res.serialize(format=ox.QueryResultsFormat.JSON))
        except SyntaxError as exc:
            raise QueryError(f"the query is not valid SPARQL: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"the query failed: {exc}") from exc
        return Result("graph", ["subject", "predicate", "object"], [[t] for t in res], None, b"")

    def quads(self):
        return self._store.quads_for_pattern(None, None, None, None)

    def close(self) -> None:
        del self._store


# the name tests and older scripts use
Store = EmbeddedStore
