"""News pages about one project: its name running on to whom it is for ("projektet Riktad vård för sköra, vars …"),
the reform named for two places ("God och nära vård i Arvidsjaur och Arjeplog"), and a project leader a photo
caption names on a page about that one project. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_a_project_name_runs_on_to_whom_it_is_for_at_the_clauses_end():
    found = entities("Det visar projektet Samlad omsorg för sköra, vars resultat kom i dag.")
    assert found.get("Samlad omsorg för sköra") == "Project"


def test_for_a_purpose_does_not_lengthen_the_name():
    found = entities("Det visar projektet Samlad omsorg för att minska köerna.")
    assert found.get("Samlad omsorg") == "Project"


def test_the_reform_named_for_two_places_is_one_project():
    found = entities("Tove Rask är projektledare över God och nära vård i Arvidsjaur och Arjeplog.")
    assert found.get("God och nära vård i Arvidsjaur och Arjeplog") == "Project"


def test_a_project_leader_in_a_caption_leads_the_pages_one_project():
    found = facts("Bilden visar projektledare Ivar Strand och distriktsläkare Moa Lind.\n\n"
                  "Det visar projektet Samlad omsorg för sköra, vars resultat kom i dag.")
    assert ("Ivar Strand", "leads", "Samlad omsorg för sköra") in found
    assert ("Moa Lind", "leads", "Samlad omsorg för sköra") not in found


def test_a_project_leader_on_a_page_of_two_projects_leads_neither_by_default():
    found = facts("Bilden visar projektledare Ivar Strand.\n\n"
                  "Det visar projektet Samlad omsorg för sköra och projektet Trygg kväll i Mora.")
    assert not [f for f in found if f[0] == "Ivar Strand" and f[1] == "leads"]


TEAM = ("Trygg vardag - ger trygghet när man kommer hem från korttidsboende eller sjukhus till sitt hem igen\n\n"
        "Tre kvinnor\n\n"
        "Det är undersköterskorna Pia Holm (specialistundersköterska) och Lova Stjärna som utgör Trygg vardag. "
        "Det har varit ett projekt i Torsby kommun sedan 2019.\n\n"
        "Sedan 2019 har Trygg vardag funnits som projekt i Torsby kommun. Projektet Trygg vardag startade 2019.")


def test_the_people_a_cleft_says_make_up_a_team_take_part_in_it():
    found = facts(TEAM)
    assert ("Pia Holm", "participatesIn", "Trygg vardag") in found
    assert ("Lova Stjärna", "participatesIn", "Trygg vardag") in found


def test_a_project_that_has_run_in_a_municipality_has_it_as_a_party():
    assert ("Torsby kommun", "participatesIn", "Trygg vardag") in facts(TEAM)


def test_a_short_heading_under_a_long_headline_is_no_project():
    assert "Tre kvinnor" not in entities(TEAM)


def test_a_capitalised_project_compound_inside_a_sentence_is_a_project():
    found = entities("Förbundet är ett resultat av det så kallade Femhundraprojektet, som startades 2006.")
    assert found.get("Femhundraprojektet") == "Project"


def test_the_pages_project_is_part_of_the_change_work_it_names():
    found = facts("Hälsouppdrag Norrvik\n\nProjektet Hälsouppdrag Norrvik startade i maj. Projektet Hälsouppdrag "
                  "Norrvik leds av vårdcentralen.\n\nProjektet är en del av omställningsarbetet Trygg och nära vård 2030.")
    assert ("Hälsouppdrag Norrvik", "partOf", "Trygg och nära vård 2030") in found


def test_a_unit_with_its_short_form_between_is_part_of_the_body_after_it():
    found = facts("Idén kom från utvecklingsenheten Fjällmedicinskt centrum, FMC, inom Region Jämtland Härjedalen.")
    assert ("Fjällmedicinskt centrum", "partOf", "Region Jämtland Härjedalen") in found
