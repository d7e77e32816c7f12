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
