"""Political committees, joint boards and their chairs as news items and structure pages list them: "X: Name (FP),
Place" rows under a line about chairs, "I den gemensamma nämnden för … ingår A och kommunerna B, C", "ordförande i
SKL:s e-beredning". Every snippet is invented and names no one from the corpora."""
import pytest

from snippets import entities, facts


def test_an_old_party_letter_still_marks_a_politician_and_the_place_after_it():
    found = facts("Primärvård: Staffan Werberg (FP), Örebro.\n\nKultur: Madelene Sjöberg (FP), Stockholm.")
    assert ("Staffan Werberg", "worksFor", "Örebro kommun") in found
    assert ("Madelene Sjöberg", "worksFor", "Stockholms stad") in found


def test_forum_rows_under_a_line_about_chairs_name_the_chairs():
    text = ("Här är valberedningens förslag till ordförandeposterna i förbundets beredningar:\n\n"
            "Sjukvårdsdelegationen: Mats Eklund (M), Region Halland.\n\n"
            "E-beredningen: Jerk Svanberg (M), Region Skåne.")
    found = facts(text)
    assert ("Mats Eklund", "leads", "Sjukvårdsdelegationen") in found
    assert ("Jerk Svanberg", "leads", "E-beredningen") in found


def test_a_forum_row_without_chairs_above_names_a_member():
    found = facts("Ledamöter i grupperna:\n\nSjukvårdsdelegationen: Mats Eklund (M), Region Halland.")
    assert ("Mats Eklund", "participatesIn", "Sjukvårdsdelegationen") in found
    assert ("Mats Eklund", "leads", "Sjukvårdsdelegationen") not in found


@pytest.mark.parametrize("snippet, forum", [
    ("E-beredningen möts i maj.", "E-beredningen"),  # a hyphened prefix names the forum
    ("Det säger Camilla Fribing (S), ordförande i styrgruppen för modellområdet i östra Norrbotten.",
     "Styrgruppen för modellområdet i östra Norrbotten"),  # a direction before the place
])
def test_forums_named_by_a_prefix_or_a_place(snippet, forum):
    assert entities(snippet).get(forum) == "CollaborationForum"


def test_a_hyphened_prefix_in_lower_case_names_no_forum():
    assert "CollaborationForum" not in entities("Vi pratade om e-rådet i går.").values()


def test_the_chair_of_what_an_organisation_owns_does_not_lead_the_organisation():
    found = facts("Jerk Svanberg, ordförande i SKL:s e-beredning, berättar.")
    assert not {o for s, p, o in found if p == "leads"}
    found = facts("Jerk Svanberg, ordförande i Svensk förening för allmänmedicin, berättar.")
    assert ("Jerk Svanberg", "leads", "Svensk förening för allmänmedicin") in found


def test_a_joint_committee_and_who_is_in_it():
    text = ("I den gemensamma nämnden för samverkan kring socialtjänst och vård ingår Region Sörmland och kommunerna "
            "Eskilstuna, Strängnäs, Katrineholm och Gnesta. Möteshandlingar finns för Nämnden för samverkan kring "
            "sociltjänst och vård.")
    board = "Nämnden för samverkan kring socialtjänst och vård"
    assert entities(text).get(board) == "Organisation"
    assert [n for n in entities(text) if n.startswith("Nämnden")] == [board]  # the mistyped one is the same
    assert {s for s, p, o in facts(text) if p == "participatesIn" and o == board} == {
        "Region Sörmland", "Eskilstuna kommun", "Strängnäs kommun", "Katrineholms kommun", "Gnesta kommun"}


@pytest.mark.parametrize("snippet, board", [
    # the capitalised "Gemensam" opens the name, and one word of remit is enough after it
    ("Gemensamma nämnden för rehabilitering och tolkstöd beslutar att godkänna listan.",
     "Gemensamma nämnden för rehabilitering och tolkstöd"),
    ("Frågan gick vidare till Gemensam nämnd för tolkverksamheten i Lerum.", "Gemensam nämnd för tolkverksamheten"),
    # a remit that opens with an abbreviation's compound, a list of remits up to its "och"
    ("Ordförande i Nämnden för IT-drift och säkerhet är Tove Berglin.", "Nämnden för IT-drift och säkerhet"),
    ("Hon sitter i Nämnd för trafik, kultur och fritid sedan 2019.", "Nämnd för trafik, kultur och fritid"),
    # the verb after the name is none of it
    ("Nämnden för tolkstöd och rehabilitering sammanträdde i maj.", "Nämnden för tolkstöd och rehabilitering"),
])
def test_a_committee_named_by_its_remit_is_read_whole(snippet, board):
    found = entities(snippet)
    assert found.get(board) == "Organisation"
    assert not [n for n in found if "nämnd" in n.casefold() and n != board]


def test_members_listed_in_a_joint_committees_notice_take_part_in_it():
    text = ("Kallelse Gemensamma nämnden för rehabilitering och tolkstöd Tid: kl. 09:00 Ledamöter Vilma Stråle (C) "
            "Nore Hägglin (S) Ersättare Ines Pålsson (M)")
    found = facts(text)
    assert {s for s, p, o in found if p == "participatesIn" and o == "Gemensamma nämnden för rehabilitering och "
            "tolkstöd"} >= {"Vilma Stråle", "Nore Hägglin"}


def test_what_a_committee_is_asked_to_do_is_not_its_name():
    assert not entities("Ärendet går till nämnden för beslut i maj.")


def test_members_of_a_forum_introduced_by_i_x_ingar():
    found = facts("I Ledningsgruppen för vård och omsorg ingår Region Sörmland och kommunerna Flen och Trosa.")
    assert {s for s, p, o in found if p == "participatesIn"} == {"Region Sörmland", "Flens kommun", "Trosa kommun"}
    assert "Ledningsgruppen för vård och omsorg" in entities("I Ledningsgruppen för vård och omsorg ingår Region "
                                                              "Sörmland.")


@pytest.mark.parametrize("snippet, part, whole", [
    ("Greta Holm sitter i Region Kalmar läns nämnd för folkhälsa och sjukvård.", "Nämnd för folkhälsa och sjukvård",
     "Region Kalmar län"),
    ("Greta Holm är ordförande i SKR:s sjukvårdsdelegation.", "Sjukvårdsdelegation", "Sveriges Kommuner och Regioner"),
])
def test_an_organisation_s_own_body_written_in_the_genitive_is_part_of_it(snippet, part, whole):
    assert (part, "partOf", whole) in facts(snippet)


def test_a_group_an_organisation_takes_part_in_is_not_part_of_it():
    found = facts("Greta Holm företräder Region Kalmar läns styrgrupp för nära vård.")
    assert not {f for f in found if f[1] == "partOf"}


@pytest.mark.parametrize("snippet, person, title", [
    ("Medverkande: Anders Hedman (S), Landstingsstyrelsens ordförande i Kronobergs landsting.", "Anders Hedman",
     "landstingsstyrelsens ordförande"),
    ("Från Gotland deltar hälso- och sjukvårdsnämndens ordförande Mats-Ove Rödberg.", "Mats-Ove Rödberg",
     "hälso- och sjukvårdsnämndens ordförande"),
    ("Anna Karlberg (KD), 1:e vice ordförande i hälso- och sjukvårdsnämnden i Region Östergötland, talar.",
     "Anna Karlberg", "1:e vice ordförande i hälso- och sjukvårdsnämnden"),
    ("Vice ordförande är Annika Krutberg (M), ordförande i social- och omsorgsnämnden i Linköpings kommun.",
     "Annika Krutberg", "ordförande i social- och omsorgsnämnden"),
])
def test_the_chair_of_a_board_is_written_as_the_text_names_the_board(snippet, person, title):
    found = facts(snippet)
    assert (person, "title", title) in found
    assert (person, "title", "ordförande") not in found


def test_a_chair_named_after_a_period_and_a_second_title_holds_both():
    found = facts("Ordförande från 1 juli 2019 – 30 juni 2020 är omsorgsdirektör Linda Ljungberg, Linköpings kommun "
                  "och vice ordförande är närsjukvårdsdirektör Rolf Östberg.")
    assert {("Linda Ljungberg", "title", "ordförande"), ("Linda Ljungberg", "title", "omsorgsdirektör"),
            ("Rolf Östberg", "title", "vice ordförande"), ("Rolf Östberg", "title", "närsjukvårdsdirektör")} <= found


def test_the_subject_of_an_aside_takes_the_title_after_its_copula():
    found = facts("Anna Karlberg (KD), 1:e vice ordförande i hälso- och sjukvårdsnämnden i Region Östergötland, "
                  "är ordförande för samrådet.")
    assert ("Anna Karlberg", "title", "ordförande") in found


def test_a_deputy_named_with_the_chair_of_a_council_sits_in_it():
    found = facts("Ordföranderådet leds av regionstyrelsens ordförande Åsa Johansberg, Region Värmland och vice "
                  "ordförande Henrik Frykberg, kommunstyrelsens ordförande Sunne kommun.")
    assert ("Åsa Johansberg", "leads", "Ordföranderådet") in found
    assert ("Henrik Frykberg", "participatesIn", "Ordföranderådet") in found
    assert ("Henrik Frykberg", "leads", "Ordföranderådet") not in found


def test_appointed_after_a_party_and_a_place():
    found = facts("Styrgruppen träffades i september och Maria Stenberg (S), Norrbotten, utsågs till sammankallande.")
    assert ("Maria Stenberg", "title", "sammankallande") in found


@pytest.mark.parametrize("snippet, chair, deputy, forum", [
    # "Ordförande (från …) är <title> X … och vice ordförande är <title> Y"
    ("Ledningsgrupp vård och omsorg\n\nLedningsgrupp vård och omsorg utgör tjänstemannadelen.\n\n"
     "Ordförande från 1 juli 2019 – 30 juni 2020 är omsorgsdirektör Linda Ljungberg, Linköpings kommun "
     "och vice ordförande är närsjukvårdsdirektör Rolf Östberg.", "Linda Ljungberg", "Rolf Östberg",
     "Ledningsgrupp vård och omsorg"),
    # "ordförande för samrådet": the definite first word of the forum's name points back at it
    ("Samråd vård och omsorg\n\nSamråd vård och omsorg är en beredning mellan regionen och kommunerna.\n\n"
     "Anna Karlberg (KD), vice ordförande i nämnden, är ordförande för samrådet. Vice ordförande är "
     "Annika Krutberg (M), ordförande i nätverket Socialchefsnätverket S7.", "Anna Karlberg", "Annika Krutberg",
     "Samråd vård och omsorg"),
])
def test_on_a_group_s_page_its_chair_leads_it_and_the_deputy_sits_in_it(snippet, chair, deputy, forum):
    found = facts(snippet)
    assert (chair, "leads", forum) in found
    assert (deputy, "participatesIn", forum) in found
    assert (deputy, "leads", forum) not in found


def test_representatives_named_after_a_colon_sit_in_the_group_and_the_marked_one_chairs_it():
    found = facts("Nämnden utsåg två representanter i lokala styrgrupper för hemsjukvård i hela länet: "
                  "Sten Ohlander (S) (ledamot och ordf) och Vera Lindkvist (M) (ledamot).")
    assert {p for p, r, o in found if r == "participatesIn" and o.casefold().endswith("styrgrupper för hemsjukvård")} \
        == {"Sten Ohlander", "Vera Lindkvist"}
    assert [(p, r) for p, r, o in found if r == "leads"] == [("Sten Ohlander", "leads")]
    assert ("Sten Ohlander", "title", "ordförande") in found  # the abbreviation written out


def test_a_municipal_body_in_a_bare_place_names_the_municipality_and_its_officials_work_there():
    found = facts("Kommunledningen i Vilhelmina träffade regionen i går. Kommunchefen Stina Grahn och "
                  "socialchefen Olof Bengtsson deltog.")
    assert ("Stina Grahn", "worksFor", "Vilhelmina kommun") in found
    assert ("Olof Bengtsson", "worksFor", "Vilhelmina kommun") in found


def test_representatives_appointed_to_a_named_group_listed_under_their_organisations():
    snippet = ("Huvudmännen har utsett följande representanter att ingå i den politiska styrgruppen för "
               "gemensam arbetsfördelning.\n\nRegion Gävleborg\nSten Ohlander (S)\nVera Lindkvist (M)\n\n"
               "Region Dalarna\nÅke Lindmark (S)\nTora Hedqvist (M)\n\nÖvrigt\n\nGruppen möts fyra gånger per år.")
    forum = "Politiska styrgruppen för gemensam arbetsfördelning"
    found = facts(snippet)
    assert {p for p, r, o in found if r == "participatesIn" and o == forum} >= {
        "Sten Ohlander", "Vera Lindkvist", "Åke Lindmark", "Tora Hedqvist"}


def test_a_healthcare_regions_own_group_its_members_and_its_chair():
    snippet = ("Samarbete i Norra sjukvårdsregionen\n\nLedamöterna i Norra sjukvårdsregionens ledningsgrupp är "
               "utsedda av respektive regiondirektör.\n\nSten Ohlander, Norra regionvårdsnämnden, ordförande\n\n"
               "Vera Lindkvist, Region Jämtland Härjedalen\n\nÅke Lindmark, Region Norrbotten\n\n"
               "Gruppen har det övergripande ansvaret för samarbetet.")
    forum = "Norra sjukvårdsregionens ledningsgrupp"
    found = facts(snippet)
    assert (forum, "partOf", "Norra sjukvårdsregionen") in found
    assert ("Sten Ohlander", "leads", forum) in found
    assert {p for p, r, o in found if r == "participatesIn" and o == forum} >= {"Vera Lindkvist", "Åke Lindmark"}


def test_an_associations_new_board_as_a_news_item_words_it():
    found = facts("Sten Ohlander, socialchef i Mora, är FSS nyvalde ordförande. Vera Lindkvist, socialchef i Leksand, "
                  "valdes till vice ordförande. Kassör: Tora Hedqvist, socialchef i Rättvik. Sekreterare: Åke Lindmark, "
                  "samverkansledare i Falun.")
    assert {("Sten Ohlander", "ordförande"), ("Vera Lindkvist", "vice ordförande"), ("Tora Hedqvist", "kassör"),
            ("Åke Lindmark", "sekreterare")} <= {(p, o) for p, r, o in found if r == "title"}


def test_appointed_as_new_chair():
    found = facts("Oppositionsrådet Vera Lindkvist (M) har utsetts till ny ordförande i delegationen.")
    assert ("Vera Lindkvist", "title", "ordförande") in found


def test_a_contact_list_of_two_bodies_with_their_chairs():
    found = facts("Kontaktpersoner:\n\nVice ordförande – Sten Ohlander, Leksand (sten.ohlander@leksand.se)\n\n"
                  "Delregionalt samverkansorgan Dalarna sydväst\nOrdförande – Vera Lindkvist (KD), regionråd och "
                  "ordförande i Ludvikas sjukhusstyrelse (vera.lindkvist@regiondalarna.se)\n")
    assert ("Sten Ohlander", "title", "vice ordförande") in found
    assert ("Vera Lindkvist", "leads", "Delregionalt samverkansorgan Dalarna sydväst") in found
    assert ("Vera Lindkvist", "title", "ordförande i ludvikas sjukhusstyrelse") in found


def test_a_delegation_within_a_national_body_is_its_group_not_named_by_it():
    found = facts("Lena Grahn (M) kommer att leda primärvårdsdelegationen inom Sveriges kommuner och regioner "
                  "fram till 2027.")
    assert ("Lena Grahn", "leads", "Primärvårdsdelegationen") in found
    assert ("Primärvårdsdelegationen", "partOf", "Sveriges Kommuner och Regioner") in found
    assert not any(name.startswith("Primärvårdsdelegationen inom") for name in entities(
        "Lena Grahn leder primärvårdsdelegationen inom SKR."))


@pytest.mark.parametrize("snippet, name", [
    ("Per Ulfsson (S), ordförande i regionstyrelsen i Region Dalarna, har utsetts till ordinarie ledamot i "
     "primärvårdsdelegationen.", "Primärvårdsdelegation"),
    ("Per Ulfsson (S) har ingått i primärvårdsdelegationen sedan 2010.", "Primärvårdsdelegation"),
    # the region's own delegation, by the name the text gives it
    ("Per Ulfsson är ersättare i Region Dalarnas primärvårdsdelegation.", "Region Dalarnas primärvårdsdelegation"),
])
def test_a_member_of_a_delegation_takes_part_in_it(snippet, name):
    assert any(f[:2] == ("Per Ulfsson", "participatesIn") and f[2].startswith(name) for f in facts(snippet))


def test_a_board_member_of_a_region_is_no_member_of_a_forum():
    assert not any(p == "participatesIn" for _, p, _ in facts("Per Ulfsson är styrelseledamot i Region Dalarna."))


def test_a_groups_page_naming_its_chair_and_deputy_with_their_municipalities():
    text = ("Socialchefsnätverket\n\n"
            "Ordförande och vice ordförande väljs vart annat år. 2022-2024 är ordförande Magnus Berg, Falköping "
            "och vice ordförande Sandra Ek, Töreboda.")
    found = facts(text)
    assert ("Magnus Berg", "leads", "Socialchefsnätverket") in found
    assert ("Magnus Berg", "worksFor", "Falköpings kommun") in found
    assert ("Sandra Ek", "participatesIn", "Socialchefsnätverket") in found
    assert ("Sandra Ek", "leads", "Socialchefsnätverket") not in found
    assert ("Sandra Ek", "worksFor", "Töreboda kommun") in found


def test_a_place_after_a_name_in_running_text_is_not_an_employer():
    assert not any(p == "worksFor" for _, p, _ in facts("Anna Berg, Stockholm, berättar om sin bok."))


def test_a_speakers_card_gives_every_title_in_its_line_and_the_groups_she_chairs():
    text = ("Våra talare i Almedalen\n\n"
            "Lars Rocksberg\n"
            "Specialistläkare i anestesi på Sundsvalls sjukhus i Region Västernorrland, första vice ordförande i "
            "Läkarförbundet och ordförande för förbundets Råd för läkemedel och medicinteknik. Lars pratar gärna.\n"
            "Marina Tuomi\n"
            "Specialistläkare i allmänmedicin, andre vice ordförande i Läkarförbundet, ordförande "
            "digitaliseringsrådet. Marina pratar gärna om primärvården.")
    found = facts(text)
    assert ("Lars Rocksberg", "title", "första vice ordförande") in found
    assert ("Lars Rocksberg", "leads", "Råd för läkemedel och medicinteknik") in found
    assert ("Marina Tuomi", "title", "andre vice ordförande") in found
    assert ("Marina Tuomi", "leads", "Digitaliseringsrådet") in found
    assert not any(s == "Marina Tuomi" and p == "leads" and o == "Sveriges läkarförbund" for s, p, o in found)


def test_an_ordinal_before_other_words_is_no_title():
    assert not any(o.startswith("andra") for _, p, o in facts("Eva Ek, socialchef, säger att andra chefer håller med.")
                   if p == "title")


def test_a_capitalised_council_of_an_association_is_named_without_its_owner_and_is_part_of_it():
    found = facts("Eva Ek är ordförande i Läkarförbundets Utbildnings- och forskningsråd.")
    assert ("Eva Ek", "leads", "Utbildnings- och forskningsråd") in found
    assert ("Utbildnings- och forskningsråd", "partOf", "Sveriges läkarförbund") in found
    assert ("Eva Ek", "leads", "Sveriges läkarförbund") not in found


def test_a_title_right_after_a_party_mark_without_a_comma_is_the_speakers():
    found = facts("– Budgeten är i balans, säger Greta Holmlund (KD) ordförande i sjukhusutskottet. Sedan röstade de.\n\n"
                  "– De har inget eget förslag, fyller Per Vallin (MP) landstingsråd i.\n\n"
                  "– Vi tar ansvar, säger Eva Sand (SiV), ordförande i personalutskottet.")
    assert ("Greta Holmlund", "title", "ordförande i sjukhusutskottet") in found
    assert ("Per Vallin", "title", "landstingsråd") in found
    assert ("Per Vallin", "title", "ordförande") not in found


def test_a_phone_number_ends_a_contact_row_so_the_next_name_gets_no_title_from_it():
    found = facts("Kontakt  Greta Holmlund (M) ordförande i Landstingsstyrelsen, 070-662 91 93 Per Vallin (C) "
                  "ordförande i Personalutskottet, 070-626 24 56\n\nEva Sand (SIV) ordförande i Sjukhusutskottet, "
                  "072-566 77 59 Olle Ek (MP) landstingsråd 073-035 90 52")
    assert ("Olle Ek", "title", "landstingsråd") in found
    assert ("Olle Ek", "title", "ordförande") not in found
    assert ("Olle Ek", "leads", "Sjukhusutskottet") not in found


def test_a_unit_led_by_its_chief_is_led_by_that_person_not_its_municipality():
    found = facts("Vård- och omsorgsförvaltningen leds av förvaltningschef Greta Holmlund.")
    assert ("Greta Holmlund", "leads", "Vård- och omsorgsförvaltningen") in found
    found = facts("Socialförvaltningen i Sunne kommun leds av socialchef Per Vallin.")
    assert ("Per Vallin", "leads", "Socialförvaltningen i Sunne kommun") in found  # the unit, named with its owner
    assert ("Per Vallin", "leads", "Sunne kommun") not in found


MINUTES = ("Protokoll från samråd för anhörigorganisationer för södra omsorgsnämnden den 3 maj 2024\n\n"
           "1 1 (6) Protokoll Tid: Plats: Aulan, Storgatan 1 Närvarande Ledamöter Greta Holmlund (L), södra "
           "omsorgsnämnden Från organisationerna: Per Vallin PRO Ylva Strand SPF Åke Lindmark SKPF "
           "Övriga: Maja Vinter, nämndsekreterare\n"
           "2 2 (6) Underskrifter Sekreterare: Maja Vinter Ordförande: Greta Holmlund (L) Justerare: Per Vallin (PRO)\n"
           + "3 3 (6) Mötet öppnades. Informationen om verksamheten bifogas till protokollet. " * 8)


def test_minutes_run_together_by_a_pdf_name_their_forum_its_chair_and_who_attended():
    found = facts(MINUTES)
    forum = "Samråd för anhörigorganisationer för södra omsorgsnämnden"
    assert ("Greta Holmlund", "leads", forum) in found
    assert ("Greta Holmlund", "title", "ordförande") in found
    assert ("Maja Vinter", "title", "ordförande") not in found  # the next field's label, not her title
    assert ("Per Vallin", "participatesIn", forum) in found
    for org in ("PRO", "SPF Seniorerna", "SKPF Pensionärerna"):  # each member's organisation takes part
        assert (org, "participatesIn", forum) in found


def test_who_was_replaced_and_the_others_present_are_no_members():
    text = ("Protokoll från samråd för anhörigorganisationer för södra omsorgsnämnden den 3 maj 2024\n\n"
            "1 1 (6) Protokoll Plats: Aulan Närvarande Ledamöter Per Vallin PRO Ylva Strand PRO ersätter Åke Lindmark "
            "Övriga Maja Vinter, enhet folkhälsa\n" + "2 2 (6) Mötet öppnades och informationen bifogas. " * 8)
    found, named = facts(text), entities(text)
    forum = "Samråd för anhörigorganisationer för södra omsorgsnämnden"
    assert named.get("Åke Lindmark") == named.get("Maja Vinter") == "Person"
    assert ("Ylva Strand", "participatesIn", forum) in found
    assert ("Åke Lindmark", "participatesIn", forum) not in found
    assert ("Maja Vinter", "participatesIn", forum) not in found


def test_a_signature_line_titles_the_name_below_it_not_the_name_above():
    found = facts("Övriga deltagande Maja Vinter, sekreterare\n\nUnderskrifter Sekreterare ………..\n\nMaja Vinter\n\n"
                  "Ordförande ……….\n\nGreta Holmlund")
    assert ("Maja Vinter", "title", "ordförande") not in found


def test_a_committee_named_in_the_genitive_is_the_committee():
    # (a board's committee on one field is a unit of the board, as a nämnd is: an organisation)
    assert entities("Protokoll från Omsorgsutskottets sammanträde 2011-10-12").get("Omsorgsutskottet") == \
        "Organisation"


def test_minutes_list_name_title_pairs_with_no_mark_between_them():
    found = facts("Tjänstemän: Ylva Strand, nämndsekreterare Greta Holmlund, förvaltningschef Per Vallin, "
                  "verksamhetschef Åke Lind, ekonom")
    assert {("Ylva Strand", "title", "nämndsekreterare"), ("Greta Holmlund", "title", "förvaltningschef"),
            ("Per Vallin", "title", "verksamhetschef"), ("Åke Lind", "title", "ekonom")} <= found
    assert ("Greta Holmlund", "title", "nämndsekreterare") not in found


def test_a_signature_label_is_no_part_of_the_name_before_it():
    found = entities("Sekreterare Ylva Strand Ordförande Greta Holmlund Justerande Per Vallin ANSLAG/BEVIS")
    assert {"Greta Holmlund", "Per Vallin"} <= set(found) and "Greta Holmlund Justerande" not in found


def test_the_national_chair_of_an_association_named_in_the_genitive():
    assert ("Greta Holmlund", "leads", "SPF Seniorerna") in facts(
        "Från vänster Per Vallin, verksamhetschef, SPF Seniorernas förbundsordförande Greta Holmlund och Ylva Strand.")
    found = facts("Hörselskadades Riksförbunds ordförande Greta Holmlund berättar.")
    assert ("Greta Holmlund", "leads", "Hörselskadades Riksförbund") in found


def test_minutes_listing_name_title_pairs_with_a_second_title_and_a_stand_in():
    found = facts("Övriga deltagare Jonas Berg, sektionschef, ställföreträdande omvårdnadschef Leif Ek, sektionschef "
                  "Sofia Åman, controller Kerstin Ask, vikarierande controller Maria Skog, enhetschef")
    assert {("Jonas Berg", "title", "ställföreträdande omvårdnadschef"), ("Leif Ek", "title", "sektionschef"),
            ("Sofia Åman", "title", "controller"), ("Kerstin Ask", "title", "vikarierande controller"),
            ("Maria Skog", "title", "enhetschef")} <= found
    assert ("Leif Ek", "title", "ställföreträdande omvårdnadschef") not in found
    assert ("Maria Skog", "title", "controller") not in found
