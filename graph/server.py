"""A read-only SPARQL 1.1 Protocol endpoint over a build, for YASGUI or any SPARQL client.

GET ``/sparql?query=…`` and POST (form-encoded ``query=…`` or ``application/sparql-query``)
answer in the media type the client asks for: SPARQL results JSON, XML, CSV or TSV, and
N-Triples or Turtle for CONSTRUCT/DESCRIBE. Updates are refused with 403. A query that runs
longer than the time limit is answered 503 and its worker process is stopped (Oxigraph cannot
cancel a query in a thread); results are cut at the row cap (the response says so in an
``X-Naravard-Truncated`` header).
"""
from __future__ import annotations

import os

import json
import multiprocessing
import queue
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyoxigraph as ox

from .store import PREFIXES, QueryError

SELECT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE}


def _choose(accept: str, types: dict) -> str:
    """The first media type in Accept (by q, then order) that we write; the first of ours otherwise."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, fields[0].lower()))
    for _, _, media in sorted(ranked):
        if media in types:
            return media
        if media in ("*/*", "application/*", "text/*"):
            break
    return next(iter(types))


class Endpoint:
    """The query logic, apart from HTTP. Queries run in worker processes, each with its own read-only
    view of the store, so that one over the time limit can be stopped without stopping the server."""

    def __init__(self, open_store, timeout: float = 10.0, max_rows: int = 10_000, workers: int = 2):
        self.open_store, self.timeout, self.max_rows = open_store, timeout, max_rows
        self._context = multiprocessing.get_context("fork")
        self._idle: queue.Queue = queue.Queue()
        for _ in range(workers):
            self._idle.put(None)  # a slot; its process starts on first use

    def _start(self):
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_serve_queries, args=(self.open_store, self.max_rows, child),
                                        daemon=True)
        process.start()
        child.close()
        return process, parent

    def run(self, query: str, accept: str) -> tuple[int, str, bytes, dict[str, str]]:
        worker = self._idle.get()
        try:
            if worker is None or not worker[0].is_alive():
                worker = self._start()
            process, conn = worker
            conn.send((query, accept))
            if not conn.poll(self.timeout):
                process.kill()
                process.join()
                conn.close()
                worker = None
                return 503, "text/plain", f"the query ran longer than {self.timeout:g} s; narrow it down\n".encode(), {}
            return conn.recv()
        except (EOFError, OSError):
            worker = None
            return 500, "text/plain", b"the query worker stopped; try again\n", {}
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        while not self._idle.empty():
            worker = self._idle.get()
            if worker is not None:
                worker[0].kill()
                worker[0].join()


def _serve_queries(open_store, max_rows: int, conn) -> None:
    """A worker process: answer queries from the pipe until it closes.

    When a build has switched OUT/store to a new generation since the store was opened, the
    worker opens the new one before answering, so a running server serves the latest build.
    """
    store = open_store()
    opened = _generation(store)
    while True:
        try:
            query, accept = conn.recv()
        except (EOFError, OSError):
            return
        if opened is not None and _generation(store) != opened:
            store = open_store()
            opened = _generation(store)
        try:
            conn.send(_evaluate(store, query, accept, max_rows))
        except QueryError as exc:
            conn.send((400, "text/plain", f"{exc}\n".encode(), {}))
        except Exception as exc:  # noqa: BLE001 - report, keep serving
            conn.send((500, "text/plain", f"the query failed: {exc}\n".encode(), {}))


def _generation(store) -> str | None:
    path = getattr(store, "path", None)
    return os.path.realpath(path) if path is not None else None


def _evaluate(store, query: str, accept: str, max_rows: int) -> tuple[int, str, bytes, dict[str, str]]:
    try:
        res = store._store.query(query, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"the query is not valid SPARQL: {exc}") from exc
    headers: dict[str, str] = {}
    if isinstance(res, ox.QueryBoolean):
        media = _choose(accept, SELECT_TYPES)
        return 200, media, res.serialize(format=SELECT_TYPES[media]), headers
    if isinstance(res, ox.QuerySolutions):
        media = _choose(accept, SELECT_TYPES)
        rows = _capped(res, max_rows, "rows", headers)
        return 200, media, _solutions(res.variables, rows, SELECT_TYPES[media]), headers
    media = _choose(accept, GRAPH_TYPES)
    triples = _capped(res, max_rows, "triples", headers)
    return 200, media, ox.serialize(triples, format=GRAPH_TYPES[media]), headers


def _capped(items, max_rows: int, what: str, headers: dict[str, str]) -> list:
    """The first ``max_rows`` items; a header says when the answer was cut."""
    kept = []
    for item in items:
        if len(kept) == max_rows:
            headers["X-Naravard-Truncated"] = f"results cut at {max_rows} {what}"
            break
        kept.append(item)
    return kept


def _solutions(variables, rows, fmt) -> bytes:
    """Rows as a SPARQL results document, through JSON so that every format is Oxigraph's own writer."""
    names = [v.value for v in variables]
    bindings = []
    for row in rows:
        b = {}
        for name in names:
            value = row[name]
            if value is None:
                continue
            if isinstance(value, ox.NamedNode):
                b[name] = {"type": "uri", "value": value.value}
            elif isinstance(value, ox.BlankNode):
                b[name] = {"type": "bnode", "value": value.value}
            else:
                lit = {"type": "literal", "value": value.value}
                if value.language:
                    lit["xml:lang"] = value.language
                elif value.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
                    lit["datatype"] = value.datatype.value
                b[name] = lit
        bindings.append(b)
    raw = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}).encode()
    if fmt == ox.QueryResultsFormat.JSON:
        return raw
    return ox.parse_query_results(raw, format=ox.QueryResultsFormat.JSON).serialize(format=fmt)


class Handler(BaseHTTPRequestHandler):
    endpoint: Endpoint  # set on the server class
    server_version = "naravard"

    def log_message(self, *args) -> None:  # quiet: the CLI prints what it needs
        pass

    def _answer(self, status: int, media: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media + ("; charset=utf-8" if media.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self) -> None:  # CORS preflight from browser clients such as YASGUI
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/"):
            return self._answer(404, "text/plain", b"the endpoint is /sparql\n")
        self._from_params(urllib.parse.parse_qs(url.query), 200,
                          b"naravard SPARQL endpoint: GET or POST /sparql?query=...\n")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            return self._refuse()
        if media == "application/sparql-query":
            return self._query(body)
        self._from_params(urllib.parse.parse_qs(body), 400,
                          b"send query=... (form) or an application/sparql-query body\n")

    def _from_params(self, params: dict, status_without_query: int, message: bytes) -> None:
        """A query or update from URL or form parameters, the same for GET and POST."""
        if "update" in params:
            return self._refuse()
        if "query" not in params:
            return self._answer(status_without_query, "text/plain", message)
        self._query(params["query"][0])

    def _refuse(self) -> None:
        self._answer(403, "text/plain", b"this endpoint is read-only: SPARQL Update is refused; "
                                        b"change the graph with 'naravard build'\n")

    def _query(self, query: str) -> None:
        status, media, body, headers = self.endpoint.run(query, self.headers.get("Accept") or "")
        self._answer(status, media, body, headers)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_close(self) -> None:
        super().server_close()
        self.RequestHandlerClass.endpoint.close()


def make_server(open_store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0,
                max_rows: int = 10_000) -> Server:
    """``open_store`` is called in each worker process and returns a store to query (read-only)."""
    handler = type("BoundHandler", (Handler,), {"endpoint": Endpoint(open_store, timeout, max_rows)})
    return Server((host, port), handler)
