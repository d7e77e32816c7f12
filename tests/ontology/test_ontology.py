"""The ontology file, its Python namespace and the shapes must agree with each other."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SH

import naravard
from naravard.ontology import NV, load_ontology, load_shapes

ORG = "http://www.w3.org/ns/org#"
SDO = Namespace("https://schema.org/")  # plain: rdflib's SDO warns when pytest probes it
ONTOLOGY_IRI = URIRef("https://w3id.org/naravard/ontology")
ONTOLOGY = load_ontology()
SHAPES = load_shapes()


def nv_terms(graph: Graph) -> set[URIRef]:
    """Every nv: IRI the graph uses, in any position."""
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(str(NV))
    }


def superclasses(cls: URIRef) -> set[URIRef]:
    return set(ONTOLOGY.transitive_objects(cls, RDFS.subClassOf)) - {cls}


def test_header_names_the_version_the_package_has():
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ONTOLOGY
    assert ONTOLOGY.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        f"https://w3id.org/naravard/ontology/{naravard.__version__}"
    )
    assert ONTOLOGY.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(naravard.__version__)
    titles = {t.language for t in ONTOLOGY.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert titles == {"sv", "en"}
    for prop in (DCTERMS.description, DCTERMS.license, DCTERMS.created):
        assert ONTOLOGY.value(ONTOLOGY_IRI, prop) is not None, prop


@pytest.mark.parametrize("term", sorted(nv_terms(ONTOLOGY)), ids=lambda t: t.fragment)
def test_every_term_has_one_swedish_and_one_english_label_and_comment(term):
    for prop in (RDFS.label, RDFS.comment):
        languages = sorted(
            value.language for value in ONTOLOGY.objects(term, prop) if isinstance(value, Literal)
        )
        assert languages == ["en", "sv"], f"{term.fragment} {prop.fragment}: {languages}"


@pytest.mark.parametrize("term", sorted(nv_terms(ONTOLOGY)), ids=lambda t: t.fragment)
def test_every_term_used_is_declared_in_this_ontology(term):
    kinds = set(ONTOLOGY.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in ONTOLOGY


def test_python_namespace_and_turtle_list_the_same_terms():
    in_python = {URIRef(term) for term in dir(NV)}
    in_turtle = nv_terms(ONTOLOGY)
    assert in_python - in_turtle == set(), "in NV but not in naravard.ttl"
    assert in_turtle - in_python == set(), "in naravard.ttl but not in NV"


def test_unknown_term_is_an_error_not_a_new_iri():
    with pytest.raises(AttributeError):
        NV.Nonexistent
    with pytest.raises(AttributeError):
        NV["workFor"]
    assert NV.worksFor == URIRef("https://w3id.org/naravard/ontology#worksFor")


@pytest.mark.parametrize(
    "subclass",
    [NV.Region, NV.Municipality, NV.NationalBody, NV.OrganisationalUnit, NV.ResearchOrganisation, NV.Board],
    ids=lambda t: t.fragment,
)
def test_organisation_kinds_are_organisations(subclass):
    assert NV.Organisation in superclasses(subclass)


@pytest.mark.parametrize(
    "subject, predicate, obj",
    [
        (NV.Person, RDFS.subClassOf, FOAF.Person),
        (NV.Person, RDFS.subClassOf, SDO.Person),
        (NV.Person, RDFS.subClassOf, PROV.Agent),
        (NV.Organisation, RDFS.subClassOf, URIRef(ORG + "Organization")),
        (NV.Organisation, RDFS.subClassOf, FOAF.Organization),
        (NV.Organisation, RDFS.subClassOf, SDO.Organization),
        (NV.Organisation, RDFS.subClassOf, PROV.Agent),
        (NV.OrganisationalUnit, RDFS.subClassOf, URIRef(ORG + "OrganizationalUnit")),
        (NV.Region, RDFS.subClassOf, SDO.GovernmentOrganization),
        (NV.Municipality, RDFS.subClassOf, SDO.GovernmentOrganization),
        (NV.Project, RDFS.subClassOf, SDO.Project),
        (NV.CollaborationForum, RDFS.subClassOf, URIRef(ORG + "OrganizationalCollaboration")),
        (NV.Document, RDFS.subClassOf, FOAF.Document),
        (NV.Document, RDFS.subClassOf, SDO.CreativeWork),
        (NV.Document, RDFS.subClassOf, PROV.Entity),
        (NV.Evidence, RDFS.subClassOf, RDF.Statement),
        (NV.Evidence, RDFS.subClassOf, PROV.Entity),
        (NV.worksFor, RDFS.subPropertyOf, URIRef(ORG + "memberOf")),
        (NV.worksFor, RDFS.subPropertyOf, SDO.worksFor),
        (NV.chairs, RDFS.subPropertyOf, NV.leads),
        (NV.coordinates, RDFS.subPropertyOf, NV.leads),
        (NV.partOf, RDF.type, OWL.TransitiveProperty),
        (NV.partOf, RDFS.subPropertyOf, DCTERMS.isPartOf),
        (NV.partOf, RDFS.subPropertyOf, SDO.isPartOf),
        (NV.title, RDFS.subPropertyOf, SDO.jobTitle),
        (NV.mentionedIn, RDFS.range, NV.Document),
    ],
)
def test_alignment_axiom(subject, predicate, obj):
    assert (subject, predicate, obj) in ONTOLOGY


@pytest.mark.parametrize(
    "cls", [NV.Person, NV.Organisation, NV.Project, NV.CollaborationForum], ids=lambda t: t.fragment
)
def test_the_four_scored_kinds_are_not_subclasses_of_each_other(cls):
    # The scorer counts subclasses as their superclass: a forum must never score as an organisation.
    others = {NV.Person, NV.Organisation, NV.Project, NV.CollaborationForum} - {cls}
    assert superclasses(cls) & others == set()


def test_part_of_is_not_declared_an_organisation_only_relation():
    # nv:partOf also links projects, so org:subOrganizationOf would type projects as organisations.
    wider = set(ONTOLOGY.transitive_objects(NV.partOf, RDFS.subPropertyOf))
    assert URIRef(ORG + "subOrganizationOf") not in wider
    assert URIRef(ORG + "unitOf") not in wider


def test_loaders_return_independent_graphs():
    first = load_ontology()
    first.add((NV.Person, RDFS.label, Literal("changed")))
    assert (NV.Person, RDFS.label, Literal("changed")) not in load_ontology()


def shape_nodes() -> list:
    """Node shapes, property shapes and SPARQL constraints: everything that reports a result."""
    nodes = set(SHAPES.subjects(RDF.type, SH.NodeShape))
    nodes |= set(SHAPES.subjects(RDF.type, SH.PropertyShape))
    nodes |= set(SHAPES.subjects(SH.path, None))
    nodes |= set(SHAPES.objects(None, SH.sparql))
    return sorted(nodes, key=lambda n: (str(SHAPES.value(n, SH.path)), str(n)))


def test_shapes_parse_and_there_is_one_per_kind():
    targeted = set(SHAPES.objects(None, SH.targetClass))
    kinds = {NV.Person, NV.Organisation, NV.Project, NV.CollaborationForum}
    assert kinds | {NV.Document, NV.Evidence} <= targeted


@pytest.mark.parametrize("shape", shape_nodes())
def test_every_shape_has_a_plain_english_message(shape):
    messages = [m for m in SHAPES.objects(shape, SH.message) if isinstance(m, Literal)]
    assert messages, f"no sh:message on {shape} (path {SHAPES.value(shape, SH.path)})"
    for message in messages:
        assert message.language in (None, "en")
        assert "sh:" not in message and "shape" not in message.lower()


def test_shapes_use_only_terms_the_ontology_defines():
    assert nv_terms(SHAPES) - nv_terms(ONTOLOGY) == set()
