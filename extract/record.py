"""One document's extraction as plain data: spans already in the original text, quotes included.

This is what later stages need (resolution, RDF) and what a build caches per document, keyed by
the file's content hash, so that an unchanged document is never read or extracted again.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from .model import Extraction, Text
from .organisations import common_unit


@dataclass(frozen=True)
class Evidence:
    start: int  # offsets into the document's original text
    end: int
    quote: str
    rule: str
    confidence: float


@dataclass
class EntityRecord:
    kind: str
    name: str
    subtype: str | None
    aliases: list[str]
    codes: dict[str, str]
    merged_by: list[str]
    mentions: list[Evidence]
    # the owner a unit's common-noun name needs across documents: "Landskrona stad" for "Socialförvaltningen"
    scope: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)


@dataclass
class FactRecord:
    subject: tuple[str, str]
    predicate: str
    object: tuple[str, str] | str
    evidence: Evidence


@dataclass
class DocumentRecord:
    path: str
    name: str
    title: str
    format: str
    sha256: str
    warnings: list[str] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    facts: list[FactRecord] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)  # named only in a credit: "Foto: Eva Ek"

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, data: str) -> "DocumentRecord":
        raw = json.loads(data)
        entities = [EntityRecord(e["kind"], e["name"], e["subtype"], e["aliases"], e["codes"], e["merged_by"],
                                 [Evidence(**m) for m in e["mentions"]], e.get("scope", "")) for e in raw.pop("entities")]
        facts = [FactRecord(tuple(f["subject"]), f["predicate"],
                            f["object"] if isinstance(f["object"], str) else tuple(f["object"]),
                            Evidence(**f["evidence"])) for f in raw.pop("facts")]
        return cls(**raw, entities=entities, facts=facts)


def _evidence(text: Text, start: int, end: int, rule: str, confidence: float) -> Evidence:
    a, b = text.original(start, end)
    return Evidence(a, b, text.document.text[a:b], rule, round(confidence, 2))


def _scope(kind: str, name: str, parents: set[str]) -> str:
    """The one owner of a unit whose name is a common noun, "" for every other entity."""
    return next(iter(parents)) if kind == "Organisation" and len(parents) == 1 and common_unit(name) else ""


def record(ex: Extraction) -> DocumentRecord:
    """The extraction of one document as plain, serialisable data."""
    text, doc = ex.text, ex.text.document
    parents: dict[tuple[str, str], set[str]] = {}
    for f in ex.facts:
        if f.predicate == "partOf" and f.subject[0] == "Organisation" and f.object[0] == "Organisation":
            parents.setdefault(f.subject, set()).add(f.object[1])
    entities = [
        EntityRecord(e.kind, e.name, e.subtype, sorted(e.aliases), dict(sorted(e.codes.items())), sorted(e.merged_by),
                     [_evidence(text, m.start, m.end, m.rule, m.confidence) for m in e.mentions],
                     _scope(e.kind, e.name, parents.get(k, set())))
        for k, e in sorted(ex.entities.items())
    ]
    facts = [FactRecord(f.subject, f.predicate, f.object, _evidence(text, f.start, f.end, f.rule, f.confidence))
             for f in ex.facts]
    return DocumentRecord(doc.path, doc.name, doc.title, doc.format, doc.sha256, list(doc.warnings), entities, facts,
                          sorted(ex.credits))
