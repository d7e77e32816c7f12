"""Entity resolution across documents: one node per real entity, with stable identifiers.

This is the one home of cross-document merging. Rules, each recorded on the entity so that a
merge can be explained (``naravard explain``), are in RULES below.

The IRI is derived from the kind and the canonical name, so a rebuild gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extract.record import DocumentRecord, Evidence
from ..extract.coref import fold_accents
from ..extract.lexicons import respelt
from ..extract.organisations import common_unit
from ..extract.patterns import is_board, key

BASE = "https://w3id.org/naravard/id/"
KIND_PATH = {"Person": "person", "Organisation": "organisation", "Project": "project",
             "CollaborationForum": "forum"}


RULES = {
    "across.same_name": "same kind and the same name once case, dashes, spacing and inflection are folded",
    "across.official_name": "regions and municipalities carry their official names from the reference lists",
    "across.full_name": "people merge across documents only on the full name, never on a bare given name",
    "across.written_form": "people merge across documents when one document writes a full name the other "
                           "uses, the same surname parts in another order (Löpare Johansson / Johansson-Löpare), "
                           "a given name spelt another way (Jacob / Jakob), or the one longer name of the corpus "
                           "that a two-word name begins (Ebba Almkvist / Ebba Almkvist Lindahl)",
    "across.organisation_form": "an organisation merges across documents with the one other whose document "
                                "writes its name as a form of its own (Stiftelsen Äldrecentrum / Stiftelsen "
                                "Stockholms läns Äldrecentrum)",
    "across.bare_given_name": "a bare given name or speaker label that stands alone in a document ('LISBETH:') "
                              "joins the one full-named person of the corpus with that given name, when another "
                              "document already calls that person by it (a podcast's host across episodes)",
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
    where: Where  # (document IRI, entity key) -> node IRI


def _scoped_key(e) -> tuple[str, str]:
    """An entity's merge key; a unit named by a common noun ("Socialförvaltningen") is one per owner."""
    kind, name = _merge_key(e.kind, e.name)
    return (kind, f"{name} @ {key(e.scope)}") if e.scope else (kind, name)


def _common_noun(form: str) -> bool:
    """ "hälso- och sjukvårdsnämnd", "Socialförvaltningen": a unit's or board's name that every owner's unit has, no
    proper name of one ("Region Östergötlands hälso- och sjukvårdsnämnd" is)."""
    named = any(w[:1].isupper() for w in form.split()[1:])
    return form[:1].islower() or common_unit(form) or is_board(form) and not named


def _merge_key(kind: str, name: str) -> tuple[str, str]:
    if kind == "Person":
        return kind, re.sub(r"\s+", " ", fold_accents(name)).strip()  # "Löpare-Johansson" = "Löpare Johansson"
    if kind == "Project":  # "Program Nära vård" in one document is "programmet Nära vård" in another
        return kind, key(re.sub(r"(?i)^program(?:met)?\s+", "", name))
    return kind, key(name)


@dataclass
class _Group:
    """What resolution keeps of one merge key while the documents are folded in, one at a time.

    Where documents disagree on a subtype or a code, the first in document IRI order wins (then
    the first in the document), whatever order they are folded in: each value is kept with that
    position, (document IRI, index)."""

    counts: Counter = field(default_factory=Counter)  # name -> mentions
    documents: set[str] = field(default_factory=set)  # at most two: one more says "across documents"
    subtype: tuple[tuple[str, int], str] | None = None
    codes: dict[str, tuple[tuple[str, int], str]] = field(default_factory=dict)
    aliases: set[str] = field(default_factory=set)
    rules: set[str] = field(default_factory=set)
    official: bool = False  # some mention is a region or a municipality


class Where:
    """(document IRI, entity key) -> node IRI. Held per node (its merge key), not per document and entity,
    so it grows with the graph, not with the corpus."""

    def __init__(self, by_key: dict[tuple[str, str], str], scoped: dict[tuple[str, tuple[str, str]], str]):
        self._by_key = by_key
        self._scoped = scoped  # (document IRI, entity key) -> node IRI, for units told apart by their owner

    def __getitem__(self, item: tuple[str, tuple[str, str]]) -> str:
        if item in self._scoped:
            return self._scoped[item]
        _, (kind, name) = item
        return self._by_key[_merge_key(kind, name)]


class Resolver:
    """Merges the entities of documents into nodes, folding in one document at a time.

    Memory grows with the distinct entities, not with the documents: a build folds each
    extraction in as it is read and keeps nothing else of it. The result does not depend on the
    order the documents come in.
    """

    def __init__(self):
        self._groups: dict[tuple[str, str], _Group] = {}
        self._scoped: dict[tuple[str, tuple[str, str]], tuple[str, str]] = {}  # (doc, entity key) -> merge key

    def add(self, doc: str, entities: Iterable) -> None:
        """Fold in the entities (EntityRecords) of the document with IRI ``doc``."""
        for i, e in enumerate(entities):
            mkey = _scoped_key(e)
            if e.scope:
                self._scoped[(doc, e.key)] = mkey
            group = self._groups.get(mkey)
            if group is None:
                group = self._groups[mkey] = _Group()
            here = (doc, i)
            group.counts[e.name] += max(1, len(e.mentions))
            if len(group.documents) < 2:
                group.documents.add(doc)
            if e.subtype and (group.subtype is None or here < group.subtype[0]):
                group.subtype = (here, e.subtype)
            for code, value in e.codes.items():
                if code not in group.codes or here < group.codes[code][0]:
                    group.codes[code] = (here, value)
            group.aliases.update({e.name, *e.aliases})
            group.rules.update(e.merged_by)
            group.official = group.official or e.subtype in ("Region", "Municipality")

    def _joined_by_written_form(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Merge keys that name one entity: a person's full name that one document writes beside its
        canonical form ("Anna Nergård" and "Anna Nergårdh") is the other document's canonical name,
        or the surname parts are the same in another order; an organisation's likewise. Maps each key to the
        first key of its set."""
        root: dict[tuple[str, str], tuple[str, str]] = {}

        def find(k):
            while root.setdefault(k, k) != k:
                k = root[k]
            return k

        def join(a, b):
            a, b = find(a), find(b)
            if a != b:
                root[max(a, b)] = min(a, b)

        owner: dict[str, tuple[str, str]] = {}
        for mkey in sorted(k for k in self._groups if k[0] == "Person"):
            for form in sorted(self._groups[mkey].aliases):
                words = _merge_key("Person", form)[1].split(" ")
                if len(words) < 2:
                    continue
                # ("Jacob Berglind" in one document, "Jakob Berglind" in another: a given name's spelling)
                for written in {" ".join(words), " ".join([words[0], *sorted(words[1:])]),
                                "~ " + " ".join([respelt(words[0]), *words[1:]])}:
                    join(owner.setdefault(written, mkey), mkey)
        for mapping in (self._double_surnames(), self._bare_given_names(), self._organisations_by_written_form()):
            for one, into in mapping.items():
                join(one, into)
        return {k: find(k) for k in root if find(k) != k}

    def _organisations_by_written_form(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Organisation keys -> the one other organisation key of the corpus that a document wrote it beside, as
        another form of its own name ("Stiftelsen Stockholms läns Äldrecentrum" in one document, where another
        calls "Stiftelsen Äldrecentrum" by it). A name of one word, or one that two groups write, is left alone."""
        writers: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for mkey in sorted(k for k in self._groups if k[0] == "Organisation" and " @ " not in k[1]):
            for form in self._groups[mkey].aliases:
                written = _merge_key("Organisation", form)
                if written != mkey and " " in written[1] and not _common_noun(form):
                    writers.setdefault(written, set()).add(mkey)
        return {named: next(iter(into)) for named, into in sorted(writers.items())
                if len(into) == 1 and named in self._groups and not self._groups[named].official}

    def _double_surnames(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Person keys of two words ("Ebba Almkvist") -> the one key of the corpus that goes on with a second
        surname ("Ebba Almkvist Lindahl"): one person, written short. A first surname in -son is too common to
        tell two people apart by, and is left alone."""
        longer: dict[str, list[tuple[str, str]]] = {}
        for mkey in sorted(k for k in self._groups if k[0] == "Person"):
            words = mkey[1].split(" ")
            if len(words) == 3:
                longer.setdefault(" ".join(words[:2]), []).append(mkey)
        return {mkey: longer[mkey[1]][0] for mkey in sorted(self._groups)
                if mkey[0] == "Person" and len(mkey[1].split(" ")) == 2 and len(longer.get(mkey[1], [])) == 1
                and not mkey[1].endswith("son")}

    def _bare_given_names(self) -> dict[tuple[str, str], tuple[str, str]]:
        """Person keys of one word ("Lisbeth") -> the one full-named person key of the corpus whose
        first name it is, when a document has already called that person by the bare name. Two
        full-named people with that given name leave the bare one alone."""
        full: dict[str, list[tuple[str, str]]] = {}
        for mkey in sorted(k for k in self._groups if k[0] == "Person"):
            words = mkey[1].split(" ")
            if len(words) > 1:
                full.setdefault(words[0].casefold(), []).append(mkey)
        joined = {}
        for mkey in sorted(k for k in self._groups if k[0] == "Person" and " " not in k[1]):
            owners = full.get(mkey[1].casefold(), [])
            if len(owners) == 1 and mkey[1].casefold() in {a.casefold() for a in self._groups[owners[0]].aliases}:
                joined[mkey] = owners[0]
        return joined

    def result(self) -> tuple[dict[str, Node], Where]:
        """The nodes by IRI, and where each document's entities went."""
        nodes: dict[str, Node] = {}
        by_key: dict[tuple[str, str], str] = {}
        used: dict[str, str] = {}
        joined = self._joined_by_written_form()
        groups = dict(self._groups)
        for into in sorted(set(joined.values())):
            groups[into] = self._folded_group(into, sorted(k for k, v in joined.items() if v == into))
        for mkey in sorted(groups):
            if mkey in joined:
                continue
            group = groups[mkey]
            kind = mkey[0]
            # (a person by her fullest name: "Ebba Almkvist Lindahl", not the "Ebba Almkvist" of another document)
            label = min(group.counts, key=lambda n: (kind == "Person" and " " not in n,
                                                     -n.count(" ") if kind == "Person" else 0, -group.counts[n], n))
            iri = f"{BASE}{KIND_PATH[kind]}/{slug(label)}"
            if iri in used and used[iri] != "|".join(mkey):
                iri += "-" + hashlib.sha256("|".join(mkey).encode()).hexdigest()[:6]
            used[iri] = "|".join(mkey)
            node = Node(iri, kind, label, subtype=group.subtype[1] if group.subtype else None,
                        aliases=group.aliases - {label}, codes={c: v for c, (_, v) in sorted(group.codes.items())},
                        rules=set(group.rules))
            if len(group.counts) > 1:
                node.rules.add("across.same_name")
            if len(group.documents) > 1:
                node.rules.add("across.full_name" if kind == "Person" else
                               "across.official_name" if group.official else "across.same_name")
            by_key[mkey] = iri
            nodes[iri] = node
        for mkey, into in joined.items():
            by_key[mkey] = by_key[into]
        return nodes, Where(by_key, {where: by_key[mkey] for where, mkey in self._scoped.items()})

    def _folded_group(self, into: tuple[str, str], others: list[tuple[str, str]]) -> _Group:
        """One group of ``into`` and ``others`` together; the earliest subtype and codes win."""
        mine = self._groups[into]
        how = {"across.bare_given_name" if " " not in k[1] else "across.written_form" for k in others}
        if into[0] != "Person":
            how = {"across.organisation_form"}
        elif " " not in into[1]:  # the bare name sorts first: the full names joined it
            how = {"across.bare_given_name"} | ({"across.written_form"} if len(others) > 1 else set())
        group = _Group(Counter(mine.counts), set(mine.documents), mine.subtype, dict(mine.codes), set(mine.aliases),
                       set(mine.rules) | how, mine.official)
        for k in others:
            other = self._groups[k]
            group.counts.update(other.counts)
            group.documents = set(sorted(group.documents | other.documents)[:2])
            if other.subtype and (group.subtype is None or other.subtype[0] < group.subtype[0]):
                group.subtype = other.subtype
            for code, value in other.codes.items():
                if code not in group.codes or value[0] < group.codes[code][0]:
                    group.codes[code] = value
            group.aliases |= other.aliases
            group.rules |= other.rules
            group.official = group.official or other.official
        return group


def resolve_nodes(documents: Iterable[tuple[str, list]]) -> tuple[dict[str, Node], Where]:
    """Merge the entities of all documents (document IRI, entities) into nodes, without their mentions.

    Returns the nodes by IRI and, for each (document IRI, entity key), the IRI of its node.
    """
    resolver = Resolver()
    for doc, entities in documents:
        resolver.add(doc, entities)
    return resolver.result()


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
        local = {e.key: where[(doc, e.key)] for e in rec.entities}
        for fact in rec.facts:
            s = local.get(fact.subject)
            o = fact.object if fact.predicate == "title" else local.get(fact.object)  # type: ignore[arg-type]
            if s and o:
                statements.append(Statement(s, fact.predicate, o, doc, fact.evidence))
    return Resolved(nodes, statements, where)
