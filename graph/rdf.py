"""The RDF graph: one named graph per document, every fact with its evidence.

Modelling (see README "Provenance"):

- each document is an ``nv:Document`` (IRI from its content hash) and names its own graph;
- an entity is typed with its core class and, where known, a subclass (``nv:Region``), has its
  canonical ``rdfs:label`` and every other form as ``skos:altLabel``, and is ``nv:mentionedIn``
  each document that names it;
- every relation is a plain triple (``:p nv:worksFor :o``) and, beside it, an ``nv:Evidence``
  node that reifies it (``rdf:subject``/``rdf:predicate``/``rdf:object``) with the document
  (``prov:wasDerivedFrom``), character offsets into the original text, the quote, the confidence
  and the extractor rule; every mention is evidence of ``nv:mentionedIn`` the same way.

No blank nodes: evidence IRIs are hashes of what they state, so rebuilds give the same bytes.
"""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal

import pyoxigraph as ox

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from ..extract.patterns import is_board
from ..extract.record import DocumentRecord, Evidence
from ..ontology import NV
from .resolve import BASE, Node, Resolved, Where, document_iri
from .serialise import rdflib_term

WD = Namespace("http://www.wikidata.org/entity/")
MEDIA_TYPES = {"text": "text/plain", "markdown": "text/markdown", "pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
               "html": "text/html", "vtt": "text/vtt", "srt": "application/x-subrip"}
SUBTYPES = {"Region": NV.Region, "Municipality": NV.Municipality, "NationalBody": NV.NationalBody,
            "OrganisationalUnit": NV.OrganisationalUnit, "ResearchOrganisation": NV.ResearchOrganisation}
PREDICATES = {"worksFor": NV.worksFor, "title": NV.title, "leads": NV.leads,
              "participatesIn": NV.participatesIn, "partOf": NV.partOf}


def bind(g: Graph) -> None:
    g.bind("nv", NV._NS)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("owl", OWL)
    g.bind("wd", WD)
    g.bind("id", Namespace(BASE))


# The build writes Oxigraph terms directly: an rdflib Dataset costs most of a large build's time
# (adding 700k triples to its indexes took 34 s where these sets take under two).
_NN = ox.NamedNode
_RDF_TYPE, _RDFS_LABEL, _ALT = _NN(str(RDF.type)), _NN(str(RDFS.label)), _NN(str(SKOS.altLabel))
_XSD_INTEGER, _XSD_DECIMAL = _NN(str(XSD.integer)), _NN(str(XSD.decimal))
_EVIDENCE_TERMS = {name: _NN(str(term)) for name, term in {
    "Evidence": NV.Evidence, "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
    "derived": PROV.wasDerivedFrom, "start": NV.startOffset, "end": NV.endOffset, "quote": NV.quote,
    "confidence": NV.confidence, "rule": NV.rule}.items()}


def _nv(name: str) -> ox.NamedNode:
    return _NN(f"{NV._NS}{name}")


def _evidence_iri(*parts: object) -> ox.NamedNode:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return _NN(f"{BASE}evidence/{digest}")


# Control and invisible characters (zero-width, soft hyphen, BOM) are dropped from quotes: they
# cannot be seen, and XML-based exports (GraphML, GEXF) may not carry them at all.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def visible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def _evidence(g: set, doc: ox.NamedNode, s: ox.NamedNode, p: ox.NamedNode, o, e: Evidence) -> None:
    a, b, rule, confidence = e.start, e.end, e.rule, e.confidence
    # the IRI hashes what rdflib wrote for these terms before the build moved to Oxigraph: same IRIs
    ev = _evidence_iri(doc.value, s.value, p.value, o.value, a, b, rule)
    T = _EVIDENCE_TERMS
    g.update((
        ox.Triple(ev, _RDF_TYPE, T["Evidence"]), ox.Triple(ev, T["subject"], s), ox.Triple(ev, T["predicate"], p),
        ox.Triple(ev, T["object"], o), ox.Triple(ev, T["derived"], doc),
        ox.Triple(ev, T["start"], ox.Literal(str(a), datatype=_XSD_INTEGER)),
        ox.Triple(ev, T["end"], ox.Literal(str(b), datatype=_XSD_INTEGER)),
        ox.Triple(ev, T["quote"], ox.Literal(visible(e.quote))),
        ox.Triple(ev, T["confidence"], ox.Literal(str(Decimal(str(round(confidence, 2)))), datatype=_XSD_DECIMAL)),
        ox.Triple(ev, T["rule"], ox.Literal(rule)),
    ))


def _describe_document(g: set, doc: ox.NamedNode, d: DocumentRecord) -> None:
    g.update((
        ox.Triple(doc, _RDF_TYPE, _nv("Document")),
        ox.Triple(doc, _nv("fileName"), ox.Literal(d.name)),
        ox.Triple(doc, _NN(str(DCTERMS.title)), ox.Literal(visible(d.title) or d.name)),
        ox.Triple(doc, _nv("sha256"), ox.Literal(d.sha256)),
        ox.Triple(doc, _NN(str(DCTERMS["format"])), ox.Literal(MEDIA_TYPES.get(d.format, "text/plain"))),
    ))
    # a photographer or a byline's writer: credited for the document, no actor in what it tells
    g.update(ox.Triple(doc, _NN(str(DCTERMS.contributor)), ox.Literal(name)) for name in d.credits)


def document_graph(rec: DocumentRecord, nodes: dict[str, Node], where: Where,
                   min_confidence: float = 0.0) -> set[ox.Triple]:
    """What one document states, as Oxigraph triples: the document, its entities (as resolved
    across the corpus: ``nodes`` and ``where`` from resolve_nodes) and its facts, each with evidence."""
    doc_iri = document_iri(rec.sha256)
    doc = _NN(doc_iri)
    g: set[ox.Triple] = set()
    _describe_document(g, doc, rec)
    here: dict[str, tuple[set[str], list[Evidence]]] = {}  # node IRI -> names written here, mentions here
    local = {e.key: where[(doc_iri, e.key)] for e in rec.entities}  # a fact joins entities of its own document
    for e in rec.entities:
        forms, mentions = here.setdefault(local[e.key], (set(), []))
        forms.update({e.name, *e.aliases})
        mentions.extend(e.mentions)
    same_as, mentioned, resolution = _NN(str(OWL.sameAs)), _nv("mentionedIn"), _nv("resolutionRule")
    for iri, (forms, mentions) in sorted(here.items()):
        node, s = nodes[iri], _NN(iri)
        g.add(ox.Triple(s, _RDF_TYPE, _nv(node.kind)))
        if node.subtype in SUBTYPES:
            g.add(ox.Triple(s, _RDF_TYPE, _NN(str(SUBTYPES[node.subtype]))))
        if node.kind == "Organisation" and is_board(node.label):  # "Socialnämnden": a unit its members sit on
            g.add(ox.Triple(s, _RDF_TYPE, _nv("OrganisationalUnit")))
            g.add(ox.Triple(s, _RDF_TYPE, _nv("Board")))
        g.add(ox.Triple(s, _RDFS_LABEL, ox.Literal(node.label)))
        for form in sorted(forms):
            if form != node.label:
                g.add(ox.Triple(s, _ALT, ox.Literal(form)))
        for code, value in sorted(node.codes.items()):
            if code == "wikidata":
                g.add(ox.Triple(s, same_as, _NN(f"{WD}{value}")))
            elif code in ("lanskod", "kommunkod"):
                g.add(ox.Triple(s, _nv(code), ox.Literal(value)))
        g.add(ox.Triple(s, mentioned, doc))
        for rule in sorted(node.rules):
            g.add(ox.Triple(s, resolution, ox.Literal(rule)))
        for m in mentions:
            if m.confidence >= min_confidence:
                _evidence(g, doc, s, mentioned, doc, m)
    for fact in rec.facts:
        subject = local.get(fact.subject)
        obj = fact.object if fact.predicate == "title" else local.get(fact.object)  # type: ignore[arg-type]
        if not (subject and obj) or fact.evidence.confidence < min_confidence:
            continue
        s, p = _NN(subject), _NN(str(PREDICATES[fact.predicate]))
        o = ox.Literal(obj) if fact.predicate == "title" else _NN(obj)
        g.add(ox.Triple(s, p, o))
        _evidence(g, doc, s, p, o, fact.evidence)
    return g


def build_graphs(resolved: Resolved, records: list[DocumentRecord],
                 min_confidence: float = 0.0) -> dict[str, set[ox.Triple]]:
    """The dataset as Oxigraph triples: a named graph (by IRI) per document holding what it states."""
    return {document_iri(rec.sha256): document_graph(rec, resolved.nodes, resolved.where, min_confidence)
            for rec in sorted(records, key=lambda r: document_iri(r.sha256))}


def merge(graphs: dict[str, set[ox.Triple]]) -> set[ox.Triple]:
    """All document graphs merged into one set of triples (what graph.ttl holds)."""
    return set().union(*graphs.values())


def to_rdflib(graphs: dict[str, set[ox.Triple]]) -> Dataset:
    """The same dataset as an rdflib Dataset, for scripts and tests that use rdflib."""
    ds = Dataset()
    bind(ds)
    for name, triples in sorted(graphs.items()):
        g = ds.graph(URIRef(name))
        for t in triples:
            g.add((rdflib_term(t.subject), rdflib_term(t.predicate), rdflib_term(t.object)))
    return ds


def build_dataset(resolved: Resolved, records: list[DocumentRecord], min_confidence: float = 0.0) -> Dataset:
    """The dataset as rdflib: a named graph per document holding what that document states."""
    return to_rdflib(build_graphs(resolved, records, min_confidence))


def union(ds: Dataset) -> Graph:
    """All named graphs merged into one graph (what graph.ttl holds)."""
    g = Graph()
    bind(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
