"""The SPARQL endpoint, over real HTTP on loopback."""
import functools
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from naravard.graph.server import make_server
from naravard.graph.store import EmbeddedStore
from naravard.pipeline import open_store


def start(store, **kwargs):
    server = make_server(store, "127.0.0.1", 0, **kwargs)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/sparql"


@pytest.fixture
def endpoint(fixture_build):
    server, url = start(functools.partial(open_store, fixture_build))
    yield url
    server.shutdown()
    server.server_close()


def fetch(url, data=None, headers=None, method=None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


PEOPLE = "SELECT ?name WHERE { ?p a nv:Person ; rdfs:label ?name } ORDER BY ?name"


def test_get_answers_sparql_results_json(endpoint):
    status, headers, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": PEOPLE}),
                                  headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    names = [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert "Jonas Ekberg" in names
    assert headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("accept, media, marker", [
    ("text/csv", "text/csv", b"name\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values", b"?name\n"),
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<sparql"),
])
def test_post_form_in_other_result_types(endpoint, accept, media, marker):
    data = urllib.parse.urlencode({"query": PEOPLE}).encode()
    status, headers, body = fetch(endpoint, data, {"Accept": accept,
                                                   "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["Content-Type"].startswith(media) and marker in body


def test_post_query_body_and_construct_as_ntriples(endpoint):
    q = "CONSTRUCT { ?p a nv:Person } WHERE { ?p a nv:Person }"
    status, headers, body = fetch(endpoint, q.encode(), {"Content-Type": "application/sparql-query",
                                                         "Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert b"<https://w3id.org/naravard/id/person/jonas-ekberg>" in body


@pytest.mark.parametrize("how", ["form", "body", "get"])
def test_updates_are_refused(endpoint, how, fixture_build):
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    if how == "form":
        status, _, body = fetch(endpoint, urllib.parse.urlencode({"update": update}).encode(),
                                {"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "body":
        status, _, body = fetch(endpoint, update.encode(), {"Content-Type": "application/sparql-update"})
    else:
        status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"update": update}))
    assert status == 403 and b"read-only" in body
    assert not open_store(fixture_build).query("ASK { <urn:x> ?p ?o }").boolean


def test_bad_query_is_400(endpoint):
    status, _, body = fetch(endpoint + "?" + urllib.parse.urlencode({"query": "SELEKT"}))
    assert status == 400 and b"not valid SPARQL" in body


def test_result_cap_and_time_limit():
    store = EmbeddedStore()
    store._store.extend([ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i)),
                                 ox.DefaultGraph()) for i in range(3000)])
    server, url = start(lambda: store, timeout=0.5, max_rows=50)
    try:
        status, headers, body = fetch(url + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
                                      headers={"Accept": "application/json"})
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 50
        assert "50" in headers["X-Naravard-Truncated"]
        slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"  # 3000³ rows to count
        status, _, body = fetch(url + "?" + urllib.parse.urlencode({"query": slow}))
        assert status == 503 and b"longer than 0.5 s" in body
        # the server goes on answering after it stopped that query
        status, _, _ = fetch(url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))
        assert status == 200
    finally:
        server.shutdown()
        server.server_close()


def test_a_running_server_answers_from_the_latest_build(tmp_path):
    from naravard.pipeline import build
    from tests_graph_docs import write_docs

    docs = write_docs(tmp_path / "docs")
    out = tmp_path / "out"
    build([docs], out)
    server, url = start(functools.partial(open_store, out))
    try:
        ask = url + "?" + urllib.parse.urlencode({"query": 'ASK { ?p rdfs:label "Karin Ek" }'})
        assert json.loads(fetch(ask, headers={"Accept": "application/sparql-results+json"})[2])["boolean"] is False
        (docs / "ny.txt").write_text("Karin Ek är verksamhetschef i Region Gävleborg.\n", encoding="utf-8")
        build([docs], out)  # switches OUT/store to a new generation while the server runs
        assert json.loads(fetch(ask, headers={"Accept": "application/sparql-results+json"})[2])["boolean"] is True
    finally:
        server.shutdown()
        server.server_close()
