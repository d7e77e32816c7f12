"""The remote store against a real SPARQL server (Virtuoso, which .ci/run installs and starts).

Locally the test runs when a server answers at NARAVARD_TEST_SPARQL (default
http://127.0.0.1:8890/sparql); under CI a missing server is a failure, not a skip.
Credentials come from NARAVARD_STORE_USER / NARAVARD_STORE_PASSWORD.
"""
import os
import urllib.request

import pytest

from naravard.graph.queries import saved
from naravard.graph.remote import RemoteStore
from naravard.graph.store import plain
from naravard.pipeline import build, open_store
from tests_graph_docs import DOCS, write_docs

QUERY_URL = os.environ.get("NARAVARD_TEST_SPARQL", "http://127.0.0.1:8890/sparql")
GRAPHS_URL = os.environ.get("NARAVARD_TEST_SPARQL_GRAPHS", QUERY_URL + "-graph-crud-auth")
PARAMS = {"organisation": {"org": "Region Dalarna"}, "members": {"forum": "Regional ledningsgrupp"},
          "entity": {"name": "Jonas Ekberg"}, "documents": {"name": "Region Dalarna"}}


@pytest.fixture
def server():
    try:
        urllib.request.urlopen(QUERY_URL + "?query=ASK%7B%7D", timeout=3).read()
    except OSError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"no SPARQL server at {QUERY_URL} ({exc}); .ci/run must start Virtuoso")
        pytest.skip(f"no SPARQL server at {QUERY_URL}")
    store = RemoteStore(QUERY_URL, QUERY_URL, GRAPHS_URL, os.environ.get("NARAVARD_STORE_USER"),
                        os.environ.get("NARAVARD_STORE_PASSWORD"))
    store.remove_graphs(store.graph_names())  # a server holds one naravard graph: start from none
    return store


def answers(store, name):
    q = saved()[name]
    return sorted(tuple(plain(x) for x in row) for row in store.query(q.text, PARAMS.get(name, {})).rows)


def test_same_build_answers_saved_queries_identically(server, tmp_path):
    docs = write_docs(tmp_path / "docs")
    build([docs], tmp_path / "embedded")
    report = build([docs], tmp_path / "remote", store=server)
    assert len(report.replaced_graphs) == 2 and server.graph_names() == set(report.replaced_graphs)
    embedded = open_store(tmp_path / "embedded")
    for name in saved():
        assert answers(server, name) == answers(embedded, name), name
        assert answers(server, name), f"{name} answered nothing on the fixture"


def test_remote_build_is_incremental_and_removes_gone_documents(server, tmp_path):
    docs = write_docs(tmp_path / "docs")
    out = tmp_path / "remote"
    build([docs], out, store=server)
    (docs / "artikel.txt").write_text(DOCS["artikel.txt"].replace("Anna Lund", "Eva Strand"), encoding="utf-8")
    report = build([docs], out, store=server)
    assert len(report.replaced_graphs) == 1 and len(report.removed_graphs) == 1
    people = {r[0] for r in answers(server, "people")}
    assert "Eva Strand" in people and "Anna Lund" not in people
    (docs / "artikel.txt").unlink()
    build([docs], out, store=server)
    assert "Eva Strand" not in {r[0] for r in answers(server, "people")}


def test_wrong_password_is_one_clear_error(server, tmp_path):
    from naravard.graph.store import StoreError

    wrong = RemoteStore(QUERY_URL, QUERY_URL, GRAPHS_URL, "dba", "not-the-password")
    with pytest.raises(StoreError, match="refused"):
        build([write_docs(tmp_path / "docs")], tmp_path / "out", store=wrong)


def test_evidence_stays_in_document_graphs_and_still_reaches_the_view(server, tmp_path):
    from rdflib import RDF

    from naravard.ontology import NV
    from naravard.pipeline import graph_of

    docs = write_docs(tmp_path / "docs")
    out = tmp_path / "remote"
    build([docs], out, store=server)
    assert server.query("ASK { ?ev a nv:Evidence }").boolean is False  # the merged graph: statements only
    quotes = server.query("SELECT ?q WHERE { GRAPH ?doc { ?ev a nv:Evidence ; nv:quote ?q } }").rows
    assert quotes
    g = graph_of(out, server)  # what view and export read from a server: evidence included
    assert len(set(g.subjects(RDF.type, NV.Evidence))) == len(quotes)


def test_explain_reads_the_evidence_from_a_server(server, tmp_path):
    from naravard.graph.explain import explain

    out = tmp_path / "remote"
    build([write_docs(tmp_path / "docs")], out, store=server)
    local = build([tmp_path / "docs"], tmp_path / "embedded")
    assert local.entities
    remote = explain(server, "Jonas Ekberg")
    assert remote and remote[0].mentions  # offsets are integers: a results format that reads them
    assert remote == explain(open_store(tmp_path / "embedded"), "Jonas Ekberg")
