"""How press releases and project news name a project and its groups: a quoted name after "Projektet", a
development work named after its cue, a steering group named by its project, who appears "från" that group,
and partners who "arbetar tillsammans … genom" the project. Every snippet is invented and names no one from
the corpora."""
from snippets import entities, facts


def test_a_quoted_name_after_a_capitalised_cue_is_a_project():
    found = entities('Projektet "Hemma i Åsen" handlar om just detta.')
    assert found.get("Hemma i Åsen") == "Project"


def test_a_development_work_named_after_its_cue_is_a_project():
    found = entities("I länet har vi arbetat med utvecklingsarbetet Gott liv för att hitta nya former.")
    assert found.get("Gott liv") == "Project"


def test_a_group_named_by_its_project_lists_those_who_appear_from_it():
    found = facts("Utvecklingsarbetet Gott liv samordnas av Region Värmland.\n\n"
                  "Medverkande från politiska styrgruppen Gott liv\n"
                  "Tilda Holm, Region Värmland\nAxel Ström, Arvika kommun")
    group = "Politiska styrgruppen Gott liv"
    assert ("Tilda Holm", "participatesIn", group) in found
    assert ("Axel Ström", "participatesIn", group) in found


def test_partners_working_together_through_a_named_project_take_part_in_it():
    found = facts("Hammarö kommun och Landstinget i Värmland arbetar tillsammans för att äldre ska må bra "
                  "genom utvecklingsarbetet Gott liv.")
    assert ("Landstinget i Värmland", "participatesIn", "Gott liv") in found


def test_an_area_named_in_lower_case_after_its_heads_title_is_a_unit_of_the_region():
    found = facts("– Det är nödvändigt, säger Jonna Vikström, områdeschef närsjukvårdsområde Umeå vid Region "
                  "Västerbotten.")
    assert ("Jonna Vikström", "leads", "Närsjukvårdsområde Umeå") in found
    assert ("Närsjukvårdsområde Umeå", "partOf", "Region Västerbotten") in found


def test_a_municipality_written_with_a_capital_kommun_is_the_municipality():
    found = facts("– Ett bra samarbete, säger Ebba Nord, kommundirektör Örnsköldsviks Kommun.")
    assert ("Ebba Nord", "worksFor", "Örnsköldsviks kommun") in found


def test_a_platform_for_shared_development_is_a_project():
    found = entities("Gott liv för alla är en plattform för länsgemensamma utvecklingsområden där regionen och "
                     "kommunerna samverkar.\n\nDen gemensamma plattformen \"Gott liv för alla\" stöder arbetet.")
    assert found.get("Gott liv för alla") == "Project"


def test_a_digital_platform_is_no_project():
    found = entities("Journalen är en digital plattform som invånarna använder.")
    assert found.get("Journalen") != "Project"
