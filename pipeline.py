"""The whole pipeline, from paths to the files of a build; the CLI and scripts both call it.

    paths -> documents -> normalised texts -> extractions (cached by content hash)
          -> resolved entities -> RDF -> graph.trig, graph.ttl, the store, network.html

A build is incremental: a document is identified by the hash of its bytes, its extraction is
cached under OUT/.naravard, and the store replaces only the named graphs whose content changed.
Removing a file removes its graph. Outputs are written to temporary files and renamed.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib

from . import __version__
from .extract.documents import MAX_MEGABYTES, iter_paths, load
from .extract.model import DocumentError
from .extract.normalise import normalise
from .extract.pipeline import extract
from .extract.record import DocumentRecord, record
from .graph.dataset import DatasetWriter
from .graph.rdf import document_graph
from .graph.resolve import Resolver, document_iri
from .graph.serialise import commit, stage, write_atomic
from .graph.store import EmbeddedStore, plan, write_generation
from .output.html import render_html
from .output.network import to_networkx

NV_IRI = "https://w3id.org/naravard/ontology#"
RELATION_NAMES = ("worksFor", "title", "leads", "participatesIn", "partOf")
GRAPH_TTL = "graph.ttl"
GRAPH_TRIG = "graph.trig"
NETWORK_HTML = "network.html"
STORE = "store"
STATE = ".naravard"


class BuildLocked(Exception):
    """Another build is writing to the same output folder."""


class StrictFailure(Exception):
    """A strict build met a document it could not read, and wrote nothing."""

    def __init__(self, report: "BuildReport"):
        self.report = report
        n = len(report.skipped)
        super().__init__(f"{n} document{'s' if n != 1 else ''} could not be read; with --strict nothing was "
                         f"written and {report.out} is as it was")


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
    extracted: list[str] = field(default_factory=list)  # documents read and extracted this time
    reused: list[str] = field(default_factory=list)  # documents whose cached extraction was used
    replaced_graphs: list[str] = field(default_factory=list)
    removed_graphs: list[str] = field(default_factory=list)

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.entities.items()))
        rels = ", ".join(f"{n} {k}" for k, n in sorted(self.relations.items()))
        return "\n".join([
            f"{len(self.documents)} documents read, {len(self.skipped)} skipped"
            + (f" ({len(self.extracted)} extracted, {len(self.reused)} unchanged)" if self.reused else ""),
            f"entities: {sum(self.entities.values())} ({kinds or 'none'})",
            f"relations: {sum(self.relations.values())} ({rels or 'none'})",
            f"store: {len(self.replaced_graphs)} document graphs written, {len(self.removed_graphs)} removed",
            f"wrote {self.out / GRAPH_TTL}, {self.out / GRAPH_TRIG}, {self.out / NETWORK_HTML}",
        ])


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Changes whenever the extractors or their lexicons change, so stale cached extractions are not reused."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).resolve().parent / "extract"
    for path in sorted([*root.glob("*.py"), *(root / "lexicons").glob("*")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def read(path: Path, max_megabytes: float = MAX_MEGABYTES) -> DocumentRecord:
    """One document through loading, normalisation and extraction."""
    return record(extract(normalise(load(path, max_megabytes))))


def _sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None  # load() says what is wrong with it


@contextlib.contextmanager
def locked(out: Path) -> Iterator[None]:
    """One build per output folder at a time: a second one refuses at once rather than interleave."""
    state = out / STATE
    state.mkdir(parents=True, exist_ok=True)
    with open(state / "lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise BuildLocked(f"another naravard build is writing to {out}; wait for it to finish") from exc
        yield


def _read_one(path: Path, max_megabytes: float = MAX_MEGABYTES) -> DocumentRecord | Skipped:
    """Read and extract one document; what goes wrong becomes a Skipped (also in a worker process)."""
    try:
        return read(path, max_megabytes)
    except DocumentError as exc:
        return Skipped(str(path), str(exc))
    except RecursionError:
        return Skipped(str(path), "is nested too deeply to read; split or simplify it")
    except MemoryError:
        return Skipped(str(path), "is too large to read in the memory available; split it into smaller files")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop the others
        return Skipped(str(path), f"could not be processed ({type(exc).__name__}: {exc}); "
                                  "please report this with the file")


def _extract_all(todo: list[Path], workers: int,
                 max_megabytes: float = MAX_MEGABYTES) -> Iterator[tuple[Path, DocumentRecord | Skipped]]:
    """Each document's extraction, in the order given; in ``workers`` processes when more than one.

    At most a few documents per worker are in flight, so memory does not grow with the corpus. A
    worker that dies (killed, out of memory) costs only the document it was reading.
    """
    if workers <= 1 or len(todo) < 2:
        for path in todo:
            yield path, _read_one(path, max_megabytes)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if "forkserver" in multiprocessing.get_all_start_methods()
                                          else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context)
    pending: list[tuple[Path, object]] = []
    queue = iter(todo)
    try:
        while True:
            while len(pending) < 4 * workers:
                path = next(queue, None)
                if path is None:
                    break
                pending.append((path, pool.submit(_read_one, path, max_megabytes)))
            if not pending:
                return
            path, future = pending.pop(0)
            try:
                yield path, future.result()
            except BrokenProcessPool:
                yield path, Skipped(str(path), "stopped the process reading it (it may be too large for the "
                                               "memory available); split it or build with --workers 1")
                pool.shutdown(cancel_futures=True)
                pool = ProcessPoolExecutor(workers, mp_context=context)
                requeue = [p for p, _ in pending]
                pending.clear()
                queue = iter([*requeue, *queue])
    finally:
        pool.shutdown(cancel_futures=True)


@dataclass(slots=True)
class Summary:
    """What a build keeps of a document's extraction while it reads the others (the rest is in the cache):
    a few hundred bytes a document."""

    path: str
    sha256: str
    warnings: tuple[str, ...]
    cache: str

    @property
    def name(self) -> str:
        return Path(self.path).name

    def record(self) -> DocumentRecord:
        rec = DocumentRecord.from_json(Path(self.cache).read_text(encoding="utf-8"))
        rec.path, rec.name = self.path, self.name
        return rec


def records(paths: Iterable[str | Path], out: Path, report: BuildReport, resolver: Resolver,
            on_document: Callable[[Path], None] | None = None, workers: int = 1,
            max_megabytes: float = MAX_MEGABYTES) -> list[Summary]:
    """Every readable document, extracted or taken from the cache when its bytes are unchanged.

    Each extraction is folded into ``resolver`` as it is read, and only a Summary of it is kept
    in memory (the extraction itself is in the cache).
    """
    cache = out / STATE / "extractions"
    cache.mkdir(parents=True, exist_ok=True)
    version = extractor_version()
    found: dict[str, Summary] = {}
    names: dict[str, str] = {}  # content hash -> the first file name seen with it
    todo: list[Path] = []
    for path in iter_paths(paths, notes=report.warnings):
        if on_document:
            on_document(path)
        sha = _sha256(path)
        if sha in names:
            report.warnings.append(f"{path.name}: same content as {names[sha]}; read once")
            continue
        if sha:
            names[sha] = path.name
        cached = cache / f"{sha}-{version}.json" if sha else None
        if cached and cached.is_file():
            try:
                rec = DocumentRecord.from_json(cached.read_text(encoding="utf-8"))
            except (OSError, ValueError, TypeError, KeyError):
                todo.append(path)  # a damaged cache entry: read the document again
                continue
            rec.path, rec.name = str(path), path.name
            report.reused.append(str(path))
            found[rec.sha256] = _keep(rec, cached, resolver)
        else:
            todo.append(path)
    for path, rec in _extract_all(todo, workers, max_megabytes):
        if isinstance(rec, Skipped):
            report.skipped.append(rec)
            continue
        report.extracted.append(str(path))
        cached = cache / f"{rec.sha256}-{version}.json"
        write_atomic(cached, rec.to_json())
        found[rec.sha256] = _keep(rec, cached, resolver)
    for rec in sorted(found.values(), key=lambda r: r.path):
        report.documents.append(rec.path)
        report.warnings.extend(f"{rec.name}: {w}" for w in rec.warnings)
    report.extracted.sort()
    report.reused.sort()
    return sorted(found.values(), key=lambda r: r.sha256)


def _keep(rec: DocumentRecord, cache: Path, resolver: Resolver) -> Summary:
    resolver.add(document_iri(rec.sha256), rec.entities)
    return Summary(rec.path, rec.sha256, tuple(rec.warnings), str(cache))


def sync_store(store, graphs: dict[str, bytes], state_file: Path, report: BuildReport) -> None:
    """On a SPARQL server: write only the document graphs whose content changed; drop those of documents gone."""
    known = json.loads(state_file.read_text(encoding="utf-8")) if state_file.is_file() else {}
    digests, changed, gone = plan(graphs, known, store.graph_names())
    store.replace_graphs(changed)
    store.remove_graphs(gone)
    store.refresh_merged()
    report.replaced_graphs, report.removed_graphs = sorted(changed), sorted(gone)
    write_atomic(state_file, json.dumps(digests, indent=1, sort_keys=True))


def build(paths: Iterable[str | Path], out: str | Path, *, min_confidence: float = 0.0, store=None,
          workers: int = 1, strict: bool = False, max_megabytes: float = MAX_MEGABYTES,
          on_document: Callable[[Path], None] | None = None) -> BuildReport:
    """Build the graph and its view from files and folders into ``out`` (and ``store``, if given).

    ``workers`` > 1 reads and extracts documents in that many processes. ``strict`` raises
    StrictFailure, before anything is written, when a document could not be read. Everything is prepared
    first and put in place last (the store by switching to a new generation, files by rename), so
    an interrupted build leaves the previous outputs as they were.
    """
    out = Path(out)
    report = BuildReport(out)
    with locked(out):
        for name in (GRAPH_TRIG, GRAPH_TTL, NETWORK_HTML):  # left by a build that was killed
            for stale in out.glob(f".{name}.*.tmp"):
                stale.unlink(missing_ok=True)
        for stale in out.glob(".naravard-build-*"):
            shutil.rmtree(stale, ignore_errors=True)
        resolver = Resolver()  # each extraction folded in as it is read: memory follows the graph, not the corpus
        kept = records(paths, out, report, resolver, on_document, workers=workers, max_megabytes=max_megabytes)
        if strict and report.skipped:
            raise StrictFailure(report)
        nodes, where = resolver.result()
        del resolver
        report.entities = Counter(n.kind for n in nodes.values())
        staged: dict[str, Path] = {}  # written beside their targets now, renamed into place at the end
        writer = DatasetWriter(out)  # one document graph at a time: the evidence never all in memory
        try:
            for k in sorted(kept, key=lambda k: document_iri(k.sha256)):
                writer.add(document_iri(k.sha256), document_graph(k.record(), nodes, where, min_confidence))
            del kept
            staged[GRAPH_TRIG] = stage(out / GRAPH_TRIG, writer.trig())
            counted = {p: p.rsplit("#", 1)[-1] for p in (f"{NV_IRI}{name}" for name in RELATION_NAMES)}
            report.relations = Counter(counted[t.predicate.value] for t in writer.statements
                                       if t.predicate.value in counted)
            staged[GRAPH_TTL] = stage(out / GRAPH_TTL, writer.turtle())
            view = to_networkx(writer.triples(), writer.quotes)
            staged[NETWORK_HTML] = stage(out / NETWORK_HTML, render_html(view, title="naravard"))
            del view
            graphs = writer.spool
            if store is None:
                written = write_generation(out / STORE, out / STATE / "stores", graphs, merged=writer.merged_lines())
                report.replaced_graphs, report.removed_graphs = written.replaced, written.removed
                (out / STATE / "store-state.json").unlink(missing_ok=True)  # kept inside each generation now
            else:
                key = hashlib.sha256(store.describe().encode()).hexdigest()[:12]
                sync_store(store, graphs, out / STATE / f"remote-{key}.json", report)
            for name in (GRAPH_TRIG, GRAPH_TTL, NETWORK_HTML):
                commit(staged.pop(name), out / name)
        finally:
            writer.close()
            for tmp in staged.values():
                tmp.unlink(missing_ok=True)
    return report


def open_store(out: str | Path, remote=None):
    """The store a build wrote: the remote one if given, else OUT/store (read-only), else graph.trig."""
    if remote is not None:
        return remote
    out = Path(out)
    if (out / STORE).is_dir():
        return EmbeddedStore(out / STORE, read_only=True)
    return EmbeddedStore.from_trig(out / GRAPH_TRIG)


def graph_of(out: str | Path, remote=None) -> rdflib.Graph:
    """The merged graph as rdflib: from graph.ttl, or from the server when the graph lives there."""
    if remote is None:
        return load_graph(out)
    # the merged graph, and the evidence that stays in each document's graph
    result = remote.query("CONSTRUCT { ?s ?p ?o } WHERE { { ?s ?p ?o } "
                          "UNION { GRAPH ?g { ?s a nv:Evidence ; ?p ?o } } }")
    g = rdflib.Graph()
    g.parse(data=result.serialise("ntriples").decode("utf-8"), format="nt")
    return g


def dump_remote(remote, folder: Path) -> Path:
    """The server's document graphs as a graph.trig in ``folder`` (for exports from a remote store)."""
    import pyoxigraph as ox

    from .graph.remote import MERGED

    quads = []
    for name in sorted(remote.graph_names() - {MERGED}):
        rows = remote.query("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": name}).rows
        quads.extend(ox.Quad(s, p, o, ox.NamedNode(name)) for s, p, o in rows)
    quads.sort(key=str)
    write_atomic(Path(folder) / GRAPH_TRIG, ox.serialize(quads, format=ox.RdfFormat.TRIG))
    return Path(folder)


def load_graph(out: str | Path) -> rdflib.Graph:
    """The merged graph of a build, as an rdflib graph for scripts."""
    g = rdflib.Graph()
    g.parse(Path(out) / GRAPH_TTL, format="turtle")
    return g

