"""A network named by one word or by words in quotes after "nätverket", and a name with a capital inside it after
the kind of thing it names. Every name of a network, app and person is invented."""
from snippets import entities


def test_a_hyphened_name_after_natverket():
    found = entities("Strategin togs fram inom ramen för nätverket Hälsa-Q. I arbetet deltog Mora kommun.")
    assert found.get("Hälsa-Q") == "CollaborationForum"


def test_a_quoted_name_after_natverket():
    found = entities("De fem fjällkommunerna bildar nätverket ”F5”. De träffas varje månad.")
    assert found.get("F5") == "CollaborationForum"


def test_a_plain_word_after_natverket_at_the_start_of_a_sentence():
    assert entities("Nätverket Vårdkraft träffas fyra gånger om året.").get("Vårdkraft") == "CollaborationForum"


def test_an_area_after_natverket_names_no_network_of_its_own():
    found = entities("Hon sitter i nätverket Jämtland sedan i våras.")
    assert "Jämtland" not in found


def test_a_name_with_a_capital_inside_after_its_kind_is_no_person():
    found = entities("Arbetet sker inom nätverket SamVerk. Vi använder appen MinDag i hemtjänsten.")
    assert "Sam Verk" not in found and "Min Dag" not in found
    assert found.get("SamVerk") == "CollaborationForum"


def test_a_run_together_name_in_a_list_is_still_a_person():
    assert entities("Deltagare: AnnaSundman, Mora kommun").get("Anna Sundman") == "Person"
