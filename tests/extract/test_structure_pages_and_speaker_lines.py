"""A collaboration structure's page that names each level by a heading over "Består av …", its chair by a term in
bare years; an agenda's item with its speakers on the next line; a producer's card that ties her title to her own
company. Regions and municipalities are public reference data; every person, group and company is invented."""
import pytest

from snippets import entities, facts

STRUCTURE = ("Samverkansstruktur i länet\n\n"
             "Samverkansstrukturen består av tre nivåer:\n\n"
             "Vård Ihop\n\n"
             "Består av politiker från berörda nämnder i kommunerna och regionen. Ordförande 2023-2026 är Ove Sandell, "
             "ordförande Socialnämnden, Ånge kommun. Vice ordförande är Lina Borg, ledamot i Region Västernorrland.\n\n"
             "Tjänstemannagruppen\n\n"
             "Består av högre tjänstemän från kommunernas socialtjänst.\n\n"
             "Utbildningsdag\n\n"
             "Består av föreläsningar och workshoppar.")


def test_a_heading_over_the_people_a_body_is_made_of_names_a_forum():
    found = entities(STRUCTURE)
    assert found.get("Vård Ihop") == "CollaborationForum"
    assert found.get("Tjänstemannagruppen") == "CollaborationForum"
    assert "Utbildningsdag" not in found  # made of talks, not of people


def test_the_chair_for_a_term_in_bare_years_and_the_deputy_under_that_heading():
    found = facts(STRUCTURE)
    assert ("Ove Sandell", "leads", "Vård Ihop") in found
    assert ("Lina Borg", "participatesIn", "Vård Ihop") in found


AGENDA = ("Länsrådet 3 mars\n\n"
          "Inledning\n\n"
          "Ordföranden hälsar välkommen till mandatperiodens första möte och presenterar dagens program för alla.\n\n"
          "Gemensamma medel till området psykisk hälsa och suicidprevention, föredragning och förslag om beslut\n"
          "Tuva Brink och Mats Ölund, Region Värmland\n\n"
          "Bilden av länet – föredragning samt gruppdialoger\n"
          "Ada Fjäll, Eli Storm, Kim Varg, Region Värmland och Nils Ek, Ekdahl Analys AB\n\n"
          "Regionen har länge mätt bilden av länet utanför länet och gör nu en mätning bland dem som bor här.")


@pytest.mark.parametrize("person, employer", [
    ("Tuva Brink", "Region Värmland"), ("Mats Ölund", "Region Värmland"),
    ("Ada Fjäll", "Region Värmland"), ("Eli Storm", "Region Värmland"), ("Kim Varg", "Region Värmland"),
    ("Nils Ek", "Ekdahl Analys AB"),
])
def test_an_agenda_items_speakers_on_the_next_line_work_where_their_line_says(person, employer):
    assert (person, "worksFor", employer) in facts(AGENDA)


def test_the_last_speakers_own_company_is_not_the_others():
    assert ("Kim Varg", "worksFor", "Ekdahl Analys AB") not in facts(AGENDA)


PODCAST = ("Poddavsnitt 12\n\n"
           "Ett samtal om projektet Hemma Tryggt i Region Västmanland.\n\n"
           "Host\nSiv Holm\nSamordnare på Region Västmanland\n\n"
           "Producer\nTor Dahl\nProjektledare och grundare av Tonverket\n")


def test_a_producer_who_leads_and_founded_her_own_company_leads_no_project_of_the_page():
    found = facts(PODCAST)
    assert ("Tor Dahl", "worksFor", "Tonverket") in found
    assert not [f for f in found if f[0] == "Tor Dahl" and f[1] == "leads"]


def test_a_projects_name_stops_before_the_region_that_runs_it():
    found = entities("Ett samtal om projektet Trygg Kväll i Region Västmanland och vad det har gett.")
    assert found.get("Trygg Kväll") == "Project"
    assert not [n for n in found if n.startswith("Trygg Kväll i")]
