"""An employer the lexicons do not know, named after a title and where: "affärsutvecklingschef på Min Vårdapp",
"verksamhetschef vid Hälsa och habilitering", "verksamhetschef för eVård Arena". Every snippet is invented and names
no one from the corpora."""
from snippets import entities, facts


def test_two_capitalised_words_after_title_and_where():
    found = facts("– Studien gav en fingervisning, säger Dagmar Pihl, affärsutvecklingschef på Vårdbolaget Norrsken.")
    assert ("Dagmar Pihl", "worksFor", "Vårdbolaget Norrsken") in found


def test_a_unit_of_two_common_words_joined_by_och_is_headed():
    found = facts("– Vården i hemmet är ofta bättre, säger Lisbet Moberg, verksamhetschef vid Hälsa och rehabilitering.")
    assert ("Lisbet Moberg", "worksFor", "Hälsa och rehabilitering") in found
    assert ("Lisbet Moberg", "leads", "Hälsa och rehabilitering") in found


def test_a_name_opening_in_lower_case_camel():
    found = facts("– Det kan lösa stora frågor, säger Jonas Hallin, verksamhetschef för eVård Arena.")
    assert ("Jonas Hallin", "worksFor", "eVård Arena") in found


def test_a_person_or_a_place_after_the_title_is_no_employer():
    names = entities("Hon är sjuksköterska på Ekby Norra, sa Ingrid Holm, och hon är läkare hos Anna Berg.")
    assert "Anna Berg" not in names or names["Anna Berg"] == "Person"


def test_a_dean_is_a_title():
    found = facts("Avtalet tecknades av regiondirektör Ingrid Fjäll för Region Kalmar län och dekan Ivar Nygård vid "
                  "Linnéuniversitetet.")
    assert ("Ivar Nygård", "title", "dekan") in found


def test_where_she_comes_from_set_off_by_commas_before_the_copula():
    found = facts("Karolina Sjöberg, från Kompetenscentrum på Regionservice, är huvudprojektledare i piloten.")
    assert ("Karolina Sjöberg", "title", "huvudprojektledare") in found


def test_the_leader_of_a_research_environment_leads_it():
    found = facts("Forskarna i forskningsmiljön AgeLab har fått anslag. Kerstin Malm är ledare för AgeLab sedan 2014.")
    assert ("Kerstin Malm", "leads", "AgeLab") in found


def test_a_government_inquirys_experts_carry_the_ministry_titles_before_their_names():
    text = ("Som sakkunniga förordnades den 3 maj kanslirådet Elsa Brandt (Socialdepartementet), ämnesrådet "
            "Olof Rydberg (Finansdepartementet) och departementssekreteraren Tilda Nyström (Socialdepartementet).\n")
    found = facts(text)
    assert ("Elsa Brandt", "title", "kansliråd") in found
    assert ("Olof Rydberg", "title", "ämnesråd") in found
    assert ("Tilda Nyström", "title", "departementssekreterare") in found
    assert "Kanslirådet" not in entities(text)


INQUIRY = ("Regeringen beslutade den 3 maj att ge en särskild utredare i uppdrag att se över hemsjukvården. Den 1 juni "
           "utsågs professor Greta Lindahl till särskild utredare. Utredningen har antagit namnet Utredningen om "
           "hemsjukvårdens ansvar (S 2022:04).\n\n"
           "Som experter i utredningen förordnades den 1 september enhetschefen Arvid Holm (Socialstyrelsen), "
           "professorn Saga Berglund (Umeå universitet), sektionschefen Leo Strand (Sveriges Kommuner och Regioner) "
           "och förbundsjuristen Hedda Falk (Sveriges Kommuner och Regioner). Den 2 mars entledigades Leo Strand.\n\n"
           "Huvudsekreterare har från den 1 augusti varit Nils Ekdahl.\n")


def test_a_government_inquirys_preface_names_who_leads_it_and_who_takes_part():
    found = facts(INQUIRY)
    assert ("Greta Lindahl", "leads", "Utredningen om hemsjukvårdens ansvar") in found
    for name in ("Arvid Holm", "Saga Berglund", "Hedda Falk", "Nils Ekdahl"):
        assert (name, "participatesIn", "Utredningen om hemsjukvårdens ansvar") in found


def test_an_expert_the_inquiry_relieved_since_takes_no_part_in_it():
    assert not [f for f in facts(INQUIRY) if f[0] == "Leo Strand" and f[1] == "participatesIn"]


def test_a_psychologist_in_training_or_a_specialist_psychologist_has_that_title():
    text = ("Nya i mottagningen\n\nTuva Axelsson, leg. psykolog, STP-psykolog i klinisk psykologi\n"
            "Måns Hedin, PTP-psykolog\n\nIrma Blom, specialistpsykolog, leder pilotprojektet.\n")
    found = facts(text)
    assert ("Måns Hedin", "title", "ptp-psykolog") in found
    assert ("Irma Blom", "title", "specialistpsykolog") in found
    assert [f for f in found if f[0] == "Tuva Axelsson" and f[1] == "title" and "stp-psykolog" in f[2]]
