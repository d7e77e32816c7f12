"""What a report's title page and its first paragraph name: the project it follows up, who led it (in the past
tense), the foundation that paid for it, and a county's association of its municipalities and county council.
Counties and agencies are public reference data; the projects, people and foundations are invented."""
from snippets import entities, facts

FOLLOW_UP = ("Uppföljningsrapport Vårdbrygga Norra Kusten\n\n"
             "En djupare uppföljning har gjorts av Vårdbrygga Norra Kusten som är ett projekt som ska förenkla "
             "vårdens övergångar.")

CENTRE = ("Rapport från följeforskningen i projektet Regionalt centrum för samordnad omsorg\n\n"
          "Projektet Regionalt centrum för samordnad omsorg fick stöd av Familjen Lindqvists stiftelse 2015-2018 och "
          "leddes av professor Ylva Brandt, Institutionen för vårdvetenskap.\n\n"
          "Läs rapporten här Regionalt centrum för samordnad omsorg")


def test_a_follow_up_reports_title_names_the_project_without_the_reports_own_word():
    found = entities(FOLLOW_UP)
    assert found.get("Vårdbrygga Norra Kusten") == "Project"
    assert "Uppföljningsrapport Vårdbrygga Norra Kusten" not in found


def test_a_follow_up_reports_title_over_a_page_about_the_project_names_it():
    found = entities("Uppföljningsrapport Vårdbrygga Norra Kusten\n\nProjektet ska förenkla vårdens övergångar.")
    assert found.get("Vårdbrygga Norra Kusten") == "Project"
    assert "Uppföljningsrapport Vårdbrygga Norra Kusten" not in found


def test_a_project_that_was_led_by_someone_is_hers_to_lead():
    assert ("Ylva Brandt", "leads", "Regionalt centrum för samordnad omsorg") in facts(CENTRE)


def test_a_centre_named_by_an_adjective_and_its_field_keeps_both_words():
    found = entities(CENTRE)
    assert "Regionalt centrum för samordnad" not in found
    assert "Regionalt centrum för samordnad omsorg" in found


def test_a_foundation_named_by_its_founders_is_an_organisation_and_they_are_not_people_of_the_text():
    found = entities(CENTRE + "\n\nStöd kom också från Nils och Greta Holmqvists stiftelse.")
    assert found.get("Familjen Lindqvists stiftelse") == "Organisation"
    assert found.get("Nils och Greta Holmqvists stiftelse") == "Organisation"
    assert "Greta Holmqvist" not in found


def test_a_countys_association_of_municipalities_and_county_council_is_named_whole():
    found = entities("Utredningen är gjord på uppdrag av Västmanlands Kommuner och Landstings styrelse. "
                     "Skånes Kommuner och Region Skåne har samma mål.")
    assert found.get("Västmanlands Kommuner och Landsting") == "Organisation"
    assert "Västmanlands Kommuner" not in found
    assert found.get("Skånes Kommuner") == "Organisation"  # the region after "och" is a body of its own
    assert found.get("Region Skåne") == "Organisation"


def test_a_name_said_to_be_a_project_in_a_relative_clause_is_one_with_its_place_after_pa():
    found = facts("I besöket ingick ett studiebesök på Porten på Sjöängen som är ett samarbetsprojekt mellan Bollnäs "
                  "kommun och Arbetsförmedlingen.")
    assert ("Bollnäs kommun", "participatesIn", "Porten på Sjöängen") in found
    assert ("Arbetsförmedlingen", "participatesIn", "Porten på Sjöängen") in found
    assert not [f for f in found if f[2] == "Sjöängen"]


def test_a_final_reports_title_with_for_names_the_project_and_its_project_leader_leads_it():
    text = ("Slutrapport för Trygga mötesplatsen\n\n"
            "Slutrapporten för Trygga mötesplatsen är färdig! Tack till er som träffade projektledaren Stina Ahlberg "
            "för enskilda möten.")
    assert entities(text).get("Trygga mötesplatsen") == "Project"
    assert ("Stina Ahlberg", "leads", "Trygga mötesplatsen") in facts(text)


def test_an_annual_reports_field_label_is_no_part_of_the_federations_name():
    found = entities("ÅRSREDOVISNING. Samordningsförbundet Umeå Organisationsnummer: Perioden 2019")
    assert found.get("Samordningsförbundet Umeå") == "Organisation"
    assert "Samordningsförbundet Umeå Organisationsnummer" not in found


def test_a_title_pages_author_ends_where_the_reports_title_begins_with_a_preposition():
    found = entities("Författare: Åsa Lindqvist Mellan fastställda principer och individuella behov")
    assert found.get("Åsa Lindqvist") == "Person"
    assert "Åsa Lindqvist Mellan" not in found


def test_a_forms_fields_and_a_degree_after_a_name_are_no_part_of_it():
    found = entities("Behörig företrädare Gösta Lindell Postort Lund Organisationsnummer 2020. "
                     "Processutvärdering 2013/08/01 Karin Ramberg Ph.D. Olof Ekman Ph.D.")
    assert found.get("Gösta Lindell") == "Person"
    assert found.get("Karin Ramberg") == "Person" and found.get("Olof Ekman") == "Person"
    assert not [n for n in found if n.endswith((" Postort Lund", " Ph"))]


def test_a_forms_label_for_the_projects_name_is_no_project():
    found = entities("Uppgifter om projektet Projektets namn MÖTAS Projektets besökadress Storgatan 8 Postnummer")
    assert "Projektets namn" not in found
