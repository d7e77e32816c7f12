"""Byte-stable serialisation: same graph, same bytes, so that rebuilds diff cleanly.

rdflib's Turtle writer sorts subjects and objects; its TriG writer does not order the named
graphs, so TriG is assembled here from one sorted Turtle body per graph.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph

from .rdf import bind


def turtle(g: Graph) -> str:
    return g.serialize(format="turtle")


def trig(ds: Dataset) -> str:
    prefixes: set[str] = set()
    bodies = []
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    for named in graphs:
        g = Graph()
        bind(g)
        for triple in named:
            g.add(triple)
        lines = turtle(g).splitlines()
        prefixes.update(x for x in lines if x.startswith("@prefix"))
        body = [x for x in lines if not x.startswith("@prefix")]
        while body and not body[0].strip():
            body.pop(0)
        # not indented: a line may be the inside of a multi-line literal
        inner = "\n".join(body).rstrip()
        bodies.append(f"<{named.identifier}> {{\n{inner}\n}}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(bodies)


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside path, then rename: a crash never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
