"""How the network view scales: file size, write time and time to first draw in a real browser.

Synthetic actor graphs of 1,000 and 5,000 nodes with the mix of a large build (people, regions,
municipalities and other organisations, projects, forums; worksFor, participatesIn, leads and
partOf, every relation with a quote) go through ``write_html``; the page is opened in headless
Debian chromium, which reports when vis-network first drew it. Write time should grow linearly:
the 5k/1k ratio should be near 5. Figures are printed, not asserted.

    .venv/bin/python bench/views.py [--sizes 1000 5000] [--runs 5] [--keep DIR]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from naravard.output import analytics, layout  # noqa: E402
from naravard.output.html import write_html  # noqa: E402

ID = "https://w3id.org/naravard/id/"
GIVEN = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Lena", "Per",
         "Kerstin", "Mikael", "Ingrid", "Magnus", "Sara", "Fredrik", "Cecilia", "Mattias"]
FAMILY = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
          "Persson", "Svensson", "Gustafsson", "Lindberg", "Åkerholm", "Norén", "Ekström"]
TITLES = ["verksamhetschef", "projektledare", "processledare", "enhetschef", "utvecklingsledare",
          "hälso- och sjukvårdsdirektör", "socialchef", "samordnare"]
FORUMS = ["Ledningsgrupp", "Samverkansråd", "Nätverk", "Referensgrupp", "Styrgrupp"]
PROJECTS = ["Mobil hemsjukvård", "Trygg hemgång", "Digitala vårdmöten", "Hälsocentral",
            "Barnhälsa", "Äldres hälsa", "Samordnad vårdplanering"]


def synthetic(size: int, seed: int = 1) -> nx.MultiDiGraph:
    """An actor graph of about ``size`` nodes, shaped like a national build (fixed seed)."""
    rnd = random.Random(seed)
    G = nx.MultiDiGraph()
    documents = [f"dokument_{i:04d}.txt" for i in range(max(5, size // 25))]

    def node(path, label, kind, subtype=None, **codes):
        G.add_node(ID + path, label=label, kind=kind, subtype=subtype, aliases=[label.lower()],
                   titles=[], documents=rnd.sample(documents, 2), lanskod=codes.get("lanskod"),
                   kommunkod=codes.get("kommunkod"))
        return ID + path

    def edge(source, target, relation):
        quote = f"{G.nodes[source]['label']} ... {G.nodes[target]['label']}"
        G.add_edge(source, target, key=relation, relation=relation,
                   evidence=[(rnd.choice(G.nodes[source]["documents"]), quote)])

    regions = [node(f"organisation/region-{i:02d}", f"Region {i:02d}", "Organisation", "Region",
                    lanskod=f"{i:02d}") for i in range(1, 22)]
    home = {region: i for i, region in enumerate(regions)}  # which region an actor works in
    for i in range(min(290, size * 6 // 100)):
        code = f"{1 + i % 21:02d}{i // 21:02d}"
        municipality = node(f"organisation/kommun-{code}", f"Kommun {code}", "Organisation",
                            "Municipality", kommunkod=code)
        home[municipality] = i % 21
    local = list(home)
    others = []
    for i in range(size * 8 // 100):
        subtype = rnd.choice(["NationalBody", "OrganisationalUnit", "ResearchOrganisation"])
        org = node(f"organisation/org-{i}", f"Organisation {i}", "Organisation", subtype)
        others.append(org)
        if subtype == "OrganisationalUnit":
            parent = rnd.choice(local)
            home[org] = home[parent]
            edge(org, parent, "partOf")
    # Most forums and projects belong to one region; about one in six is national.
    initiatives: dict[int | None, list] = {None: []}
    for i in range(size * 20 // 100):
        if i % 5 < 2:
            target = node(f"forum/forum-{i}", f"{rnd.choice(FORUMS)} {i}", "CollaborationForum")
        else:
            target = node(f"project/projekt-{i}", f"{rnd.choice(PROJECTS)} {i}", "Project")
        where = None if rnd.random() < 0.15 else rnd.randrange(21)
        found = initiatives.setdefault(where, [])
        if found and G.nodes[target]["kind"] == "Project" and rnd.random() < 0.3:
            edge(target, rnd.choice(found), "partOf")
        found.append(target)

    def pick(region):
        nearby = initiatives.get(region) if region is not None and rnd.random() < 0.85 else None
        return rnd.choice(nearby or initiatives[None] or initiatives[rnd.randrange(21)])

    for org in local:
        for _ in range(2):
            edge(org, pick(home[org]), "participatesIn")
    employers = local + others
    for i in range(max(0, size - G.number_of_nodes())):
        person = node(f"person/person-{i}", f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)} {i}",
                      "Person")
        G.nodes[person]["titles"] = [rnd.choice(TITLES)]
        employer = rnd.choice(employers)
        edge(person, employer, "worksFor")
        for target in {pick(home.get(employer)) for _ in range(rnd.choice([1, 1, 2]))}:
            edge(person, target, "participatesIn")
        if rnd.random() < 0.1:
            edge(person, pick(home.get(employer)), "leads")
    return G


def first_draw(browser, path: Path) -> float:
    """Milliseconds from navigation to vis-network's first ``afterDrawing``."""
    from browser import open_page, wait_for

    with open_page(browser, path.as_uri()) as (page, log):
        wait_for(page, "typeof window.naravardFirstDraw === 'number'", timeout=120)
        drawn = page.evaluate("window.naravardFirstDraw")
    if log.console_errors or log.page_errors:
        print("  page errors:", log.console_errors + log.page_errors)
    return drawn


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    from browser import chromium

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=5, help="best of this many (default 5)")
    parser.add_argument("--keep", type=Path, help="write the pages to this folder and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="naravard-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    graphs = {size: synthetic(size) for size in args.sizes}
    pages = {size: folder / f"network-{size}.html" for size in args.sizes}
    # Sizes take turns within each run, so load from other work on the machine falls on all of
    # them alike; the fastest run of each is kept, as other work only ever adds time.
    fastest: dict[tuple[str, int], float] = {}
    with chromium() as browser:
        for _ in range(args.runs):
            for size, G in graphs.items():
                found = {
                    "write": timed(lambda: write_html(G, pages[size])),
                    "betweenness": timed(lambda: analytics.betweenness(G)),
                    "layout": timed(lambda: layout.positions(G)),
                    "draw": first_draw(browser, pages[size]) / 1000,
                }
                for name, value in found.items():
                    fastest[name, size] = min(value, fastest.get((name, size), value))
    print(f"best of {args.runs} runs; betweenness and layout are part of the write time")
    print(f"{'nodes':>6} {'edges':>6} {'size MB':>8} {'write s':>8} {'betw. s':>8} "
          f"{'layout s':>8} {'first draw s':>12}")
    for size, G in graphs.items():
        print(f"{G.number_of_nodes():>6} {G.number_of_edges():>6} "
              f"{pages[size].stat().st_size / 1e6:>8.2f} {fastest['write', size]:>8.2f} "
              f"{fastest['betweenness', size]:>8.2f} {fastest['layout', size]:>8.2f} "
              f"{fastest['draw', size]:>12.2f}")
    if len(graphs) > 1:
        small, large = min(graphs), max(graphs)
        print(f"write time ratio {large}/{small} nodes: "
              f"{fastest['write', large] / fastest['write', small]:.1f} "
              f"(linear would be {large / small:.1f})")
    if not args.keep:
        for page in pages.values():
            page.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
