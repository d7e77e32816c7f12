"""A region's board named in the genitive with "läns" ("Region Jönköpings läns hälso- och sjukvårdsnämnd"):
its chair leads it, and the bare "hälso- och sjukvårdsnämnden" of the same page is that board, when only one
owner's board of that name is on the page. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_the_chair_of_a_county_regions_board_leads_the_board():
    found = facts("– Vi ser resultat, säger Tove Lind (S), ordförande i Region Jönköpings läns hälso- och "
                  "sjukvårdsnämnd.")
    assert ("Tove Lind", "leads", "Region Jönköpings läns hälso- och sjukvårdsnämnd") in found
    assert ("Tove Lind", "leads", "Region Jönköpings län") not in found


def test_the_bare_board_is_the_one_owners_board_of_the_page():
    text = ("Nu har hälso- och sjukvårdsnämnden fattat beslut om att permanenta teamet.\n\n"
            "– Vi ser resultat, säger Tove Lind (S), ordförande i Region Jönköpings läns hälso- och "
            "sjukvårdsnämnd.\n\nI hälso- och sjukvårdsnämndens beslut ryms också en strategi.")
    boards = [name for name in entities(text) if "nämnd" in name.casefold()]
    assert boards == ["Region Jönköpings läns hälso- och sjukvårdsnämnd"]


def test_with_two_owners_boards_the_bare_board_stays_apart():
    text = ("I hälso- och sjukvårdsnämndens beslut ryms en strategi.\n\n"
            "Tove Lind (S) är ordförande i Region Jönköpings läns hälso- och sjukvårdsnämnd och Eva Berg (M) "
            "ordförande i Region Kalmar läns hälso- och sjukvårdsnämnd.")
    boards = sorted(name for name in entities(text) if "nämnd" in name.casefold())
    assert len(boards) == 3


def test_the_chair_of_a_board_the_text_names_as_such_leads_it():
    text = ("Socialnämnden har sammanträtt\n\nSocialnämnden godkände delårsrapporten. – Det känns bra att vi går "
            "mot ett resultat i balans, säger ordförande i socialnämnden Lars Wik (M).")
    found = facts(text)
    assert ("Lars Wik", "leads", "Socialnämnden") in found


def test_a_chairs_board_the_text_never_names_as_such_is_only_her_title():
    text = "– Det känns bra att vi går mot ett resultat i balans, säger ordförande i socialnämnden Lars Wik (M)."
    assert not [f for f in facts(text) if f[1] == "leads"]
