"""The questions users ask, shipped as saved SPARQL queries in ``queries/*.rq``.

Each file starts with comment lines: the first is the summary, ``# param NAME: help`` lines name
the parameters. Parameters are projected variables bound through the store's substitution (or
a VALUES block for a remote server), never formatted into the query text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class SavedQuery:
    name: str
    summary: str
    params: dict[str, str]  # parameter -> help
    text: str


@lru_cache(maxsize=1)
def saved() -> dict[str, SavedQuery]:
    folder = resources.files("naravard.graph").joinpath("queries")
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        params = {}
        for c in comments:
            m = re.match(r"param (\w+): (.*)", c)
            if m:
                params[m.group(1)] = m.group(2)
        summary = " ".join(c for c in comments if not c.startswith("param "))
        name = entry.name[:-3]
        out[name] = SavedQuery(name, summary, params, text)
    return out


def bindings(query: SavedQuery, given: dict[str, str]) -> dict[str, str]:
    """The query's parameters from ``given``; a missing or unknown one is a clear error."""
    unknown = sorted(set(given) - set(query.params))
    if unknown:
        raise ValueError(f"query {query.name!r} has no parameter {unknown[0]!r}"
                         + (f"; it takes {', '.join(query.params)}" if query.params else "; it takes none"))
    missing = [p for p in query.params if p not in given]
    if missing:
        raise ValueError(f"query {query.name!r} needs --param {missing[0]}=… ({query.params[missing[0]]})")
    return dict(given)
