"""A report's front page flattened from PDF: a steering group's "name, unit" pairs run together, a project leader
with a rare given name, an FoU unit by its area, a report series that is no unit; a foundation's name that a
caption's title ran into; a foundation by its short name. People are invented; the units are common nouns and the
places public reference data."""
from snippets import entities, facts


def test_a_flattened_tables_next_name_is_no_part_of_the_unit_or_group_before_it():
    text = ("Styrgrupp: Mona Kask, Primärvården Eva Lindgren, Läkemedelskommittén Leif Rentborg, "
            "Läkemedelskommittén Karl-Gustav Nordvik, Primärvården Lena Wikman, Läkemedelsenheten\n")
    names = entities(text)
    assert not any(n.startswith(("Primärvården ", "Läkemedelskommittén ")) for n in names)
    assert {"Eva Lindgren", "Leif Rentborg", "Karl-Gustav Nordvik", "Lena Wikman"} <= set(names)


def test_a_project_leader_with_a_rare_given_name_is_no_organisation():
    text = "Februari 2011 Greta Holmbom, Leg. Sjukgymnast, projektledare Solvei Kågsten, Leg. Arbetsterapeut\n"
    assert "Solvei Kågsten" not in entities(text)


def test_a_body_named_after_a_title_keeps_its_place_name():
    text = "Övriga i förstudien: Johan Alm, förbundsdirektör Inköp Gävleborg, Maria Ek, ekonom.\n"
    assert entities(text).get("Inköp Gävleborg") == "Organisation"


def test_an_fou_unit_by_its_area_and_no_report_series():
    text = ("FoU-Rapport nr 033 från FoU-enheten i Södra Älvsborg - Läkemedel hos äldre.\n\n"
            "Eva Holm är forskare vid FoU-enheten i Skaraborg.\n")
    names = entities(text)
    assert "FoU-enheten i Södra Älvsborg" in names
    assert ("Eva Holm", "worksFor", "FoU-enheten i Skaraborg") in facts(text)
    assert "FoU-Rapport" not in names


def test_a_captions_title_does_not_run_into_the_foundations_name():
    text = "Information från Stiftelsen Dalsjö läns Seniorcentrum\nMinistern Anna Vik framför en vägg\n"
    names = entities(text)
    assert "Stiftelsen Dalsjö läns Seniorcentrum" in names
    assert ("Anna Vik", "title", "minister") in facts(text)


def test_a_foundation_its_genitive_and_its_short_name_are_one_organisation():
    text = ("– Vi är glada, säger Stiftelsen Dalsjö läns Seniorcentrums direktör Åsa Berg. Arbetet på Stiftelsen "
            "Seniorcentrum tar fart. Seniorcentrum har nu fler forskare.\n")
    names = [n for n in entities(text) if "Seniorcentrum" in n]
    assert len(names) == 1
