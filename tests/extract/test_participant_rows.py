"""A list of who took part, one row each: "• Name – title Organisation" or "• Name – Organisation, …". The people
are invented; the organisations are public bodies."""
from snippets import facts

ROWS = ("Deltog gjorde:\n\n"
        "  • Ebba Lindqvist – kirurg Danderyds sjukhus\n"
        "  • Moa Sandell – patientrepresentant, Vårdförbundet\n"
        "  • Ida Ljung – Vinnova\n"
        "  • Tove Ahl – Socialstyrelsen, Vårdförbundet\n")


def test_care_professions_are_titles():
    found = facts(ROWS)
    assert ("Ebba Lindqvist", "title", "kirurg") in found
    assert ("Moa Sandell", "title", "patientrepresentant") in found
    assert ("Ebba Lindqvist", "worksFor", "Danderyds sjukhus") in found


def test_an_organisation_after_the_dash_employs_the_row():
    found = facts(ROWS)
    assert ("Ida Ljung", "worksFor", "Vinnova") in found
    assert ("Tove Ahl", "worksFor", "Socialstyrelsen") in found


def test_a_dash_inside_a_sentence_is_no_row():
    found = facts("Vi pratade med Ida Ljung – Vinnova hade bjudit in till samtalet.")
    assert ("Ida Ljung", "worksFor", "Vinnova") not in found


def test_a_speakers_row_ends_at_the_blank_line_below_it():
    text = ("Medverkande\n\nTove Ahl, ledamot i regeringens kommission, professor emeritus i socialt arbete vid "
            "Stockholms universitet\n\n"
            "Nils Berglund, vd och koncernchef, Attendo\n\n"
            "Samtalet leds av Ida Ljung, forskningsledare vid Socialstyrelsen.")
    found = facts(text)
    assert ("Nils Berglund", "worksFor", "Attendo") in found
    assert not [f for f in found if f[2] == "Attendo Samtalet"]
    assert ("Ida Ljung", "worksFor", "Socialstyrelsen") in found


def test_people_a_body_sent_to_a_meeting_work_there():
    found = facts("Från initiativtagaren Vinnova deltog Moa Sandell och Ida Ljung, med på mötet var även PRO.\n\n"
                  "Från Socialstyrelsen deltar Tove Ahl och Ebba Lindqvist. Forskarnas uppdrag är stort.")
    for person in ("Moa Sandell", "Ida Ljung"):
        assert (person, "worksFor", "Vinnova") in found
    for person in ("Tove Ahl", "Ebba Lindqvist"):
        assert (person, "worksFor", "Socialstyrelsen") in found


def test_an_adjective_before_chef_is_part_of_the_title_and_no_one_elses_title():
    found = facts("De leder en grupp där Tove Ahl, ledningsstrateg, Ida Ljung, administrativ chef, Moa Sandell, "
                  "kommunikationschef, ingår. Ebba Lindqvist, departementsråd på Socialdepartementet, talade.")
    assert ("Ida Ljung", "title", "administrativ chef") in found
    assert ("Moa Sandell", "title", "chef") not in found
    assert ("Ebba Lindqvist", "title", "departementsråd") in found


def test_nothing_takes_part_in_itself_though_named_as_two_kinds():
    text = ("Den 11 maj ordnade Forum för Vårdpolitik en middag för styrelsen.\n\nDeltog gjorde:\n\n"
            "  • Moa Sandell – patientrepresentant, Forum för Vårdpolitik\n"
            "  • Ida Ljung – projektledare Forum för Vårdpolitik\n"
            "  • Tove Ahl – Vinnova, Forum för Vårdpolitik\n")
    assert not [f for f in facts(text) if f[0] == f[2]]
