"""Who is a member of a samordningsförbund: a body that joins it, with its verb before or after it, the bodies it
"utgörs av", those that "sedan tidigare ingår", and those a town sets it up "tillsammans med". The bodies are public
reference data; every federation's area name is invented or generic."""
from snippets import entities, facts


def test_a_body_that_joins_the_federation_with_the_verb_before_it():
    found = facts("Från och med 1 juni ansluter Bodens kommun till Samordningsförbundet Ekdalen. Sedan tidigare "
                  "ingår Arbetsförmedlingen, Försäkringskassan, Region Norrbotten och Luleå kommun.")
    federation = "Samordningsförbundet Ekdalen"
    for body in ("Bodens kommun", "Arbetsförmedlingen", "Försäkringskassan", "Region Norrbotten", "Luleå kommun"):
        assert (body, "participatesIn", federation) in found


def test_a_body_that_becomes_a_member():
    found = facts("I fjol blev Norsjö kommun medlem i Samordningsförbundet Ekdalen.")
    assert ("Norsjö kommun", "participatesIn", "Samordningsförbundet Ekdalen") in found


def test_the_bodies_the_federation_of_the_page_is_made_of():
    page = ("Samordningsförbundet Ekdalen–Norsjö\n\nSamordningsförbundet Ekdalen–Norsjö bildades 2014 då Norsjö kommun "
            "blev medlem i Samordningsförbundet Ekdalen. Förbundet är en fristående juridisk person som utgörs "
            "gemensamt av Försäkringskassan, Arbetsförmedlingen, Skellefteå kommun och Region Västerbotten.")
    found = facts(page)
    for body in ("Försäkringskassan", "Arbetsförmedlingen", "Skellefteå kommun", "Region Västerbotten"):
        assert (body, "participatesIn", "Samordningsförbundet Ekdalen–Norsjö") in found
        assert (body, "participatesIn", "Samordningsförbundet Ekdalen") not in found


def test_a_town_that_sets_up_a_federation_with_others_and_the_federation_named_by_the_town():
    text = ("Sundbybergs stad inrättar ett samordningsförbund tillsammans med Försäkringskassan och "
            "Arbetsförmedlingen. I oktober invigdes Samordningsförbundet Sundbybergs stad.")
    assert entities(text).get("Samordningsförbundet Sundbybergs stad") == "Organisation"
    found = facts(text)
    for body in ("Sundbybergs stad", "Försäkringskassan", "Arbetsförmedlingen"):
        assert (body, "participatesIn", "Samordningsförbundet Sundbybergs stad") in found


def test_a_person_who_joins_a_federation_is_no_member_of_it():
    found = facts("Eva Ek ansluter till Samordningsförbundet Ekdalen som ny förbundschef.")
    assert ("Eva Ek", "participatesIn", "Samordningsförbundet Ekdalen") not in found
