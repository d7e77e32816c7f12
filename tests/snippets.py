"""Short Swedish texts written for the tests, turned into normalised Text as the pipeline does."""
from __future__ import annotations

import hashlib

from naravard.extract.model import Document, Text
from naravard.extract.normalise import normalise
from naravard.extract.pipeline import extract


def text_of(snippet: str, name: str = "snippet.txt") -> Text:
    doc = Document(name, name, snippet.strip().splitlines()[0] if snippet.strip() else name, snippet, "text",
                   hashlib.sha256(snippet.encode("utf-8")).hexdigest())
    return normalise(doc)


def entities(snippet: str) -> dict[str, str]:
    """name -> kind of everything extracted from the snippet."""
    return {name: kind for (kind, name) in extract(text_of(snippet)).entities}


def named(snippet: str, kind: str) -> set[str]:
    """The names of everything of one kind extracted from the snippet ("Organisation", "CollaborationForum")."""
    return {name for name, k in entities(snippet).items() if k == kind}


def facts(snippet: str) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name or title) of every fact in the snippet."""
    out = set()
    for f in extract(text_of(snippet)).facts:
        obj = f.object if isinstance(f.object, str) else f.object[1]
        out.add((f.subject[1], f.predicate, obj))
    return out


def credited(snippet: str) -> list[str]:
    """The people the snippet names only in a credit ("Foto: Eva Ek"): the document's contributors."""
    return extract(text_of(snippet)).credits
