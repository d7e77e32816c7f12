"""Trade press: panels and debate pages, where a title follows a party's genitive, two titles share a name and two
people lead one committee. Every name here is invented."""
from snippets import entities, facts


def test_a_title_after_a_partys_genitive_marks_a_name_whatever_the_given_name():
    found = facts("I april presenterade Ocko Strandberg Holm, Kristdemokraternas sjukvårdspolitiska talesperson, "
                  "de nya förslagen.")
    assert ("Ocko Strandberg Holm", "title", "sjukvårdspolitiska talesperson") in found


def test_an_inspector_works_for_the_agency_she_inspects_for():
    found = facts("Det säger Greta Holmlund, inspektör på Arbetsmiljöverket, till lokalradion.")
    assert {("Greta Holmlund", "title", "inspektör"), ("Greta Holmlund", "worksFor", "Arbetsmiljöverket")} <= found


def test_two_people_after_leds_av_both_lead_it():
    found = facts("Indelningskommittén presenterade sitt förslag i fjol, kommittén leds av Maja Lind och Per Vallin.")
    assert {("Maja Lind", "leads", "Indelningskommittén"), ("Per Vallin", "leads", "Indelningskommittén")} <= found


def test_a_national_association_named_by_its_field():
    found = facts("Dessutom deltog Olle Strand, ordförande i Dansk förening för allmänmedicin, för att berätta.")
    assert ("Olle Strand", "leads", "Dansk förening för allmänmedicin") in found
    assert entities("Svenska sällskapet för palliativ medicin protesterade.").get(
        "Svenska sällskapet för palliativ medicin") == "Organisation"


def test_a_signatures_title_is_no_part_of_the_associations_name():
    found = entities("Lena Strand\nOrdförande Hallands Distriktsläkarförening\n")
    assert found.get("Hallands Distriktsläkarförening") == "Organisation"
    assert "Ordförande Hallands Distriktsläkarförening" not in found


def test_a_second_title_joined_by_och_stays_with_the_first_name():
    found = facts("Från vänster: Maja Lind, ordförande Svenska Distriktsläkarföreningen och andre vice ordförande i "
                  "Sveriges läkarförbunds förbundsstyrelse, Greta Holmlund (S), regionråd i Region Jönköpings län.")
    assert ("Maja Lind", "title", "andre vice ordförande") in found
    assert ("Greta Holmlund", "title", "andre vice ordförande") not in found
    assert ("Greta Holmlund", "title", "regionråd") in found


def test_a_panel_row_with_the_partys_letters_before_the_employer():
    found = facts("Medverkande:\nMaja Lind, Statssekreterare, (S) Socialdepartementet\n")
    assert ("Maja Lind", "worksFor", "Socialdepartementet") in found


def test_a_speaker_apposed_to_her_association_before_what_she_told():
    found = facts("Per Holm, Astma- och Allergiförbundet berättade om olika pågående aktiviteter.")
    assert ("Per Holm", "worksFor", "Astma- och Allergiförbundet") in found


def test_a_municipal_office_by_its_towns_genitive_is_the_municipalitys():
    found = facts("– Rehabiliteringen har blivit bättre, säger Lena Strand, personalchef på Hudiksvalls "
                  "äldreförvaltning.")
    assert ("Lena Strand", "worksFor", "Hudiksvalls äldreförvaltning") in found
    assert ("Hudiksvalls äldreförvaltning", "partOf", "Hudiksvalls kommun") in found


def test_a_regions_office_in_lower_case_is_no_towns():
    found = facts("Maja Lind, kvalitetschef på region Gotlands socialförvaltning, tror på trenden.")
    assert not [f for f in found if f[2] == "Gotlands socialförvaltning" or f[0] == "Gotlands socialförvaltning"]


def test_an_adult_services_board_in_a_town_is_the_municipalitys():
    found = facts("Socialdemokraten Greta Holmlund, ordförande för vuxennämnden i Eskilstuna, säger att det är svårt.")
    assert ("Vuxennämnden i Eskilstuna", "partOf", "Eskilstuna kommun") in found


def test_a_three_word_name_after_a_definite_title_whatever_the_given_name():
    found = facts("Denna vecka intervjuas nytillsatta sjukvårdsministern Ocko Strandberg Holm om vårdplatsbrist.")
    assert ("Ocko Strandberg Holm", "title", "sjukvårdsminister") in found
