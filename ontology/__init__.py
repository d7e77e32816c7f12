"""The Nära vård ontology, kept as Turtle data with a closed Python namespace over it.

`naravard.ttl` is the single source of truth. `NV` lists the same terms so that a typo in
code (`NV.workFor`) raises instead of minting a new IRI; a test fails when the two drift.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import DefinedNamespace, Namespace

__all__ = ["NV", "ONTOLOGY_PATH", "SHAPES_PATH", "load_ontology", "load_shapes"]

ONTOLOGY_PATH = Path(__file__).with_name("naravard.ttl")
SHAPES_PATH = Path(__file__).with_name("shapes.ttl")


class NV(DefinedNamespace):
    """Terms of https://w3id.org/naravard/ontology# (see naravard.ttl for their meaning)."""

    _fail = True
    _NS = Namespace("https://w3id.org/naravard/ontology#")

    # Classes
    Person: URIRef
    Organisation: URIRef
    Region: URIRef
    Municipality: URIRef
    NationalBody: URIRef
    OrganisationalUnit: URIRef
    ResearchOrganisation: URIRef
    Board: URIRef
    Project: URIRef
    CollaborationForum: URIRef
    Document: URIRef
    Evidence: URIRef

    # Object properties
    worksFor: URIRef
    leads: URIRef
    chairs: URIRef
    coordinates: URIRef
    participatesIn: URIRef
    partOf: URIRef
    mentionedIn: URIRef

    # Datatype properties
    title: URIRef
    fileName: URIRef
    sha256: URIRef
    startOffset: URIRef
    endOffset: URIRef
    quote: URIRef
    confidence: URIRef
    rule: URIRef
    resolutionRule: URIRef
    lanskod: URIRef
    kommunkod: URIRef


def _load(path: Path) -> Graph:
    graph = Graph()
    graph.parse(path, format="turtle")
    return graph


def load_ontology() -> Graph:
    """Return a fresh graph of the ontology, so callers may add to it without sharing state."""
    return _load(ONTOLOGY_PATH)


def load_shapes() -> Graph:
    """Return a fresh graph of the SHACL shapes that check data written with these terms."""
    return _load(SHAPES_PATH)
