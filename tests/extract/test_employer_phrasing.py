"""Where a person works, as show notes, press items and contact lines say it without "jag jobbar på":
a title straight before an organisation, "på" after a name, a title shared by a list of names, a bare
municipality after a title, and the official whose title names the kind of employer. Every snippet is
invented and names no one from the corpora."""
import pytest

from snippets import entities, facts


@pytest.mark.parametrize("snippet, person, title, employer", [
    # a title written "e-…"
    ("Ett samtal med Karin Tellgren, e-hälsostrateg SKR, om egenmonitorering.", "Karin Tellgren", "e-hälsostrateg",
     "Sveriges Kommuner och Regioner"),
    # a capitalised "X- och Y-title" on a credits line
    ("Guest\nLars Almgren\nHälso- och sjukvårdsdirektör, Region Kronoberg\n", "Lars Almgren",
     "hälso- och sjukvårdsdirektör", "Region Kronoberg"),
    # a bare municipality after the title
    ("Med Tove Skaar Berg, förvaltningschef, Karlshamn och Lars Ek, MAS.", "Tove Skaar Berg", "förvaltningschef",
     "Karlshamns kommun"),
    ("Lena Burberg, socialchef, Ekerö, berättar om arbetet.", "Lena Burberg", "socialchef", "Ekerö kommun"),
    ("Vi pratar med Bo-Pelle Larsberg senior rådgivare åt SKR om självstyret.", "Bo-Pelle Larsberg",
     "senior rådgivare", "Sveriges Kommuner och Regioner"),
    ("Medverkande: Bo-Pelle Larsberg Senior rådgivare SKR\n", "Bo-Pelle Larsberg", "senior rådgivare",
     "Sveriges Kommuner och Regioner"),
    ("Medverkar gör Tord Ivarsberg, docent i barn- och ungdomspsykiatri vid Göteborgs universitet.", "Tord Ivarsberg",
     "docent", "Göteborgs universitet"),
    ("Med Maria Nilsberg, doktorand i hälsovetenskap, Linnéuniversitetet.", "Maria Nilsberg", "doktorand",
     "Linnéuniversitetet"),
    # an abbreviated qualifier with or without its points: "Leg", "leg.", "T.f."
    ("Sara Holmlund är Leg Sjuksköterska på Alby Vårdcentral.", "Sara Holmlund", "leg sjuksköterska",
     "Alby Vårdcentral"),
    ("Sara Holmlund är leg. arbetsterapeut på Alby vårdcentral.", "Sara Holmlund", "leg. arbetsterapeut",
     "Alby vårdcentral"),
    ("Guest\nPer Viksten\nT.f. Sjukvårdsdirektör, Region Kronoberg\n", "Per Viksten", "t.f. sjukvårdsdirektör",
     "Region Kronoberg"),
    # an employer whose name ends in -s, followed by "och" and the next guest: no genitive
    ("I studion: Per Bengtberg, reporter på Vårdpulsen och Mats Åberg, förhandlingschef på Vårdförbundet.",
     "Per Bengtberg", "reporter", "Vårdpulsen"),
    # titles by profession: "-vetare", "journalist"
    ("Som stöd finns folkhälsovetare Lova Bjöberg, Region Östergötland.", "Lova Bjöberg", "folkhälsovetare",
     "Region Östergötland"),
    # a company named only after "på"
    ("Samtalet leds av David Blomberg, konsult på Governo.", "David Blomberg", "konsult", "Governo"),
])
def test_title_then_employer(snippet, person, title, employer):
    found = facts(snippet)
    assert (person, "title", title) in found
    assert (person, "worksFor", employer) in found


def test_a_plural_title_belongs_to_every_name_of_the_list():
    found = facts("Bo Ek, Eva Lind och Anne Harsila, sjuksköterskor på Kalix hälsocentral, berättar.")
    assert {s for s, p, o in found if p == "worksFor" and o == "Kalix hälsocentral"} == {"Bo Ek", "Eva Lind",
                                                                                           "Anne Harsila"}
    assert {s for s, p, o in found if p == "title"} == {"Bo Ek", "Eva Lind", "Anne Harsila"}


def test_a_singular_title_after_a_list_belongs_to_the_last_name_only():
    found = facts("Bo Ek, Eva Lind, sjuksköterska på Kalix hälsocentral, berättar.")
    assert {s for s, p, o in found if p == "worksFor"} == {"Eva Lind"}


@pytest.mark.parametrize("snippet, employers", [
    ("I avsnittet berättar Sofie Zetterlund på Inera om arbetet.", {"Inera"}),
    ("Vi träffade Bo Ek hos Region Kronoberg.", {"Region Kronoberg"}),
    # two names for one post, with a slash
    ("I avsnittet berättar Sofie Zetterlund på 1177/Inera om arbetet.", {"1177 Vårdguiden", "Inera"}),
])
def test_a_name_then_pa_an_organisation(snippet, employers):
    assert {o for s, p, o in facts(snippet) if p == "worksFor"} == employers


def test_an_official_works_for_the_municipality_the_text_is_about():
    text = ("Jokkmokks kommun fick i dag besök av Region Norrbotten. Kommunchefen Monika Lundberg och "
            "socialchefen Maria Lassby närvarade. Samverkan i Jokkmokks kommun ska öka.")
    found = facts(text)
    assert ("Monika Lundberg", "worksFor", "Jokkmokks kommun") in found
    assert ("Maria Lassby", "worksFor", "Jokkmokks kommun") in found
    assert not {o for s, p, o in found if p == "worksFor"} - {"Jokkmokks kommun"}


def test_an_official_of_a_region_works_for_the_region_the_text_is_about():
    found = facts("Region Blekinge ser över sin politiska organisation. Regionstyrelsen har gett regiondirektören "
                  "Per Lindh i uppdrag att ta fram ett förslag. Region Blekinge beslutar i vår.")
    assert ("Per Lindh", "worksFor", "Region Blekinge") in found


def test_no_home_employer_when_the_text_names_several_municipalities_alike():
    found = facts("Mora kommun och Orsa kommun samverkar. Kommunchefen Monika Lundberg var med.")
    assert not {o for s, p, o in found if p == "worksFor"}


def test_an_employer_in_the_text_wins_over_the_home_one():
    found = facts("Mora kommun är värd. Kommunchef Monika Lundberg, Orsa kommun, talade. Mora kommun bjöd på lunch.")
    assert {o for s, p, o in found if p == "worksFor" and s == "Monika Lundberg"} == {"Orsa kommun"}


@pytest.mark.parametrize("snippet, name", [
    # a given name not on the public list, joined by "och" to one that is
    ("Projektarbetet leddes av Milva Ranberg och Helén Lindkvist, Nestor FoU-center.", "Milva Ranberg"),
    ("Medverkar gör Anna Berg och Yrla Bergholm.", "Yrla Bergholm"),
    # a podcast page's credits
    ("Creators & Guests\n\nGuest\nTorvill Skaar Lundin\nFörvaltningschef, Karlshamn\n", "Torvill Skaar Lundin"),
])
def test_names_the_layout_or_the_list_makes_names(snippet, name):
    assert entities(snippet).get(name) == "Person"


@pytest.mark.parametrize("snippet", [
    "Nära vårdpodden med Anders Berglund, Medicinskt Ansvarig Sjuksköterska, MAS i Härnösand.",
    "Editor\nHelena Carling\nBrinner för kommunikation och scouting.\n",
])
def test_titles_and_sentences_in_capitals_are_not_names(snippet):
    people = {n for n, k in entities(snippet).items() if k == "Person"}
    assert len(people) == 1 and all(len(n.split()) == 2 for n in people)


def test_the_chair_of_a_named_forum_leads_it_and_a_vice_chair_does_not():
    assert ("Ann-Marie Wennlund", "leads", "Nationella vårdkompetensrådet") in facts(
        "Det säger Ann-Marie Wennlund, ordförande för Nationella vårdkompetensrådet, i en artikel.")
    assert not {p for s, p, o in facts("Ann-Marie Wennlund, vice ordförande i Nationella vårdkompetensrådet, "
                                       "säger.") if p == "leads"}


def test_a_second_title_after_och_is_the_same_persons():
    found = facts("Det har satt i gång nya tankemönster, säger Ann-Marie Wennlund, sjukhusdirektör på Sahlgrenska "
                  "universitetssjukhuset och ordförande för Nationella vårdkompetensrådet, i en artikel.")
    assert ("Ann-Marie Wennlund", "title", "ordförande") in found
    assert ("Ann-Marie Wennlund", "leads", "Nationella vårdkompetensrådet") in found
    # a new name after "och" takes its own title
    found = facts("Anna Berg, sjuksköterska och Bo Ek, läkare, berättar.")
    assert ("Anna Berg", "title", "läkare") not in found


def test_a_name_marked_once_is_a_mention_wherever_it_stands():
    found = facts("Nu startar projektet Trygg hemgång. Den här veckan kliver Annichen Kringberg på uppdraget som "
                  "projektledare för Trygg hemgång.\n\n– Jag ser fram emot det, säger Annichen Kringberg.")
    assert ("Annichen Kringberg", "title", "projektledare") in found
    assert ("Annichen Kringberg", "leads", "Trygg hemgång") in found


def test_a_second_title_after_a_comma_and_a_title_in_capitals_is_no_name():
    text = "Lennart Magnberg, Verksamhetschef Nka, docent Linnéuniversitetet, berättar."
    assert [n for n, k in entities(text).items() if k == "Person"] == ["Lennart Magnberg"]
    found = facts(text)
    assert ("Lennart Magnberg", "title", "docent") in found
    assert ("Lennart Magnberg", "worksFor", "Linnéuniversitetet") in found


def test_a_title_in_apposition_is_the_name_in_fronts_not_the_next_ones():
    found = facts("Carina Bardberg (M), kommunalråd i Vetlanda hälsar på regionstyrelsens ordförande Mia Frisberg (KD).")
    assert ("Carina Bardberg", "title", "kommunalråd") in found
    assert ("Mia Frisberg", "title", "kommunalråd") not in found
    # a list of title-first items keeps each title with the name after it
    found = facts("Kommunchefen Monika Lundberg, kommunalrådet Rolf Bernhardsson och socialchefen Maria Lassby kom.")
    assert ("Rolf Bernhardsson", "title", "kommunalråd") in found
    assert ("Monika Lundberg", "title", "kommunalråd") not in found


def test_the_chair_of_a_regions_board_does_not_lead_the_forum_named_before():
    found = facts("Kommunalt forum är mötesplatsen mellan regionen och kommunerna. Det säger regionstyrelsens "
                  "ordförande Mia Frisberg (KD).")
    assert not {o for s, p, o in found if p == "leads"}


def test_a_care_centre_written_straight_before_its_region_is_part_of_it():
    found = facts("Samtal med Agnes Lindgren, specialist geriatrik Ritsem Hälsocentral Region Norrbotten.")
    assert ("Agnes Lindgren", "worksFor", "Ritsem Hälsocentral") in found
    assert ("Ritsem Hälsocentral", "partOf", "Region Norrbotten") in found


@pytest.mark.parametrize("snippet, person, title", [
    ("Moderator för seminariet är Cecilia Garberg, politisk journalist.", "Cecilia Garberg", "politisk journalist"),
    ("Med Erik Bergqvist, EU-parlamentariker, och andra.", "Erik Bergqvist", "eu-parlamentariker"),
    ("Då vår landshövding i Dalarna, Maria Norrberg, avgår tackar vi henne.", "Maria Norrberg", "landshövding"),
    ("Medverkande: Klara Wettberg, ungdomskonsulent i Ale kommun.", "Klara Wettberg", "ungdomskonsulent"),
])
def test_titles_of_journalists_politicians_and_officials(snippet, person, title):
    assert (person, "title", title) in facts(snippet)


def test_two_names_joined_by_och_before_fran_both_work_there():
    found = facts("Vera Lindkvist och Sten Ohlander från socialdepartementet presenterar uppdraget i Umeå.")
    assert ("Vera Lindkvist", "worksFor", "Socialdepartementet") in found
    assert ("Sten Ohlander", "worksFor", "Socialdepartementet") in found
    # a name that only met someone "från" an organisation is not employed there
    assert not any(p == "Ulla Berg" and r == "worksFor" for p, r, o in facts("Ulla Berg träffade Sten Ohlander från SKR."))


def test_a_post_named_by_what_it_answers_for_is_a_title():
    found = facts("På mötet talar Vera Lindkvist, huvudsekreterare och Sten Ohlander, ansvarig för kvalitetsfrågor, om läget.")
    assert ("Sten Ohlander", "title", "ansvarig för kvalitetsfrågor") in found


def test_a_second_title_after_a_place_and_a_vice_chair_does_not_lead():
    found = facts("Veckans gäst är Sten Ohlander, narkosläkare i Kramfors, förste vice ordförande i Läkarförbundet "
                  "och debattör.")
    assert ("Sten Ohlander", "title", "förste vice ordförande") in found
    assert not any(r == "leads" for p, r, o in found)


def test_a_bulleted_chair_of_a_board_written_straight_after_the_name():
    found = facts(" • Vera Lindkvist ordförande i hälso- och sjukvårdsnämnden (C), Region Gävleborg\n")
    assert ("Vera Lindkvist", "title", "ordförande i hälso- och sjukvårdsnämnden") in found


def test_rows_with_a_committees_initials_between_name_and_employer():
    found = facts("Styrgruppens medlemmar\n\nSten Ohlander, AU, Ljungby kommun, förvaltningschef, Arbete och välfärd\n\n"
                  "Vera Lind, vice ordförande AU, Alvesta kommun, utbildningschef\n\nÅke Lindmark, Polismyndigheten\n")
    assert {("Sten Ohlander", "Ljungby kommun"), ("Vera Lind", "Alvesta kommun"), ("Åke Lindmark", "Polismyndigheten")} \
        <= {(p, o) for p, r, o in found if r == "worksFor"}
    assert {("Sten Ohlander", "förvaltningschef"), ("Vera Lind", "utbildningschef")} <= {
        (p, o) for p, r, o in found if r == "title"}


@pytest.mark.parametrize("snippet, person, title", [
    ("Vänsterpartiets sjukvårdspolitiska talesperson Karin Rågberg kommer till podden.", "Karin Rågberg",
     "sjukvårdspolitiska talesperson"),
    ("I avsnittet svarar förbundsjurist Mikael Smedberg på frågor.", "Mikael Smedberg", "förbundsjurist"),
])
def test_a_fields_spokesperson_and_a_compound_lawyer_are_titles(snippet, person, title):
    assert (person, "title", title) in facts(snippet)


def test_a_new_official_named_after_her_organisations_genitive_works_there():
    found = facts("Akademikerförbundet SSR:s nya socialpolitiska chef Fredrik Hjulberg berättar om förslagen.")
    assert ("Fredrik Hjulberg", "title", "socialpolitiska chef") in found
    assert ("Fredrik Hjulberg", "worksFor", "Akademikerförbundet SSR") in found
    assert ("Fredrik Hjulberg", "title", "chef") not in found


@pytest.mark.parametrize("snippet, person, title", [
    ("Omsorgschef Greta Holmlund får samlat ansvar då hon permanent tar över rollen som socialchef. Sedan slås "
     "verksamheterna samman.", "Greta Holmlund", "socialchef"),
    ("Per Vallin går in som tillförordnad socialchef under perioden 2019-09-16 till och med 2020-09-30.",
     "Per Vallin", "tillförordnad socialchef"),
])
def test_taking_over_a_role_gives_its_title(snippet, person, title):
    assert (person, "title", title) in facts(snippet)


def test_a_capitalised_name_after_a_person_and_her_title_is_her_employer():
    found = facts("Analys av Greta Holmlund, chefredaktör, Vårdbladet Idag.\nProgramledare: Per Vallin")
    assert ("Greta Holmlund", "worksFor", "Vårdbladet Idag") in found
    assert ("Greta Holmlund", "worksFor", "Mora") not in facts("Analys av Greta Holmlund, reporter, Mora.")


def test_a_lower_case_word_after_a_company_name_is_no_part_of_it_unless_definite():
    found = facts("Det berättar Greta Holmlund, policychef på Medivex läkemedel som har startat podden.")
    assert ("Greta Holmlund", "worksFor", "Medivex") in found
    found = facts("Det säger Per Vallin, sjukhusdirektör på Ekby universitetssjukhuset och ordförande för rådet.")
    assert ("Per Vallin", "worksFor", "Ekby") not in found


@pytest.mark.parametrize("snippet, person, employer", [
    ("I veckans avsnitt träffar vi Socialstyrelsens Greta Holmlund.", "Greta Holmlund", "Socialstyrelsen"),
    ("Frågan ställdes av SKR:s Per Vallin på konferensen.", "Per Vallin", "Sveriges Kommuner och Regioner"),
    # a paper in the genitive before two names joined to another person's: his employer, not part of his name
    ("Ylva Strand och Läkartidningens Widar Sandkvist möttes i Stockholm.", "Widar Sandkvist", "Läkartidningen"),
])
def test_a_person_after_an_organisations_genitive_works_there(snippet, person, employer):
    assert (person, "worksFor", employer) in facts(snippet)


def test_the_paper_an_official_spoke_to_is_not_her_employer():
    found = facts("– Vi granskar rutinerna, säger Greta Holmlund (M), ordförande i revisionsnämnden, till Dagens "
                  "Nyheter.")
    assert ("Greta Holmlund", "title", "ordförande i revisionsnämnden") in found
    assert not any(p == "Greta Holmlund" and r == "worksFor" for p, r, o in found)


def test_an_official_in_a_sentence_about_another_place_is_not_given_the_documents_municipality():
    text = ("Mora kommun har kallats ett skyltfönster. Greta Holmlund (C), kommunstyrelsens ordförande i Mora, är "
            "veckans gäst. Mora kommun satsar.\n\nSedan ett reportage från Hedemora med bland annat kommunalrådet "
            "Per Vallin (S).")
    found = facts(text)
    assert ("Greta Holmlund", "worksFor", "Mora kommun") in found
    assert ("Per Vallin", "worksFor", "Mora kommun") not in found


@pytest.mark.parametrize("snippet, person, title, employer", [
    ("Vi mötte Greta Holmlund, Region Skånes hälso- och sjukvårdsdirektör, i Malmö.", "Greta Holmlund",
     "hälso- och sjukvårdsdirektör", "Region Skåne"),
    ("Listan gjordes av Per Vallin, Mora kommuns kommunikatör, Ylva Strand och Åke Lindmark.", "Per Vallin",
     "kommunikatör", "Mora kommun"),
])
def test_an_apposition_naming_her_employer_in_the_genitive(snippet, person, title, employer):
    found = facts(snippet)
    assert {(person, "title", title), (person, "worksFor", employer)} <= found
    assert not any(r == "title" and p != person for p, r, o in found)


@pytest.mark.parametrize("snippet, person, employer", [
    # a bare complement of the title before the comma, the comma even written before the employer's name
    ("Martina Vinter, samordnare familjecentraler ,Region Jönköpings län, gästar podden.", "Martina Vinter",
     "Region Jönköpings län"),
    ("Karin Holm, familjebehandlare, Emmaboda kommun, berättar.", "Karin Holm", "Emmaboda kommun"),
])
def test_employer_after_a_title_with_its_complement(snippet, person, employer):
    assert (person, "worksFor", employer) in facts(snippet)


@pytest.mark.parametrize("snippet, person, title", [
    (" • Gert-Olov Vinter, upphandlare", "Gert-Olov Vinter", "upphandlare"),
    ("Mårten Holm är ansvarig utgivare för tidningen.", "Mårten Holm", "ansvarig utgivare"),
])
def test_procurement_and_publishing_titles(snippet, person, title):
    assert (person, "title", title) in facts(snippet)


@pytest.mark.parametrize("snippet, person, employer", [
    ("Hans Vinter arbetar på Mora kommun sedan 2010.", "Hans Vinter", "Mora kommun"),
    ("Hans Vinter har länge varit sjuksköterska. Han arbetar nu i Region Dalarna.", "Hans Vinter", "Region Dalarna"),
    ("ANNA: Jag heter Anna Holm och jobbar på Leksands kommun.", "Anna Holm", "Leksands kommun"),
    ("Jag heter Anna Holm och är anställd vid Leksands kommun.", "Anna Holm", "Leksands kommun"),
    ("Anna Holm är sjuksköterska och arbetar i Leksands kommun.", "Anna Holm", "Leksands kommun"),
])
def test_working_at_an_organisation_said_with_a_verb(snippet, person, employer):
    assert (person, "worksFor", employer) in facts(snippet)


def test_not_working_there_is_no_employer():
    assert ("Hans Vinter", "worksFor", "Mora kommun") not in facts("Hans Vinter arbetar inte på Mora kommun.")


def test_a_doctoral_student_works_where_she_takes_her_doctorate():
    assert ("Greta Holmlund", "worksFor", "Umeå universitet") in facts(
        "Greta Holmlund doktorerar vid Umeå universitet. Hon skriver om hemtjänsten.")
    found = facts("Greta Holmlund är tjänstledig från FoU Jämtland för att doktorera vid Mittuniversitetet.")
    assert {("Greta Holmlund", "worksFor", "FoU Jämtland"), ("Greta Holmlund", "worksFor", "Mittuniversitetet")} <= found


def test_a_title_right_after_a_quoted_name_with_its_municipality():
    found = facts("Det har gått bra, säger verksamhetschef Greta Holmlund och Per Vallin medicinskt ansvarig "
                  "sjuksköterska i Ludvika kommun.")
    assert {("Per Vallin", "title", "medicinskt ansvarig sjuksköterska"),
            ("Per Vallin", "worksFor", "Ludvika kommun")} <= found
    assert ("Greta Holmlund", "title", "medicinskt ansvarig sjuksköterska") not in found


def test_the_unit_a_head_leads_between_title_and_name():
    assert ("Greta Holmlund", "title", "verksamhetschef") in facts(
        "Det har gått bra, säger verksamhetschef Hemsjukvård Greta Holmlund.")


def test_the_municipality_in_a_paragraph_is_the_one_it_named():
    text = ("Vi ringde Ludvika kommun. Greta Holmlund som är chef för vård- och omsorgsfrågor i kommunen menar att "
            "det går bra.\n\nI en annan kommun, Borlänge kommun, säger Per Vallin något annat.")
    assert ("Greta Holmlund", "worksFor", "Ludvika kommun") in facts(text)
    two = "Ludvika kommun och Borlänge kommun samarbetar. Greta Holmlund är chef i kommunen."
    assert not any(f[1] == "worksFor" for f in facts(two))  # two municipalities: which one is not said


def test_a_table_of_names_with_the_employer_on_the_line_below():
    text = ("Projektgrupp:\n\nNamn\n\nOrganisation\n\nGreta Holmlund\n\nLänsstyrelsen i Jämtland, projektledare\n\n"
            "Per Vallin\n\nRegion Jämtland Härjedalen, Folkhälsoenheten\n\nYlva Strand\n\nLänsstyrelsen Jämtland, länsråd\n")
    found = facts(text)
    assert {("Greta Holmlund", "worksFor", "Länsstyrelsen Jämtland"), ("Greta Holmlund", "title", "projektledare"),
            ("Per Vallin", "worksFor", "Region Jämtland Härjedalen"), ("Ylva Strand", "title", "länsråd")} <= found


def test_the_owners_title_after_is():
    found = facts("Greta Holmlund är från och med den 1 september Ludvika kommuns första kommundoktorand.")
    assert {("Greta Holmlund", "title", "kommundoktorand"), ("Greta Holmlund", "worksFor", "Ludvika kommun")} <= found
    assert not facts("Greta Holmlund är inte Ludvika kommuns socialchef.") & {
        ("Greta Holmlund", "worksFor", "Ludvika kommun")}


def test_a_photo_caption_names_the_staff_of_the_unit_its_paragraph_is_about():
    found = facts("Vårdcentralen i Skärplinge är omtyckt och personalen jobbar hårt. På bilden: Greta Holm, "
                  "Olle Berg, enhetschef Stina Ek och Vera Lind.\n\nTierps kommun har 20 000 invånare.")
    for person in ("Greta Holm", "Olle Berg", "Stina Ek", "Vera Lind"):
        assert (person, "worksFor", "Vårdcentralen i Skärplinge") in found
    assert not [f for f in found if f[1] == "worksFor" and f[2] == "Tierps kommun"]


def test_a_caption_without_staff_names_no_employer():
    found = facts("Vårdcentralen i Skärplinge har fått nya lokaler. På bilden: Greta Holm och Olle Berg.")
    assert not [f for f in found if f[1] == "worksFor"]


def test_a_title_whose_holder_heter():
    assert {("Olle Berg", "title", "MAS"), ("Olle Berg", "worksFor", "Tierps kommun")} <= \
        facts("Tierps kommuns MAS heter Olle Berg.")


def test_the_university_behind_a_department_named_at_length():
    found = facts("Greta Holm, universitetslektor vid avdelningen för åldrande och social förändring vid "
                  "Linköpings universitet. Olle Berg, docent vid institutionen för hälsovetenskaper vid Lunds universitet.")
    assert {("Greta Holm", "worksFor", "Linköpings universitet"), ("Olle Berg", "worksFor", "Lunds universitet")} <= found


def test_a_title_does_not_reach_past_och_to_the_next_item_of_a_list():
    found = facts("Vi hör också metodutvecklare i Tierps kommun, och pensionärerna Greta Holm och Olle Berg.")
    assert not [f for f in found if f[0] in ("Greta Holm", "Olle Berg")]


def test_a_transcript_that_writes_the_preposition_and_a_compound_loosely():
    found = facts("Välkommen hit Greta Holm, vård och omsorgschef I Arvika kommun och Olle Berg som är "
                  "utvecklingsledare, vård och omsorgsförvaltningen I Karlstad.")
    assert {("Greta Holm", "title", "vård och omsorgschef"), ("Greta Holm", "worksFor", "Arvika kommun"),
            ("Olle Berg", "worksFor", "Vård och omsorgsförvaltningen i Karlstad")} <= found
    assert "vård och omsorg" not in {f[2] for f in facts("Det gäller vård och omsorg i Tierp.")}
