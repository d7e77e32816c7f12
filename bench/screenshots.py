"""The README's pictures of the network view, made again from a build folder.

Writes the full view and the view focused on one entity (by default Region Västmanland, one
step out) of ``BUILD/graph.ttl`` and photographs each in headless Debian chromium at 1280x800:

    .venv/bin/python bench/screenshots.py /tmp/nv-out [--to docs/screenshots]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium, open_page, wait_for  # noqa: E402

from naravard.output.html import write_html  # noqa: E402
from naravard.output.network import to_networkx  # noqa: E402
from naravard.output.views import select  # noqa: E402


def photograph(page_path: Path, picture: Path, width: int = 1280, height: int = 800) -> None:
    """A PNG of the page once vis-network has settled, with no request leaving the machine."""
    url = page_path.as_uri()
    with chromium() as browser, open_page(browser, url, width, height) as (page, log):
        wait_for(page, "window.naravardReady === true", timeout=60)
        page.wait_for_timeout(300)  # let the fit's redraw land
        page.screenshot(path=str(picture))
    problems = log.console_errors + log.page_errors + log.foreign_requests(url)
    if problems:
        raise SystemExit(f"{page_path.name}: {problems}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build", type=Path, help="a naravard build folder (with graph.ttl)")
    parser.add_argument("--to", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--focus", default="Region Västmanland")
    parser.add_argument("--depth", type=int, default=1)
    args = parser.parse_args()
    G = to_networkx(rdflib.Graph().parse(args.build / "graph.ttl", format="turtle"))
    args.to.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        pages = {
            "network": (G, "naravard"),
            "focus": (select(G, focus=args.focus, depth=args.depth), "naravard"),
        }
        for name, (graph, title) in pages.items():
            page = Path(folder) / f"{name}.html"
            write_html(graph, page, title=title)
            picture = args.to / f"{name}.png"
            photograph(page, picture)
            print(f"wrote {picture} ({picture.stat().st_size // 1024} KB, "
                  f"{graph.number_of_nodes()} nodes)")


if __name__ == "__main__":
    main()
