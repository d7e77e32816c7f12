"""Regional news about projects: a name that holds the reform's ("Digital God och Nära vård i X"), a name the
sentence ran on from once, and towns named as where units stand. Projects and people are invented; the towns and
municipalities are public reference data."""
from snippets import facts, named


def test_a_project_named_with_the_reform_and_a_two_part_place():
    text = ("– Det är ett viktigt verktyg, säger Nils Ek som varit projektledare för pilotprojektet Trygg God och "
            "Nära vård i Indal-Liden.")
    assert named(text, "Project") == {"Trygg God och Nära vård i Indal-Liden"}
    assert ("Nils Ek", "leads", "Trygg God och Nära vård i Indal-Liden") in facts(text)


def test_lower_case_words_after_a_name_written_twice_more_without_them_are_the_sentences():
    text = ("Nu får utvecklingsarbetet Friska steg nationell uppmärksamhet tack vare sina resultat.\n\n"
            "Friska steg drivs av Region Värmland tillsammans med kommunerna.\n\n"
            "Nu planeras liknande insatser med Friska steg i Värmland som förebild.")
    assert named(text, "Project") == {"Friska steg"}
    assert ("Region Värmland", "participatesIn", "Friska steg") in facts(text)


def test_a_name_written_once_keeps_its_lower_case_words():
    assert named("Utvecklingsarbetet Trygg hemgång pågår i Mora.", "Project") == {"Trygg hemgång"}


def test_towns_where_units_stand_are_places_not_municipalities():
    text = ("Det finns jourcentraler även i Eksjö och Värnamo. Det berör medicinklinikerna i Köping och Västerås. "
            "Det planeras också att skapas vårdcentrum i Östhammar och Uppsala.")
    assert named(text, "Organisation") == set()


def test_a_pilot_in_two_towns_is_run_by_their_municipalities():
    assert named("Piloten pågår i Alvesta och Tingsryd under våren.", "Organisation") == {"Alvesta kommun",
                                                                                           "Tingsryds kommun"}


def test_a_coordinator_within_a_project_whose_name_is_quoted():
    found = facts("Sedan årsskiftet är Vera Holm samordnare inom projektet ”Trygg demensvård i Mora”.")
    assert ("Vera Holm", "leads", "Trygg demensvård i Mora") in found
