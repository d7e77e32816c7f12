"""Who chairs a body leads it and is not its employee: "Per Ek ordförande, SKR" in a podcast's notes and
"Vårdförbundets ordförande Per Ek" in a news item. Every snippet is invented and names no one from the corpora."""
from snippets import facts


def test_a_chair_before_a_comma_and_the_body_leads_it():
    found = facts("Nytt poddavsnitt med Alma Berg ordförande, SKR")
    assert ("Alma Berg", "leads", "Sveriges Kommuner och Regioner") in found
    assert ("Alma Berg", "worksFor", "Sveriges Kommuner och Regioner") not in found


def test_a_chair_after_the_bodys_genitive_leads_it():
    found = facts("Frågan ställdes till Vårdförbundets ordförande Alma Berg under mötet.")
    assert ("Alma Berg", "leads", "Vårdförbundet") in found
    assert ("Alma Berg", "worksFor", "Vårdförbundet") not in found


def test_a_vice_chair_and_a_director_are_no_chairs():
    found = facts("Frågan ställdes till Vårdförbundets vice ordförande Alma Berg och SKR:s direktör Per Ek.")
    assert ("Alma Berg", "leads", "Vårdförbundet") not in found
    assert ("Per Ek", "worksFor", "Sveriges Kommuner och Regioner") in found
