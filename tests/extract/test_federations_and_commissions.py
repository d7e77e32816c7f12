"""A samordningsförbund or kommunalförbund named by an area no list holds, and a government's commission named
by a phrase that opens with a given name. Every name of a federation, project and person is invented."""
from snippets import entities


def test_a_samordningsforbund_named_by_an_area_no_list_holds():
    found = entities("Årsredovisning 2013 för Tjärnbygdens samordningsförbund. Förbundsstyrelsen har fastställt den.")
    assert found.get("Tjärnbygdens samordningsförbund") == "Organisation"


def test_a_definite_noun_in_the_genitive_names_no_federation():
    found = entities("Förbundets samordningsförbund har fastställt årsredovisningen.")
    assert not [n for n in found if "samordningsförbund" in n]


def test_a_commission_named_by_a_phrase_that_opens_with_a_given_name():
    found = entities("Förord\n\nPer sig själv hemma är ett regeringsuppdrag som leds av Socialstyrelsen fram till "
                     "december.")
    assert found.get("Per sig själv hemma") == "Project"


def test_a_person_said_to_be_a_project_is_still_no_project():
    found = entities("Eva Ek är en projektledare med lång erfarenhet.")
    assert "Eva Ek" not in [n for n, kind in found.items() if kind == "Project"]


def test_a_headlines_participle_names_no_care_centre():
    found = entities("Försenad vårdcentral i Ekby\n\nVårdcentralen i Ekby öppnar senare än väntat.")
    assert "Försenad vårdcentral" not in found


def test_a_place_ending_in_stad_still_names_its_care_centre():
    assert entities("Hon arbetar på Ekstad vårdcentral sedan i våras.").get("Ekstad vårdcentral") == "Organisation"


def test_an_effort_on_something_ends_before_the_verb_and_its_article():
    found = entities("Den extra satsningen på hembesöken innebär en välkommen förstärkning av vården.")
    assert not [n for n in found if "innebär" in n]
