"""Units named by their form, a project page's steering group, a head announced in the news (sessions 22 and 23)."""
import pytest

from snippets import entities, facts


@pytest.mark.parametrize("snippet,name", [
    ("Gruppen består av cheferna inom närsjukvården, Hjärtcentrum och Barn- och ungdomscentrum.", "Hjärtcentrum"),
    ("Gruppen består av cheferna inom närsjukvården, Hjärtcentrum och Barn- och ungdomscentrum.",
     "Barn- och ungdomscentrum"),
    ("Processtöd kommer från Stadsledningskontoret varje vecka.", "Stadsledningskontoret"),
    ("Vi har knutit samman Geriatriskt Kunskapscentrum med klinikerna.", "Geriatriskt Kunskapscentrum"),
])
def test_a_centre_or_office_named_by_one_compound_is_a_unit(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


@pytest.mark.parametrize("snippet,wrong", [
    ("Vi träffades vid Resecentrum i Lerdal.", "Resecentrum"),
    ("Han leder Kunskapscentrum för äldres hälsa sedan i våras.", "Kunskapscentrum"),
    ("Hon är rådgivare på Nordens Seniorcentrum.", "Seniorcentrum"),
])
def test_a_place_or_the_head_of_a_longer_name_is_no_centre_of_its_own(snippet, wrong):
    assert wrong not in entities(snippet)


def test_a_unit_in_lower_case_ending_a_members_row_is_where_the_member_works():
    found = facts("Arbetsgrupp\n\nIda Lönn, utvecklingsledare äldreomsorgsförvaltningen\n"
                  "• Per Sjövik, controller, socialförvaltningen\n")
    assert ("Ida Lönn", "worksFor", "Äldreomsorgsförvaltningen") in found
    assert ("Per Sjövik", "worksFor", "Socialförvaltningen") in found


STEERED = ("Hälsocentral Lerdal\n\n"
           "I Lerdal pågår ett utvecklingsarbete med målet att samla vården nära invånarna.\n\n"
           "Organisation\n\n"
           "Styrgrupp\n\n"
           "Selma Vinter, hälso- och sjukvårdsdirektör - ordförande\n"
           "Oskar Bergfjord, primärvårdsdirektör\n"
           "Ture Alm, utvecklingsdirektör\n")


def test_a_page_with_a_steering_group_heading_is_the_page_titles_project():
    assert entities(STEERED).get("Hälsocentral Lerdal") == "Project"


def test_the_members_under_a_steering_group_heading_take_part_and_its_chair_leads():
    found = facts(STEERED)
    for person in ("Selma Vinter", "Oskar Bergfjord", "Ture Alm"):
        assert (person, "participatesIn", "Hälsocentral Lerdal") in found
    assert ("Selma Vinter", "leads", "Hälsocentral Lerdal") in found
    assert ("Oskar Bergfjord", "leads", "Hälsocentral Lerdal") not in found


def test_a_unit_named_by_the_heads_title_before_it():
    found = entities("Hon var tidigare verksamhetschef för Akuta team och mobil hemsjukvård sedan 2019.")
    assert found.get("Akuta team och mobil hemsjukvård") == "Organisation"


def test_the_reform_after_a_heads_title_is_no_unit():
    assert "Nära vård och hälsa" not in entities("Hon har varit chef för Nära vård och hälsa.")


def test_a_head_announced_in_the_news_works_where_the_post_is_and_leads_what_it_leads():
    found = facts("Nu tillträder en ny verksamhetschef i Region Kronoberg med uppdrag att leda Akuta team och mobil "
                  "hemsjukvård. Den nya verksamhetschefen heter Selma Vinter och kommer från kirurgin.")
    assert ("Selma Vinter", "worksFor", "Region Kronoberg") in found
    assert ("Selma Vinter", "leads", "Akuta team och mobil hemsjukvård") in found


def test_a_local_association_is_named_by_its_place_and_its_chair_leads_it():
    found = facts("Selma Vinter är ordförande i Lerdals Bygdegårdsförening sedan i fjol.")
    assert ("Selma Vinter", "leads", "Lerdals Bygdegårdsförening") in found


def test_a_local_association_keeps_every_word_of_its_place():
    found = entities("Hon sitter i styrelsen för Norra Lerdalens läkarförening.")
    assert found.get("Norra Lerdalens läkarförening") == "Organisation"
    assert "Lerdalens läkarförening" not in found


@pytest.mark.parametrize("snippet,board", [
    ("Selma Vinter (KD), ordförande i äldrenämnden, ser det annorlunda.", "Äldrenämnden"),
    ("Frågan togs upp vid äldrenämndens möte i går.", "Äldrenämnden"),
    ("Beslutet fattades vid vårdstyrelsens sammanträde i juni.", "Vårdstyrelsen"),
])
def test_a_board_in_lower_case_where_its_chair_or_its_meeting_names_it(snippet, board):
    assert entities(snippet).get(board) == "Organisation"


def test_a_chair_leads_the_board_named_with_its_county():
    text = ("Medverkande: Ture Alm (kd), ordförande habiliteringsnämnden Halland, och Selma Vinter. "
            "Vid habiliteringsnämndens möte i maj togs beslutet.")
    assert ("Ture Alm", "leads", "Habiliteringsnämnden Halland") in facts(text)
    assert "Habiliteringsnämnden" not in entities(text)


@pytest.mark.parametrize("snippet,wrong", [
    ("Det säger Ture Alm, kommunstyrelsens ordförande.", "Kommunstyrelsen"),
    ("Det säger Ture Alm (M), vice ordförande i äldrenämnden.", "Äldrenämnden"),
    ("Hon är ledamot i förbundsstyrelsen sedan 2019.", "Förbundsstyrelsen"),
])
def test_a_title_a_vice_chair_or_a_seat_names_no_board(snippet, wrong):
    assert wrong not in entities(snippet)


def test_a_forvaltningschef_leads_the_unit_named_after_the_title():
    found = facts("Medverkande: Goran Ek, förvaltningschef Barnhälsocentrum.")
    assert ("Goran Ek", "leads", "Barnhälsocentrum") in found


SPEAKERS = ("Medverkande\n\n"
            "Ture Alm (S), ordförande i Lerdals landsting, förste vice ordförande i Sveriges kommuner och landsting, "
            "SKL\n"
            "Selma Vinter, avdelningschef, Hjärtcentrums vårdavdelning, Norrlands universitetssjukhus\n"
            "Oskar Bergfjord, Ung Omsorg\n")


def test_a_speakers_row_ending_in_a_capitalised_name_works_there():
    assert entities(SPEAKERS).get("Ung Omsorg") == "Organisation"
    assert ("Oskar Bergfjord", "worksFor", "Ung Omsorg") in facts(SPEAKERS)


def test_every_title_on_a_speakers_row_is_the_rows_name():
    found = facts(SPEAKERS)
    assert ("Ture Alm", "title", "förste vice ordförande") in found
    assert not [f for f in found if f[0] == "Selma Vinter" and "ordförande" in f[2]]


FOREWORD = ("Verksamhetsplan 2026\n\n"
            "Förord\n\n"
            "Planen har tagits fram i nära dialog med vårt brukarråd. Arbetet har letts av analyschef Selma Vinter och "
            "utredare Ture Alm. Utvecklingsansvarige Oskar Bergfjord och praktikanten Ida Lönn har också bidragit.\n\n"
            "Greta Holm\n"
            "Generaldirektör\n\n"
            "1 Om planen\n\n"
            "Inspektionen för vård och omsorg granskar vården ur ett patientperspektiv.\n")


def test_a_reports_foreword_names_the_staff_of_the_one_body_that_writes_it():
    found = facts(FOREWORD)
    for person in ("Selma Vinter", "Ture Alm", "Oskar Bergfjord", "Ida Lönn", "Greta Holm"):
        assert (person, "worksFor", "Inspektionen för vård och omsorg") in found


def test_an_adjectives_definite_form_and_an_intern_are_titles():
    found = facts(FOREWORD)
    assert ("Oskar Bergfjord", "title", "utvecklingsansvarig") in found
    assert ("Ida Lönn", "title", "praktikant") in found


def test_without_a_foreword_staff_are_not_given_the_body():
    found = facts(FOREWORD.replace("Förord\n\n", ""))
    assert ("Ture Alm", "worksFor", "Inspektionen för vård och omsorg") not in found


@pytest.mark.parametrize("snippet,team", [
    ("Möt läkaren Selma Vinter från LiNT, Mobila lerdalsteamet som jobbar över alla gränser.", "Mobila lerdalsteamet"),
    ("Hemsjukvårdsteamet, med läkaren Ture Alm i spetsen, är en succé.", "Hemsjukvårdsteamet"),
    ("Hon är överläkare på mobila sjukvårdsteamet i Hudiksvall sedan i våras.", "Mobila sjukvårdsteamet i Hudiksvall"),
])
def test_a_team_named_by_its_compound_its_mobility_or_its_place_is_a_project(snippet, team):
    assert entities(snippet).get(team) == "Project"


def test_a_teams_kind_at_the_head_of_a_list_is_no_team_of_its_own():
    assert "Närvårdsteam" not in entities("Närvårdsteam, Hemsjukvård barn, Fetma vuxna, Äldrepsykiatrisk mottagning")


def test_a_unit_the_document_introduces_by_its_kind_and_the_list_after_mellan():
    found = facts("Teamet drivs i samverkan mellan landstingets förvaltning Hälsa och omsorg, Heby kommun och "
                  "vårdcentralerna. Idag finns Mobila äldreakuten i Uppsala.")
    assert entities("Idag finns Mobila äldreakuten i Uppsala.").get("Mobila äldreakuten") == "Organisation"
    assert ("Hälsa och omsorg", "partOf", "Heby kommun") not in found
    assert entities("Det sker inom landstingets förvaltning Hälsa och omsorg.").get("Hälsa och omsorg") == \
        "Organisation"


def test_a_unit_named_by_its_heads_title_with_the_place_it_serves():
    found = facts("– Vi delar ut broschyrer, säger Selma Vinter som är chef för Primärvården i centrala och norra "
                  "Lerdalen.")
    assert ("Selma Vinter", "leads", "Primärvården i centrala och norra Lerdalen") in found


def test_care_centres_listed_by_their_own_names_after_the_plural_and_a_colon():
    found = entities("Tjänsten har gått live på fyra vårdcentraler: Björkhälsan, Tallen, Ekbacken och Lindlunden. "
                     "Få ärenden hittills.")
    for name in ("Björkhälsan", "Tallen", "Ekbacken", "Lindlunden"):
        assert found.get(name) == "Organisation"


def test_a_committee_named_in_title_case_is_one_organisation():
    found = entities("Nämnden för Äldreomsorg och Hälsa. Nämndsmöte 28 mars 2023\n\nNärvarande ledamöter: Ture Alm.")
    assert found.get("Nämnden för Äldreomsorg och Hälsa") == "Organisation"


def test_a_patient_choice_unit_named_by_the_care_chosen_is_a_unit():
    found = entities("Regionen bedriver vård i verksamheterna Vårdval Vårdcentral, Vårdval Fysioterapi och tandvård.")
    assert found.get("Vårdval Fysioterapi") == "Organisation"


def test_a_reception_named_by_its_town_centre_is_one_unit():
    found = entities("Sara Vik, verksamhetschef vid Husläkarmottagningen Lerum centrum, menar att det är för lite.")
    assert found.get("Husläkarmottagningen Lerum centrum") == "Organisation"
    assert "Lerum centrum" not in found


def test_a_unit_a_head_was_chief_of_is_found_before_a_comma():
    found = facts("Dessförinnan arbetade Per Ek som verksamhetschef för Närsjukvården i Lerum, så cirkeln är sluten.")
    assert ("Per Ek", "leads", "Närsjukvården i Lerum") in found


def test_an_office_opening_a_sentence_with_its_region_is_a_unit_of_it():
    found = facts("Samverkan sker med privata vårdgivare. Vårdvalskontoret i Region Gävleborg har dialogmöten med dem.")
    # (named as written with its owner, as "Socialförvaltningen i X" is)
    assert ("Vårdvalskontoret i Region Gävleborg", "partOf", "Region Gävleborg") in found


def test_a_care_centre_owned_by_a_company_named_in_the_plural_genitive_is_a_unit():
    found = facts("Lisa Ek är en av tre äldresköterskor på Östläkarnas äldrevårdcentral som startade 2012.")
    assert ("Lisa Ek", "worksFor", "Östläkarnas äldrevårdcentral") in found
    assert ("Lisa Ek", "title", "äldresköterska") in found
    assert "Patienternas äldrevårdcentral" not in entities("Patienternas äldrevårdcentral är bra, säger Lisa Ek.")


def test_a_name_written_with_a_hyphen_and_with_a_space_is_one_unit():
    found = entities("Landstingets FoU Vård och FoU-Vård samarbetar. FoU-Vård fokuserar på vårdfrågor.")
    assert [n for n in found if n.replace("-", " ") == "FoU Vård"] and \
        len([n for n in found if n.replace("-", " ") == "FoU Vård"]) == 1


def test_a_federation_named_by_its_area_in_the_genitive_or_with_a_direction():
    found = entities("Kommunförbundet Hallands beredning möts i dag. Regionförbundet norra Halland ger stöd.")
    assert found.get("Kommunförbundet Halland") == "Organisation"
    assert "Kommunförbundet Hallands" not in found
    assert found.get("Regionförbundet norra Halland") == "Organisation"


def test_the_chair_of_a_federations_committee_does_not_lead_the_federation():
    found = facts("Eva Ek, ordförande i Kommunförbundet Hallands beredning för hälsa och social välfärd, inleder.")
    assert ("Eva Ek", "leads", "Kommunförbundet Halland") not in found


def test_a_university_named_by_its_town_is_an_organisation():
    assert entities("Lerums universitet har också sett över sitt stöd.").get("Lerums universitet") == "Organisation"


def test_the_minutes_label_after_the_adjusters_name_is_no_part_of_it():
    found = entities("Justerare Karin Juleshaug Justeringens plats och tid Kommunhuset i Lerum")
    assert "Karin Juleshaug" in found and "Karin Juleshaug Justeringen" not in found


def test_a_team_named_by_its_towns_genitive_is_a_project_its_partner_runs():
    found = facts("Beslutet gäller också Lerums hemtagningsteam som drivs tillsammans med Lerums kommun.")
    assert ("Lerums kommun", "participatesIn", "Lerums hemtagningsteam") in found
    assert "Kommunens hemtagningsteam" not in entities("Kommunens hemtagningsteam är bra, säger Eva Ek.")
