"""One document's extraction: run every extractor, resolve mentions within the document, find relations.

The output names each entity by kind and canonical name; resolution across documents is
graph/resolve.py's work.
"""
from __future__ import annotations

import re

from . import lexicons
from .coref import SECONDARY_RULES, Cluster, resolve_named, resolve_people
from .forums import bare_forum_references, find_forums
from .lexicons import Lexicon
from .model import Entity, Extraction, Found, Mention, Text
from .organisations import document_region, find_organisations
from .people import find_people
from .projects import find_projects
from .relations import Ref, Relations

SKIP_CODES = {"listed_under", "domain"}


def extract(text: Text, lex: Lexicon | None = None) -> Extraction:
    """Entities and facts of one normalised document."""
    lex = lex or lexicons.load()
    people = find_people(text, lex)
    orgs = find_organisations(text, lex)
    forums = _without_overlap(find_forums(text, lex), orgs)
    projects = _without_overlap(find_projects(text, lex), orgs + forums)
    extra = _references(text, lex, orgs, forums)
    named = resolve_named(orgs + forums + projects + extra)
    _spot_repeated_names(text, named, people)
    clusters = resolve_people(people, text, lex) + named
    entities, owner = _entities(clusters)
    refs = [
        Ref(f.start, f.end, f.kind, owner[id(f)], f.rule, f.subtype,
            int(dict(f.codes)["listed_under"]) if "listed_under" in dict(f.codes) else None)
        for c in clusters for f in c.members if f.end > f.start
    ]
    speakers = {}
    for block in text.blocks:
        if block.kind == "turn" and block.speaker_start is not None:
            hit = next((r for r in refs if r.kind == "Person" and r.start == block.speaker_start), None)
            if hit:
                speakers[block.start] = hit.key
    facts = Relations(text, lex, refs, speakers).run()
    return Extraction(text, entities, _dedupe(facts))


def _spot_repeated_names(text: Text, clusters: list[Cluster], people: list[Found]) -> None:
    """A project or forum the document has named is a mention wherever that name stands again
    (a slide titled "Digital närhet" after a list that introduced it)."""
    t = text.text
    taken = [(f.start, f.end) for c in clusters for f in c.members] + [(f.start, f.end) for f in people]
    for c in clusters:
        if c.kind not in ("Project", "CollaborationForum"):
            continue
        for name in sorted({f.name for f in c.members if f.rule not in SECONDARY_RULES}):
            if len(name) < 6 or (" " not in name and len(name) < 8 and "-" not in name) or name.casefold() in t:
                continue  # written lower-case: a phrase, no name
            # a one-word name ("Vårdbron") only as written, capital and all
            pattern = (rf"(?<![\w-])(?i:{re.escape(name[0])}){re.escape(name[1:])}(?![\w-])" if " " in name
                       else rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            for m in re.finditer(pattern, t):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    c.members.append(Found(c.kind, name, m.start(), m.end(), m.group(0), "name.repeated", 0.6))
                    taken.append((m.start(), m.end()))


def _without_overlap(found: list[Found], stronger: list[Found]) -> list[Found]:
    """Drop what lies inside a stronger mention; a name may contain another ("Ledarprogram SKR")."""
    return [f for f in found if not any(s.start <= f.start and f.end <= s.end for s in stronger)]


def _references(text: Text, lex: Lexicon, orgs: list[Found], forums: list[Found]) -> list[Found]:
    """Mentions that only make sense in their document: "regionen", "sjukvårdsregionen", "ledningsgruppen"."""
    t = text.text
    out: list[Found] = []
    covered = [(f.start, f.end) for f in orgs]
    region = document_region(orgs, lex, text)
    if region:
        for m in re.finditer(r"(?<![\w-])[Rr]egionen(?![\w-])", t):
            if not any(a <= m.start() < b for a, b in covered):
                out.append(Found("Organisation", region.name, m.start(), m.end(), m.group(0),
                                 "organisation.document_region", 0.65, "Region", region.codes))
    named_hc = sorted({f.name for f in orgs if f.subtype == "HealthcareRegion"})
    if len(named_hc) == 1:
        for m in re.finditer(r"(?<![\w-])[Ss]jukvårdsregionen(?![\w-])", t):
            if not any(a <= m.start() < b for a, b in covered):
                out.append(Found("Organisation", named_hc[0], m.start(), m.end(), m.group(0),
                                 "organisation.document_healthcare_region", 0.7, "HealthcareRegion"))
    for start, end, surface, head in bare_forum_references(text, lex, forums):
        before = [f for f in forums if f.end <= start and head in f.name.casefold()]
        if before:
            last = before[-1]
            out.append(Found("CollaborationForum", last.name, start, end, surface, "forum.bare_reference", 0.6))
    for f in list(orgs):
        first = f.name.split(" ")[0]
        if first.isupper() or (any(c.isupper() for c in first[1:]) and len(first) <= 6):
            same = {g.name for g in orgs if g.name.split(" ")[0] == first}
            if len(same) == 1 and " " in f.name:
                for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?!\s+i\s)", t):
                    if not any(a <= m.start() < b for a, b in covered):
                        out.append(Found("Organisation", f.name, m.start(), m.end(), m.group(0), "name.acronym", 0.6,
                                         f.subtype))
                        covered.append((m.start(), m.end()))
    return out


def _entities(clusters: list[Cluster]) -> tuple[dict[tuple[str, str], Entity], dict[int, tuple[str, str]]]:
    entities: dict[tuple[str, str], Entity] = {}
    owner: dict[int, tuple[str, str]] = {}
    for c in clusters:
        name = c.name
        e = entities.setdefault((c.kind, name), Entity(c.kind, name))
        e.merged_by.update(c.merges)
        for f in c.members:
            owner[id(f)] = e.key
            if f.end > f.start:
                e.mentions.append(Mention(f.start, f.end, f.surface, f.rule, f.confidence))
            if f.surface and f.surface != name:
                e.aliases.add(re.sub(r"\s+", " ", f.surface).strip())
            if f.name != name:
                e.aliases.add(f.name)
            e.subtype = e.subtype or f.subtype
            for k, v in f.codes:
                if k not in SKIP_CODES:
                    e.codes.setdefault(k, v)
        e.mentions.sort(key=lambda m: (m.start, m.end, m.rule))
    return entities, owner


def _dedupe(facts):
    seen, out = set(), []
    for f in sorted(facts, key=lambda f: (-f.confidence, f.start)):
        k = (f.subject, f.predicate, f.object)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return sorted(out, key=lambda f: (f.start, f.predicate, str(f.object)))
