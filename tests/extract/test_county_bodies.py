"""Bodies named by their county as regional news and reports name them: "Regionförbundet i X län" (the county's
name runs to "län"), "X läns sjukvårdsområde" and "X läns äldrecentrum". Every snippet is invented and names no one
from the corpora."""
from snippets import entities, facts


def test_an_association_in_a_county_keeps_the_word_lan():
    found = entities("Avtalet skrevs av Regionförbundet i Gävleborgs län och länets kommuner.")
    assert found.get("Regionförbundet i Gävleborgs län") == "Organisation"
    assert "Regionförbundet i Gävleborgs" not in found


def test_a_countys_care_area_and_centre():
    found = facts("Alma Berg, verksamhetschef i Uppsala läns sjukvårdsområde, talade. Uppsala läns äldrecentrum "
                  "stod för utbildningen.")
    assert ("Alma Berg", "worksFor", "Uppsala läns sjukvårdsområde") in found
    assert entities("Uppsala läns äldrecentrum stod för utbildningen.").get("Uppsala läns äldrecentrum") == \
        "Organisation"
