"""An agenda's rows ("09:40 Information Eva Ek hälso- och sjukvårdsdirektör 09:55 Paus"), a panel's
"Name (title, Organisation)" list, and employers written after a field or a subject."""
from snippets import entities, facts

AGENDA = ("Möte 2023-06-13\n\nHälso- och sjukvårdsnämnden\n"
          " • 09:00-09:40 Resultatuppföljning Tilda Rask controller, Oona Berg HR-strateg\n"
          "  09:40-09:55 Direktörens\n  information\n  Vera Sand hälso- och sjukvårdsdirektör\n"
          "  09:55-10:00 Paus\n"
          "  10:00-10:30 Investeringsplan Nils Ek controller, Gustav Bro verksamhetschef och Axel Ling  avdelningschef\n"
          "  10:30-10:40 Paus\n"
          "  10:40-11:10 Handlingsplan Siri O Holm Områdeschef, Kim Dahl verksamhetschef\n"
          "  11:30-13:00 Gruppmöten och lunch\n")


def test_every_speaker_on_an_agenda_keeps_her_own_title_before_the_next_time():
    found = facts(AGENDA)
    assert ("Vera Sand", "title", "hälso- och sjukvårdsdirektör") in found
    assert ("Axel Ling", "title", "avdelningschef") in found
    assert ("Siri O Holm", "title", "områdeschef") in found
    assert ("Kim Dahl", "title", "verksamhetschef") in found
    assert ("Kim Dahl", "title", "områdeschef") not in found


PANEL = ("Vi har resonerat tillsammans med Hugo Lind (chef för avdelningen vård och omsorg, SKR), Alma Frost "
         "(ordförande, Diabetes Sverige) och Maja Kron (vd, Capio).")


def test_a_chief_of_a_named_department_keeps_it_in_her_title_and_works_where_the_comma_says():
    found = facts(PANEL)
    assert ("Hugo Lind", "title", "chef för avdelningen vård och omsorg") in found
    assert ("Hugo Lind", "worksFor", "Sveriges Kommuner och Regioner") in found


def test_a_chair_in_a_panels_brackets_leads_the_association_after_the_comma():
    assert ("Alma Frost", "leads", "Diabetes Sverige") in facts(PANEL)


def test_a_university_named_after_a_person_names_no_person():
    text = "Ett samtal med Tova Ahl, professor vårdvetenskap Marie Cederschiölds högskola, och Ida Rönn, psykolog."
    found = entities(text)
    assert found.get("Marie Cederschiölds högskola") == "Organisation"
    assert "Marie Cederschiöld" not in found
    assert ("Tova Ahl", "worksFor", "Marie Cederschiölds högskola") in facts(text)


def test_a_field_between_title_and_employer_keeps_the_employer():
    found = facts("Det säger Rut Alm, verksamhetschef vård och omsorg vid Luleå kommun.\n\n"
                  "Kontakt: Elin Berg, tjänsteperson, Fyrbodals kommunalförbund")
    assert ("Rut Alm", "worksFor", "Luleå kommun") in found
    assert ("Elin Berg", "title", "tjänsteperson") in found
    assert ("Elin Berg", "worksFor", "Fyrbodals kommunalförbund") in found


BRACKETS = ("Deltog gjorde Tove Ahl (VD, Kungsholmen Science Park) och Ivar Rönn (vd Swedish Medtech). På "
            "talarlistan fanns också Åke Lund från Kungsholmen Science Park.")


def test_a_title_and_a_capitalised_name_in_brackets_are_a_post_and_its_employer():
    found = facts(BRACKETS)
    assert entities(BRACKETS).get("Kungsholmen Science Park") == "Organisation"
    assert ("Tove Ahl", "title", "VD") in found
    assert ("Tove Ahl", "worksFor", "Kungsholmen Science Park") in found
    assert ("Ivar Rönn", "worksFor", "Swedish Medtech") in found


def test_an_employer_named_once_by_the_phrasing_is_known_where_it_stands_again():
    assert ("Åke Lund", "worksFor", "Kungsholmen Science Park") in facts(BRACKETS)


SPEAKERS = ("Bland talarna märks professor Alva Torn, Brunel University, England, professor Mima Castell, "
            "Northumbria University, England, samt professor Teun van Dijk vid Vrije Universiteit Amsterdam.")


def test_universities_abroad_are_organisations_and_no_ones_names():
    found = entities(SPEAKERS)
    for name in ("Brunel University", "Northumbria University", "Vrije Universiteit Amsterdam"):
        assert found.get(name) == "Organisation"


def test_an_academic_title_names_a_person_however_rare_her_given_name():
    found = facts(SPEAKERS)
    assert entities(SPEAKERS).get("Mima Castell") == "Person"
    assert ("Mima Castell", "worksFor", "Northumbria University") in found
    assert ("Teun van Dijk", "worksFor", "Vrije Universiteit Amsterdam") in found
