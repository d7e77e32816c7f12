"""Why the graph holds an entity: its mentions with their evidence, and the rules that joined them."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..extract.coref import RULES as DOCUMENT_RULES
from .resolve import RULES as ACROSS_RULES
from .store import Store, plain

RULES = {**DOCUMENT_RULES, **ACROSS_RULES}

FIND = """
SELECT DISTINCT ?q ?e ?label ?kind WHERE {
  VALUES ?kind { nv:Person nv:Organisation nv:Project nv:CollaborationForum }
  ?e a ?kind ; rdfs:label ?label .
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
  FILTER (LCASE(STR(?name)) = LCASE(STR(?q)))
} ORDER BY ?label ?kind
"""
MENTIONS = """
SELECT ?e ?file ?start ?end ?quote ?rule ?confidence WHERE {
  ?e nv:mentionedIn ?doc .
  GRAPH ?doc {
    ?ev rdf:subject ?e ; rdf:predicate nv:mentionedIn ; prov:wasDerivedFrom ?doc ;
        nv:startOffset ?start ; nv:endOffset ?end ; nv:quote ?quote ; nv:rule ?rule ; nv:confidence ?confidence .
  }
  ?doc nv:fileName ?file .
} ORDER BY ?file ?start ?end ?rule
"""
DETAILS = """
SELECT ?e ?alias ?merge WHERE {
  { ?e skos:altLabel ?alias } UNION { ?e nv:resolutionRule ?merge }
} ORDER BY ?alias ?merge
"""
CREDITED = """
SELECT DISTINCT ?file WHERE {
  ?doc dcterms:contributor ?name ; nv:fileName ?file .
  FILTER (LCASE(STR(?name)) = LCASE(STR(?q)))
} ORDER BY ?file
"""


@dataclass
class Mention:
    file: str
    start: int
    end: int
    quote: str
    rule: str
    confidence: float


@dataclass
class Explanation:
    iri: str
    label: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    merged_by: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.label} ({self.kind}) {self.iri}"]
        if self.aliases:
            out.append("  also written: " + ", ".join(self.aliases))
        if self.merged_by:
            out.append("  merged by:")
            out += [f"    {r}: {RULES.get(r, '')}".rstrip(": ") for r in self.merged_by]
        else:
            out.append("  merged by: nothing (every mention is written the same way)")
        out.append(f"  mentions ({len(self.mentions)}):")
        for m in self.mentions:
            quote = " ".join(m.quote.split())
            out.append(f"    {m.file} [{m.start}:{m.end}] {m.rule} ({m.confidence:g}): \"{quote}\"")
        return out


def explain(store: Store, name: str) -> list[Explanation]:
    """Every entity named ``name`` (label or alias, any case), with its mentions and merge rules."""
    found = []
    for row in store.query(FIND, {"q": name}).rows:
        iri = plain(row[1])
        ex = Explanation(iri, plain(row[2]), plain(row[3]).rsplit("#", 1)[-1])
        for d in store.query(DETAILS, {"e": row[1]}).rows:
            if d[1] is not None:
                ex.aliases.append(plain(d[1]))
            if d[2] is not None:
                ex.merged_by.append(plain(d[2]))
        for m in store.query(MENTIONS, {"e": row[1]}).rows:
            ex.mentions.append(Mention(plain(m[1]), int(plain(m[2])), int(plain(m[3])), plain(m[4]), plain(m[5]),
                                       float(plain(m[6]))))
        found.append(ex)
    return found


def credited(store: Store, name: str) -> list[str]:
    """The documents that name ``name`` only in a credit ("Foto: Eva Ek"): a contributor, not an entity."""
    return [plain(row[0]) for row in store.query(CREDITED, {"q": name}).rows]
