"""Small pieces of Swedish text structure shared by the extractors: words, sentences, stems.

These are regular expressions over the normalised text rather than a statistical tokenizer:
every match keeps exact character offsets, nothing has to be downloaded, and the rules stay
readable. Names of entities never appear here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

UPPER = "A-ZÅÄÖÉÈÜÆØÁÍÓÚÀÂÊÎÔÛËÏÇÑĆČŠŽĐŁŃŚŹŻ"
LOWER = "a-zåäöéèüæøáíóúàâêîôûëïçñćčšžđłńśźżý"
LETTER = UPPER + LOWER
CAP = rf"[{UPPER}][{LOWER}]+(?:[-–][{UPPER}]?[{LOWER}]+)*"
COUNT_OF = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}
NUMBER_WORDS = "(?:" + "|".join(COUNT_OF) + ")"  # a count written out
DIRECTION = r"(?:södra|norra|östra|västra|mellersta|nordöstra|nordvästra|sydöstra|sydvästra|inre)"  # of an area, lower case
COUNTY_PART = rf"(?:{DIRECTION}|centrala)"  # "centrala Östergötland", "norra Halland": a part of a county a unit serves
ONE_BREAK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space or one line break: a name never runs across a blank line
# a political board's name: "Socialnämnden", "Hälso- och sjukvårdsnämnden", "Nämnden för folkhälsa och sjukvård",
# "Psykiatrinämnden Halland", "Regionstyrelsen", "Kommunfullmäktige"
BOARD_NAME = re.compile(r"(?i)(?:^|[ \t-])[a-zåäö]*(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige)(?=[ \t]|$)")


def is_board(name: str) -> bool:
    """Whether an organisation's name is a board's (a nämnd, styrelse or fullmäktige): one its members meet in."""
    return BOARD_NAME.search(name) is not None


def is_committee(name: str) -> bool:
    """Whether an organisation's name is a committee's ("Sjukhusutskottet", "riksdagens socialutskott")."""
    return name.casefold().endswith(("utskott", "utskottet"))


# a municipal association's name: "Sjuhärads kommunalförbund", "Kommunförbundet i Kalmar län", "Norrbottens Kommuner"
ASSOCIATION_NAME = re.compile(r"(?i)kommunalförbund|kommunförbund|^\w+s kommuner$")


def is_association(name: str, subtype: str | None) -> bool:
    """Whether an organisation is a municipal association, by the register's kind or by its name."""
    return subtype == "MunicipalAssociation" or bool(ASSOCIATION_NAME.search(name))
# "tankesmedjan Arena Idé", "patientorganisationen Hjärtebarnen", "teknikföretaget X": a kind of organisation, in its
# definite form, before the organisation's name
ORG_KIND = (r"(?:tankesmedjan|stiftelsen|föreningen|organisationen|intresseorganisationen|patientorganisationen|"
            r"brukarorganisationen|pensionärsorganisationen|branschorganisationen|arbetsgivarorganisationen|"
            r"fackförbundet|(?:[a-zåäö]{3,}|[A-ZÅÄÖ]{2,4}-)?(?:företaget|bolaget)|tidningen|tidskriften)")
CONTACT_WORDS = r"(?:E-post|Telefon|Tel|Mobil|Mejl|E-mail)"  # the fields of a contact card after a name
# the roles a podcast page credits, each a label before a name: "Host ⏎ Anna Berg", "Guest Eva Ek Förvaltningschef"
CREDIT_ROLES = ("guest", "guests", "host", "hosts", "editor", "producer", "gäst", "gäster", "värd", "programledare",
                "producent")
# the labels of a picture's credit: "Foto: Anna Berg", "Bild: Eva Ek"
PHOTO_CREDITS = ("Foto", "Fotograf", "Bild", "Illustration")
CREDIT_LABELS = (*PHOTO_CREDITS, "Text")  # and an article's byline: "Text: Eva Ek"
WORD_RE = re.compile(rf"[{LETTER}0-9]+(?:[-:'][{LETTER}0-9]+)*")
# not after a middle initial: "Sebastian G. Danielsson"
SENTENCE_END = re.compile(r"(?<=[.!?…])(?<![\s(][A-ZÅÄÖ]\.)\s+(?=[\"'(\[]?[" + UPPER + r"0-9•\-])|\n\s*\n|"
                          r"\n(?=\s*[•▪*–-]\s)")

# The labels of a page of minutes flattened from PDF, which run on to the name before them: "Organ Kommunala
# Pensionärsrådet Datum för anslags uppsättande", "Kommunala Pensionärsrådet Ledamöter Närv (N)", "Förvaringsplats
# för protokollet Sjukvårds- och omsorgskontoret Underskrift"
MINUTES_LABELS = frozenset("""
    datum ledamöter ersättare närvarande närv frånv övriga beslutande paragrafer underskrift underskrifter
    sekreterare justerare justerande utses förvaringsplats anslag sammanträdesdatum frånvaro
    """.split())

MONTHS = frozenset("januari februari mars april maj juni juli augusti september oktober november december".split())

# Words that are written with a capital letter without being names: sentence openers in
# speech, months, and the domain's own vocabulary. Used to keep person names clean.
NOT_NAME = MINUTES_LABELS | MONTHS | frozenset(
    """
    ja nej tack hej men och så det den de dom vi jag du ni han hon man när där här som att om
    för från till med på i av ut in upp ner nu sen då just precis absolut verkligen alltså eller
    vad hur var vem vilka vilken vilket varför också även ett en alla både mer mest mycket förutom utöver dessutom
    region regionen regioner kommun kommunen kommuner stad län landsting nära vård omsorg hälsa
    sjukvård program programmet projekt projektet nätverket forum gruppen
    måndag tisdag onsdag torsdag fredag lördag söndag sverige sveriges svenska svensk
    host hosts guest guests editor producer creators what
    foto fotograf bild personalbild text telefon tel mobil fax e-post epost publicerad uppdaterad datum författare
    publiceringsdatum
    närvarande övriga deltagare ledamöter ersättare första andra tredje justerande justering justeringens justerare
    paragrafer underskrifter nyheter utses sekreterare beslutande vakant
    bevis fackliga företrädare certifierad certifierade auktoriserad
    university universiteit universität college institute lex society foundation association council
    director manager officer chief head senior
    innehållsförteckning innehåll inledning förord sammanfattning bakgrund syfte metod resultat slutsatser diskussion sid
    bilaga bilagor referenser slutrapport delrapport utvärderare grafisk layout illustration illustratör redaktör tryck
    """.split()  # the last lines: the labels of podcast pages ("Guest ⏎ Anna Berg ⏎ Guest"), of bylines and
    # contact cards ("Text: Anna Berg Foto: Lars Ek", "Lena Ek Telefon 08-…"), of a report's cover ("Författare Eva
    # Ek Datum …"), of minutes ("… Övriga Eva Ek",
    # "Eva Ek Utses att justera", "Justerande Eva Ek Bevis …", "Fackliga företrädare", a seat "Vakant" beside a
    # name in a roster's column) and of an auditor's card
    # ("Eva Ek Certifierad …"); a university abroad ("Brunel University") names no one, nor a law ("Lex Maria"),
    # nor a body named in English ("Reform Society"), nor a post ("Director Citizens & Societies"); nor a report's
    # headings, which a PDF's text runs on to the names on its cover ("Utvärderare Eva Ek Förord …", "Eva Ek
    # Innehållsförteckning Inledning"), nor the page column of its table of contents ("Sid Förvaltningsberättelse 2")
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


LONGEST_SENTENCE = 1000  # characters; a longer run without a sentence end is cut at spaces


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] into sentences, keeping offsets.

    No sentence is longer than LONGEST_SENTENCE: a run without full stops (a megabyte on one line)
    is cut at the last space before the limit, so that what is looked for within a sentence stays
    local and the work linear.
    """
    end = len(text) if end is None else end
    out, pos = [], start
    for m in SENTENCE_END.finditer(text, start, end):
        if m.start() > pos:
            _add_sentence(out, text, pos, m.start())
        pos = m.end()
    if pos < end:
        _add_sentence(out, text, pos, end)
    return out


def _add_sentence(out: list[Span], text: str, start: int, end: int) -> None:
    while end - start > LONGEST_SENTENCE:
        cut = text.rfind(" ", start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
        cut = cut if cut > start else start + LONGEST_SENTENCE
        out.append(Span(start, cut, text[start:cut]))
        start = cut + 1 if text[cut:cut + 1] == " " else cut
    if end > start:
        out.append(Span(start, end, text[start:end]))


def sentence_at(text: str, offset: int) -> Span:
    """The sentence around offset (bounded to a few hundred characters either side)."""
    lo = max(0, offset - 400)
    hi = min(len(text), offset + 400)
    for s in sentences(text, lo, hi):
        if s.start <= offset < s.end or s.end == offset:
            return s
    return Span(offset, offset, "")


def line_at(text: str, offset: int) -> Span:
    """The line around offset, without its line break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return Span(start, end, text[start:end])


def words_end(phrase: str, n: int) -> int:
    """Where the first n words of phrase end: "Combined  What" and 1 -> 8."""
    return [m.end() for m in re.finditer(r"\S+", phrase)][n - 1]


_SUFFIXES = ("arna", "erna", "orna", "ande", "ens", "ets", "en", "et", "na", "ar", "er", "or", "n", "a", "s", "t")


def stem(word: str) -> str:
    """A rough Swedish stem so that definite and plural forms share a key.

    "ledningsgruppen" -> "ledningsgrupp", "regionala" -> "regional", "länsgemensamma" -> "länsgemensam".
    Only ever used for comparison keys, never shown.
    """
    w = re.sub(r"(?<=.)centr(?:um|et|a)$|(?<=.)center$", "centrum", word.casefold())  # "Välfärdscenter" = "-centrum"
    for suffix in _SUFFIXES:
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "aeiouyåäö":
        w = w[:-1]
    return w


# small words an acronym skips: "Sveriges Kommuner och Landsting" is SKL
NOT_INITIALS = ("och", "för", "i", "av")


def key(phrase: str) -> str:
    """Comparison key for a multi-word name: stemmed words, dashes and case folded; a hyphen before a capital is a
    space."""
    phrase = re.sub(rf"(?<=\w)[-\u2010\u2011](?=[{UPPER}])", " ", phrase)  # "FoU-Centrum" = "FoU Centrum"
    words = WORD_RE.findall(phrase.replace("\u2010", "-").replace("\u2011", "-"))
    return " ".join(stem(w) for w in words if w.casefold() not in {"den", "det", "de", "en", "ett"})


def capitalise(phrase: str) -> str:
    """Upper-case the first letter only: "regional ledningsgrupp" -> "Regional ledningsgrupp"."""
    return phrase[:1].upper() + phrase[1:] if phrase else phrase


def squash(text: str) -> str:
    """Collapse runs of whitespace (names found across a line break)."""
    return re.sub(r"\s+", " ", text).strip()

# the parliamentary parties' letters after a politician's name, written either case: "(S)", "(kd)"
PARTY_LETTERS = r"(?:S|M|C|L|FP|KD|V|MP|Mp|SD|s|m|c|l|fp|kd|v|mp|sd)"  # FP: Folkpartiet, Liberalerna before 2015


def roster_row(t: str, a: int, b: int) -> bool:
    """Whether the run at t[a:b] (a name, or a name and the town she comes from) opens a line of its own, with at
    most a title in lower case after it and a line like it just above or below (a blank line between them or not):
    a roster's row."""
    line_start = t.rfind("\n", 0, a) + 1
    line_end = t.find("\n", b) if "\n" in t[b:] else len(t)
    if t[line_start:a].strip() or re.match(r"[ \t]*[^\sa-zåäö]", t[b:line_end]):
        return False  # (a title in lower case may follow: "Linda Ek Åtvidaberg ordförande LGVO")
    above = t[:line_start].rstrip("\n").rsplit("\n", 1)[-1]
    below = t[line_end:].lstrip("\n").split("\n", 1)[0]
    return any(re.fullmatch(rf"{CAP}[ \t]+{CAP}(?:[ \t,]+\S+){{0,4}}", row.strip()) for row in (above, below))


# the endings of Swedish family names: "-sson", "-berg", "-ström", "-qvist", …
SURNAME_ENDING = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:s?son|berg|ström|strand|qvist|kvist|lund|gren|dahl|dal|holm|stedt|"
                            r"sten|blad|lind|lin|ling|man|mark|borg|by|fors|hammar|näs|vall|sjö|å|bäck)")
