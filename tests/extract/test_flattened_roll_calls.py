"""A page of minutes flattened from PDF: its labels ("Datum", "Ledamöter", "Underskrift") run on to the names
before them, and its roll call ("Ledamöter Närv (N), Frånv (F) Eva Ek SON N …") lists who sits in the forum, each
with a committee's code. A listed double name written as one word ("Annkristin"), and "X blir ny <title>". All
names are invented."""
from snippets import entities, facts

MINUTES = ("1 12 mars (14) Plats och tid Beslutande Övriga deltagande Stora salen, Storgatan 3, Torsby "
           "Utses att justera Edvin Larsson Justeringens plats och tid Torsby kommunhus Underskrift Sekreterare... "
           "Mona Kvist Ordförande... Edvin Larsson ANSLAG/BEVIS Protokollet är justerat. Organ Kommunala "
           "Handikapprådet Datum för anslags uppsättande Förvaringsplats för protokollet Omsorgskontoret Underskrift... "
           "Mona Kvist\n\n2 12 mars (14) Närvarolista Kommunala Handikapprådet Ledamöter Närv (N), Frånv (F) "
           "Edvin Larsson SON N Gullan Törnqvist KS N Ragnvald Myhr Bmn N Signe Holmén DHR Frånvaro anmäld "
           "Ersättare Tord Ahlgren Bmn N\n\n3 12 mars (14) Mötet öppnas, val av justerare")


def test_a_label_of_the_minutes_is_no_part_of_the_forums_name():
    found = entities(MINUTES)
    assert found.get("Kommunala Handikapprådet") == "CollaborationForum"
    assert not any(name.startswith("Kommunala Handikapprådet ") for name in found)
    assert "Omsorgskontoret Underskrift" not in found


def test_a_flattened_roll_call_lists_the_forums_members():
    found = facts(MINUTES)
    for name in ("Edvin Larsson", "Gullan Törnqvist", "Ragnvald Myhr", "Tord Ahlgren"):
        assert (name, "participatesIn", "Kommunala Handikapprådet") in found


def test_a_committees_code_after_a_name_is_no_surname():
    found = entities(MINUTES)
    assert found.get("Ragnvald Myhr") == "Person"
    assert "Ragnvald Myhr Bmn" not in found


def test_a_listed_double_name_written_as_one_word():
    found = facts("Annkristin Sjövall blir ny verksamhetschef vid Länssjukhuset i Kalmar.")
    assert ("Annkristin Sjövall", "title", "verksamhetschef") in found
    assert ("Annkristin Sjövall", "worksFor", "Länssjukhuset i Kalmar") in found


def test_someone_who_becomes_the_new_holder_of_a_post():
    assert entities("Qvintus Hallberg blir ny sjukhuschef i Kalmar.").get("Qvintus Hallberg") == "Person"
