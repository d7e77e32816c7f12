import base64
import hashlib
import re

import networkx as nx
import pytest

from actors import dataset, iri, merged
from naravard.graph import serialise
from naravard.output.html import FIXED_LAYOUT, render_html, write_html
from naravard.output.network import to_networkx
from naravard.output.views import select
from pages import IMG_XSS, SCRIPT_XSS, embedded_data, fixture_network, hostile_network, inline_scripts


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
    kinds = {node["label"]: data["styles"][node["type"]]["name"] for node in data["nodes"]}
    assert kinds["Projekt Trygg hemgång"] == "Projekt"
    assert kinds["Samverkansgrupp för Nära vård"] == "Samverkansforum"
    assert kinds["Falu kommun"] == "Kommun"
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

    monkeypatch.setattr(serialise.os, "replace", crash)
    with pytest.raises(OSError):
        write_html(hostile_network(), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["natverk.html"]


def test_caller_graph_is_not_changed():
    G = fixture_network()
    before = (list(G.nodes(data=True)), list(G.edges(keys=True, data=True)))
    render_html(G)
    assert (list(G.nodes(data=True)), list(G.edges(keys=True, data=True))) == before


def test_nodes_carry_centrality_bridges_and_regions():
    data = embedded_data(render_html(to_networkx(merged(dataset()))))
    nodes = {node["id"]: node for node in data["nodes"]}
    regions = [region["label"] for region in data["regions"]]
    assert regions == ["Region Dalarna", "Region Västmanland"]
    anna, falun = nodes[str(iri("anna"))], nodes[str(iri("falun"))]
    assert anna["bridge"] is True and falun["bridge"] is False
    assert [regions[i] for i in falun["regions"]] == ["Region Dalarna"]
    assert anna["value"] == max(node["value"] for node in data["nodes"])
    assert data["documents"] == ["podd_vastmanland.txt", "protokoll_dalarna.txt"]
    assert [r["name"] for r in data["relations"]] == ["leder", "del av", "deltar i", "arbetar för"]
    assert data["layout"] == "physics" and "x" not in anna


def test_large_graphs_come_with_positions_and_no_physics():
    G = nx.MultiDiGraph()
    for i in range(FIXED_LAYOUT + 1):
        G.add_node(f"n{i:03d}", label=f"Person {i}", kind="Person")
        G.add_edge(f"n{i:03d}", f"n{i // 10:03d}", relation="worksFor")
    data = embedded_data(render_html(G))
    assert data["layout"] == "fixed"
    assert all(isinstance(node["x"], int) and isinstance(node["y"], int) for node in data["nodes"])
    assert render_html(G) == render_html(G.copy())


def test_focused_view_names_its_focus():
    data = embedded_data(render_html(select(to_networkx(merged(dataset())), focus="Falun")))
    assert data["focus"] == [str(iri("falun"))]
    assert data["description"] == "fokus: Falu kommun (ett steg ut)"
