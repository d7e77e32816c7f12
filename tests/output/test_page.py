"""The network page in a real, offline Chromium: drawing, search, filters, the details panel."""
import networkx as nx
import pytest

from actors import ENTITIES, PODD, PROTOKOLL, dataset, iri, merged
from browser import chromium, open_page, wait_for
from naravard.output.html import FIXED_LAYOUT, render_html, write_html
from naravard.output.network import to_networkx
from naravard.output.views import select
from pages import (IMG_XSS, SCREENSHOTS, SCRIPT_XSS, edge_point, fixture_network, hostile_network,
                   node_point, wait_until_drawn)


def network():
    return to_networkx(merged(dataset()))


@pytest.fixture(scope="module")
def browser():
    with chromium() as found:
        yield found


def visible_nodes(page) -> set[str]:
    return set(page.evaluate(
        "window.naravardNetwork.body.data.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))


def visible_edges(page) -> int:
    return page.evaluate("window.naravardNetwork.body.data.edges.get({filter: e => !e.hidden}).length")


def test_page_draws_offline_with_legend(tmp_path, browser):
    target = tmp_path / "natverk.html"
    write_html(network(), target, title="Nära vård i Dalarna och Västmanland")
    url = target.as_uri()
    with open_page(browser, url) as (page, log):
        wait_until_drawn(page)
        assert page.locator("#network canvas").count() == 1
        assert page.evaluate("window.naravardNetwork.body.data.nodes.length") == len(ENTITIES)
        assert page.locator("#naravard-title").text_content() == "Nära vård i Dalarna och Västmanland"
        assert page.locator("#naravard-counts").text_content() == "10 entiteter · 10 relationer"
        legend = page.locator("#legend")
        for name in ("Person", "Organisation", "Region", "Kommun", "Projekt", "Samverkansforum",
                     "Bro mellan region och kommun"):
            assert legend.get_by_text(name, exact=True).is_visible()
        assert page.evaluate("typeof window.naravardFirstDraw") == "number"
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "network.png"))
    assert log.console_errors == [] and log.page_errors == []
    assert log.foreign_requests(url) == []


def test_search_finds_a_node_by_alias_and_centres_it(tmp_path, browser):
    target = tmp_path / "natverk.html"
    write_html(network(), target)
    anna = str(iri("anna"))
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        page.fill("#search-input", "a. berg")
        page.press("#search-input", "Enter")
        assert page.evaluate("window.naravardNetwork.getSelectedNodes()") == [anna]
        assert page.locator("#details h3").text_content() == "Anna Berg"
        assert page.locator("#search-status").text_content() == "”a. berg” hittades som Anna Berg."
        centred = f"""(() => {{
            const net = window.naravardNetwork, at = net.getPositions(["{anna}"])["{anna}"];
            const view = net.getViewPosition();
            return Math.abs(view.x - at.x) < 1 && Math.abs(view.y - at.y) < 1; }})()"""
        wait_for(page, centred, timeout=5)
        page.fill("#search-input", "Region Halland")
        page.press("#search-input", "Enter")
        assert page.locator("#search-status").text_content() == "Ingen entitet heter ”Region Halland”."
    assert log.page_errors == []


def test_filters_hide_what_does_not_match(tmp_path, browser):
    target = tmp_path / "natverk.html"
    write_html(network(), target)
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        assert len(visible_nodes(page)) == 10 and visible_edges(page) == 10
        page.select_option("#filter-region", label="Region Dalarna")
        assert visible_nodes(page) == {str(iri(k)) for k in ("dalarna", "falun", "anna", "erik", "forum")}
        assert page.locator("#filter-status").text_content() == "Visar 5 av 10 entiteter"
        page.select_option("#filter-relation", label="arbetar för")
        assert visible_nodes(page) == {str(iri(k)) for k in ("dalarna", "falun", "anna", "erik")}
        assert visible_edges(page) == 2
        page.click("#filter-reset")
        page.select_option("#filter-document", PODD)
        assert str(iri("erik")) not in visible_nodes(page) and visible_edges(page) == 4
        page.select_option("#filter-type", label="– Kommun")
        assert visible_nodes(page) == {str(iri(k)) for k in ("vasteras", "program")}
        # A node hidden by a filter is found all the same: search clears the filters.
        page.fill("#search-input", "Erik Lund")
        page.press("#search-input", "Enter")
        assert len(visible_nodes(page)) == 10
        assert page.input_value("#filter-document") == ""
    assert log.page_errors == []


def test_clicking_a_node_shows_its_evidence(tmp_path, browser):
    target = tmp_path / "natverk.html"
    write_html(network(), target)
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        page.mouse.click(*node_point(page, str(iri("sara"))))
        details = page.locator("#details")
        assert details.is_visible()
        assert details.locator("h3").text_content() == "Sara Fredin"
        assert "programsamordnare" in details.text_content()
        quotes = details.locator("blockquote").all_text_contents()
        assert "Sara Fredin, programsamordnare i Region Västmanland" in quotes
        assert details.locator(".source").first.text_content() == PODD
        organisations = details.locator("dt", has_text="Organisationer")
        assert organisations.count() == 1
        # A related entity in the panel is a link to its own details.
        details.get_by_role("button", name="Region Västmanland").click()
        assert details.locator("h3").text_content() == "Region Västmanland"
        details.get_by_role("button", name="Stäng").click()
        assert details.is_hidden()
    assert log.page_errors == []


def hostile_build():
    """A document whose file name and entity names are markup, taken through RDF like a build."""
    documents = {
        SCRIPT_XSS + ".txt": (["anna", "dalarna"], [("anna", "worksFor", "dalarna", "citat " + IMG_XSS)]),
        PROTOKOLL: (["erik"], []),
    }
    entities = dict(ENTITIES)
    entities["anna"] = ("person/anna-berg", "Anna Berg " + SCRIPT_XSS, ["Person"],
                        [IMG_XSS], [IMG_XSS], {})
    return to_networkx(merged(dataset(documents, entities)))


def test_markup_in_documents_runs_no_script(tmp_path, browser):
    target = tmp_path / "fientlig.html"
    write_html(hostile_build(), target)
    url = target.as_uri()
    anna = str(iri("anna"))
    with open_page(browser, url) as (page, log):
        wait_until_drawn(page)
        x, y = node_point(page, anna)
        page.mouse.move(x, y)
        tooltip = page.locator("#tooltip")
        tooltip.wait_for(state="visible")
        assert "Anna Berg " + SCRIPT_XSS in tooltip.text_content()
        assert "Titel: " + IMG_XSS in tooltip.text_content()
        page.mouse.click(x, y)
        details = page.locator("#details")
        assert details.locator("h3").text_content() == "Anna Berg " + SCRIPT_XSS
        assert details.locator("blockquote").text_content() == "citat " + IMG_XSS
        assert details.locator(".source").first.text_content() == SCRIPT_XSS + ".txt"
        page.select_option("#filter-document", SCRIPT_XSS + ".txt")
        page.fill("#search-input", IMG_XSS)
        page.press("#search-input", "Enter")
        page.mouse.click(*edge_point(page, "e0"))
        assert IMG_XSS in details.locator("blockquote").text_content()
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.locator("img").count() == 0
        assert page.locator("script").count() == 3
    assert log.console_errors == [] and log.page_errors == []
    assert log.foreign_requests(url) == []


def test_hostile_network_attributes_stay_text(tmp_path, browser):
    target = tmp_path / "fientlig.html"
    write_html(hostile_network(), target)
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        page.mouse.click(*node_point(page, "https://w3id.org/naravard/id/person/anna-berg"))
        assert IMG_XSS in page.locator("#details").text_content()
        assert page.evaluate("typeof window.__xss") == "undefined"
    assert log.console_errors == [] and log.page_errors == []


def test_policy_blocks_markup_that_slips_through(tmp_path, browser):
    """Defence in depth: were escaping ever to fail, the page's policy still runs nothing."""
    injected = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
    target = tmp_path / "trasig.html"
    target.write_text(render_html(fixture_network()).replace("<main>", "<main>" + injected, 1))
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        assert page.evaluate("typeof window.__xss") == "undefined"
    assert any("Content Security Policy" in error for error in log.console_errors)


def test_focused_view_opens_on_its_focus(tmp_path, browser):
    target = tmp_path / "fokus.html"
    write_html(select(network(), focus="Region Dalarna", depth=2), target)
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        assert page.locator("#naravard-description").text_content() == (
            "fokus: Region Dalarna (två steg ut)")
        assert page.locator("#details h3").text_content() == "Region Dalarna"
        assert page.evaluate("window.naravardNetwork.getSelectedNodes()") == [str(iri("dalarna"))]
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "focus.png"))
    assert log.console_errors == [] and log.page_errors == []


def test_large_view_is_drawn_where_it_was_laid_out(tmp_path, browser):
    G = nx.MultiDiGraph()
    for i in range(FIXED_LAYOUT + 50):
        G.add_node(f"p{i:03d}", label=f"Person {i}", kind="Person", aliases=[], titles=[],
                   documents=["stor.txt"])
        G.add_edge(f"p{i:03d}", f"p{i // 7:03d}", relation="worksFor", evidence=[])
    target = tmp_path / "stor.html"
    write_html(G, target)
    with open_page(browser, target.as_uri()) as (page, log):
        wait_until_drawn(page)
        assert page.evaluate("window.naravardNetwork.physics.options.enabled") is False
        drawn = page.evaluate("window.naravardNetwork.getPositions(['p100'])['p100']")
        data = page.evaluate(
            "JSON.parse(document.getElementById('naravard-data').textContent)"
            ".nodes.find(n => n.id === 'p100')")
        assert (drawn["x"], drawn["y"]) == (data["x"], data["y"])
    assert log.console_errors == [] and log.page_errors == []
