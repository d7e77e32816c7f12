"""Minutes that list who attended as "Name Town", one per line: the town is the municipality the member comes
from, not the last part of her name. Municipalities are public reference data; the people are invented."""
from snippets import entities, facts

MINUTES = ("Mötesanteckningar\n"
           "Närvarande:\n"
           "Annika Berglund Region Östergötland\n"
           "Tove Lindh Vadstena\n"
           "Mats Palmér Ydre\n"
           "Jonas Wiklund Kinda\n"
           "Lena Forsberg Åtvidaberg ordförande\n"
           "Yngve Thörn Norrköping\n"
           "Anmält förhinder:\n"
           "Rut Hedlund Boxholm\n")


def test_a_members_town_closing_her_row_is_no_part_of_her_name():
    found = entities(MINUTES)
    for name in ("Tove Lindh", "Mats Palmér", "Jonas Wiklund", "Lena Forsberg", "Yngve Thörn"):
        assert found.get(name) == "Person", name
    assert "Jonas Wiklund Kinda" not in found and "Lena Forsberg Åtvidaberg" not in found


def test_a_members_town_closing_her_row_is_the_municipality_she_works_for():
    found = facts(MINUTES)
    assert ("Tove Lindh", "worksFor", "Vadstena kommun") in found
    assert ("Jonas Wiklund", "worksFor", "Kinda kommun") in found
    assert ("Yngve Thörn", "worksFor", "Norrköpings kommun") in found
    assert ("Lena Forsberg", "worksFor", "Åtvidabergs kommun") in found


def test_a_town_after_a_name_in_running_text_is_left_alone():
    found = entities("I går talade Jonas Wiklund Kinda om vården.")
    assert "Kinda kommun" not in found


def test_a_clinic_named_with_its_town_keeps_the_town_and_employs_the_member():
    text = "Medlemmar:\nPer Rosén, Onkologiska kliniken Linköping\nAnna Vik, Kirurgiska kliniken Eksjö\n"
    found = entities(text)
    assert found.get("Onkologiska kliniken Linköping") == "Organisation"
    assert "Onkologiska kliniken" not in found
    assert ("Anna Vik", "worksFor", "Kirurgiska kliniken Eksjö") in facts(text)


def test_towns_listed_before_a_plural_care_centre_noun_name_care_centres_not_municipalities():
    found = entities("Fyra hälsocentraler medverkar i försöket: Mönsterås, Mörbylånga, Emmaboda och Kvarnholmens "
                     "hälsocentraler.")
    for centre in ("Mönsterås hälsocentral", "Mörbylånga hälsocentral", "Emmaboda hälsocentral"):
        assert found.get(centre) == "Organisation", centre
    assert "Mönsterås kommun" not in found and "Emmaboda kommun" not in found


def test_a_roster_a_pdf_ran_onto_one_line_gives_each_name_the_body_after_it():
    text = ("Kommunchefsmöte Beslutande: Hugo Wrede, Bjurholms kommun Karin Ahlin, Robertsfors kommun "
            "Jonas Ekvall, Vännäs kommun Lova Haglund, Nordmalings kommun, ordförande\n")
    found = facts(text)
    for name, body in (("Hugo Wrede", "Bjurholms kommun"), ("Karin Ahlin", "Robertsfors kommun"),
                       ("Jonas Ekvall", "Vännäs kommun"), ("Lova Haglund", "Nordmalings kommun")):
        assert (name, "worksFor", body) in found
    assert ("Karin Ahlin", "worksFor", "Bjurholms kommun") not in found
