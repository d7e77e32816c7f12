"""Bare town and county names that the sentence itself calls municipalities or regions ("X och Y är två regioner",
"två kommuner, X och Y", "X tillhör de bästa kommunerna", "grannkommunerna X respektive Y"), and the place of a
region's or municipality's assembly after its chair. The places are public reference data; the people are invented."""
from snippets import facts, named


def organisations(text: str) -> set[str]:
    return named(text, "Organisation")


def test_names_the_sentence_calls_regions_are_regions():
    found = organisations("Jämtland Härjedalen och Kronoberg är två regioner som prövar en ny modell för listning.")
    assert {"Region Jämtland Härjedalen", "Region Kronoberg"} <= found


def test_a_number_of_municipalities_then_their_names():
    found = organisations("Det har två kommuner, Härnösand och Kramfors, redan valt att göra.")
    assert {"Härnösands kommun", "Kramfors kommun"} <= found


def test_a_town_that_belongs_among_the_best_municipalities_is_its_municipality():
    found = organisations("Alvesta tillhör de bästa kommunerna i landet på att få hem sina patienter.")
    assert "Alvesta kommun" in found


def test_neighbouring_municipalities_joined_by_respektive():
    found = organisations("Grannkommunerna Hagfors respektive Munkfors ligger på 79 respektive 81 procent.")
    assert {"Hagfors kommun", "Munkfors kommun"} <= found


def test_a_town_and_the_other_municipalities_of_the_county():
    found = organisations("Avtalet innebär att regionen överlåter ansvaret till Falkenberg och de övriga halländska "
                          "kommunerna.")
    assert "Falkenbergs kommun" in found


def test_a_municipality_named_for_example_in_brackets():
    found = organisations("Det finns motstridiga uppfattningar hos ett fåtal kommuner (bl.a. Sigtuna) om skatteväxlingen.")
    assert "Sigtuna kommun" in found


def test_a_town_ringing_in_a_clause_after_a_comma_is_its_municipality():
    found = organisations("Flera kommuner har hört av sig, Borlänge ringde i höstas till exempel.")
    assert "Borlänge kommun" in found


def test_the_chair_of_a_regional_board_in_a_county_works_for_its_region():
    found = facts("– Vi måste analysera det, säger Greta Holmlund, regionstyrelsens ordförande i Kronoberg.")
    assert ("Greta Holmlund", "worksFor", "Region Kronoberg") in found


def test_the_chair_of_a_municipal_assembly_works_for_its_municipality():
    found = facts("– Det är bra, säger Per Vallin, kommunfullmäktiges ordförande i Sunne.")
    assert ("Per Vallin", "worksFor", "Sunne kommun") in found
    assert ("Per Vallin", "title", "kommunfullmäktiges ordförande") in found


def test_names_that_are_no_places_stay_out():
    found = organisations("Anna och Lisa är två undersköterskor som tillhör de bästa i kommunerna.")
    assert not {"Anna", "Lisa"} & found
    assert organisations("Hagfors och Kalmarmodellen är två regioner av idéer.") == set()



def test_care_centres_named_by_their_places_with_the_noun_once_in_the_plural():
    found = organisations("Idag har både Bergsjös och Hammarkullens vårdcentraler jour på kvällar och helger.")
    assert {"Bergsjös vårdcentral", "Hammarkullens vårdcentral"} <= found
    found = organisations("Under hösten görs ett försök vid Tuna och Kvarnby hälsocentraler.")
    assert {"Tuna hälsocentral", "Kvarnby hälsocentral"} <= found
