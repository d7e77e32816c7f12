"""The naravard command line: build a graph from documents, query it, explain it, view it, serve it."""
from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from . import __version__

CONTEXT = {"help_option_names": ["-h", "--help"]}
DEFAULT_OUT = "naravard-out"


def out_option(func):
    """The build folder every command reads or writes (one decorator, used everywhere)."""
    return click.option("--out", "out", default=DEFAULT_OUT, show_default=True,
                        type=click.Path(file_okay=False, path_type=Path),
                        help="Folder of the build: graph.ttl, graph.trig, network.html, store/.")(func)


def store_options(func):
    """A SPARQL server instead of the embedded store (credentials from options or the environment)."""
    options = [
        click.option("--store", "store_url", envvar="NARAVARD_STORE", metavar="URL",
                     help="SPARQL 1.1 query endpoint of a server to use instead of the embedded store."),
        click.option("--store-update", envvar="NARAVARD_STORE_UPDATE", metavar="URL",
                     help="Its SPARQL Update endpoint (default: the query URL)."),
        click.option("--store-graphs", envvar="NARAVARD_STORE_GRAPHS", metavar="URL",
                     help="Its Graph Store Protocol endpoint (default: the query URL)."),
        click.option("--store-user", envvar="NARAVARD_STORE_USER", help="User name for the server."),
        click.option("--store-password", envvar="NARAVARD_STORE_PASSWORD", help="Password for the server."),
    ]
    for option in reversed(options):
        func = option(func)

    @functools.wraps(func)
    def wrapper(*args, store_url, store_update, store_graphs, store_user, store_password, **kwargs):
        remote = None
        if store_url:
            from .graph.remote import RemoteStore
            remote = RemoteStore(store_url, store_update or store_url, store_graphs or store_url, store_user,
                                 store_password)
        return func(*args, remote=remote, **kwargs)
    return wrapper


def needs_build(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        out: Path = kwargs["out"]
        if kwargs.get("remote") is None and not (out / "graph.trig").is_file():
            raise Failure(f"no graph in {out}/: run 'naravard build PATH --out {out}' first")
        return func(*args, **kwargs)
    return wrapper


class Failure(click.ClickException):
    """Nothing was done: exit status 2, so that 1 keeps its meaning of 'built, some documents skipped'."""

    exit_code = 2


def store_errors(func):
    """Store and query problems become one clear line, never a traceback."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from .graph.store import QueryError, StoreError
        try:
            return func(*args, **kwargs)
        except (QueryError, StoreError, ValueError) as exc:
            raise Failure(str(exc)) from exc
    return wrapper


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="naravard")
def main() -> None:
    """naravard: a knowledge graph of who works on Nära vård, where, with whom and in what.

    \b
    Example:
        naravard build ../shared/corpus --out naravard-out
    """


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@out_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop facts and mentions the extractors are less sure of than this.")
@click.option("-w", "--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Read and extract documents in this many processes (up to the number of cores helps).")
@click.option("--max-megabytes", type=click.FloatRange(min=0, min_open=True), default=50, show_default=True,
              help="Skip documents larger than this (a 100 MB text is rarely one document).")
@click.option("--strict", is_flag=True,
              help="Fail, writing nothing, if any document cannot be read (default: skip it and go on).")
@click.option("-q", "--quiet", is_flag=True, help="No summary and no progress bar.")
@store_options
@store_errors
def build(paths: tuple[Path, ...], out: Path, min_confidence: float, workers: int, max_megabytes: float,
          strict: bool, quiet: bool, remote) -> None:
    """Read documents and write the graph, its store and its network view.

    PATHS are files and folders (read recursively): .txt, .md, .pdf, .docx, .pptx, .html,
    .vtt and .srt. Writes OUT/graph.ttl (merged graph), OUT/graph.trig (one named graph per
    document, with provenance), OUT/store/ (the embedded SPARQL store; or --store URL) and
    OUT/network.html. Unchanged documents are not read again.

    \b
    Exit status:
      0  every document was read
      1  some documents were skipped (one line each says why); the graph holds the others
      2  nothing was written: bad usage, a path that does not exist, another build
         running into OUT, an unreachable store, or --strict and a document skipped
      130  interrupted (Ctrl-C); the previous outputs and store are unchanged

    \b
    Example:
        naravard build ../shared/corpus --out naravard-out
    """
    from .extract.documents import iter_paths
    from .pipeline import BuildLocked, StrictFailure
    from .pipeline import build as run_build

    missing = [str(p) for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise Failure(f"{missing[0]}: no such file or folder; check the path")
    total = sum(1 for _ in iter_paths(paths))
    with click.progressbar(length=total, label="Reading documents", file=sys.stderr,
                           hidden=quiet or total < 20) as bar:
        try:
            report = run_build(paths, out, min_confidence=min_confidence, store=remote, workers=workers,
                               strict=strict, max_megabytes=max_megabytes, on_document=lambda _p: bar.update(1))
        except BuildLocked as exc:
            raise Failure(str(exc)) from exc
        except StrictFailure as exc:
            for skipped in exc.report.skipped:
                click.echo(f"skipped {skipped}", err=True)
            raise Failure(str(exc)) from exc
        except KeyboardInterrupt:
            click.echo(f"Interrupted: {out} and its store are as the previous build left them.", err=True)
            sys.exit(130)
    for skipped in report.skipped:
        click.echo(f"skipped {skipped}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.skipped:
        sys.exit(1)


def _markdown(header: list[str], rows: list[list[str]]) -> str:
    def cell(v: str) -> str:
        return v.replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _table(header: list[str], rows: list[list[str]]) -> str:
    rows = [[" ".join(v.split()) for v in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)


@main.command(context_settings=CONTEXT)
@click.argument("query", required=False)
@out_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "markdown"]), default="table",
              show_default=True, help="Output format; json is the W3C SPARQL 1.1 results format.")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE", help="A saved query's parameter.")
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries and their parameters.")
@store_options
@store_errors
def query(query: str | None, out: Path, fmt: str, params: tuple[str, ...], list_saved: bool, remote) -> None:
    """Run SPARQL (text or a .rq file) or a saved query by name on the graph.

    The default graph is the merge of all documents; each document's named graph is there for
    GRAPH. Prefixes nv:, id:, rdf:, rdfs:, skos:, prov:, dcterms:, owl:, xsd: are predefined.

    \b
    Examples:
        naravard query --list
        naravard query members --param forum="Regional ledningsgrupp"
        naravard query 'SELECT ?name WHERE { ?p a nv:Person ; rdfs:label ?name }'
    """
    from .graph.queries import bindings, saved
    from .graph.store import plain
    from .pipeline import open_store

    if list_saved:
        for q in saved().values():
            args = " ".join(f"--param {p}=…" for p in q.params)
            click.echo(f"{q.name} {args}".rstrip())
            click.echo(f"    {q.summary}")
            for p, help_text in q.params.items():
                click.echo(f"    {p}: {help_text}")
        return
    if not query:
        raise click.UsageError("give a query, a .rq file or a saved query's name (see --list)")
    if remote is None and not (out / "graph.trig").is_file():
        raise Failure(f"no graph in {out}/: run 'naravard build PATH --out {out}' first")
    given = {}
    for p in params:
        key, sep, value = p.partition("=")
        if not sep:
            raise click.UsageError(f"--param {p!r}: write it as KEY=VALUE")
        given[key] = value
    if query in saved():
        text, binding = saved()[query].text, bindings(saved()[query], given)
    elif query.endswith(".rq"):
        try:
            text = Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise Failure(f"{query}: cannot read the query file ({exc.strerror})") from exc
        binding = given
    elif given:
        raise click.UsageError("--param goes with a saved query or a .rq file")
    else:
        text, binding = query, {}
    result = open_store(out, remote).query(text, binding)
    if result.kind == "ask":
        click.echo("true" if result.boolean else "false")
        return
    if fmt in ("csv", "tsv", "json"):
        click.echo(result.serialise(fmt).decode("utf-8"), nl=False)
        return
    rows = [[plain(x) for x in row] for row in result.rows]
    click.echo(_markdown(result.variables, rows) if fmt == "markdown" else _table(result.variables, rows))
    click.echo(f"({len(rows)} rows)", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("name")
@out_option
@store_options
@needs_build
@store_errors
def explain(name: str, out: Path, remote) -> None:
    """Show why the graph holds an entity: its mentions and the rules that merged them.

    NAME is the entity's name or any form of it that a document used (case does not matter).
    Prints each mention with its document, character offsets and quote.

    \b
    Example:
        naravard explain "Region Västmanland"
    """
    from .graph.explain import credited, explain as run_explain
    from .pipeline import open_store

    store = open_store(out, remote)
    found = run_explain(store, name)
    if not found:
        files = credited(store, name)
        if files:  # "Foto: Eva Ek": named, but only as the one who took the picture or wrote the text
            click.echo(f"{name} is no entity: credited for a photo or the text in {', '.join(files)}")
            return
        raise Failure(f"no entity is named {name!r}; 'naravard query people' lists names")
    for i, ex in enumerate(found):
        if i:
            click.echo()
        click.echo("\n".join(ex.lines()))


@main.command(context_settings=CONTEXT)
@out_option
@click.option("-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the HTML (default OUT/network.html).")
@click.option("--focus", metavar="NAME", help="Only what lies within --depth relations of this entity.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0, 10), help="Steps out from --focus.")
@click.option("--region", metavar="NAME", help="Only the region, its municipalities and what is linked to them.")
@click.option("--type", "kind", metavar="KIND", help="Only this kind (Person, Organisation, Projekt, …) and its neighbours.")
@click.option("--document", metavar="FILE", help="Only what this document mentions and states.")
@store_options
@needs_build
@store_errors
def view(out: Path, output: Path | None, focus: str | None, depth: int, region: str | None, kind: str | None,
         document: str | None, remote) -> None:
    """Write the interactive network view of the graph, whole or focused.

    One self-contained HTML file that opens offline. Options combine: a node stays when every
    option given keeps it.

    \b
    Examples:
        naravard view -o natverk.html
        naravard view --focus "Region Västmanland" --depth 1 -o vastmanland.html
    """
    from .output.html import write_html
    from .output.network import to_networkx
    from .output.views import select
    from .pipeline import graph_of

    target = output or out / "network.html"
    G = to_networkx(graph_of(out, remote))
    if any(x is not None for x in (focus, region, kind, document)):
        G = select(G, focus=focus, depth=depth, region=region, kind=kind, document=document)
    write_html(G, target, title="naravard")
    click.echo(f"wrote {target} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)", err=True)


@main.command(context_settings=CONTEXT)
@out_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv", "cytoscape"]),
              help="turtle, trig, nquads, jsonld (RDF); graphml, gexf (Gephi); csv (nodes and edges); cytoscape.")
@click.option("-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (default OUT/naravard.<suffix>).")
@store_options
@needs_build
@store_errors
def export(out: Path, fmt: str, output: Path | None, remote) -> None:
    """Export the graph for other tools: RDF, Gephi, spreadsheets, Cytoscape.

    \b
    Examples:
        naravard export --format gexf -o natverk.gexf
        naravard export --format csv        # OUT/naravard-nodes.csv and OUT/naravard-edges.csv
    """
    from .output.exports import default_target
    from .output.exports import export as run_export
    from .pipeline import dump_remote

    source = out
    if remote is not None:
        source = dump_remote(remote, out / ".naravard" / "remote-export")
    written = run_export(source, fmt, output or default_target(out, fmt))
    for path in written:
        click.echo(f"wrote {path}", err=True)


@main.command(context_settings=CONTEXT)
@out_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is answered 503.")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Results are cut at this many rows.")
@needs_build
def serve(out: Path, host: str, port: int, timeout: float, max_rows: int) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint at /sparql.

    \b
    Example:
        naravard serve --port 7878
        curl 'http://127.0.0.1:7878/sparql?query=ASK%20%7B%7D'
    """
    from .graph.server import make_server
    from .pipeline import open_store

    open_store(out)  # fails here, clearly, if the build cannot be opened
    server = make_server(functools.partial(open_store, out), host, port, timeout, max_rows)
    click.echo(f"SPARQL endpoint at http://{host}:{server.server_address[1]}/sparql (read-only; Ctrl-C stops)",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command(context_settings=CONTEXT)
@out_option
@needs_build
def validate(out: Path) -> None:
    """Check the graph against the ontology's SHACL shapes.

    Prints one line per problem and exits 1 when there is any.

    \b
    Example:
        naravard validate --out naravard-out
    """
    from .graph.validate import validate as run_validate
    from .pipeline import load_graph

    violations = run_validate(load_graph(out))
    for v in violations:
        click.echo(v.describe())
    if violations:
        click.echo(f"{len(violations)} problems found", err=True)
        sys.exit(1)
    click.echo("the graph conforms to the naravard shapes", err=True)
