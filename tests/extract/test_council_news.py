"""How news of councils, conferences and party politics names who holds which post: a list of "title name" items,
", samt politiker …" as a new item, "fortsätter som regionråd", and a name made into a compound ("en Eva
Ek-effekt"). Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

LINE_UP = ("Medverkar gör bland andra socialminister Tilda Borg, regionrådet Nils Ek, områdescheferna Agnes Holm och "
           "Tove Sand, samt politiker och tjänstepersoner från de övriga regionerna.")


def test_a_list_of_title_name_items_gives_each_title_to_the_name_after_it():
    found = facts(LINE_UP)
    assert ("Nils Ek", "title", "regionråd") in found
    assert ("Tilda Borg", "title", "regionråd") not in found
    assert ("Tove Sand", "title", "områdeschef") in found


def test_plural_nouns_after_samt_are_no_ones_title():
    found = facts(LINE_UP)
    assert not {f for f in found if f[1] == "title" and f[2] in ("politiker", "tjänsteperson")}


def test_minutes_name_title_pairs_after_a_plural_heading_stay_with_the_name_before():
    found = facts("Beslutande Ledamöter Eva Holm, C, ordförande Ivar Lund, C, tjg ers för Ulla Sten, M Agda Berg, S, "
                  "2:e vice ordförande Lena Ek, C")
    assert ("Eva Holm", "title", "ordförande") in found
    assert ("Ivar Lund", "title", "ordförande") not in found


def test_continues_as_gives_the_title():
    found = facts("Tove Sand (C) fortsätter som regionråd med ansvar för kollektivtrafikfrågor.")
    assert ("Tove Sand", "title", "regionråd") in found


def test_proposed_as_new_gives_the_title():
    found = facts("Nils Ek föreslås som nytt regionråd med ansvar för vården.")
    assert ("Nils Ek", "title", "regionråd") in found


def test_a_name_made_into_a_compound_is_no_person():
    found = entities("Nu hoppas de på en ”Nils Ek-effekt” i valet. Anna Berg-Lind talar sedan.")
    assert "Nils Ek-effekt" not in found
    assert found.get("Anna Berg-Lind") == "Person"


def test_a_longer_list_of_title_name_items():
    found = facts("Medverkar gör socialminister Tilda Borg, regionrådet Nils Ek, direktören Olle Berg, chefen Eva Holm "
                  "och andra.")
    assert {("Tilda Borg", "title", "socialminister"), ("Nils Ek", "title", "regionråd"),
            ("Olle Berg", "title", "direktör"), ("Eva Holm", "title", "chef")} <= found
    assert ("Nils Ek", "title", "direktör") not in found


def test_an_initiative_named_as_a_lift():
    found = entities("Tilda Borg nämnde Husbylyftet och sa att man flyttat hit arbetstillfällen.")
    assert found.get("Husbylyftet") == "Project"
    assert "Ansiktslyftet" not in entities("Ansiktslyftet gick bra, sa hon.")


def test_a_pages_menu_and_dateline_after_program_name_no_programme():
    found = entities("11. Interpellation av Nils Ek (SD) om vilken roll tåget har i en kris (kl 18:04)\n\n"
                     "Beslut: Interpellationen tas upp på kommande sammanträde med regionfullmäktige.\n\n"
                     "Sverigedemokraterna Interpellation Jourcentraler Olle Berg Framtid\n\n"
                     "Program\n18 av 18\nPublicerad\ntisdag 28 november 2023\n\nTeckenspråkstolkad fullmäktige\n")
    assert not [n for n, kind in found.items() if kind == "Project"]


def test_a_project_name_opened_by_a_genitive_runs_to_the_end_of_its_sentence():
    text = "Mötet ingår i SKR:s forskningsprojekt Vårdens och omsorgens organisering och styrning.\nNästa rad."
    name = "Vårdens och omsorgens organisering och styrning"
    assert entities(text).get(name) == "Project"
    assert ("Sveriges Kommuner och Regioner", "participatesIn", name) in facts(text)
    assert "Vårdens" not in entities(text)
