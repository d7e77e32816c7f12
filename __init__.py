"""naravard: a knowledge graph of the actors and initiatives in Sweden's shift to Nära vård.

The Python API for scripts; the command line (``naravard``) calls the same functions.

    import naravard
    naravard.build(["../shared/corpus"], "naravard-out")
    rows = naravard.query("naravard-out", "members", forum="Regional ledningsgrupp")
    naravard.export("naravard-out", "gexf", "natverk.gexf")
"""

__version__ = "0.1.0"

__all__ = ["build", "export", "load_graph", "open_store", "query", "saved_queries"]


def build(paths, out, **options):
    """Build the graph, its store and its view from files and folders; returns the build report."""
    from .pipeline import build as run

    return run(paths, out, **options)


def load_graph(out):
    """The merged graph of a build as an rdflib.Graph."""
    from .pipeline import load_graph as run

    return run(out)


def open_store(out):
    """The build's SPARQL store (Oxigraph), for queries with ``.query(sparql, bindings)``."""
    from .pipeline import open_store as run

    return run(out)


def saved_queries():
    """The saved queries by name, each with its summary, parameters and SPARQL text."""
    from .graph.queries import saved

    return saved()


def query(out, name_or_sparql, **params):
    """Run a saved query by name (parameters as keyword arguments) or SPARQL text; rows of plain strings."""
    from .graph.queries import bindings, saved
    from .graph.store import plain

    if name_or_sparql in saved():
        q = saved()[name_or_sparql]
        text, given = q.text, bindings(q, params)
    else:
        text, given = name_or_sparql, params
    result = open_store(out).query(text, given)
    return [dict(zip(result.variables, (plain(v) for v in row))) for row in result.rows]


def export(out, fmt, target=None):
    """Write the build as ``fmt`` (turtle, trig, nquads, jsonld, graphml, gexf, csv, cytoscape); returns the files."""
    from pathlib import Path

    from .output.exports import default_target
    from .output.exports import export as run

    return run(Path(out), fmt, Path(target) if target else default_target(Path(out), fmt))
