import pytest

from actors import PODD, PROTOKOLL, dataset, iri, label, merged
from naravard.output.network import to_networkx
from naravard.output.views import select


def network():
    return to_networkx(merged(dataset()))


def labels(G) -> set[str]:
    return {G.nodes[n]["label"] for n in G}


@pytest.mark.parametrize("name", ["Region Dalarna", "region dalarna", "  REGION   Dalarna "])
def test_focus_by_label_in_any_case(name):
    G = select(network(), focus=name)
    assert labels(G) == {"Region Dalarna", "Anna Berg"}
    assert G.graph["focus"] == [str(iri("dalarna"))]


def test_focus_by_alias():
    assert select(network(), focus="A. Berg", depth=0).graph["focus"] == [str(iri("anna"))]


@pytest.mark.parametrize("depth, expected", [
    (0, {"Anna Berg"}),
    (1, {"Anna Berg", "Region Dalarna", "Samverkansgrupp för Nära vård", "Program Nära vård"}),
    (2, {"Anna Berg", "Region Dalarna", "Samverkansgrupp för Nära vård", "Program Nära vård",
         "Falu kommun", "Trygg hemgång", "Sara Fredin", "Västerås stad"}),
])
def test_focus_depth_follows_relations_both_ways(depth, expected):
    assert labels(select(network(), focus="Anna Berg", depth=depth)) == expected


def test_edges_kept_only_between_kept_nodes():
    G = select(network(), focus="Anna Berg", depth=1)
    assert {(G.nodes[s]["label"], r, G.nodes[o]["label"]) for s, o, r in G.edges(keys=True)} == {
        ("Anna Berg", "worksFor", "Region Dalarna"),
        ("Anna Berg", "leads", "Samverkansgrupp för Nära vård"),
        ("Anna Berg", "participatesIn", "Program Nära vård"),
    }


def test_label_wins_over_alias_and_shared_alias_is_an_error():
    with pytest.raises(ValueError, match=r"several entities \(Region Dalarna, Region Västmanland\)"):
        select(network(), focus="regionen")


def test_unknown_focus_names_it():
    with pytest.raises(ValueError, match="no entity is named 'Region Halland'"):
        select(network(), focus="Region Halland")


def test_negative_depth_is_an_error():
    with pytest.raises(ValueError, match="depth"):
        select(network(), focus="Anna Berg", depth=-1)


@pytest.mark.parametrize("name", ["Region Dalarna", "dalarna", "20"])
def test_region_neighbourhood_includes_municipalities_by_code(name):
    G = select(network(), region=name)
    # Falu kommun has no relation to the region; its kommunkod 2080 puts it in län 20.
    assert labels(G) == {"Region Dalarna", "Falu kommun", "Anna Berg", "Erik Lund",
                         "Samverkansgrupp för Nära vård"}


def test_unknown_region_lists_the_regions():
    with pytest.raises(ValueError, match="no region is named 'Skåne'; regions in the graph: "
                                         "Region Dalarna, Region Västmanland"):
        select(network(), region="Skåne")


@pytest.mark.parametrize("kind", ["Project", "projekt", "PROJEKT"])
def test_kind_keeps_its_nodes_and_their_neighbours(kind):
    G = select(network(), kind=kind)
    assert labels(G) == {"Trygg hemgång", "Program Nära vård", "Erik Lund",
                         "Samverkansgrupp för Nära vård", "Sara Fredin", "Västerås stad",
                         "Anna Berg"}


@pytest.mark.parametrize("kind", ["Municipality", "kommun"])
def test_kind_may_be_a_subtype(kind):
    assert labels(select(network(), kind=kind)) == {
        "Falu kommun", "Västerås stad", "Erik Lund", "Samverkansgrupp för Nära vård",
        "Program Nära vård"}


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="no kind is called 'Möte'"):
        select(network(), kind="Möte")


@pytest.mark.parametrize("name", [PODD, PODD.upper(), "podd_vastmanland"])
def test_document_keeps_what_it_mentions_and_states(name):
    G = select(network(), document=name)
    assert labels(G) == {"Anna Berg", "Sara Fredin", "Region Västmanland", "Västerås stad",
                         "Program Nära vård"}
    # Anna's work for Region Dalarna is stated in the other document only.
    assert sorted(r for _, _, r in G.edges(keys=True)) == [
        "leads", "participatesIn", "participatesIn", "worksFor"]


def test_unknown_document_lists_documents():
    with pytest.raises(ValueError, match=f"no document named 'minnes.txt'.*{PODD}"):
        select(network(), document="minnes.txt")


def test_criteria_combine():
    G = select(network(), focus="Anna Berg", depth=2, region="Västmanland")
    # Anna is two relations from Västerås stad: outside the region's neighbourhood.
    assert labels(G) == {"Program Nära vård", "Sara Fredin", "Västerås stad"}
    assert G.graph["focus"] == []
    assert G.graph["description"] == (
        "fokus: Anna Berg (två steg ut); region: Region Västmanland")
    G = select(network(), document=PROTOKOLL, kind="Person")
    assert "Sara Fredin" not in labels(G) and "Anna Berg" in labels(G)


def test_no_criteria_is_a_copy_of_everything():
    G = network()
    H = select(G)
    assert list(H.nodes(data=True)) == list(G.nodes(data=True))
    assert list(H.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))


def test_result_is_a_copy():
    G = network()
    H = select(G, focus="Anna Berg")
    H.nodes[str(iri("anna"))]["aliases"].append("Annie")
    H.remove_node(str(iri("dalarna")))
    assert G.nodes[str(iri("anna"))]["aliases"] == ["A. Berg", "Anna"]
    assert str(iri("dalarna")) in G and label("dalarna") == "Region Dalarna"
