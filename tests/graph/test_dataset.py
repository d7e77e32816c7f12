"""A build writes its dataset one document graph at a time; the bytes are those of sorting it all."""
from naravard.extract.pipeline import extract
from naravard.extract.record import record
from naravard.graph.dataset import DatasetWriter
from naravard.graph.rdf import build_graphs, merge
from naravard.graph.resolve import Resolver, document_iri, resolve
from naravard.graph.serialise import ntriples_by_graph, trig, turtle
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
    # the view drawn from the statements and the evidence of relations is the view of everything
    small, full = to_networkx(writer.statements, writer.quotes), to_networkx(merge(graphs))
    assert sorted(small.nodes(data=True)) == sorted(full.nodes(data=True))
    assert sorted(small.edges(keys=True, data=True)) == sorted(full.edges(keys=True, data=True))
    assert any(data["evidence"] for *_, data in small.edges(keys=True, data=True))
    writer.close()
    assert list(tmp_path.iterdir()) == []  # nothing left behind


def test_evidence_is_not_held_in_memory(tmp_path):
    graphs, writer = written(tmp_path)
    assert not any("/evidence/" in t.subject.value for t in writer.statements)
    everything = sum(map(len, graphs.values()))
    assert len(writer.statements) < everything / 3
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
