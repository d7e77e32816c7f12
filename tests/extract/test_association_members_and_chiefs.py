"""A municipal association's pages: its members listed under "består av:", "förbundet" alone where it is the only
förbund the page names, its chair's second post after "tillika", and a new chief who "börjar sin tjänst som". People
and associations are invented; the municipalities are public reference data."""
from snippets import entities, facts

MEMBERS = ("Samordningsförbundet Norra Dalsland ska stödja samverkan.\n\n"
           "Lagstiftningen förkortas ibland Finsam. Samordningsförbundet bildades\n"
           "2012-01-01 och består av:\n\n"
           "  • Bengtsfors kommun\n\n"
           "  • Dals-Eds kommun\n\n"
           "  • Försäkringskassan\n\n"
           "Förbundet leds av en styrelse.\n\n"
           "  • Åmåls kommun\n")


def test_the_bodies_listed_after_bestar_av_are_members():
    found = facts(MEMBERS)
    for member in ("Bengtsfors kommun", "Dals-Eds kommun", "Försäkringskassan"):
        assert (member, "participatesIn", "Samordningsförbundet Norra Dalsland") in found


def test_the_list_ends_at_the_next_paragraph():
    assert ("Åmåls kommun", "participatesIn", "Samordningsförbundet Norra Dalsland") not in facts(MEMBERS)


CHIEF = ("Nya tider för Dalbergsförbundet\n\n"
         "Fem kommuner samverkar genom kommunalförbundet Dalbergsförbundet inom familjerätt.\n\n"
         "- Vi behöver samarbeta, berättar Sten Wallgren, ordförande för förbundet tillika kommunstyrelsens "
         "ordförande i Aneby kommun.\n\n"
         "Vid årsskiftet börjar Hilda Brodin från Huskvarna sin tjänst som ny förbundschef på Dalbergsförbundet.\n")


def test_forbundet_alone_is_the_one_association_the_page_names():
    assert ("Sten Wallgren", "leads", "Dalbergsförbundet") in facts(CHIEF)


def test_a_second_post_after_tillika_is_the_chairs_too():
    found = facts(CHIEF)
    assert ("Sten Wallgren", "title", "kommunstyrelsens ordförande") in found
    assert ("Sten Wallgren", "worksFor", "Aneby kommun") in found


def test_a_new_chief_who_begins_her_post_heads_the_association():
    found = facts(CHIEF)
    assert ("Hilda Brodin", "title", "förbundschef") in found
    assert ("Hilda Brodin", "worksFor", "Dalbergsförbundet") in found


def test_forbundet_stays_unresolved_beside_another_forbund():
    text = ("Vi möts i kommunalförbundet Dalbergsförbundet och Vårdförbundet. Eva Ström är ordförande för förbundet.\n")
    assert ("Eva Ström", "leads", "Dalbergsförbundet") not in facts(text)
    assert entities(text).get("Dalbergsförbundet") == "Organisation"
