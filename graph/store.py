"""Where the graph lives and answers SPARQL: an embedded Oxigraph store on disk, or a SPARQL server.

Both keep one named graph per document and a default graph that is the merge (set union) of
their statements about entities, so queries see each fact once however many documents state it.
The evidence behind each fact (quote, offsets, rule, confidence) stays in its document's graph
only, where it is stated once anyway: ask for it with ``GRAPH ?doc { ... }``. Evidence is most of
a build (over 90% of the triples of the shared corpus), so leaving it out of the default graph
makes the store smaller, its loads faster and its joins cheaper. The embedded store is the
default: Oxigraph (pyoxigraph) in ``OUT/store``, chosen on the numbers in bench/store.py. A
remote server is reached over the SPARQL 1.1 Protocol and Graph Store Protocol (remote.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
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
EVIDENCE_IRI = "https://w3id.org/naravard/id/evidence/"
EVIDENCE_PREFIX = f"<{EVIDENCE_IRI}".encode()  # an N-Triples line about an evidence node
# the pattern that keeps evidence out of the default graph, in the SPARQL Update that fills it
NOT_EVIDENCE = f'FILTER (!STRSTARTS(STR(?s), "{EVIDENCE_IRI}"))'
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
        return cls.from_results(raw, ox.QueryResultsFormat.JSON)

    @classmethod
    def from_results(cls, raw: bytes, fmt: ox.QueryResultsFormat) -> "Result":
        """A SELECT or ASK answer in one of the W3C results formats (JSON is kept to write out again)."""
        parsed = ox.parse_query_results(raw, format=fmt)
        keep = raw if fmt == ox.QueryResultsFormat.JSON else b""
        if isinstance(parsed, ox.QueryBoolean):
            return cls("ask", [], [], bool(parsed), keep)
        variables = [v.value for v in parsed.variables]
        return cls("select", variables, [list(sol) for sol in parsed], None, keep)

    @classmethod
    def from_solutions(cls, solutions: ox.QuerySolutions) -> "Result":
        """Rows straight from Oxigraph's solutions; the JSON is only written if a format is asked for."""
        variables = [v.value for v in solutions.variables]
        # a solution unpacks to its values in the order of the variables (None where unbound):
        # three times faster than looking each one up by name
        rows = [list(sol) for sol in solutions]
        return cls("select", variables, rows, None, b"")

    def _json(self) -> bytes:
        if self.raw or self.kind != "select":
            return self.raw or json.dumps({"head": {}, "boolean": self.boolean}).encode()
        bindings = [{v: _json_term(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")

    def serialise(self, fmt: str) -> bytes:
        """The answer in a W3C format: SPARQL results JSON, XML, CSV or TSV; N-Triples for CONSTRUCT."""
        if self.kind == "graph":
            return ox.serialize([row[0] for row in self.rows], format=ox.RdfFormat.N_TRIPLES)
        again = ox.parse_query_results(self._json(), format=ox.QueryResultsFormat.JSON)
        return again.serialize(format=RESULT_FORMATS[fmt])


def _json_term(t) -> dict:
    """One term in the W3C SPARQL 1.1 results JSON format."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": {k: _json_term(getattr(t, k)) for k in ("subject", "predicate", "object")}}


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


LOAD_BYTES = 8_000_000  # the most N-Quads bytes one bulk load takes (see bulk_load_parallel)

# the default graph from the document graphs, inside a store (a build computes it from its lines instead)
MERGE_UPDATE = f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {NOT_EVIDENCE} }}"


def knowledge(lines) -> set[bytes]:
    """The N-Triples lines that belong in the default graph: all but those about evidence nodes."""
    return {line for line in lines if not line.startswith(EVIDENCE_PREFIX)}


def merged_lines(graphs: Mapping[str, bytes]) -> set[bytes]:
    """The default graph of these document graphs (N-Triples bytes), as a set of lines."""
    return set().union(*(knowledge(data.splitlines()) for data in graphs.values()))


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

    def replace_graphs(self, graphs: Mapping[str, bytes]) -> None:
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

    def refresh_merged(self) -> None:
        """The default graph becomes the set union of the named graphs, without their evidence."""
        self._store.clear_graph(ox.DefaultGraph())
        self._store.update(MERGE_UPDATE)
        self._store.flush()

    def query(self, sparql: str, bindings: dict[str, object] | None = None) -> Result:
        """Run a query; ``bindings`` pre-bind variables to RDF terms (see bind())."""
        try:
            res = self._store.query(bind(sparql, bindings), prefixes=PREFIXES)
            if isinstance(res, ox.QuerySolutions):
                return Result.from_solutions(res)
            if isinstance(res, ox.QueryBoolean):
                return Result.from_json(res.serialize(format=ox.QueryResultsFormat.JSON))
        except SyntaxError as exc:
            raise QueryError(f"the query is not valid SPARQL: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"the query failed: {exc}") from exc
        return Result("graph", ["subject", "predicate", "object"], [[t] for t in res], None, b"")

    def quads(self):
        return self._store.quads_for_pattern(None, None, None, None)

    def graph_lines(self, name: str) -> set[bytes]:
        """A named graph as N-Triples lines, written as the build writes them (so lines compare as triples)."""
        triples = [q.triple for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(name))]
        return set(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines())

    def bulk_load_parallel(self, graphs: Mapping[str, bytes], merged: Iterable[bytes], workers: int) -> None:
        """Load an empty store: every named graph and the merged default graph (N-Triples lines, each once,
        read as they come) on ``workers`` cores, then compact it.

        Oxigraph's bulk loader keeps one core busy; the loads of disjoint slices of the data
        run side by side (1M triples: 18 s in one call, 12 s in two threads on two cores). One
        thread more than cores keeps them busy while a load writes its files (median of 3 at 1M:
        14.2 s against 16.0 s). The data is N-Triples naravard serialised itself, so the loader
        skips re-validating its IRIs (``lenient``; 14.1 s against 16.0 s; both: 12.5 s).
        Not atomic: only ever used on a new store generation that nobody reads yet.
        """
        total = sum(_size(graphs, n) for n in graphs)
        # bytes per bulk load: enough loads to keep the threads busy, few enough to keep files few,
        # small enough that only a few are in memory at once. Oxigraph's loader holds every quad
        # of a load in each of its indexes while it sorts them, several times the bytes: at 5,000
        # documents the loads in three threads took 280 MB at 16 MB each, 160 MB at 8 MB and
        # 80 MB at 4 MB; 1M triples load as fast at 8 MB as at 16 MB (12-13 s), 25% slower at 4 MB.
        target = min(LOAD_BYTES, max(LOAD_BYTES // 2, total // (4 * max(1, workers)) + 1))

        def jobs():
            # N-Triples to N-Quads: a line ends in " .\n", and a newline never occurs inside a term
            quads = (graphs[name].replace(b" .\n", f" <{name}> .\n".encode()) for name in graphs)
            yield from ((data, None) for data in _batches(quads, target))
            yield from ((data, ox.DefaultGraph()) for data in _batches((line + b"\n" for line in merged), target))

        def load(job) -> None:
            data, graph = job
            if graph is None:
                self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            else:
                self._store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)

        threads = max(1, workers) + 1
        with ThreadPoolExecutor(threads) as pool:
            running = []
            for job in jobs():
                running.append(pool.submit(load, job))
                if len(running) > threads:  # a batch waits while the threads are busy, no more
                    running.pop(0).result()
            for future in running:
                future.result()
        self._store.flush()
        # Each bulk load leaves its own overlapping files, which every lookup must then visit;
        # compacting them once costs about a quarter of the load and makes joins up to 2x faster
        # (bench/store.py at 1M: organisation 0.8 s -> 0.5 s).
        self._store.optimize()

    def apply_changes(self, changed: Mapping[str, bytes], gone: set[str], merged: Iterable[bytes]) -> None:
        """Replace changed graphs, drop gone ones, and bring the default graph to ``merged`` (N-Triples
        lines, read once as they come) by difference."""
        before: set[bytes] = set()  # what the default graph had from these graphs
        for name in sorted(set(changed) | gone):
            before |= knowledge(self.graph_lines(name))
        self.replace_graphs(changed)
        self.remove_graphs(gone)
        left = set(before)  # what is in none of the graphs any more
        for line in merged:
            left.discard(line)
        stale = sorted(left)
        if stale:
            for triple in ox.parse(b"\n".join(stale) + b"\n", format=ox.RdfFormat.N_TRIPLES):
                self._store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, ox.DefaultGraph()))
        added = sorted(merged_lines(changed) - before)
        if added:
            self._store.load(b"\n".join(added) + b"\n", format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph())
        self._store.flush()

    def close(self) -> None:
        del self._store


# the name tests and older scripts use
Store = EmbeddedStore


# -- store generations: how a build replaces OUT/store without ever leaving it half written --------

STATE_FILE = "state.json"  # beside a generation's database: the digest of each document graph in it
FULL_RELOAD_SHARE = 0.5  # when more than this share of the graph bytes changed, load afresh


@dataclass
class Written:
    """What a build changed in the store: document graphs written (new or changed) and removed."""

    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    reloaded: bool = False  # loaded afresh rather than changed in place


class Only(Mapping):
    """Some of the graphs of a mapping, read from it one at a time (a build's graphs may live on disk)."""

    def __init__(self, graphs: Mapping[str, bytes], names: list[str]):
        self._graphs, self._names, self._known = graphs, names, set(names)

    def __getitem__(self, name: str) -> bytes:
        if name not in self._known:
            raise KeyError(name)
        return self._graphs[name]

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _batches(pieces: Iterable[bytes], target: int) -> Iterator[bytes]:
    """Pieces joined into runs of at least ``target`` bytes (the last may be shorter)."""
    batch: list[bytes] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= target:
            yield b"".join(batch)
            batch, size = [], 0
    if batch:
        yield b"".join(batch)


def _size(graphs: Mapping[str, bytes], name: str) -> int:
    return graphs.size(name) if hasattr(graphs, "size") else len(graphs[name])


def plan(graphs: Mapping[str, bytes], known: dict[str, str],
         present: set[str] | None = None) -> tuple[dict[str, str], Only, set[str]]:
    """What a store must do to hold ``graphs``, given the digests it was last written with (``known``)
    and, when it can say, the graphs it has (``present``): new digests, graphs to write, names to remove."""
    digests = getattr(graphs, "digests", None) or {name: hashlib.sha256(data).hexdigest()
                                                    for name, data in graphs.items()}
    changed = Only(graphs, [n for n in sorted(graphs)
                            if known.get(n) != digests[n] or (present is not None and n not in present)])
    gone = (set(present or ()) | set(known)) - set(graphs)
    return digests, changed, gone


def current_generation(link: Path) -> Path | None:
    """The database directory OUT/store points to, if it holds a store a build finished."""
    if not link.exists():
        return None
    target = link.resolve()
    return target if (target.parent / STATE_FILE).is_file() else None


def write_generation(link: Path, generations: Path, graphs: Mapping[str, bytes], workers: int = 0,
                     merged: Iterable[bytes] | None = None) -> Written:
    """Write the store for ``graphs`` as a new generation, then point ``link`` (OUT/store) at it.

    The new generation starts as a hard-linked checkpoint of the current one (cheap) and takes only
    the changed document graphs, or, when most of the graph changed, is bulk-loaded afresh. Only
    when it is complete does the symbolic link switch to it, in one rename; so an interrupted or
    crashed build leaves the previous store as it was, and the next build starts over cleanly. The
    previous generation is kept one build longer for servers that still have it open.
    """
    generations.mkdir(parents=True, exist_ok=True)
    for stale in generations.glob("*.tmp"):
        shutil.rmtree(stale, ignore_errors=True)
    previous = current_generation(link)
    known = json.loads((previous.parent / STATE_FILE).read_text(encoding="utf-8")) if previous else {}
    digests, changed, gone = plan(graphs, known)
    merged = merged_lines(graphs) if merged is None else merged
    total = sum(_size(graphs, n) for n in graphs) or 1
    reload = previous is None or sum(_size(graphs, n) for n in changed) / total > FULL_RELOAD_SHARE

    name = time.strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    work = generations / f"{name}.tmp"
    work.mkdir()
    try:
        if reload:
            store = EmbeddedStore(work / "db")
            store.bulk_load_parallel(graphs, merged, workers or os.cpu_count() or 1)
        else:
            source = ox.Store.read_only(str(previous))
            source.backup(str(work / "db"))  # hard links to the previous generation's immutable files
            del source
            store = EmbeddedStore(work / "db")
            store.apply_changes(changed, gone, merged)
        store.close()
        (work / STATE_FILE).write_text(json.dumps(digests, indent=1, sort_keys=True), encoding="utf-8")
        final = generations / name
        os.rename(work, final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    _point(link, final / "db")
    keep = {final, previous.parent if previous else None}
    for old in generations.iterdir():
        if old.is_dir() and old not in keep and not old.name.endswith(".tmp"):
            shutil.rmtree(old, ignore_errors=True)
    return Written(sorted(changed), sorted(gone), reload)


def _point(link: Path, target: Path) -> None:
    """Make ``link`` a symbolic link to ``target`` in one rename (a store from before generations is moved aside)."""
    if link.is_dir() and not link.is_symlink():
        os.rename(link, target.parent.parent / f"{target.parent.name}-unversioned")
    tmp = link.parent / f".{link.name}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    os.symlink(os.path.relpath(target, link.parent), tmp)
    os.replace(tmp, link)
