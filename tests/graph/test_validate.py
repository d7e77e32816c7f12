"""validate() must pass a well-formed graph and name each mistake in words a coordinator reads."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Dataset, Graph, Literal, Namespace
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS

from naravard.graph.validate import Violation, validate
from naravard.ontology import NV

PERSON = Namespace("https://w3id.org/naravard/id/person/")
ORGANISATION = Namespace("https://w3id.org/naravard/id/organisation/")
PROJECT = Namespace("https://w3id.org/naravard/id/project/")
FORUM = Namespace("https://w3id.org/naravard/id/forum/")
DOCUMENT = Namespace("https://w3id.org/naravard/id/document/")
EVIDENCE = Namespace("https://w3id.org/naravard/id/evidence/")

ANNA = PERSON["anna-berg"]
REGION = ORGANISATION["region-vastmanland"]
PROGRAM = PROJECT["program-nara-vard"]
DOC = DOCUMENT["1a2b3c4d5e6f7a8b"]
EMPLOYER_EVIDENCE = EVIDENCE["9f8e7d6c5b4a3210"]

VALID = """
@prefix nv: <https://w3id.org/naravard/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix person: <https://w3id.org/naravard/id/person/> .
@prefix organisation: <https://w3id.org/naravard/id/organisation/> .
@prefix project: <https://w3id.org/naravard/id/project/> .
@prefix document: <https://w3id.org/naravard/id/document/> .
@prefix evidence: <https://w3id.org/naravard/id/evidence/> .

document:1a2b3c4d5e6f7a8b a nv:Document ;
    nv:fileName "000_x.txt" ;
    dcterms:title "EP29 - Näravårdpodden" ;
    nv:sha256 "df27d4a619cfc597c78717f117b17840ad99ae7b29a006c08158855447ad07cf" ;
    dcterms:format "text/plain" .

person:anna-berg a nv:Person ;
    rdfs:label "Anna Berg" ;
    skos:altLabel "ANNA", "Anna" ;
    nv:title "programsamordnare" ;
    nv:worksFor organisation:region-vastmanland ;
    nv:coordinates project:program-nara-vard ;
    nv:mentionedIn document:1a2b3c4d5e6f7a8b .

organisation:region-vastmanland a nv:Organisation, nv:Region ;
    rdfs:label "Region Västmanland" ;
    nv:lanskod "19" ;
    nv:participatesIn project:program-nara-vard ;
    nv:mentionedIn document:1a2b3c4d5e6f7a8b .

project:program-nara-vard a nv:Project ;
    rdfs:label "Program Nära vård" ;
    nv:mentionedIn document:1a2b3c4d5e6f7a8b .

evidence:9f8e7d6c5b4a3210 a nv:Evidence ;
    rdf:subject person:anna-berg ;
    rdf:predicate nv:worksFor ;
    rdf:object organisation:region-vastmanland ;
    prov:wasDerivedFrom document:1a2b3c4d5e6f7a8b ;
    nv:startOffset 812 ;
    nv:endOffset 886 ;
    nv:quote "jag heter Anna Berg och arbetar som programsamordnare i Region Västmanland" ;
    nv:confidence 0.9 ;
    nv:rule "employer.introduction" .

evidence:0011223344556677 a nv:Evidence ;
    rdf:subject person:anna-berg ;
    rdf:predicate nv:title ;
    rdf:object "programsamordnare" ;
    prov:wasDerivedFrom document:1a2b3c4d5e6f7a8b ;
    nv:startOffset 0 ;
    nv:endOffset 28 ;
    nv:quote "Anna Berg, programsamordnare" ;
    nv:confidence 0.75 ;
    nv:rule "title.apposition" .
"""


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def test_a_well_formed_graph_has_no_violations():
    assert validate(valid_graph()) == []


def test_overlapping_kinds_and_subclass_only_typing_are_accepted():
    graph = valid_graph()
    reception = PROJECT["mottagningen-for-tidiga-insatser"]
    styrgrupp, samordningsgrupp = FORUM["styrgrupp"], FORUM["samordningsgrupp"]
    hsf = ORGANISATION["halso-och-sjukvardsforvaltningen"]
    # A reception the text leaves open between project and unit, part of a unit.
    graph.add((reception, RDF.type, NV.Project))
    graph.add((reception, RDF.type, NV.OrganisationalUnit))
    # Only the subclass: the ontology says a unit is an organisation.
    graph.add((hsf, RDF.type, NV.OrganisationalUnit))
    for node, name in [
        (reception, "Mottagningen för tidiga insatser"),
        (hsf, "Hälso- och sjukvårdsförvaltningen"),
        (styrgrupp, "Styrgrupp"),
        (samordningsgrupp, "Samordningsgrupp för Nära vård"),
    ]:
        graph.add((node, RDFS.label, Literal(name)))
        graph.add((node, NV.mentionedIn, DOC))
    graph.add((reception, NV.partOf, hsf))
    graph.add((reception, NV.partOf, PROGRAM))
    graph.add((hsf, NV.partOf, REGION))
    graph.add((ANNA, NV.worksFor, hsf))
    for forum in (styrgrupp, samordningsgrupp):
        graph.add((forum, RDF.type, NV.CollaborationForum))
    graph.add((styrgrupp, NV.partOf, samordningsgrupp))
    graph.add((ANNA, NV.chairs, styrgrupp))
    assert validate(graph) == []


def test_the_callers_graph_is_left_unchanged():
    graph = valid_graph()
    graph.set((EMPLOYER_EVIDENCE, NV.confidence, Literal(Decimal("1.5"))))
    before = Graph()
    for triple in graph:
        before.add(triple)
    assert validate(graph)
    assert isomorphic(graph, before)


def split_by_subject(graph: Graph) -> Dataset:
    """A dataset where the region's own triples sit in a named graph of their own."""
    dataset = Dataset()
    elsewhere = dataset.graph(DOCUMENT["other"])
    here = dataset.graph(DOC)
    for triple in graph:
        (elsewhere if triple[0] == REGION else here).add(triple)
    return dataset


def test_a_dataset_is_checked_as_the_union_of_its_named_graphs():
    assert validate(split_by_subject(valid_graph())) == []
    graph = valid_graph()
    graph.add((ANNA, NV.worksFor, PROGRAM))
    found = validate(split_by_subject(graph))
    assert [v.describe() for v in found] == [
        'Person "Anna Berg" (https://w3id.org/naravard/id/person/anna-berg): '
        "A person's employer must be an organisation (nv:worksFor)"
    ]


# The four mistakes the brief names: each yields exactly one line, naming the node and the problem.
def works_for_a_project(graph: Graph) -> None:
    graph.add((ANNA, NV.worksFor, PROGRAM))


def document_without_file_name(graph: Graph) -> None:
    graph.remove((DOC, NV.fileName, None))


def confidence_above_one(graph: Graph) -> None:
    graph.set((EMPLOYER_EVIDENCE, NV.confidence, Literal(Decimal("1.5"))))


def person_without_name(graph: Graph) -> None:
    graph.remove((ANNA, RDFS.label, None))


@pytest.mark.parametrize(
    "mistake, expected",
    [
        (
            works_for_a_project,
            'Person "Anna Berg" (https://w3id.org/naravard/id/person/anna-berg): '
            "A person's employer must be an organisation (nv:worksFor)",
        ),
        (
            document_without_file_name,
            'Document "EP29 - Näravårdpodden" '
            "(https://w3id.org/naravard/id/document/1a2b3c4d5e6f7a8b): "
            "A document must have exactly one file name (nv:fileName)",
        ),
        (
            confidence_above_one,
            "Evidence (https://w3id.org/naravard/id/evidence/9f8e7d6c5b4a3210): "
            "Evidence must have one confidence, a decimal number between 0 and 1 (nv:confidence)",
        ),
        (
            person_without_name,
            "Person (https://w3id.org/naravard/id/person/anna-berg): "
            "A person must have a name (rdfs:label)",
        ),
    ],
    ids=lambda x: getattr(x, "__name__", ""),
)
def test_named_mistake_is_reported_alone_in_plain_words(mistake, expected):
    graph = valid_graph()
    mistake(graph)
    assert [v.describe() for v in validate(graph)] == [expected]


BOSSE = PERSON["bosse"]


@pytest.mark.parametrize(
    "triples, focus, path, words",
    [
        ([(REGION, NV.worksFor, REGION)], REGION, None, "Only a person can have an employer"),
        ([(REGION, NV.title, Literal("direktör"))], REGION, None, "Only a person can have a job"),
        ([(ANNA, RDF.type, NV.Organisation)], ANNA, None, "cannot also be an organisation"),
        ([(ANNA, NV.participatesIn, REGION)], ANNA, "nv:participatesIn", "take part in a project"),
        ([(ANNA, NV.leads, DOC)], ANNA, "nv:leads", "can be led"),
        ([(REGION, NV.partOf, PROGRAM)], REGION, "nv:partOf", "an organisation of an organisation"),
        ([(ANNA, NV.title, Literal("samordnare", lang="sv"))], ANNA, "nv:title", "language tag"),
        ([(REGION, NV.lanskod, Literal("190"))], REGION, "nv:lanskod", "two-digit code"),
        (
            [(BOSSE, RDF.type, NV.Person), (BOSSE, RDFS.label, Literal("Bosse"))],
            BOSSE, "nv:mentionedIn", "mentioned in at least one source document",
        ),
        ([(DOC, NV.sha256, Literal("ABC"))], DOC, "nv:sha256", "64 lowercase hexadecimal"),
        (
            [(EMPLOYER_EVIDENCE, NV.confidence, Literal(0.9))],  # a float, not an xsd:decimal
            EMPLOYER_EVIDENCE, "nv:confidence", "a decimal number",
        ),
        (
            [(EMPLOYER_EVIDENCE, NV.startOffset, Literal(900))],
            EMPLOYER_EVIDENCE, "nv:startOffset", "starts after it ends",
        ),
        (
            [(EMPLOYER_EVIDENCE, NV.endOffset, Literal(880))],
            EMPLOYER_EVIDENCE, "nv:quote", "length does not match",
        ),
        ([(EMPLOYER_EVIDENCE, NV.rule, Literal(""))], EMPLOYER_EVIDENCE, "nv:rule", "rule"),
    ],
)
def test_each_shape_catches_its_mistake(triples, focus, path, words):
    graph = valid_graph()
    for subject, predicate, obj in triples:  # each replaces the node's values; types are added
        if predicate != RDF.type:
            graph.remove((subject, predicate, None))
        graph.add((subject, predicate, obj))
    found = validate(graph)
    matching = [v for v in found if v.focus == str(focus) and v.path == path and words in v.message]
    assert len(matching) == 1, [v.describe() for v in found]
    assert matching[0].severity == "Violation"


def test_kind_is_the_most_specific_class_in_words():
    graph = valid_graph()
    graph.set((REGION, NV.lanskod, Literal(19)))  # a number, not the text "19"
    (violation,) = validate(graph)
    assert violation.kind == "Region"
    assert violation.label == "Region Västmanland"
    assert violation.describe().startswith(
        'Region "Region Västmanland" '
        "(https://w3id.org/naravard/id/organisation/region-vastmanland): "
    )


def test_evidence_for_a_statement_missing_from_the_graph_is_a_warning():
    graph = valid_graph()
    graph.remove((ANNA, NV.worksFor, REGION))
    (warning,) = validate(graph)
    assert warning.severity == "Warning"
    assert warning.describe() == (
        "Warning: Evidence (https://w3id.org/naravard/id/evidence/9f8e7d6c5b4a3210): "
        "This evidence supports a statement that is not in the graph"
    )


def test_document_is_named_by_its_file_when_it_has_no_label():
    graph = valid_graph()
    graph.remove((DOC, DCTERMS.title, None))
    graph.set((DOC, NV.sha256, Literal("not a checksum")))
    (violation,) = validate(graph)
    assert violation.label == "000_x.txt"


def test_describe_without_kind_or_label():
    violation = Violation(
        focus="https://example.org/x", label=None, kind=None, path=None,
        message="Only a person can have a job title", severity="Violation",
    )
    expected = "Node (https://example.org/x): Only a person can have a job title"
    assert violation.describe() == expected
