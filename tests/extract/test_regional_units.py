"""Units, federations and inquiries as regional press releases and seminar pages name them: "verksamhetschef för
Nära vård X" (a unit in a town), "division Nära vård", "X familjecentral" and "familjecentralen X", a county's
federation ("X läns bildningsförbund", "Norra sjukvårdsregionförbundet", written short too), a sports federation's
county branch, "Utredningen om …", and a rare given name before a surname pair. Every snippet is invented and names
no one from the corpora."""
from snippets import entities, facts


def test_the_head_of_a_nara_vard_unit_in_a_town():
    found = facts("– Vi öppnar i vår, säger Alma Berg, verksamhetschef för Nära vård Sundsvall.")
    assert ("Alma Berg", "worksFor", "Nära vård Sundsvall") in found
    assert ("Alma Berg", "leads", "Nära vård Sundsvall") in found


def test_the_reform_after_chef_for_is_no_unit():
    assert "Nära vård" not in entities("Eva Ek är chef för Nära vård. Hon börjar i maj.")


def test_a_division_named_in_lower_case():
    found = entities("Representanter från division Nära vård och Ekby familjecentral kommer till Ekby.")
    assert found.get("Division Nära vård") == "Organisation"
    assert found.get("Ekby familjecentral") == "Organisation"


def test_a_family_centre_named_after_its_noun():
    found = entities("I Ekby planeras ett hus där Folktandvården och familjecentralen Solrosen arbetar tillsammans.")
    assert found.get("Familjecentralen Solrosen") == "Organisation"


def test_a_town_centre_is_no_unit_but_a_centre_named_by_its_adjective_is():
    assert "Ekby centrum" not in entities("Vi finns på plats i Ekby centrum för att prata med invånarna.")
    assert entities("Hon forskar vid Landsbygdsmedicinskt centrum i Ekby.").get(
        "Landsbygdsmedicinskt centrum") == "Organisation"


def test_federations_named_by_a_county_or_a_part_of_the_country():
    found = entities("Det finns en överenskommelse med Gävle läns bildningsförbund (GLBF). Regeringen ger pengar "
                     "till Södra sjukvårdsregionförbundets projekt.")
    assert found.get("Gävle läns bildningsförbund") == "Organisation"
    assert found.get("Södra sjukvårdsregionförbundet") == "Organisation"


def test_a_federation_written_short_is_the_same_federation():
    found = entities("Eva Ek är förbundsdirektör på Södra sjukvårdsregionförbundet. Södra sjukvårdsförbundet har "
                     "fyra regioner som medlemmar.")
    assert found.get("Södra sjukvårdsregionförbundet") == "Organisation"
    assert "Södra sjukvårdsförbundet" not in found


def test_a_sports_federations_county_branch():
    found = entities("Det finns en överenskommelse mellan RF-SISU Gävleborg län och kommunerna.")
    assert "RF-SISU Gävleborg län" in found or "RF-SISU Gävleborg" in found
    assert entities("Det finns en överenskommelse mellan RF-SISU Västmanland län och kommunerna.").get(
        "RF-SISU Västmanland län") == "Organisation"


def test_a_government_inquiry_by_its_capitalised_name_and_its_special_investigator():
    found = facts("Eva Ek, generaldirektör för Socialstyrelsen och särskild utredare för Utredningen om en "
                  "äldreomsorgslag och stärkt kompetens i kommuner\n")
    name = "Utredningen om en äldreomsorgslag och stärkt kompetens i kommuner"
    assert entities("Hon är särskild utredare för Utredningen om en äldreomsorgslag och stärkt kompetens i kommuner."
                    ).get(name) == "Project"
    assert ("Eva Ek", "leads", name) in found


def test_a_rare_given_name_before_a_surname_pair_is_one_person():
    found = entities("De diskuterar med Martin Berg, direktör i Region Halland, Ejja Holm Aktell, äldreomsorgschef i "
                     "Ekby kommun, och Eva Ek.\n\nMedverkande\n\nMartin Berg, direktör i Region Halland\n\n"
                     "Ejja Holm Aktell, avdelningschef för vård och omsorg i Ekby kommun\n")
    assert found.get("Ejja Holm Aktell") == "Person"
    assert "Holm Aktell" not in found


def test_the_county_board_by_its_bare_name_is_the_one_of_the_county_the_page_is_about():
    text = ("Region Kalmar län och Nybro kommun bjuder in till en dag om suicidprevention. "
            "Länsstyrelsen och Region Kalmar län leder det länsgemensamma arbetet.\n")
    assert entities(text).get("Länsstyrelsen Kalmar") == "Organisation"


def test_the_county_board_by_its_bare_name_is_no_one_where_the_page_names_no_county():
    found = entities("Länsstyrelsen har beviljat medel till arbetet med personliga ombud.\n")
    assert not [n for n in found if n.startswith("Länsstyrelsen")]


def test_an_office_named_with_its_town_keeps_the_town_and_employs_who_works_there():
    text = "Jan Lindqvist, ekonomichef på Hälso- och sjukvårdskansliet i Kalmar, 0480-12 34 56\n"
    assert entities(text).get("Hälso- och sjukvårdskansliet i Kalmar") == "Organisation"
    assert ("Jan Lindqvist", "worksFor", "Hälso- och sjukvårdskansliet i Kalmar") in facts(text)


def test_the_office_a_heads_title_names_in_lower_case_is_the_one_she_leads():
    text = ("Mellan 2006–2007 arbetade Maja Holm som vård- och omsorgschef i Katrineholms kommun, därefter bar det "
            "av till Flen och uppdraget som socialchef. Den 1 augusti efterträdde hon Eva Ek som chef för "
            "socialkontoret i Katrineholm, när hon gick i pension.\n")
    assert [f for f in facts(text) if f[0] == "Maja Holm" and f[1] == "leads"]


def test_an_administration_in_lower_case_after_a_title_employs_who_holds_it():
    text = ("– Vi vill vara med, säger Ida Holmberg, förvaltningschef, vård- och omsorgsförvaltningen.\n"
            "– Vi stödjer verksamheterna, säger Jenny Alm, FoU-koordinator på hälsa-, vård- och omsorgsförvaltningen.\n")
    found = facts(text)
    assert ("Ida Holmberg", "worksFor", "Vård- och omsorgsförvaltningen") in found
    assert ("Ida Holmberg", "leads", "Vård- och omsorgsförvaltningen") in found
    assert ("Jenny Alm", "worksFor", "Hälsa-, vård- och omsorgsförvaltningen") in found
    assert ("Jenny Alm", "leads", "Hälsa-, vård- och omsorgsförvaltningen") not in found


def test_an_administration_named_with_its_owner_leaves_the_owner_her_employer():
    text = "– Inga kontrakt är påskrivna, säger Tove Ek som är verksamhetschef på socialförvaltningen på Botkyrka kommun.\n"
    assert ("Tove Ek", "worksFor", "Botkyrka kommun") in facts(text)
