"""Scale benchmark: whole builds of synthetic corpora of 100, 1,000 and 10,000 documents.

    .venv/bin/python bench/corpus.py [--sizes 100 1000 10000] [--workers 1 2] [--people N] [--distinct K]

The documents are varied, real-looking Swedish texts about Nära vård (podcast transcripts,
slide decks as text, meeting notes and articles) made from templates: people with Swedish
names and role titles, all 21 regions and 290 municipalities, projects and collaboration
forums, and paragraphs of general prose. Each build runs in its own process; the benchmark
prints documents per second, words per second, peak memory of the build process (worker
processes, each reading one document at a time, come on top), the entities and relations of the
graph, and the ratios between sizes (time should grow linearly; memory should not grow with the
corpus beyond the graph itself).

By default almost every person named is new, so the graph grows with the corpus. ``--people N``
draws everyone from one population of N people instead, as the documents of one region or one
network do: each person keeps one title and one employer, and a project joins its region with
municipalities of that region. The corpus grows, the graph much less, which shows what a build
keeps per document. ``--distinct K`` goes further: documents beyond the first K are copies of
those, each with a line of its own (so a new document). The graph stays exactly the same while the
documents, their mentions and their evidence grow, which isolates what a build keeps per document.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from naravard.extract import lexicons

SURNAMES = """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindgren
Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson
Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström
Samuelsson Isaksson Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson
Nordström Mårtensson Lundström Ali Viklund Björklund Eliasson Pålsson Berggren Sandström Lund Nordin Ström
Åberg Hermansson Ekström Holmgren Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson
Öberg Andreasson Strömberg Månsson Hansen Åkesson Dahl Lindholm Norberg Holmqvist""".split()
TITLES = ["projektledare", "processledare", "utvecklingsledare", "verksamhetschef", "områdeschef",
          "enhetschef", "hälso- och sjukvårdsdirektör", "socialchef", "förvaltningschef", "medicinskt ansvarig sjuksköterska",
          "kommunikatör", "utredare", "samordnare", "strateg", "distriktssköterska", "fysioterapeut"]
PROJECT_HEADS = ["Trygg hemgång", "Hälsa hemma", "Mobilt vårdteam", "Digital vårdcentral", "Samordnad individuell plan",
                 "Vård på distans", "Hemsjukvård i samverkan", "Äldres hälsa", "Psykisk hälsa för unga",
                 "Fast vårdkontakt", "Förebyggande hembesök", "Trygg utskrivning", "Barnhälsa i samverkan"]
FORUM_HEADS = ["Länsgruppen för nära vård", "Regionala samverkansrådet", "Ledningsgruppen för vård och omsorg",
               "Nätverket för hemsjukvård", "Samverkansforum för äldre", "Beredningsgruppen för hälsa",
               "Chefsnätverket i länet", "Politiska samrådet"]
PROSE = [
    "Omställningen till en god och nära vård handlar om att flytta fokus från sjukhuset till primärvården och hemmet.",
    "Vi har märkt att samverkan mellan huvudmännen blir bättre när vi träffas regelbundet och delar data.",
    "Det viktigaste är att patienten får en fast vårdkontakt och slipper berätta sin historia flera gånger.",
    "Under året har arbetet fokuserat på kompetensförsörjning, digitala arbetssätt och gemensam uppföljning.",
    "Många medarbetare upplever att det tar tid att ändra arbetssätt, men resultaten börjar synas.",
    "Vi behöver fortsätta utveckla den kommunala hälso- och sjukvården tillsammans med vårdcentralerna.",
    "Uppföljningen visar färre återinskrivningar och fler hembesök än tidigare år.",
    "Det finns fortfarande skillnader mellan kommunerna i hur långt man har kommit.",
    "Invånarna ska kunna få råd och stöd digitalt, men också träffa någon när det behövs.",
    "En utmaning är att få ekonomin att räcka till både utveckling och den vardagliga verksamheten.",
    "Forskningen pekar på att tidiga insatser minskar behovet av slutenvård.",
    "Vi har tagit fram en gemensam färdplan som beslutades av politiken i våras.",
    "Det handlar i grunden om ett förändrat förhållningssätt och om ledarskap.",
    "Patientföreningarna har varit delaktiga och bidragit med viktiga perspektiv.",
]


class Maker:
    """Documents from templates; the same seed gives the same corpus."""

    def __init__(self, seed: int = 1, people: int = 0):
        lex = lexicons.load()
        self.rng = random.Random(seed)
        self.regions = [r.name for r in lex.regions]
        self.munis = [m.name for m in lex.municipalities]
        self.in_region = {r.name: [m.name for m in lex.municipalities if m.lanskod == r.lanskod] for r in lex.regions}
        self.first = sorted(lex.first_names)
        self.population: list[str] = []
        self.known: dict[str, tuple[str, str]] = {}  # person -> (title, employer), with a population
        if people:
            names: set[str] = set()
            while len(names) < people:
                names.add(self.new_person())
            self.population = sorted(names)
            for name in self.population:
                self.known[name] = (self.rng.choice(TITLES), self.rng.choice(self.regions + self.munis))

    def new_person(self) -> str:
        given = "-".join(part.capitalize() for part in self.rng.choice(self.first).split("-"))
        return f"{given} {self.rng.choice(SURNAMES)}"

    def person(self) -> str:
        return self.rng.choice(self.population) if self.population else self.new_person()

    def prose(self, n: int) -> str:
        return " ".join(self.rng.choice(PROSE) for _ in range(n))

    def document(self, i: int) -> tuple[str, str]:
        kind = ("podd", "bildspel", "protokoll", "artikel")[i % 4]
        region = self.rng.choice(self.regions)
        muni = self.rng.choice(self.in_region[region] if self.population else self.munis)
        project = f"{self.rng.choice(PROJECT_HEADS)} {region.replace('Region ', '')}"
        forum = self.rng.choice(FORUM_HEADS)
        people = [self.person() for _ in range(self.rng.randint(3, 6))]
        titles = [self.known[p][0] if self.known else self.rng.choice(TITLES) for p in people]
        employers = [self.known[p][1] for p in people] if self.known else None
        return f"{i:05d}_{kind}.txt", getattr(self, kind)(region, muni, project, forum, people, titles, employers)

    def podd(self, region, muni, project, forum, people, titles, employers=None) -> str:
        at = employers or [region, region, muni]
        host, guest, other = people[0], people[1], people[2]
        g, o = guest.split()[0].upper(), other.split()[0].upper()
        h = host.split()[0].upper()
        turns = [f"{h}: Välkommen till podden om nära vård. Idag har jag två gäster.",
                 f"{g}: Tack! Jag heter {guest} och jobbar som {titles[1]} i {at[1]}.",
                 f"{o}: Och jag är {other}, {titles[2]} i {at[2]}.",
                 f"{h}: Berätta om {project}.",
                 f"{g}: Projektet {project} är ett samarbete mellan {region} och {muni}. Jag är projektledare för {project}. "
                 + self.prose(4),
                 f"{o}: Vi sitter båda med i {forum}, där region och kommuner möts. " + self.prose(5),
                 f"{h}: Vad har ni lärt er?", f"{g}: " + self.prose(6), f"{o}: " + self.prose(5),
                 f"{h}: Tack för att ni kom!"]
        return "\n\n".join(turns) + "\n"

    def bildspel(self, region, muni, project, forum, people, titles, employers=None) -> str:
        at = employers or [region]
        lines = [f"{project}", "", f"{region} och {muni}", "", "Bild 2", "Bakgrund", f"- {self.prose(2)}",
                 f"- {self.prose(1)}", "", "Bild 3", "Organisation",
                 f"- Projektledare: {people[0]}, {at[0]}", f"- Styrgrupp: {forum}"]
        lines += [f"- {p}, {t}" for p, t in zip(people[1:], titles[1:])]
        lines += ["", "Bild 4", "Resultat", f"- {self.prose(3)}", f"- {self.prose(2)}", "", "Tack!"]
        return "\n".join(lines) + "\n"

    def protokoll(self, region, muni, project, forum, people, titles, employers=None) -> str:
        attending = "\n".join(f"{p}, {t}" for p, t in zip(people, titles))
        return (f"Minnesanteckningar {forum}\n\nNärvarande:\n{attending}\n\n"
                f"1. Information om {project}\n{people[0]} informerade om läget. {self.prose(4)}\n\n"
                f"2. Samverkan mellan {region} och {muni}\n{self.prose(5)}\n\n"
                f"3. Övriga frågor\n{self.prose(3)}\n")

    def artikel(self, region, muni, project, forum, people, titles, employers=None) -> str:
        p0, p1 = people[0], people[1]
        at = employers or [muni, region]
        return (f"Nytt arbetssätt ger resultat i {muni}\n\n"
                f"{p0}, {titles[0]} i {at[0]}, leder arbetet med {project}. {self.prose(3)}\n\n"
                f"– {self.prose(2)} säger {p0}.\n\n"
                f"{p1} är {titles[1]} i {at[1]} och deltar i {forum}. {self.prose(4)}\n\n{self.prose(4)}\n")


def write_corpus(folder: Path, n: int, seed: int = 1, people: int = 0, distinct: int = 0) -> int:
    """Write ``n`` documents; with ``distinct``, document i repeats document i % distinct under a new
    last line, so the documents (and their mentions and evidence) grow while the graph does not."""
    maker = Maker(seed, people)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    made: list[tuple[str, str]] = []
    for i in range(n):
        if distinct and i >= distinct:
            name, text = made[i % distinct]
            name, text = f"{i:05d}_{name[6:]}", f"{text}\nLöpnummer {i:05d}.\n"  # ("1177" alone is 1177 Vårdguiden)
        else:
            name, text = maker.document(i)
            if distinct:
                made.append((name, text))
        (folder / name).write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def one_build(folder: str, out: str, workers: int) -> None:
    """Run in a fresh process: one build, then its own figures as JSON on stdout."""
    import resource

    from naravard.pipeline import build

    t0 = time.perf_counter()
    report = build([folder], out, workers=workers)
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "documents": len(report.documents), "skipped": len(report.skipped),
                      "entities": sum(report.entities.values()), "relations": sum(report.relations.values()),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1_000, 10_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--people", type=int, default=0, help="draw everyone from a population of this many people")
    ap.add_argument("--distinct", type=int, default=0,
                    help="repeat the first this many documents (each copy with a line of its own): a fixed graph")
    ap.add_argument("--one", nargs=3, metavar=("FOLDER", "OUT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one_build(args.one[0], args.one[1], int(args.one[2]))
        return
    print(f"{'documents':>10} {'words':>10} {'workers':>8} {'seconds':>8} {'docs/s':>8} {'words/s':>9} "
          f"{'peak MB':>8} {'entities':>9} {'relations':>9}")
    first: dict[int, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp) / f"corpus-{size}"
            words = write_corpus(folder, size, people=args.people, distinct=args.distinct)
            for workers in args.workers:
                out = Path(tmp) / f"out-{size}-{workers}"
                run = subprocess.run([sys.executable, __file__, "--one", str(folder), str(out), str(workers)],
                                     capture_output=True, text=True, check=True)
                r = json.loads(run.stdout.strip().splitlines()[-1])
                print(f"{size:>10,} {words:>10,} {workers:>8} {r['seconds']:>8.1f} {size / r['seconds']:>8.1f} "
                      f"{words / r['seconds']:>9,.0f} {r['peak_mb']:>8.0f} "
                      f"{r['entities']:>9,} {r['relations']:>9,}", flush=True)
                base = first.setdefault(workers, {"size": size, **r})
                if size != base["size"]:
                    print(f"{'':>10} x{size / base['size']:.0f} documents: time x{r['seconds'] / base['seconds']:.1f}, "
                          f"peak memory x{r['peak_mb'] / base['peak_mb']:.1f}, "
                          f"entities x{r['entities'] / base['entities']:.1f}, "
                          f"relations x{r['relations'] / base['relations']:.1f}", flush=True)
                subprocess.run(["rm", "-rf", str(out)], check=True)


if __name__ == "__main__":
    main()
