"""A SPARQL 1.1 server as the store: Query and Update protocols, Graph Store Protocol for graphs.

For graphs that outgrow one machine, or that several people query. Each document's named graph
is written with a Graph Store Protocol PUT; the merged graph (what queries see by default: the
documents' statements without their evidence, as in the embedded store) is kept as one more
named graph, MERGED, and passed as ``default-graph-uri``, so answers are the same as from the
embedded store. Credentials come from options or the environment, never code.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

import pyoxigraph as ox

from .store import NOT_EVIDENCE, PREAMBLE, QueryError, Result, StoreError, bind

MERGED = "https://w3id.org/naravard/id/graph/merged"
DOCUMENT_IRI = re.compile(r"https://w3id\.org/naravard/id/document/[0-9a-f]{16}")
# the query form after the prolog (comments, PREFIX and BASE declarations)
QUERY_FORM = re.compile(r"(?is)(?:\s+|#[^\n]*(?:\n|$)|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*"
                        r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b")
NAMES = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a <https://w3id.org/naravard/ontology#Document> } }"


@dataclass
class RemoteStore:
    query_url: str
    update_url: str | None = None
    graph_url: str | None = None  # Graph Store Protocol endpoint
    user: str | None = None
    password: str | None = None
    timeout: float = 120.0

    def __post_init__(self) -> None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        for url in {self.query_url, self.update_url, self.graph_url} - {None}:
            if self.user:
                manager.add_password(None, url, self.user, self.password or "")
        self._opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(manager),
                                                   urllib.request.HTTPBasicAuthHandler(manager))

    def describe(self) -> str:
        return f"{self.query_url} {self.graph_url or ''}"

    # ------------------------------------------------------------------ protocol
    def _send(self, request: urllib.request.Request) -> bytes:
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace")[:300].strip().replace("\n", " ")
            if exc.code in (401, 403):
                raise StoreError(f"{request.full_url}: the server refused ({exc.code}); give --store-user and "
                                 "--store-password (or NARAVARD_STORE_USER/NARAVARD_STORE_PASSWORD)") from exc
            if exc.code == 400:
                raise QueryError(f"the server rejected the request: {body}") from exc
            raise StoreError(f"{request.full_url}: the server answered {exc.code}: {body}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise StoreError(f"{request.full_url}: cannot reach the SPARQL server ({exc}); is it running?") from exc

    def query(self, sparql: str, bindings: dict[str, object] | None = None) -> Result:
        """A query against the merged graph; bindings travel as a VALUES block of RDF terms.

        Answers come as SPARQL results XML (Virtuoso's JSON writes numbers unquoted, which no
        conforming reader accepts) and as N-Triples for CONSTRUCT and DESCRIBE.
        """
        text = PREAMBLE + bind(sparql, bindings)
        form = QUERY_FORM.match(text)
        graph = bool(form) and form.group(1).upper() in ("CONSTRUCT", "DESCRIBE")
        data = urllib.parse.urlencode({"query": text, "default-graph-uri": MERGED}).encode()
        request = urllib.request.Request(self.query_url, data=data, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/n-triples" if graph else "application/sparql-results+xml"})
        body = self._send(request)
        try:
            if not graph:
                return Result.from_results(body, ox.QueryResultsFormat.XML)
            triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as exc:
            raise StoreError(f"{self.query_url}: the server's answer could not be read ({exc})") from exc
        return Result("graph", ["subject", "predicate", "object"], [[t.triple] for t in triples], None, b"")

    def update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError("no SPARQL Update endpoint: give --store-update URL")
        data = urllib.parse.urlencode({"update": sparql}).encode()
        self._send(urllib.request.Request(self.update_url, data=data, method="POST",
                                          headers={"Content-Type": "application/x-www-form-urlencoded"}))

    def _graph(self, name: str, method: str, body: bytes | None = None) -> None:
        url = (self.graph_url or self.query_url) + "?" + urllib.parse.urlencode({"graph-uri": name, "graph": name})
        headers = {"Content-Type": "application/n-triples"} if body is not None else {}
        self._send(urllib.request.Request(url, data=body, method=method, headers=headers))

    # ------------------------------------------------------------------ store interface
    def graph_names(self) -> set[str]:
        rows = self.query(NAMES).rows
        return {r[0].value for r in rows if r[0] is not None and r[0].value != MERGED}

    def replace_graphs(self, graphs: dict[str, bytes]) -> None:
        for name, data in graphs.items():
            self._graph(name, "PUT", data)

    def remove_graphs(self, names: set[str]) -> None:
        for name in sorted(names):
            try:
                self._graph(name, "DELETE")
            except StoreError as exc:
                if "404" not in str(exc):
                    raise

    def refresh_merged(self) -> None:
        """MERGED becomes the union of the document graphs without evidence, rebuilt on the server
        (no data sent twice)."""
        if not self.update_url:
            raise StoreError("keeping the merged graph needs a SPARQL Update endpoint: give --store-update URL")
        names = sorted(self.graph_names())
        for name in names:  # our own document IRIs, checked: nothing from a document reaches this text
            if not DOCUMENT_IRI.fullmatch(name):
                raise StoreError(f"unexpected graph {name!r} in the store")
        self.update(f"DROP SILENT GRAPH <{MERGED}>")
        for name in names:
            self.update(f"INSERT {{ GRAPH <{MERGED}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} "
                        f"{NOT_EVIDENCE} }}")

    def close(self) -> None:
        pass

