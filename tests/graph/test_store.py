import json

import pytest

from naravard.graph.store import QueryError, Store

TRIG = """
@prefix nv: <https://w3id.org/naravard/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/naravard/id/document/a> {
  <https://w3id.org/naravard/id/person/anna-berg> a nv:Person ; rdfs:label "Anna Berg" ;
      nv:title "processledare" ;
      nv:worksFor <https://w3id.org/naravard/id/organisation/region-dalarna> .
  <https://w3id.org/naravard/id/organisation/region-dalarna> a nv:Organisation ; rdfs:label "Region Dalarna" .
}
<https://w3id.org/naravard/id/document/b> {
  <https://w3id.org/naravard/id/organisation/region-dalarna> a nv:Organisation ; rdfs:label "Region Dalarna" .
  <https://w3id.org/naravard/id/person/omar-hassan> a nv:Person ; rdfs:label "Omar Hassan" ;
      nv:worksFor <https://w3id.org/naravard/id/organisation/region-dalarna> .
}
"""


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "graph.trig"
    path.write_text(TRIG, encoding="utf-8")
    return Store.from_trig(path)


def test_default_graph_is_the_union_of_documents(store):
    result = store.query("SELECT ?name WHERE { ?p a nv:Person ; rdfs:label ?name } ORDER BY ?name")
    assert [r[0].value for r in result.rows] == ["Anna Berg", "Omar Hassan"]


def test_bindings_are_substituted_not_formatted(store):
    q = "SELECT ?name WHERE { ?p nv:worksFor ?org ; rdfs:label ?name } ORDER BY ?name"
    result = store.query(q, {"org": "https://w3id.org/naravard/id/organisation/region-dalarna"})
    assert [r[0].value for r in result.rows] == ["Anna Berg", "Omar Hassan"]
    hostile = store.query("SELECT ?p WHERE { ?p rdfs:label ?name }", {"name": 'x" } ; DROP ALL ; {'})
    assert hostile.rows == []


def test_w3c_json_and_csv(store):
    result = store.query("SELECT ?name ?title WHERE { ?p rdfs:label ?name ; nv:title ?title }")
    data = json.loads(result.serialise("json"))
    assert data["head"]["vars"] == ["name", "title"]
    assert data["results"]["bindings"][0]["title"] == {"type": "literal", "value": "processledare"}
    assert result.serialise("csv").decode().splitlines() == ["name,title", "Anna Berg,processledare"]


def test_named_graphs_stay_reachable(store):
    result = store.query("SELECT ?g WHERE { GRAPH ?g { ?p rdfs:label \"Omar Hassan\" } }")
    assert [r[0].value for r in result.rows] == ["https://w3id.org/naravard/id/document/b"]


def test_ask_and_bad_query(store):
    assert store.query("ASK { ?p a nv:Person }").boolean is True
    with pytest.raises(QueryError, match="not valid SPARQL"):
        store.query("SELEKT nothing")


def test_a_fact_stated_in_two_documents_is_one_answer(store):
    result = store.query("SELECT ?org WHERE { ?p nv:worksFor ?org ; rdfs:label \"Region Dalarna\" }")
    assert len(store.query("SELECT ?o WHERE { ?o a nv:Organisation }").rows) == 1
    assert result.rows == []
