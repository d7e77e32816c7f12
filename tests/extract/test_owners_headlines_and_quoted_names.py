"""A project's owner named by the copula, the one project a headline names, a quoted name after "heter" or with a
subtitle, and municipalities listed with one plural noun that run a project. Every person, company and project is
invented; regions and municipalities are public reference data."""
from snippets import entities, facts


def test_the_owner_said_to_be_projektagare_takes_part_in_the_project_the_text_is_about():
    text = ("Projektet heter ”Tryggt hemma – stöd utifrån ett helhetsperspektiv” och ska pågå i två år. "
            "Kvarnbo Utveckling AB är projektägare och budgeten är cirka fem miljoner kronor.")
    found = facts(text)
    assert ("Kvarnbo Utveckling AB", "participatesIn",
            "Tryggt hemma – stöd utifrån ett helhetsperspektiv") in found


def test_a_quoted_name_with_a_subtitle_after_a_dash_is_the_whole_name():
    found = entities("Det är tanken bakom projektet ”Vital Bygd Agency – för fler hållbara investeringar till bygden”.")
    assert found.get("Vital Bygd Agency – för fler hållbara investeringar till bygden") == "Project"


def test_a_long_quoted_sentence_without_a_subtitle_is_still_no_name():
    found = entities("Det är tanken bakom projektet ”att vi alla ska kunna bo kvar hemma så länge vi själva vill”.")
    assert not any(kind == "Project" for kind in found.values())


def test_the_project_manager_quoted_on_a_page_whose_headline_names_one_project_leads_it():
    text = ("40 miljoner till samverkansprojektet Hemma för en åldrande bygd\n\nPublicerad: 2024-01-10\n\n"
            "Vinnova har beviljat medel till projektet Hemma för en åldrande bygd inom programmet Smart välfärd. "
            "Programmet Smart välfärd pågår i tre år.\n\n"
            "– Vi stärker civilsamhället, säger Kerstin Vall, projektledare.\n\n"
            "Projektet är ett samverkansprojekt där Vingåkers kommun är projektägare.")
    found = facts(text)
    assert ("Kerstin Vall", "leads", "Hemma för en åldrande bygd") in found
    assert ("Kerstin Vall", "leads", "Smart välfärd") not in found
    assert ("Vingåkers kommun", "participatesIn", "Hemma för en åldrande bygd") in found


def test_municipalities_sharing_one_plural_noun_and_a_genitive_stem_run_the_project_they_will_drive():
    text = "Falu och Borlänge kommuner ska driva projektet ”Pilot Smart Vardag” för att öka kunskapen."
    found = facts(text)
    assert entities(text).get("Falu kommun") == "Organisation"
    assert ("Falu kommun", "participatesIn", "Pilot Smart Vardag") in found
    assert ("Borlänge kommun", "participatesIn", "Pilot Smart Vardag") in found


def test_a_final_reports_title_page_opens_with_the_name_of_its_project():
    found = entities("1 Trygg med teknik Slutrapport\n\nProjektet pågick i två år i Mora kommun.")
    assert found.get("Trygg med teknik") == "Project"


def test_an_evaluations_final_report_names_no_project_by_its_title():
    found = entities("Nya arbetssätt för de mest sjuka äldre Slutrapport från utvärderingen\n\nRapporten beskriver.")
    assert not any(kind == "Project" for kind in found.values())


def test_a_sentence_run_on_after_an_acronyms_project_leaves_the_compound_as_its_name():
    found = entities("FoU i kommuner och regioner Delrapport tre från ABK-projektet Denna studie handlar om FoU-miljöer.")
    assert found.get("ABK-projektet") == "Project"
    assert "Denna studie" not in found


PAGE = ("Lärdomar om samverkan under pandemin\n\n"
        "Det här projektet har dels varit ett samarbete mellan FoU Nordost och Stiftelsen Äldrecentrum och dels ett "
        "eget projekt. Vi har undersökt hur samarbetet fungerat.\n\n"
        "Projektledare:\n\nHelga Brink, Oskar Dal\n\nProjekttid: 2020-2021")


def test_a_project_pages_title_may_hold_prepositions_and_plural_nouns():
    assert entities(PAGE).get("Lärdomar om samverkan under pandemin") == "Project"
    assert ("Helga Brink", "leads", "Lärdomar om samverkan under pandemin") in facts(PAGE)


def test_what_the_project_has_been_a_collaboration_between_takes_part_in_it():
    found = facts(PAGE)
    assert ("FoU Nordost", "participatesIn", "Lärdomar om samverkan under pandemin") in found
    assert ("Stiftelsen Äldrecentrum", "participatesIn", "Lärdomar om samverkan under pandemin") in found


def test_a_heading_about_a_profession_is_no_projects_name():
    found = entities("Sjuksköterskor på vårdcentraler\n\nProjektet ska pröva nya arbetssätt i Mora kommun.")
    assert "Sjuksköterskor på vårdcentraler" not in found


def test_a_short_project_name_the_text_never_writes_in_lower_case_is_found_each_time_it_recurs():
    text = ("EU-projekt ger stöd åt demenssjuka\n\nNorrbottens läns landsting driver Ramodel – ett internationellt "
            "projekt. Ramodel ägs av Norrbottens läns landsting och genomförs i samverkan med Kommunförbundet "
            "Norrbotten. – Det handlar om teknik, säger Stefan Sävborg, projektledare för Ramodel. "
            "På ramodel.eu kan man läsa mer.")
    found = facts(text)
    assert ("Norrbottens läns landsting", "participatesIn", "Ramodel") in found
    assert ("Kommunförbundet Norrbotten", "participatesIn", "Ramodel") in found
    assert not any(name.startswith("EU-projekt ger") for name in entities(text))


def test_a_municipality_after_a_projects_name_runs_it_and_is_no_part_of_the_name():
    found = entities("Därför startades projektet Mobil sköterska i Ljungby kommun i mars. "
                     "Projektet Trygg hemgång i Hagfors pågår.")
    assert found.get("Mobil sköterska") == "Project"
    assert found.get("Trygg hemgång i Hagfors") == "Project"
