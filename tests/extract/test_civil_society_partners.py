"""Public health and civil society pages: a stadsmission and its direktor, a unit after "vid" then its region,
"för Nära vård" then the region, and the people a sentence names after "Från X deltog". Every snippet is invented
and names no one from the corpora."""
from snippets import entities, facts


def test_a_stadsmission_and_its_direktor():
    text = "Kontakt: Vilhelm Orsted, direktor Västerås Stadsmission."
    assert entities(text).get("Västerås Stadsmission") == "Organisation"
    found = facts(text)
    assert ("Vilhelm Orsted", "title", "direktor") in found
    assert ("Vilhelm Orsted", "worksFor", "Västerås Stadsmission") in found


def test_a_unit_after_vid_then_its_region_and_a_field_for_nara_vard():
    found = facts("Talare: Ebba Kronvall, projektledare vid Regional utveckling, Region Gävleborg; Hugo Brännvall, "
                  "strateg för Nära vård, Region Gävleborg")
    assert ("Ebba Kronvall", "worksFor", "Region Gävleborg") in found
    assert ("Hugo Brännvall", "worksFor", "Region Gävleborg") in found


def test_the_people_a_sentence_names_after_fran_x_deltog():
    found = facts("Mötet hölls i Stockholm. Från SKR deltog ordföranden Ivar Tornberg och samordnaren Lisen Malm, "
                  "som mötte förbundets ordförande Greta Alm.")
    assert ("Ivar Tornberg", "worksFor", "Sveriges Kommuner och Regioner") in found
    assert ("Lisen Malm", "worksFor", "Sveriges Kommuner och Regioner") in found
    assert ("Greta Alm", "worksFor", "Sveriges Kommuner och Regioner") not in found


def test_a_projects_staff_take_part_in_it():
    found = facts("– Det behövs, säger Elof Grahn, projektmedarbetare i det stora EU-projektet Musik på recept i "
                  "Bottenviken. Stina Lövgren arbetar 50 procent i projektet.")
    assert ("Elof Grahn", "participatesIn", "Musik på recept i Bottenviken") in found
    assert ("Stina Lövgren", "participatesIn", "Musik på recept i Bottenviken") in found
