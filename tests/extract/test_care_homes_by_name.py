"""Care homes named as houses ("på Lindagården i Vara", "nedläggningen av Tallgården"), and a politician whose
given name is also a place's ("Kommunalråd Mark Ekström (M)"). Every snippet is invented and names no one from the
corpora."""
from snippets import entities, facts


def test_a_house_named_inside_a_sentence_is_a_care_home():
    found = entities("Majoriteten yrkade på en nedläggning av Tallgården och Rönngården i Bygdeå, medan "
                     "oppositionen ville behålla alla äldreboenden. Hon arbetar på Vendelagården i Vara.")
    assert found.get("Tallgården") == "Organisation"
    assert found.get("Rönngården") == "Organisation"
    assert found.get("Vendelagården") == "Organisation"


def test_common_yards_and_companies_are_no_care_homes():
    found = entities("Barnen leker på skolgården. Vi gick förbi Kyrkogården. Bostadsbolaget Ängsgården AB bygger nytt.")
    assert "Kyrkogården" not in found
    assert "Ängsgården" not in found


def test_a_place_name_as_given_name_before_a_family_name_and_party():
    snippet = "Kommunalråd Mark Ekström (M) medger att kostnaden är en faktor."
    assert entities(snippet).get("Mark Ekström") == "Person"
    assert ("Mark Ekström", "title", "kommunalråd") in facts(snippet)


def test_the_place_itself_is_still_a_place():
    found = entities("Marks kommun och Mark Kommun (S) styrs av Socialdemokraterna.")
    assert "Mark Kommun" not in found
