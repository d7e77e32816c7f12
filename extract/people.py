"""People: full names from introductions, known given names, speaker labels and e-mail addresses.

A capitalised pair of words is only taken for a person when the language says so: an
introduction ("mitt namn är …", "som heter …", "välkommen …"), a given name from the public
name list, a speaker label, or the local part of an e-mail address.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .lexicons import Lexicon, fold
from .model import Covered, Found, Text
from .organisations import UNIT_HEADS
from .patterns import (CAP, SURNAME_ENDING, roster_row, CONTACT_WORDS, CREDIT_LABELS, CREDIT_ROLES, LOWER, MONTHS, NOT_NAME, ORG_KIND, PARTY_LETTERS, UPPER,
                       line_at, squash)
from .titles import base_form

PARTICLE = r"(?:von|van|af|de|der|den|la|le|du|di|da|del|della|dos|das|zu|el|al|bin|ibn|ten|ter)"
# "Roger O Nilsson", "Eva K. Berg": a middle initial between given name and surname
INITIAL = rf"(?:[ \t]+[{UPPER}]{{1,2}}\.?(?=[ \t]+{CAP}))?"  # ("Sebastian G. Danielsson", "Maria KA Eriksson")
# a third or fourth capitalised word followed by a colon is the next field's label ("Anna Berg Datum:")
# a capitalised word before a colon is the next field of a table ("Anna Berg Datum: …"), unless a quote follows
# the colon, as in a headline ("Eva Ek Berg: "Jag …"")
# "McKee", "MacLeod", "O'Brien", "D’Souza": a surname with a capital inside; "Ta’eed": an apostrophe inside
SURNAME = rf"(?:(?:Mc|Mac|[OD]['’])[{UPPER}][{LOWER}]+|{CAP}(?:['’][{LOWER}]{{2,}}(?![\w-]))?)"
# a run of two or three capitalised words the sentence marks as a name, a particle allowed before a surname
# ("ordförande Stefaan de Maecker (MP)")
MARKED = rf"{CAP}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{SURNAME}){{1,2}}"
NAME_RE = re.compile(rf"(?<![{UPPER}{LOWER}\-])({CAP}{INITIAL}[ \t]+(?:{PARTICLE}[ \t]+)*{SURNAME}{INITIAL}"
                     rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)*{SURNAME}(?![\w-])(?![ \t]*:(?![ \t]*[\"”“«]))){{0,2}})")
LABEL_SURNAME = re.compile(rf"[ \t]+({CAP})[ \t]*:")  # a third name closing a speaker's label
INTRO_RE = re.compile(
    r"(?i:mitt namn är|jag heter|jag som är|som heter|och heter|heter|välkommen(?: till [^,.!?]{1,40})?,?|"
    r"välkomna|träffar|gästas [^.!?]{0,60}? av|med mig (?:idag |här )?(?:har jag |är )?|"
    r"vi har med oss|presenterar|jag är)\s+",
)
# a name the sentence itself marks as a person's, whatever the given name: a quote's speaker
# ("…, säger Annichen Berg."), or a name in apposition to a role title ("Annichen Berg, projektledare")
SAYS = ("säger sa sade berättar berättade menar konstaterar betonar understryker förklarar skriver tycker fortsätter "
        "avslutar påpekar enligt").split()
# ("säger Shyi Klint som är kommunens MAS": a relative clause about the speaker after her name)
SAYS_RE = re.compile(rf"(?<![\w-])(?i:{'|'.join(SAYS)})[ \t]+({MARKED})(?=[ \t]*[.,;:!?\n]|$|"
                     rf"[ \t]+som[ \t]+(?:är|var|jobbar|arbetar|leder)[ \t])")
APPOSED_RE = re.compile(rf"(?<![\w-])({CAP}(?:[ \t]+{CAP}){{1,2}})(?:,|[ \t]+[–—])[ \t]+(?:\([A-ZÅÄÖ]{{1,3}}\),?[ \t]+)?"
                        rf"((?:[{LOWER}]+|[{UPPER}][{LOWER}]{{3,}}|[{UPPER}]{{2,3}}(?=[ \t]+för\b))"  # "…, VD för X"
                        rf"(?:-[ \t]*och[ \t]+[{LOWER}]+)?(?:[ \t]+[{LOWER}]+){{0,2}})")
# "Nirvana Berg är distriktssköterska": a name the copula gives a role title
IS_TITLE_RE = re.compile(rf"(?<![\w-])({CAP}(?:[ \t]+{CAP}){{1,2}})[ \t]+(?:är|var|blev|blir|arbetar som|jobbar som)[ \t]+"
                         rf"(?:en[ \t]+|ny[ \t]+)?([{LOWER}]+(?:-[{LOWER}]+)?)")
# "psykologen Kata Berg", "professor Moshe Berg": a name right after its role title
# ("Sjukvårdsminister Acko Berg, …" opening a sentence or a line: the title in capitals)
TITLE_THEN_NAME_RE = re.compile(rf"(?<![\w-])([{LOWER}]{{4,}}|(?:(?<=[.!?:]\s)|(?<=^)|(?<=\n))[{UPPER}][{LOWER}]{{3,}})[ \t]+"
                                rf"({CAP}(?:[ \t]+{CAP}){{1,2}})(?![\w-])(?![ \t]+{CAP})")
# "Talla Berg (S)": a name with a party's letters after it is a politician's
PARTY_TAG_RE = re.compile(rf"(?<![\w-])({MARKED})[ \t]*\({PARTY_LETTERS}\)")
# a podcast page's credits: "Guest Torill Berg Förvaltningschef, Karlshamn", "Host …", "Editor …"; a photo's, "Foto: …"
CREDIT_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(r.capitalize() for r in CREDIT_ROLES)}|"
                       rf"(?:{'|'.join(CREDIT_LABELS)})[ \t]*:)[ \t]*\n?[ \t]*"
                       rf"({CAP}(?:[ \t]+{CAP}){{1,2}})(?![\w-])")
IMAGE_BANK = re.compile(r"(?i)stock|images|photos|colourbox|scanpix|pixabay|unsplash|bildbyrå")
# "Hermansson, Jan-Åke, kommundirektör, Arvika kommun": a board list that writes the surname first
INVERTED_RE = re.compile(rf"(?<![\w-])({CAP}),[ \t]+({CAP})(?=,[ \t]+([{LOWER}]+))")
# "Berg, Anna, Ek, Per & Holm, Eva (2014)": a reference's authors, surname first, before the year
CITED_RE = re.compile(rf"(?<![\w-])({CAP}),[ \t]+({CAP})(?=(?:,|[ \t]+&|[ \t]+och)[ \t]+{CAP},[ \t]+{CAP}|"
                      rf"[ \t]*\((?:19|20)\d\d\))")
# 'Maria "Mia" Flink': a given name, the name she goes by in quotes, her surname
NICKNAME_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)[ \t]+[\"“”'‘’]([{UPPER}][{LOWER}]+)"
                         rf"[\"“”'‘’][ \t]+([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w-])")
# "ErikJansen Revisionskonsult": a PDF's text ran given name and surname together
RUN_TOGETHER_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{2,}})([{UPPER}][{LOWER}]{{2,}})(?![\w-])")
# the kind of thing a name with a capital inside it names, right before it
KIND_BEFORE_RE = re.compile(r"(?<![\w-])[a-zåäö]*(?:nätverket|projektet|programmet|satsningen|modellen|metoden|"
                            r"forumet|gruppen|rådet|appen|tjänsten|verktyget)[ \t]+$")
SPLIT_GIVEN_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)-[ \t]+$")
EMAIL_RE = re.compile(r"\b([a-zåäö]+(?:[._-][a-zåäö]+)+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\b", re.I)


def _clean(name: str, lex: Lexicon) -> str | None:
    """Drop words that cannot be part of a name; None when nothing name-like is left."""
    words = squash(name).split(" ")
    # "Anders Björk Utvecklingsledare", "Karin Berg Programledare Hela …" on a slide: a title ends the name
    # "Mia Berg Skaraborgs Sjukhus", "Nils Ek Primärvården" on a contact line: an organisation ends it too
    # "Annika Berg Göteborg", "Lars Berg Väljarna" (a heading's definite plural) where lines ran together: no surname
    cut = next((i for i in range(2, len(words)) if base_form(words[i], lex) or _org_word(words[i], lex) or
                _town(words[i], lex) or words[i].endswith(("arna", "erna", "orna", "arnas", "ernas", "ornas")) or
                words[i].casefold() in lex.qualifiers or words[i].casefold() + "." in lex.qualifiers or
                # "kardiolog David Ek Senaste nytt om …", "Peter Berg Glesbygdsmedicinskt centrum": a programme's
                # line ran the name into its talk's title, whose first word is an adjective
                ADJECTIVE_WORD.search(words[i]) or
                # "Eva Ek Kommunstyrelsens ordförande" in a caption: a body's definite genitive, no surname
                len(words[i]) >= 9 and words[i].endswith(("ens", "ets")) or
                # "Författare: Åsa Berg Mellan fastställda principer …": a title page's name, then its title
                words[i].casefold() in PREPOSITIONS or
                # "Behörig företrädare Göran Ek Postort Lund": a form's next field
                words[i].casefold() in FORM_FIELDS or
                # "Filippa Ek Ärendet …", "Bo Ek Protokollet justerat", "Louise Ek Porträttbild": a document's next part
                # ("Bo Ek Rapporter/Stiftelsen …", "Eva Ek Utvärdering av …": a report's series or its title)
                words[i].casefold() in PAPER_WORDS or
                # "Bertil Ek Bmn N" in a roll call: a committee's code, which has no vowel, no surname has
                not re.search(r"[aeiouyåäöéAEIOUYÅÄÖÉ]", words[i]) or
                (i + 1 < len(words) and words[i].endswith("s") and _org_word(words[i + 1], lex))), len(words))
    words = words[:cut]
    # "Sonja Berg S Barbro Ek" in minutes that put the party's letter before each name: not her initial
    while words and (words[-1].casefold() in NOT_NAME or len(words[-1]) == 1 and words[-1].isupper()):
        words.pop()
    while words and words[0].casefold() in NOT_NAME and not _month_name(words, lex):
        words.pop(0)
    if len(words) < 2 or any(w.casefold() in NOT_NAME and not _inner_particle(words, i, lex)
                             for i, w in enumerate(words[1:], 1)) or words[0] == words[1]:
        return None  # "Robert Robert": one given name twice where two lines ran together
    return " ".join(words)


# (and a participle: "Lisa Berg Justerat den 5 februari", a protocol's signature line run on)
ADJECTIVE_WORD = re.compile(r"^[A-ZÅÄÖ][a-zåäö]{2,}(?:skt|iska|aste|sk(?<=[a-zåäö]{5}sk)|er(?:at|ad|ade|ades))$")
FORM_FIELDS = frozenset("postort postnummer postadress utdelningsadress besöksadress adress organisationsnummer "
                        "webbplats telefon mobil fax e-post".split())
# the parts of minutes and pages that a PDF runs on after a name: never a surname
PAPER_WORDS = frozenset("ärende ärendet protokoll protokollet bilaga bilagan beslut beslutet förslag porträttbild "
                        "porträtt bildtext medarbetare ekonomi rapport rapporter slutrapport delrapport utvärdering "
                        "förord sammanfattning innehåll innehållsförteckning godkänd datum version".split())
PREPOSITIONS = frozenset("mot under efter över genom utifrån inför kring mellan inom bland vid hos".split())
SURNAME_ENDINGS = ("berg", "holm", "lund", "ström", "dal", "son", "gren", "qvist", "quist", "ander", "man", "ling")


def _town(word: str, lex: Lexicon) -> bool:
    """A place that is no surname too: "Göteborg", "Sundsvall", but not "Berg" or "Mölndal" ("Jämtland-Härjedalen":
    two places joined, a county written with its hyphen)."""
    if "-" in word and all(_town(part, lex) for part in word.split("-")):
        return True  # (not "Lund-Berg": a surname of two parts, each of them a short place too)
    return word in lex.place_words and len(word) >= 6 and not word.casefold().endswith(SURNAME_ENDINGS)


def _month_name(words: list[str], lex: Lexicon) -> bool:
    """ "Maj Rom", "Juli Berg": a month that is also a given name, written first before a surname (not "Sid
    Förvaltningsberättelse", a table of contents' page column before its first heading)."""
    return words[0][:1].isupper() and words[0].casefold() in MONTHS and words[0] in lex.first_names and \
        len(words) >= 2 and words[1][:1].isupper()


ORG_HEADS = ("primärvård", "kommun", "region", "landsting", "närvård", "sjukvård", "tandvård", "omsorg", "bibliotek", "kontor")


def _org_word(word: str, lex: Lexicon) -> bool:
    """ "Sjukhus", "Primärvården", "Vårdcentralen": a word that names an organisation, not a person."""
    w = word.casefold()
    heads = lex.cue("unit") | lex.cue("orgform")
    stems = {w, w[:-2] if w.endswith(("en", "et")) else w, w[:-1] if w.endswith("n") else w,
             w[:-4] if w.endswith(("erna", "arna", "orna")) else w}  # "Vårdcentralerna Bra liv": a chain's plural
    return any(x in heads or x.endswith(ORG_HEADS) or any(x.endswith(h) for h in heads if len(h) >= 5) for x in stems)


# a meeting's place field: what it names are buildings and rooms ("Plats: Kulturens Hus, Olga Bardhrummet, Luleå")
VENUE_BEFORE = re.compile(r"(?<![\w-])(?:Plats|Lokal|Mötesplats|Adress)[ \t]*:[ \t]*(?:[^:.;\n]{0,40},[ \t]*)?$")
# six capitalised words or more in a row, no comma between: names a PDF's table column ran into one line
NAME_COLUMN_RE = re.compile(rf"(?<![\w-]){CAP}(?:[ \t]+(?:[{UPPER}][ \t]+)?{CAP}){{5,}}(?![\w-])")


def _column_names(run: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """ "Tjänstemän Mona Boström Anette Henriksson Lena Kierkegaard" -> the names, each opening with a given name
    and cut where the next given name starts (not "Gun Marie Stenström", a double given name); a heading word or
    two may open the run. Nothing unless every piece reads as a name of two to four words."""
    words = [(w.start(), w.end(), w.group(0)) for w in re.finditer(r"\S+", run)]
    lead = next((i for i, w in enumerate(words) if w[2] in lex.first_names), None)
    if lead is None or lead > 2:
        return []
    pieces: list[list[tuple[int, int, str]]] = []
    for w in words[lead:]:
        if pieces and w[2] in lex.first_names and len(pieces[-1]) >= 2:
            pieces.append([w])
        elif pieces:
            pieces[-1].append(w)
        else:
            pieces.append([w])
    if len(pieces) < 2 or any(not 2 <= len(p) <= 4 or any(w[2].casefold() in NOT_NAME for w in p) for p in pieces):
        return []
    return [(p[0][0], p[-1][1], " ".join(w[2] for w in p)) for p in pieces]


def _inner_particle(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether words[i] is a surname's particle inside a name, not the pronoun "de" or "De" between two names:
    in lower case ("Rakel de Basso"), or capitalised after a given name ("Rachel De Basso")."""
    w = words[i]
    return w.casefold() in lex.particles and 0 < i < len(words) - 1 and (w.islower() or words[i - 1] in lex.first_names)


def _split_run(name: str, lex: Lexicon) -> list[str]:
    """ "Sara Fredin Cecilia von Alten" -> two names, split where a given name starts again."""
    words = name.split(" ")
    cut = next((i for i, w in enumerate(words) if w[:1].isupper() and w.casefold() in NOT_NAME
                and w not in lex.first_names and not _inner_particle(words, i, lex)), None)
    if cut is not None and len(words) > 1:
        # "Åke Lindmark Övriga Maja Vinter", "Närvarande Ledamöter Per Vallin" in minutes run together: a heading
        # word between names, or before one
        head, rest = words[:cut], words[cut + 1:]
        return (_split_run(" ".join(head), lex) if head else []) + (_split_run(" ".join(rest), lex) if rest else [])
    # "Närvarande Tove Ekdahl", "Hallands sjukhus Halmstad Ronja Fagerberg": a heading word or a
    # place run into the name on a joined list line stands apart from it
    lead = next((i for i, w in enumerate(words[:-1]) if w in lex.first_names), 0)
    if lead and words[0] not in lex.first_names:
        return [" ".join(words[:lead])] + _split_run(" ".join(words[lead:]), lex)
    parts, cur = [], [words[0]]
    for i, w in enumerate(words[1:], 1):
        rest = words[i + 1:]
        # "Anna Berg Anna Berg Anna" in a table's column: a given name starting again, even as the last word
        if w in lex.first_names and len(cur) >= 2 and (rest or w == cur[0]):
            parts.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    parts.append(" ".join(cur))
    return parts


def _genitive(name: str, text: str, end: int, lex: Lexicon | None = None) -> tuple[str, int]:
    """ "Anna Nergårds utredning" -> "Anna Nergård": a trailing -s before a lower-case noun (never "-us": "Svenonius")."""
    last = name.rsplit(" ", 1)[-1]
    # ("socialminister Lars Engqvists (S) storsatsning": a party's letters between the genitive and its noun)
    # ("Josefin Näs" above "josefin.nas@…" on a card: an address, no noun)
    follow = re.match(rf"(?:[ \t]+\([A-ZÅÄÖa-zåäö]{{1,3}}\))?\s+([{LOWER}]+)(?![\w.-]*@)", text[end:end + 40])
    if follow and follow.group(0).lstrip().startswith("(") and (
            follow.group(1).endswith("r") or lex is None or base_form(follow.group(1), lex)):
        # "Kerstin Marits (M) deltar inte", "Eva Ols (M) ersättare i …": a verb or her post after the party's
        # letters, her name whole
        follow = None
    if (last.endswith("s") and len(last) >= 3 and not last.endswith(("ss", "son", "us")) and follow
            and follow.group(1) not in {"och", "som", "är", "var", "har", "hade", "i", "på", "från", "med", "till", "för",
                                        "att", "kommer", "ska", "skulle", "blir", "kan", "vill", "inte", "också", "nu",
                                        "redan", "själv", "emot", "mot", "om", "efter", "under", "vid", "hos", "sedan",
                                        "då", "dock", "men", "eller", "så", "bara", "aldrig", "alltid", "ofta", "sa",
                                        "säger", "menar", "anser", "tycker", "tror", "berättar", "ville", "fick",
                                        # ("Anna Lucas tillhör socialpsykiatrin": the verbs a subject's name stands before)
                                        "tillhör", "arbetar", "jobbar", "leder", "ansvarar", "deltar", "sitter",
                                        "ingår", "blev", "började", "får", "tar", "går", "förklarar", "svarar"}):
            # "Robert Cortinovis att sluta", "röstade Monica von Martens emot": his name, no genitive
        return name[:-1], end - 1
    return name, end


def _names_at(text: Text, lex: Lexicon, start: int, limit: int) -> Iterator[tuple[int, int, str]]:
    """Names right at start: "Lena Lundgren och Magnus Johansson"."""
    pos = start
    while pos < limit:
        m = NAME_RE.match(text.text, pos)
        if not m:
            return
        for part, (a, b) in _parts(m.group(1), m.start(1), lex):
            yield a, b, part
        nxt = re.match(r"\s*(?:,|och|samt)\s+", text.text[m.end(1):m.end(1) + 8])
        if not nxt:
            return
        pos = m.end(1) + nxt.end()


def _paragraph_between(text: Text, a: int, b: int) -> bool:
    """Whether the document has a blank line between normalised positions ``a`` and ``b`` that the normaliser joined
    across."""
    original = text.document.text[text.offsets[a]:text.offsets[b]] if b > a else ""
    return re.search(r"\n[ \t]*\n", original) is not None


def _line_between(text: Text, a: int, b: int) -> bool:
    """Whether the document breaks a line between normalised positions ``a`` and ``b``."""
    return b > a and "\n" in text.document.text[text.offsets[a]:text.offsets[b]]


def _parts(run: str, start: int, lex: Lexicon) -> Iterator[tuple[str, tuple[int, int]]]:
    offset = 0
    for part in _split_run(squash(run), lex):
        i = run.find(part.split(" ")[0], offset)
        j = i
        for w in part.split(" "):
            j = run.find(w, j) + len(w)
        offset = j
        yield part, (start + i, start + j)


# "Kommunikationsstaben", "Socialförvaltningen": a unit named by its own compound, no surname
UNIT_WORD = re.compile(rf"[{UPPER}][{LOWER}]{{3,}}(?:{UNIT_HEADS}|sektionen)")


def _body_word(word: str, lex: Lexicon) -> bool:
    """ "Capio", "Capios", "Inera": a one-word name of a body the lexicon lists, in the genitive too; a unit's
    compound ("Kommunikationsstaben")."""
    return word in lex.body_words or word.endswith("s") and word[:-1] in lex.body_words or bool(UNIT_WORD.fullmatch(word))


# "P-O Sjöblom", "K-G Berg", "KG Bartoll": a double given name by its initials (Per-Olof, Karl-Gustav)
INITIALS_NAME_RE = re.compile(rf"(?<![\w-])(?!A-[ZÖ])([A-ZÅÄÖ]-[A-ZÅÄÖ]|[KPC]G)[ \t]+([{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)"
                              rf"(?![\w-])")
# "Författare: TOMMY BERG LISA EK": a report's authors in capitals after the label
CAPITAL_WORD = r"[A-ZÅÄÖÉÜ]{2,}(?:-[A-ZÅÄÖÉÜ]{2,})?"
CAPITAL_AUTHORS_RE = re.compile(rf"(?<![\w-])(?:Författare|Författad[ \t]+av|Rapportförfattare|Skriven[ \t]+av|"
                                rf"Redaktörer|Redaktör|Utvärderare)[ \t]*:?[ \t]*"
                                rf"({CAPITAL_WORD}(?:[ \t]*(?:,|och|&)?[ \t]*{CAPITAL_WORD})+)(?![\w-])")


def _capital_names(m: re.Match, lex: Lexicon) -> Iterator[tuple[int, int, str]]:
    """The names in a run of capitals: each begins at a known given name and takes the one or two words after it
    that are no given name ("TOMMY HOLMBERG LISBETH BÖRELIUS" -> Tommy Holmberg, Lisbeth Börelius)."""
    words = [(w.start(), w.end(), "-".join(p.capitalize() for p in w.group(0).split("-")))
             for w in re.finditer(CAPITAL_WORD, m.group(1))]
    at = m.start(1)
    i = 0
    while i < len(words):
        a, b, given = words[i]
        if given.split("-")[0] not in lex.first_names:
            i += 1
            continue
        surnames = []
        for _, end, word in words[i + 1:i + 3]:
            if word.split("-")[0] in lex.first_names or word.casefold() in NOT_NAME:
                break
            surnames.append(word)
            b = end
        if surnames:
            yield at + a, at + b, " ".join([given, *surnames])
        i += 1 + len(surnames)


def find_people(text: Text, lex: Lexicon) -> list[Found]:
    out: list[Found] = []
    t = text.text
    seen: set[tuple[int, int]] = set()
    @cache
    def lower_words() -> frozenset[str]:
        """The words the text writes in lower case, read once (not an address's: "cecilia.von.alten@…" writes no
        word "alten")."""
        return frozenset(re.findall(rf"(?<![\w.@/-])[{LOWER}]{{3,}}(?![\w@/-]|\.\w)", t))

    def add(a: int, b: int, raw: str, rule: str, conf: float) -> None:
        name = _clean(raw, lex)
        if not name or re.search(r"-[a-zåäö]+$", name):  # "en Johan Pehrson-effekt": a compound on a name
            return
        if VENUE_BEFORE.search(t, max(0, a - 60), a):  # "Plats: Kulturens Hus, Olga Bardhrummet": rooms, no one
            return
        if re.search(r"(?<![\w-])(?:S:t|S:ta|Sankt|Sankta)[ \t]+$", t[max(0, a - 8):a]):
            return  # "S:t Hans Café", "Sankt Eriks": a saint's name, a place's or a house's
        if re.match(rf"[ \t]+{CARE_CENTRE_WORD}", t[b:b + 16]) or re.search(rf"(?i)(?<![\w-]){CARE_CENTRE_WORD}$", raw):
            # "Bra Liv Bankeryd vårdcentral", "Svea Vårdcentral": a care centre's name, its given name a brand's word
            return
        if STREET.search(raw) and re.match(r"[ \t]+\d", t[b:b + 4]) and \
                not any(base_form(w, lex) for w in raw.split()[1:-1]):
            # "Klara Östra Kyrkogata 10": an address, its first word a given name (not a card's name, title and
            # street run together: "• Karin Berg Handläggare Torggatan 7")
            return

        if name.split(" ")[0] not in lex.first_names and rule not in ("person.self_introduction", "person.listed",
                                                                        "person.context"):
            return
        words = name.split(" ")
        a = t.find(words[0], a, b)  # the span of what is left: "Helena Berg Verksamhetsutvecklare" -> the name
        b = a
        for k, w in enumerate(words):
            at = t.find(w, b)
            if k >= 2 and (_paragraph_between(text, b, at) or _line_between(text, b, at) and _body_word(w, lex)):
                # "Foto: Klas Berg" ⏎⏎ "Efter dialog …": a name ends at a blank line; "Foto: Klas Berg" ⏎ "Capios
                # verksamhet …": at a line break before an organisation's name
                words = words[:k]
                name = " ".join(words)
                break
            b = at + len(w)
        # "Olle Berg Mora kommun" on a contact line: the municipality ends the name; "Per Ek Nordbo AB" in minutes: the
        # company does; "Joachim Ek Kinda" ⏎ in an attendance list: the municipality she comes from closes the row;
        # "Kristina Ek Ph.D.": a degree's abbreviation follows it
        if len(words) > 2 and (words[-1] in lex.place_words and re.match(r"[ \t]+(?:kommun|stad)(?![\w-])", t[b:]) or
                               re.match(r"[ \t]+(?:AB|HB|KB)(?![\w-])", t[b:]) or
                               words[-1] in lex.place_words and roster_row(t, a, b) or
                               len(words[-1]) <= 3 and re.match(r"\.[A-ZÅÄÖ]", t[b:b + 2]) or
                               words[-1].casefold() in lower_words() and not SURNAME_ENDING.fullmatch(words[-1])):
            # ("Uppstartsmöte med projektledare, Ann-Marie Berg Intervju med …": a word the text writes in lower case
            # elsewhere, run on after a name where a line break was lost)
            words = words[:-1]
            name, b = " ".join(words), a + len(t[a:b].rsplit(None, 1)[0])
        name, b2 = _genitive(name, t, b, lex)
        split = SPLIT_GIVEN_RE.search(t, max(0, a - 20), a)  # "Anna- Lena Danielsson": a line break's gap
        if split and split.group(1) in lex.first_names:
            a, name = split.start(1), split.group(1) + "-" + name
        if (a, b2) in seen:
            return
        seen.add((a, b2))
        out.append(Found("Person", name, a, b2, t[a:b2], rule, conf))

    for m in INTRO_RE.finditer(t):
        own = re.match(r"(?i)mitt namn är|jag heter", m.group(0))
        for a, b, name in _names_at(text, lex, m.end(), m.end() + 120):
            add(a, b, name, "person.self_introduction" if own else "person.introduction", 0.9)
    column = Covered(len(t))  # "Mona Boström Anette Henriksson Lena Kierkegaard …": a column of names on one line
    for m in NAME_COLUMN_RE.finditer(t):
        names = _column_names(m.group(0), lex)
        if names:
            for a, b, name in names:
                add(m.start() + a, m.start() + b, name, "person.given_name", 0.8)
            column.add(m.start(), m.end())
    for m in NAME_RE.finditer(t):
        if m.start(1) in column:
            continue
        label = LABEL_SURNAME.match(t, m.end(1)) if t[line_at(t, m.start(1)).start:m.start(1)].strip() == "" else None
        if label and " " in m.group(1) and label.group(1).endswith(SURNAME_ENDINGS):
            # "Nina Berg Svensson: …" opening a line: the speaker's label is her whole name
            add(m.start(1), label.end(1), m.group(1) + " " + label.group(1), "person.given_name", 0.8)
            continue
        parts = list(_parts(m.group(1), m.start(1), lex))
        if not parts:
            continue
        last, (a, b) = parts[-1]
        again = NAME_RE.match(t, a) if " " not in last and last in lex.first_names and len(parts) > 1 else None
        if again and again.end(1) > b:  # "Aulan Närvarande Ledamöter Per | Vallin PRO": the run ended inside a name
            parts[-1:] = list(_parts(again.group(1), a, lex))
        words = last.split(" ")
        if len(words) >= 3 and words[-1] in lex.first_names and words[0] in lex.first_names:
            # "Deltagare Tina Berg Jenny | Widell …": the run's four words ran out inside the next name
            at = a + last.rindex(" ") + 1
            nxt = NAME_RE.match(t, at)
            if nxt and nxt.end(1) > b:
                head = " ".join(words[:-1])
                parts[-1:] = [(head, (a, a + len(head)))] + list(_parts(nxt.group(1), at, lex))
        for part, (a, b) in parts:
            if part.split(" ")[0] in lex.first_names:
                add(a, b, part, "person.given_name", 0.8)
    for m in SAYS_RE.finditer(t):
        run, at = m.group(1), m.start(1)
        first = run.split(" ")[0]
        if " " in run and base_form(first, lex) and first[:1].isupper():
            # "säger Socialminister Eva Ek": a title capitalised by mistake opens the run, no part of her name
            rest = run[len(first):]
            run, at = rest.lstrip(), at + len(run) - len(rest.lstrip())
            if " " not in run:
                continue
        if not _placeish(run, lex):
            add(at, at + len(run), run, "person.context", 0.7)
    def marked(run: str, at: int) -> None:
        """A capitalised run the sentence marks as a person's name, unless it names a place or opens with a
        title ("Verksamhetschef Nka, docent …")."""
        for part, (a, b) in _parts(run, at, lex):
            words = part.split(" ")
            if words[0] not in lex.first_names and not base_form(words[0], lex) and (
                    len(words[0]) >= 5 and words[0].endswith(("ets", "ens")) or
                    len(words[0]) >= 8 and words[0].endswith("et")):
                # "Näsets Läkargrupp", "teaterchefen Eva Ek, Kulturhuset Spira": a word in a definite form (or its
                # genitive) opens a body's name, never a person's
                continue
            if base_form(words[0], lex) and len(words) >= 3 and not any(base_form(w, lex) for w in words[1:]):
                # "Anf. 117 Statsrådet Ardalan Berg (S)": the title a debate's record puts before the name
                a = t.find(words[1], a + len(words[0]))
                part = " ".join(words[1:])
            if (not _placeish(part, lex) or _place_then_surname(part, lex)) and not base_form(part.split(" ")[0], lex):
                add(a, b, part, "person.context", 0.7)

    for m in HONORIFIC_NAME_RE.finditer(t):  # "professor Mima Cattan, Northumbria University"
        marked(m.group(1), m.start(1))
    for m in IS_TITLE_RE.finditer(t):
        if base_form(m.group(2), lex):
            marked(m.group(1), m.start(1))
    for m in PARTY_TAG_RE.finditer(t):
        marked(m.group(1), m.start(1))
    for m in TITLE_THEN_NAME_RE.finditer(t):
        # not "Ingmar Berg, professor Age Cap": after a name and a comma the title is hers, and what follows her employer
        # nor "Kerstin Berg verksamhetschef Näsets Läkargrupp": after a name written out the title is hers too
        before = re.search(rf"({CAP})[ \t]+{CAP}[ \t]+$", t[max(0, m.start() - 40):m.start()])
        if base_form(m.group(1), lex) and m.group(2).split()[0] not in lex.first_names and \
                not re.search(r",[ \t]*$", t[max(0, m.start() - 3):m.start()]) and \
                not (before and before.group(1) in lex.first_names):
            marked(m.group(2), m.start(2))
    for m in CREDIT_RE.finditer(t):
        # a known given name is found, and cut, as any other; "Foto: Adobe Stock" credits an image bank
        if m.group(1).split()[0] not in lex.first_names and not IMAGE_BANK.search(m.group(1)):
            marked(m.group(1), m.start(1))
    for m in APPOSED_RE.finditer(t):
        # ("Acko Berg, Kristdemokraternas sjukvårdspolitiska talesperson": a party's, then what she speaks for)
        if any(base_form(w, lex) for w in m.group(2).split()[:3]):
            run, at = m.group(1), m.start(1)
            opener = re.match(r"\S+[ \t]+", run)
            if opener and opener.group(0).strip().casefold() in SAYS:  # "Enligt Ylva Berg, …": "Ylva Berg"
                run, at = run[opener.end():], at + opener.end()
            marked(run, at)
    for m in EMAIL_RE.finditer(t):
        local = re.split(r"[._-]", m.group(1))
        if local[0].capitalize() not in lex.first_names:
            continue
        words = [w if w.casefold() in lex.particles else w.capitalize() for w in local]
        if len(words) >= 2:
            name = " ".join(words)
            seen.add((m.start(), m.end()))
            out.append(Found("Person", name, m.start(), m.end(), m.group(0), "person.email", 0.85,
                             codes=(("domain", m.group(2).casefold()),)))
    for m in INVERTED_RE.finditer(t):
        surname, given = m.group(1), m.group(2)
        if (given in lex.first_names or given.split("-")[0] in lex.first_names) and surname not in lex.first_names \
                and surname not in lex.place_words and surname.casefold() not in NOT_NAME and base_form(m.group(3), lex):
            seen.add((m.start(), m.end()))
            out.append(Found("Person", f"{given} {surname}", m.start(), m.end(), m.group(0), "person.inverted", 0.75))
    for m in CITED_RE.finditer(t):
        surname, given = m.group(1), m.group(2)
        # ("i Adak, Ammarnäs, Bastuträsk, Fredrika, Gunnarn": a list of villages, one of them a given name too; the
        # pair after an author is another author, given name second)
        after = re.match(rf",[ \t]+{CAP},[ \t]+({CAP})", t[m.end():m.end() + 60])
        if after and after.group(1).split("-")[0] not in lex.first_names:
            continue
        if (given in lex.first_names or given.split("-")[0] in lex.first_names) and surname not in lex.first_names \
                and surname not in lex.place_words and surname.casefold() not in NOT_NAME and \
                (m.start(), m.end()) not in seen:
            seen.add((m.start(), m.end()))
            out.append(Found("Person", f"{given} {surname}", m.start(), m.end(), m.group(0), "person.cited", 0.75))
    for m in NICKNAME_RE.finditer(t):
        given, surname = m.group(1), m.group(3)
        if given.split("-")[0] in lex.first_names and surname not in lex.first_names and \
                surname not in lex.place_words and surname.casefold() not in NOT_NAME:
            seen.add((m.start(), m.end()))
            out.append(Found("Person", f"{given} {surname}", m.start(), m.end(), m.group(0), "person.nickname", 0.75))
    for m in RUN_TOGETHER_RE.finditer(t):
        given, surname = m.group(1), m.group(2)
        if KIND_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
            continue  # "nätverket SamVerk", "projektet LivKraft": a name written with a capital inside it
        if given in lex.first_names and surname not in lex.first_names and not _org_word(surname, lex) and \
                surname not in lex.place_words and surname.casefold() not in NOT_NAME:
            seen.add((m.start(), m.end()))
            out.append(Found("Person", f"{given} {surname}", m.start(), m.end(), m.group(0), "person.run_together",
                             0.6))
    for m in INITIALS_NAME_RE.finditer(t):
        surname = m.group(2)
        if surname not in lex.first_names and surname not in lex.place_words and surname.casefold() not in NOT_NAME \
                and not _org_word(surname, lex) and (m.start(), m.end()) not in seen:
            seen.add((m.start(), m.end()))
            out.append(Found("Person", f"{m.group(1)} {surname}", m.start(), m.end(), m.group(0), "person.initials",
                             0.7))
    for m in CAPITAL_AUTHORS_RE.finditer(t):
        for a, b, name in _capital_names(m, lex):
            seen.add((a, b))
            out.append(Found("Person", name, a, b, t[a:b], "person.capitals", 0.75))
    for block in text.blocks:
        if block.kind == "turn" and block.speaker and block.speaker_start is not None:
            label = squash(block.speaker)
            name = " ".join(w.capitalize() if w.isupper() else w for w in label.split(" "))
            first = name.split(" ")[0]
            if first in lex.first_names and all(w.casefold() not in NOT_NAME for w in name.split(" ")):
                out.append(Found("Person", name, block.speaker_start, block.speaker_end, label,
                                 "person.speaker_label", 0.9))
    _listed_names(text, out, add)
    _coordinated_names(text, lex, out, marked)
    # a name the text has marked once is a name wherever it stands again: "kliver Annichen Berg på uppdraget …
    # säger Annichen Berg"
    for name in sorted({f.name for f in out if f.rule in ("person.context", "person.listed")}):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t):
            add(m.start(), m.end(), name, "person.context", 0.6)
    _card_names(text, lex, add)
    # an address folds å, ä, ö away: "anders.bjork@…" is the "Anders Björk" the text names
    written = {_folded(f.name): f.name for f in out if f.rule != "person.email"}
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    named: list[Found] = []
    cards = text.cards()
    for i, f in enumerate(out):
        if f.rule != "person.email":
            named.append(f)
            continue
        name = written.get(_folded(f.name), f.name)
        # a contact card: "Mia Berg ⏎ eva-maria.berg@…": the address under a name is that person's; on a card
        # of its own lines, whatever the address spells ("Håkan Carlsson ⏎⏎ … ⏎⏎ hakan.karlsson@…")
        above = named[-1] if named and 0 <= f.start - named[-1].end <= 80 else None
        carded = above and any(c[0].start <= above.start < c[0].end and c[-1].start <= f.start < c[-1].end
                               for c in cards)
        if name == f.name and above and (carded or "\n\n" not in t[above.end:f.start].strip() and
                                         _folded(above.name).rsplit(" ", 1)[-1] == _folded(f.name).rsplit(" ", 1)[-1]):
            name = above.name
        out[i] = Found(f.kind, name, f.start, f.end, f.surface, f.rule, f.confidence, f.subtype, f.codes)
    # "Anna Moss jobbar för …" read as a genitive, when "säger Anna Moss" writes her name whole and nothing writes
    # "Anna Mos": the -s is her name's
    def stripped(f: Found) -> bool:
        return t[f.end:f.end + 1] == "s" and not t[f.end + 1:f.end + 2].isalpha()

    whole = {f.name for f in out if not stripped(f)}
    out = [Found(f.kind, f.name + "s", f.start, f.end + 1, t[f.start:f.end + 1], f.rule, f.confidence, f.subtype, f.codes)
           if stripped(f) and f.name + "s" in whole and f.name not in whole else f for f in out]
    # "Ejja Häman Aktell": a rare given name's full name and the surname pair inside it are one mention, the longer
    inside, reach = set(), (-1, -1)
    for a, b in sorted({(f.start, f.end) for f in out}, key=lambda s: (s[0], -s[1])):
        if b <= reach[1]:
            inside.add((a, b))
        else:
            reach = (a, b)
    return [f for f in out if (f.start, f.end) not in inside]


# a party mark may stand after either name: "kommunalrådet Eva Ek (C) och Ann-Ci Berg, fackförbundet Kommunal"
PAIR_BEFORE = re.compile(rf"(?<![\w-])({CAP}(?:[ \t]+{CAP}){{1,2}})(?:[ \t]*\({PARTY_LETTERS}\))?[ \t]*(?:,|och|samt)[ \t]+$")
PAIR_AFTER = re.compile(rf"(?:[ \t]*\({PARTY_LETTERS}\))?[ \t]*(,|och|samt)[ \t]+({CAP}(?:[ \t]+{SURNAME}){{1,2}})(?![\w@-])"
                        rf"(?![ \t]+{CAP})")

CARE_CENTRE_WORD = r"(?:vårdcentral|hälsocentral)(?:en)?(?![\w-])"
# a street's name: "Klara Östra Kyrkogata", "Drottninggatan", "Storgatan", "Sveavägen"
STREET = re.compile(r"(?:gata|gatan|väg|vägen|gränd|gränden|torg|torget|allé|allén|backe|backen|stigen|esplanaden)$")

# "på vårdcentralen i Södra Ryd, Eva Ek": a place's preposition
PLACE_BEFORE = re.compile(r"(?<![\w-])(?:i|på|vid|inom|utanför)[ \t]+$")

# "tankesmedjan Arena Idé och Eva Ek": the name after a kind of organisation is the organisation's
KIND_BEFORE = re.compile(rf"(?<![\w-]){ORG_KIND}[ \t]+$")


def _coordinated_names(text: Text, lex: Lexicon, found: list[Found], marked) -> None:
    """ "leddes av Milja Berg och Helén Ek": a name joined by "och" or a comma to a person's name is a name too,
    whatever its given name."""
    t = text.text

    def name_like(run: str) -> bool:  # "Medicinskt Ansvarig Sjuksköterska" is a title in capitals
        words = run.split()
        return words[0] not in lex.first_names and not any(
            w.casefold() in lex.qualifiers or base_form(w, lex) for w in words)

    def mark(run: str, start: int) -> None:
        words = run.split()
        if len(words) == 3 and words[0].endswith("s") and words[1] in lex.first_names:
            # "Anna Berg och Folkbladets Per Ek": the paper's name in the genitive is his employer's, not his
            start, run = t.index(words[1], start + len(words[0])), " ".join(words[1:])
        marked(run, start)

    # (not a name by its initials alone: "chef för Skånevård Öst och P-O Berg" joins a unit to him)
    for f in [f for f in found if f.kind == "Person" and f.rule not in ("person.email", "person.initials")]:
        m = PAIR_BEFORE.search(t, max(0, f.start - 60), f.start)
        # ("distriktsläkaren vid Närhälsan i Södra Ryd, Margareta Berg": after "i" the run before her is a place)
        if m and m.end() == f.start and name_like(m.group(1)) and not KIND_BEFORE.search(t, max(0, m.start(1) - 40), m.start(1)) \
                and not PLACE_BEFORE.search(t, max(0, m.start(1) - 12), m.start(1)):
            mark(m.group(1), m.start(1))
        m = PAIR_AFTER.match(t, f.end)
        # "A och B, Lokatt Media": after "och" the list is over, and a comma brings her employer
        closed = m and m.group(1) == "," and re.search(r"(?:och|samt)[ \t]+$", t[max(0, f.start - 6):f.start])
        # "Lisa Berg, Ung Omsorg" as a line of its own: a speaker's row, the words after the comma her organisation
        row = m and m.group(1) == "," and re.fullmatch(r"[ \t]*(?:[•▪*–-][ \t]*)?", t[line_at(t, f.start).start:f.start]) \
            and re.match(r"[ \t]*(?:\n|$)", t[m.end(2):m.end(2) + 2])
        if m and not closed and not row and name_like(m.group(2)):
            mark(m.group(2), m.start(2))


LIST_NAME = re.compile(rf"[ \t]*[•▪*–-]?[ \t]*({CAP}(?:[ \t]+{CAP}){{1,2}})[ \t]*(?:\([^()\n]{{1,6}}\))?[ \t]*(?:,[^\n]*)?")


def _listed_names(text: Text, found: list[Found], add) -> None:
    """A list of people where most names start with a known given name: the others are names too
    ("• Jaqueline Maly" among "• Lisa Flinth", "• Anders Lundström")."""
    t = text.text
    run: list = []
    starts = {f.start for f in found if f.kind == "Person"}
    for block in [*text.blocks, None]:
        row = block is not None and block.kind == "heading" and re.search(r"[(,]", t[block.start:block.end]) and \
            LIST_NAME.fullmatch(t, block.start, block.end)  # "Anna Berg (S), Mora" on a line of its own
        if block is not None and (block.kind == "bullet" or row):
            run.append(block)
            continue
        if len(run) < 3:
            run = []
            continue
        matched = [(b, LIST_NAME.fullmatch(t, b.start, b.end)) for b in run]
        people = [b for b, m in matched if m and m.start(1) in starts]
        if len(people) >= 2 and len(people) * 2 >= len(run):
            for b, m in matched:
                if m and not any(m.start(1) <= x < m.end(1) for x in starts):  # "Förhinder Sofie Berg"
                    words = m.group(1).split()
                    if all(w.casefold() not in NOT_NAME for w in words):
                        add(m.start(1), m.end(1), m.group(1), "person.listed", 0.6)
        run = []


# an academic title before two capitalised words: a person's name, however rare her given name
HONORIFIC_NAME_RE = re.compile(rf"(?<![\w-])(?:[Pp]rofessor|[Dd]ocent|[Dd]oktor)[ \t]+({CAP}[ \t]+(?:(?:van|von|de|af)[ \t]+)?{CAP})"
                               rf"(?=[ \t]*[,.;:)\n]|[ \t]+(?:och|samt|vid|från|på|som|har|säger|berättar)(?![\w-]))")
# a staff card: "Personalbild Daphne Berg ⏎ Daphne Berg ⏎⏎ Processledare"
CARD_NAME = re.compile(rf"(?:Personalbild[ \t]+|Bild:?[ \t]+)?({CAP}(?:[ \t]+{CAP}){{1,2}})(?:[ \t]+\1)?")


# a contact card whose lines ran together: "Fausta Berg Bjurholms kommun E-post", "Eva Ek Region Gävleborg Telefon"
CONTACT_ROW = re.compile(rf"(?m)^[ \t]*({CAP}[ \t]+{CAP}(?:[ \t]+{CAP})?)(?:[ \t]+|[ \t]*\n\s*)(?:({CAP})s?[ \t]+(?:kommun|stad)|"
                         rf"Region[ \t]+({CAP}))[ \t]+{CONTACT_WORDS}\b")


def _card_names(text: Text, lex: Lexicon, add) -> None:
    """A name alone on its line, with the line under it a role title: a contact or staff card."""
    t = text.text
    for m in CONTACT_ROW.finditer(t):
        if (m.group(2) or m.group(3)) in lex.place_words and not _placeish(m.group(1), lex):
            add(m.start(1), m.end(1), m.group(1), "person.context", 0.7)
    for card in text.cards():  # "Nicoline Berg ⏎⏎ Qulturum ⏎⏎ nicoline.berg@rjl.se": the card's first line
        m = CARD_NAME.fullmatch(t, card[0].start, card[0].end)
        if m and not _placeish(m.group(1), lex) and not base_form(m.group(1).split()[-1], lex):
            add(m.start(1), m.end(1), m.group(1), "person.context", 0.7)
    for a, b in zip(text.blocks, text.blocks[1:]):
        if a.kind != "heading" or b.kind != "heading":
            continue
        m = CARD_NAME.fullmatch(t, a.start, a.end)
        words = t[b.start:b.end].split()
        if m and words and base_form(words[0].rstrip(",;:/"), lex) and not _placeish(m.group(1), lex) and \
                not base_form(m.group(1).split()[0], lex):  # "Omsorgschef Eva Ek" twice: a title opens the line
            add(m.start(1), m.end(1), m.group(1), "person.context", 0.7)


def _placeish(name: str, lex: Lexicon) -> bool:
    """ "Region Dalarna", "Västra Götaland", "Skaraborgs Sjukhus": a capitalised run that names a place
    or an organisation."""
    words = [w for w in name.split() if not w.islower()]  # "de" in "Stefaan de Maecker" is a particle, no pronoun
    places = lex.place_words
    return any(w.casefold() in NOT_NAME or _org_word(w, lex) or w in places for w in words)




def _place_then_surname(name: str, lex: Lexicon) -> bool:
    """ "Mark Henriksson (M)": a given name that is also a place's (Mark, Eda), then a family name by its
    ending, in a place the sentence marks as a person's."""
    words = name.split()
    return len(words) == 2 and words[0] in lex.place_words and SURNAME_ENDING.fullmatch(words[1]) is not None \
        and not _placeish(words[1], lex)


def _folded(name: str) -> str:
    """ "Nils-Gunnar Främberg" and "nils.gunnar.framberg" compare equal."""
    return fold(name).replace("-", " ")
