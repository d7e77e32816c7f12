"""Who leads a named piece of work when a short phrase stands between "som" and the verb, or an article and an
adjective stand before the work's kind. Every name of a person and a project is invented."""
from snippets import facts


def test_a_phrase_between_som_and_leder_keeps_the_person_as_the_one_who_leads():
    found = facts("Vi lyssnar till Tove Ring, som på regeringens uppdrag leder den offentliga utredningen Samordnad omsorg "
                  "för äldre (S 2024:02). Målet med utredningen är en jämlik vård.")
    assert ("Tove Ring", "leads", "Samordnad omsorg för äldre") in found


def test_a_year_between_som_and_leder():
    found = facts("Nils Berg, som sedan 2019 leder projektet Äldrelyftet i Ekby, berättar om arbetet.")
    assert ("Nils Berg", "leads", "Äldrelyftet i Ekby") in found


def test_an_article_and_an_adjective_before_the_work_led():
    found = facts("Nils Berg leder den nationella satsningen Äldrelyftet.")
    assert ("Nils Berg", "leads", "Äldrelyftet") in found


def test_a_place_between_som_and_the_verb_still_leaves_the_place_out():
    found = facts("Nils Berg, som i Ekby kommun leder projektet Äldrelyftet, berättar om arbetet.")
    assert ("Ekby kommun", "leads", "Äldrelyftet") not in found
    assert ("Nils Berg", "leads", "Äldrelyftet") in found
