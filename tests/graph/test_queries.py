import pytest

from naravard.graph.queries import bindings, saved
from naravard.graph.store import plain
from naravard.pipeline import open_store


def rows(out, query, **params):
    result = open_store(out).query(saved()[query].text, bindings(saved()[query], params))
    return [tuple(plain(x) for x in row) for row in result.rows]


def test_every_saved_query_has_a_summary():
    assert set(saved()) == {"people", "organisation", "initiatives", "members", "bridges", "entity", "documents"}
    for q in saved().values():
        assert q.summary and q.text.lstrip("# ").strip()


def test_people_with_titles_and_employers(fixture_build):
    found = rows(fixture_build, "people")
    assert ("Jonas Ekberg", "verksamhetschef", "Region Dalarna") in found
    assert ("Sofia Berg", "programsamordnare", "Region Dalarna") in found
    assert ("Anna Lund", "kommunikatör", "Falu kommun") in found


def test_everyone_in_an_organisation(fixture_build):
    names = {r[1] for r in rows(fixture_build, "organisation", org="Region Dalarna")}
    assert names == {"Jonas Ekberg", "Sofia Berg"}


def test_initiatives_per_region(fixture_build):
    found = rows(fixture_build, "initiatives")
    assert ("Region Dalarna", "CollaborationForum", "Regional ledningsgrupp") in found
    assert ("Region Dalarna", "Project", "Trygg hemgång") in found


def test_members_of_a_forum(fixture_build):
    found = rows(fixture_build, "members", forum="Regional ledningsgrupp")
    assert ("Regional ledningsgrupp", "Jonas Ekberg", "Person", "leads") in found
    assert ("Regional ledningsgrupp", "Region Dalarna", "Organisation", "participates") in found


def test_bridges_link_a_region_and_a_municipality(fixture_build):
    found = rows(fixture_build, "bridges")
    # the FoU unit takes part in Trygg hemgång with both the region and the municipalities
    fou = {(side, org) for name, kind, side, org in found if name == "FoU i Dalarna" and kind == "Organisation"}
    assert fou == {("region", "Region Dalarna"), ("municipality", "Falu kommun"), ("municipality", "Borlänge kommun")}
    # Sofia leads Trygg hemgång ("programmet Trygg hemgång"), which both take part in
    assert ("Sofia Berg", "Person", "region", "Region Dalarna") in found
    assert ("Sofia Berg", "Person", "municipality", "Falu kommun") in found
    # the region and the municipalities themselves are what is bridged, not bridges; and one row per link
    assert {r[0] for r in found} == {"FoU i Dalarna", "Sofia Berg"}
    assert len(found) == len(set(found)) == 6


def test_everything_about_an_entity_with_quotes(fixture_build):
    found = rows(fixture_build, "entity", name="Jonas Ekberg")
    relations = {(r[1], r[2], r[3]) for r in found}
    assert ("out", "worksFor", "Region Dalarna") in relations
    assert ("out", "leads", "Regional ledningsgrupp") in relations
    quote = next(r[4] for r in found if r[2] == "worksFor")
    assert "Region Dalarna" in quote and all(r[5] == "podd.txt" for r in found)


def test_documents_that_mention_an_entity(fixture_build):
    files = {r[1] for r in rows(fixture_build, "documents", name="Region Dalarna")}
    assert files == {"podd.txt", "artikel.txt"}
    assert {r[1] for r in rows(fixture_build, "documents", name="Jonas Ekberg")} == {"podd.txt"}


def test_parameters_are_checked(fixture_build):
    with pytest.raises(ValueError, match="needs --param org"):
        bindings(saved()["organisation"], {})
    with pytest.raises(ValueError, match="has no parameter 'x'"):
        bindings(saved()["people"], {"x": "1"})


def test_a_hostile_parameter_is_a_value_not_sparql(fixture_build):
    assert rows(fixture_build, "documents", name='x" } ?e ?p ?o . { "') == []
