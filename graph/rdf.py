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
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from ..extract.record import DocumentRecord, Evidence
from ..ontology import NV
from .resolve import BASE, Resolved, document_iri

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


def _evidence_iri(*parts: object) -> URIRef:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{BASE}evidence/{digest}")


def _evidence(g: Graph, doc: URIRef, s: URIRef, p: URIRef, o, e: Evidence) -> None:
    a, b, rule, confidence = e.start, e.end, e.rule, e.confidence
    ev = _evidence_iri(doc, s, p, o, a, b, rule)
    g.add((ev, RDF.type, NV.Evidence))
    g.add((ev, RDF.subject, s))
    g.add((ev, RDF.predicate, p))
    g.add((ev, RDF.object, o))
    g.add((ev, PROV.wasDerivedFrom, doc))
    g.add((ev, NV.startOffset, Literal(a)))
    g.add((ev, NV.endOffset, Literal(b)))
    g.add((ev, NV.quote, Literal(e.quote)))
    g.add((ev, NV.confidence, Literal(Decimal(str(round(confidence, 2))), datatype=XSD.decimal)))
    g.add((ev, NV.rule, Literal(rule)))


def _describe_document(g: Graph, doc: URIRef, d: DocumentRecord) -> None:
    g.add((doc, RDF.type, NV.Document))
    g.add((doc, NV.fileName, Literal(d.name)))
    g.add((doc, DCTERMS.title, Literal(d.title or d.name)))
    g.add((doc, NV.sha256, Literal(d.sha256)))
    g.add((doc, DCTERMS["format"], Literal(MEDIA_TYPES.get(d.format, "text/plain"))))


def build_dataset(resolved: Resolved, records: list[DocumentRecord], min_confidence: float = 0.0) -> Dataset:
    """The dataset: a named graph per document holding what that document states."""
    ds = Dataset()
    bind(ds)
    by_doc = {document_iri(r.sha256): r for r in records}
    for doc_iri, rec in sorted(by_doc.items()):
        doc = URIRef(doc_iri)
        g = ds.graph(doc)
        _describe_document(g, doc, rec)
    for iri, node in sorted(resolved.nodes.items()):
        s = URIRef(iri)
        for doc_iri, mentions in sorted(node.mentions.items()):
            doc = URIRef(doc_iri)
            g = ds.graph(doc)
            g.add((s, RDF.type, NV[node.kind]))
            if node.subtype in SUBTYPES:
                g.add((s, RDF.type, SUBTYPES[node.subtype]))
            g.add((s, RDFS.label, Literal(node.label)))
            for form in sorted(node.forms.get(doc_iri, ())):
                if form != node.label:
                    g.add((s, SKOS.altLabel, Literal(form)))
            for code, value in sorted(node.codes.items()):
                if code == "wikidata":
                    g.add((s, OWL.sameAs, WD[value]))
                elif code in ("lanskod", "kommunkod"):
                    g.add((s, NV[code], Literal(value)))
            g.add((s, NV.mentionedIn, doc))
            for rule in sorted(node.rules):
                g.add((s, NV.resolutionRule, Literal(rule)))
            for m in mentions:
                if m.confidence >= min_confidence:
                    _evidence(g, doc, s, NV.mentionedIn, doc, m)
    for st in resolved.statements:
        if st.evidence.confidence < min_confidence:
            continue
        doc = URIRef(st.document)
        g = ds.graph(doc)
        s = URIRef(st.subject)
        p = PREDICATES[st.predicate]
        o = Literal(st.object) if st.predicate == "title" else URIRef(st.object)
        g.add((s, p, o))
        _evidence(g, doc, s, p, o, st.evidence)
    return ds


def union(ds: Dataset) -> Graph:
    """All named graphs merged into one graph (what graph.ttl holds)."""
    g = Graph()
    bind(g)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
