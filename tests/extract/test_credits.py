"""A photo's or an article's credit ("Foto: Eva Ek", "Text: Bo Berg") names the document's contributors, not actors in
what it tells: they are the document's credits, not people of the graph. The people are invented."""
from snippets import entities, text_of
from naravard.extract.pipeline import extract

ARTICLE = ("Ny mottagning för äldre i Mora\n\n"
           "Text: Lisa Fjäll\n\n"
           "Anna Kvist är verksamhetschef på vårdcentralen och har lett arbetet med mottagningen. Foto: Olle Bergkvist\n\n"
           "– Vi vill nå dem som sällan söker vård, säger Anna Kvist.\n\n"
           "Bild: Maja Lind och Per Ström/Mora kommun")


def test_people_named_only_in_credits_are_no_entities():
    assert set(entities(ARTICLE)) & {"Lisa Fjäll", "Olle Bergkvist", "Maja Lind", "Per Ström"} == set()
    assert entities(ARTICLE)["Anna Kvist"] == "Person"


def test_they_are_kept_as_the_documents_credits():
    assert extract(text_of(ARTICLE)).credits == ["Lisa Fjäll", "Maja Lind", "Olle Bergkvist", "Per Ström"]


def test_a_photographer_the_text_also_tells_of_stays_a_person():
    text = ARTICLE + "\n\nOlle Bergkvist är undersköterska i hemtjänsten och fotograferar på fritiden."
    assert entities(text)["Olle Bergkvist"] == "Person"
    assert "Olle Bergkvist" not in extract(text_of(text)).credits
