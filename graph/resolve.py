"""Entity resolution across documents: one node per real entity, with stable identifiers.

This is the one home of cross-document merging. Rules, each recorded on the entity so that a
merge can be explained (``naravard explain``), are in RULES below.

The IRI is derived from the kind and the canonical name, so a rebuild gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extract.record import DocumentRecord, Evidence
from ..extract.patterns import key

BASE = "https://w3id.org/naravard/id/"
KIND_PATH = {"Person": "person", "Organisation": "organisation", "Project": "project",
             "CollaborationForum": "forum"}


RULES = {
    "across.same_name": "same kind and the same name once case, dashes, spacing and inflection are folded",
    "across.official_name": "regions and municipalities carry their official names from the reference lists",
    "across.full_name": "people merge across documents only on the full name, never on a bare given name",
}


def slug(name: str) -> str:
    """ "Region Västmanland" -> "region-vastmanland"."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80] or hashlib.sha256(name.encode()).hexdigest()[:12]


def document_iri(sha256: str) -> str:
    return f"{BASE}document/{sha256[:16]}"


@dataclass
class Node:
    """One resolved entity."""

    iri: str
    kind: str
    label: str
    subtype: str | None = None
    aliases: set[str] = field(default_factory=set)
    codes: dict[str, str] = field(default_factory=dict)
    mentions: dict[str, list[Evidence]] = field(default_factory=dict)  # document IRI -> mentions
    forms: dict[str, set[str]] = field(default_factory=dict)  # document IRI -> names written there
    rules: set[str] = field(default_factory=set)  # merge rules that joined its mentions


@dataclass
class Statement:
    """A fact with resolved ends, in one document."""

    subject: str  # IRI
    predicate: str
    object: str  # IRI, or the title for "title"
    document: str  # IRI
    evidence: Evidence


@dataclass
class Resolved:
    nodes: dict[str, Node]
    statements: list[Statement]
    where: dict[tuple[str, tuple], str] = field(default_factory=dict)  # (document IRI, entity key) -> node IRI


def _merge_key(kind: str, name: str) -> tuple[str, str]:
    if kind == "Person":
        return kind, re.sub(r"\s+", " ", name.casefold()).strip()
    if kind == "Project":  # "Program Nära vård" in one document is "programmet Nära vård" in another
        return kind, key(re.sub(r"(?i)^program(?:met)?\s+", "", name))
    return kind, key(name)


@dataclass
class EntitySummary:
    """What resolution needs of an extracted entity: everything but its mentions, which it counts."""

    kind: str
    name: str
    subtype: str | None
    aliases: list[str]
    codes: dict[str, str]
    merged_by: list[str]
    count: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)

    @classmethod
    def of(cls, e) -> "EntitySummary":
        return cls(e.kind, e.name, e.subtype, e.aliases, e.codes, e.merged_by, len(e.mentions))


def resolve_nodes(documents: Iterable[tuple[str, list]]) -> tuple[dict[str, Node], dict[tuple[str, tuple], str]]:
    """Merge the entities of all documents (document IRI, entities) into nodes, without their mentions.

    Returns the nodes by IRI and, for each (document IRI, entity key), the IRI of its node. The
    entities may be EntityRecords or EntitySummaries: a large build keeps only the summaries.
    """
    groups: dict[tuple[str, str], list[tuple[str, object]]] = defaultdict(list)
    for doc, entities in documents:
        for entity in entities:
            groups[_merge_key(entity.kind, entity.name)].append((doc, entity))
    nodes: dict[str, Node] = {}
    where: dict[tuple[str, tuple[str, str]], str] = {}
    used: dict[str, str] = {}
    for mkey in sorted(groups):
        members = groups[mkey]
        kind = mkey[0]
        counts = Counter()
        for _, e in members:
            counts[e.name] += max(1, e.count if isinstance(e, EntitySummary) else len(e.mentions))
        label = min(counts, key=lambda n: (-counts[n], n))
        iri = f"{BASE}{KIND_PATH[kind]}/{slug(label)}"
        if iri in used and used[iri] != "|".join(mkey):
            iri += "-" + hashlib.sha256("|".join(mkey).encode()).hexdigest()[:6]
        used[iri] = "|".join(mkey)
        node = Node(iri, kind, label)
        if len({e.name for _, e in members}) > 1:
            node.rules.add("across.same_name")
        if len({d for d, _ in members}) > 1:
            node.rules.add("across.full_name" if kind == "Person" else
                           "across.official_name" if any(e.subtype in ("Region", "Municipality") for _, e in members)
                           else "across.same_name")
        for doc, e in members:
            node.subtype = node.subtype or e.subtype
            node.codes.update({k: v for k, v in e.codes.items() if k not in node.codes})
            node.aliases.update({e.name, *e.aliases})
            where[(doc, e.key)] = iri
            node.rules.update(e.merged_by)
        node.aliases.discard(label)
        nodes[iri] = node
    return nodes, where


def resolve(records: list[DocumentRecord]) -> Resolved:
    """Merge the entities of all documents; facts point at the merged nodes."""
    nodes, where = resolve_nodes((document_iri(rec.sha256), rec.entities) for rec in records)
    statements = []
    for rec in records:
        doc = document_iri(rec.sha256)
        for e in rec.entities:
            node = nodes[where[(doc, e.key)]]
            node.mentions.setdefault(doc, []).extend(e.mentions)
            node.forms.setdefault(doc, set()).update({e.name, *e.aliases})
        for fact in rec.facts:
            s = where.get((doc, fact.subject))
            o = fact.object if fact.predicate == "title" else where.get((doc, fact.object))  # type: ignore[arg-type]
            if s and o:
                statements.append(Statement(s, fact.predicate, o, doc, fact.evidence))
    return Resolved(nodes, statements, where)
