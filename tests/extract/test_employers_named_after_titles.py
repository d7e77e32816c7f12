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
