"""A programme's speaker list and a news report: a region's board named with its owner, an employer after a
capitalised title, a foundation by one compound, a division headed "över", the care of a part of a county. Every
person and foundation is invented; regions, municipalities and their boards are public reference data."""
from snippets import entities, facts

SPEAKERS = ("Föreläsare\n\n"
            "Ingrid Falkman – Ordförande Hälso- och sjukvårdsnämnden Region Skåne\n\n"
            "Tove Rask – Vice ordförande Hälso- och sjukvårdsnämnden Region Kronoberg\n\n"
            "Selma Grahn – Projektsamordnare Ljud i Norr\n\n"
            "Axel Wernby – Utvecklingschef Lindgårdsstiftelsen\n")


def test_two_regions_boards_of_one_name_named_with_their_owners_stay_two():
    found = entities(SPEAKERS)
    assert "Hälso- och sjukvårdsnämnden Region Skåne" in found
    assert "Hälso- och sjukvårdsnämnden Region Kronoberg" in found
    assert "Hälso- och sjukvårdsnämnden" not in found
    rels = facts(SPEAKERS)
    assert ("Hälso- och sjukvårdsnämnden Region Skåne", "partOf", "Region Skåne") in rels
    assert ("Hälso- och sjukvårdsnämnden Region Kronoberg", "partOf", "Region Kronoberg") in rels
    assert ("Hälso- och sjukvårdsnämnden Region Skåne", "partOf", "Region Kronoberg") not in rels
    assert ("Ingrid Falkman", "leads", "Hälso- och sjukvårdsnämnden Region Skåne") in rels


def test_a_board_in_running_text_before_a_region_is_not_named_after_it():
    found = entities("Hälso- och sjukvårdsnämnden Region Skåne har fattat beslut, men nämnden i Region Skåne "
                     "väntar.")
    assert "Hälso- och sjukvårdsnämnden Region Skåne" in found
    found = entities("Beslutet togs av socialnämnden Region Skåne.")
    assert "Socialnämnden Region Skåne" not in found


def test_a_capitalised_title_in_a_speaker_row_then_the_employers_name():
    rels = facts(SPEAKERS)
    assert ("Selma Grahn", "worksFor", "Ljud i Norr") in rels
    assert ("Selma Grahn", "title", "projektsamordnare") in rels


def test_a_foundation_named_by_one_compound_is_an_organisation_and_an_employer():
    assert entities(SPEAKERS).get("Lindgårdsstiftelsen") == "Organisation"
    assert ("Axel Wernby", "worksFor", "Lindgårdsstiftelsen") in facts(SPEAKERS)


def test_a_title_and_a_unit_named_in_brackets():
    text = "På mötet fanns Dagny Holm (Verksamhetschef Vård och Stöd) och Pontus Vik (Socialnämndens ordförande)."
    assert entities(text).get("Vård och Stöd") == "Organisation"
    assert ("Dagny Holm", "worksFor", "Vård och Stöd") in facts(text)


def test_a_chief_over_a_regions_division():
    text = ("– Vi saknar sjuksköterskor, säger Ragnar Lööv, chef över divisionen Nära vård i Region Norrbotten.")
    rels = facts(text)
    assert ("Ragnar Lööv", "leads", "Division Nära vård") in rels
    assert ("Division Nära vård", "partOf", "Region Norrbotten") in rels


def test_the_care_of_a_part_of_a_county_is_a_unit_its_chief_heads():
    text = "Det säger Vilgot Sand, chef för närsjukvården i västra Östergötland, till tidningen."
    rels = facts(text)
    assert ("Vilgot Sand", "leads", "Närsjukvården i västra Östergötland") in rels
    assert ("Vilgot Sand", "title", "chef") in rels
    # the care given in a town is no unit of its own
    text = "Det säger Vilgot Sand, chef för närsjukvården i Motala, till tidningen."
    assert "Närsjukvården i Motala" not in entities(text)


def test_a_care_centre_by_its_town_then_that_towns_municipality_are_both_read():
    found = entities("Projektet Trygg hemgång genomförs i samarbete med Vårdcentralen Höganäs och Höganäs kommun.")
    assert found.get("Vårdcentralen Höganäs") == "Organisation"
    assert found.get("Höganäs kommun") == "Organisation"
    rels = facts("Projektet Trygg hemgång genomförs i samarbete med Vårdcentralen Höganäs och Höganäs kommun.")
    assert ("Vårdcentralen Höganäs", "participatesIn", "Trygg hemgång") in rels
    # two towns before one "kommun" are still two municipalities
    assert entities("Skall Sundsvall och Timrå kommun samarbeta?").get("Sundsvalls kommun") == "Organisation"


def test_an_office_named_by_one_compound_does_not_run_on_into_the_next_name_or_heading():
    found = entities("Huvudprojektledare: Ingrid Kvistberg, utredare, Regionkontoret Marie Paulsén delprojekt A, "
                     "Regionkontoret Slutrapport projekt")
    assert found.get("Regionkontoret") == "Organisation"
    assert "Regionkontoret Marie" not in found and "Regionkontoret Slutrapport" not in found
    assert found.get("Marie Paulsén") == "Person"
    # a centre named by its town keeps the town
    assert entities("Regionen invigde Vårdcentrum Tierp i dag.").get("Vårdcentrum Tierp") == "Organisation"
