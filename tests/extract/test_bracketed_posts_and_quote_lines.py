"""A news item's list of who took part, a quote's tag and a quote's line: a post in brackets written in capitals,
the staff a head heads, a care centre named by a given name and a quote's sentence after its dash. Every person and
care centre name is invented; national bodies are public reference data."""
from snippets import entities, facts


def test_a_post_in_brackets_after_a_name_is_hers_in_capitals_too():
    found = facts("På mötet fanns Olle Brandt (Socialstyrelsen), Signe Vallin (Demenssjuksköterska) och "
                  "Tora Hedlund (Verksamhetschef Vård och Omsorg).")
    assert ("Signe Vallin", "title", "demenssjuksköterska") in found
    assert ("Tora Hedlund", "title", "verksamhetschef") in found
    assert ("Olle Brandt", "worksFor", "Socialstyrelsen") in found


def test_the_staff_a_head_heads_are_no_title_of_hers():
    found = facts("– Ett bra betyg åt hemtjänsten, säger Ebba Lindfors, områdeschef för biståndshandläggare i Jönköping.")
    assert ("Ebba Lindfors", "title", "områdeschef") in found
    assert ("Ebba Lindfors", "title", "biståndshandläggare") not in found


def test_a_care_centre_named_by_a_given_name_is_no_person():
    text = "Regionen driver redan i dag Vårdcentralen Ekby och finns i samma fastighet där Svea Vårdcentral finns."
    assert "Svea Vårdcentral" not in entities(text)


def test_a_quotes_sentence_after_its_dash_is_no_project():
    text = "– Det är en satellitmottagning, som har funnits sedan tidigare. I mars öppnar vi igen."
    assert not [name for name, kind in entities(text).items() if kind == "Project"]


def test_a_post_after_a_name_and_whose_it_is_is_hers_not_the_next_names():
    found = facts("Från vänster: Gerd Alvin, regeringens särskilda utredare, Hanna Strömvall, vikarierande "
                  "sjukvårdsminister och Ola Bengtsson, Centerpartiet.")
    assert ("Gerd Alvin", "title", "utredare") in found
    assert ("Hanna Strömvall", "title", "utredare") not in found
    assert ("Hanna Strömvall", "title", "vikarierande sjukvårdsminister") in found


def test_a_transcripts_capital_preposition_between_swedish_words_is_read_as_i():
    found = facts("Så välkommen Sigvard Nyrén. Du är specialist I allmänmedicin och forskare.")
    assert ("Sigvard Nyrén", "title", "specialist i allmänmedicin") in found
