"""A build writes its dataset one document graph at a time; the bytes are those of sorting it all."""
import pyoxigraph as ox

from naravard.extract.pipeline import extract
from naravard.extract.record import record
from naravard.graph.dataset import DatasetWriter
from naravard.graph.rdf import build_graphs, merge
from naravard.graph.resolve import Resolver, document_iri, resolve
from naravard.graph.serialise import ntriples_by_graph, trig, turtle
from naravard.graph.store import knowledge
from naravard.output.network import to_networkx
from snippets import text_of

DOCS = [
    """PETRA: Välkommen, Jonas Ekberg.

JONAS: Tack! Mitt namn är Jonas Ekberg, jag jobbar som verksamhetschef i Region Dalarna.
Jag leder Regional ledningsgrupp för nära vård tillsammans med Falu kommun.
""",
    """Kontakt: Jonas Ekberg, verksamhetschef i region Dalarna, och Falu kommun.
Projektet Trygg hemgång är ett samarbete mellan Region Dalarna och Borlänge kommun.
""",
    "Anna Berg, projektledare på Borlänge kommun <b>&</b> \"Hälsa hemma\".",
]


def records():
    return [record(extract(text_of(d, name=f"doc{i}.txt"))) for i, d in enumerate(DOCS)]


def written(folder):
    """The fixture's document graphs, and a writer that has taken them all."""
    recs = records()
    graphs = build_graphs(resolve(recs), recs)
    writer = DatasetWriter(folder)
    for name in sorted(graphs):
        writer.add(name, graphs[name])
    return graphs, writer


def test_written_graph_by_graph_equals_sorting_the_whole(tmp_path):
    graphs, writer = written(tmp_path)
    assert b"".join(writer.trig()) == trig(graphs).encode()
    assert b"".join(writer.turtle()) == turtle(merge(graphs)).encode()
    assert dict(writer.spool) == ntriples_by_graph(graphs)
    # the store's default graph: everything but the evidence, each line once
    lines = list(writer.merged_lines())
    assert len(lines) == len(set(lines))
    assert set(lines) == knowledge(ox.serialize(merge(graphs), format=ox.RdfFormat.N_TRIPLES).splitlines())
    # the view drawn from the merged graph and the evidence of relations is the view of everything
    small, full = to_networkx(writer.triples(), writer.quotes), to_networkx(merge(graphs))
    assert sorted(small.nodes(data=True)) == sorted(full.nodes(data=True))
    assert sorted(small.edges(keys=True, data=True)) == sorted(full.edges(keys=True, data=True))
    assert any(data["evidence"] for *_, data in small.edges(keys=True, data=True))
    writer.close()
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_only_statements_about_entities_are_held_as_triples(tmp_path):
    """What grows with the documents (evidence, the documents' own statements, which document names
    which entity) is not held as triples: memory follows the graph, not the corpus."""
    graphs, writer = written(tmp_path)
    assert not any("/evidence/" in t.subject.value for t in writer.statements)
    assert not any(t.subject.value in graphs for t in writer.statements)
    assert not any(t.predicate.value.endswith("#mentionedIn") for t in writer.statements)
    everything = sum(map(len, graphs.values()))
    assert len(writer.statements) < everything / 3
    # ... but kept all the same: one small number per entity and document
    falu = next(iri for iri in writer.mentions if iri.endswith("/falu-kommun"))
    assert [writer.documents[i] for i in writer.mentions[falu]] == sorted(
        name for name, triples in graphs.items() if any(t.subject.value == falu for t in triples))
    writer.close()


def test_the_merged_graph_comes_sorted_a_subject_at_a_time(tmp_path):
    graphs, writer = written(tmp_path)
    groups = list(writer.merged())
    assert all(len({t.subject for t in group}) == 1 for group in groups)
    keys = [(str(t.subject), str(t.predicate), str(t.object)) for group in groups for t in group]
    assert keys == sorted(keys)
    writer.close()


def test_graphs_must_come_in_order(tmp_path):
    recs = records()
    graphs = build_graphs(resolve(recs), recs)
    writer = DatasetWriter(tmp_path)
    first, second = sorted(graphs)[:2]
    writer.add(second, graphs[second])
    try:
        writer.add(first, graphs[first])
    except ValueError as exc:
        assert "IRI order" in str(exc)
    else:
        raise AssertionError("graphs out of order were accepted")
    finally:
        writer.close()


def test_resolution_does_not_depend_on_the_order_documents_are_read_in():
    """A build folds extractions into the resolver as workers finish them, in any order."""
    recs = records()
    full = resolve(recs)
    resolver = Resolver()
    for r in reversed(recs):
        resolver.add(document_iri(r.sha256), r.entities)
    nodes, where = resolver.result()
    assert {i: (n.kind, n.label, n.subtype, n.codes, n.rules, n.aliases) for i, n in nodes.items()} == \
        {i: (n.kind, n.label, n.subtype, n.codes, n.rules, n.aliases) for i, n in full.nodes.items()}
    keys = [(document_iri(r.sha256), e.key) for r in recs for e in r.entities]
    assert [where[k] for k in keys] == [full.where[k] for k in keys]
    dalarna = next(n for n in nodes.values() if n.label == "Region Dalarna")
    assert "across.official_name" in dalarna.rules and dalarna.codes["lanskod"] == "20"
