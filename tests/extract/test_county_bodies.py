"""Bodies named by their county as regional news and reports name them: "Regionförbundet i X län" (the county's
name runs to "län"), "X läns sjukvårdsområde" and "X läns äldrecentrum". Every snippet is invented and names no one
from the corpora."""
from snippets import entities, extract, facts, text_of


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


def test_a_countys_association_of_municipalities_by_its_own_name():
    ex = extract(text_of("Avtalet togs fram av VästKom och Storsthlm. Per Ek från Fyrbodal blev ordförande."))
    assert ex.entities[("Organisation", "VästKom")].subtype == "MunicipalAssociation"  # not a national body
    assert ("Organisation", "Storsthlm") in ex.entities
    assert ("Organisation", "Fyrbodals kommunalförbund") in ex.entities  # its short name, the canonical one kept


def test_a_renamed_association_keeps_its_old_name():
    found = entities("Kommunförbundet Skåne och Region Skåne tecknade avtalet 2016.")
    assert found.get("Kommunförbundet Skåne") == "Organisation"
    assert "Skånes Kommuner" not in found


def test_a_countys_municipalities_in_lower_case_are_no_association():
    assert "Skånes Kommuner" not in entities("Ramavtal mellan Region Skåne och Skånes kommuner om äldres vård.")


def test_the_area_an_association_is_named_after_is_no_association():
    assert "Fyrbodals kommunalförbund" not in entities("Arbetssättet finns nu i alla kommuner i Fyrbodal.")
    assert entities("Eva Berg från Fyrbodal leder gruppen.").get("Fyrbodals kommunalförbund") == "Organisation"


def test_a_former_county_council_in_the_genitive_employs_the_title_after_it():
    found = facts("Kalmar läns landstings primärvårdsdirektör Ove Strand säger att det görs för vårdens kvalitet. "
                  "Västerbottens läns landstings hälso- och sjukvårdsdirektör Mia Berg håller med.")
    assert ("Ove Strand", "worksFor", "Landstinget i Kalmar län") in found
    assert ("Mia Berg", "worksFor", "Västerbottens läns landsting") in found
