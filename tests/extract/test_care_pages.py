"""How hospital news, care-centre reports, municipal MAS pages and forum pages name people and units: a contact
card's title above the name, "X HC" for a hälsocentral, a head named by the definite title in a report from one
centre, "Name, från X", a board named with its owner either way, a vice chair and a secretary as members, and a
second title whose forum is followed by a verb and another name. Every snippet is invented and names no one
from the corpora."""
from snippets import entities, facts


def test_a_contact_cards_title_line_belongs_to_the_name_below_it():
    found = facts("Medicinskt ansvarig sjuksköterska\n\nMAS ansvarar för patientsäkerheten.\n\nKONTAKTINFORMATION\n\n"
                  "Sjuksköterska (MAS)\n\nTora Vinge\n\nTelefon 0532-123 45")
    assert ("Tora Vinge", "title", "sjuksköterska") in found


def test_a_title_heading_without_a_contact_block_gives_no_title_to_the_next_line():
    found = facts("Kurator\n\nTora Vinge berättade om sitt arbete för skolans elever.")
    assert ("Tora Vinge", "title", "kurator") not in found


def test_a_law_named_after_a_woman_is_no_person():
    found = entities("Allvarliga skador anmäls till IVO enligt Lex Maria.")
    assert "Lex Maria" not in found
    assert not [name for name, kind in found.items() if kind == "Person"]


def test_hc_is_a_hälsocentral_and_merges_with_its_full_name():
    found = entities("Kontaktpersoner: Ulla Berg, basenhetschef Askeby hälsocentral.\n\nDeltar: Askeby HC, Brunna HC.")
    assert found.get("Brunna hälsocentral") == "Organisation"
    assert [name for name in found if name.startswith("Askeby")] == ["Askeby hälsocentral"]


def test_a_basenhetschef_of_a_named_hälsocentral_heads_it():
    found = facts("Kontaktpersoner\n\nUlla Berg, basenhetschef Askeby hälsocentral")
    assert ("Ulla Berg", "leads", "Askeby hälsocentral") in found
    assert ("Ulla Berg", "worksFor", "Askeby hälsocentral") in found


def test_a_definite_head_title_in_a_paragraph_about_the_one_centre_heads_it():
    found = facts("Öppet hus lockade många.\n\nKaffe och tårta var något nytt som Ekby vårdcentral bjöd på. – Vi hade "
                  "hoppats på fler, säger enhetschefen Mona Sjöberg.")
    assert ("Mona Sjöberg", "leads", "Ekby vårdcentral") in found
    assert ("Mona Sjöberg", "worksFor", "Ekby vårdcentral") in found


def test_a_definite_head_title_with_two_centres_named_heads_neither():
    found = facts("Ekby vårdcentral och Ålsta vårdcentral bjöd på kaffe, säger enhetschefen Mona Sjöberg.")
    assert not [f for f in found if f[0] == "Mona Sjöberg" and f[1] in ("leads", "worksFor")]


def test_a_name_then_comma_från_an_organisation_works_there():
    found = facts("Besökarna fick prova hjärt- och lungräddning med läkaren Ivar Dahl, från Norrlunda sjukhus.")
    assert ("Ivar Dahl", "worksFor", "Norrlunda sjukhus") in found


def test_a_board_in_a_region_and_the_regions_board_in_the_genitive_are_one():
    found = entities("Samrådet består av ledamöter från Region Östergötlands hälso- och sjukvårdsnämnd. Eva Ek är "
                     "vice ordförande i hälso- och sjukvårdsnämnden i Region Östergötland.")
    assert [name for name in found if "nämnd" in name] == ["Region Östergötlands hälso- och sjukvårdsnämnd"]


def test_a_vice_chair_of_a_named_council_sits_in_it_and_the_chair_of_the_new_council_leads_it():
    found = facts("– Vi ska samverka, säger Greta Lund (s), 1:e vice ordförande i sakområdessamrådet. Ordförande i "
                  "det nya sakområdessamrådet är regionrådet Olle Falk (s). – Vi träffas sex gånger per år, säger "
                  "regionrådet Olle Falk (s) som är ordförande i det nya sakområdessamrådet.")
    assert ("Greta Lund", "participatesIn", "Sakområdessamrådet") in found
    assert ("Olle Falk", "leads", "Sakområdessamrådet") in found


def test_a_secretary_of_a_named_council_sits_in_it():
    found = facts("Bo Ek, socialchef i Vikby och sekreterare i äldreberedningen, inledde dagen.")
    assert ("Bo Ek", "participatesIn", "Äldreberedningen") in found


def test_a_samarbetsforum_named_by_nothing_is_no_forum():
    found = entities("Nytt samarbetsforum bildat\n\nRegionen och kommunerna bildar ett nytt samarbetsforum.")
    assert "CollaborationForum" not in found.values()


def test_a_second_title_whose_forum_is_followed_by_a_verb_stays_with_the_first_name():
    found = facts("13.40 Samtal: Nora Lind, styrelseledamot i Vikbo AB och ordförande i Konkurrensrådet samtalar med "
                  "Pål Berg, socialchef i Vikby.")
    assert ("Nora Lind", "title", "ordförande") in found
    assert ("Pål Berg", "title", "ordförande") not in found
    assert ("Pål Berg", "leads", "Konkurrensrådet") not in found


def test_a_care_home_on_a_programme_row_is_a_unit_of_the_company_after_it():
    found = facts("Program\n\n09.00 Solbackens äldreboende, Vikbo Omsorg AB. Medverkande: Tora Vinge")
    assert ("Solbackens äldreboende", "partOf", "Vikbo Omsorg AB") in found


def test_a_steering_group_för_vård_i_samverkan_keeps_its_whole_name():
    found = entities("Beslutet har fattats av den politiska styrgruppen för vård i samverkan i länet.")
    assert found.get("Politiska styrgruppen för vård i samverkan") == "CollaborationForum"


def test_a_unions_county_is_its_own_organisation_and_its_board_chair_leads_it():
    found = facts("Vi står fast vid vår ståndpunkt.\n\nMed vänliga hälsningar\n\nLinnea Stråhle\n"
                  "Ordförande, avdelningsstyrelsen Vårdförbundet Jämtland")
    assert ("Linnea Stråhle", "leads", "Vårdförbundet Jämtland") in found
    assert ("Linnea Stråhle", "leads", "Vårdförbundet") not in found


def test_a_municipal_post_in_a_town_names_the_municipality():
    found = facts("Av samma åsikt är Vera Holm, tillförordnad chef för området äldre och funktionsnedsättning i Flen. "
                  "Bo Lind, enhetschef för hälso- och sjukvård i Oxelösund, håller med.")
    assert ("Vera Holm", "worksFor", "Flens kommun") in found
    assert ("Bo Lind", "worksFor", "Oxelösunds kommun") in found


def test_a_regions_post_in_a_town_names_no_municipality():
    found = entities("Han blev närsjukvårdsdirektör i Finspång och områdeschef för närsjukvården i Lycksele.")
    assert "Finspångs kommun" not in found
    assert "Lycksele kommun" not in found


def test_a_vårdcentrum_is_named_by_the_places_it_serves():
    found = entities("Den 24 augusti invigdes Vårdcentrum Tierp Älvkarleby. I samband med invigningen av Vårdcentrum "
                     "öppnade regionen en enhet. Tre är på gång - Vårdcentrum Enköping-Håbo och fler.")
    assert found.get("Vårdcentrum Tierp Älvkarleby") == "Organisation"
    assert found.get("Vårdcentrum Enköping-Håbo") == "Organisation"
    assert "Vårdcentrum" not in found


def test_a_hospital_named_by_its_town_inside_a_sentence_is_an_organisation():
    found = entities("Förstudien gäller att Lasarettet i Enköping blir ett rutinkirurgiskt centrum och Lasarettet i "
                     "Enköpings roll i länet.")
    assert found.get("Lasarettet i Enköping") == "Organisation"


def test_each_town_board_is_chaired_by_the_chair_its_paragraph_names():
    found = facts("Driftnämnderna omfattar följande:\nDriftnämnden Kungsbacka ansvarar för sjukhuset där. Ordförande är "
                  "Sara Vik (M).\n\nDriftnämnden Varberg ansvarar för sjukhuset där. Ordförande är Olof Dal (M),\n\n"
                  "Driftnämnden Halmstad ansvarar för sjukhuset där. Ordförande är Lena Ås (S).")
    assert ("Sara Vik", "leads", "Driftnämnden Kungsbacka") in found
    assert ("Olof Dal", "leads", "Driftnämnden Varberg") in found
    assert ("Lena Ås", "leads", "Driftnämnden Halmstad") in found
    assert ("Lena Ås", "leads", "Driftnämnden Varberg") not in found


def test_the_county_councils_genitive_names_the_council_the_text_named():
    found = facts("Beslutet bygger på möten med medarbetare i Landstinget Blekinge. Att samla resurser är bra, menar "
                  "landstingets planeringsdirektör Rut Falk.")
    assert ("Rut Falk", "worksFor", "Landstinget Blekinge") in found


def test_a_project_leader_for_bringing_a_project_in_leads_it_and_the_municipality_takes_part():
    found = facts("Vara kommun inför insatsen Trygg vardag med start den 1 november. Trygg vardag är ett projekt på "
                  "socialförvaltningen. – Vi ser fram emot det, säger Selma Ruud, enhetschef och projektledare för "
                  "införande av Trygg vardag.")
    assert ("Selma Ruud", "leads", "Trygg vardag") in found
    assert ("Vara kommun", "participatesIn", "Trygg vardag") in found


def test_a_network_named_by_a_code_is_chaired_by_the_one_who_is_also_its_chair():
    found = facts("Vice ordförande är Ebba Lund (M), ordförande i socialnämnden i Linköpings kommun och tillika "
                  "ordförande i socialnämndsordförandenätverket S13.")
    assert ("Ebba Lund", "leads", "Socialnämndsordförandenätverket S13") in found


def test_the_board_a_chair_sits_in_belongs_to_the_municipality_named_after_it():
    found = facts("Eva Ek (M) är ordförande i social- och omsorgsnämnden i Linköpings kommun.")
    assert ("Social- och omsorgsnämnden", "partOf", "Linköpings kommun") in found


def test_towns_where_hospitals_stand_are_no_municipalities():
    found = entities("Kvällsöppna vårdcentraler har öppnats i anslutning till sjukhusen i Malmö, Lund, Helsingborg och "
                     "Hässleholm. Arbetsfördelningen mellan sjukhusenheterna i Karlshamn och Karlskrona utreds.")
    assert not [name for name in found if name.endswith(("kommun", "stad"))]


def test_a_minister_for_elderly_care_is_a_title():
    found = facts("Onsdag besöker äldreomsorgsminister Greta Alm två äldreboenden.")
    assert ("Greta Alm", "title", "äldreomsorgsminister") in found


def test_a_universitys_former_name_is_the_university():
    found = facts("Ivar Berg, professor vid Tekniska högskolan i Luleå, talar om kvalitet.")
    assert ("Ivar Berg", "worksFor", "Luleå tekniska universitet") in found
