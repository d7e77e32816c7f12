"""How news and trade press name the people who run a health centre or a care company: "vårdcentralen X" and
"X vårdcentral" as one centre, its "enhetschef" as its head, the head in a photo's caption, "Hälsoval X", the
company named after "företaget", "företagets vd", "vd:n" in a sentence about one company, and "läkare och
medicinskt ansvarig". Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts, named

CENTRE = ("Region Halland har varnat Ekby vårdcentral flera gånger. – Vi anser att vårdcentralen Ekby har brustit, "
          "säger Olle Sand, chef för Hälsoval Halland. Men vårdcentralens enhetschef, Tora Lind, anser sig inte ha "
          "gjort fel.")


def test_a_centre_named_before_and_after_its_noun_is_one_centre():
    found = entities(CENTRE)
    assert found.get("Ekby vårdcentral") == "Organisation"
    assert "Vårdcentralen Ekby" not in found


def test_the_centres_enhetschef_heads_it():
    found = facts(CENTRE)
    assert ("Tora Lind", "worksFor", "Ekby vårdcentral") in found
    assert ("Tora Lind", "leads", "Ekby vårdcentral") in found


def test_the_office_of_a_regions_patient_choice_is_an_organisation_its_chief_leads():
    found = facts(CENTRE)
    assert entities(CENTRE).get("Hälsoval Halland") == "Organisation"
    assert ("Olle Sand", "leads", "Hälsoval Halland") in found


def test_the_patient_choice_coming_in_is_a_reform():
    found = entities("Vårdcentralerna höll öppet hus inför Hälsoval Blekinge som börjar gälla den 1 maj.")
    assert found.get("Hälsoval Blekinge") == "Project"


def test_the_head_named_in_a_photos_caption_leads_the_unit():
    found = facts("Vårdcentralen i Ekshärad är omtyckt och personalen jobbar hårt. På bilden: Anna Berg, "
                  "enhetschef Lisa Holm och Eva Ström.")
    assert ("Lisa Holm", "leads", "Vårdcentralen i Ekshärad") in found
    assert ("Anna Berg", "leads", "Vårdcentralen i Ekshärad") not in found
    assert ("Anna Berg", "worksFor", "Vårdcentralen i Ekshärad") in found


def test_the_company_named_after_foretaget_and_its_vd():
    text = ("Det är företaget KMV Omsorg som planerar att öppna i Ekby. – Vi öppnar i november, säger "
            "distriktsläkaren och företagets vd Nils Dahl.")
    assert entities(text).get("KMV Omsorg") == "Organisation"
    found = facts(text)
    assert ("Nils Dahl", "worksFor", "KMV Omsorg") in found
    assert ("Nils Dahl", "leads", "KMV Omsorg") in found


def test_vd_n_in_a_sentence_about_one_company_heads_it():
    found = facts("Men trots att Lövkliniken inte behöver annonsera efter distriktsläkare och är populär bland "
                  "patienterna är vd:n Sten Borg inte nöjd.")
    assert ("Sten Borg", "title", "vd") in found
    assert ("Sten Borg", "leads", "Lövkliniken") in found


def test_vd_n_between_two_organisations_is_left_open():
    found = facts("Lövkliniken och Ekby vårdcentral växer, men vd:n Sten Borg är inte nöjd.")
    assert not {f for f in found if f[0] == "Sten Borg" and f[1] in ("leads", "worksFor")}


def test_medically_responsible_is_a_role_of_its_own():
    found = facts("– Vi har samma mål, säger Ulf Berg, läkare och medicinskt ansvarig på den nya hälsocentralen "
                  "Tallbo i Ekby.")
    assert ("Ulf Berg", "title", "läkare") in found
    assert ("Ulf Berg", "title", "medicinskt ansvarig") in found
    assert ("Ulf Berg", "worksFor", "Hälsocentralen Tallbo") in found


def test_medically_responsible_nurse_stays_one_title():
    found = facts("Eva Holm, medicinskt ansvarig sjuksköterska i Ekby kommun, svarar.")
    assert ("Eva Holm", "title", "medicinskt ansvarig sjuksköterska") in found
    assert ("Eva Holm", "title", "medicinskt ansvarig") not in found


def test_a_centre_after_a_preposition_may_bear_a_given_name():
    found = facts("Det är telefonrond på Märta vårdcentral, där Ola Berg är distriktsläkare.")
    assert entities("Det är telefonrond på Märta vårdcentral i dag.").get("Märta vårdcentral") == "Organisation"
    assert "Märta vårdcentral" not in entities("Märta vårdcentral ringer i dag.")


CARD = ("Kontakt:\n\nTove Lind, primärvårdsområdeschef Hälsohjälpen\ntove.lind@vgregion.se, tel: 0704-11 22 33\n\n"
        "Åke Berg, allmäntandvårdschef Folktandvården Västra Götaland\nake.berg@vgregion.se, tel: 0705-11 22 33\n")


def test_a_contact_line_names_the_employer_after_the_title():
    found = facts(CARD)
    assert ("Tove Lind", "worksFor", "Hälsohjälpen") in found
    assert ("Åke Berg", "worksFor", "Folktandvården Västra Götaland") in found


def test_the_address_domain_adds_no_second_employer_where_the_line_names_one():
    found = facts(CARD)
    assert ("Tove Lind", "worksFor", "Västra Götalandsregionen") not in found
    assert ("Åke Berg", "worksFor", "Västra Götalandsregionen") not in found


def test_the_regions_dental_service_named_bare_and_by_its_region_is_one():
    text = "Där arbetar Folktandvården och Ekby kommun tillsammans. " + CARD
    found = entities(text)
    assert found.get("Folktandvården Västra Götaland") == "Organisation"
    assert "Folktandvården" not in found


def test_the_federations_chair_leads_the_one_federation_her_paragraph_named():
    found = facts("För Vårdförbundet innebär det att en lång kamp är i mål. ”Skam den som ger sig”, säger "
                  "förbundsordförande Ebba Lind.")
    assert ("Ebba Lind", "leads", "Vårdförbundet") in found


def test_a_short_name_in_lower_case_has_a_county_branch():
    found = facts("Eva Ek, specialist i allmänmedicin vid Ekby hälsocentral och ordförande för Sfam Gävleborg, är "
                  "engagerad.")
    assert entities("Hon är ordförande för Sfam Gävleborg sedan i våras.").get("Sfam Gävleborg") == "Organisation"
    assert ("Eva Ek", "leads", "Sfam Gävleborg") in found


def test_a_providers_care_centre_in_a_town_is_a_unit_of_the_provider():
    text = ("Beslutet att lägga ner Närhälsan i Åmål drabbar 17 anställda. – Vi har haft bekymmer, säger Ulla Berg, "
            "primärvårdschef för Närhälsan i norra Bohuslän.")
    assert named(text, "Organisation") == {"Närhälsan", "Närhälsan i Åmål"}
    found = facts(text)
    assert ("Närhälsan i Åmål", "partOf", "Närhälsan") in found
    assert ("Ulla Berg", "worksFor", "Närhälsan") in found


def test_a_companys_named_unit_is_part_of_the_company_the_text_names():
    found = facts("Capio Vårdcentral Ekbacken har öppnat. Capio driver sedan tidigare två vårdcentraler i länet.")
    assert ("Capio Vårdcentral Ekbacken", "partOf", "Capio") in found


def test_care_centres_listed_under_one_plural_each_take_the_name_they_have_alone():
    text = ("Vårdcentralerna Ekbacken och Solrosen i Eslöv får gemensam chef. Vårdcentralen Ekbacken saknar sedan en "
            "tid ordinarie verksamhetschef. Förslaget innebär att Solrosens chef Lena Borg även blir chef för Ekbacken.")
    assert named(text, "Organisation") == {"Vårdcentralen Ekbacken", "Vårdcentralen Solrosen"}
    found = facts(text)
    assert ("Lena Borg", "leads", "Vårdcentralen Solrosen") in found
    assert ("Lena Borg", "worksFor", "Vårdcentralen Solrosen") in found
