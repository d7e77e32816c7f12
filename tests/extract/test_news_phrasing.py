"""Press releases, news items and conference pages: how they name people, roles, employers, projects,
forums and who takes part. Every snippet is invented and names no one from the corpora."""
import pytest

from snippets import entities, facts


@pytest.mark.parametrize("snippet, name", [
    # a given name not on the public list, made a person by the sentence itself
    ("– Vi börjar i höst, säger Ylvali Strandqvist.", "Ylvali Strandqvist"),
    ("Ylvali Strandqvist, projektledare i Region Gävleborg, berättar om arbetet.", "Ylvali Strandqvist"),
    ("Enligt Ylvali Strandqvist, hälso- och sjukvårdsdirektör, går det bra.", "Ylvali Strandqvist"),
    # a middle initial; a month that is also a given name
    ("I panelen: Rune T Bergholm, vård- och omsorgsdirektör Mora kommun.", "Rune T Bergholm"),
    ("Medverkar gör Maj Sandlund och Greta Holm, Socialstyrelsen.", "Maj Sandlund"),
])
def test_people_the_sentence_names(snippet, name):
    assert entities(snippet).get(name) == "Person"


@pytest.mark.parametrize("snippet", [
    "– Det går bra, säger Region Dalarna i ett pressmeddelande.",
    "Enligt Västra Götaland, regionrådet, är det klart.",
    "Mötet hölls i maj Sandlund var inte där.",
])
def test_places_and_months_are_not_people(snippet):
    assert "Person" not in entities(snippet).values()


def test_a_title_before_a_name_does_not_make_the_name_an_organisation():
    found = entities("Kommunchef Ulf Bergholm, vård- och omsorgsdirektör Stina Ek och andra deltog.")
    assert found.get("Ulf Bergholm") == "Person"


def test_a_pet_form_of_the_given_name_is_the_same_person():
    found = entities("Gäster är Charlotte Sandlund, MAS, och Petra Ek.\n\nDet är Lotta Sandlund och Petra Ek.\n\n"
                     "LOTTA: Tack!\n")
    assert [n for n, k in found.items() if k == "Person"] == ["Charlotte Sandlund", "Petra Ek"]
