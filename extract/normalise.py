"""Clean a document's text for the extractors while keeping a map back to every original character.

Extractors need sentences in one piece, structure they can trust (who speaks, which line is a
bullet) and no layout noise; users need quotes they can find in their file. So every rewrite
here records, for each character it outputs, the original character it came from.

The output is a fixpoint: paragraphs are single lines separated by blank lines, and a break
between two lines rests only on what survives into the output (how the paragraph ends, how the
next line starts, the shapes of bullets and speaker labels, how often a line recurs), so that
normalising the result changes nothing. Joins may use more (line width, subtitle cues).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import replace

from .model import CARD_LINE, EMAIL_LINE, Block, Document, Text
from .patterns import CREDIT_ROLES, PHOTO_CREDITS

# PDF text layers with broken ligature maps put these where "tt", "ti" ... belong.
_LIGATURES = {"Ʃ": "tt", "Ɵ": "ti", "ƫ": "tti", "Ō": "ft", "ƞ": "tf"}
_LIGATURE_MIN = 3  # outside PDFs, repair only when the damage is a pattern, not one odd letter
# Replaced one for one, so offsets do not move.
_FOLD = {**dict.fromkeys("\t\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                         "\u200a\u202f\u205f\u3000", " "),
         "”": '"', "“": '"', "„": '"', "‟": '"', "’": "'", "‘": "'", "‚": "'", "‛": "'",
         "\u2010": "-", "\u2011": "-"}
_DROP = r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
_CUE_TAGS = r"|<v(?:\.[^\s>]*)?\s+(?P<voice>[^>]*?)\s*>|<[^>]*>|\{\\[^}]*\}|&(?P<entity>amp|lt|gt|nbsp|lrm|rlm);"
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "nbsp": " ", "lrm": "", "rlm": ""}
_VOICE = re.compile(r"\s*<v(?:\.[^\s>]*)?\s+([^>]*?)\s*>")
_RUNS = re.compile(" {2,}")

_MARKERS = "•▪●◦○►▶➢■◆\uf0a7\uf0b7\uf0d8\uf0fc"  # "-", "–" and "*" need a space after them
_SUB_MARKERS = "-–▪◦○"  # under a "•" these mark the second level
_BULLET = re.compile(rf"([{_MARKERS}])(?: ?(?=\S)|$)|([-–*]) (?=\S)")
_HASH = re.compile(r"#{1,6} \S")
_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
_LABEL = re.compile(rf"({_WORD}(?: {_WORD}){{0,2}}) ?:(?= |$)")
_FIELD = re.compile(rf"(?=[A-ZÅÄÖ]){_WORD}(?: {_WORD}){{0,3}}: \S")  # "Date of transcription: Oct 09"
_NAME = re.compile(rf"{_WORD}(?: {_WORD}){{0,2}}")
_PAGE_NUMBER = re.compile(r"(?i)(?:sida |page |s\. ?)?-? ?\d{1,3} ?-?(?: ?(?:av|of|/) ?\d{1,3}| \(\d{1,3}\))?")
_KEEP_HYPHEN = {"och", "eller", "samt"}  # "hälso- och sjukvård": that hyphen belongs to the text
_CLOSERS = "\"')]»"
_TABLE_ROW = 80  # a row of a table copied as text is no longer
# "Hälso-och sjukvårdsenheten": a suspended hyphen written without its space, given it back
# "Region VärmlandArvika kommunEda kommun": a table's cells run together, each municipality given its space back
# (after the whole word "kommun" only, or before a name that "kommun" follows: no name runs on like that)
_SUSPENDED = (r"|(?P<suspended>(?<=[a-zåäö]-)(?=(?:och|eller)[ ])|(?:(?<= kommun)|(?<= stad)|(?<= län))"
              r"(?=[A-ZÅÄÖ][a-zåäö])|(?<=[a-zåäö])(?=[A-ZÅÄÖ][a-zåäö]+ (?:kommun|stad)(?![a-zåäö-])))")
_EMPTY_FIELD = r"|(?<=,)[ ],(?=[ ])"  # "Eva Ek, , chef, X": a caption's empty field is dropped
_LONG = 60  # a paragraph this long that stops without punctuation was wrapped, not ended
# an organisation's name as a roster's label: "Region Norrbotten:", "Västerbottens läns landsting:", "Flens kommun:"
_ORG_LABEL = re.compile(r"(?:(?:Region|Landstinget)[ ][A-ZÅÄÖ][\w ]{1,40}|[A-ZÅÄÖ][\w ]{1,40}[ ](?:kommun|stad|landsting|"
                        r"universitet|högskola))[ ]?:")
_HEADING_MAX = 80
# a label on a line of its own ("Sjukvårdsdelegationen:", "Beredningen för socialpolitik och individomsorg:"), or run
# on to the name it labels without a space ("Beredningen för utbildningsfrågor:Malin Berg (M), …")
_LABEL_LINE = re.compile(r"[A-ZÅÄÖ][\w -]{2,60}:(?:[A-ZÅÄÖ].*)?")
_STARTS = ("bullet", "hash", "label", "voice", "name")  # shapes that always begin a paragraph


class _Line:
    __slots__ = ("text", "offs", "end", "indent", "drop", "shape", "label", "marker")

    def __init__(self, text, offs, end, indent):
        self.text, self.offs, self.end, self.indent = text, offs, end, indent  # end: its line break
        self.drop, self.shape, self.label, self.marker = False, None, 0, ""  # label: speaker's length


_NAME_END = re.compile(r"(?:^|[:\s])[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}$")
_URL_END = re.compile(r"(?:https?://|www\.)\S+$")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # a link or an e-mail address
# "… omläggningen av hennes ben. Bild: Anders Berg" closing a caption: the credit ends the paragraph
_CREDIT_END = re.compile(rf"(?<![\w-])(?:{'|'.join(PHOTO_CREDITS)})[ \t]*:[^.!?:\n]{{1,60}}$")
_MASTHEAD_END = re.compile(r"(?<![\w-])(?:[Aa]nsvarig utgivare|Utgivare|Redaktör|Redaktion|Text|Skribent|Reporter)"
                           r"[ \t]*:[^.!?:\n]{1,80}$")
_COMPOUND = re.compile(r"(?<![\w-])\w+-\w+(?![\w-])")


# a transcript's capital preposition: before a name ("omsorgschef I Arvika"), or between Swedish words in lower case
# ("specialist I allmänmedicin"; not "what I said" in an English quote)
_CAPITAL_I = re.compile(r"(?<=[a-zåäö])( )I(?= ([A-ZÅÄÖ][a-zåäö]|[a-zåäö][\w-]*))")


def _preposition_i(m: re.Match) -> str:
    if m.group(2)[1:2].islower() and m.group(2)[:1].isupper():
        return " i"
    before = m.string[max(0, m.start() - 20):m.start()].rsplit(None, 1)[-1] if m.start() else ""
    return " i" if re.search("[åäö]", before + m.group(2)) else m.group(0)


def normalise(doc: Document) -> Text:
    """The document's text cleaned for extraction, with offsets back and its blocks."""
    damage = sum(doc.text.count(c) for c in _LIGATURES)
    cues = doc.format in ("vtt", "srt")
    lines = _lines(doc.text, bool(damage) and (doc.format == "pdf" or damage >= _LIGATURE_MIN), cues)
    if cues:
        _drop_cue_markup(lines, doc.format)
    kept = [line for line in lines if line and not line.drop]
    for line in kept:
        line.drop = line.text[0] in "-sSpP0123456789" and bool(_PAGE_NUMBER.fullmatch(line.text))
    kept = [line for line in kept if not line.drop]
    _classify(kept)
    if doc.segments:
        _drop_running_heads(kept, doc)
    else:
        _drop_repeated_lines(kept)
    _find_name_lines([line for line in kept if not line.drop])
    return _assemble(doc, lines)


RULE_LINE = re.compile(r"[ \t]*[_=\-–—*]{4,}[ \t]*")


def _lines(text: str, repair: bool, cues: bool) -> list[_Line | None]:
    """The text's lines, cleaned; None for a blank line."""
    for old, new in _FOLD.items():  # faster than str.translate on non-ASCII text
        if old in text:
            text = text.replace(old, new)
    if " I " in text:  # "omsorgschef I Arvika kommun": a transcript's capital preposition before a name (same length)
        text = _CAPITAL_I.sub(_preposition_i, text)
    if "\xad" in text:  # a soft hyphen at the end of a line splits a word like a hyphen
        text = re.sub(r"\xad(?=[ ]*[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029])", "-", text)
    pattern = re.compile(_DROP + ("|[" + "".join(_LIGATURES) + "]" if repair else "") + (_CUE_TAGS if cues else "") +
                         _SUSPENDED + _EMPTY_FIELD)
    lines: list[_Line | None] = []
    start = 0
    for raw in text.splitlines(keepends=True):  # breaks at \n \r \v \f \x1c-\x1e \x85 \u2028 \u2029
        content = raw.rstrip("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")
        end = start + len(content)
        if not content.strip(" ") or RULE_LINE.fullmatch(content):
            lines.append(None)  # (a rule of underscores or dashes under a heading parts it from what follows, as a blank)
        elif content[0] != " " and content[-1] != " " and "  " not in content and not pattern.search(content):
            lines.append(_Line(content, range(start, end), end, 0))
        else:
            line = _clean(content, start, end, pattern, cues)
            lines.append(line if line.text else None)
        start += len(raw)
    return lines


def _clean(s: str, base: int, end: int, pattern: re.Pattern, cues: bool) -> _Line:
    voice = _VOICE.match(s) if cues else None
    s, offs = _substitute(s, range(base, base + len(s)), pattern)
    indent = len(s) - len(s.lstrip(" "))
    if "  " in s:
        s, offs = _substitute(s, offs, _RUNS)
    if s.startswith(" "):
        s, offs = s[1:], offs[1:]
    if s.endswith(" "):
        s, offs = s[:-1], offs[:-1]
    line = _Line(s, offs, end, indent)
    label = len(" ".join(voice.group(1).split())) if voice else 0
    if label and s[label:label + 1] == ":":
        line.shape, line.label = "voice", label
    return line


def _substitute(s: str, offs, pattern: re.Pattern):
    """``re.sub`` that carries the offsets along: new characters map to where their match began."""
    out, out_offs, last = [], [], 0
    for m in pattern.finditer(s):
        a, b = m.span()
        out.append(s[last:a])
        out_offs += offs[last:a]
        if m.lastgroup == "voice" and not s[:a].strip():  # "<v Name>" -> "Name: "
            i, j = m.span("voice")
            out.append(s[i:j] + ": ")
            out_offs += offs[i:j]
            out_offs += (offs[b - 1],) * 2
        else:
            new = (_ENTITIES[m.group("entity")] if m.lastgroup == "entity" else " " if m.lastgroup == "suspended" else
                   " " if pattern is _RUNS else _LIGATURES.get(m.group(), "") if m.lastgroup is None else "")
            out.append(new)
            out_offs += (offs[a],) * len(new)
        last = b
    out.append(s[last:])
    out_offs += offs[last:]
    return "".join(out), out_offs


def _drop_cue_markup(lines: list[_Line | None], fmt: str) -> None:
    """Drop what subtitles add around the words: header, notes, cue numbers and timings."""
    skipping = fmt == "vtt" and bool(lines) and lines[0] is not None and lines[0].text.startswith("WEBVTT")
    block_start = None  # first line of the current run of non-blank lines
    for i, line in enumerate(lines):
        if line is None:
            skipping, block_start = False, None
            continue
        if block_start is None:
            block_start = i
            skipping = skipping or fmt == "vtt" and line.text.split(" ", 1)[0] in ("NOTE", "STYLE", "REGION")
        if skipping:
            line.drop = True
        elif "-->" in line.text:
            line.drop = True
            if block_start == i - 1:
                lines[i - 1].drop = True  # the cue identifier


# a member page's fields under each name ("Representerar: X ⏎ Roll: Ordförande i Y"), never a voice
_FIELD_LABELS = frozenset({"representerar", "roll", "uppdrag", "titel", "befattning", "funktion", "arbetsplats",
                           "organisation", "parti", "ansvar", "ansvarsområde", "telefon", "e-post", "mejl", "kontakt",
                           "besöksadress", "postadress", "adress", "mobil", "fax", "webb", "webbplats", "hemsida"})


def _classify(kept: list[_Line]) -> None:
    """Mark the lines whose own shape starts a block: bullets, headings, speaker labels."""
    labels: Counter[str] = Counter()
    bulleted: Counter[str] = Counter()  # "- Delprojektledare: Anna Berg" on a slide
    found = []
    for line in kept:
        if line.shape == "voice":
            continue
        bullet = _BULLET.match(line.text) if line.text[0] in _MARKERS + "-–*" else None
        label = _LABEL.match(line.text, bullet.end() if bullet else 0) if ":" in line.text else None
        if label and _label_cased(label.group(1)):
            (bulleted if bullet else labels)[label.group(1)] += 1
            found.append((line, bullet, label.group(1)))
        elif bullet:
            line.shape, line.marker = "bullet", bullet.group(1) or bullet.group(2)
        elif line.text[0] == "#" and _HASH.match(line.text):
            line.shape = "hash"
    # Capitals ("LENA:") always name a speaker. Slides repeat "Uppgift:" too, so other labels
    # count only in a conversation.
    # Labels after a bullet count too when the dashes are transcript noise: most lines carry one.
    if sum(bulleted.values()) * 2 >= len(kept):
        labels.update(bulleted)
    speakers = {label for label in labels | bulleted if label.isupper() and len(label) > 1}
    # A fact box may repeat one field ("Delprojektledare:" under each sub-project) among many that
    # stand once; in a conversation most label lines belong to voices that come back.
    # ("Telefon:" and "E-post:" under each name on a contact page are fields, no voices that come back)
    recurring = sum(n for label, n in labels.items() if n > 1 and not label.isupper()
                    and label.casefold() not in _FIELD_LABELS)
    if len(labels) > 1 and recurring and recurring * 2 > sum(labels.values()):
        speakers |= {label for label in labels if label.casefold() not in _FIELD_LABELS}
    for line, bullet, label in found:
        if bullet and label not in speakers:
            line.shape, line.marker = "bullet", bullet.group(1) or bullet.group(2)
            continue
        if bullet:  # "- LENA: Precis." is a turn; the dash is transcript noise
            line.text, line.offs = line.text[bullet.end():], line.offs[bullet.end():]
        # a label that names no speaker ("Källa: DUVA") still starts a paragraph
        line.shape, line.label = "label", len(label) if label in speakers else 0


_NUMBER_LINE = re.compile(r"\+?\d[\d \t-]{4,}")  # a phone number or a postcode opening a line


def _find_name_lines(kept: list[_Line]) -> None:
    """Speakers named on a line of their own, as transcripts made in Word often have them.

    Slide decks repeat short capitalised lines too, so a name counts only when each of its
    lines is followed by what could be an utterance, and at least two such names recur. The
    test looks only forward, at lines that survive into the output, so that it gives the same
    answer on the normalised text.
    """
    counts = Counter(line.text for line in kept if not line.shape and _name_shaped(line.text))
    recurring = {text for text, n in counts.items() if n > 1}
    valid: Counter[str] = Counter()
    for line, after in zip(kept, kept[1:]):
        # (not a contact card's lines: "Vårddirektör ⏎ 010-104 42 27", "Region X ⏎ 581 91 Linköping")
        if (line.text in recurring and not line.shape and after.text not in recurring
                and after.shape != "bullet" and not after.text[0].islower() and not _NUMBER_LINE.match(after.text)):
            valid[line.text] += 1
    names = {text for text in recurring if valid[text] == counts[text]}
    if len(names) >= 2 and sum(counts[n] for n in names) >= 4:
        for line in kept:
            if line.text in names and not line.shape:
                line.shape, line.label = "name", len(line.text)


def _name_shaped(text: str) -> bool:
    return (len(text) < 50 and text[0].isupper() and bool(_NAME.fullmatch(text))
            and all(w[0].isupper() and len(w) <= 15 for w in text.split()))


def _headlike(line: _Line) -> bool:
    """Could be a running head: not a bullet, label or speaker's name, nor half a word."""
    text = line.text
    return not line.shape and len(text) < 100 and not text.endswith("-") and not _name_shaped(text)


def _drop_running_heads(kept: list[_Line], doc: Document) -> None:
    """Drop lines at the top or bottom of most pages; page numbers inside them are ignored."""
    segments = sorted((s for s in doc.segments if s.kind in ("page", "slide")), key=lambda s: s.start)
    starts = [s.start for s in segments]
    by_segment: dict[int, list[_Line]] = defaultdict(list)
    for line in kept:
        i = bisect_right(starts, line.offs[0]) - 1
        if i >= 0 and line.offs[0] < segments[i].end:
            by_segment[i].append(line)
    found: dict[str, list[tuple[int, _Line]]] = defaultdict(list)
    for i, group in by_segment.items():
        for line in group[:2] + group[2:][-2:] if len(group) > 4 else group[:1] + group[1:][-1:]:
            if _headlike(line) and not _ends_sentence(line.text):
                found[re.sub(r"\d+", "#", line.text)].append((i, line))
    for where in found.values():
        pages = len({i for i, _ in where})
        for _, line in where[1:] if pages >= 3 and 2 * pages >= len(segments) else ():
            line.drop = True


def _drop_repeated_lines(kept: list[_Line]) -> None:
    """Drop running heads left in text from PDFs: recurring short lines that cut sentences.

    Slide decks repeat short lines too ("Psykisk ohälsa"), so a line goes only when it stands
    between the two halves of a sentence that runs over a full line. The first occurrence stays
    (it is the title).
    """
    counts = Counter(line.text for line in kept
                     if len(line.text) < 80 and not line.text[0].islower() and _headlike(line))
    heads = {text for text, n in counts.items() if n >= 3}
    evidence: set[str] = set()
    i = 0
    while heads and i < len(kept):
        j = i
        while j < len(kept) and kept[j].text in heads:
            j += 1
        before = kept[i - 1].text if i else "."
        if i < j < len(kept) and len(before) >= _LONG and not _ends_sentence(before) and kept[j].text[0].islower():
            evidence.update(line.text for line in kept[i:j])
        i = max(j, i + 1)
    seen: set[str] = set()
    for line in kept:
        if line.text in evidence:
            line.drop = line.text in seen
            seen.add(line.text)


def _shaped(text: str) -> bool:
    label = _LABEL.match(text)
    return bool(_BULLET.match(text) or _HASH.match(text) or label and _label_cased(label.group(1)))


# "Tf verksamhetschef:", "Biträdande förvaltningschef:": an acting or deputy post as a line's label
_QUALIFIED_POST = re.compile(r"(?:Tf|Tillförordnad|Biträdande|Bitr|Vice|Ställföreträdande) [a-zåäö-]{4,}")


def _label_cased(label: str) -> bool:
    """Whether a line's words before its colon read as a label: each capitalised ("Projektledare", "Anna Berg"), or
    an acting or deputy post ("Tf verksamhetschef"), not the start of a sentence ("Vi har tre mål")."""
    return all(w[0].isupper() for w in label.split()) or bool(_QUALIFIED_POST.fullmatch(label))


def _ends_sentence(text: str) -> bool:
    text = text.rstrip(_CLOSERS)
    return bool(text) and text[-1] in ".!?…:;"


def _assemble(doc: Document, lines: list[_Line | None]) -> Text:
    """Join the kept lines into paragraphs separated by blank lines, carrying offsets along."""
    chunks: list[str] = []
    offsets: list[int] = []
    paras: list[tuple[_Line, int, int, str]] = []  # first line, start, end, last line's text
    head, tail, start, pos, prev_end, gap, last = None, "", 0, 0, 0, False, -1
    lengths = sorted(len(line.text) for line in lines if line and not line.drop)
    width = lengths[len(lengths) * 9 // 10] if lengths else 0  # most lines are no longer
    # compounds the document writes with a hyphen elsewhere keep it across a line break
    compounds = frozenset(m.group(0).casefold() for m in _COMPOUND.finditer(doc.text))
    alone = _standing_alone(lines)
    rows = _rows(lines, width) if doc.format not in ("vtt", "srt") else set()
    cards = _cards(lines) | _credits(lines)
    for k, line in enumerate(lines):
        if line is None or line.drop:
            gap = True
            continue
        # a row of a list ("Anna Berg, Region X") stands alone, and no paragraph runs on out of one; nor out of
        # a title standing alone (not even a subtitle cue's lower-case words)
        own_line = head is None or (gap and (k in alone or last in alone)) or k in rows or (gap and last in rows) \
            or k in cards or (tail.endswith(",") and line.text.startswith(",")) \
            or _SECTION.fullmatch(line.text) is not None or _SECTION.fullmatch(tail) is not None
        # (joined, an empty field ", ,"; a report's section heading stands alone, as does the line after it)
        opening = line.text
        if not own_line and gap and head.shape == "label":
            opening = _opening(lines, k, width, doc.format, compounds, rows | cards)
        joint = None if own_line else _joint(head, tail, pos - start, line, gap, width, doc.format, compounds,
                                             opening)
        if joint not in (None, "drop") and head.shape is None and pos - start == len(head.text) \
                and _shaped(head.text + joint + line.text):
            joint = None  # "-" and "Rubrik" must not make a bullet that the text did not have
        if joint is None:
            if head is not None:
                paras.append((head, start, pos, tail))
                chunks.append("\n\n")
                offsets += (prev_end, line.offs[0] - 1)
                pos += 2
            head, start = line, pos
        elif joint == "drop":  # the hyphen of a word split over two lines
            chunks[-1] = chunks[-1][:-1]
            offsets.pop()
            pos -= 1
        else:
            chunks.append(joint)
            offsets += (prev_end,) * len(joint)
            pos += len(joint)
        chunks.append(line.text)
        offsets += line.offs
        pos += len(line.text)
        tail, prev_end, gap, last = line.text, line.end, False, k
    if head is not None:
        paras.append((head, start, pos, tail))
    offsets.append(len(doc.text))
    text = "".join(chunks)
    if " I " in text:  # lines joined into "omsorgschef I Arvika": the preposition again (same length, offsets hold)
        text = _CAPITAL_I.sub(_preposition_i, text)
    return Text(document=doc, text=text, offsets=tuple(offsets), blocks=tuple(_blocks(doc, paras)))


def _cards(lines: list[_Line | None]) -> set[int]:
    """The lines of contact cards: "Anna Berg ⏎ Qulturum ⏎ Processledare ⏎ anna.berg@rjl.se", two to five short
    lines with no sentence end, the last an e-mail address. Each line after the first stands alone; joined, the unit
    would run into the name ("Anna Berg Qulturum")."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if line is None or line.drop or not EMAIL_LINE.fullmatch(line.text):
            continue
        first = k
        while first > 0 and k - first < 4 and lines[first - 1] is not None and not lines[first - 1].drop and \
                len(lines[first - 1].text) <= CARD_LINE and not _ends_sentence(lines[first - 1].text):
            first -= 1
        if first < k:
            out.update(range(first + 1, k + 1))  # the name's line may go on from a label ("Projektledare:")
    return out


# a podcast page's credits: "Host ⏎ Anna Berg ⏎ Samordnare på X ⏎ Editor ⏎ Eva Ek ⏎ Brinner för …"
_CREDIT_LABEL = re.compile(rf"(?i:{'|'.join(CREDIT_ROLES)})")


def _credits(lines: list[_Line | None]) -> set[int]:
    """The lines of a podcast page's credits: a role's label on a line of its own, the person's name on the next
    and what the page says of her on the one after. Each stands alone, and so does the line after them; joined, the
    name would run into the next words ("Eva Ek Brinner för kommunikation")."""
    kept = [i for i, line in enumerate(lines) if line is not None and not line.drop]
    out: set[int] = set()
    for n, i in enumerate(kept):
        if _CREDIT_LABEL.fullmatch(lines[i].text.strip()) and n + 1 < len(kept):
            out.update(kept[n:n + 4])
    return out


def _standing_alone(lines: list[_Line | None]) -> set[int]:
    """Lines with a blank line on each side that read as a title: short, capitalised, no sentence
    end ("Vardagsnära vård Nordväst" under a breadcrumb), or the document's first line above a blank line
    and a capital. No wrapped sentence runs on into them."""
    out = set()
    kept = [i for i, line in enumerate(lines) if line is not None and not line.drop]
    for n, i in enumerate(kept):
        line = lines[i]
        before = kept[n - 1] if n else None
        after = kept[n + 1] if n + 1 < len(kept) else None
        if (before is not None and i - before > 1 and (after is None or after - i > 1) and len(line.text) <= 40
                and line.text[0].isupper() and not _ends_sentence(line.text) and not line.shape
                and len(line.text.split(" ")) >= 2):
            out.add(i)
        elif (before is None and after is not None and after - i > 1 and len(line.text) <= 100
              and line.text[0].isupper() and not _ends_sentence(line.text) and not line.shape
              and len(line.text.split(" ")) >= 2 and lines[after].text[:1].isupper()):
            out.add(i)  # the page's title, however long: "Samverkansnämnd för Landstinget A och Landstinget B"
    return out


# "Anna Berg, Region X", "Anna Berg – projektledare", "Anna Berg (S)", "Anna Berg (S), Mora, ordförande"
_ROW = re.compile(r"[^\W\d_][^,–()]{1,60}(?:(?:,| [–-] )[ ][^\W_][^.!?:;]{1,60}|,?[ ]\([^\W\d_]{1,4}\)(?:,[ ][^.!?:;]{1,60})?)")


_NAME_ROW = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ ](?:von|af|de|van)?[ ]?[A-ZÅÄÖ][a-zåäöéü]+"
                       r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,3}(?:[ ]\([A-ZÅÄÖa-zåäö]{1,3}\))?(?:,|[ ][–—-])[ ]")


# a line that only lists names, three or more: "Peter Ek, Lena Berg, Eva Åkerlund, Region Värmland"
_OPEN_END = re.compile(r"(?:^|\s)(?:i|på|för|och|samt|vid|av|med|till|om|som|att|den|det|en|ett|de|inom|hos|från)$|[-,]$")
_NAME_LIST = re.compile(r"[A-ZÅÄÖ][\w-]*(?:[ ][A-ZÅÄÖ][\w-]*){0,3}(?:,[ ][A-ZÅÄÖ][\w-]*(?:[ ][\w-]+){0,3}){2,}")


# a line of speakers under an agenda's item: "Sandra Nätt och Anna-Carin Johansson, Region Värmland", "Eva Ek, Bo
# Berg, Region X och Per Lund, Attityd"
_PERSON = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ ][A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_AFFILIATION = r"[A-ZÅÄÖ][\w-]*(?:[ ][\w-]+){0,4}?"
_SPEAKERS_LINE = re.compile(rf"{_PERSON}(?:(?:,[ ]|[ ](?:och|samt)[ ]){_PERSON})*,[ ]{_AFFILIATION}"
                            rf"(?:[ ](?:och|samt)[ ]{_PERSON},[ ]{_AFFILIATION})?")


# a field that lists people and closes the list with "och": "Frånvarande: Eva Ek, Bo Berg och Per Lund"; what
# the next line says is not a third word of the last name
_PRESENT_FIELD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){0,2}: ?(?:[A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*){1,3}, ?)*"
                            r"[A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*){1,3} (?:och|samt) [A-ZÅÄÖ][\w-]*(?: [A-ZÅÄÖ][\w-]*){1,3}")


# a list of names wrapped inside a name: the line ends on a lone given name after a comma, the next opens with the
# surname and a comma
_SPLIT_NAME_TAIL = re.compile(r",[ ][A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?$")
_SPLIT_NAME_HEAD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:[ ][A-ZÅÄÖ][a-zåäöéü]+)?,[ ][A-ZÅÄÖ]")


def _rows(lines: list[_Line | None], width: int) -> set[int]:
    """Lines of a list that each stand on their own line: "Anna Berg, Region X" under "Representanter".

    Two or more lines in a row, each "name, affiliation" and too short to have been wrapped (the next
    line's first word would have fitted), begin paragraphs of their own; joined, one row's
    organisation would run into the next row's name. Rows of a roster a blank line apart, each opening
    with a name and a comma, stay apart however long.
    """
    def is_row(line: _Line) -> bool:
        return _ROW.fullmatch(line.text) is not None

    def goes_on(last: int, k: int) -> bool:
        if k - last == 1:
            return _fits(lines[last], lines[k], width)
        return _NAME_ROW.match(lines[k].text) is not None and _NAME_ROW.match(lines[last].text) is not None

    return _runs(lines, is_row, goes_on, 2) | _table_rows(lines, width)


def _table_rows(lines: list[_Line | None], width: int) -> set[int]:
    """Rows of a table copied as text ("Malmö Anna Berg Socialdirektör (ordförande)" under "Kommun Namn Titel"):
    three or more short lines in a row, each opening with a capital and none ending a sentence, each too short to
    have been wrapped. One blank line between rows is the same table once normalised."""
    def is_row(line: _Line) -> bool:
        return len(line.text) <= _TABLE_ROW and " " in line.text

    def goes_on(last: int, k: int) -> bool:
        return k - last == 2 or _fits(lines[last], lines[k], max(width, _TABLE_ROW))

    return _runs(lines, is_row, goes_on, 3)


def _fits(prev: _Line, line: _Line, width: int) -> bool:
    """The next line's first word would have fitted on ``prev``: it ended on purpose, not by wrapping."""
    return len(prev.text) + 1 + len(line.text.split(" ", 1)[0]) < width


def _runs(lines: list[_Line | None], is_row, goes_on, least: int) -> set[int]:
    """The lines of every run of ``least`` or more rows: each kept line that opens with a capital, ends no sentence
    and ``is_row``, following the run's last row directly or across one blank line where ``goes_on`` says so."""
    out: set[int] = set()
    run: list[int] = []
    for k in range(len(lines) + 1):
        line = lines[k] if k < len(lines) else None
        if line is None and k < len(lines) and run and k - run[-1] == 1:
            continue  # one blank line: the rows may go on after it
        row = line is not None and not line.drop and not line.shape and line.text[0].isupper() \
            and not _ends_sentence(line.text) and is_row(line)
        if row and run and k - run[-1] <= 2 and goes_on(run[-1], k):
            run.append(k)
            continue
        if len(run) >= least:
            out.update(run)
        run = [k] if row else []
    return out


# a report's section heading on its own line ("Förord", "Sammanfattning"): a paragraph of its own, however the lines
# round it run
_SECTION = re.compile(r"[ \t]*(?:Förord|Sammanfattning|Inledning|Bakgrund|Innehåll|Innehållsförteckning|Resultat i korthet|"
                      r"Slutsatser|Författarnas förord|Summary)[ \t]*")
# a roster's subheadings, each a line of its own
_ROSTER_HEADINGS = frozenset({"ledamöter", "ersättare", "ordförande", "vice ordförande", "medlemmar", "deltagare",
                              "sekreterare", "adjungerade", "suppleanter", "ordinarie ledamöter"})


def _opening(lines: list[_Line | None], k: int, width: int, fmt: str, compounds: frozenset[str],
             apart: set[int]) -> str:
    """The paragraph that line ``k`` would begin: the line and those that run on from it directly.

    A second reading sees that paragraph as one line, so whether a field's paragraph runs on across a blank line
    into line ``k`` is judged on all of it, and the answer stays the same."""
    head = lines[k]
    text, tail = head.text, head.text
    for j in range(k + 1, len(lines)):
        line = lines[j]
        if line is None or line.drop or j in apart:
            break
        joint = _joint(head, tail, len(text), line, False, width, fmt, compounds)
        if joint is None:
            break
        text = text[:-1] + line.text if joint == "drop" else text + joint + line.text
        tail = line.text
    return text


# a card's name and the capital of what it says next: "Per Vallin Bitr. Kommunchef", "Eva Ek Samordnare"
_CARD_OPENING = re.compile(r"(?:[A-ZÅÄÖ][^\W\d_]{0,14}(?:-[A-ZÅÄÖ][^\W\d_]+)?[ ]){2,3}[A-ZÅÄÖ]")


def _card_opening(opening: str, tail: str) -> bool:
    """A card's name opens the paragraph: on a line of its own, or with its title after it and no word before it
    that needs it ("direktör i ⏎⏎ Region Jämtland Härjedalen sedan 2022" runs on)."""
    if opening and _name_shaped(opening):
        return True
    return _CARD_OPENING.match(opening) is not None and not _OPEN_END.search(tail)


_FILE_NAME = re.compile(r"[ \t]*[\w.-]+_[\w.-]+[ \t]*")


def _joint(head: _Line, tail: str, length: int, line: _Line, gap: bool, width: int, fmt: str,
           compounds: frozenset[str] = frozenset(), opening: str | None = None) -> str | None:
    """What goes between the paragraph so far (``head`` its first line, ``tail`` its last) and
    ``line``: a separator, "drop" (the hyphen), or None for a new paragraph. ``opening`` is how the paragraph
    that ``line`` would begin opens (see ``_opening``)."""
    first = line.text[0]
    if line.shape in _STARTS or head.shape == "name":
        return None
    if _FILE_NAME.fullmatch(line.text) or _FILE_NAME.fullmatch(tail):
        return None  # "Jöran_Elise", "IMG_2041": an image's file name left on a line of its own is no prose
    if len(tail) >= 2 and tail[-1] == "-" and tail[-2].isalpha():
        if line.text.split(" ", 1)[0] in _KEEP_HYPHEN:
            return " "
        if first.islower():
            word = re.search(r"\w+-$", tail)
            compound = (word.group(0) + line.text.split(" ", 1)[0]).casefold().rstrip(".,;:!?)") if word else ""
            if compound in compounds:  # "vårdval-\nprimärvård" where "vårdval-primärvård" stands elsewhere
                return ""
            return "" if len(tail) == 2 or not tail[-3].isalpha() else "drop"  # "e-hälsa" keeps it
        if not gap and (first.isupper() or first.isdigit()):
            return ""
    if head.shape == "bullet" and length == len(head.marker):
        return " "
    if not gap and _FIELD.match(tail) and _FIELD.match(line.text):
        return None  # "Operator: Jonas" above "Date of transcription: …": one field a line
    if not gap and _NAME_ROW.match(tail) and _NAME_ROW.match(line.text) and not _OPEN_END.search(tail):
        # "Bo Ek (S), ordförande …, förste vice ordförande i SKL" then "Eva Ek, avdelningschef, …": one speaker a
        # line, however long (a wrapped line ends on a word that needs the next: "chef för X i ⏎ Region Y, …")
        return None
    if not gap and _SPLIT_NAME_TAIL.search(tail) and _SPLIT_NAME_HEAD.match(line.text):
        return " "  # "…, Ann Berg, Eva ⏎ Sundström, Per Ek": a wrapped list of names, broken inside a name
    if not gap and first.isupper() and (_NAME_LIST.fullmatch(tail) or _PRESENT_FIELD.fullmatch(tail) or
                                        not _ends_sentence(tail) and
                                        len(tail) > 1.3 * width and _NAME_LIST.fullmatch(line.text)):
        # a programme's item, longer than any wrapped line, then its speakers ("Anna Berg, Bo Ek, Region X") on a
        # line of their own, and the next item after them
        return None
    if not gap and first.isupper() and not _ends_sentence(tail) and not _OPEN_END.search(tail) and \
            len(tail) + 1 + len(line.text.split(" ", 1)[0]) < width and _SPEAKERS_LINE.fullmatch(line.text):
        # an agenda's item, then who presents it ("Sandra Nätt och Anna-Carin Johansson, Region Värmland") on a line
        # the first name would have fitted on the item's: the item ended on purpose
        return None
    if not gap and first.isupper() and _ORG_LABEL.fullmatch(tail):
        return None  # "Region Gävleborg:" above "Ronja Berg": whose members are listed on the lines below
    if not gap and first.isupper() and _LABEL_LINE.fullmatch(line.text) and not _OPEN_END.search(tail):
        # "… Landstinget i Kalmar län - ersättare" above "Beredningen för socialpolitik:": a list's next label
        return None
    if not gap and first.islower() and length == len(tail) and head.shape is None and _name_shaped(tail):
        # "Lena Berg" on a line of its own, the next in lower case: the name stays apart, as it does when a blank
        # line comes between (so that a second reading of the text joins nothing the first kept apart)
        return None
    if not gap:  # a short line that the next word would have fitted on ended on purpose
        heading = (length < _LONG and not _ends_sentence(tail) and first.isupper()
                   and len(tail) + len(line.text.split(" ", 1)[0]) < width
                   and (_ends_sentence(line.text) or len(line.text) >= 0.8 * width))
        return None if heading else " "
    if _ends_sentence(tail):
        return None
    if first.isupper() and _NAME_ROW.match(tail) and not _OPEN_END.search(tail):
        return None  # "Eva Ek, vd och koncernchef, Attendo ⏎⏎ Samtalet leds av …": a person's row ends at the blank line
    # Across a blank line a sentence runs on from a full line, or from a bullet or turn that
    # wraps, or over subtitle cues; a short line ("Anna Berg") ended on purpose.
    carries = first.islower() and (fmt in ("vtt", "srt") or head.shape in ("bullet", "label", "voice"))
    if head.shape == "bullet" and not carries:  # a slide item ends at a blank line unless its words go on
        return None
    if _URL.fullmatch(tail.strip()) or _URL.match(line.text.strip()) or _URL_END.search(tail):
        return None  # a link or an address stands on its own, opens its line or ends its paragraph
    if head.shape == "label" and first.islower() and _NAME_END.search(tail):
        # "Kontaktperson: Eva Ek ⏎⏎ verksamhetschef för …": a name ends the field, a card's title comes next (judged on
        # how the line ends, which joining lines before it does not change)
        return None
    if first.isupper() and _NAME_ROW.match(line.text) and not _OPEN_END.search(tail):
        return None  # "… för mer information: ⏎⏎ Eva Ek, landstingsdirektör, telefon …": the next person's row
    if _CREDIT_END.search(tail) or _MASTHEAD_END.search(tail):
        return None  # "Ansvarig utgivare: Eva Ek, förvaltningschef, Psykiatrin X ⏎⏎ Bo Berg …": the credit ends there
    if head.shape == "label" and _card_opening(line.text if opening is None else opening, tail):
        return None  # "Roll: Ordförande i X ⏎⏎ Eva Ek": a field ends at the blank line, the next card's name begins
    if line.text.strip().rstrip(":").strip().casefold() in _ROSTER_HEADINGS:
        return None  # "Eva Ek, samordnare, Regionstab X ⏎⏎ Ledamöter": a roster's next subheading, no wrapped word
    if not (length >= _LONG or carries):
        return None
    # a blank line parts at least what a line break parts, so the paragraphs a first reading made stay apart when the
    # second reads the blank line it put between them (a name's line under a field ends it, the next line in capitals
    # begins a paragraph of its own: "Frånvarande: Eva Ek och Bo Berg ⏎⏎ Förslag till dagordning …")
    return None if _joint(head, tail, length, line, False, width, fmt, compounds, opening) is None else " "


def _blocks(doc: Document, paras: list[tuple[_Line, int, int, str]]) -> list[Block]:
    segments = sorted(doc.segments, key=lambda s: s.start)
    starts = [s.start for s in segments]
    blocks: list[Block] = []
    in_turn = False  # a turn runs on over plain paragraphs until the next block start
    run_marker, run_indent = "", 0  # the first bullet of the current list
    for head, start, end, tail in paras:
        shape = head.shape
        speaker = shape in ("label", "voice", "name") and head.label
        if in_turn and not speaker and shape not in ("bullet", "hash"):
            blocks[-1] = replace(blocks[-1], end=end)
            continue
        i = bisect_right(starts, head.offs[0]) - 1
        in_turn, segment = bool(speaker), segments[i].number if i >= 0 else None
        if shape != "bullet":
            run_marker = ""
        if speaker:
            blocks.append(Block("turn", start, end, speaker=head.text[:head.label], speaker_start=start,
                                speaker_end=start + head.label, segment=segment))
        elif shape == "bullet":
            if not run_marker:
                run_marker, run_indent = head.marker, head.indent
            nested = head.indent > run_indent or (head.marker in _SUB_MARKERS and run_marker not in _SUB_MARKERS)
            blocks.append(Block("bullet", start, end, level=int(nested), segment=segment))
        else:
            first = head.text[0]
            heading = shape == "hash" or (end - start <= _HEADING_MAX and not _ends_sentence(tail)
                                          and not tail.endswith(",") and (first.isupper() or first.isdigit()))
            blocks.append(Block("heading" if heading else "paragraph", start, end, segment=segment))
    return blocks
