"""Focused views: the part of the network a question is about, as a graph of its own.

A national build is too large to read whole; users ask about one actor, one region, one kind of
actor or one document. :func:`select` answers with a copy of the network that every view and
export can take like the whole one, so focusing is decided here once and the page, the CLI and
scripts agree on what "the neighbourhood of Region Västmanland" means.
"""
from __future__ import annotations

import copy

import networkx as nx

from .analytics import regions as region_members

# Names users may give for a kind, folded to lower case: English (as in the ontology) and Swedish.
KIND_NAMES = {
    "person": ("Person", None), "personer": ("Person", None),
    "organisation": ("Organisation", None), "organisationer": ("Organisation", None),
    "project": ("Project", None), "projekt": ("Project", None),
    "collaborationforum": ("CollaborationForum", None), "forum": ("CollaborationForum", None),
    "samverkansforum": ("CollaborationForum", None),
    "region": ("Organisation", "Region"), "regioner": ("Organisation", "Region"),
    "municipality": ("Organisation", "Municipality"), "kommun": ("Organisation", "Municipality"),
    "kommuner": ("Organisation", "Municipality"),
    "nationalbody": ("Organisation", "NationalBody"),
    "myndighet": ("Organisation", "NationalBody"),
    "researchorganisation": ("Organisation", "ResearchOrganisation"),
    "forskningsorganisation": ("Organisation", "ResearchOrganisation"),
    "organisationalunit": ("Organisation", "OrganisationalUnit"),
    "enhet": ("Organisation", "OrganisationalUnit"),
}
DEPTH_WORDS = {0: "bara den", 1: "ett steg ut", 2: "två steg ut", 3: "tre steg ut"}


def select(G: nx.MultiDiGraph, focus: str | None = None, depth: int = 1,
           region: str | None = None, kind: str | None = None,
           document: str | None = None) -> nx.MultiDiGraph:
    """The part of ``G`` that meets every criterion given, as a new graph (``G`` is untouched).

    Each criterion picks nodes from the whole of ``G``; a node stays when all of them pick it,
    and an edge stays when both its ends do.

    - ``focus``: the entity whose label or any alias equals it (case does not matter) and
      everything within ``depth`` relations of it, followed in either direction. A label wins
      over aliases; an alias shared by several entities is an error that names them.
    - ``region``: the region's neighbourhood (see :func:`naravard.output.analytics.regions`):
      the region, its municipalities by kommunkod and everything one relation from either.
      Named by label, alias, the name without "Region " or its lanskod.
    - ``kind``: nodes of that kind and their direct neighbours, which give them context
      (people alone would have no relations to draw). Person, Organisation, Project,
      CollaborationForum, an Organisation subtype (Region, Municipality, ...), or the Swedish
      names (Projekt, Samverkansforum, Kommun, ...).
    - ``document``: what the document (file name, or name without extension) mentions, and only
      the relations it states.

    The result records ``focus`` (node ids) and a Swedish ``description`` in ``graph``.
    Raises ValueError, naming what was not found, when a name matches nothing.
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    keep = set(G)
    edge_document = None
    notes, focus_ids = [], []
    if focus is not None:
        focus_ids = find(G, focus)
        around = set()
        undirected = G.to_undirected(as_view=True)
        for node in focus_ids:
            around.update(nx.single_source_shortest_path_length(undirected, node, cutoff=depth))
        keep &= around
        labels = ", ".join(G.nodes[n].get("label", str(n)) for n in focus_ids)
        notes.append(f"fokus: {labels} ({DEPTH_WORDS.get(depth, f'{depth} steg ut')})")
    if region is not None:
        found = _find_region(G, region)
        keep &= {node for node, found_in in region_members(G).items() if found in found_in}
        notes.append(f"region: {G.nodes[found].get('label', found)}")
    if kind is not None:
        core, subtype = _kind(kind)
        chosen = {n for n in G if _is_kind(G.nodes[n], core, subtype)}
        context = {m for n in chosen for m in nx.all_neighbors(G, n)}
        keep &= chosen | context
        notes.append(f"typ: {kind}")
    if document is not None:
        edge_document = _find_document(G, document)
        keep &= {n for n in G if edge_document in G.nodes[n].get("documents", [])}
        notes.append(f"dokument: {edge_document}")

    H = nx.MultiDiGraph()
    H.add_nodes_from((n, copy.deepcopy(G.nodes[n])) for n in G if n in keep)
    for source, target, key, attrs in G.edges(keys=True, data=True):
        if source in keep and target in keep and (
            edge_document is None
            or any(doc == edge_document for doc, _ in attrs.get("evidence", []))
        ):
            H.add_edge(source, target, key=key, **copy.deepcopy(attrs))
    H.graph["focus"] = [n for n in focus_ids if n in keep]
    H.graph["description"] = "; ".join(notes)
    return H


def find(G: nx.MultiDiGraph, name: str) -> list:
    """The nodes ``name`` names: those labelled so, else the one with that alias."""
    wanted = _fold(name)
    if not wanted:
        raise ValueError("the name to focus on is empty")
    by_label = [n for n in G if _fold(G.nodes[n].get("label", "")) == wanted]
    if by_label:
        return by_label
    by_alias = [n for n in G if wanted in {_fold(a) for a in G.nodes[n].get("aliases", [])}]
    if len(by_alias) > 1:
        names = ", ".join(sorted(G.nodes[n].get("label", str(n)) for n in by_alias))
        raise ValueError(f"{name!r} is another name for several entities ({names}); "
                         "give the full name")
    if not by_alias:
        raise ValueError(f"no entity is named {name!r}; try 'naravard query' to list names")
    return by_alias


def _find_region(G: nx.MultiDiGraph, name: str):
    wanted = _fold(name)
    found = []
    if not wanted:
        raise ValueError("the region name is empty")
    for node in G:
        attrs = G.nodes[node]
        if attrs.get("subtype") != "Region":
            continue
        label = _fold(attrs.get("label", ""))
        names = {label, label.removeprefix("region "), str(attrs.get("lanskod") or "")}
        names.update(_fold(alias) for alias in attrs.get("aliases", []))
        if wanted in names:
            found.append(node)
    if len(found) != 1:
        known = sorted(G.nodes[n].get("label", str(n)) for n in G
                       if G.nodes[n].get("subtype") == "Region")
        listed = ", ".join(known) if known else "none"
        what = "several regions are" if found else "no region is"
        raise ValueError(f"{what} named {name!r}; regions in the graph: {listed}")
    return found[0]


def _kind(name: str) -> tuple[str, str | None]:
    found = KIND_NAMES.get(_fold(name).replace(" ", ""))
    if found is None:
        known = "Person, Organisation, Project, CollaborationForum, Region, Municipality"
        raise ValueError(f"no kind is called {name!r}; use one of {known} "
                         "(or the Swedish Projekt, Samverkansforum, Kommun)")
    return found


def _is_kind(attrs: dict, core: str, subtype: str | None) -> bool:
    return attrs.get("kind") == core and (subtype is None or attrs.get("subtype") == subtype)


def _find_document(G: nx.MultiDiGraph, name: str) -> str:
    names = sorted({doc for n in G for doc in G.nodes[n].get("documents", [])})
    wanted = _fold(name)
    for doc in names:
        if wanted in (_fold(doc), _fold(doc).rsplit(".", 1)[0]):
            return doc
    listed = ", ".join(names[:10]) + (", ..." if len(names) > 10 else "")
    raise ValueError(f"no document named {name!r} mentions anything in the graph; "
                     f"documents: {listed or 'none'}")


def _fold(text: str) -> str:
    return " ".join(str(text).casefold().split())
