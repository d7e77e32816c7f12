"""The network as one self-contained HTML page that opens offline.

Everything shown comes from documents, so it is treated as untrusted: the graph travels as JSON in
an inert ``<script type="application/json">`` element with every character that could end it
escaped, the page builds its DOM with ``textContent`` only, and a Content-Security-Policy lets no
script run but the two inlined here (pinned by hash) and lets nothing leave the machine.

vis-network is read from the installed pyvis package at run time rather than vendored; pyvis's
own templates and ``add_node`` are not used (they pull Bootstrap from a CDN and are quadratic):
the node and edge lists are built here in one pass. Node size is betweenness and a ring marks
region-municipality bridges (analytics.py). Small graphs are laid out by vis-network's physics
in the browser; above FIXED_LAYOUT nodes positions come from layout.py and physics is off, so
thousands of nodes draw in about a second or two (bench/views.py).
"""
from __future__ import annotations

import base64
import functools
import hashlib
import html
import importlib.util
import json
import re
import string
from importlib import resources
from pathlib import Path

import networkx as nx

from ..graph.serialise import write_atomic

from . import analytics, layout

VIS_DIR = "templates/lib/vis-9.1.2"
# Above this many nodes the page gets positions computed here and draws without physics: a
# browser takes seconds to settle a simulation of thousands of nodes.
FIXED_LAYOUT = 300

# How each kind looks: Swedish name, vis-network shape, fill colour, label colour. Shapes with the
# label beside them (not boxes) so that size can show centrality; subtypes of Organisation are
# shades of its blue so they read as one family.
STYLES = {
    "Person": ("Person", "dot", "#e76f51", "#1f2933"),
    "Organisation": ("Organisation", "square", "#2a6f97", "#1f2933"),
    "Region": ("Region", "square", "#1b4965", "#1f2933"),
    "Municipality": ("Kommun", "square", "#61a5c2", "#1f2933"),
    "NationalBody": ("Nationell myndighet", "square", "#0b2a3f", "#1f2933"),
    "ResearchOrganisation": ("Forskningsorganisation", "square", "#468faf", "#1f2933"),
    "OrganisationalUnit": ("Organisatorisk enhet", "square", "#a9d6e5", "#1f2933"),
    "Project": ("Projekt", "diamond", "#2a9d8f", "#1f2933"),
    "CollaborationForum": ("Samverkansforum", "hexagon", "#8e6cbf", "#1f2933"),
}
CORE_KINDS = ("Person", "Organisation", "Project", "CollaborationForum")
BRIDGE_COLOUR = "#e9b949"
RELATION_NAMES = {
    "worksFor": "arbetar för",
    "leads": "leder",
    "chairs": "är ordförande för",
    "coordinates": "samordnar",
    "participatesIn": "deltar i",
    "partOf": "del av",
}
# Characters that could close the data element or break it as JavaScript source.
_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)
_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)


def write_html(G: nx.MultiDiGraph, path: Path, title: str = "naravard") -> None:
    """Written beside the target and renamed into place, so a crash never leaves half a page."""
    write_atomic(Path(path), render_html(G, title).encode("utf-8"))


def render_html(G: nx.MultiDiGraph, title: str = "naravard") -> str:
    """The same graph and title always give the same string."""
    vis_js, vis_css = _vis_assets()
    page_js = _template("network.js")
    _check_inline(page_js, "</script")
    scripts = " ".join(f"'sha256-{_digest(source)}'" for source in (vis_js, page_js))
    csp = (
        "default-src 'none'; "
        f"script-src {scripts}; "
        "style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    return string.Template(_template("network.html")).substitute(
        csp=csp,
        title=html.escape(title),
        vis_css=vis_css,
        vis_js=vis_js,
        page_js=page_js,
        data=embed_json(view_data(G, title)),
    )


def view_data(G: nx.MultiDiGraph, title: str) -> dict:
    """What the page needs, in plain JSON types; styling is decided here, drawing in the page.

    Looks are one table (``styles``) that nodes point into by ``type``, so a 5,000-node page
    does not repeat them 5,000 times. ``value`` is betweenness (node size), ``bridge`` marks
    region-municipality bridges, ``regions`` indexes ``data["regions"]``.
    """
    order = sorted(G.nodes, key=str)
    centrality = analytics.betweenness(G)
    bridge = analytics.bridges(G)
    members = analytics.regions(G)
    fixed = len(order) > FIXED_LAYOUT
    where = layout.positions(G) if fixed else {}
    region_ids = sorted((n for n in order if G.nodes[n].get("subtype") == "Region"),
                        key=lambda n: (_label(G, n), str(n)))
    region_index = {node: i for i, node in enumerate(region_ids)}
    counts = {key: 0 for key in CORE_KINDS}
    nodes = []
    for node_id in order:
        attrs = G.nodes[node_id]
        kind = attrs.get("kind") if attrs.get("kind") in CORE_KINDS else "Organisation"
        subtype = attrs.get("subtype")
        style_key = subtype if subtype in STYLES and subtype not in CORE_KINDS else kind
        counts[kind] += 1
        if style_key != kind:
            counts[style_key] = counts.get(style_key, 0) + 1
        node = {
            "id": str(node_id),
            "label": _label(G, node_id),
            "kind": kind,
            "type": style_key,
            "aliases": [str(a) for a in attrs.get("aliases", [])],
            "titles": [str(t) for t in attrs.get("titles", [])],
            "documents": [str(d) for d in attrs.get("documents", [])],
            "value": centrality[node_id],
            "bridge": bridge[node_id],
            "regions": [region_index[r] for r in members[node_id]],
        }
        if fixed:
            node["x"], node["y"] = where[node_id]
        nodes.append(node)
    edges = []
    for source, target, key, attrs in sorted(G.edges(keys=True, data=True), key=_edge_order):
        relation = str(attrs.get("relation") or key)
        edges.append({
            "id": f"e{len(edges)}",
            "from": str(source),
            "to": str(target),
            "relation": relation,
            "label": RELATION_NAMES.get(relation, relation),
            "evidence": [[str(doc), str(quote)] for doc, quote in attrs.get("evidence", [])],
        })
    # Every core kind, with its subtypes indented under it when the graph has any.
    legend = [
        {"key": key, "name": STYLES[key][0], "shape": STYLES[key][1], "color": STYLES[key][2],
         "count": counts.get(key, 0), "sub": key not in CORE_KINDS}
        for key in STYLES
        if key in CORE_KINDS or counts.get(key)
    ]
    relations = sorted({edge["relation"] for edge in edges})
    documents = {doc for node in nodes for doc in node["documents"]}
    documents.update(doc for edge in edges for doc, _ in edge["evidence"])
    return {
        "title": title,
        "description": str(G.graph.get("description") or ""),
        "focus": [str(n) for n in G.graph.get("focus", []) if n in G],
        "layout": "fixed" if fixed else "physics",
        "styles": {key: {"name": name, "shape": shape, "color": colour, "fontColor": font,
                         "kindName": STYLES[_core(key)][0]}
                   for key, (name, shape, colour, font) in STYLES.items()},
        "bridgeColor": BRIDGE_COLOUR,
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "regions": [{"id": str(n), "label": _label(G, n)} for n in region_ids],
        "documents": sorted(d for d in documents if d),
        "relations": [{"key": r, "name": RELATION_NAMES.get(r, r)} for r in relations],
    }


def _core(key: str) -> str:
    return key if key in CORE_KINDS else "Organisation"


def _label(G: nx.MultiDiGraph, node) -> str:
    return str(G.nodes[node].get("label") or node)


def embed_json(data: dict) -> str:
    """JSON that cannot end its ``<script>`` element nor be read as markup by the parser."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.translate(_JSON_ESCAPES)


def _edge_order(edge: tuple) -> tuple[str, str, str]:
    source, target, key, _ = edge
    return (str(source), str(target), str(key))


def _digest(source: str) -> str:
    return base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network as pyvis installed it, minus the source-map hint that would make tools fetch."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed; install it with `pip install pyvis`")
    folder = Path(next(iter(spec.submodule_search_locations))) / VIS_DIR
    js = _SOURCE_MAP.sub("", (folder / "vis-network.min.js").read_text(encoding="utf-8"))
    css = _SOURCE_MAP.sub("", (folder / "vis-network.css").read_text(encoding="utf-8"))
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    _check_inline(js, "</script")
    _check_inline(css, "</style")
    return js, css


def _check_inline(source: str, closing: str) -> None:
    """Inlined code must not be able to close its own element (or open an HTML comment)."""
    lowered = source.lower()
    if closing in lowered or "<!--" in lowered:
        raise RuntimeError(f"cannot inline code that contains {closing!r} or '<!--'")
