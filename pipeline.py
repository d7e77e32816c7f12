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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib

from . import __version__
from .extract.documents import iter_paths, load
from .extract.model import DocumentError
from .extract.normalise import normalise
from .extract.pipeline import extract
from .extract.record import DocumentRecord, record
from .graph.rdf import build_dataset, union
from .graph.resolve import resolve
from .graph.serialise import merged_ntriples, ntriples_by_graph, trig, turtle, write_atomic
from .graph.store import EmbeddedStore
from .output.html import write_html
from .output.network import to_networkx

GRAPH_TTL = "graph.ttl"
GRAPH_TRIG = "graph.trig"
NETWORK_HTML = "network.html"
STORE = "store"
STATE = ".naravard"


class BuildLocked(Exception):
    """Another build is writing to the same output folder."""


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


def read(path: Path) -> DocumentRecord:
    """One document through loading, normalisation and extraction."""
    return record(extract(normalise(load(path))))


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


def records(paths: Iterable[str | Path], out: Path, report: BuildReport,
            on_document: Callable[[Path], None] | None = None) -> list[DocumentRecord]:
    """Every readable document's extraction, from the cache when its bytes are unchanged."""
    cache = out / STATE / "extractions"
    cache.mkdir(parents=True, exist_ok=True)
    version = extractor_version()
    found: dict[str, DocumentRecord] = {}
    for path in iter_paths(paths):
        if on_document:
            on_document(path)
        sha = _sha256(path)
        cached = cache / f"{sha}-{version}.json" if sha else None
        if sha in found:
            report.warnings.append(f"{path.name}: same content as {found[sha].name}; read once")
            continue
        try:
            if cached and cached.is_file():
                rec = DocumentRecord.from_json(cached.read_text(encoding="utf-8"))
                rec.path, rec.name = str(path), path.name
                report.reused.append(str(path))
            else:
                rec = read(path)
                report.extracted.append(str(path))
                write_atomic(cache / f"{rec.sha256}-{version}.json", rec.to_json())
        except DocumentError as exc:
            report.skipped.append(Skipped(str(path), str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the others
            report.skipped.append(Skipped(str(path), f"could not be processed ({type(exc).__name__}: {exc}); "
                                                     "please report this with the file"))
            continue
        found[rec.sha256] = rec
        report.documents.append(str(path))
        report.warnings.extend(f"{path.name}: {w}" for w in rec.warnings)
    return sorted(found.values(), key=lambda r: r.sha256)


def sync_store(store, graphs: dict[str, bytes], state_file: Path, report: BuildReport,
               merged: bytes | None = None) -> None:
    """Write only the document graphs whose content changed; drop those of documents gone."""
    known = json.loads(state_file.read_text(encoding="utf-8")) if state_file.is_file() else {}
    digests = {name: hashlib.sha256(data).hexdigest() for name, data in graphs.items()}
    present = store.graph_names()
    changed = {n: graphs[n] for n in sorted(graphs) if known.get(n) != digests[n] or n not in present}
    gone = (present | set(known)) - set(graphs)
    store.replace_graphs(changed)
    store.remove_graphs(gone)
    store.refresh_merged(merged)
    report.replaced_graphs, report.removed_graphs = sorted(changed), sorted(gone)
    write_atomic(state_file, json.dumps(digests, indent=1, sort_keys=True))


def build(paths: Iterable[str | Path], out: str | Path, *, min_confidence: float = 0.0, store=None,
          on_document: Callable[[Path], None] | None = None) -> BuildReport:
    """Build the graph and its view from files and folders into ``out`` (and ``store``, if given)."""
    out = Path(out)
    report = BuildReport(out)
    with locked(out):
        recs = records(paths, out, report, on_document)
        resolved = resolve(recs)
        dataset = build_dataset(resolved, recs, min_confidence)
        merged = union(dataset)
        report.entities = Counter(n.kind for n in resolved.nodes.values())
        report.relations = Counter(
            str(p).rsplit("#", 1)[-1] for _, p, _ in merged.triples((None, None, None))
            if str(p).rsplit("#", 1)[-1] in ("worksFor", "title", "leads", "participatesIn", "partOf"))
        write_atomic(out / GRAPH_TRIG, trig(dataset))
        write_atomic(out / GRAPH_TTL, turtle(merged))
        graphs = ntriples_by_graph(dataset)
        if store is None:
            embedded = EmbeddedStore(out / STORE)
            try:
                sync_store(embedded, graphs, out / STATE / "store-state.json", report, merged_ntriples(merged))
            finally:
                embedded.close()
        else:
            key = hashlib.sha256(store.describe().encode()).hexdigest()[:12]
            sync_store(store, graphs, out / STATE / f"remote-{key}.json", report)
        write_html(to_networkx(merged), out / NETWORK_HTML, title="naravard")
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
    result = remote.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
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

