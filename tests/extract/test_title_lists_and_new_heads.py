"""A delegation listed as "title Name (party), title Name": each title the next name's, a bare seat in a roll
still the name's before it; the verb before its subject in "Sedan den 1 februari är Eva Ek ny enhetschef för X";
a town's home care as the unit someone heads. People are invented; the places are public reference data."""
from snippets import entities, facts


def test_each_title_in_a_list_is_the_next_names():
    text = ("Delegationen bestod av regionrådet Meja Fors (S), riksdagsledamoten Dag Lind (S), "
            "hälso- och sjukvårdsnämndens ordförande Stig de Mark (Mp), sjukvårdsdirektör Mia Dal och "
            "regiondirektör Per Vall.\n")
    found = facts(text)
    assert ("Stig de Mark", "title", "hälso- och sjukvårdsnämndens ordförande") in found
    assert ("Mia Dal", "title", "sjukvårdsdirektör") in found
    assert ("Dag Lind", "title", "hälso- och sjukvårdsnämndens ordförande") not in found
    assert ("Stig de Mark", "title", "sjukvårdsdirektör") not in found


def test_a_bare_seat_in_a_roll_stays_with_the_name_before_it():
    text = ("Ledamöter Karin Berg (C) Lena Pers (L) Ronny Lund (S), vice ordförande Mikael Kahl (-) "
            "Ersättare Rie Bo (M)\n")
    found = facts(text)
    assert ("Ronny Lund", "title", "vice ordförande") in found
    assert ("Mikael Kahl", "title", "vice ordförande") not in found


def test_a_new_head_named_after_the_verb_heads_the_towns_home_care():
    text = "Sedan den 1 februari är Sara Lund Jonsson ny enhetschef för hemsjukvården i Vimmerby.\n"
    found = facts(text)
    assert entities(text).get("Hemsjukvården i Vimmerby") == "Organisation"
    assert ("Sara Lund Jonsson", "title", "enhetschef") in found
    assert ("Sara Lund Jonsson", "leads", "Hemsjukvården i Vimmerby") in found


def test_home_care_in_a_town_unheaded_is_no_unit():
    assert "Hemsjukvården i Vimmerby" not in entities("Hemsjukvården i Vimmerby har fått fler sjuksköterskor.\n")
