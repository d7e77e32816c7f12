"""A build's dataset written one document graph at a time, so memory does not grow with the corpus.

What a build writes from its document graphs (graph.trig, graph.ttl, the store, the view) is
mostly evidence: over 90% of the triples. Only the statements about entities are needed as a
whole (the merged graph, the view); the evidence of one document is needed only with that
document. So each document graph, once made, is written out and dropped:

- its N-Triples go to a spool file, from which the store is loaded (``Spool``);
- its TriG goes straight to a temporary body of graph.trig (graphs come in IRI order, so the
  bytes are those of sorting the whole dataset);
- its evidence lines go to one of 256 bucket files by the first two hex digits of the evidence
  IRI, so that graph.ttl can be written in fully sorted order one small bucket at a time;
- of its statements (not evidence), those about the document itself go to another spool
  (they come in IRI order, so already sorted), and its ``mentionedIn`` links are kept as one
  small integer per entity and document;
- only the statements about entities stay in memory as triples: types, labels, codes and the
  relations between entities, which grow with the graph, not with the corpus; so do the quotes
  the view shows on edges (as plain strings: a sixth of what their triples would take).

``merged()`` puts the merged graph back together in sorted order, a subject at a time, for
graph.ttl, the view and the store's default graph. The output bytes are the same as sorting
everything in memory (serialise.trig and .turtle).
"""
from __future__ import annotations

import hashlib
import heapq
import shutil
import tempfile
from array import array
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from .serialise import WRITE_PREFIXES, _prefixes, _used
from .store import EVIDENCE_IRI

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NV = "https://w3id.org/naravard/ontology#"
MENTIONED_IN = f"{NV}mentionedIn"
# what the view shows of a relation's evidence: its statement, its quote and its document
VIEW_EVIDENCE = {f"{RDF}subject": 0, f"{RDF}predicate": 1, f"{RDF}object": 2, f"{NV}quote": 3,
                 "http://www.w3.org/ns/prov#wasDerivedFrom": 4}


class Spool(Mapping):
    """Document graphs as N-Triples bytes in a temporary file, read back one at a time."""

    def __init__(self, folder: Path):
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".naravard-spool-")
        self._where: dict[str, tuple[int, int]] = {}
        self.digests: dict[str, str] = {}

    def add(self, name: str, data: bytes) -> None:
        self._file.seek(0, 2)
        self._where[name] = (self._file.tell(), len(data))
        self._file.write(data)
        self.digests[name] = hashlib.sha256(data).hexdigest()

    def size(self, name: str) -> int:
        return self._where[name][1]

    def __getitem__(self, name: str) -> bytes:
        start, size = self._where[name]
        self._file.seek(start)
        return self._file.read(size)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._where))

    def __len__(self) -> int:
        return len(self._where)

    def close(self) -> None:
        self._file.close()


def _strip_prefixes(text: bytes) -> tuple[set[bytes], bytes]:
    """The @prefix lines Oxigraph wrote at the top, and the rest."""
    head: set[bytes] = set()
    rest = text
    while rest.startswith(b"@prefix "):
        line, _, rest = rest.partition(b"\n")
        head.add(line)
    return head, rest


class DatasetWriter:
    """Takes document graphs in IRI order; writes graph.trig, graph.ttl and a spool for the store."""

    def __init__(self, folder: Path):
        self._tmp = Path(tempfile.mkdtemp(dir=folder, prefix=".naravard-build-"))
        self._trig = open(self._tmp / "trig", "wb")
        self._buckets: dict[str, object] = {}
        self._prefixes: set[bytes] = set()  # @prefix lines of graph.trig
        self._namespaces: set[str] = set()  # prefixes graph.ttl needs for its evidence
        self._last = ""
        self.spool = Spool(self._tmp)
        self._about_documents = Spool(self._tmp)  # each document's statements about itself, in IRI order
        self._merged_namespaces: set[str] = set()  # prefixes graph.ttl needs for the statements not in memory
        self.documents: list[str] = []  # IRIs of the documents added, in order
        self.mentions: dict[str, array] = {}  # entity IRI -> indexes in ``documents`` of the documents naming it
        self.statements: set[ox.Triple] = set()  # the merged graph's statements about entities
        # the view's quotes: (subject, predicate, object) IRIs -> {(document IRI, quote)}
        self.quotes: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)

    def add(self, name: str, triples: set[ox.Triple]) -> None:
        if f"<{name}>" <= self._last:  # as N-Triples writes them: the order graph.trig and graph.ttl are sorted in
            raise ValueError(f"document graphs must come in IRI order: {name} after {self._last[1:-1]}")
        self._last = f"<{name}>"
        ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        graph = ox.NamedNode(name)
        head, body = _strip_prefixes(ox.serialize(
            [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ordered], format=ox.RdfFormat.TRIG,
            prefixes=_prefixes(_used(ordered))))
        self._prefixes |= head
        self._trig.write(body)
        self.spool.add(name, ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES))
        evidence: dict[str, list[ox.Triple]] = defaultdict(list)
        parts: dict[str, list] = defaultdict(lambda: [None] * 5)  # evidence IRI -> what the view shows
        about: list[ox.Triple] = []  # the document's statements about itself
        mentioned: set[str] = set()  # the entities it names
        index = len(self.documents)
        self.documents.append(name)
        for t in ordered:
            subject = t.subject.value
            if not subject.startswith(EVIDENCE_IRI):
                if subject == name:
                    about.append(t)
                elif t.predicate.value == MENTIONED_IN and t.object.value == name:
                    self.mentions.setdefault(subject, array("I")).append(index)
                    mentioned.add(subject)
                else:
                    self.statements.add(t)
                continue
            evidence[subject[len(EVIDENCE_IRI):len(EVIDENCE_IRI) + 2]].append(t)
            slot = VIEW_EVIDENCE.get(t.predicate.value)
            if slot is not None:
                parts[subject][slot] = t.object.value
        if about:
            self._about_documents.add(name, ox.serialize(about, format=ox.RdfFormat.N_TRIPLES))
        if mentioned:
            mentioned |= {MENTIONED_IN, name}
        self._merged_namespaces |= set(_prefixes(_used(about) | mentioned))
        for s, p, o, quote, doc in parts.values():
            if p != MENTIONED_IN and None not in (s, p, o, doc):
                # the graph's own IRI string, shared, rather than one copy per quote
                self.quotes[(s, p, o)].add((name if doc == name else doc, quote or ""))
        for bucket, found in evidence.items():
            self._namespaces |= set(_prefixes(_used(found)))
            handle = self._buckets.get(bucket)
            if handle is None:
                handle = self._buckets[bucket] = open(self._tmp / f"evidence-{bucket}.nt", "wb")
            handle.write(ox.serialize(found, format=ox.RdfFormat.N_TRIPLES))

    def trig(self) -> Iterator[bytes]:
        """graph.trig, in pieces: the prefixes it uses, then every graph in IRI order."""
        self._trig.close()
        yield b"\n".join(sorted(self._prefixes)) + b"\n"
        with open(self._tmp / "trig", "rb") as handle:
            while chunk := handle.read(1 << 20):
                yield chunk

    def merged(self) -> Iterator[list[ox.Triple]]:
        """The merged graph without evidence, sorted as serialise.turtle sorts it: the triples of one
        subject at a time. Only one document's or one entity's triples are made at once."""
        shared: dict[str, list[ox.Triple]] = defaultdict(list)
        for t in self.statements:
            shared[str(t.subject)].append(t)
        mentioned = ox.NamedNode(MENTIONED_IN)
        documents = self.documents
        key = lambda t: (str(t.predicate), str(t.object))  # noqa: E731 - one subject: as serialise.turtle

        def entities() -> Iterator[tuple[str, list[ox.Triple]]]:
            subjects = set(shared) | {f"<{iri}>" for iri in self.mentions}
            for subject in sorted(subjects):
                triples = shared.get(subject, [])
                found = self.mentions.get(subject[1:-1])
                if found:
                    node = ox.NamedNode(subject[1:-1])
                    triples = [*triples, *(ox.Triple(node, mentioned, ox.NamedNode(documents[i])) for i in found)]
                yield subject, sorted(triples, key=key)

        def about_documents() -> Iterator[tuple[str, list[ox.Triple]]]:
            for name in self._about_documents:  # IRI order, each already sorted
                yield f"<{name}>", [q.triple for q in ox.parse(self._about_documents[name],
                                                                format=ox.RdfFormat.N_TRIPLES)]

        for _, triples in heapq.merge(about_documents(), entities(), key=lambda group: group[0]):
            yield triples

    def merged_lines(self) -> Iterator[bytes]:
        """The merged graph without evidence as N-Triples lines (no newline), each once: the store's default graph."""
        batch: list[ox.Triple] = []
        for triples in self.merged():
            batch.extend(triples)
            if len(batch) >= 10_000:
                yield from ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES).splitlines()
                batch = []
        if batch:
            yield from ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES).splitlines()

    def triples(self) -> Iterator[ox.Triple]:
        """The merged graph without evidence, one triple at a time (what the view is drawn from)."""
        for triples in self.merged():
            yield from triples

    def turtle(self) -> Iterator[bytes]:
        """graph.ttl, in pieces: the merged graph sorted by subject, evidence one bucket at a time."""
        for handle in self._buckets.values():
            handle.close()
        namespaces = set(_prefixes(_used(self.statements))) | self._merged_namespaces | self._namespaces
        prefixes = {k: v for k, v in WRITE_PREFIXES.items() if k in namespaces}
        head: set[bytes] = set()

        def chunk(triples) -> bytes:
            lines, body = _strip_prefixes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes))
            head.update(lines)
            return body

        split = f"<{EVIDENCE_IRI}"
        key = lambda t: (str(t.subject), str(t.predicate), str(t.object))  # noqa: E731 - as serialise.turtle

        def evidence() -> Iterator[bytes]:
            for bucket in sorted(self._buckets):
                path = self._tmp / f"evidence-{bucket}.nt"
                found = sorted((q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES)), key=key)
                path.unlink()
                yield chunk(found)

        with open(self._tmp / "ttl", "wb") as body:  # the prefix lines come first, but are known only at the end
            pending: list[ox.Triple] = []
            evidence_written = False
            for triples in self.merged():  # whole subjects in order: the evidence goes where they pass it
                if not evidence_written and str(triples[0].subject) > split:
                    body.write(chunk(pending))
                    pending = []
                    body.writelines(evidence())
                    evidence_written = True
                pending.extend(triples)
                if len(pending) >= 20_000:
                    body.write(chunk(pending))
                    pending = []
            body.write(chunk(pending))
            if not evidence_written:
                body.writelines(evidence())
        yield b"\n".join(sorted(head)) + b"\n"
        with open(self._tmp / "ttl", "rb") as handle:
            while piece := handle.read(1 << 20):
                yield piece

    def close(self) -> None:
        self._trig.close()
        for handle in self._buckets.values():
            handle.close()
        self.spool.close()
        self._about_documents.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
