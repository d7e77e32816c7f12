"""Helpers shared by the tests of the HTML view: small networks and ways to read a drawn page."""
from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx

from browser import wait_for

SCREENSHOTS = Path(__file__).parent / "screenshots"
ID = "https://w3id.org/naravard/id/"
SCRIPT_XSS = "<script>window.__xss=1</script>"
IMG_XSS = '<img src=x onerror="window.__xss=1">'


def fixture_network() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    nodes = [
        ("person/anna-berg", "Anna Berg", "Person", None, ["verksamhetschef"], ["Anna"]),
        ("person/erik-lund", "Erik Lund", "Person", None, ["projektledare"], []),
        ("organisation/region-dalarna", "Region Dalarna", "Organisation", "Region", [], []),
        ("organisation/falu-kommun", "Falu kommun", "Organisation", "Municipality", [], []),
        ("project/projekt-trygg-hemgang", "Projekt Trygg hemgång", "Project", None, [], []),
        ("forum/samverkansgrupp", "Samverkansgrupp för Nära vård", "CollaborationForum", None,
         [], []),
    ]
    for path, label, kind, subtype, titles, aliases in nodes:
        G.add_node(ID + path, label=label, kind=kind, subtype=subtype, titles=titles,
                   aliases=aliases, documents=["000_protokoll.txt"])
    quote = [("000_protokoll.txt", "Anna Berg, verksamhetschef i Region Dalarna")]
    edges = [
        ("person/anna-berg", "organisation/region-dalarna", "worksFor", quote),
        ("person/anna-berg", "forum/samverkansgrupp", "leads", []),
        ("person/erik-lund", "organisation/falu-kommun", "worksFor", []),
        ("person/erik-lund", "project/projekt-trygg-hemgang", "leads", []),
        ("organisation/region-dalarna", "forum/samverkansgrupp", "participatesIn", []),
        ("organisation/falu-kommun", "forum/samverkansgrupp", "participatesIn", []),
        ("project/projekt-trygg-hemgang", "forum/samverkansgrupp", "partOf", []),
    ]
    for source, target, relation, evidence in edges:
        G.add_edge(ID + source, ID + target, key=relation, relation=relation, evidence=evidence)
    return G


def hostile_network() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    anna, region = ID + "person/anna-berg", ID + "organisation/region-dalarna"
    G.add_node(anna, label="Anna Berg " + SCRIPT_XSS, kind="Person", subtype=None,
               aliases=[IMG_XSS, "</script><script>alert(1)</script>"], titles=[IMG_XSS],
               documents=[SCRIPT_XSS + ".txt"])
    G.add_node(region, label="Region Dalarna " + IMG_XSS, kind="Organisation", subtype="Region",
               aliases=[], titles=[], documents=[])
    G.add_edge(anna, region, key="worksFor", relation="worksFor",
               evidence=[(SCRIPT_XSS + ".txt", "citat " + IMG_XSS + " \u2028 " + SCRIPT_XSS)])
    return G


def embedded_data(page: str) -> dict:
    found = re.search(
        r'<script type="application/json" id="naravard-data">(.*?)</script>', page, re.DOTALL
    )
    return json.loads(found.group(1))


def inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.DOTALL)


def wait_until_drawn(page) -> None:
    wait_for(page, "window.naravardReady === true")


def node_point(page, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates, once the view has stopped moving there.

    The point is read until two reads a frame apart agree and vis-network itself finds the node
    under it, so a late resize of the canvas cannot send a click or a hover past the node.
    """
    previous = None
    for _ in range(100):
        point, found = page.evaluate(
            """(id) => {
                const network = window.naravardNetwork;
                const at = network.canvasToDOM(network.getPositions([id])[id]);
                const box = document.querySelector('#network canvas').getBoundingClientRect();
                return [[box.left + at.x, box.top + at.y], network.getNodeAt(at) === id];
            }""",
            node_id,
        )
        if found and point == previous:
            return point[0], point[1]
        previous = point
        page.wait_for_timeout(50)
    raise AssertionError(f"node {node_id} never came to rest under its own point")


def edge_point(page, edge_id: str) -> tuple[float, float]:
    """A point on the edge that no node covers (boxes can reach past the edge's midpoint)."""
    point = page.evaluate(
        """(id) => {
            const network = window.naravardNetwork;
            const [from, to] = network.getConnectedNodes(id);
            const ends = network.getPositions([from, to]);
            const box = document.querySelector('#network canvas').getBoundingClientRect();
            for (let t = 0.05; t < 1; t += 0.05) {
                const at = network.canvasToDOM({
                    x: ends[from].x + t * (ends[to].x - ends[from].x),
                    y: ends[from].y + t * (ends[to].y - ends[from].y),
                });
                if (network.getNodeAt(at) === undefined && network.getEdgeAt(at) === id) {
                    return [box.left + at.x, box.top + at.y];
                }
            }
            return null;
        }""",
        edge_id,
    )
    assert point is not None, f"edge {edge_id} is hidden under its nodes"
    return point[0], point[1]
