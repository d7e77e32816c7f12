"""A group named by the parties it joins, "Ledningsgruppen för samverkan Region X och länets kommuner": the parties
are part of its name, also when the name wraps over lines in minutes. Every snippet is invented and names no one
from the corpora."""
from snippets import entities, facts


def test_the_parties_after_the_complement_belong_to_the_name():
    snippet = ("Minnesanteckningar från möte med\nStyrgruppen för samverkan Region\nHalland och länets kommuner\n"
               "Tid: 2021-03-04\nNärvarande:\nLinnea Storm\nTorvald Ekblad\n")
    found = entities(snippet)
    name = "Styrgruppen för samverkan Region Halland och länets kommuner"
    assert found.get(name) == "CollaborationForum"
    assert "Styrgruppen för samverkan" not in found
    assert ("Torvald Ekblad", "participatesIn", name) in facts(snippet)


def test_between_two_named_parties():
    snippet = "Ledningsgruppen för samverkan mellan Ale kommun och Region Halland träffas fyra gånger per år."
    found = entities(snippet)
    assert found.get("Ledningsgruppen för samverkan mellan Ale kommun och Region Halland") == "CollaborationForum"
    assert found.get("Region Halland") == "Organisation"


def test_a_dangling_between_is_no_part_of_the_name():
    found = entities("Styrgruppen för samverkan mellan träffas i morgon.")
    assert "Styrgruppen för samverkan mellan" not in found


def test_a_closed_list_of_the_absent_ends_before_the_next_line():
    # a wide line, so the next one would otherwise run on as the same paragraph
    snippet = ("Närvarande: Linnea Storm, Torvald Ekblad, Siri Amundsen, Kasper Holmgren och Vera Lindqvist\n"
               "Frånvarande: Ebba Stenholm Wiik, Tage Norrby och Ingvar Sundelin\n"
               "Förslag till dagordning fastställs med ett tillägg om hemsjukvården i länet.\n")
    found = entities(snippet)
    assert found.get("Ingvar Sundelin") == "Person"
    assert "Ingvar Sundelin Förslag" not in found
