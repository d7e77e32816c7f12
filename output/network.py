"""The RDF graph seen as a network of actors and initiatives.

Views (the HTML page, analytics) want nodes and edges, not triples. This module is the one place
that decides which resources are nodes and which triples are edges, so every view agrees; it is
pure and deterministic (nodes and edges are added in sorted order) so that the same graph always
gives the same view.
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
import rdflib
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

NV = rdflib.Namespace("https://w3id.org/naravard/ontology#")

# Core classes in order of precedence, should an entity carry more than one.
KINDS = ("Person", "Organisation", "Project", "CollaborationForum")
# Subclasses of the core classes a view may want to tell apart, in order of precedence.
SUBTYPES = {
    "Region": "Organisation",
    "Municipality": "Organisation",
    "NationalBody": "Organisation",
    "ResearchOrganisation": "Organisation",
    "OrganisationalUnit": "Organisation",
}
RELATIONS = ("worksFor", "leads", "chairs", "coordinates", "participatesIn", "partOf")
_RELATIONS = frozenset(str(NV[name]) for name in RELATIONS)


_UNUSED = frozenset(str(NV[name]) for name in ("startOffset", "endOffset", "confidence", "rule", "resolutionRule",
                                               "sha256")) | {"http://www.w3.org/2002/07/owl#sameAs",
                                                             "http://purl.org/dc/terms/format"}


class TripleIndex:
    """The few rdflib Graph lookups this module makes, over Oxigraph triples: objects and values of
    any subject, subjects only of a type, subject-object pairs only of the relations drawn.

    A build holds its graph as Oxigraph triples; loading them into an rdflib Graph only to draw
    the view would cost more than the rest of the build.
    """

    def __init__(self, triples) -> None:
        from ..graph.serialise import rdflib_term

        memo: dict = {}

        def term(t):
            found = memo.get(t)
            if found is None:
                found = memo[t] = rdflib_term(t)
            return found

        self._sp: dict = defaultdict(list)  # (s, p) -> objects
        self._po: dict = defaultdict(list)  # (rdf:type, o) -> subjects
        self._p: dict = defaultdict(list)  # relation -> (s, o)
        rdf_type = str(RDF.type)
        for t in triples:
            predicate = t.predicate.value
            if predicate in _UNUSED:
                continue  # offsets, confidences, rules, digests: nothing the view draws
            s, p, o = term(t.subject), term(t.predicate), term(t.object)
            self._sp[(s, p)].append(o)
            if predicate == rdf_type:
                self._po[(p, o)].append(s)
            elif predicate in _RELATIONS:
                self._p[p].append((s, o))

    def subjects(self, predicate, obj):
        return iter(self._po.get((predicate, obj), ()))

    def objects(self, subject, predicate):
        return iter(self._sp.get((subject, predicate), ()))

    def subject_objects(self, predicate):
        return iter(self._p.get(predicate, ()))

    def value(self, subject, predicate):
        found = self._sp.get((subject, predicate))
        return found[0] if found else None


def to_networkx(graph, quotes: dict[tuple[str, str, str], set[tuple[str, str]]] | None = None) -> nx.MultiDiGraph:
    """Nodes are typed entities keyed by IRI; edges are relation triples between two of them.

    ``graph`` is an rdflib Graph or Oxigraph triples, in any iterable (what a build holds). A relation
    whose other end is not a typed entity is left out: a view cannot draw it. The quotes on the
    edges come from the evidence in ``graph``, or from ``quotes`` when a build gathered them
    (statement IRIs -> document IRIs and quotes) while it wrote the evidence out.
    """
    if not isinstance(graph, (rdflib.Graph, TripleIndex)):
        graph = TripleIndex(graph)
    kinds = _kinds(graph)
    documents = _document_names(graph)
    if quotes is None:
        evidence = _evidence(graph, documents)
    else:  # a build's quotes by statement, gathered as it wrote the evidence (graph.dataset)
        evidence = defaultdict(list, {
            (rdflib.URIRef(s), rdflib.URIRef(p), rdflib.URIRef(o)):
                sorted({(documents.get(rdflib.URIRef(doc), doc), quote) for doc, quote in found})
            for (s, p, o), found in quotes.items() if p.startswith(str(NV)) and p[len(str(NV)):] in RELATIONS})
    network = nx.MultiDiGraph()
    for node in sorted(kinds):
        kind, subtype = kinds[node]
        network.add_node(
            str(node),
            label=_label(graph, node),
            kind=kind,
            subtype=subtype,
            aliases=_strings(graph.objects(node, SKOS.altLabel)),
            titles=_strings(graph.objects(node, NV.title)),
            documents=sorted(
                {documents.get(doc, str(doc)) for doc in graph.objects(node, NV.mentionedIn)}
            ),
            # Official codes tie a municipality to its region (kommunkod starts with the lanskod).
            lanskod=_first(graph, node, NV.lanskod),
            kommunkod=_first(graph, node, NV.kommunkod),
        )
    edges = []
    for relation in RELATIONS:
        for subject, obj in graph.subject_objects(NV[relation]):
            if subject in kinds and obj in kinds:
                found = evidence[(subject, NV[relation], obj)]
                edges.append((str(subject), str(obj), relation, found))
    for subject, obj, relation, found in sorted(edges):
        network.add_edge(subject, obj, key=relation, relation=relation, evidence=sorted(found))
    return network


def _kinds(graph: rdflib.Graph) -> dict[rdflib.URIRef, tuple[str, str | None]]:
    types: dict[rdflib.URIRef, set[str]] = defaultdict(set)
    for name in (*KINDS, *SUBTYPES):
        for node in graph.subjects(RDF.type, NV[name]):
            if isinstance(node, rdflib.URIRef):
                types[node].add(name)
    result = {}
    for node, names in types.items():
        subtype = next((s for s in SUBTYPES if s in names), None)
        kind = next((k for k in KINDS if k in names), None) or SUBTYPES[subtype]
        result[node] = (kind, subtype)
    return result


def _label(graph: rdflib.Graph, node: rdflib.URIRef) -> str:
    labels = _strings(graph.objects(node, RDFS.label))
    if labels:
        return labels[0]
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _first(graph: rdflib.Graph, node: rdflib.URIRef, predicate: rdflib.URIRef) -> str | None:
    values = _strings(graph.objects(node, predicate))
    return values[0] if values else None


def _strings(values) -> list[str]:
    return sorted({str(value) for value in values})


def _document_names(graph: rdflib.Graph) -> dict[rdflib.term.Node, str]:
    """File names are what users recognise; a document without one falls back to its title."""
    names = {}
    for doc in graph.subjects(RDF.type, NV.Document):
        found = _strings(graph.objects(doc, NV.fileName)) or _strings(
            graph.objects(doc, DCTERMS.title)
        )
        if found:
            names[doc] = found[0]
    return names


def _evidence(graph: rdflib.Graph, documents: dict) -> dict[tuple, list[tuple[str, str]]]:
    found: dict[tuple, set[tuple[str, str]]] = defaultdict(set)
    for item in graph.subjects(RDF.type, NV.Evidence):
        subject = graph.value(item, RDF.subject)
        predicate = graph.value(item, RDF.predicate)
        obj = graph.value(item, RDF.object)
        if subject is None or predicate is None or obj is None:
            continue
        quote = str(graph.value(item, NV.quote) or "")
        sources = list(graph.objects(item, PROV.wasDerivedFrom)) or [None]
        for doc in sources:
            name = "" if doc is None else documents.get(doc, str(doc))
            found[(subject, predicate, obj)].add((name, quote))
    return defaultdict(list, {key: sorted(value) for key, value in found.items()})
