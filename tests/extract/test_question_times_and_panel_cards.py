"""A council's question time, where each question names the chair it is put to with the board she chairs, and a
panel's cards ("Name, ordf, body."). Every person is invented; boards, agencies, regions and companies of public
record are reference data."""
from naravard.extract.pipeline import extract
from snippets import entities, facts, text_of

QUESTIONS = (
    "2. Lena Ek (V) frågar ordförande i Göteborgs hälso- och sjukvårdsnämnd Olof Berg (M) om vaccinering.\n\n"
    "1. Nils Ahl (L) frågar ordföranden i Styrelsen för Folktandvården Karl-Erik Sand (V) om tillgängligheten.\n\n"
    "4. Åsa Lind (SD) frågar Peter Hallén (M), ordförande i styrelsen för Västtrafik AB, om kontrollanter.\n\n"
    "2. Aida Holm (C) frågar ordföranden i Strategiska hälso- och sjukvårdsnämnden Jenny Ros (S) om arbetet.\n\n"
    "6. Jonas Sten (SD) frågar ordföranden i Styrelsen för folkhögskolorna Mats Vall (V) om ett yrkande.")


def test_the_board_a_question_is_put_to_is_named_and_its_chair_leads_it():
    found = facts(QUESTIONS)
    assert ("Olof Berg", "leads", "Göteborgs hälso- och sjukvårdsnämnd") in found
    assert ("Jenny Ros", "leads", "Strategiska hälso- och sjukvårdsnämnden") in found
    assert ("Mats Vall", "leads", "Styrelsen för folkhögskolorna") in found


def test_the_chair_of_a_companys_or_a_services_board_leads_it_and_is_not_its_employee():
    found = facts(QUESTIONS)
    assert ("Peter Hallén", "leads", "Västtrafik AB") in found
    assert ("Peter Hallén", "worksFor", "Västtrafik AB") not in found
    assert ("Karl-Erik Sand", "leads", "Folktandvården") in found


def test_a_panels_card_gives_the_body_its_chair_chairs_after_a_comma():
    found = facts("Deltagare:\n\nEmma Holm (kd), ordf, socialutskottet.\n\nEva Spång, ordf, SYLF.")
    assert ("Emma Holm", "leads", "Socialutskottet") in found
    assert ("Eva Spång", "leads", "Sveriges yngre läkares förening") in found


def test_an_agencys_head_named_with_its_genitive_leads_it_under_its_common_name():
    text = "Vårdanalys myndighetschef Fredrik Ståhl deltar i ett samtal. Ann Ek, chef, Myndigheten för vårdanalys."
    found = facts(text)
    assert ("Fredrik Ståhl", "leads", "Myndigheten för vård- och omsorgsanalys") in found
    assert entities(text).get("Myndigheten för vård- och omsorgsanalys") == "Organisation"


def test_an_acronym_written_only_in_the_genitive_is_also_known_by_the_acronym_itself():
    found = extract(text_of("Vi arbetade med WHO:s vision för friska städer i hela kommunen."))
    who = found.entities[("Organisation", "Världshälsoorganisationen")]
    assert "WHO" in who.aliases


def test_a_county_council_written_with_a_capital_lan_is_the_countys_council():
    found = entities("Ministern reser till Kalmar för en dialog med ledningen för Landstinget Kalmar Län i morgon.")
    assert found.get("Landstinget i Kalmar län") == "Organisation"


def test_a_plural_title_before_a_list_is_each_names_and_the_next_title_goes_to_the_name_after_it():
    found = facts("Från Region Gävleborg deltog regionråden Eva Lind, Tomas Berg och Jan Lahti, regiondirektör "
                  "Sven Lönn, kultur- och kompetensdirektör Gun Hed samt strateg Maja Berg.")
    for name in ("Eva Lind", "Tomas Berg", "Jan Lahti"):
        assert (name, "title", "regionråd") in found, name
    assert ("Sven Lönn", "title", "regiondirektör") in found
    assert ("Jan Lahti", "title", "regiondirektör") not in found


def test_a_regions_dental_service_named_with_its_county_after_i_is_that_countys():
    text = "Cecilia Holm, tandhygienist, Folktandvården i Kalmar län, talar om munhälsa."
    assert entities(text).get("Folktandvården i Kalmar län") == "Organisation"
    assert ("Cecilia Holm", "worksFor", "Folktandvården i Kalmar län") in facts(text)
    assert entities("Hon arbetar på Folktandvården i Olofström.").get("Folktandvården") == "Organisation"


def test_a_board_named_by_its_capitalised_adjective_is_named_wherever_it_stands():
    found = entities("I Regionala nämnden, som jag leder, och i Tekniska nämnden (TN) arbetar vi med det. "
                     "Lokala nämnden Varberg träffas i maj, och Lokala nämnden ska också tycka till.")
    assert found.get("Regionala nämnden") == "Organisation"
    assert found.get("Tekniska nämnden") == "Organisation"
    assert found.get("Lokala nämnden Varberg") == "Organisation"
    assert "Lokala nämnden" not in found


def test_two_titles_joined_before_one_name_in_a_list_are_both_hers_but_not_after_a_name_and_comma():
    found = facts("Från regionen deltog regiondirektör Sven Lönn samt strateg och processledare Magda Berg. "
                  "Per Ekdal, vd och ordförande Eva Ström talade.")
    assert ("Magda Berg", "title", "strateg") in found
    assert ("Magda Berg", "title", "processledare") in found
    assert ("Per Ekdal", "title", "vd") in found
    assert ("Eva Ström", "title", "vd") not in found


def test_the_post_someone_left_for_is_hers_with_its_municipality():
    found = facts("I mars lämnade Sara Schell tjänsten som förvaltningschef för omsorgen för att bli kommunchef "
                  "i Köping. Nu är efterträdaren klar.")
    assert ("Sara Schell", "title", "kommunchef") in found
    assert ("Sara Schell", "worksFor", "Köpings kommun") in found
