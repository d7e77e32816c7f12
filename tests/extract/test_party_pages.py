"""Party pages and debate articles: a party's district by its place ("Moderaterna i Region X", "Centerpartiet
Blekinge"), the regional health-care parties, and a party's two capitals where the text names the party by them.
Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_a_partys_district_by_its_region_county_or_province():
    text = ("Moderaterna i Region Jönköpings län leds av regionråd Henrietta Blom. Förslaget kom från "
            "Socialdemokraterna i Gävleborgs län och Kristdemokraterna i Dalarna. – Vi står fast, Vänsterpartiet "
            "Halland")
    found = entities(text)
    for branch in ("Moderaterna i Region Jönköpings län", "Socialdemokraterna i Gävleborgs län",
                   "Kristdemokraterna i Dalarna", "Vänsterpartiet Halland"):
        assert found.get(branch) == "Organisation", branch
    assert ("Henrietta Blom", "leads", "Moderaterna i Region Jönköpings län") in facts(text)


def test_a_seat_held_for_a_party_in_a_place_names_the_party_not_a_district():
    text = ("Oskar Fält, riksdagsledamot för Centerpartiet i Dalarna, talade. Vera Ström är ledamot i "
            "kommunfullmäktige för Liberalerna i Borlänge. Nils Ros, förbundsordförande för Miljöpartiet i "
            "Värmlands län, höll med.")
    found = entities(text)
    assert "Centerpartiet i Dalarna" not in found and "Liberalerna i Borlänge" not in found
    assert found.get("Miljöpartiet i Värmlands län") == "Organisation"
    assert ("Nils Ros", "leads", "Miljöpartiet i Värmlands län") in facts(text)


def test_a_regional_health_care_party_and_its_bare_name():
    text = ("Ann Holm, oppositionsråd, Sjukvårdspartiet i Jämtland, är nöjd. I Jämtland fick Sjukvårdspartiet "
            "sitt bästa resultat, medan Dalarnas sjukvårdsparti backade.")
    found = entities(text)
    assert found.get("Sjukvårdspartiet i Jämtland") == "Organisation"
    assert found.get("Dalarnas sjukvårdsparti") == "Organisation"
    assert "Sjukvårdspartiet" not in found  # the bare name is the party the text names in full


def test_a_partys_two_capitals_outside_a_politicians_tag():
    found = entities("Partiet vill samarbeta med alla, inklusive SD. Lisa Berg (KD) och Per Dal, MP, ordförande, "
                     "var kritiska.")
    assert found.get("Sverigedemokraterna") == "Organisation"
    assert "Kristdemokraterna" not in found and "Miljöpartiet" not in found


def test_two_definite_titles_before_a_name_one_of_them_neuter():
    found = facts("Gruppledaren och oppositionsrådet Elsa Nordqvist presenterade programmet. Det säger "
                  "distriktssköterskan och regionrådet Gustav Holm.")
    assert ("Elsa Nordqvist", "title", "gruppledare") in found
    assert ("Elsa Nordqvist", "title", "oppositionsråd") in found
    assert ("Gustav Holm", "title", "distriktssköterska") in found


def test_a_plural_determiner_before_a_title_with_one_form_for_both_numbers():
    found = facts("Partiet styr tillsammans med Vänsterpartiet. I spetsen har vi våra regionråd Stina Alm och "
                  "Petter Wiklund.")
    assert ("Stina Alm", "title", "regionråd") in found
    assert ("Petter Wiklund", "title", "regionråd") in found


def test_a_politicians_name_in_the_genitive_before_the_partys_letters():
    found = entities("Närheten var en grund i dåvarande socialminister Gunnar Sjövalls (S) satsning på primärvården. "
                     "Kerstin Marits (M) deltar inte i beslutet. Eva Ols (M) ersättare i Vårdstyrelsen.")
    assert found.get("Gunnar Sjövall") == "Person"
    assert "Gunnar Sjövalls" not in found
    assert found.get("Kerstin Marits") == "Person"  # a verb or a post after the letters: the name whole
    assert found.get("Eva Ols") == "Person"
