import random

import rdflib
from rdflib.compare import isomorphic

from naravard.output.network import to_networkx

ID = "https://w3id.org/naravard/id/"
ANNA = ID + "person/anna-berg"
DALARNA = ID + "organisation/region-dalarna"
FALUN = ID + "organisation/falu-kommun"
TRYGG = ID + "project/projekt-trygg-hemgang"
FORUM = ID + "forum/samverkansgrupp-for-nara-vard"

FIXTURE = """
@prefix nv: <https://w3id.org/naravard/ontology#> .
@prefix id: <https://w3id.org/naravard/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .

<%(anna)s> a nv:Person ; rdfs:label "Anna Berg" ;
    skos:altLabel "Anna", "ANNA" ;
    nv:title "verksamhetschef", "projektledare" ;
    nv:worksFor <%(dalarna)s> ;
    nv:leads <%(trygg)s> ;
    nv:participatesIn <%(forum)s> ;
    nv:mentionedIn <%(id)sdocument/bbb>, <%(id)sdocument/aaa> .
<%(dalarna)s> a nv:Organisation, nv:Region ; rdfs:label "Region Dalarna" ; nv:lanskod "20" ;
    nv:participatesIn <%(forum)s> .
<%(falun)s> a nv:Organisation, nv:Municipality ; rdfs:label "Falu kommun" ; nv:kommunkod "2080" ;
    nv:participatesIn <%(forum)s> .
<%(trygg)s> a nv:Project ; rdfs:label "Projekt Trygg hemgång" ;
    nv:partOf <%(id)sproject/okand> .
<%(forum)s> a nv:CollaborationForum ; rdfs:label "Samverkansgrupp för Nära vård" .

<%(id)sdocument/aaa> a nv:Document ; nv:fileName "001_podd.txt" ; dcterms:title "Podden" .
<%(id)sdocument/bbb> a nv:Document ; nv:fileName "000_protokoll.txt" .

<%(id)sevidence/1> a nv:Evidence ; rdf:subject <%(anna)s> ; rdf:predicate nv:worksFor ;
    rdf:object <%(dalarna)s> ; prov:wasDerivedFrom <%(id)sdocument/aaa> ;
    nv:quote "jag heter Anna Berg och jobbar på Region Dalarna" ; nv:confidence 0.9 .
<%(id)sevidence/2> a nv:Evidence ; rdf:subject <%(anna)s> ; rdf:predicate nv:worksFor ;
    rdf:object <%(dalarna)s> ; prov:wasDerivedFrom <%(id)sdocument/bbb> ;
    nv:quote "Anna Berg, Region Dalarna" .
""" % {"anna": ANNA, "dalarna": DALARNA, "falun": FALUN, "trygg": TRYGG, "forum": FORUM, "id": ID}


def fixture_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=FIXTURE, format="turtle")


def test_one_node_per_entity_with_kind_and_subtype():
    G = to_networkx(fixture_graph())
    assert list(G.nodes) == sorted([ANNA, DALARNA, FALUN, TRYGG, FORUM])
    kinds = {node: (G.nodes[node]["kind"], G.nodes[node]["subtype"]) for node in G}
    assert kinds == {
        ANNA: ("Person", None),
        DALARNA: ("Organisation", "Region"),
        FALUN: ("Organisation", "Municipality"),
        TRYGG: ("Project", None),
        FORUM: ("CollaborationForum", None),
    }


def test_node_attributes_are_sorted_lists():
    anna = to_networkx(fixture_graph()).nodes[ANNA]
    assert anna["label"] == "Anna Berg"
    assert anna["aliases"] == ["ANNA", "Anna"]
    assert anna["titles"] == ["projektledare", "verksamhetschef"]
    assert anna["documents"] == ["000_protokoll.txt", "001_podd.txt"]
    assert to_networkx(fixture_graph()).nodes[FORUM]["aliases"] == []


def test_official_codes_are_node_attributes():
    G = to_networkx(fixture_graph())
    assert (G.nodes[DALARNA]["lanskod"], G.nodes[DALARNA]["kommunkod"]) == ("20", None)
    assert (G.nodes[FALUN]["lanskod"], G.nodes[FALUN]["kommunkod"]) == (None, "2080")
    assert G.nodes[ANNA]["lanskod"] is None and G.nodes[ANNA]["kommunkod"] is None


def test_edges_are_relations_between_entities_only():
    G = to_networkx(fixture_graph())
    edges = sorted((s, o, data["relation"]) for s, o, data in G.edges(data=True))
    assert edges == sorted([
        (ANNA, DALARNA, "worksFor"),
        (ANNA, TRYGG, "leads"),
        (ANNA, FORUM, "participatesIn"),
        (DALARNA, FORUM, "participatesIn"),
        (FALUN, FORUM, "participatesIn"),
    ])  # partOf to an untyped resource is left out


def test_edge_evidence_names_file_and_quote():
    G = to_networkx(fixture_graph())
    assert G.edges[ANNA, DALARNA, "worksFor"]["evidence"] == [
        ("000_protokoll.txt", "Anna Berg, Region Dalarna"),
        ("001_podd.txt", "jag heter Anna Berg och jobbar på Region Dalarna"),
    ]
    assert G.edges[ANNA, TRYGG, "leads"]["evidence"] == []


def test_label_falls_back_to_the_iri():
    graph = rdflib.Graph().parse(
        data=f"<{ID}person/utan-namn> a <https://w3id.org/naravard/ontology#Person> .",
        format="turtle",
    )
    assert to_networkx(graph).nodes[ID + "person/utan-namn"]["label"] == "utan-namn"


def test_subtype_alone_implies_its_core_kind():
    graph = rdflib.Graph().parse(
        data=f"<{FALUN}> a <https://w3id.org/naravard/ontology#Municipality> .", format="turtle"
    )
    assert to_networkx(graph).nodes[FALUN]["kind"] == "Organisation"


def test_same_graph_in_any_order_gives_the_same_network():
    lines = fixture_graph().serialize(format="nt").splitlines()
    random.Random(1).shuffle(lines)
    shuffled = rdflib.Graph().parse(data="\n".join(lines), format="nt")
    first, second = to_networkx(fixture_graph()), to_networkx(shuffled)
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def test_input_graph_is_not_changed():
    graph = fixture_graph()
    to_networkx(graph)
    assert isomorphic(graph, fixture_graph())
