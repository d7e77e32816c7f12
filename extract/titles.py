"""Role titles as Swedish writes them: compounds, qualifiers and inflected forms.

"biträdande hälso- och sjukvårdsdirektör", "vård- och omsorgsdirektör", "projektledarna"
(-> "projektledare"), "affilierad forskare", "teknologie doktor". The title is reported in its
base form, as the text writes it otherwise.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicons import Lexicon
from .model import Text
from .patterns import COUNTY_PART, LOWER, UPPER, squash

WORD = rf"[{LOWER}A-ZÅÄÖ]+(?:-[{LOWER}]+)?"
TITLE_CANDIDATE = re.compile(
    rf"(?<![\w-])((?:[{UPPER}]?[{LOWER}]+-\s*(?:och|eller)\s+|[Nn]ära\s+vård-|[Nn]ära[ \t]+(?=vård[{LOWER}]))?(?:[{LOWER}A-ZÅÄÖ][{LOWER}]+|[A-ZÅÄÖ](?:[{LOWER}]*|[A-ZÅÄÖ]{{1,2}})[A-ZÅÄÖ](?=-)|[eE](?=-[{LOWER}]))"
    rf"(?:-[{LOWER}]+)?)(?![\w-])"
)  # "hälso- och sjukvårdsdirektör", "FoU-samordnare", "nära vård-samordnare", "Nära vårdledare", "e-hälsostrateg"
# "vård och omsorgschef", "hälso och sjukvårdsdirektör" as a transcript writes them: a compound's first part
# without its hyphen
SUSPENDED_BARE = re.compile(r"(?<![\w-])((?:[Vv]ård|[Hh]älso|[Ss]ocial|[Oo]msorgs|[Kk]valitets|[Vv]erksamhets|[Uu]tvecklings|"
                            r"[Uu]tbildnings)[ \t]+och[ \t]+)$")
# (ending, replacement, plural): projektledarna -> projektledare, chefen -> chef, sköterskor -> sköterska
INFLECTIONS = (("råden", "råd", True),  # "regionråden Eva Ek, Bo Berg och Per Lind": a neuter's definite plural
               ("arna", "are", True), ("erna", "", True), ("orna", "a", True), ("aren", "are", False),
               ("en", "", False), ("et", "", False), ("et", "e", False), ("er", "", True), ("or", "a", True), ("an", "a", False), ("na", "", True), ("öterna", "ot", True), ("öter", "ot", True),
               ("trarna", "ter", True), ("trar", "ter", True), ("männen", "man", True), ("män", "man", True),
               ("ansvarige", "ansvarig", False), ("kunnige", "kunnig", False),  # "Utvecklingsansvarige Nils Berg", "sakkunnige": the adjective's definite form
               ("n", "", False))  # vårdbiträdet -> vårdbiträde; analytikerna -> analytiker, ledamöterna -> ledamot, reportrarna -> reporter
# "Eva Berg, ansvarig för samverkansfrågor, …": a post named by what it answers for, in apposition
RESPONSIBLE_FOR = re.compile(rf"(?<=,[ \t])ansvarig[ \t]+för[ \t]+[{LOWER}][{LOWER}-]{{3,}}(?=[ \t]*(?:[,.;]|och\b))")
# "läkare och medicinskt ansvarig på X": the medical lead of a unit, a role without a profession after it
MEDICALLY_RESPONSIBLE = re.compile(rf"(?<![\w-])[Mm]edicinskt[ \t]+ansvarig(?:[ \t]+för[ \t]+rehabilitering)?(?![\w-])"
                                   rf"(?![ \t]+(?:för|[{LOWER}]+(?:ska|are|og)(?![\w-])))")  # "… för rehabilitering", MAR
# "FOU ansvarig", "FoU samordnare": the compound written apart ("FOU-strateg" written together is a compound)
FOU_SPACED = re.compile(r"(?<![\w-])(?:FoU|FOU|Fou)[ \t]+(ansvarig|samordnare|ledare|chef|strateg)(?![\w-])")
TWO_WORD = {"teknologie doktor", "medicine doktor", "filosofie doktor",
            "medicinskt ansvarig sjuksköterska", "ansvarig för digitaliseringen"}


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    title: str  # base form
    plural: bool


_SEEN: dict[tuple[int, str], tuple[str, bool] | None] = {}
_SUFFIX_RE: dict[int, re.Pattern[str]] = {}


def base_form(word: str, lex: Lexicon) -> tuple[str, bool] | None:
    """ "projektledarna" -> ("projektledare", True); None when the word is no title."""
    w = re.sub(r"\s+", " ", word.casefold())
    key = (id(lex), w)
    if key not in _SEEN:
        if len(_SEEN) > 200_000:
            _SEEN.clear()
        _SEEN[key] = _base_form(w, lex)
    return _SEEN[key]


def _base_form(w: str, lex: Lexicon) -> tuple[str, bool] | None:
    candidates = [(w, False)]
    for suffix, repl, plural in INFLECTIONS:
        if w.endswith(suffix) and len(w) >= len(suffix) + 3:  # "läkarna": a stem of three letters
            candidates.append((w[: -len(suffix)] + repl, plural))
    for cand, plural in candidates:
        if _is_title(cand, lex):
            return cand, plural
    return None


def _is_title(word: str, lex: Lexicon) -> bool:
    head = word.rsplit(" ", 1)[-1]
    if word in lex.titles or head in lex.titles:
        return True
    if id(lex) not in _SUFFIX_RE:
        _SUFFIX_RE[id(lex)] = re.compile(rf".{{3,}}(?:{'|'.join(map(re.escape, lex.title_suffixes))})")
    return bool(lex.title_suffixes) and _SUFFIX_RE[id(lex)].fullmatch(head) is not None


# "specialist i allmänmedicin", "specialist geriatrik": without "i" only a word that reads as a medical specialty
SPECIALTY = re.compile(rf"[ \t]+(?:i[ \t]+[{LOWER}]{{5,}}|[{LOWER}]{{2,}}(?:medicin|iatri|iatrik|logi|kirurgi|pedi))(?![\w-])")
BOARD_GENITIVE = re.compile(rf"(?<![\w-])((?:[{UPPER}{LOWER}][{LOWER}]+-[ \t]*och[ \t]+)?[{UPPER}{LOWER}][{LOWER}-]*"
                            rf"(?:styrelsens|nämndens|fullmäktiges|utskottets|beredningens))[ \t]+$")  # "hälso- och sjukvårdsnämndens", "kommunfullmäktiges"
ACRONYM = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,4})(?![\w-])")


# "chef för primärvården"; "chef för avdelningen vård och omsorg, SKR": the department's name before the comma too
# ("chef för avdelningen för vård och omsorg": a department named after "för" is a unit of its own, she is "chef";
# so is "närsjukvården i centrala Östergötland", the care of a part of the county)
CHIEF_OF = re.compile(rf"[ \t]+för[ \t]+[{LOWER}]{{4,}}(?:en|et|na)(?![\w-])(?![ \t]+för[ \t]|[ \t]+[{UPPER}][{LOWER}]|"
                      rf"[ \t]+i[ \t]+{COUNTY_PART}[ \t]+[{UPPER}])(?:[ \t]+(?!(?:i|på|vid|inom|som|och|med|hos|där|"
                      rf"sedan|sen|till|från)(?![\w-]))[{LOWER}]{{3,}}(?:[ \t]+och[ \t]+[{LOWER}]{{3,}})?(?=[ \t]*[,)]))?")
# a field and a slash, or an abbreviation and its dot, written on to a title with no space between
GLUED_BEFORE = re.compile(rf"(?<![\w./-])[{UPPER}{LOWER}]{{2,12}}([/.])$")
VICE_ORDINALS = frozenset({"första", "andra", "tredje"})
FIELD_POLITICAL = re.compile(r"[a-zåäö]{3,}s?politiska?")  # "sjukvårdspolitisk", "socialpolitiska", not "politisk" alone


def find_titles(text: Text, lex: Lexicon) -> list[Title]:
    t = text.text
    out: list[Title] = [Title(m.start(1), m.end(1), m.group(1), False) for m in ACRONYM.finditer(t)
                        if m.group(1).casefold() in lex.titles]  # "MAS", "VD"
    out += [Title(m.start(), m.end(), squash(m.group(0)), False) for m in RESPONSIBLE_FOR.finditer(t)]
    out += [Title(m.start(), m.end(), "fou-" + m.group(1).casefold(), False) for m in FOU_SPACED.finditer(t)]
    out += [Title(m.start(), m.end(), squash(m.group(0)).casefold(), False) for m in MEDICALLY_RESPONSIBLE.finditer(t)]
    for m in TITLE_CANDIDATE.finditer(t):
        found = base_form(m.group(1), lex)
        specialty = SPECIALTY.match(t, m.end(1)) if m.group(1).casefold() in ("specialist", "specialister") else None
        if specialty:  # "specialist i allmänmedicin", "specialist i geriatrik": a doctor's specialty
            # ("A och B, specialister i allmänmedicin": each one's)
            out.append(Title(m.start(1), specialty.end(), "specialist " + squash(specialty.group(0)),
                             m.group(1).casefold() == "specialister"))
            continue
        if not found:
            continue
        title, plural = found
        start = m.start(1)
        if title == "ersättare" and re.search(r"[Bb]eslutande[ \t]+$", t[max(0, start - 16):start]):
            continue  # "Beslutande ersättare": a column of minutes, the deputies who decide, no one's title
        # qualifiers before: "biträdande", "affilierad", "teknologie"
        before = t[max(0, start - 40):start]
        q = re.search(rf"((?:(?:[{UPPER}]?[{LOWER}]+|[{UPPER}]|\d:[ae])(?:\.[{LOWER}]+)*\.?\s+)+)$", before)  # "Vice ordförande", "leg. läkare", "T.f."
        if q:
            words = q.group(1).split()
            keep = []
            for w in reversed(words):
                if w.casefold() in lex.qualifiers or w.casefold() in VICE_ORDINALS and keep[:1] == ["vice"] or \
                        FIELD_POLITICAL.fullmatch(w.casefold()):  # "sjukvårdspolitisk talesperson"
                    keep.insert(0, w)  # "första vice ordförande", but "andra chefer" are other managers
                else:
                    break
            if keep:
                start -= len(" ".join(keep)) + 1
                title = " ".join(keep).casefold() + " " + title
        glued = GLUED_BEFORE.search(before) if not q or not keep else None
        if glued and (glued.group(0).casefold() in lex.qualifiers if glued.group(1) == "." else
                      not base_form(glued.group(0)[:-1], lex)):
            # "astma/KOL-sjuksköterska": two fields joined by a slash (not two posts: "kommunalråd/ledamot");
            # "spec.fysioterapeut": an abbreviated qualifier written on to the title
            start -= len(glued.group(0))
            title = glued.group(0).casefold() + title
        bare = SUSPENDED_BARE.search(before) if not q or not keep else None
        if bare and not re.search(r"(?i)\boch\b", title):  # "vård och omsorgschef": the hyphen left out
            start -= len(bare.group(1))
            title = squash(bare.group(1)).casefold() + " " + title
        # ("Vård- och stödutskottets vice ordförande": the board's genitive before the qualifier)
        board = BOARD_GENITIVE.search(t, max(0, start - 40), start) if title.endswith(("ordförande", "ordf")) else None
        if board:  # "kommunstyrelsens ordförande": the chair of a board, written as the text names it
            start -= len(board.group(0))
            title = board.group(1).casefold() + " " + title
        after = re.match(r"\s+för\s+digitaliseringen", t[m.end(1):m.end(1) + 30])
        end = m.end(1)
        ending = re.match(r":(?:n|en|ns|ar|arna)(?![\w-])", t[end:end + 6])
        if ending:  # "vd:n Martin Lindman": an abbreviation's inflection, part of the title's span
            end += ending.end()
            plural = ending.group(0).startswith(":ar")
        if after and (title + after.group(0)).strip() in TWO_WORD:
            end += after.end()
            title = re.sub(r"\s+", " ", title + after.group(0))
        field = CHIEF_OF.match(t, m.end(1)) if title in ("chef", "chefen") else None
        if field:  # "chef för specialistsjukvården": a bare "chef" says what she heads
            end = field.end()
            title = "chef " + squash(field.group(0).strip())
        emeritus = re.match(r"[ \t]+(emeritus|emerita)(?![\w-])", t[end:end + 12])
        if emeritus:  # "professor emeritus i geriatrik": retired, the title as the text writes it
            end += emeritus.end()
            title += " " + emeritus.group(1)
        title = re.sub(r"-\s*(och|eller)\s+", r"- \1 ", title)
        title = re.sub(r"(?<![\w-])ordf$", "ordförande", title)  # "vice ordf. i HSN": the abbreviation, written out
        out.append(Title(start, end, title, plural))
    # "medicinskt ledningsansvarig läkare": a qualifier that is a title of its own too, inside the longer title
    spans = [(x.start, x.end) for x in out]
    out = [x for x in out if not any(a <= x.start and x.end <= b and b - a > x.end - x.start for a, b in spans)]
    return sorted(out, key=lambda x: x.start)
