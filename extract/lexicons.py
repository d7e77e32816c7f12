"""Swedish language knowledge and public reference data, read from the TSV files beside this module.

The extractors hold no names in code: regions, municipalities, national bodies, role titles,
cue words and given names all live in ``lexicons/`` so that they can be checked and extended as
data. Nothing here names a person or project of any particular document.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources


@dataclass(frozen=True)
class Place:
    """A region or municipality from the official lists."""

    kind: str  # "Region" | "Municipality"
    name: str  # official organisation name: "Region Västmanland", "Norbergs kommun"
    short: str  # the place as texts name it: "Västmanland", "Norberg"
    code: str  # länskod or kommunkod
    lanskod: str
    wikidata: str = ""
    aliases: tuple[str, ...] = ()
    county: str = ""  # "Västmanlands län" (regions only)
    domains: tuple[str, ...] = ()  # e-mail domains that its name does not spell: "vgregion.se"


@dataclass(frozen=True)
class Body:
    """A national body, association or university."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    subtype: str  # ontology subclass: "NationalBody" | "ResearchOrganisation"; "PoliticalParty", "InternationalBody",
    # "Media" and "MunicipalAssociation" (a county's association of its municipalities) have none


# the spellings one given name is written in: "Christina", "Cristina", "Kristina"
RESPELLINGS = (("ph", "f"), ("ch", "k"), ("c", "k"), ("w", "v"), ("z", "s"), ("q", "k"), ("th", "t"))


def respelt(name: str) -> str:
    """A given name with its spelling folded: "Jacob" = "Jakob", "Christina" = "Kristina"."""
    name = name.casefold()
    for a, b in RESPELLINGS:
        name = name.replace(a, b)
    return name


class GivenNames(frozenset):
    """The given-name list, which also holds double names it does not list ("Nils-Gunnar", "Eva-Marie", "Jean-Luc"), the old
    spelling with W of a name it lists with V ("Widar" for "Vidar"), and a name of five letters or more spelt with C, Ch,
    Ph, W, Z, Q or Th where the list has K, F, V, S or T ("Cristine" for "Kristine"), and a listed double name written
    as one word ("Annkristin" for "Ann-Kristin")."""

    @cached_property
    def _respellings(self) -> frozenset[str]:
        return frozenset(respelt(n) for n in self if "-" not in n)

    @cached_property
    def _closed(self) -> frozenset[str]:
        return frozenset(n.replace("-", "").capitalize() for n in self if n.count("-") == 1)

    def __contains__(self, name: object) -> bool:
        if super().__contains__(name):
            return True
        if isinstance(name, str) and name in self._closed:
            return True  # "Annkristin", "Annmarie": a listed double name ("Ann-Kristin") written as one word
        if isinstance(name, str) and len(name) >= 5 and name[:1].isupper() and name[1:].islower() and \
                respelt(name) in self._respellings:
            return True  # "Cristine" for the listed "Kristine", "Michaela" for "Mikaela": a spelling of a listed name
        if isinstance(name, str) and name[:1] == "W" and super().__contains__("V" + name[1:]):
            return True
        if isinstance(name, str) and "-" in name:
            parts = name.split("-")
            if super().__contains__("-".join(p.capitalize() for p in parts)):
                return True  # "Inga-lill" as minutes type it is the listed "Inga-Lill"
            # "Jean-Luc": a listed first part before a short foreign second name
            return len(parts) == 2 and super().__contains__(parts[0].capitalize()) and (
                super().__contains__(parts[1].capitalize()) or re.fullmatch(r"[A-ZÅÄÖ][a-zåäöéèü]{1,5}", parts[1].capitalize()) is not None)
        return False


@dataclass(frozen=True)
class Lexicon:
    regions: tuple[Place, ...]
    municipalities: tuple[Place, ...]
    healthcare_regions: tuple[Body, ...]
    bodies: tuple[Body, ...]
    titles: frozenset[str]  # complete role titles, lower case
    qualifiers: frozenset[str]  # words that may precede a title ("biträdande")
    title_suffixes: tuple[str, ...]  # compound heads that make a title ("-direktör")
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # kind -> cue words
    first_names: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    nicknames: dict[str, str] = field(default_factory=dict)  # "lotta" -> "charlotte", case-folded
    provinces: frozenset[str] = frozenset()  # the 25 landskap: "Medelpad", "Hälsingland"

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())

    @cached_property
    def place_words(self) -> frozenset[str]:
        """Every word of a region's or municipality's name: "Västra", "Götaland", "Dalarna", "Mora"."""
        names = [x for p in (*self.regions, *self.municipalities) for x in (p.name, p.short, p.county) if x]
        return frozenset(w for n in names for w in n.split())

    @cached_property
    def companies(self) -> frozenset[str]:
        """The names of the care companies and other companies listed ("Capio", "Praktikertjänst")."""
        return frozenset(body.name for body in self.bodies if body.kind == "bolag")

    @cached_property
    def body_words(self) -> frozenset[str]:
        """The one-word names and short forms of the bodies listed: "Capio", "Inera", "SKR"."""
        return frozenset(form for body in self.bodies for form in (body.name, *body.aliases) if " " not in form)


def fold(text: str) -> str:
    """ASCII-fold and lower-case: "Västerås" -> "vasteras" (for e-mail domains and slugs)."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("naravard.extract").joinpath("lexicons", name)
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(handle, delimiter="\t")
        ]


def _lines(name: str) -> list[str]:
    path = resources.files("naravard.extract").joinpath("lexicons", name)
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, read once per process."""
    regions = tuple(
        Place("Region", r["name"], r.get("short", ""), r["lanskod"], r["lanskod"], r.get("wikidata", ""),
              _split(r.get("aliases", "")), r.get("county", ""), _split(r.get("domains", "")))
        for r in _rows("regions.tsv")
    )
    municipalities = tuple(
        Place("Municipality", r["name"], r.get("short", ""), r["kommunkod"], r.get("lanskod", ""),
              r.get("wikidata", ""))
        for r in _rows("municipalities.tsv")
    )
    healthcare = tuple(
        Body(r["name"], _split(r.get("aliases", "")), "sjukvårdsregion", "HealthcareRegion")
        for r in _rows("healthcare_regions.tsv")
    )
    bodies = tuple(
        Body(r["name"], _split(r.get("aliases", "")), r.get("kind", ""),
             {"lärosäte": "ResearchOrganisation", "parti": "PoliticalParty",
              "internationell": "InternationalBody", "media": "Media",
              "kommunförbund": "MunicipalAssociation"}.get(r.get("kind", ""), "NationalBody"))
        for r in _rows("national_bodies.tsv")
    ) + tuple(  # a region's own care providers, units of the region: "Närhälsan", "Skånevård Sund", "Sunderby sjukhus"
        Body(r["name"], _split(r.get("aliases", "")), r.get("kind", ""), "OrganisationalUnit")
        for r in _rows("regional_providers.tsv")
    )
    titles, qualifiers, suffixes = set(), set(), []
    for r in _rows("titles.tsv"):
        word, kind = r.get("title", "").strip(), r.get("kind", "")
        if not word:
            continue
        if kind == "qualifier":
            qualifiers.add(word.casefold())
        elif kind == "suffix":
            suffixes.append(word.casefold().lstrip("-"))
        else:
            titles.add(word.casefold())
    cues: dict[str, set[str]] = {}
    for r in _rows("cues.tsv"):
        if r.get("cue"):
            cues.setdefault(r.get("kind", ""), set()).add(r["cue"].casefold())
    return Lexicon(
        regions=regions,
        municipalities=municipalities,
        healthcare_regions=healthcare,
        bodies=bodies,
        titles=frozenset(titles),
        qualifiers=frozenset(qualifiers),
        title_suffixes=tuple(sorted(set(suffixes), key=len, reverse=True)),
        cues={k: frozenset(v) for k, v in cues.items()},
        first_names=GivenNames(_lines("first_names.txt")),
        particles=frozenset(x.casefold() for x in _lines("surname_particles.txt")),
        nicknames={r["short"].casefold(): r["full"].casefold() for r in _rows("nicknames.tsv") if r.get("short")},
        provinces=frozenset(_lines("provinces.txt")),
    )
