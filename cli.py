"""The naravard command line: build a graph from documents, query it, view it, validate it."""
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
                        help="Folder of the build: graph.ttl, graph.trig, network.html.")(func)


def needs_build(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        out: Path = kwargs["out"]
        if not (out / "graph.trig").is_file():
            raise click.ClickException(
                f"no graph in {out}/: run 'naravard build PATH --out {out}' first")
        return func(*args, **kwargs)
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
@click.option("-q", "--quiet", is_flag=True, help="No summary and no progress bar.")
def build(paths: tuple[Path, ...], out: Path, min_confidence: float, quiet: bool) -> None:
    """Read documents and write the graph and its network view.

    PATHS are files and folders (read recursively): .txt, .md, .pdf, .docx, .pptx, .html,
    .vtt and .srt. Writes OUT/graph.ttl (merged graph), OUT/graph.trig (one named graph per
    document, with provenance) and OUT/network.html. Exit status 1 when a document was skipped
    (the others are still in the graph).

    \b
    Example:
        naravard build ../shared/corpus --out naravard-out
    """
    from .extract.documents import iter_paths
    from .pipeline import build as run_build

    missing = [str(p) for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise click.ClickException(f"{missing[0]}: no such file or folder; check the path")
    total = sum(1 for _ in iter_paths(paths))
    show_bar = not quiet and total >= 20
    with click.progressbar(length=total, label="Reading documents", file=sys.stderr,
                           hidden=not show_bar) as bar:
        report = run_build(paths, out, min_confidence=min_confidence, on_document=lambda _p: bar.update(1))
    for skipped in report.skipped:
        click.echo(f"skipped {skipped}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.skipped:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("query")
@out_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output format; json is the W3C SPARQL 1.1 results format.")
@needs_build
def query(query: str, out: Path, fmt: str) -> None:
    """Run a SPARQL query (text, or a .rq file) on the graph.

    The default graph is the union of all documents; prefixes nv:, id:, rdfs:, skos:, prov:,
    dcterms: are predefined.

    \b
    Example:
        naravard query 'SELECT ?name ?title WHERE { ?p a nv:Person ; rdfs:label ?name ; nv:title ?title }'
    """
    from .graph.store import QueryError, Store, plain

    text = query
    if query.endswith(".rq"):
        try:
            text = Path(query).read_text(encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"{query}: cannot read the query file ({exc.strerror})") from exc
    store = Store.from_trig(out / "graph.trig")
    try:
        result = store.query(text)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    if result.kind == "ask":
        click.echo("true" if result.boolean else "false")
        return
    if fmt != "table":
        click.echo(result.serialise(fmt).decode("utf-8"), nl=False)
        return
    rows = [[plain(x) for x in row] for row in result.rows]
    header = result.variables
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    click.echo("  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in rows:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
    click.echo(f"({len(rows)} rows)", err=True)


@main.command(context_settings=CONTEXT)
@click.argument("name")
@out_option
@needs_build
def explain(name: str, out: Path) -> None:
    """Show why the graph holds an entity: its mentions and the rules that merged them.

    NAME is the entity's name or any form of it that a document used (case does not matter).
    Prints each mention with its document, character offsets and quote.

    \b
    Example:
        naravard explain "Region Västmanland"
    """
    from .graph.explain import explain as run_explain
    from .graph.store import Store

    found = run_explain(Store.from_trig(out / "graph.trig"), name)
    if not found:
        raise click.ClickException(f"no entity is named {name!r}; try 'naravard query' to list names")
    for i, ex in enumerate(found):
        if i:
            click.echo()
        click.echo("\n".join(ex.lines()))


@main.command(context_settings=CONTEXT)
@out_option
@click.option("-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the HTML (default OUT/network.html).")
@needs_build
def view(out: Path, output: Path | None) -> None:
    """Write the interactive network view of the graph again.

    \b
    Example:
        naravard view --out naravard-out -o natverk.html
    """
    from .output.html import write_html
    from .output.network import to_networkx
    from .pipeline import load_graph

    target = output or out / "network.html"
    G = to_networkx(load_graph(out))
    write_html(G, target, title="naravard")
    click.echo(f"wrote {target} ({G.number_of_nodes()} nodes, {G.number_of_edges()} edges)", err=True)


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
