"""Project pages on e-health: a name in capitals after the cue ("EU-projektet HOMECARE-NET"), a page titled by an
adjective and a plural noun, its partners listed ("Projektpartners förutom X är A, B och C"), and "Projektet har ett
samarbete med X". Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

PAGE = """Digitala hembesök

Skapar trygghet för äldre i glesbygd.

Vi vill med projektet pröva hembesök via surfplatta. Projektet vill öka tryggheten för de äldre.

Projektpartners förutom RISE är Glesbygdsmedicinskt Centrum, Region Jämtland Härjedalen, Bergs kommun och Kry.
"""


def test_a_name_in_capitals_after_the_cue_is_the_project():
    assert entities("Det är genom EU-projektet HOMECARE-NET som Socialstyrelsen prövar distansvård.").get(
        "HOMECARE-NET") == "Project"
    assert entities("Genom projektet TELEDOK prövar regionen distansvård.").get("TELEDOK") == "Project"


def test_a_page_titled_by_an_adjective_and_a_plural_noun_is_the_projects():
    assert entities(PAGE).get("Digitala hembesök") == "Project"


def test_the_partners_listed_and_the_one_left_out_take_part():
    found = facts(PAGE)
    for org in ("RISE Research Institutes of Sweden", "Glesbygdsmedicinskt centrum", "Region Jämtland Härjedalen", "Bergs kommun"):
        assert (org, "participatesIn", "Digitala hembesök") in found


def test_the_project_has_a_collaboration_with():
    found = facts("Projektet Vårdstöd på distans pågår sedan 2019. Projektet har ett samarbete med Lunds universitet "
                  "kring tjänstedesign. Projektet involverar Ystads lasarett och vårdcentralerna i området.")
    assert ("Lunds universitet", "participatesIn", "Vårdstöd på distans") in found
    assert ("Ystads lasarett", "participatesIn", "Vårdstöd på distans") in found


def test_a_headline_with_a_verb_is_no_project():
    assert "Läkaren kommer hem" not in entities("Läkaren kommer hem\n\nProjektet har prövats i ett år.")


def test_an_inquiry_named_on_the_way_is_not_the_project():
    found = facts("Projektet Vårdstöd på distans pågår sedan 2019. Projektet tar hänsyn till förslagen i utredningen "
                  "God och nära vård. Projektet har ett samarbete med Lunds universitet kring tjänstedesign.")
    assert ("Lunds universitet", "participatesIn", "Vårdstöd på distans") in found
    assert ("Lunds universitet", "participatesIn", "God och nära vård") not in found


def test_a_project_named_like_a_care_centre_is_the_project():
    page = ("Smarta Vårdcentralen - projekt för ökad digitalisering\n\n2019-04-02\n\nRegionen har gjort en "
            "överenskommelse om ett projekt.\n\nProjektet Smarta Vårdcentralen ska införa digitala tjänster.\n")
    found = entities(page)
    assert found.get("Smarta Vårdcentralen") == "Project"
    assert "Smarta Vårdcentralen - projekt för ökad digitalisering" not in found


def test_research_project_names_in_english_and_in_capitals_with_a_place():
    assert entities("Projektet har namnet Smart Assistance for Home Care och ska pågå i fyra år.").get(
        "Smart Assistance for Home Care") == "Project"
    assert entities("Vid högskolan pågår sedan tidigare äldreprojektet SNAC-Kronoberg som gjort detta möjligt.").get(
        "SNAC-Kronoberg") == "Project"


def test_a_project_named_by_an_article_an_adjective_and_a_definite_noun():
    found = facts("Forskarna har fått anslag för att utveckla projektet Det trygga hemmet. Projektet handlar om "
                  "arenor för forskning, säger projektledaren Tova Hedin.")
    assert ("Tova Hedin", "leads", "Det trygga hemmet") in found
    assert "Det är" not in entities("Vi driver projektet Det är viktigt att vi hörs.")


def test_a_sub_project_carried_out_together_with_a_care_centre():
    text = ("Delprojekt inom programmet\n\n2. Lugna kvällar Ekeby\nTest av digital tillsyn i Höganäs kommun. "
            "Delprojektet genomförs i samarbete med Vårdcentralen Ekeby, som står för läkarstöd.\n"
            "Delprojektledare: Lisa Borgström, Höganäs kommun")
    found = facts(text)
    assert ("Vårdcentralen Ekeby", "participatesIn", "Lugna kvällar Ekeby") in found
    assert ("Lisa Borgström", "leads", "Lugna kvällar Ekeby") in found


def test_a_university_listed_beside_a_municipality_is_not_part_of_it():
    found = facts("Under veckan byggde Region Jönköpings län tillsammans med Jönköping University, Jönköpings kommun "
                  "och Länsstyrelsen en gemensam mötesplats.")
    assert not any(f[1] == "partOf" and f[0] == "Jönköping University" for f in found)
    # a research unit named beside its region is still the region's
    found = facts("Kontakt: FoU Välfärd, Region Västerbotten.")
    assert ("FoU Välfärd", "partOf", "Region Västerbotten") in found


def test_a_project_named_by_an_adjective_and_a_plural_noun_before_its_verb():
    assert entities("Projektet Lugna kvällar genomförs i Höganäs kommun.").get("Lugna kvällar") == "Project"
    assert entities("Projektet Aktiva seniorer startar nu.").get("Aktiva seniorer") == "Project"
    # a one-word name before its verb stays one word
    found = entities("Projektet Nordlys startar nu i Luleå.")
    assert found.get("Nordlys") == "Project" and "Nordlys startar" not in found


def test_a_municipality_that_wants_to_stay_part_of_a_named_cooperation_takes_part_in_it():
    text = ("Borgholms kommun vill fortsätta att vara en del av samarbetet Skol- och omsorgsakademin, SO-akademin. "
            "Samarbetet går ut på att trygga kompetensen inom omsorgen.\n")
    assert entities(text).get("Skol- och omsorgsakademin") == "Project"
    assert ("Borgholms kommun", "participatesIn", "Skol- och omsorgsakademin") in facts(text)


def test_a_project_name_ends_before_an_adverb_of_time():
    assert entities("Kommunen ingår i projektet Trygg Kväll sedan 2019.\n").get("Trygg Kväll") == "Project"
