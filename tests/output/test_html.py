import base64
import hashlib
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from naravard.output import html as html_output
from naravard.output.html import render_html, write_html

from browser import chromium, open_page, wait_for  # noqa: E402

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


# Static checks on the page ------------------------------------------------------------------


def test_page_loads_nothing_from_elsewhere():
    page = render_html(fixture_network())
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<link" not in page.lower()
    assert not re.search(r"<script[^>]*\ssrc", page, re.I)
    assert not re.search(r"url\(\s*[\"']?(?:https?:)?//", page, re.I)
    assert "@import" not in page
    assert "sourceMappingURL" not in page


def test_policy_allows_only_the_inlined_scripts():
    page = render_html(fixture_network())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    scripts = inline_scripts(page)
    assert len(scripts) == 2  # vis-network and the page's own
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy


def test_data_parses_back_to_the_graph():
    G = fixture_network()
    data = embedded_data(render_html(G, "Nära vård i Dalarna"))
    assert data["title"] == "Nära vård i Dalarna"
    assert [node["id"] for node in data["nodes"]] == sorted(G.nodes)
    assert {node["label"] for node in data["nodes"]} == {G.nodes[n]["label"] for n in G}
    assert len(data["edges"]) == G.number_of_edges()
    kinds = {node["label"]: node["kindName"] for node in data["nodes"]}
    assert kinds["Projekt Trygg hemgång"] == "Projekt"
    assert kinds["Samverkansgrupp för Nära vård"] == "Samverkansforum"
    relations = {edge["label"] for edge in data["edges"]}
    assert relations == {"arbetar för", "leder", "deltar i", "del av"}
    assert [item["name"] for item in data["legend"]][:3] == ["Person", "Organisation", "Region"]


def test_hostile_text_never_appears_raw():
    G = hostile_network()
    page = render_html(G)
    for raw in ("</script><script>alert(1)</script>", SCRIPT_XSS, IMG_XSS, "<img", "\u2028"):
        assert raw not in page
    labels = {node["label"] for node in embedded_data(page)["nodes"]}
    assert labels == {"Anna Berg " + SCRIPT_XSS, "Region Dalarna " + IMG_XSS}
    data = embedded_data(page)
    assert data["edges"][0]["evidence"][0][1] == "citat " + IMG_XSS + " \u2028 " + SCRIPT_XSS


def test_title_is_escaped():
    page = render_html(fixture_network(), title="</title>" + SCRIPT_XSS)
    assert SCRIPT_XSS not in page
    assert embedded_data(page)["title"] == "</title>" + SCRIPT_XSS


def test_same_graph_gives_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    write_html(fixture_network(), first)
    write_html(fixture_network(), second)
    assert first.read_bytes() == second.read_bytes()
    G = fixture_network()
    reordered = nx.MultiDiGraph()
    reordered.add_nodes_from(reversed(list(G.nodes(data=True))))
    reordered.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_html(reordered) == render_html(G)


def test_write_html_replaces_atomically(tmp_path, monkeypatch):
    target = tmp_path / "natverk.html"
    write_html(fixture_network(), target)
    before = target.read_bytes()
    assert before.decode("utf-8") == render_html(fixture_network())

    def crash(source, destination):
        raise OSError("disken är full")

    monkeypatch.setattr(html_output.os, "replace", crash)
    with pytest.raises(OSError):
        write_html(hostile_network(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["natverk.html"]


def test_caller_graph_is_not_changed():
    G = fixture_network()
    before = (list(G.nodes(data=True)), list(G.edges(keys=True, data=True)))
    render_html(G)
    assert (list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


# In a real browser --------------------------------------------------------------------------


def node_point(page, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    point = page.evaluate(
        """(id) => {
            const network = window.naravardNetwork;
            const at = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.querySelector('#network canvas').getBoundingClientRect();
            return [box.left + at.x, box.top + at.y];
        }""",
        node_id,
    )
    return point[0], point[1]


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


def wait_until_drawn(page) -> None:
    wait_for(page, "window.naravardReady === true")


def test_page_draws_offline_with_legend(tmp_path):
    target = tmp_path / "natverk.html"
    G = fixture_network()
    write_html(G, target, title="Nära vård i Dalarna")
    url = target.as_uri()
    with chromium() as browser, open_page(browser, url) as (page, log):
        wait_until_drawn(page)
        assert page.locator("#network canvas").count() == 1
        assert page.evaluate("window.naravardNetwork.body.data.nodes.length") == 6
        assert page.evaluate("window.naravardNetwork.body.data.edges.length") == 7
        assert page.locator("#naravard-title").text_content() == "Nära vård i Dalarna"
        assert page.locator("#naravard-counts").text_content() == "6 entiteter · 7 relationer"
        legend = page.locator("#legend")
        assert legend.is_visible()
        for name in ("Person", "Organisation", "Region", "Kommun", "Projekt", "Samverkansforum"):
            assert legend.get_by_text(name, exact=True).is_visible()
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "network.png"))
    assert log.console_errors == [] and log.page_errors == []
    assert log.foreign_requests(url) == []


def test_hostile_labels_are_shown_as_text(tmp_path):
    target = tmp_path / "fientlig.html"
    write_html(hostile_network(), target)
    url = target.as_uri()
    with chromium() as browser, open_page(browser, url) as (page, log):
        wait_until_drawn(page)
        x, y = node_point(page, ID + "person/anna-berg")
        page.mouse.move(x, y)
        tooltip = page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible")
        assert "Anna Berg " + SCRIPT_XSS in tooltip.text_content()
        assert "Titel: " + IMG_XSS in tooltip.text_content()
        page.mouse.click(x, y)
        details = page.locator("#details")
        assert details.locator("h3").text_content() == "Anna Berg " + SCRIPT_XSS
        assert IMG_XSS in details.text_content()
        page.mouse.click(*edge_point(page, "e0"))
        assert SCRIPT_XSS in details.locator("blockquote").text_content()
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.locator("img").count() == 0
        assert page.locator("script").count() == 3
    assert log.console_errors == [] and log.page_errors == []
    assert log.foreign_requests(url) == []


def test_policy_blocks_markup_that_slips_through(tmp_path):
    """Defence in depth: were escaping ever to fail, the page's policy still runs nothing."""
    injected = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    target = tmp_path / "trasig.html"
    target.write_text(render_html(fixture_network()).replace("<main>", "<main>" + injected, 1))
    with chromium() as browser, open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        assert page.evaluate("typeof window.__xss") == "undefined"
    assert any("Content Security Policy" in error for error in log.console_errors)
