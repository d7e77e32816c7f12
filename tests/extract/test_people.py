import pytest

from snippets import credited, entities, extract, facts, text_of


@pytest.mark.parametrize("snippet, name", [
    ("Hej och välkommen. Mitt namn är Anna Berg och jag jobbar i Region Dalarna.", "Anna Berg"),
    ("Vi har anställt en samordnare, som heter Johan Lindqvist, och han är duktig.", "Johan Lindqvist"),
    ("Välkommen till podden, Petra Holm. Du får börja.", "Petra Holm"),
    ("I dag gästas podden av två personer. Så jag är glad att få välkomna Eva Strand och Omar Hassan.",
     "Omar Hassan"),
    ("Det här är en fråga som Karin von Essen har drivit länge.", "Karin von Essen"),
])
def test_full_names_are_found(snippet, name):
    assert entities(snippet).get(name) == "Person"


def test_genitive_is_folded_to_the_name():
    assert "Anna Ek" in entities("Vi har följt Anna Eks utredning om primärvården noga.")


def test_words_that_only_look_like_names_are_not_people():
    found = entities("Nära Vård är viktigt. Region Dalarna och Falu kommun samverkar. Tack Så Mycket.")
    assert not [n for n, k in found.items() if k == "Person"]


def test_speaker_label_is_tied_to_the_introduced_full_name():
    ex = extract(text_of(
        "PETRA: Välkommen hit.\n\nJONAS: Tack. Mitt namn är Jonas Ekberg och jag är verksamhetschef.\n\n"
        "PETRA: Vad gör du, Jonas?\n\nJONAS: Jag leder arbetet.\n"))
    person = ex.entities[("Person", "Jonas Ekberg")]
    assert {"JONAS", "Jonas"} <= person.aliases
    # the host is only ever named by the label
    assert ("Person", "Petra") in ex.entities


def test_labels_that_are_no_names_are_not_people():
    ex = extract(text_of("PRESENTATÖR: En podcast om vård.\n\nVINJETT: Musik.\n"))
    assert not [k for k in ex.entities if k[0] == "Person"]


def test_spelling_variants_of_a_given_name_are_one_person():
    ex = extract(text_of(
        "Med mig har jag Cajsa Holmberg.\n\nCajsa\n\nJa, hej, det är jag som är Kajsa Holmberg.\n\n"
        "Cajsa\n\nDet var roligt.\n"))
    people = [k for k in ex.entities if k[0] == "Person"]
    assert people == [("Person", "Cajsa Holmberg")]
    assert "Kajsa Holmberg" in ex.entities[people[0]].aliases


def test_a_surname_one_letter_apart_in_one_transcript_is_one_person():
    ex = extract(text_of(
        "Medverkande: Greta Vallengård, verksamhetschef i Region Dalarna.\n\n"
        "Greta: Ja, jag heter Greta Vallegård och jobbar med nära vård.\n\nGreta Vallengård berättar mer.\n"))
    people = [k for k in ex.entities if k[0] == "Person"]
    assert people == [("Person", "Greta Vallengård")]
    assert "Greta Vallegård" in ex.entities[people[0]].aliases


def test_two_people_with_nearly_the_same_surname_stay_apart():
    ex = extract(text_of("Greta Johansson och Greta Jonsson, båda samordnare i Region Dalarna, berättar.\n"
                         "Ola Berg och Ola Borg håller i arbetet.\n"))
    assert sorted(k[1] for k in ex.entities if k[0] == "Person") == [
        "Greta Johansson", "Greta Jonsson", "Ola Berg", "Ola Borg"]


def test_email_address_names_a_person():
    found = entities("Kontakt:\nlars.af.klint@regiondalarna.se\n")
    assert found.get("Lars af Klint") == "Person"


def test_names_side_by_side_on_a_slide_are_split():
    found = entities("Kontakt\n\nSofia Berg Maria von Platen\n")
    assert found.get("Sofia Berg") == "Person" and found.get("Maria von Platen") == "Person"


def test_double_given_names_without_the_surname_are_the_person_they_open():
    snippet = ("I dag gästas vi av Jean Pierre af Strömberg. Jean Pierre är generaldirektör för Inspektionen för "
               "vård och omsorg.")
    assert [n for n, k in entities(snippet).items() if k == "Person"] == ["Jean Pierre af Strömberg"]
    assert ("Jean Pierre af Strömberg", "title", "generaldirektör") in facts(snippet)


def test_a_name_ends_at_a_blank_line_the_normaliser_joined_across():
    text = ("Regiondirektör Anna Svensson och områdeschef Eva O Karlsson.\n"
            "Anna Svensson och Eva O Karlsson. Foto: Klas Sjöstrand\n\n"
            "Efter dialog med ledningsgruppen är det nu klart att Anna Svensson går in i en ny roll.")
    found = entities(text)
    assert credited(text) == ["Klas Sjöstrand"]
    assert not any(name.startswith("Klas Sjöstrand ") for name in found)


def test_a_board_list_that_writes_the_surname_first():
    found = facts("Under 2014 har följande personer suttit i styrelsen: Lindqvist, Per-Olof, kommundirektör, "
                  "Mora kommun (ordförande) Sandberg, Greta, socialchef, Orsa kommun")
    assert ("Per-Olof Lindqvist", "title", "kommundirektör") in found
    assert ("Per-Olof Lindqvist", "worksFor", "Mora kommun") in found
    assert ("Greta Sandberg", "worksFor", "Orsa kommun") in found
    assert ("Per-Olof Lindqvist", "title", "ordförande") in found  # "(ordförande)" closing his row
    assert ("Greta Sandberg", "title", "ordförande") not in found


def test_a_place_and_a_name_after_a_comma_are_no_inverted_name():
    people = [n for n, k in entities("Mötet hölls i Mora, Greta, socialchef, öppnade.").items() if k == "Person"]
    assert people == []


def test_a_name_with_an_unknown_given_name_before_a_capitalised_title_is_a_person():
    found = facts("Gaspard Moulinet, VD för Ekby sjukhus\n\nTack!\n\n"
                  "Thibault Berthier, Kommunikationsdirektör, Region Dalarna\n\nVälkommen.\n")
    assert ("Gaspard Moulinet", "title", "VD") in found
    assert ("Thibault Berthier", "worksFor", "Region Dalarna") in found


def test_a_name_right_after_its_role_title_is_a_person_whatever_the_given_name():
    found = facts("Samtalet modereras av psykologen Gaspard Nylander och han inleder med en fråga.")
    assert ("Gaspard Nylander", "title", "psykolog") in found


def test_after_a_name_and_a_comma_the_title_is_hers_and_the_capitals_her_employer():
    found = facts("Det säger Greta Skoglund, professor Vårdlab Centrum i Göteborg, som forskat länge.")
    assert ("Greta Skoglund", "title", "professor") in found
    assert ("Greta Skoglund", "worksFor", "Vårdlab Centrum") in found
    assert "Vårdlab Centrum" not in [n for n, k in entities("Greta Skoglund, professor Vårdlab Centrum i Göteborg, "
                                                            "som forskat länge.").items() if k == "Person"]


def test_after_a_pair_of_names_a_comma_brings_their_employer_not_a_third_name():
    found = entities("Programledare och producenter Greta Nordin och Lars Ekholm, Lokatt Ljud Podden@radio.se")
    assert sorted(n for n, k in found.items() if k == "Person") == ["Greta Nordin", "Lars Ekholm"]


@pytest.mark.parametrize("snippet, person, title", [
    ("Vi samtalar med Greta Holm, inrikespolitisk kommentator.", "Greta Holm", "inrikespolitisk kommentator"),
    ("Greta Holm är äldreombudsman i Mora kommun.", "Greta Holm", "äldreombudsman"),
])
def test_commentators_and_ombudsmen_carry_their_titles(snippet, person, title):
    assert (person, "title", title) in facts(snippet)


def test_an_abbreviated_qualifier_on_the_line_under_a_name_ends_the_name():
    found = facts("Kontakt:\nGreta Holmlund\nOrdförande, Vård- och omsorgsnämnden\nTel: 070-123 45 67\n\n"
                  "Per Vallin\nBitr. Kommunchef\nTel: 0935-123 45\n")
    assert ("Per Vallin", "title", "bitr. kommunchef") in found
    assert "Per Vallin Bitr" not in entities("Per Vallin\nBitr. Kommunchef\nTel: 0935-123 45\n")


def test_a_photo_credit_names_a_person_whatever_the_given_name():
    assert credited("Vi var på plats i Visby.\n\nFoto: Tuulikki Vaarala\n\nDet är tisdag.") == ["Tuulikki Vaarala"]


def test_a_table_run_together_by_a_pdf_adds_no_words_to_a_name():
    text = ("Skriven av: Greta Holmlund Datum: Godkänd av: Styrgrupp\n\nRevisionshistorik Version Datum Författare "
            "Kommentar Per Vallin Per Vallin Per Vallin\n\nUtfärdare Första version av arbetsdokument Greta Holmlund "
            "Utkast till kontaktpersoner Greta Holmlund Fastställt dokument (efter dialog) Greta Holmlund Relaterade "
            "dokument Version Datum\n")
    ex = extract(text_of(text))
    assert sorted(k[1] for k in ex.entities if k[0] == "Person") == ["Greta Holmlund", "Per Vallin"]
    for e in ex.entities.values():  # every mention still quotes what the document says there
        for m in e.mentions:
            assert text_of(text).text[m.start:m.end].split()[:2] == e.name.split()[:2] or e.kind != "Person"


def test_an_old_spelling_with_w_of_a_listed_given_name_is_a_given_name():
    assert entities("I studion sitter Wiveka Sandqvist och pratar om hemsjukvård.").get("Wiveka Sandqvist") == "Person"


def test_a_three_word_name_before_a_quoted_headline_keeps_its_surname():
    found = entities('Greta Holmlund Vallin: "Jag kan inte vila." Om att vara anhörig och landshövding.')
    assert found.get("Greta Holmlund Vallin") == "Person"
    assert "Greta Holmlund" not in found


@pytest.mark.parametrize("text, person", [
    ("Greta Holm lämnade sitt uppdrag och ersattes av Lisa Sandberg Göteborg\nStyrelsen har haft fyra möten.",
     "Lisa Sandberg"),
    ("Foto: Per Olof Vallin\nVäljarnas vård\n\nEtt fritt vårdval - i blindo\n\nI den tredje delen av serien "
     "undersöker reportrarna om det går att välja rätt.", "Per Olof Vallin"),
])
def test_a_place_or_a_headings_plural_after_a_name_is_no_surname(text, person):
    people = [n for n, k in entities(text).items() if k == "Person"] + credited(text)
    assert person in people and not [p for p in people if p.startswith(person + " ")]


def test_one_given_name_twice_is_no_name():
    assert "Robert Robert" not in entities("Podavsnitt\n\n#18 Arbetsmiljö och tystnadskultur i Timrå med Olle och "
                                           "Robert\n\nRobert och Olle pratar om arbetsmiljö i Timrå Kommun.\n")


@pytest.mark.parametrize("snippet, person, title", [
    ("I serien undersöker reportrarna Greta Holmlund och Per Vallin om valet går att göra.", "Per Vallin", "reporter"),
    ("Vi träffar en av landets nya äldreombudsmän, Greta Holmlund i Mora.", "Greta Holmlund", "äldreombudsman"),
    ("Greta Holmlund, innovationslandstingsråd, inledde.", "Greta Holmlund", "innovationslandstingsråd"),
    ("Greta Holmlund, verksamhetscontroller, berättar.", "Greta Holmlund", "verksamhetscontroller"),
])
def test_irregular_plurals_and_compound_titles(snippet, person, title):
    assert (person, "title", title) in facts(snippet)


def test_a_double_given_name_with_a_foreign_second_part_is_a_name():
    found = entities("Rapporten presenteras av Jean-Oulu af Vinterstam, generaldirektör.")
    assert found.get("Jean-Oulu af Vinterstam") == "Person"


def test_a_middle_initial_neither_ends_the_sentence_nor_the_name():
    found = facts("Reporter Sebastian G. Vinterdal berättar mer om det.")
    assert ("Sebastian G. Vinterdal", "title", "reporter") in found


def test_the_genitive_of_a_son_name_is_the_name():
    found = entities("Ingen ville svara på frågor om Dan Vinterssons beslut i går.")
    assert found.get("Dan Vintersson") == "Person" and "Dan Vinterssons" not in found


def test_an_image_bank_in_a_photo_credit_is_no_person():
    found = entities("Podden visar hur vården förändras. Foto: Adobe Stock\n\nDet kan vara svårt att förstå.")
    assert "Adobe Stock" not in found


def test_a_heading_word_between_names_run_together_splits_them():
    found = entities("Plats: Aulan Närvarande Ledamöter Per Vallin PRO Ylva Strand PRO ersätter Åke Lindmark Övriga "
                     "Maja Vinter, enhet folkhälsa")
    assert all(found.get(n) == "Person" for n in ("Per Vallin", "Ylva Strand", "Åke Lindmark", "Maja Vinter"))


def test_a_surname_with_a_capital_inside():
    found = entities("Det säger Greta McKenna, forskare. Per O'Neill håller med.")
    assert {"Greta McKenna", "Per O'Neill"} <= set(found)


def test_a_surname_ending_in_s_before_an_infinitive_is_no_genitive():
    assert "Per Cortines" in entities("Som vi skrivit kommer socialchef Per Cortines att sluta i vår.")


def test_minutes_that_write_the_party_letter_before_each_name():
    found = entities("Ledamöter S Greta Holm S Olle Berg C Stina Ek MP Vera Lind M Åke Sund")
    assert {"Greta Holm", "Olle Berg", "Stina Ek", "Vera Lind", "Åke Sund"} <= set(found)
    assert not [n for n in found if n.endswith((" S", " C", " M"))]


def test_a_double_given_name_typed_in_lower_case():
    assert "Inga-lill Nordin" in entities("Underskrifter Sekreterare. Inga-lill Nordin Ordförande. Greta Holm")


@pytest.mark.parametrize("snippet, name", [
    ("Justerande.. Greta Holm Bevis Justering har tillkännagivits genom anslag", "Greta Holm"),
    ("Ersättare V Greta Holm Fackliga företrädare", "Greta Holm"),
    ("Revisionskonsult Greta Holm Certifierad kommunal revisor", "Greta Holm"),
])
def test_a_form_word_after_a_name_is_not_its_surname(snippet, name):
    found = entities(snippet)
    assert name in found and not [n for n in found if n.startswith(name + " ")]


def test_a_given_name_and_surname_run_together_by_a_pdf():
    found = facts("ErikJansson Revisionskonsult Greta Holm Certifierad kommunal revisor")
    assert {("Erik Jansson", "title", "revisionskonsult"),
            ("Greta Holm", "title", "certifierad kommunal revisor")} <= found
    assert "Person" not in entities("Testbädden InnoVård drivs av Region Örebro län.").values()


def test_two_initials_between_given_name_and_surname_are_part_of_the_name():
    text = "Närvarande: Ida Lund, Region Västerbotten, Maria KA Sjöberg, Region Västerbotten, Anna Wall, Umeå kommun"
    assert {n for n, k in entities(text).items() if k == "Person"} == {"Ida Lund", "Maria KA Sjöberg", "Anna Wall"}


def test_a_speaker_whose_given_name_no_list_holds_and_the_clause_about_her():
    text = ("Det blev tydligt att aktörerna hade olika uppfattningar, säger Shyi Lundin som är Tyresö kommuns "
            "medicinskt ansvarig sjuksköterska.")
    found = facts(text)
    assert ("Shyi Lundin", "title", "medicinskt ansvarig sjuksköterska") in found
    assert ("Shyi Lundin", "worksFor", "Tyresö kommun") in found


def test_a_run_of_names_joined_on_one_line_with_a_word_after_them():
    text = ("Kategori Etermedia lokal Deltagare Tina Enström Jenny Widell Förutom ovanstående deltog följande personer "
            "Carl Lind, Tobias Holm Publiceringsdatum 2016-01-18 Var publicerades jobbet?")
    people = {n for n, k in entities(text).items() if k == "Person"}
    assert people == {"Tina Enström", "Jenny Widell", "Carl Lind", "Tobias Holm"}


def test_a_list_of_villages_with_a_given_name_among_them_is_no_author_list():
    text = ("Nu öppnar rummen i Adak, Ammarnäs, Bastuträsk, Fredrika, Gunnarn, Risbäck och Saxnäs. "
            "Källa: Lindqvist, Anna, Ek, Per & Holm, Eva (2014).")
    people = {n for n, k in entities(text).items() if k == "Person"}
    assert people == {"Anna Lindqvist", "Per Ek", "Eva Holm"}


@pytest.mark.parametrize("verb", ["tillhör", "arbetar", "leder", "ansvarar"])
def test_a_surname_in_s_before_a_verb_is_the_whole_surname(verb):
    found = entities(f"Klara Tobias {verb} socialpsykiatrin i kommunen.\n")
    assert found.get("Klara Tobias") == "Person"
    assert "Klara Tobia" not in found


def test_a_contact_card_with_an_address_names_the_person_above_it():
    text = ("Kontaktinformation\n\n"
            " • Stina Hallberg\n  Biståndshandläggare\n  Kyrkvägen 7\n  816 30 Ockelbo\n  0297-555 81\n"
            " • Moa Lindkvist\n  Enhetschef\n  Kyrkvägen 7\n  816 30 Ockelbo\n  0297-555 79\n")
    found = facts(text)
    assert ("Stina Hallberg", "title", "biståndshandläggare") in found
    assert ("Moa Lindkvist", "title", "enhetschef") in found


def test_an_address_that_opens_on_a_given_name_is_no_person():
    assert "Klara Östra Kyrkogata" not in entities("Mottagningen flyttar till Klara Östra Kyrkogata 10 i vår.\n")


@pytest.mark.parametrize("word", ["Ärendet", "Protokollet", "Porträttbild", "Medarbetare"])
def test_a_documents_next_part_run_on_after_a_name_is_no_surname(word):
    found = entities(f"Föredragande regionråd: Stina Vallgren {word} Regionstyrelsen föreslår att förbundet bildas.\n")
    assert "Stina Vallgren" in found
    assert f"Stina Vallgren {word}" not in found
