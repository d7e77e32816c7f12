"""The regions' own care providers by name ("Närhälsan", "Skånevård Sund", "Sunderby sjukhus"), the units they run
("Närhälsan Ekby vårdcentral"), and a national body's section or department in lower case inside its head's title
("chef för hälso- och sjukvårdssektionen på SKR", "chef för avdelningen för vård och omsorg"). Every snippet is
invented and names no one from the corpora."""
from snippets import entities, extract, facts, text_of


def test_a_regions_own_provider_and_the_units_it_runs():
    ex = extract(text_of("Flest listade har Närhälsan Ekby vårdcentral och Närhälsan Solgården. Alla drivs av "
                         "Närhälsan."))
    assert ex.entities[("Organisation", "Närhälsan")].subtype == "OrganisationalUnit"
    assert ("Organisation", "Närhälsan Ekby vårdcentral") in ex.entities
    assert ("Organisation", "Närhälsan Solgården") in ex.entities


def test_a_provider_named_after_its_owners_genitive_is_part_of_it():
    found = facts("Alma Berg är chef för primärvården inom Region Skånes förvaltning Skånevård Sund.")
    assert ("Alma Berg", "worksFor", "Skånevård Sund") in found
    assert ("Skånevård Sund", "partOf", "Region Skåne") in found


def test_a_unit_at_a_provider_is_no_owner_of_it():
    found = facts("Forskare vid Ekby forskningscentrum vid Stockholms läns sjukvårdsområde fick pengar.")
    assert ("Stockholms läns sjukvårdsområde", "partOf", "Ekby forskningscentrum") not in found


def test_a_section_of_a_national_body_in_its_heads_title():
    found = facts("Alma Berg, chef för hälso-och sjukvårdssektionen på Sveriges Kommuner och Regioner, säger att "
                  "det gick bra.")
    assert ("Alma Berg", "leads", "Hälso- och sjukvårdssektionen") in found  # the space after the dash put back
    assert ("Hälso- och sjukvårdssektionen", "partOf", "Sveriges Kommuner och Regioner") in found


def test_a_department_named_after_for_is_the_unit_and_she_is_chef():
    found = facts("Alma Berg, chef för avdelningen för vård och omsorg på SKR, säger att det gick bra.")
    assert ("Alma Berg", "leads", "Avdelningen för vård och omsorg") in found
    assert ("Alma Berg", "title", "chef") in found
    assert ("Alma Berg", "title", "chef för avdelningen") not in found


def test_a_section_before_no_known_body_is_no_unit():
    assert "Utvecklingssektionen" not in entities("Alma Berg, chef för utvecklingssektionen på Ekbyverket, berättar.")


def test_a_chief_of_a_providers_care_centres_heads_the_provider():
    found = facts("Alma Berg, chef för vårdcentralerna Bra Liv, säger att det finns tider. Alla ska ha ett bra liv.")
    assert {("Alma Berg", "leads", "Bra Liv"), ("Alma Berg", "worksFor", "Bra Liv"), ("Alma Berg", "title", "chef")} \
        <= found
    assert ("Alma Berg", "title", "chef för vårdcentralerna") not in found


def test_a_university_hospital_by_its_name():
    found = facts("Alma Berg är verksamhetschef vid Sahlgrenska universitetssjukhuset.")
    assert entities("Han arbetar på Akademiska sjukhuset.").get("Akademiska sjukhuset") == "Organisation"
    assert ("Alma Berg", "worksFor", "Sahlgrenska universitetssjukhuset") in found


def test_a_short_form_that_names_something_else_is_no_hospital():
    found = entities("Lokalerna ägs av Akademiska Hus och forskarna kommer från Sahlgrenska akademin.")
    assert "Akademiska sjukhuset" not in found
    assert "Sahlgrenska universitetssjukhuset" not in found


def test_a_regional_cancer_centre_is_named_with_its_quarter_and_employs_its_staff():
    text = "Tora Ek och Leif Borg är nya processledare för palliativ vård vid Regionalt cancercentrum norr.\n"
    assert entities(text).get("Regionalt cancercentrum norr") == "Organisation"
    assert ("Leif Borg", "worksFor", "Regionalt cancercentrum norr") in facts(text)
    assert entities("Hon arbetar på RCC Syd i Lund.\n").get("Regionalt cancercentrum syd") == "Organisation"
