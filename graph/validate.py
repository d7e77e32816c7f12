"""Check a built graph against the Nära vård shapes and say what is wrong in plain words.

pyshacl runs with the ontology as `ont_graph` and no inference. The data asserts the core
class next to any subclass (`a nv:Organisation, nv:Region`), and sh:class and sh:targetClass
already follow the ontology's rdfs:subClassOf once it is mixed in, so RDFS inference would add
nothing the shapes need. It would do harm: the rdfs:range of nv:worksFor would make a
project that someone "works for" an organisation, and the mistake would pass unseen.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from naravard.ontology import NV, load_ontology, load_shapes

__all__ = ["Violation", "validate"]

_PREFIXES = {
    "nv": str(NV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

# What a coordinator would recognise a node by, best first.
_NAME_PROPERTIES = (RDFS.label, SKOS.prefLabel, NV.fileName, DCTERMS.title)


@dataclass(frozen=True)
class Violation:
    """One problem the shapes found, already translated out of SHACL's report vocabulary."""

    focus: str
    label: str | None
    kind: str | None
    path: str | None
    message: str
    severity: str = "Violation"

    def describe(self) -> str:
        """One line that says which node is wrong and how, e.g. for a log or a review list."""
        who = self.kind or "Node"
        if self.label:
            who = f'{who} "{self.label}"'
        line = f"{who} ({self.focus}): {self.message}"
        if self.path:
            line = f"{line} ({self.path})"
        if self.severity != "Violation":
            line = f"{self.severity}: {line}"
        return line


def validate(data: Graph) -> list[Violation]:
    """Return each problem in `data` once per node, property and message; [] when it conforms.

    A Dataset is checked as the union of its named graphs, as the scorer reads it: a
    document's graph may name an organisation that only another document's graph types.
    The caller's graph is not changed: pyshacl mixes the ontology into a copy.
    """
    data = _merged(data)
    ontology = _ontology()
    _, report, _ = pyshacl.validate(
        data,
        shacl_graph=_shapes(),
        ont_graph=ontology,
        inference="none",
        advanced=True,  # SHACL-AF SPARQL targets keep the SPARQL checks fast
        abort_on_first=False,
        allow_warnings=False,
        meta_shacl=False,
    )
    if not isinstance(report, Graph):  # pyshacl hands back its ValidationFailure
        raise RuntimeError(f"the SHACL shapes could not be run: {report}")
    found = {
        _violation(report, result, data, ontology)
        for result in report.objects(None, SH.result)
    }
    return sorted(found, key=lambda v: (v.focus, v.path or "", v.message, v.severity))


def _merged(data: Graph) -> Graph:
    # pyshacl would validate each named graph on its own.
    if not isinstance(data, ConjunctiveGraph):
        return data
    merged = Graph()
    for subject, predicate, obj, _ in data.quads((None, None, None, None)):
        merged.add((subject, predicate, obj))
    return merged


@cache
def _ontology() -> Graph:
    return load_ontology()


@cache
def _shapes() -> Graph:
    return load_shapes()


def _violation(report: Graph, result: Node, data: Graph, ontology: Graph) -> Violation:
    focus = report.value(result, SH.focusNode)
    path = report.value(result, SH.resultPath)
    severity = report.value(result, SH.resultSeverity, default=SH.Violation)
    return Violation(
        focus=_show_node(focus),
        label=_first_literal(data, focus, _NAME_PROPERTIES),
        kind=_kind(data, ontology, focus),
        path=_compact(path) if isinstance(path, URIRef) else None,
        message=_message(report, result),
        severity=str(severity).rpartition("#")[2],
    )


def _message(report: Graph, result: Node) -> str:
    messages = [m for m in report.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    if not messages:
        return "Does not meet the shape " + _show_node(report.value(result, SH.sourceShape))
    english_first = sorted(messages, key=lambda m: (m.language not in (None, "en"), str(m)))
    return str(english_first[0])


def _first_literal(graph: Graph, node: Node | None, properties: tuple[URIRef, ...]) -> str | None:
    if node is None:
        return None
    for prop in properties:
        values = [v for v in graph.objects(node, prop) if isinstance(v, Literal) and str(v)]
        if values:
            # Swedish or untagged names first: they are what the documents call the thing.
            values.sort(key=lambda v: (v.language not in (None, "sv"), str(v)))
            return str(values[0])
    return None


def _kind(data: Graph, ontology: Graph, node: Node | None) -> str | None:
    """The English names of the node's most specific nv: classes, e.g. "Region"."""
    if node is None:
        return None
    classes = {c for c in data.objects(node, RDF.type) if isinstance(c, URIRef) and c in NV}
    ancestors = {
        ancestor
        for c in classes
        for ancestor in ontology.transitive_objects(c, RDFS.subClassOf)
        if ancestor != c
    }
    specific = sorted(classes - ancestors)
    names = [_english_label(ontology, c) for c in specific]
    return "/".join(names) if names else None


def _english_label(ontology: Graph, term: URIRef) -> str:
    for label in ontology.objects(term, RDFS.label):
        if isinstance(label, Literal) and label.language == "en":
            return str(label)
    return _compact(term)


def _compact(term: URIRef) -> str:
    for prefix, namespace in _PREFIXES.items():
        if term.startswith(namespace):
            return f"{prefix}:{term[len(namespace):]}"
    return str(term)


def _show_node(node: Node | None) -> str:
    if isinstance(node, BNode):
        return f"_:{node}"
    return str(node) if node is not None else "(unknown node)"
