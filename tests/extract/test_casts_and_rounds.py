"""A podcast's cast rows and a host's round of names (session 23's rules)."""
from snippets import entities, facts


CAST = ("Medverkande i avsnittet:\n\n"
        "  • TV - Tove Vinge - Arbetsterapeut, Barnhabiliteringen\n"
        "  • KÖ - Kalle Öst - Programledare\n")


def test_the_unit_after_the_title_on_a_cast_row_is_where_she_works():
    found = facts(CAST)
    assert ("Tove Vinge", "worksFor", "Barnhabiliteringen") in found
    assert ("Tove Vinge", "title", "arbetsterapeut") in found


def test_a_cast_row_without_a_unit_gives_no_employer():
    assert not [f for f in facts(CAST) if f[0] == "Kalle Öst" and f[1] == "worksFor"]


ROUND = ("KÖ: Välkomna hit allihop. Vi har Tove Vinge tillförordnad hälso- och sjukvårdsdirektör på sjukhuset i "
         "Lerdal, sen har vi Mira Sand verksamhetsutvecklare och ni två är ju alltid med i podden.")


def test_in_a_hosts_round_each_title_is_the_name_before_it():
    found = facts(ROUND)
    assert ("Tove Vinge", "title", "tillförordnad hälso- och sjukvårdsdirektör") in found
    assert ("Mira Sand", "title", "verksamhetsutvecklare") in found
    assert ("Mira Sand", "title", "tillförordnad hälso- och sjukvårdsdirektör") not in found


def test_a_surname_ending_in_us_keeps_its_s_before_a_title():
    found = facts("Med i panelen är Tove Vinge och Ebba Lindelius oppositionsregionsråd i Lerdal, som svarar på frågor.")
    assert ("Ebba Lindelius", "title", "oppositionsregionsråd") in found
    assert "Ebba Lindeliu" not in entities("Ebba Lindelius oppositionsregionsråd i Lerdal svarar på frågor.")


def test_an_oppositionsregionsrad_is_a_title_not_a_forum():
    assert entities("Ebba Lindelius, oppositionsregionsråd i Lerdal, svarar.").get("Oppositionsregionsråd i Lerdal") \
        is None


KIND = "Mira Sand från tankesmedjan Nova Tanke och Ebba Lind från patientorganisationen Hjärtekraft samtalar."


def test_the_name_after_a_kind_of_organisation_is_that_organisation_and_the_speakers_employer():
    found = entities(KIND)
    assert found.get("Nova Tanke") == "Organisation"
    assert found.get("Hjärtekraft") == "Organisation"
    assert ("Mira Sand", "worksFor", "Nova Tanke") in facts(KIND)
    assert ("Ebba Lind", "worksFor", "Hjärtekraft") in facts(KIND)


def test_a_name_after_a_kind_of_organisation_and_before_och_is_no_person():
    assert "Nova Tanke" not in [n for n, k in entities(KIND).items() if k == "Person"]


CHAIN = ("– Nu ska vi omsätta avtalet i praktiken, säger Mira Sand, enhetschef, Äldre och samverkan, "
         "Hälso- och sjukvårdsförvaltningen, Region Kalmar län.")


def test_the_phrase_between_a_heads_title_and_her_administration_is_the_unit_she_heads():
    found = facts(CHAIN)
    assert entities(CHAIN).get("Äldre och samverkan") == "Organisation"
    assert ("Mira Sand", "leads", "Äldre och samverkan") in found
    assert ("Äldre och samverkan", "partOf", "Hälso- och sjukvårdsförvaltningen") in found


def test_a_place_between_a_title_and_a_region_is_no_unit():
    assert "Kalmar" not in entities("– Bra, säger Mira Sand, verksamhetschef, Kalmar, Region Kalmar län.")


def test_a_politicians_party_mark_then_och_and_a_title_is_her_title():
    found = facts("Alla gillar inte flytten, men Ebba Lind (KD) och ordförande i hälso- och sjukvårdsnämnden ser det "
                  "inte som det viktigaste.")
    assert ("Ebba Lind", "title", "ordförande i hälso- och sjukvårdsnämnden") in found
    assert ("Ebba Lind", "leads", "Hälso- och sjukvårdsnämnden") in found


def test_after_a_party_mark_and_och_a_title_before_a_name_is_that_names():
    found = facts("Alla gillar inte flytten, men Ebba Lind (KD) och ordförande Per Lund ser det inte så.")
    assert ("Per Lund", "title", "ordförande") in found
    assert ("Ebba Lind", "title", "ordförande") not in found


def test_the_one_at_the_head_of_a_team_leads_it():
    found = facts("LERDAL. Hemvårdsteamet, med läkaren Tove Vinge i spetsen, är en succé för de multisjuka äldre.")
    assert ("Tove Vinge", "leads", "Hemvårdsteamet") in found


def test_a_name_with_med_but_not_at_the_head_leads_nothing():
    found = facts("LERDAL. Hemvårdsteamet, med läkaren Tove Vinge, är en succé för de multisjuka äldre.")
    assert not [f for f in found if f[1] == "leads"]


def test_a_capitalised_title_opening_a_sentence_names_the_unknown_given_name_after_it():
    found = facts("Konferensen öppnar i dag. Sjukvårdsminister Zaga Lindqvist, flera regionpolitiker och gäster medverkar.")
    assert ("Zaga Lindqvist", "title", "sjukvårdsminister") in found


def test_a_universitys_school_by_its_town_is_an_organisation_and_verksam_vid_her_employer():
    snippet = "Det är slutsatsen från utredaren Måns Eker, verksam vid Juristhögskolan i Lerum."
    assert entities(snippet).get("Juristhögskolan i Lerum") == "Organisation"
    assert ("Måns Eker", "worksFor", "Juristhögskolan i Lerum") in facts(snippet)


def test_a_bare_municipality_joined_to_another_municipalitys_full_name_is_a_municipality():
    found = entities("Området för teamet är Helsingborgs stad och Bjuv. Ska Sundsvall och Timrå kommun slås ihop?")
    assert found.get("Bjuvs kommun") == "Organisation"
    assert found.get("Sundsvalls kommun") == "Organisation"


def test_a_care_centre_named_by_its_town_after_a_municipality_stays_a_care_centre():
    found = entities("Delprojektet var ett samarbete mellan Torsås kommun och Hälsocentralen Torsås.")
    assert found.get("Hälsocentralen Torsås") == "Organisation"


def test_a_bare_chef_keeps_what_she_heads_and_som_title_verb_name_is_hers():
    found = facts("Som chef för specialistsjukvården ansvarar Mira Sand för en stor del av vården i länet.")
    assert ("Mira Sand", "title", "chef för specialistsjukvården") in found


def test_a_compound_chief_title_is_not_lengthened():
    found = facts("Mira Sand, enhetschef för hemsjukvården, svarar på frågor.")
    assert ("Mira Sand", "title", "enhetschef") in found


def test_a_three_part_name_opening_a_line_as_a_label_is_the_whole_name():
    found = entities("Fråga om vården i länet.\n\nNina Falkbäck Svensson: För egen del arbetar jag på uppdrag.\n")
    assert found.get("Nina Falkbäck Svensson") == "Person"
    assert "Nina Falkbäck" not in found


def test_the_work_someone_leads_the_carrying_out_of_is_a_project_she_leads():
    found = facts("Berit Lund får medhåll av Ulf Meijer, som leder genomförandet av Lerumsk livskraft. "
                  "Eva Berg samordnar arbetet med Trygg hemgång i länet.")
    assert ("Ulf Meijer", "leads", "Lerumsk livskraft") in found
    assert ("Eva Berg", "leads", "Trygg hemgång") in found


def test_leading_work_with_a_region_makes_no_project_of_the_region():
    assert entities("Per Ek leder arbetet med Region Skåne i fokus.").get("Region Skåne") == "Organisation"


def test_a_name_then_a_title_then_its_place_of_work_in_lower_case_is_her_title():
    found = facts("Utan hyrläkare klarar vi det inte. Det säger Greta Holm förvaltningschef inom primärvården i länet.")
    assert ("Greta Holm", "title", "förvaltningschef") in found


def test_a_title_ending_a_contact_row_before_the_phone_is_the_names():
    found = facts("Kontakt:\nKalle Öst, Lerums kommun, kommunikatör, tel. 076 - 112 21 68\n")
    assert ("Kalle Öst", "title", "kommunikatör") in found


def test_a_seat_on_a_board_of_an_association_is_no_employment():
    found = facts("I dag är Greta Holm ledamot i styrelsen för Lerums läkarförening och i valberedningen.")
    assert not [f for f in found if f[0] == "Greta Holm" and f[1] == "worksFor"]
