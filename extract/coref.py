"""Within one document: which mentions name the same entity.

Rules, each named so that a merge can be explained:
- ``person.same_name``: full names equal after folding spelling variants of the given name
  (Cajsa/Kajsa, Karolina/Carolina) and of the surname (Böhlénius/Böhlenius, Ekdahl/Ekdal,
  Löpare-Johansson/Löpare Johansson);
- ``person.given_name_only``: a bare given name or a speaker label ("MATTIAS") names the one
  person in the document with that given name;
- ``name.same_key``: names equal after folding case, dashes and inflection
  ("den regionala ledningsgruppen" = "regional ledningsgrupp");
- ``name.longer_form``: a name that extends another by a place or complement
  ("Program Nära vård i Västmanland" = "Program Nära vård");
- ``organisation.document_region``: "regionen" names the region the document is about;
- ``organisation.document_county_board``: "Länsstyrelsen" alone names the county administrative board of the
  county the document is about;
- ``organisation.paragraph_municipality``: "kommunen" names the one municipality its paragraph named before it;
- ``organisation.document_association``: "kommunalförbundet" names the one municipal association the document names;
- ``forum.bare_reference``: "ledningsgruppen" names the forum with that head named last before it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicons import Lexicon
from .lexicons import RESPELLINGS, load as load_lexicon
from .model import Found, Text
from .patterns import UPPER, key, stem
from .people import PARTICLE

RULES = {
    "person.same_name": "full names equal after folding spelling variants of the given name (Cajsa/Kajsa) "
                        "and of the surname (Ekdahl/Ekdal, accents, hyphens)",
    "person.one_letter_apart": "a name written twice in one text with a surname one letter apart (a transcript's "
                               "'Svanegård' and 'Svangård') is one person",
    "person.given_name_only": "a bare given name or speaker label names the one person in the document "
                              "with that given name",
    "name.same_key": "names equal after folding case, dashes and inflection",
    "name.longer_form": "a name that extends another by a place or complement",
    "name.same_head": "a forum named with and without its adjectives, with för/från alike",
    "name.cue_compound": "a project named with and without a trailing cue word (X / Xprogram)",
    "name.without_county": "an organisation named with and without the county inside its name "
                           "('Stiftelsen X läns Y' / 'Stiftelsen Y'), or a care centre by its place either way "
                           "('vårdcentralen i X' / 'Xs vårdcentral' / 'vårdcentralen X')",
    "organisation.document_region": "'regionen' names the region the document is about",
    "organisation.document_county_board": "'Länsstyrelsen' alone names the county administrative board of the "
                                          "county the document is about",
    "organisation.paragraph_municipality": "'kommunen' names the one municipality its paragraph named before it",
    "organisation.document_association": "'kommunalförbundet' names the one municipal association the document "
                                         "names",
    "organisation.document_healthcare_region": "'sjukvårdsregionen' names the one healthcare region the "
                                               "document names",
    "forum.bare_reference": "a bare 'ledningsgruppen' names the forum with that head named last before it",
    "name.acronym": "a short form alone ('FoU') names the one organisation in the document it begins",
}
REFERENCE_RULES = frozenset(k for k in RULES if not k.startswith(("person.", "name.same", "name.longer",
                                                                  "name.cue", "name.without")))

# a given name's spellings ("Jacob" = "Jakob", "Christina" = "Kristina", "Michael" = "Mikael"), and within one document
# its vowels too ("Sylvia" = "Silvia")
VARIANTS = RESPELLINGS + (("ie", "i"), ("y", "i"))


@lru_cache(maxsize=65536)
def fold_given(name: str) -> str:
    """ "Kajsa" = "Cajsa", "Karolina" = "Carolina", and a pet form = its full name ("Lotta" = "Charlotte")."""
    n = name.casefold()
    first, space, rest = n.partition(" ")
    n = load_lexicon().nicknames.get(first, first) + space + rest
    for a, b in VARIANTS:
        n = n.replace(a, b)
    return n


def fold_accents(name: str) -> str:
    """ "Böhlénius" -> "bohlenius" but "Åström" -> "åström": accents off, Swedish letters kept, hyphens as spaces."""
    return "".join(c if c in "åäö" else "".join(x for x in unicodedata.normalize("NFD", c) if not unicodedata.combining(x))
                   for c in name.casefold().replace("-", " "))


def fold_surname(name: str) -> str:
    """ "Böhlénius" = "Böhlenius", "Löpare-Johansson" = "Löpare Johansson", "Ekdahl" = "Ekdal",
    "Lindh" = "Lind": one person written two ways in one text."""
    return fold_given(re.sub(r"(?<=[aeiouyåäö])h(?![aeiouyåäö])|(?<=d)h\b", "", fold_accents(name)))


@dataclass
class Cluster:
    kind: str
    members: list[Found]
    merges: set[str]

    @property
    def name(self) -> str:
        """The canonical name: the full form written most often, the first one on a tie."""
        counts = Counter(f.name for f in self.members if f.rule not in SECONDARY_RULES)
        if not counts:
            counts = Counter(f.name for f in self.members)
        first = {}
        for f in sorted(self.members, key=lambda f: f.start):
            first.setdefault(f.name, f.start)
        # "Samordningsgrupp för Nära vård i länet": "i länet" points at a place, it names nothing
        plain = Counter()
        for n, c in counts.items():
            plain[DEICTIC.sub("", n)] += c
        best = min(plain, key=lambda n: (-plain[n], first.get(n, 0), n))
        if GENERIC_UNIT.fullmatch(best):
            # "Socialförvaltningen" and "Socialförvaltningen i Halmstads kommun": every municipality has one, so the
            # name that says whose it is labels it
            owned = [n for n in plain if n.startswith(best + " i ") and n[len(best) + 3:][:1].isupper()]
            if owned:
                return min(owned, key=lambda n: (-plain[n], first.get(n, 0), n))
        return best


# a unit every municipality or region has one of, by its kind alone: "Socialförvaltningen", "Vård- och
# omsorgsförvaltningen", "Hälso- och sjukvårdsnämnden"
GENERIC_UNIT = re.compile(r"[A-ZÅÄÖ][a-zåäö]*(?:-[ \t]och[ \t][a-zåäö]+)?(?:förvaltningen|nämnden|kontoret|kansliet)")
# a kind of group named in the plural: "Lokala arbetsgrupper", "de regionala nätverken"
PLURAL_GROUP = re.compile(r"(?i)(?:grupper|grupperna|nätverken|råden|forumen|kommittéer|kommittéerna|beredningar|"
                          r"beredningarna)$")
# a group named by its owner's genitive and one word: "mora kommuns krisledningsgrupp", "region skånes ledningsgrupp"
OWNED_GROUP = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]+ )?[A-ZÅÄÖ][a-zåäö]+(?: kommuns| stads| läns|s) [a-zåäö]+")
DEICTIC = re.compile(r"\s+i\s+(?:länet|regionen|kommunen|landet|sjukvårdsregionen)$")
SECONDARY_RULES = {"name.repeated", "person.speaker_label", "person.given_name_only", "forum.bare_reference",
                   "organisation.document_region", "organisation.document_county_board", "organisation.regionen",
                   "organisation.paragraph_municipality",
                   "organisation.document_association", "name.acronym"}


def resolve_people(found: list[Found], text: Text, lex: Lexicon) -> list[Cluster]:
    full = [f for f in found if f.kind == "Person" and f.rule != "person.speaker_label"]
    labels = [f for f in found if f.kind == "Person" and f.rule == "person.speaker_label"]
    groups: dict[tuple[str, str], Cluster] = {}
    for f in sorted(full, key=lambda f: f.start):
        first, _, rest = f.name.partition(" ")
        k = (fold_given(first), fold_surname(rest))
        groups.setdefault(k, Cluster("Person", [], set())).members.append(f)
    clusters = _merge_one_letter_apart(_fold_table_words(list(groups.values())))
    for c in clusters:
        if len({m.name for m in c.members}) > 1:
            c.merges.add("person.same_name")
    clusters = _merge_leading_names(clusters, lex)
    by_given: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        by_given[fold_given(c.members[0].name.split(" ")[0])].append(c)
    # speaker labels and bare given names
    for f in labels:
        words = f.name.split(" ")
        cands = by_given.get(fold_given(words[0]), []) if len(words) == 1 else [
            c for c in clusters if fold_given(c.name) == fold_given(f.name)]
        if len(cands) == 1:
            cands[0].members.append(f)
            cands[0].merges.add("person.given_name_only")
        elif not cands:
            new = Cluster("Person", [f], set())
            clusters.append(new)
            by_given[fold_given(words[0])].append(new)
    for given, cands in list(by_given.items()):
        if len(cands) != 1 or " " not in cands[0].name:
            continue
        written = {m.name.split(" ")[0] for m in cands[0].members}
        for w in sorted(written):
            for m in re.finditer(rf"(?<![\w-]){re.escape(w)}(?![\w-])(?!\s+[{UPPER}])", text.text):
                if any(x.start <= m.start() < x.end for x in cands[0].members):
                    continue
                cands[0].members.append(Found("Person", cands[0].name, m.start(), m.end(), m.group(0),
                                              "person.given_name_only", 0.7))
                cands[0].merges.add("person.given_name_only")
        # spelling variants of the given name written alone ("Kajsa" for "Cajsa")
        for m in re.finditer(rf"(?<![\w-])([{UPPER}][a-zåäöé]+)(?![\w-])(?!\s+[{UPPER}])", text.text):
            if m.group(1) not in written and fold_given(m.group(1)) == given and m.group(1) in lex.first_names:
                cands[0].members.append(Found("Person", cands[0].name, m.start(), m.end(), m.group(0),
                                              "person.given_name_only", 0.6))
    return clusters


def _fold_table_words(clusters: list[Cluster]) -> list[Cluster]:
    """ "Henrik Berg Utkast …", "Henrik Berg Fastställt …" beside "Henrik Berg": a table a PDF ran together puts a
    different capitalised word after one name each time; a person has one surname, so two or more different third
    words after a two-word name the text also writes alone are no part of it."""
    by_name = {c.members[0].name: c for c in clusters}
    longer: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        words = c.members[0].name.split(" ")
        if len(words) == 3 and " ".join(words[:2]) in by_name:
            longer[" ".join(words[:2])].append(c)
    out = []
    folded = {id(c) for cs in longer.values() if len({c.members[0].name for c in cs}) >= 2 for c in cs}
    for c in clusters:
        if id(c) not in folded:
            out.append(c)
            continue
        into = by_name[" ".join(c.members[0].name.split(" ")[:2])]
        for f in c.members:
            surface = f.surface.rstrip().rsplit(None, 1)[0].rstrip()  # the written name without its last word
            into.members.append(Found(f.kind, " ".join(f.name.split(" ")[:2]), f.start, f.start + len(surface),
                                      surface, f.rule, f.confidence, f.subtype, f.codes))
        into.members.sort(key=lambda f: f.start)
    return out


def _one_edit_apart(a: str, b: str) -> bool:
    """ "svanegård" / "svangård", "jonson" / "jonsson", "berglund" / "bergland": one letter added,
    dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _merge_one_letter_apart(clusters: list[Cluster]) -> list[Cluster]:
    """One person's name written twice in one text with a surname one letter apart ("Anna Svanegård" and
    "Anna Svangård" in a transcript): the same given names, the same first letter, six letters or more; or with a
    long given name one letter apart and the same surname ("Ann-Lena Skatt" and "Anna-Lena Skatt" in minutes)."""
    def parts(c: Cluster) -> tuple[str, str]:
        first, _, rest = c.members[0].name.partition(" ")
        return fold_given(first), fold_surname(rest)

    def alike(a: tuple[str, str], b: tuple[str, str]) -> bool:
        if a[1] == b[1]:  # "Ann-Lena Skatt" and "Anna-Lena Skatt": a long given name one letter apart, same surname
            return min(len(a[0]), len(b[0])) >= 6 and a[0][:1] == b[0][:1] and _one_edit_apart(a[0], b[0])
        return a[0] == b[0] and min(len(a[1]), len(b[1])) >= 6 and a[1][:1] == b[1][:1] and _one_edit_apart(a[1], b[1])

    out: list[Cluster] = []
    for c in clusters:
        into = next((o for o in out if alike(parts(o), parts(c))), None)
        if into is None:
            out.append(c)
        else:
            into.members.extend(c.members)
            into.members.sort(key=lambda f: f.start)
            into.merges.add("person.one_letter_apart")
    return out


def _merge_leading_names(clusters: list[Cluster], lex: Lexicon) -> list[Cluster]:
    """ "Jean Luc" after "Jean Luc af Berg", "Anna Karin" after "Anna Karin Ek": double given names written
    without the surname are the one person whose full name they open."""
    out = []
    for c in clusters:
        words = c.name.split(" ")
        longer = [o for o in clusters if o is not c and o.name.split(" ")[:len(words)] == words
                  and len(o.name.split(" ")) > len(words)]
        nxt = longer[0].name.split(" ")[len(words)] if len(longer) == 1 else ""
        if len(words) == 2 and nxt and (re.fullmatch(PARTICLE, nxt) or words[1] in lex.first_names):
            longer[0].members.extend(c.members)
            longer[0].merges.add("person.given_names_only")
            continue
        out.append(c)
    return out


def resolve_named(found: list[Found]) -> list[Cluster]:
    """Organisations, projects and forums: same key, then longer forms folded into shorter ones."""
    by_key: dict[tuple[str, str], Cluster] = {}
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        k = (f.kind, key(f.name))
        c = by_key.setdefault(k, Cluster(f.kind, [], set()))
        if c.members and f.name not in {m.name for m in c.members}:
            c.merges.add("name.same_key")
        if f.rule in REFERENCE_RULES:
            c.merges.add(f.rule)
        c.members.append(f)
    clusters = sorted(by_key.items(), key=lambda kv: len(kv[0][1]))
    # "Region Örebro läns hälso- och sjukvårdsnämnd", then "hälso- och sjukvårdsnämnden": the one owner's board
    owned = Counter(board.group("body") for kind, k in by_key if kind == "Organisation"
                    for board in [OWNERS_BOARD.match(k) or BOARD_OWNER.match(k)] if board)
    # "Mora kommuns krisledningsgrupp", then "en speciell Krisledningsgrupp": the one owner's group by its cue word
    owned_groups = Counter(k.rsplit(" ", 1)[1] for (kind, k), c in by_key.items()
                           if kind == "CollaborationForum" and OWNED_GROUP.fullmatch(c.members[0].name))
    merged: dict[tuple[str, str], Cluster] = {}
    for (kind, k), c in clusters:
        target = None
        for (kind2, k2), c2 in merged.items():
            if kind == kind2 == "CollaborationForum" and OWNED_GROUP.fullmatch(c.members[0].name) and \
                    k.endswith(" " + k2) and \
                    owned_groups[k2] == 1 and all(m.rule == "forum.cue" and m.name == m.surface for m in c2.members):
                c2.members[:] = [replace(m, name=c.members[0].name) for m in c2.members]
                target = c2
                break
            # ("Hälso- och sjukvårdsförvaltningen på Gotland", then "Förvaltningen …": where it is, once)
            if kind2 == kind and k.startswith(k2 + " ") and k[len(k2) + 1:].split(" ")[0] in {"i", "för", "inom", "på"} and \
                    not any(PLURAL_GROUP.search(m.name) for m in c2.members):
                # (not "Lokala arbetsgrupper" and "Lokal arbetsgrupp för Astma-KOL": one of a kind the text names
                # in the plural)
                target = c2
                break
            # ("Hälso- och sjukvårdsnämnden Region Gotland" on a card, then "Hälso- och sjukvårdsnämnden": the one
            # owner's board, by the name the card gives it)
            board = OWNERS_BOARD.match(k) or BOARD_OWNER.match(k) if kind == kind2 == "Organisation" else None
            if board and board.group("body") == k2 and owned[k2] == 1:
                target = c2
                break
            regional = next((m.name for m in c.members if m.rule in ("organisation.regional_body",
                                                                      "organisation.area_board")), None)
            if kind2 == kind and k.startswith(k2 + " ") and regional:
                # "Folktandvården" in a text about "Folktandvården Västra Götaland" is the region's one, by that name;
                # "Samverkansnämnden" in one about "Samverkansnämnden Sjukvårdsregion Mellansverige" is that board
                c2.members[:] = [replace(m, name=regional) for m in c2.members]
                target = c2
                break
        # ("PRO i Myssjö-Oviken" is a local branch of PRO, an organisation of its own; "Närhälsan i Åmål" a care
        # centre of Närhälsan's)
        if target is not None and not any(m.subtype in ("Region", "Municipality") or
                                          m.rule in ("organisation.branch", "organisation.company_unit")
                                          for m in c.members):
            target.members.extend(c.members)
            target.merges.add("name.longer_form")
        else:
            merged[(kind, k)] = c
    merged = _near_keys(merged)
    by_alt: dict[tuple[str, str], Cluster] = {}
    out = []
    for (kind, k), c in merged.items():
        alt = (kind, _alternative_key(kind, k))
        if alt[1] and alt in by_alt:
            by_alt[alt].members.extend(c.members)
            by_alt[alt].merges.add({"CollaborationForum": "name.same_head", "Project": "name.cue_compound"}.get(
                kind, "name.without_county"))
            continue
        if alt[1]:
            by_alt[alt] = c
        out.append(c)
    return out


def _near(a: str, b: str) -> bool:
    """Keys whose words differ only in an ending the rough stemmer left: "central samverkansorgan" and
    "central samverkansorga" (from "Centrala Samverkansorganet" and "Centralt samverkansorgan")."""
    wa, wb = a.split(" "), b.split(" ")
    if a == b or len(wa) != len(wb):
        return False
    return _typo(a, b) or all(
        x == y or (min(len(x), len(y)) >= 5 and abs(len(x) - len(y)) <= 2 and (x.startswith(y) or y.startswith(x)))
        for x, y in zip(wa, wb))


def _typo(a: str, b: str) -> bool:
    """ "nämnden för samverkan kring sociltjänst och vård": one long word of a long name mistyped by one letter."""
    wa, wb = a.split(" "), b.split(" ")
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(wa) == len(wb) >= 3 and len(differ) == 1 and min(map(len, differ[0])) >= 7 and _one_edit(*differ[0])


def _infix(a: str, b: str) -> bool:
    """ "norra sjukvårdsförbundet" and "norra sjukvårdsregionförbundet": one word of a name written short, the
    middle of its compound left out (at least five letters kept either side)."""
    wa, wb = a.split(" "), b.split(" ")
    differ = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(wa) != len(wb) or len(wa) < 2 or len(differ) != 1:
        return False
    x, y = sorted(differ[0], key=len)
    return any(x[:i] == y[:i] and x[i:] == y[len(y) - len(x) + i:] for i in range(5, len(x) - 4))


def _one_edit(x: str, y: str) -> bool:
    """One letter added, dropped or changed."""
    if len(x) > len(y):
        x, y = y, x
    if len(y) - len(x) > 1:
        return False
    i = next((n for n, (p, q) in enumerate(zip(x, y)) if p != q), len(x))
    return x[i + (len(x) == len(y)):] == y[i + 1:]


def _near_keys(merged: dict[tuple[str, str], Cluster]) -> dict[tuple[str, str], Cluster]:
    out: dict[tuple[str, str], Cluster] = {}
    buckets: dict[tuple, list[tuple[str, Cluster]]] = defaultdict(list)  # near keys share their words' openings
    for (kind, k), c in merged.items():
        bucket = buckets[(kind, tuple(w[:4] for w in k.split(" ")))]
        target = next((c2 for k2, c2 in bucket if (_near(k, k2) if kind != "Organisation" else
                                                    _typo(k, k2) or _infix(k, k2))), None)
        if target is None:
            out[(kind, k)] = c
            bucket.append((k, c))
        else:
            target.members.extend(c.members)
            target.merges.add("name.same_key")
    return out


ADJECTIVE_KEY = re.compile(r"^(?:\S+(?:al|isk|gemensam|övergrip|lokal|nationell|politisk) )+")
CENTRE_HEADS = r"vårdcentral|hälsocentral|sjukhus?|lasarett?|sjukstuga?"  # as written, and as key() stems them
CENTRE_IN = re.compile(rf"^(?P<head>{CENTRE_HEADS}) i (?P<place>\S+)$")
CENTRE_OF = re.compile(rf"^(?P<place>\S+) (?P<head>{CENTRE_HEADS})$")  # the stems of either
CENTRE_NAMED = re.compile(r"^(?P<head>vårdcentral|hälsocentral) (?P<place>\S+)$")  # "vårdcentralen Årby"
FORM_WORD = re.compile(r"^(?:stiftels|förening) (?=\S)")  # the key of "Stiftelsen …", "Föreningen …"
COUNTY_INSIDE = re.compile(r"(?<=\S) \S+ läns (?=\S+$)")  # a county written inside a name, between its form and head
# "hälso- och sjukvårdsnämnden i Region Östergötland" = "Region Östergötlands hälso- och sjukvårdsnämnd": a board
# named with its owner after "i" or in the genitive before it
BOARD = r"(?P<body>(?:\S+ och )?\S*(?:nämnd|styrels|utskot|förvaltning))"
OWNER = r"(?P<owner>regio \S+(?: läns)?|\S+ (?:kommu|kommun|stad)|riksdag)"  # ("riksdagens socialutskott")
BOARD_IN = re.compile(rf"^{BOARD} i {OWNER}$")
OWNERS_BOARD = re.compile(rf"^{OWNER} {BOARD}$")
BOARD_OWNER = re.compile(rf"^{BOARD} {OWNER}$")
CUE_SUFFIX = re.compile(r"^(\S{4,}?)(?:program|programm|projekt|satsning)$")


def _alternative_key(kind: str, k: str) -> str:
    """A looser key within one document: a forum without its adjectives and with för/från alike
    ("länsövergripande ledningsgruppen från vård och omsorg" = "ledningsgrupp för vård och omsorg"),
    or with and without "i" before its area;
    a project without a trailing cue ("seniorhälsovårdsprogram" = "seniorhälsovård");
    an organisation without the county inside its name, a care centre named by its place either way."""
    if kind == "CollaborationForum" and (" för " in k or " från " in k):
        return ADJECTIVE_KEY.sub("", k).replace(" från ", " för ")
    if kind == "CollaborationForum":  # "vårdsamverkan i Västra Götaland" = "Vårdsamverkan Västra Götaland"
        return k.replace(" i ", " ")
    if kind == "Project":
        m = CUE_SUFFIX.match(k)
        return key(m.group(1)) if m else k
    if kind == "Organisation":  # "Stiftelsen Stockholms läns Äldrecentrum" = "Stiftelsen Äldrecentrum" = "Äldrecentrum"
        # "vårdcentralen i Kolbäck" = "Kolbäcks vårdcentral" = "vårdcentralen Kolbäck"
        board = BOARD_IN.match(k) or OWNERS_BOARD.match(k)
        if board:
            return f"{board.group('body')} i " + " ".join(w[:5] for w in board.group("owner").split(" "))
        # "Stiftelsen Äldrecentrum" = "Äldrecentrum": a foundation or association without its form word
        k = FORM_WORD.sub("", COUNTY_INSIDE.sub(" ", k))
        m = CENTRE_IN.match(k) or CENTRE_OF.match(k) or CENTRE_NAMED.match(k)
        # ("sjukstugan i Storuman" keys as "sjukstuga i storuma", "Storumans sjukstuga" as "storuman sjukstug": the
        # head and the place stemmed alike)
        return f"{stem(m.group('head').rstrip('st'))} i {stem(stem(m.group('place')))}" if m else k
    return ""
