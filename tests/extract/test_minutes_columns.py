"""Minutes whose columns a PDF ran together ("Beslutande Beslutande ersättare Eva Ek (S) ordförande, …"), and a
steering group's rows where the unit follows the head's title without a comma. Every snippet is invented and names
no one from the corpora."""
from snippets import entities, facts

MINUTES = ("1 SOCIALNÄMNDEN Plats och tid Socialförvaltningen klockan Beslutande Beslutande ersättare "
           "Gunvor Lidén (S) ordförande, Petter Alm (M) vice ordförande, Rut Ekholm (S), Jonas Wiik (C) "
           "Ersättare Dan Holmqvist (S), Övriga deltagande Sekreterare Lotta Frid Utses att justera Petter Alm (M) "
           "Underskrifter Sekreterare Lotta Frid Ordförande Gunvor Lidén (S)")


def test_the_deciding_members_of_run_together_minutes_take_part_and_the_chair_leads():
    found = facts(MINUTES)
    for member in ("Gunvor Lidén", "Petter Alm", "Rut Ekholm", "Jonas Wiik"):
        assert (member, "participatesIn", "Socialnämnden") in found
    assert ("Gunvor Lidén", "leads", "Socialnämnden") in found
    assert ("Petter Alm", "leads", "Socialnämnden") not in found


def test_a_column_heading_is_no_ones_title_nor_part_of_a_name():
    found = facts(MINUTES)
    assert ("Gunvor Lidén", "title", "ersättare") not in found
    assert "Lotta Frid" in entities(MINUTES)
    assert not [n for n in entities(MINUTES) if n.endswith("Utses")]


def test_a_unit_after_the_heads_title_without_a_comma():
    found = facts("Styrgrupp\n • Anna Lövgren, chef Stöd och samordning, Hälso- och sjukvårdsförvaltningen, "
                  "Region Uppsala, 018-611 00 00\n")
    assert ("Anna Lövgren", "leads", "Stöd och samordning") in found
    assert ("Stöd och samordning", "partOf", "Hälso- och sjukvårdsförvaltningen") in found
