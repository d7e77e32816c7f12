"""A county's political collaboration named by a word of its own ("samverkansorganisationen VälSam", "FolkSam är
en samverkansform mellan …"), the municipal boards that join it and the representatives a paragraph names. Every
snippet is invented and names no one from the corpora."""
from snippets import entities, facts

PAGE = ("VälReko övergår till FolkSam – Ånge kommun medverkar\n\n"
        "Fram till nu har Ånge kommun medverkat i samverkansorganisationen VälReko.\n\n"
        "FolkSam är alltså en samverkansform mellan länets kommuner och Region Västernorrland för folkhälsofrågor.\n\n"
        "Kulturnämnden i Ånge tog sitt beslut vid sitt sammanträde i onsdags.\n\n"
        "– Vi får ett brett perspektiv, säger kulturnämndens ordförande Stig Wallin (S).\n\n"
        "Representanter i FolkSam är ordförande för länets nämnder. För Ånge räkning blir det Stig Wallin och "
        "omsorgsnämndens ordförande Lena Myrberg (S). Även förvaltningscheferna Olle Fjäll och Mona Rask finns med.")


def test_a_collaboration_named_beside_its_kind_is_a_forum():
    found = entities(PAGE)
    assert found.get("VälReko") == "CollaborationForum"
    assert found.get("FolkSam") == "CollaborationForum"


def test_an_ordinary_capitalised_word_before_samverkansform_is_no_forum():
    found = entities("Kommunen är en samverkansform som många gillar. Dialog är en samverkansform.")
    assert not [n for n, k in found.items() if k == "CollaborationForum"]


def test_a_paragraph_opened_by_representatives_names_them_all():
    found = facts(PAGE)
    for name in ("Stig Wallin", "Lena Myrberg", "Olle Fjäll", "Mona Rask"):
        assert (name, "participatesIn", "FolkSam") in found


def test_a_municipal_board_in_a_town_is_part_of_its_municipality():
    assert ("Kulturnämnden i Ånge", "partOf", "Ånge kommun") in facts(PAGE)


def test_the_chair_named_by_a_municipal_boards_genitive_leads_it():
    found = facts(PAGE)
    assert ("Lena Myrberg", "leads", "Omsorgsnämnden") in found
    assert ("Stig Wallin", "leads", "Kulturnämnden i Ånge") in found


def test_a_regions_care_board_in_a_chairs_title_stays_a_title():
    found = facts("– Det går fort, säger hälso- och sjukvårdsnämndens ordförande Tora Bengtsson (C).")
    assert ("Tora Bengtsson", "title", "hälso- och sjukvårdsnämndens ordförande") in found
    assert not [f for f in found if f[1] == "leads"]
