"""One document's extraction: run every extractor, resolve mentions within the document, find relations.

The output names each entity by kind and canonical name; resolution across documents is
graph/resolve.py's work.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from . import lexicons
from .coref import SECONDARY_RULES, Cluster, resolve_named, resolve_people
from .forums import bare_forum_references, find_forums
from .lexicons import Lexicon
from .model import Covered, Entity, Extraction, Found, Mention, Text, contained
from .organisations import DEPARTMENT_OF, document_region, find_organisations
from .patterns import CREDIT_LABELS, NOT_INITIALS, NOT_NAME, is_association, squash
from .people import find_people
from .projects import find_projects
from .relations import Ref, Relations

SKIP_CODES = {"listed_under", "domain"}
DEPARTMENT = re.compile(rf"(?i:{DEPARTMENT_OF})[a-zåäö -]+")


def extract(text: Text, lex: Lexicon | None = None) -> Extraction:
    """Entities and facts of one normalised document."""
    lex = lex or lexicons.load()
    people = find_people(text, lex)
    orgs = find_organisations(text, lex)
    # ("Nestor FoU-center", then "projektledare på Nestor": the employer by the short form of the unit named)
    orgs = [g if f.rule in ("organisation.form", "organisation.employer_name") else f
            for f, g in zip(orgs, _shortened(orgs))]
    # "Marie Cederschiölds högskola": a name in the genitive that opens an organisation's is the organisation's
    reach: dict[int, int] = {}  # where each organisation that starts at an offset ends, at the furthest
    for o in orgs:
        reach[o.start] = max(reach.get(o.start, 0), o.end)
    people = [p for p in people if not (p.end < reach.get(p.start, 0) and text.text.startswith("s ", p.end))]
    # ("lektor vid Marie Cederschiöld högskola": a listed body named after a person is the body, not her)
    listed = [o for o in orgs if o.rule in ("organisation.national_body", "organisation.regional_provider")]
    people = [p for p in people if not any(o.start <= p.start and p.end < o.end for o in listed)]
    # "arbetsterapeut Mahvin Hakim, fysioterapeut …": two capitalised words after a title that the people finder
    # reads as a name (a given name the list lacks) are hers, not an organisation's
    # ("Knut och Alice Wallenbergs stiftelse": the founders a foundation is named by are not the text's people)
    founders = [o for o in orgs if o.rule == "organisation.foundation"]
    people = [p for p in people if not any(o.start <= p.start and p.end <= o.end for o in founders)]
    person_spans = {(p.start, p.end) for p in people}
    orgs = [o for o in orgs if not (o.rule == "organisation.after_title" and (o.start, o.end) in person_spans)]
    found_projects = find_projects(text, lex)
    # "Projektet Digga Hälsocentral": a name the text gives a project by its cue is the project's, wherever it stands,
    # not a care centre's by its ending
    cued = {f.name for f in found_projects if f.rule == "project.project"}
    orgs = [o for o in orgs if o.name not in cued or o.subtype in ("Region", "Municipality", "NationalBody")]
    forums = find_forums(text, lex) + _forums_in_capitals(text, lex)
    called = {f.name for f in forums if f.rule == "forum.called"}  # "VIS är den politiska ledningsgruppen": no company
    orgs = [o for o in orgs if not (o.rule == "organisation.acronym_only" and o.name in called)]
    orgs, forums = _boards_named_in_full(orgs, forums)
    orgs, forums = _committees_of_boards(orgs, forums)
    forums = _boards_of_joint_bodies(text, orgs, forums)
    forums = _outside_contents(text, _shortened(_without_overlap(forums, orgs)))
    projects = _outside_contents(text, _without_overlap(found_projects, orgs + forums))
    forums = _groups_of_projects(text, forums, projects)
    forums, projects = _forums_run_as_projects(text, forums, projects)
    projects = _without_overlap(projects, forums)
    short = _apposed_acronyms(text, orgs + forums + projects)
    # ("FoU Sjuhärad Välfärd (FoUS)": a short form found on its own is the spelled-out name's)
    # ("Skånes universitetssjukvård (Sus)": the text's own short form, though a listed body goes by it too)
    orgs = _spelled_out([f for f in orgs if not (f.name in short and (f.rule == "organisation.acronym_only" or
                                                                      f.rule == "organisation.fou" and
                                                                      short[f.name].name != f.name) or
                                                 f.surface in short and short[f.surface].name != f.name and
                                                 short[f.surface].kind == "Organisation" and
                                                 f.rule in ("organisation.regional_provider",
                                                            "organisation.national_body"))])
    orgs = _document_association(text, orgs)
    extra = _references(text, lex, orgs, forums) + _acronym_references(text, short, orgs + forums + projects)
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
    facts = _dedupe(Relations(text, lex, refs, speakers).run())
    credits = _credited_only(text, entities, facts)
    entities = {k: e for k, e in entities.items() if e.name not in credits or e.kind != "Person"}
    return Extraction(text, entities, facts, sorted(credits))


# what stands before a name in a credit: "Foto: ", "Bild: Eva Ek och ", "Text: Eva Ek ⏎ Foto: ", "FOTO: ", "Foto "
CREDIT_BEFORE = re.compile(rf"(?:(?i:{'|'.join(CREDIT_LABELS)})[ \t]*:[ \t]*\n?|Foto[ \t]+)[ \t]*"
                           rf"(?:[^\n.:]{{0,60}}?(?:,|och|&|/)[ \t]*)?$")


def _credited_only(text: Text, entities: dict, facts: list) -> set[str]:
    """The people named only where a photo or the article is credited ("Foto: Eva Ek"), with no fact: the
    document's contributors. A photographer whom the text also names elsewhere stays a person."""
    t = text.text
    in_facts = {f.subject for f in facts} | {f.object for f in facts if isinstance(f.object, tuple)}
    return {e.name for k, e in entities.items()
            if e.kind == "Person" and k not in in_facts and e.mentions and
            all(CREDIT_BEFORE.search(t, max(0, m.start - 80), m.start) and not _colophon_author(t, m.start)
                for m in e.mentions)}


# a report's colophon around its "Text:" line: "ISBN: 978-…", "Redaktör:", "Grafisk form:", "Tryck:"
COLOPHON = re.compile(r"(?<![\w-])(?:ISBN|Redaktör|Grafisk[ \t]+form|Illustratör|Tryck|Produktion|Layout)[ \t]*:")


def _colophon_author(t: str, at: int) -> bool:
    """ "ISBN: … Text: Eva Ek och Bo Berg Illustration: …": in a report's colophon "Text:" names its authors,
    people of the report, where in an article it names the journalist."""
    label = re.search(r"(?<![\w-])Text[ \t]*:[^:\n]{0,60}$", t[max(0, at - 80):at])
    return label is not None and COLOPHON.search(t, max(0, at - 200), at + 200) is not None


def _spot_repeated_names(text: Text, clusters: list[Cluster], people: list[Found]) -> None:
    """A project or forum the document has named is a mention wherever that name stands again
    (a slide titled "Digital närhet" after a list that introduced it); so is a research unit whose name is no word
    ("ReCall"), and an employer named by the phrasing around it ("(VD, Stockholm Science City)").

    Every run of k words in the text is looked up in a table of the names of k words, so the cost
    grows with the text and the names, not with their product (a megabyte of capitalised words
    stays linear).
    """
    t = text.text
    taken = Covered(len(t), [(f.start, f.end) for c in clusters for f in c.members] + [(f.start, f.end) for f in people])
    named_taken = Covered(len(t), [(f.start, f.end) for c in clusters for f in c.members])
    order = sorted(range(len(people)), key=lambda k: people[k].start)  # people by where they start
    order = (order, [people[k].start for k in order])
    wanted: list[tuple[Cluster, str]] = []
    for c in clusters:
        if c.kind in ("Project", "CollaborationForum"):
            for name in sorted({f.name for f in c.members if f.rule not in SECONDARY_RULES}):
                # ("HälSam": a short name with a capital inside is no word of the language either)
                # ("Remodem": a word of six or seven letters the text never writes in lower case is a name too)
                if len(name) >= 6 and (" " in name or len(name) >= 8 or "-" in name or
                                       any(ch.isupper() for ch in name[1:]) or
                                       not re.search(rf"(?<![\w./@-]){re.escape(name.casefold())}(?![\w-]|\.\w)", t)):
                    wanted.append((c, name))
        elif c.kind == "Organisation":  # "forskningsmiljön ReCall", then "ReCall" alone: a name no word of the language
            # "(VD, Stockholm Science City)", then "från Stockholm Science City": a name of several capitalised words
            # ("Bo Berg, controller Inköp Dalarna", then "Förstudien har drivits av Inköp Dalarna")
            for name in sorted({f.name for f in c.members if f.rule in ("organisation.research_unit",
                                                                         "organisation.employer_name",
                                                                         "organisation.after_title")}):
                if len(name) >= 3 and (" " in name or any(ch.isupper() for ch in name[1:])):
                    wanted.append((c, name))
            # "har Hjälpmedelscentrum det bästa resultatet", then "Hjälpmedelscentrums förvaltningsdirektör"
            for name in sorted({f.name for f in c.members if f.rule == "organisation.centre" and " " not in f.name}):
                if len(name) >= 8:
                    wanted.append((c, name))
            # "Samverkansnämnden Sjukvårdsregion Mellansverige", then "Vid Samverkansnämndens sammanträde"
            for name in sorted({f.name for f in c.members if NAMED_BOARD.fullmatch(f.name)}):
                wanted.append((c, name.split(" ")[0]))
    forms: dict[int, dict[str, str]] = {}  # words -> written form -> name
    for _, name in wanted:
        if " ".join(_WORD.findall(name)) != name:
            continue  # punctuation inside ("Nära vård – Gotland"): looked for below, one by one
        table = forms.setdefault(len(_WORD.findall(name)), {})
        table[name] = name
        table[name.casefold()] = table.get(name.casefold(), "")  # written lower-case: a phrase, no name
        if " " in name:  # a name of several words may start a sentence or a line in either case
            for first in (name[0].upper(), name[0].lower()):
                table.setdefault(first + name[1:], name)
        if not name.endswith("s"):
            table.setdefault(name + "s", name)  # "ReCalls forskare": the name in the genitive
    tokens = [(m.start(), m.end()) for m in _WORD.finditer(t)]
    found: dict[str, list[tuple[int, int]]] = {}
    lower_case: set[str] = set()
    for k, table in forms.items():
        for n in range(len(tokens) - k + 1):
            i, j = tokens[n][0], tokens[n + k - 1][1]
            written = t[i:j]
            if written in table and not (written.islower() and re.match(r"\.\w", t[j:j + 2])):  # not "remodem.eu"
                name = table[written]
                if written == written.casefold() and written != name:
                    lower_case.add(written)
                if name and (written == name or written[1:] == name[1:]):
                    found.setdefault(name, []).append((i, j))
                elif name and written == name + "s":
                    found.setdefault(name, []).append((i, j - 1))
    # the longer names first: "Förändringskraft del 2" where it stands whole, before "Förändringskraft" inside it
    for c, name in sorted(wanted, key=lambda w: -len(_WORD.findall(w[1]))):
        if " ".join(_WORD.findall(name)) != name:
            if name.casefold() in t:
                continue
            pattern = (rf"(?<![\w-])(?i:{re.escape(name[0])}){re.escape(name[1:])}(?![\w-])" if " " in name
                       else rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            found[name] = [m.span() for m in re.finditer(pattern, t)]
        elif name.casefold() in lower_case:
            continue
        for i, j in found.get(name, ()):
            if taken.overlaps(i, j) and " " in name and c.kind in ("Project", "CollaborationForum"):
                freed = _yield_to_name(t, people, order, i, j, named_taken)
                if freed:
                    taken.clear(*freed)
            if not taken.overlaps(i, j):
                c.members.append(Found(c.kind, name, i, j, t[i:j], "name.repeated", 0.6))
                taken.add(i, j)
                named_taken.add(i, j)


def _yield_to_name(t: str, people: list[Found], order: tuple[list[int], list[int]], i: int, j: int,
                   named_taken: Covered) -> tuple[int, int] | None:
    """ "Birgit Häger Minnet ej att förglömma" on a report's cover: a name of three capitalised words ends where
    the project the document names starts, so the person is the two words before it. The span given up, if any."""
    if named_taken.overlaps(i, j):
        return None
    at = bisect.bisect_left(order[1], i) - 1  # the person starting last before the name
    k = order[0][at] if at >= 0 else -1
    p = people[k] if k >= 0 else None
    if p and p.start < i < p.end <= j and len(t[p.start:i].split()) >= 2 and t[p.end:p.end + 1] in (" ", "\t"):
        end = p.start + len(t[p.start:i].rstrip())
        people[k] = Found(p.kind, squash(t[p.start:end]), p.start, end, t[p.start:end], p.rule, p.confidence,
                          p.subtype, p.codes)
        return end, p.end
    return None


_WORD = re.compile(r"[\w-]+")
NAMED_BOARD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}(?:nämnden|styrelsen)(?: [A-ZÅÄÖ][\w-]*)*")
_WORD_CHAR = re.compile(r"[\w-]")


def _boards_named_in_full(orgs: list[Found], forums: list[Found]) -> tuple[list[Found], list[Found]]:
    """ "Samverkansnämnden för Uppsala-Örebro sjukvårdsregion", then "ordförande för Samverkansnämnden": a board's
    bare name where the document names it in full as a forum is that forum, not a unit of its own."""
    full: dict[str, set[str]] = {}
    for f in forums:
        head = f.name.split(" för ")[0]
        if head != f.name and " " not in head:
            full.setdefault(head, set()).add(f.name)
    kept, moved = [], []
    for o in orgs:
        names = full.get(o.name) if o.subtype == "OrganisationalUnit" else None
        if names and len(names) == 1:
            moved.append(Found("CollaborationForum", next(iter(names)), o.start, o.end, o.surface, o.rule, o.confidence))
        else:
            kept.append(o)
    return kept, sorted(forums + moved, key=lambda f: (f.start, -f.end)) if moved else forums


# "Sjukhusutskottet", "Primärvårds- och psykiatriutskottet": a board's committee on one field, a unit of the board
# (an "arbetsutskott" prepares a group's meetings and stays with the group)
# ("Riksdagens socialutskott": a body's committee, named with its owner)
COMMITTEE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+s[ \t]+(?![Aa]rbets)[A-ZÅÄÖa-zåäö]|(?!Arbets)[A-ZÅÄÖ])[a-zåäö]+"
                       r"(?:-[ \t]+och[ \t]+[a-zåäö]+)?utskott(?:et)?")


def _committees_of_boards(orgs: list[Found], forums: list[Found]) -> tuple[list[Found], list[Found]]:
    committees = [f for f in forums if f.rule == "forum.cue" and COMMITTEE.fullmatch(f.name)]
    if not committees:
        return orgs, forums
    # ("regionstyrelsens hälso- och sjukvårdsutskott": one an organisation's name already covers stays that one)
    moved = [Found("Organisation", f.name, f.start, f.end, f.surface, "organisation.committee", f.confidence,
                   subtype="OrganisationalUnit") for f in committees
             if not any(o.start < f.end and f.start < o.end and not f.start <= o.start < o.end < f.end for o in orgs)]
    return sorted(orgs + moved, key=lambda f: (f.start, -f.end)), [f for f in forums if f not in committees]


# a federation or association of municipalities and regions, whose board seats its members' representatives
JOINT_BODY = re.compile(r"(?i)(?:samordnings|kommun|kommunal|region)förbund|\b(?-i:Kommuner)\b")
# "Skånes Kommuners styrelse", "Kommunförbundet Norrbottens styrelse": the board, after the body in the genitive
BOARD_AFTER_BODY = re.compile(r"s?[ \t]+styrelse(?![\w-])")
# "Styrelsen för Samordningsförbundet Umeå": the board, before the body
BOARD_BEFORE_BODY = re.compile(r"(?<![\w-])Styrelsen[ \t]+för[ \t]+$")


def _boards_of_joint_bodies(text: Text, orgs: list[Found], forums: list[Found]) -> list[Found]:
    """The board of a federation or an association of municipalities ("Skånes Kommuners styrelse", "Styrelsen för
    Samordningsförbundet Umeå"): a group where the members' representatives meet, as a region's or a municipality's
    own board ("Regionstyrelsen") is not."""
    t = text.text
    boards = []
    for o in orgs:
        if not JOINT_BODY.search(o.name) or " " not in o.name:  # (a named body, not "Samordningsförbundets styrelse")
            continue
        after = BOARD_AFTER_BODY.match(t, o.end)
        if after:
            boards.append(Found("CollaborationForum", o.name + ("" if o.name.endswith("s") else "s") + " styrelse",
                                o.start, after.end(), t[o.start:after.end()], "forum.board_of_body", 0.7))
        before = BOARD_BEFORE_BODY.search(t, max(0, o.start - 15), o.start)
        if before:
            boards.append(Found("CollaborationForum", f"Styrelsen för {o.name}", before.start(), o.end,
                                t[before.start():o.end], "forum.board_of_body", 0.7))
    if not boards:
        return forums
    return sorted(forums + boards, key=lambda f: (f.start, -f.end))


def _shortened(found: list[Found]) -> list[Found]:
    """ "Närvårdsforum Piteå", then "Närvårdsforum": the short form names the forum given in full before it
    ("Kommunalförbundet sjukvård och omsorg i Norrtälje", then "Kommunalförbundet")."""
    out = []
    for f in found:
        longer = {g.name for g in found if g.start < f.start and g.name.startswith(f.name + " ")}
        out.append(Found(f.kind, longer.pop(), f.start, f.end, f.surface, f.rule, f.confidence, f.subtype, f.codes)
                   if len(longer) == 1 else f)
    return out


def _initials(name: str) -> str:
    """ "Föreningen Sveriges socialchefer" -> "FSS", "Sveriges Kommuner och Landsting" -> "SKL"."""
    return "".join(w[0] for w in _WORD.findall(name) if w.casefold() not in NOT_INITIALS).upper()


def _spelled_out(orgs: list[Found]) -> list[Found]:
    """ "FSS" in a text that names "Föreningen Sveriges socialchefer" once: an acronym called alone is the one
    organisation of the text whose initials it spells."""
    named: dict[str, set[str]] = {}
    for f in orgs:
        if f.rule != "organisation.acronym_only" and " " in f.name:
            for written in {f.name, squash(f.surface)} if " " in f.surface.strip() else {f.name}:
                named.setdefault(_initials(written), set()).add(f.name)  # "Norrbottens läns landsting": NLL
    out = []
    for f in orgs:
        full = named.get(f.name, set()) if f.rule == "organisation.acronym_only" else set()
        out.append(Found(f.kind, next(iter(full)), f.start, f.end, f.surface, "name.acronym", f.confidence, f.subtype,
                         f.codes) if len(full) == 1 else f)
    return out


CONTENTS_LEADER = re.compile(r"[ \t]*\.{3,}[ \t]*\d")


def _outside_contents(text: Text, found: list[Found]) -> list[Found]:
    """Drop headings quoted in a table of contents ("Nätverk inom Värmland... 17"): the chapter's title, not a
    forum or project the text names."""
    return [f for f in found if not CONTENTS_LEADER.match(text.text, f.end)]


def _groups_of_projects(text: Text, forums: list[Found], projects: list[Found]) -> list[Found]:
    """ "politiska styrgruppen Nya perspektiv": a group named by the project it steers, written right after it,
    is one name, the project's group, when the text names that project elsewhere too (not "Dalarådet Program
    Välkomna", where a heading ran on)."""
    t = text.text
    seen = Counter(p.name.casefold() for p in projects)
    out = []
    for f in forums:
        here = next((p for p in projects if p.start == f.end + 1 and t[f.end] in " \t"), None)
        end = here.end if here is not None and seen[here.name.casefold()] > 1 else None
        if here is None and seen:  # the project's name written again where no rule found it
            words = list(re.finditer(r"\S+", t[f.end:f.end + 80]))[:6]
            if words and words[0].start() > 0 and not t[f.end:f.end + words[0].start()].strip(" \t"):
                for w in reversed(words):
                    said = t[f.end + words[0].start():f.end + w.end()].rstrip(",.;:")
                    if said.casefold() in seen and said[:1].isupper():
                        end = f.end + words[0].start() + len(said)
                        break
        if end is not None and f.rule == "forum.cue" and not any(w in f.name.casefold() for w in (" för ", " i ")):
            out.append(replace(f, name=f"{f.name} {squash(t[f.end:end])}", end=end, surface=t[f.start:end]))
        else:
            out.append(f)
    return out


_SMALL_WORDS = frozenset({"och", "i", "för", "från", "inom", "med", "till", "om", "av", "på", "vid", "samt"})


def _forums_in_capitals(text: Text, lex: Lexicon) -> list[Found]:
    """ "MINNESANTECKNINGAR FRÅN STYRGRUPP VÅRDSAMVERKAN SKARABORG": a heading in capitals names its group all the
    same. Each such block is read again written as a name would be ("Minnesanteckningar från Styrgrupp
    Vårdsamverkan Skaraborg"), and the groups found there are kept, named in that form."""
    t = text.text
    spans = [(b.start, b.end) for b in text.blocks
             if sum(ch.isalpha() for ch in t[b.start:b.end]) >= 8 and t[b.start:b.end].isupper()
             and len(t[b.start:b.end].split()) >= 3]
    if not spans:
        return []
    shadow = list(t)
    for a, b in spans:
        for m in re.finditer(r"[^\W\d_]+", t[a:b]):
            word = m.group(0).lower()
            written = word if word in _SMALL_WORDS else word[:1].upper() + word[1:]
            if len(written) == len(m.group(0)):  # (a letter whose case changes its length is left alone)
                shadow[a + m.start():a + m.end()] = written
    again = replace(text, text="".join(shadow))
    return [replace(f, rule="forum.in_capitals") for f in find_forums(again, lex)
            if any(a <= f.start and f.end <= b for a, b in spans)]


# "projektledare för Energisamverkan Norr": what has a project manager is a project, whatever its name ends in
RUN_AS_PROJECT = re.compile(r"(?i)(?:del)?projektledar(?:e|en)[ \t]+(?:för|i)[ \t]+$")


def _forums_run_as_projects(text: Text, forums: list[Found], projects: list[Found]) -> tuple[list[Found], list[Found]]:
    """A collaboration by its name ("Energisamverkan Norr") that the text gives a project manager is a project,
    at every mention of that name."""
    t = text.text
    led = {f.name.casefold() for f in forums if RUN_AS_PROJECT.search(t, max(0, f.start - 30), f.start)}
    if not led:
        return forums, projects
    moved = [replace(f, kind="Project", rule="project.has_manager") for f in forums if f.name.casefold() in led]
    return [f for f in forums if f.name.casefold() not in led], sorted(projects + moved, key=lambda f: (f.start, f.end))


def _without_overlap(found: list[Found], stronger: list[Found]) -> list[Found]:
    """Drop what lies inside a stronger mention; a name may contain another ("Ledarprogram SKR")."""
    return [f for f, inside in zip(found, contained(found, stronger)) if not inside]


# "Vårdcentralen Gläntan", "Hälsocentralen Fjällvivan", "Gläntans vårdcentral": a care centre named by a word of its own
CARE_CENTRE_NAME = re.compile(r"(?:Vårdcentralen|Hälsocentralen)[ \t]+([A-ZÅÄÖ][a-zåäö]{3,})|"
                              r"([A-ZÅÄÖ][a-zåäö]{3,})[ \t]+(?:vårdcentral|hälsocentral)")


# "Nestor FoU-center", then "Nestors projektledare": a research centre by its own name alone
FOU_CENTRE_NAME = re.compile(r"([A-ZÅÄÖ][a-zåäö]{3,})[ \t]+(?:FoU|FOU)-(?:center|centrum)")
# "Samordningsförbundet Samspelet", then "Samspelet ägs av …": a federation by its own word
FEDERATION_OWN_NAME = re.compile(r"Samordningsförbundet[ \t]+([A-ZÅÄÖ][a-zåäö]{3,})")


# a municipal association by its kind alone, in the definite: "Kommunalförbundet gör långsiktig nytta"
BARE_ASSOCIATION = re.compile(r"(?<![\w-])[Kk]ommun(?:al)?förbundets?(?![\w-])")
ANY_BARE_ASSOCIATION = re.compile(r"(?<![\w-])(?:[Kk]ommun(?:al)?f|[Ff])örbundets?(?![\w-])")


def _sole_association(orgs: list[Found]) -> str | None:
    """The one municipal association a document names, if it names one and only one."""
    named = {f.name for f in orgs if is_association(f.name, f.subtype) and not BARE_ASSOCIATION.fullmatch(f.name)}
    return next(iter(named)) if len(named) == 1 else None


def _document_association(text: Text, orgs: list[Found]) -> list[Found]:
    """ "Sjuhärads kommunalförbund … Kommunalförbundet gör långsiktig nytta": the association by its kind alone is
    the one municipal association the document names, wherever it names one and only one."""
    name = _sole_association(orgs)
    if name is None:
        return orgs
    subtype = next(f.subtype for f in orgs if f.name == name)
    out = [f for f in orgs if not BARE_ASSOCIATION.fullmatch(f.name)]
    covered = Covered(len(text.text), [(f.start, f.end) for f in out])
    # ("ordförande för förbundet": by "förbundet" alone too, where no other body the document names is a förbund)
    sole = not any("förbund" in f.name.casefold() for f in orgs if f.name != name and not BARE_ASSOCIATION.fullmatch(f.name))
    for m in (BARE_ASSOCIATION if not sole else ANY_BARE_ASSOCIATION).finditer(text.text):
        if m.start() not in covered:
            end = m.end() - (1 if m.group(0).endswith("ts") else 0)
            out.append(Found("Organisation", name, m.start(), end, text.text[m.start():end],
                             "organisation.document_association", 0.6, subtype))
    return sorted(out, key=lambda f: (f.start, f.end))


def _references(text: Text, lex: Lexicon, orgs: list[Found], forums: list[Found]) -> list[Found]:
    """Mentions that only make sense in their document: "regionen", "kommunen", "sjukvårdsregionen", "ledningsgruppen"."""
    t = text.text
    out: list[Found] = []
    covered = Covered(len(t), [(f.start, f.end) for f in orgs])
    region = document_region(orgs, lex, text)
    if region:
        for m in re.finditer(r"(?<![\w-])[Rr]egionens?(?![\w-])", t):
            if m.start() not in covered:
                out.append(Found("Organisation", region.name, m.start(), m.end(), m.group(0),
                                 "organisation.document_region", 0.65, "Region", region.codes))
        # "Länsstyrelsen" alone, not "Länsstyrelsen i X" nor "Länsstyrelsen Norrbotten": the county administrative
        # board of the county the document is about
        county = next((p.county for p in lex.regions if p.name == region.name and p.county), "")
        board = next((b for b in lex.bodies if f"Länsstyrelsen i {county}" in b.aliases), None) if county else None
        for m in re.finditer(r"(?<![\w-])Länsstyrelsen(?![\w-])(?![ \t]+(?:i[ \t]+)?[A-ZÅÄÖ])", t) if board else ():
            if m.start() not in covered:
                out.append(Found("Organisation", board.name, m.start(), m.end(), m.group(0),
                                 "organisation.document_county_board", 0.6, board.subtype))
    # "Landstinget Blekinge … landstingets planeringsdirektör": the county council the document named, by that name
    councils = {f.name: f for f in orgs if f.subtype == "Region" and
                (f.name.startswith("Landstinget ") or f.name.endswith(" landsting"))}
    if len(councils) == 1:
        council = next(iter(councils.values()))
        for m in re.finditer(r"(?<![\w-])[Ll]andstingets?(?![\w-])", t):
            if m.start() not in covered:
                out.append(Found("Organisation", council.name, m.start(), m.end(), m.group(0),
                                 "organisation.document_region", 0.6, "Region", council.codes))
    municipalities = sorted((f for f in orgs if f.subtype == "Municipality"), key=lambda f: f.start)
    m_starts = [f.start for f in municipalities]
    b_starts = [b.start for b in text.blocks]
    for m in re.finditer(r"(?<![\w-])[Kk]ommunens?(?![\w-])", t):
        # "Skövde kommun … Jonas Berg, chef … i kommunen": the one municipality its paragraph named before it
        k = bisect.bisect_right(b_starts, m.start()) - 1
        if k < 0 or m.start() >= text.blocks[k].end or m.start() in covered:
            continue
        named = municipalities[bisect.bisect_left(m_starts, text.blocks[k].start):bisect.bisect_left(m_starts, m.start())]
        if len({f.name for f in named}) == 1:
            out.append(Found("Organisation", named[0].name, m.start(), m.end(), m.group(0),
                             "organisation.paragraph_municipality", 0.6, "Municipality", named[0].codes))
    named_hc = sorted({f.name for f in orgs if f.subtype == "HealthcareRegion"})
    if len(named_hc) == 1:
        for m in re.finditer(r"(?<![\w-])[Ss]jukvårdsregionen(?![\w-])", t):
            if m.start() not in covered:
                out.append(Found("Organisation", named_hc[0], m.start(), m.end(), m.group(0),
                                 "organisation.document_healthcare_region", 0.7, "HealthcareRegion"))
    federation = _sole_association(orgs)
    if federation is not None:
        # (by the federation's name as the text writes it: "Sjuhärads kommunalförbund", not the register's longer one)
        written = next((f.surface for f in orgs if f.name == federation and f.surface.endswith("förbund")), federation)
        # "Direktionen är förbundets beslutande organ": a kommunalförbund's board by its bare name, in a text about
        # one federation, is that federation's
        for m in re.finditer(r"(?<![\w-])(?:Direktionen|DIREKTIONEN)(?![\w-])", t):
            if m.start() not in covered and not any(f.start <= m.start() < f.end for f in forums):
                out.append(Found("CollaborationForum", f"Direktionen för {written}", m.start(), m.end(),
                                 m.group(0), "forum.federation_board", 0.6))
    for start, end, surface, head in bare_forum_references(text, lex, forums):
        before = [f for f in forums if f.end <= start and head in f.name.casefold()]
        if before:
            last = before[-1]
            out.append(Found("CollaborationForum", last.name, start, end, surface, "forum.bare_reference", 0.6))
    for f in list(orgs):  # "Vårdcentralen Gläntan … Eva Ek, Gläntans chef": a care centre by its own name alone
        own = CARE_CENTRE_NAME.fullmatch(f.name) or FOU_CENTRE_NAME.fullmatch(f.name) or \
            FEDERATION_OWN_NAME.fullmatch(f.name)
        word = own and next(filter(None, own.groups()))  # the centre's own word, before or after its kind
        if not word or word in lex.place_words or word in lex.first_names or word.casefold() in NOT_NAME or \
                len({g.name for g in orgs if word in g.name.split()}) > 1:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?::s|s)?(?![\w-])", t):
            if m.start() not in covered:
                end = m.start() + len(word)
                out.append(Found("Organisation", f.name, m.start(), end, word,
                                 "name.care_centre" if own.re is not FEDERATION_OWN_NAME else "name.federation", 0.6,
                                 f.subtype))
                covered.add(m.start(), end)
    for name in sorted({f.name for f in orgs if f.rule == "organisation.headed_unit" and DEPARTMENT.fullmatch(f.name)}):
        # "chef för avdelningen för vård och omsorg", then "samordnare på avdelningen för vård och omsorg": the
        # department its head's title named, written again in lower case
        for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(name[0])}){re.escape(name[1:])}(?![\w-])", t):
            if m.start() not in covered:
                out.append(Found("Organisation", name, m.start(), m.end(), m.group(0), "name.repeated", 0.6,
                                 "OrganisationalUnit"))
                covered.add(m.start(), m.end())
    for f in list(orgs):
        first = f.name.split(" ")[0]
        if first.isupper() or (any(c.isupper() for c in first[1:]) and len(first) <= 6):
            same = {g.name for g in orgs if g.name.split(" ")[0] == first}
            if len(same) == 1 and " " in f.name:
                for m in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?!\s+i\s)", t):
                    if m.start() not in covered:
                        out.append(Found("Organisation", f.name, m.start(), m.end(), m.group(0), "name.acronym", 0.6,
                                         f.subtype))
                        covered.add(m.start(), m.end())
    return out


# "Vårdsamverkan Västra Götaland, VVG, inrättas", "Ledningsgrupp i samverkan (LiSA)": a short form in apposition
# "Kommunala pensionärsrådet (KPR)", "…, KPR, …", and "Kommunala pensionärsrådet – KPR" ending a heading
APPOSED_ACRONYM = re.compile(r"[ \t]*[,(][ \t]*([A-ZÅÄÖ][a-zåäö]{0,2}[A-ZÅÄÖ][A-Za-zåäö]{0,4})[ \t]*(?=[,)]|[ \t]+(?:och|är|har)\b)|"
                             r"[ \t]+[–-][ \t]+([A-ZÅÄÖ]{2,6})[ \t]*(?=\n|$)|"
                             # "Skånes universitetssjukvård (Sus)": a short form written as a word, in brackets
                             r"[ \t]*\([ \t]*([A-ZÅÄÖ][a-zåäö]{2,3})[ \t]*\)")


def _spells(short: str, name: str) -> bool:
    """Whether a short form written as a word is made of its name's letters, in order, from the first letters of
    two words on: "Sus" of "Skånes universitetssjukvård"."""
    words = name.casefold().split()
    letters = short.casefold()
    if len(words) < 2 or letters[0] != words[0][0] or letters[1] != words[1][0]:
        return False
    rest = iter(" ".join(words[1:])[1:])
    return all(c in rest for c in letters[2:])


def _apposed_acronyms(text: Text, found: list[Found]) -> dict[str, Found]:
    """Short forms the text gives in apposition to a name, with the same first letter: acronym -> name."""
    out: dict[str, Found] = {}
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        m = APPOSED_ACRONYM.match(text.text, f.end)
        short = m and (m.group(1) or m.group(2) or m.group(3))
        if short and short[0] == f.name[0].upper() and short != f.name and (not m.group(3) or _spells(short, f.name)):
            out.setdefault(short, f)
    return out


def _acronym_references(text: Text, short: dict[str, Found], found: list[Found]) -> list[Found]:
    """Every other mention of an apposed short form names what it was given for."""
    t = text.text
    covered = Covered(len(t), [(f.start, f.end) for f in found])
    out = []
    for acronym, f in sorted(short.items()):
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", t):
            if m.start() not in covered:
                out.append(Found(f.kind, f.name, m.start(), m.end(), acronym, "name.acronym", 0.6, f.subtype, f.codes))
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
                surface = re.sub(r"\s+", " ", f.surface).strip()
                e.aliases.add(surface)
                if surface.endswith(":s") and surface[:-2] != name:
                    e.aliases.add(surface[:-2])  # "WHO:s": an acronym's genitive, and the acronym itself
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
