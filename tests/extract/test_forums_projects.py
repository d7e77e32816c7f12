import pytest

from snippets import entities, extract, facts, text_of


@pytest.mark.parametrize("snippet, name", [
    ("Vi har en regional ledningsgrupp där alla kommuner sitter med.", "Regional ledningsgrupp"),
    ("Sen har vi också skapat en länsgemensam ledningsgrupp.", "Länsgemensam ledningsgrupp"),
    ("Vi har en ledningsgrupp för vård och omsorg som träffas varje månad.", "Ledningsgrupp för vård och omsorg"),
    ("Där har vi också ett socialchefsnätverk som vi deltar i.", "Socialchefsnätverk"),
    ("Uppdrag formas för en samordningsgrupp för Nära vård i länet.", "Samordningsgrupp för Nära vård"),
])
def test_named_forums(snippet, name):
    assert entities(snippet).get(name) == "CollaborationForum"


@pytest.mark.parametrize("snippet", [
    "Det diskuterades i ledningsgruppen i går.",
    "Vi har många målområden och fokusområden.",
    "Ett förråd fullt av material.",
])
def test_generic_cue_words_are_no_forums(snippet):
    assert not [n for n, k in entities(snippet).items() if k == "CollaborationForum"]


def test_a_bare_definite_cue_refers_to_the_forum_named_before():
    ex = extract(text_of("JONAS: Vi har skapat en länsgemensam ledningsgrupp. Det är roligt att vara "
                         "ordförande för den ledningsgruppen.\n\nPETRA: Vad bra.\n"))
    forum = ex.entities[("CollaborationForum", "Länsgemensam ledningsgrupp")]
    assert "ledningsgruppen" in forum.aliases


@pytest.mark.parametrize("snippet, name", [
    ("Nu ska vi lansera programmet Nära vård i hela länet.", "Program Nära vård"),
    ("Det är en del av regionens program Trygg hemgång i Dalarna.", "Trygg hemgång i Dalarna"),
    ("Program Nära vård\n\nTre målområden\n", "Program Nära vård"),
    ("Vi har en pilot med digitala vårdrum som heter Vårdrum Hälsingland. Den går bra.", "Vårdrum Hälsingland"),
    ("Projektet Tillsammans på väg startade i fjol.", "Tillsammans på väg"),
    ("Det här avsnittet handlar om projektet nära vård i Dalarna och vad det lett till.", "Nära vård i Dalarna"),
    ("Sen gjorde vi också en satsning på mobil hemsjukvård. Den blev bra.", "Mobil hemsjukvård"),
    ("Vi har en mobil röntgen på test här i länsdelen.", "Mobil röntgen"),
])
def test_projects_from_cue_words(snippet, name):
    assert entities(snippet).get(name) == "Project"


def test_slide_items_under_a_programme_heading_are_its_parts():
    slide = ("Program Trygg hemgång\n\nDelområde ett\n\n• Mobila familjeteam i noderna Falun, Mora\n\n"
             "• Hemsjukvård för barn\n\n• Förslag - Seniorhälsovård\n")
    ex = extract(text_of(slide))
    parts = {(f.subject[1], f.object[1]) for f in ex.facts if f.predicate == "partOf"}
    assert ("Hemsjukvård för barn", "Program Trygg hemgång") in parts
    assert ("Mobila familjeteam", "Program Trygg hemgång") in parts
    assert ("Seniorhälsovård", "Program Trygg hemgång") in parts


def test_a_working_group_for_a_capitalised_paired_field_and_its_member_list():
    found = facts("Arbetsgruppen för Hälso- och sjukvård för vuxna leds av Olle Edberg (c), Umeå.\n\nLedamöter\n\n"
                  "Sig-Britt Ahlberg (s), Härnösand\nUlf Kerander (s), Pajala\n")
    group = "Arbetsgruppen för Hälso- och sjukvård för vuxna"
    assert ("Olle Edberg", "leads", group) in found
    assert {s for s, p, o in found if p == "participatesIn" and o == group} == {"Sig-Britt Ahlberg", "Ulf Kerander"}


def test_a_capitalised_paragraph_after_a_group_heading_is_no_part_of_its_name():
    assert "Styrgrupper för närvård" in entities("Styrgrupper för närvård\n\nHälso- och sjukvårdsstyrelsen utsåg två "
                                                 "representanter.")


def test_a_heading_of_a_cue_word_and_its_field_that_the_page_repeats_names_a_forum():
    found = entities("Ledningsgrupp vård och omsorg\n\nLedningsgrupp vård och omsorg utgör tjänstemannadelen i "
                     "samverkan.\n\nGruppen möts varje månad.")
    assert found.get("Ledningsgrupp vård och omsorg") == "CollaborationForum"


def test_a_heading_of_a_cue_word_and_a_field_said_once_names_nothing():
    assert "CollaborationForum" not in entities("Nätverk nationellt\n\nVi pratar om mycket i dag.").values()


TABLE_PAGE = ("Regionalt nätverk vård, omsorg och folkhälsa\n\n"
              "Regionalt nätverk för frågor kopplade till vård och omsorg\n\n"
              "Nätverket samlar kommunernas chefer för socialtjänst och omsorg och bereder frågor till det "
              "centrala samverkansorganet, som beslutar om gemensamma riktlinjer för vård och omsorg i länet.\n\n"
              "Deltagare i nätverket\n\nKommun Namn Titel\n"
              "Mora Stina Grahn Socialchef (ordförande)\n"
              "Östra Göinge (nordöstra) Olof Bengtsson Verksamhetsområdeschef\n"
              "Ystad (sydöstra) Vera Lind Socialchef\n\nSidansvarig\n\nPål Emanuelsson\n\nRegional samordnare\n")


def test_a_heading_names_the_forum_with_its_fields_and_the_table_under_it_lists_members_and_employers():
    found = facts(TABLE_PAGE)
    forum = "Regionalt nätverk vård, omsorg och folkhälsa"
    # one forum for the heading and the subtitle that opens with its cue phrase
    assert [n for n, k in entities(TABLE_PAGE).items() if k == "CollaborationForum" and n.startswith("Regionalt")] \
        == [forum]
    assert {p for p, r, o in found if r == "participatesIn" and o == forum} == {
        "Stina Grahn", "Olof Bengtsson", "Vera Lind"}  # not the page's editor under "Sidansvarig"
    assert ("Stina Grahn", "leads", forum) in found
    assert ("Olof Bengtsson", "worksFor", "Östra Göinge kommun") in found
    assert ("Stina Grahn", "worksFor", "Mora kommun") in found
    # a title ending its row employs no one on the next row's municipality
    assert ("Stina Grahn", "worksFor", "Östra Göinge kommun") not in found


def test_the_heading_of_a_meetings_papers_is_not_part_of_the_forums_name():
    found = entities("Dalarådet 12 februari 2021\nVarmt välkommen till webbmöte med Dalarådet\n\n\nProgram\n\n"
                     "Välkomna\nStina Grahn, Region Dalarna och Olof Bengtsson, Mora kommun\n\nÅrshjul för Dalarådet\n"
                     "Stina Grahn, Region Dalarna och Olof Bengtsson, Mora kommun")
    assert [n for n, k in found.items() if k == "CollaborationForum"] == ["Dalarådet"]


def test_a_forum_named_by_a_long_complement_that_ends_in_a_paired_field():
    snippet = ("Ledamöter i styrgruppen\n\n • Vera Lind, ordförande, hälso- och sjukvårdsdirektör, Region Gävleborg, "
               "Sjukvårdsregion Mellansverige\n • Olof Bengtsson, regiondirektör, Region Dalarna, Sjukvårdsregion "
               "Mellansverige\n\nStyrgruppen för regionalt system för kunskapsstyrning hälso- och sjukvård är en arena "
               "för dialog.")
    forum = "Styrgruppen för regionalt system för kunskapsstyrning hälso- och sjukvård"
    assert entities(snippet).get(forum) == "CollaborationForum"
    found = facts(snippet)
    # the row's region employs; the healthcare region it belongs to, written last, does not
    assert {(p, o) for p, r, o in found if r == "worksFor"} == {
        ("Vera Lind", "Region Gävleborg"), ("Olof Bengtsson", "Region Dalarna")}


MINUTES = ("§ 52 Val av ledamöter i arbetsgrupp barn- och elevhälsa\n\n"
           "KS § 52\n\n"
           "Val av ledamöter i arbetsgrupp barn- och elevhälsa\n\n"
           "En politisk arbetsgrupp bör utses, med uppgift att följa arbetet.\n\n"
           "• Arbetsgruppen ska bestå av: Kommunstyrelsens presidium: ordföranden Jan Berg (s), 1:e vice "
           "ordföranden Sonja Ek (s) och 2:e vice ordföranden Eva Nylund (c), samt Carin Lind (v).")


def test_a_group_word_and_its_field_written_twice_in_minutes_name_a_forum():
    assert entities(MINUTES).get("Arbetsgrupp barn- och elevhälsa") == "CollaborationForum"


def test_everyone_a_colon_list_names_sits_in_the_group_the_minutes_are_about():
    found = facts(MINUTES)
    for name in ("Jan Berg", "Sonja Ek", "Eva Nylund", "Carin Lind"):
        assert (name, "participatesIn", "Arbetsgrupp barn- och elevhälsa") in found


def test_a_title_in_its_definite_form_is_the_next_persons():
    found = facts(MINUTES)
    assert ("Sonja Ek", "title", "1:e vice ordförande") in found
    assert ("Jan Berg", "title", "1:e vice ordförande") not in found


JOINT_BOARD = ("Samverkansnämnd för Region Gävleborg och Region Dalarna\n\n"
               "Region Dalarna och Region Gävleborg samarbetar kring laboratoriemedicin. Samarbetet sköts genom "
               "samverkansnämnden.\n\n"
               "Ledamöter 2019-2022\n\n"
               "• Karl Sandin (S), vice ordförande\n"
               "• Christel Fors (S)\n")


def test_a_joint_board_named_for_two_principals_is_a_forum_of_both_with_its_listed_members():
    found = facts(JOINT_BOARD)
    name = "Samverkansnämnd för Region Gävleborg och Region Dalarna"
    assert entities(JOINT_BOARD).get(name) == "CollaborationForum"
    for who in ("Region Gävleborg", "Region Dalarna", "Karl Sandin", "Christel Fors"):
        assert (who, "participatesIn", name) in found


def test_a_delegation_counted_in_seats_has_the_rows_under_it_as_members_and_its_chair_leads():
    text = ("Delegationen för äldrevård\n\n"
            "Delegationen för äldrevård består av 11 ledamöter.\n"
            "Lena Segerfors (S), ordförande\n"
            "Malin Sjöqvist (M), vice ordförande\n\n"
            "Delegationens huvuduppgift är att vara forum för framtidsfrågor.")
    found = facts(text)
    assert ("Lena Segerfors", "leads", "Delegationen för äldrevård") in found
    assert ("Malin Sjöqvist", "participatesIn", "Delegationen för äldrevård") in found
    assert ("Malin Sjöqvist", "leads", "Delegationen för äldrevård") not in found
    assert "Forum för framtidsfrågor" not in entities(text)


def test_a_collaboration_model_given_its_name_has_the_parties_the_page_lists():
    text = ("Samverkan kommuner och region\n\n"
            "Parter i denna samverkan är Region Dalarna och länets tre kommuner, Mora, Rättvik och Orsa.\n\n"
            "Från 2024 ingår också skolan, och den nya samverkansmodellen kallas DalaVäv.\n")
    assert entities(text).get("DalaVäv") == "CollaborationForum"
    found = facts(text)
    for party in ("Region Dalarna", "Mora kommun", "Rättviks kommun", "Orsa kommun"):
        assert (party, "participatesIn", "DalaVäv") in found


def test_a_place_called_something_is_no_forum():
    assert entities("Nätverket träffas i orten som kallas Mora.").get("Mora") != "CollaborationForum"


PLAN = ("Dalarnas Läns Landsting. Projektplan Trygg hemgång Dalarna\n\n"
        "1 1 (20) Dalarnas Läns Landsting Projektplan Trygg hemgång Dalarna Projektägare: Greta Holmlund, "
        "DLL Utvecklingsavdelning Författare: Per Vallin, Projektledare\n\n"
        "3 3 (20) Innehållsförteckning:... 3 Projektnamn... 5 Bakgrund... 6\n\n"
        "5 5 (20) Projektnamn: Trygg hemgång Dalarna Projektägare: Greta Holmlund, Utvecklingsavdelningen DLL "
        "1. Grundläggande information 1.1. Bakgrund Det finns en efterfrågan. Förstudien finansierades av Vinnova.\n")


def test_a_project_plan_names_its_project_in_its_title_and_its_name_field():
    assert entities(PLAN).get("Trygg hemgång Dalarna") == "Project"
    assert "Innehållsförteckning" not in entities(PLAN)


def test_fields_run_together_by_a_pdf_are_read_one_by_one():
    found = facts(PLAN)
    assert ("Greta Holmlund", "title", "projektägare") in found
    assert ("Greta Holmlund", "worksFor", "Utvecklingsavdelningen") in found
    # DLL spells Dalarnas läns landsting: the county council the plan names, before it became Region Dalarna
    assert ("Utvecklingsavdelningen", "partOf", "Landstinget Dalarna") in found
    assert ("Landstinget Dalarna", "participatesIn", "Trygg hemgång Dalarna") in found
    assert ("Vinnova", "participatesIn", "Trygg hemgång Dalarna") not in found  # beyond the field's value
    assert ("Per Vallin", "leads", "Trygg hemgång Dalarna") in found  # the plan's author, its project leader


def test_a_signature_block_lists_the_roles_then_the_names_in_the_same_order():
    text = ("1 Projektplan 1(21) Projektnamn: Vårdlänken Mora Projektägare: Greta Holmlund Beslut att starta "
            "Genomförandefasen Datum: Datum: Underskrift Styrgruppsordförande Underskrift Projektledare Per Vallin "
            "Eva Sand Namnförtydligande\n")
    found = facts(text)
    assert ("Per Vallin", "title", "styrgruppsordförande") in found
    assert ("Eva Sand", "title", "projektledare") in found
    assert ("Per Vallin", "title", "projektledare") not in found
    assert ("Eva Sand", "leads", "Vårdlänken Mora") in found


def test_a_groups_members_under_its_genitive_heading_and_sub_headings():
    text = ("HSL-arbetsgruppen samverkar med andra vårdgivare om vårdhygien.\n\nArbetsgruppens medlemmar\n\n\nKontaktperson\n\n"
            "Greta Holmlund\nLudvika kommun\nE-post\n\nÖvriga medlemmar\n\nFaustina Marek\n\nBorlänge kommun E-post\n\n"
            "Per Vallin\nSmedjebackens kommun\nE-post\n")
    found = facts(text)
    assert {(who, "participatesIn", "HSL-arbetsgruppen") for who in ("Greta Holmlund", "Faustina Marek", "Per Vallin")} <= found


def test_a_working_group_inside_a_university_unit_is_no_named_forum():
    found = entities("Gruppen finns även i programrådets arbetsgrupp inom omvårdnadsinstitutionen vid Lunds universitet.")
    assert not any(kind == "CollaborationForum" for kind in found.values())
    assert found.get("Omvårdnadsinstitutionen vid Lunds universitet") == "Organisation"


def test_a_heading_labels_a_pilot_projects_name():
    text = ("Länsstyrelsen har fått ett uppdrag. Uppdraget är ett pilotprojekt under 2019.\n\n"
            "Pilotprojekt: Jämställd vård i Jämtland\n\nPilotprojektet genomförs med regionen.\n")
    found = entities(text)
    assert found.get("Jämställd vård i Jämtland") == "Project"
    assert "Uppdraget" not in found  # "the assignment" points back; it names nothing


def test_a_working_model_named_by_its_place_and_a_camel_case_testbed():
    found = entities('Fler kommuner i länet kan följa "Ludvikamodellen" för äldrevård. Läs mer om testbädden VälfärdsLabb.')
    assert found.get("Ludvikamodellen") == "Project" and found.get("VälfärdsLabb") == "Project"
    assert "Vårdmodellen" not in entities("Vårdmodellen bygger på team.")  # no place: a kind of model


def test_a_care_model_given_its_name_is_a_project():
    text = ("En ny vårdmodell har testats i samarbete mellan Hörby kommun och psykiatrin. "
            "Modellen kallas TRAPP och innebär ett nära samarbete kring de patienter som behöver det.\n")
    assert entities(text).get("TRAPP") == "Project"


def test_a_forums_name_does_not_end_in_a_preposition_whose_object_it_could_not_read():
    found = entities("Ett nätverk för erfarenhetsutbyte och samverkan inom Vård nu har träffats sedan 2011. Arbetet "
                     "utformas efter de behov som nätverket för demensfrågor inom Vård nu lyfter fram.")
    forums = {n for n, kind in found.items() if kind == "CollaborationForum"}
    assert "Nätverk för erfarenhetsutbyte och samverkan" in forums
    assert "Nätverket för demensfrågor" in forums
    assert not [n for n in forums if n.endswith(" inom")]
