"""The values that flow through the pipeline, from a file on disk to extracted facts.

    path -> Document -> Text (normalised, with a map back) -> Extraction (entities + facts)

Every offset an extractor reports is into ``Text.text`` (the normalised text); ``Text.original``
turns it back into offsets into ``Document.text``, the text as the user has it, so that quotes in
the graph can be found again in the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# The four kinds of entity the ontology knows, and the five relations between them.
KINDS = ("Person", "Organisation", "Project", "CollaborationForum")
RELATIONS = ("worksFor", "title", "leads", "participatesIn", "partOf")


class DocumentError(Exception):
    """A file that cannot be read as a document; the message names the file and what to do."""


@dataclass(frozen=True)
class Segment:
    """A part of the original text that the file format marks: a page, a slide, speaker notes."""

    kind: str  # "page" | "slide" | "notes"
    number: int  # 1-based page or slide number
    start: int  # offsets into Document.text
    end: int


@dataclass(frozen=True)
class Document:
    """A file's text as the user has it.

    For plain text, Markdown, WebVTT and SRT ``text`` is the decoded file itself; for PDF, DOCX,
    PPTX and HTML it is the text layer the loader extracted, in reading order.
    """

    path: str  # the path as given (used in messages)
    name: str  # the file name, shown to users and stored in the graph
    title: str
    text: str
    format: str  # "text" | "markdown" | "pdf" | "docx" | "pptx" | "html" | "vtt" | "srt"
    sha256: str  # of the file's bytes: identifies the document across builds
    segments: tuple[Segment, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    """A unit of structure in the normalised text that extractors can rely on."""

    kind: str  # "turn" | "heading" | "bullet" | "paragraph"
    start: int  # offsets into Text.text; a turn includes its speaker label
    end: int
    speaker: str | None = None  # for turns: the label as written ("MATTIAS", "Cajsa")
    speaker_start: int | None = None  # span of that label in Text.text
    speaker_end: int | None = None
    level: int = 0  # bullet depth: 0 for "•", 1 for "-" under it
    segment: int | None = None  # slide or page number when the format has them


# a line that is only an e-mail address ends a contact card; a card's other lines are no longer than CARD_LINE
EMAIL_LINE = re.compile(r"[ \t]*[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*")
CARD_LINE = 60


@dataclass(frozen=True)
class Text:
    """Normalised text with a map back to the original.

    ``offsets[i]`` is the index in ``document.text`` of normalised character ``i``;
    ``offsets[len(text)]`` is the end of the original text.
    """

    document: Document
    text: str
    offsets: tuple[int, ...]
    blocks: tuple[Block, ...] = ()

    def cards(self) -> list[tuple[Block, ...]]:
        """Contact cards: "Anna Berg ⏎⏎ Qulturum ⏎⏎ Processledare ⏎⏎ anna.berg@rjl.se", two to five short blocks
        in a row that no sentence ends, the last an e-mail address (the normaliser keeps each line apart)."""
        out = []
        t = self.text
        for k, block in enumerate(self.blocks):
            if not EMAIL_LINE.fullmatch(t, block.start, block.end):
                continue
            first = k
            while first > 0 and k - first < 4 and self.blocks[first - 1].end + 2 == self.blocks[first].start and \
                    not self._blank_between(self.blocks[first - 1], self.blocks[first]) and \
                    self.blocks[first - 1].end - self.blocks[first - 1].start <= CARD_LINE and \
                    t[self.blocks[first - 1].end - 1] not in ".!?:;" and \
                    not EMAIL_LINE.fullmatch(t, self.blocks[first - 1].start, self.blocks[first - 1].end):
                first -= 1
            while first < k and " " not in t[self.blocks[first].start:self.blocks[first].end].strip():
                first += 1  # "Kontakt" above the first card: a heading, not the card's name
            if first < k:
                out.append(self.blocks[first:k + 1])
        return out

    def _blank_between(self, a: Block, b: Block) -> bool:
        """Whether the original text has a blank line between two blocks: a card's lines follow each other."""
        return re.search(r"\n[ \t]*\n", self.document.text[self.original(a.start, a.end)[1]:
                                                               self.original(b.start, b.end)[0]]) is not None

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised span [start, end)."""
        if start >= end:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """The original text behind the normalised span [start, end)."""
        a, b = self.original(start, end)
        return self.document.text[a:b]


@dataclass(frozen=True)
class Mention:
    """One place where the text names an entity."""

    start: int  # offsets into Text.text
    end: int
    surface: str  # the text as it stands there
    rule: str  # the extractor rule that found it, e.g. "person.introduction"
    confidence: float


@dataclass
class Entity:
    """An entity as one document names it; resolution across documents happens in graph/."""

    kind: str  # one of KINDS
    name: str  # canonical name as written in Swedish: "Mattias Damberg", "Region Västmanland"
    subtype: str | None = None  # "Region" | "Municipality" | "NationalBody" | "Unit" | None
    aliases: set[str] = field(default_factory=set)  # other surface forms seen
    mentions: list[Mention] = field(default_factory=list)
    codes: dict[str, str] = field(default_factory=dict)  # e.g. {"lanskod": "19"}
    merged_by: set[str] = field(default_factory=set)  # coref rules that joined its mentions

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.name)


@dataclass(frozen=True)
class Fact:
    """A relation the text states, with its evidence span."""

    subject: tuple[str, str]  # Entity.key
    predicate: str  # one of RELATIONS
    object: tuple[str, str] | str  # Entity.key, or the title string for "title"
    start: int  # evidence span in Text.text
    end: int
    rule: str
    confidence: float


@dataclass
class Extraction:
    """What the extractors found in one document."""

    text: Text
    entities: dict[tuple[str, str], Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    # people the document names only in a photo's or an article's credit ("Foto: Eva Ek"): its contributors,
    # not actors in what it tells
    credits: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Found:
    """A mention as one extractor proposes it, before the document's entities are resolved."""

    kind: str
    name: str  # proposed canonical name
    start: int
    end: int
    surface: str
    rule: str
    confidence: float
    subtype: str | None = None
    codes: tuple[tuple[str, str], ...] = ()


class Covered:
    """Character positions of a text already taken by mentions.

    Asking whether a span touches a taken one costs the same however many are taken, so a
    document with thousands of candidate names (a megabyte-long line of capitalised words) stays
    linear rather than quadratic.
    """

    def __init__(self, length: int, spans=()):
        self._mask = bytearray(length + 1)
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        if end > start:
            self._mask[start:end] = b"\x01" * (end - start)

    def clear(self, start: int, end: int) -> None:
        """Give positions back, as when a mention is cut shorter."""
        if end > start:
            self._mask[start:end] = b"\x00" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any position in [start, end) is taken."""
        return self._mask.find(1, start, max(end, start + 1)) != -1

    def __contains__(self, position: int) -> bool:
        return 0 <= position < len(self._mask) and self._mask[position] == 1


def contained(found: list, stronger: list) -> list[bool]:
    """For each span in ``found``, whether it lies inside one span of ``stronger`` (in n log n)."""
    import bisect

    spans = sorted((s.start, s.end) for s in stronger)
    starts = [a for a, _ in spans]
    reach, best = [], -1
    for _, end in spans:
        best = max(best, end)
        reach.append(best)
    out = []
    for f in found:
        i = bisect.bisect_right(starts, f.start)
        out.append(i > 0 and reach[i - 1] >= f.end)
    return out
