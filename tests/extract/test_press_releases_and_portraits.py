"""Press releases, news items and portraits of a care unit's staff: a chair's board written without "i", a press
release's contacts, a body described by its kind, a clinic by its town, the unit a headline names. Every name here is
invented."""
from snippets import entities, facts


def test_a_chair_of_a_board_named_without_i_on_a_row_keeps_the_board_in_the_title():
    found = facts("Medverkande:\nGreta Holmlund (S), ordförande regionstyrelsen\n"
                  "Per Vallin (L), ledamot regionstyrelsen och ordförande vårdvalsutskottet\n")
    assert ("Greta Holmlund", "title", "ordförande regionstyrelsen") in found
    assert ("Per Vallin", "title", "ordförande vårdvalsutskottet") in found
    assert ("Greta Holmlund", "title", "ordförande") not in found


def test_a_chair_of_a_committee_after_i_keeps_it_in_the_title():
    found = facts("– Vi vill mer, säger Greta Holmlund (M), ordförande i vårdvalsutskottet.")
    assert ("Greta Holmlund", "title", "ordförande i vårdvalsutskottet") in found


def test_a_press_releases_contacts_work_for_its_sender():
    text = ("Kommunalförbundet Norrdal\n\nNya team för de mest sjuka äldre\n\n"
            "Länet får medel för att bygga lokala team. Det säger samordnare Maja Lind.\n\n"
            "För mer information kontakta\n"
            "Per Vallin, förbundsdirektör, 0470-12 34 56\n"
            "Maja Lind, samordnare välfärdsfrågor, 0470-65 43 21\n")
    found = facts(text)
    assert ("Maja Lind", "worksFor", "Kommunalförbundet Norrdal") in found
    assert ("Per Vallin", "worksFor", "Kommunalförbundet Norrdal") in found


def test_a_contact_with_an_employer_of_her_own_keeps_it():
    text = ("Kommunalförbundet Norrdal\n\nNya team för äldre\n\nLänet får medel.\n\n"
            "För mer information kontakta\n"
            "Per Vallin, forskare, Umeå universitet, 090-12 34 56\n")
    found = facts(text)
    assert ("Per Vallin", "worksFor", "Umeå universitet") in found
    assert ("Per Vallin", "worksFor", "Kommunalförbundet Norrdal") not in found


def test_without_a_closing_call_no_one_works_for_the_sender():
    text = ("Kommunalförbundet Norrdal\n\nNya team för äldre\n\n"
            "Per Vallin, förbundsdirektör i Göteborg, har skrivit boken.\n")
    assert ("Per Vallin", "worksFor", "Kommunalförbundet Norrdal") not in facts(text)


def test_a_body_described_by_its_kind_employs_only_the_last_name():
    found = facts("Reportage med kommunalrådet Greta Holmlund (C) och Maja Lind, fackförbundet Kommunal.")
    assert ("Maja Lind", "worksFor", "Kommunal") in found
    assert ("Greta Holmlund", "worksFor", "Kommunal") not in found


def test_the_head_of_a_national_competence_centre_leads_it():
    found = facts("Vi träffar Per Vallin, verksamhetschef Nka, och Maja Lind, doktorand.")
    assert ("Per Vallin", "leads", "Nationellt kompetenscentrum anhöriga") in found


def test_a_title_in_the_municipality_the_text_is_about_is_hers():
    found = facts("Torsby hyllades. I Torsby kommun har hemtjänsten vunnit pris.\n\n"
                  "Det säger Maja Lind, verksamhetschef i kommunen med Sveriges bästa hemtjänst.")
    assert ("Maja Lind", "worksFor", "Torsby kommun") in found


def test_a_clinic_named_by_its_town_keeps_the_town():
    found = facts("– Vi samlar vården, säger Maja Lind, verksamhetschef för Närvårdskliniken Torsby.")
    assert ("Maja Lind", "leads", "Närvårdskliniken Torsby") in found
    assert "Närvårdskliniken" not in entities("Närvårdskliniken Torsby öppnar i dag.")


def test_a_suspended_compound_in_title_case_names_the_whole_board():
    found = entities("I veckans avsnitt träffar vi vice ordförande i Social- och Omsorgsnämnden, Per Vallin (M).")
    assert found.get("Social- och Omsorgsnämnden") == "Organisation"
    assert "Omsorgsnämnden" not in found


def test_a_programme_that_projects_run_within_and_a_named_cooperation_are_projects():
    found = entities("Det pågår ett antal andra projekt inom Trygg och nära omsorg, till exempel äldremottagningar. "
                     "Regionen deltar i det nationella samarbetet Hälsoverket för att skapa förutsättningar.\n\n"
                     "Norrdalssamarbetet är det första i sitt slag.")
    assert found.get("Trygg och nära omsorg") == "Project"
    assert found.get("Hälsoverket") == "Project"
    assert found.get("Norrdalssamarbetet") == "Project"
    assert entities("Det pågår flera projekt inom Region Uppsala.").get("Region Uppsala") == "Organisation"


def test_staff_of_the_care_unit_a_headline_names_work_there():
    text = ("En dag hos sjuksköterskorna på Ekby vårdcentral\n\n"
            "I april besökte jag Ekby vårdcentral i Norrdal. Först följde jag sjuksköterskan Maja Lind. "
            "Till lunch kom verksamhetschefen Greta Holmlund och läkaren Per Vallin. "
            "Efter modellen från vårdcentralen i Västby har de byggt om telefonen.")
    found = facts(text)
    assert {("Maja Lind", "worksFor", "Ekby vårdcentral"), ("Per Vallin", "worksFor", "Ekby vårdcentral"),
            ("Greta Holmlund", "leads", "Ekby vårdcentral")} <= found


def test_a_long_opening_paragraph_is_no_headline():
    text = ("I fyra år har läkarstudenter gjort placeringar vid Ekby sjukstuga och vid Västby lasarett, för att se om "
            "fler vill jobba i glesbygd.\n\nMaja Lind är AT-läkare i Norrdal. Hon gillade Ekby sjukstuga.")
    assert ("Maja Lind", "worksFor", "Ekby sjukstuga") not in facts(text)


def test_a_headlines_new_centre_is_no_centre_named_ny():
    found = entities("Ny vårdcentral i Örebro är försenad\n\nNy familjecentral invigs inom kort")
    assert "Ny vårdcentral" not in found and "Ny familjecentral" not in found


def test_a_board_named_for_its_fields_ends_before_a_time():
    found = entities("Beslut om satsningarna tas av Nämnden för Primärvård och Folktandvård nästa vecka.")
    assert found.get("Nämnden för Primärvård och Folktandvård") == "Organisation"
    assert not [n for n in found if n.endswith("nästa vecka")]


def test_a_title_capitalised_by_mistake_after_says_is_no_part_of_the_name():
    found = facts("Vi behöver samtal mellan stat och region, säger Socialminister Ocko Strandberg.")
    assert ("Ocko Strandberg", "title", "socialminister") in found
    assert "Socialminister Ocko Strandberg" not in entities("Vi behöver samtal, säger Socialminister Ocko Strandberg.")


def test_a_panel_row_with_two_posts_gives_both_and_the_chair_leads():
    found = facts("Medverkande: Greta Holmlund, moderator, ordförande Sveriges läkarförbund. Per Vallin, 2:e vice "
                  "ordförande Sveriges läkarförbund och ordförande DLF.")
    assert {("Greta Holmlund", "title", "moderator"), ("Greta Holmlund", "leads", "Sveriges läkarförbund"),
            ("Per Vallin", "leads", "Svenska distriktsläkarföreningen")} <= found
    assert ("Per Vallin", "leads", "Sveriges läkarförbund") not in found


def test_a_caption_names_two_people_and_their_region_before_tillsammans_med():
    found = facts("Bild: Maja Lind, Socialstyrelsen, Per Vallin och Greta Holmlund, Region Halland tillsammans med "
                  "deltagare på seminariet.")
    assert {("Per Vallin", "worksFor", "Region Halland"), ("Greta Holmlund", "worksFor", "Region Halland"),
            ("Maja Lind", "worksFor", "Socialstyrelsen")} <= found


def test_a_centres_listed_fields_and_an_agencys_named_unit():
    found = facts("Maja Lind, enhetschef för Socialstyrelsens Nationellt kompetenscentrum för äldreomsorg, talade. "
                  "Per Vallin, utvecklingsledare vid FoU Centrum för vård, omsorg och socialt arbete i Linköpings "
                  "kommun, pratar.")
    assert {("Maja Lind", "leads", "Nationellt kompetenscentrum för äldreomsorg"),
            ("Per Vallin", "worksFor", "FoU Centrum för vård, omsorg och socialt arbete")} <= found
    assert ("Maja Lind", "leads", "Socialstyrelsen") not in found


def test_a_town_opening_a_sentence_and_deciding_is_its_municipality():
    found = entities("Nacka införde lagen om valfrihet 2009. Umeå ligger vid kusten.")
    assert found.get("Nacka kommun") == "Organisation"
    assert "Umeå kommun" not in found


def test_a_town_that_will_look_into_a_matter_or_is_called_a_municipality_is_the_municipality():
    found = entities("Vi har frågat runt. Även Sigtuna ska utreda valfriheten. Lund är den största kommunen som "
                     "inte har valfrihet. Kalmar är en stad vid kusten.")
    assert found.get("Sigtuna kommun") == "Organisation"
    assert found.get("Lunds kommun") == "Organisation"
    assert "Kalmar kommun" not in found


def test_where_she_has_worked_since_a_year_employs_her():
    found = facts("Greta Strandberg har jobbat i Falkenberg kommuns hemsjukvård sedan 2018.")
    assert ("Greta Strandberg", "worksFor", "Falkenbergs kommun") in found
    assert not [f for f in facts("Greta Strandberg har tidigare jobbat i Region Halland.") if f[1] == "worksFor"]


PRESS_CONTACT = ("Regeringen förlänger Tor Lindh förordnande som generaldirektör för Myndigheten för vård- och "
                 "omsorgsanalys.\n\n"
                 "– Tor Lindh har bred erfarenhet och gedigen kompetens, säger sjukvårdsminister Ebba Sand.\n\n"
                 "Presskontakt\n\nOlle Wik\nPressekreterare hos sjukvårdsminister Ebba Sand\nMobil 076-127 93 94\n")


def test_a_press_secretary_for_a_minister_is_the_card_holder_not_the_minister():
    found = facts(PRESS_CONTACT)
    assert ("Olle Wik", "title", "pressekreterare") in found
    assert ("Ebba Sand", "title", "pressekreterare") not in found
    assert ("Ebba Sand", "title", "sjukvårdsminister") in found


def test_a_title_after_a_quote_is_the_speakers_not_the_quoted_names():
    assert ("Tor Lindh", "title", "sjukvårdsminister") not in facts(PRESS_CONTACT)
