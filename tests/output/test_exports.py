import csv
import json

import networkx as nx
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from actors import ENTITIES, PODD, PROTOKOLL, iri, write_build
from naravard.output.exports import FORMATS, default_target, export
from naravard.output.exports.base import Exporter
from naravard.output.exports.csvfiles import paths as csv_paths
from naravard.output.network import to_networkx

LABELS = {entity[1] for entity in ENTITIES.values()}
RELATIONS = {  # (subject label, relation, object label) the fixture states
    ("Anna Berg", "worksFor", "Region Dalarna"), ("Anna Berg", "leads", "Samverkansgrupp för Nära vård"),
    ("Erik Lund", "worksFor", "Falu kommun"), ("Erik Lund", "leads", "Trygg hemgång"),
    ("Falu kommun", "participatesIn", "Samverkansgrupp för Nära vård"),
    ("Trygg hemgång", "partOf", "Samverkansgrupp för Nära vård"),
    ("Sara Fredin", "worksFor", "Region Västmanland"), ("Sara Fredin", "leads", "Program Nära vård"),
    ("Västerås stad", "participatesIn", "Program Nära vård"),
    ("Anna Berg", "participatesIn", "Program Nära vård"),
}


@pytest.fixture
def build(tmp_path):
    return write_build(tmp_path / "naravard-out")


def source_dataset(build) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(build / "graph.trig", format="trig")
    return ds


def named_graphs(ds) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def run(build, fmt, name=None):
    target = build.parent / (name or default_target(build, fmt).name)
    return target, export(build, fmt, target)


# RDF formats: isomorphic with the build -------------------------------------------------------


@pytest.mark.parametrize("fmt, rdflib_format", [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_merged_rdf_round_trips(build, fmt, rdflib_format):
    target, written = run(build, fmt)
    assert written == [target]
    back = rdflib.Graph().parse(target, format=rdflib_format)
    assert isomorphic(back, rdflib.Graph().parse(build / "graph.ttl", format="turtle"))


@pytest.mark.parametrize("fmt, rdflib_format", [("trig", "trig"), ("nquads", "nquads")])
def test_named_graphs_round_trip(build, fmt, rdflib_format):
    target, _ = run(build, fmt)
    back = rdflib.Dataset()
    back.parse(target, format=rdflib_format)
    expected, found = named_graphs(source_dataset(build)), named_graphs(back)
    assert set(found) == set(expected) and len(found) == 2
    for name, graph in expected.items():
        assert isomorphic(found[name], graph)


def test_turtle_and_trig_exports_are_the_build_files_byte_for_byte(build):
    assert run(build, "turtle")[0].read_bytes() == (build / "graph.ttl").read_bytes()
    assert run(build, "trig")[0].read_bytes() == (build / "graph.trig").read_bytes()


def test_jsonld_is_compact_with_prefixes(build):
    document = json.loads(run(build, "jsonld")[0].read_text(encoding="utf-8"))
    assert document["@context"]["nv"] == "https://w3id.org/naravard/ontology#"
    names = {node.get("rdfs:label") for node in document["@graph"]}
    assert "Region Västmanland" in names and "Anna Berg" in names


# Network formats: the nodes, labels and relations ---------------------------------------------


def test_graphml_opens_with_networkx(build):
    G = nx.read_graphml(run(build, "graphml")[0])
    assert {G.nodes[n]["label"] for n in G} == LABELS
    assert {(G.nodes[s]["label"], d["relation"], G.nodes[o]["label"])
            for s, o, d in G.edges(data=True)} == RELATIONS
    anna = G.nodes[str(iri("anna"))]
    assert anna["aliases"] == "A. Berg; Anna" and anna["documents"] == f"{PODD}; {PROTOKOLL}"
    assert anna["bridge"] is True and isinstance(anna["betweenness"], float)
    assert G.nodes[str(iri("falun"))]["kommunkod"] == "2080"


def test_gexf_opens_with_networkx_and_has_colours(build):
    target, _ = run(build, "gexf")
    G = nx.read_gexf(target)
    assert {G.nodes[n]["label"] for n in G} == LABELS
    assert {(G.nodes[s]["label"], d["relation"], G.nodes[o]["label"])
            for s, o, d in G.edges(data=True)} == RELATIONS
    assert G.nodes[str(iri("dalarna"))]["viz"]["color"] == {"r": 27, "g": 73, "b": 101, "a": 1.0}
    assert b"lastmodifieddate" not in target.read_bytes()


def test_csv_is_a_pair_of_tables(build):
    target, written = run(build, "csv", "graf.csv")
    assert written == list(csv_paths(target))
    assert [p.name for p in written] == ["graf-nodes.csv", "graf-edges.csv"]
    with open(written[0], newline="", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(written[1], newline="", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert {row["label"] for row in nodes} == LABELS
    names = {row["id"]: row["label"] for row in nodes}
    assert {(names[e["source"]], e["relation"], names[e["target"]]) for e in edges} == RELATIONS
    worked = next(e for e in edges if e["source"] == str(iri("sara")) and e["relation"] == "worksFor")
    assert worked["label"] == "arbetar för"
    assert worked["evidence"] == f"{PODD}: Sara Fredin, programsamordnare i Region Västmanland"


def test_cytoscape_json_reads_back_with_networkx(build):
    data = json.loads(run(build, "cytoscape")[0].read_text(encoding="utf-8"))
    assert {node["data"]["name"] for node in data["elements"]["nodes"]} == LABELS
    edge = data["elements"]["edges"][0]["data"]
    assert {"id", "source", "target", "interaction"} <= set(edge)
    G = nx.cytoscape_graph(data)
    assert {(G.nodes[s]["name"], k, G.nodes[o]["name"]) for s, o, k in G.edges(keys=True)} == RELATIONS
    assert G.nodes[str(iri("anna"))]["aliases"] == ["A. Berg", "Anna"]


# Every format -----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_build_gives_the_same_bytes(tmp_path, fmt):
    first = write_build(tmp_path / "a")
    second = write_build(tmp_path / "b")
    one, two = export(first, fmt, first / "x"), export(second, fmt, second / "x")
    assert [p.read_bytes() for p in one] == [p.read_bytes() for p in two]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_default_names_never_replace_the_build(build, fmt):
    target = default_target(build, fmt)
    assert target.parent == build and target.name.startswith("naravard")
    written = export(build, fmt, target)
    assert all(path.exists() for path in written)
    assert {p.name for p in build.iterdir()} == {"graph.trig", "graph.ttl", *(p.name for p in written)}


def test_export_refuses_to_overwrite_its_source(build):
    with pytest.raises(ValueError, match="one of the build's own files"):
        export(build, "turtle", build / "graph.ttl")


def test_unknown_format_and_missing_build_are_errors(tmp_path, build):
    with pytest.raises(ValueError, match="unknown export format 'xml'; use one of turtle, trig"):
        export(build, "xml", tmp_path / "x.xml")
    with pytest.raises(ValueError, match="no graph in"):
        export(tmp_path / "tom", "turtle", tmp_path / "x.ttl")


def test_exporter_writes_through_a_temporary_file(tmp_path, monkeypatch):
    from naravard.graph import serialise

    target = tmp_path / "ut.graphml"
    exporter = FORMATS["graphml"](target)
    exporter.write(to_networkx(rdflib.Graph()))

    def crash(source, destination):
        raise OSError("disken är full")

    monkeypatch.setattr(serialise.os, "replace", crash)
    with pytest.raises(OSError):
        exporter.finalize()
    assert list(tmp_path.iterdir()) == []
    assert issubclass(FORMATS["csv"], Exporter)


# Round trips of any small graph -----------------------------------------------------------

NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["worksFor", "partOf"]),
                          st.integers(0, 5), NAMES), max_size=8),
       st.dictionaries(st.integers(0, 5), NAMES, max_size=6))
def test_rdf_exports_round_trip_any_graph(tmp_path, relations, names):
    nv = rdflib.Namespace("https://w3id.org/naravard/ontology#")
    ds = rdflib.Dataset()
    g = ds.graph(rdflib.URIRef("https://w3id.org/naravard/id/document/d"))
    node = lambda i: rdflib.URIRef(f"https://w3id.org/naravard/id/person/p{i}")  # noqa: E731
    for i, name in names.items():
        g.add((node(i), rdflib.RDFS.label, rdflib.Literal(name)))
    for s, relation, o, quote in relations:
        g.add((node(s), nv[relation], node(o)))
        g.add((node(s), nv.quote, rdflib.Literal(quote, lang="sv")))
    for fmt, reader in (("turtle", "turtle"), ("trig", "trig"), ("nquads", "nquads"),
                        ("jsonld", "json-ld")):
        exporter = FORMATS[fmt](tmp_path / f"x.{fmt}")
        exporter.write(ds)
        (path,) = exporter.finalize()
        back = rdflib.Dataset()
        back.parse(path, format=reader)
        triples = {(s, p, o) for s, p, o, _ in back.quads((None, None, None, None))}
        assert triples == set(g)
