import pytest

from snippets import entities, extract, facts, text_of


@pytest.mark.parametrize("snippet, name", [
    ("Jag arbetar i Region Dalarna sedan länge.", "Region Dalarna"),
    ("Jag arbetar i region Dalarnna sedan länge.", "Region Dalarna"),  # misspelt
    ("Vi träffar regionen Jämtland Härjedalen ofta.", "Region Jämtland Härjedalen"),
    ("Samarbetet med Falu kommun har gått bra.", "Falu kommun"),
    ("Samarbetet med Borlänge kommun har gått bra.", "Borlänge kommun"),
    ("Samarbetet med Vaxholms stad har gått bra.", "Vaxholms stad"),
    ("SKR:s stöd har varit viktigt.", "Sveriges Kommuner och Regioner"),
    ("Socialstyrelsen har gett ut nya föreskrifter.", "Socialstyrelsen"),
    ("Hon är kommunikatör på FoU i Dalarna.", "FoU i Dalarna"),
    # county administrative boards by their short and official names; a university college in lower case
    ("Johan Blomberg, Länsstyrelsen Värmland, berättar.", "Länsstyrelsen Värmland"),
    ("Beslutet togs av Länsstyrelsen i Kronobergs län i går.", "Länsstyrelsen Kronoberg"),
    ("Hon forskar vid högskolan i Gävle om äldres hälsa.", "Högskolan i Gävle"),
    ("Anna Frensberg, utredare Brottsförebyggande rådet (Brå), berättar.", "Brottsförebyggande rådet"),
])
def test_organisations_in_their_written_forms(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_municipalities_carry_their_official_code_and_kind():
    ex = extract(text_of("Samarbetet med Falu kommun har gått bra."))
    falun = ex.entities[("Organisation", "Falu kommun")]
    assert falun.subtype == "Municipality" and falun.codes["kommunkod"] == "2080"


def test_bare_names_in_a_list_of_municipalities():
    found = entities("Ledarprogrammet har deltagare från Falun, Borlänge, Ludvika och Mora.")
    assert {"Falu kommun", "Borlänge kommun", "Ludvika kommun", "Mora kommun"} <= set(found)


def test_regionen_is_the_region_the_document_is_about():
    ex = extract(text_of(
        "Vi i Dalarna har jobbat länge med det här. Region Dalarna tog initiativet.\n\n"
        "Jag är hälso- och sjukvårdsdirektör för regionen och ansvarar för vården i Dalarna.\n"))
    region = ex.entities[("Organisation", "Region Dalarna")]
    assert "regionen" in region.aliases


def test_regionen_stays_unresolved_when_the_document_names_several_regions():
    ex = extract(text_of("Region Dalarna och Region Gävleborg samverkar. Regionen har en plan.\n"))
    assert not [m for e in ex.entities.values() for m in e.mentions if m.surface == "Regionen"]


def test_a_sentence_that_says_what_kind_of_organisation_a_name_is_names_it_and_its_partners():
    found = facts("FOU Bergslagen är en forsknings- och utvecklingsverksamhet i samverkan mellan Region Örebro län "
                  "och kommunerna Lindesberg, Nora och Hällefors.")
    assert entities("FOU Bergslagen är en forsknings- och utvecklingsverksamhet.").get("FOU Bergslagen") == "Organisation"
    assert {p for p, r, o in found if r == "participatesIn" and o == "FOU Bergslagen"} == {
        "Region Örebro län", "Lindesbergs kommun", "Nora kommun", "Hällefors kommun"}


def test_a_common_subject_that_is_some_kind_of_organisation_is_no_name():
    assert "Organisation" not in entities("Vår Verksamhet är en ideell förening. Det är en verksamhet för alla.").values()


@pytest.mark.parametrize("snippet, name", [
    ("Lars Lind är ordförande i Föreningen Sveriges skolchefer.", "Föreningen Sveriges skolchefer"),
    ("Eva Ek, Riksföreningen för skolsköterskor, berättar.", "Riksföreningen för skolsköterskor"),
    ("Eva Ek är Föreningen Sveriges skolchefers kassör.", "Föreningen Sveriges skolchefer"),
])
def test_an_association_named_by_its_members_is_an_organisation(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_an_acronym_alone_is_the_organisation_whose_initials_it_spells():
    found = entities("Lars Lind valdes till ordförande i Föreningen Sveriges skolchefer. FSS ska arbeta med "
                     "barnen. Under året har FSS haft fyra möten.")
    assert "Föreningen Sveriges skolchefer" in found and "FSS" not in found


def test_the_chair_an_association_calls_its_own_leads_it():
    text = ("Föreningen Sveriges skolchefer (FSS) har valt styrelse. Lars Lind, skolchef i Östersund, är FSS "
            "nyvalde ordförande. Eva Ek är FSS vice ordförande.")
    found = facts(text)
    assert ("Lars Lind", "leads", "Föreningen Sveriges skolchefer") in found
    assert ("Eva Ek", "leads", "Föreningen Sveriges skolchefer") not in found


@pytest.mark.parametrize("snippet, name", [
    ("Professor Karl Deissen från Harvard-universitetet i USA berättar.", "Harvard-universitetet"),
    ("Nämnden ansvarar för Gävlesjukhuset och primärvården.", "Gävlesjukhuset"),
    ("Hon är psykolog på Ekby Vårdcentral Torget i Mora och möter barn.", "Ekby Vårdcentral Torget"),
    ("Antalet patienter blir allt fler inom Psykiatrin Dalarna.", "Psykiatrin Dalarna"),
    ("Tove Jan berättar från Kompetenscentrum mot hedersrelaterat våld i Umeå.",
     "Kompetenscentrum mot hedersrelaterat våld"),
    # across the border: a Norwegian county or municipality, its noun after the name, even in a row of names
    ("Vi tackade ordföranden Per-Arne Lund, Romeriks Fylkeskommune, för hans arbete.", "Romeriks Fylkeskommune"),
    ("Hon arbetar i Elverum kommune och samverkar med Torsby kommun.", "Elverum kommune"),
])
def test_universities_hospitals_psychiatry_and_centres_written_as_names(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_a_planned_centre_in_a_programme_list_is_no_workplace():
    assert entities("• Kompetenscentrum för nära vård (planeras 2025)").get("Kompetenscentrum för nära vård") \
        != "Organisation"


def test_a_fou_unit_named_by_its_field_and_its_county():
    assert entities("FoU Omsorg Dalarna är en centrumbildning.").get("FoU Omsorg Dalarna") == "Organisation"
    assert "FoU Sörmland" in entities("Kontakta FoU Sörmland Vi svarar gärna.")


def test_a_centre_that_lies_under_a_faculty_is_part_of_it():
    text = ("FoU Omsorg Dalarna är en centrumbildning som är placerad på Högskolan Dalarna där centrumet "
            "organisatoriskt ligger under fakulteten för vård och socialt arbete. Den är samlokaliserad med "
            "institutionen för sociala och pedagogiska studier, som ansvarar för utbildningen.")
    found = entities(text)
    assert found.get("Fakulteten för vård och socialt arbete") == "Organisation"
    assert found.get("Institutionen för sociala och pedagogiska studier") == "Organisation"
    assert ("FoU Omsorg Dalarna", "partOf", "Fakulteten för vård och socialt arbete") in facts(text)


def test_a_department_named_before_a_verb_ends_at_its_field():
    found = entities("Umeå universitet, Institutionen för omvårdnad, följer programmet med en utvärdering.")
    assert found.get("Institutionen för omvårdnad") == "Organisation"
    assert not [n for n in found if n.endswith("följer")]


def test_a_chapter_in_a_table_of_contents_is_no_forum():
    text = ("Verksamhetsberättelse 2014\nInnehåll Verksamhet... 4 Regionala nätverk... 17 Nationella nätverk... 18 "
            "Lokaler... 19\nFoU Omsorg Dalarna är en centrumbildning.")
    found = entities(text)
    assert "Regionala nätverk" not in found and "Nationella nätverk" not in found


def test_a_capitalised_name_after_a_person_and_pa_is_her_employer():
    found = facts("Tillsammans med Greta Holm på Vårdlabbet har Ted Ekberg på Infomix nu tagit fram en poddserie.")
    assert ("Greta Holm", "worksFor", "Vårdlabbet") in found
    assert ("Ted Ekberg", "worksFor", "Infomix") in found
    assert "Gotland" not in [n for n, k in entities("Greta Holm på Gotland berättar.").items() if k == "Organisation"]


def test_centre_and_center_in_one_name_are_one_organisation():
    text = ("Podden är framtagen med Greta Holm på Nordens Äldrecenter. – Det är viktigt, säger Greta Holm, "
            "seniorrådgivare på Nordens Äldrecentrum.")
    assert [n for n, k in entities(text).items() if k == "Organisation"] in (["Nordens Äldrecenter"],
                                                                              ["Nordens Äldrecentrum"])


@pytest.mark.parametrize("snippet, name", [
    ("Vi är glada att Världshälsoorganisationen, WHO, uppmärksammat podden.", "Världshälsoorganisationen"),
    ("Arbetet finansieras av Nordiska Ministerrådet sedan 2019.", "Nordiska ministerrådet"),
])
def test_international_bodies_by_name(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


@pytest.mark.parametrize("snippet, name", [
    ("Det visar en granskning som Vårdfokus publicerade i går.", "Vårdfokus"),
    ("Uppgifterna bekräftas för Östgöta Correspondenten av förvaltningen.", "Östgöta Correspondenten"),
])
def test_newspapers_and_broadcasters_by_name(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_a_broadcasters_play_service_is_a_platform_not_the_broadcaster():
    assert "Sveriges Radio" not in entities("Lyssna på alla avsnitt i Sveriges Radio Play.")
    assert entities("Sveriges Radio har granskat vårdvalet.").get("Sveriges Radio") == "Organisation"


def test_a_department_at_a_university_is_part_of_it():
    found = facts("Hon arbetar vid Institutionen för omvårdnad vid Umeå universitet sedan 2010.")
    assert ("Institutionen för omvårdnad", "partOf", "Umeå universitet") in found


@pytest.mark.parametrize("snippet, name", [
    # the county council, named as the text names it (its own node beside the region that succeeded it)
    ("Han är djupt besviken på Västerbottens landsting.", "Västerbottens läns landsting"),
    ("Beslutet togs av Jämtlands läns landsting 2015.", "Jämtlands läns landsting"),
    # a municipal office, then the bare name of its municipality
    ("Greta Holmlund (SD), kommunstyrelsens ordförande i Sölvesborg, är veckans gäst.", "Sölvesborgs kommun"),
    ("Per Vallin var socialchef i Mora i tio år.", "Mora kommun"),
])
def test_a_county_council_and_a_municipal_office_name_their_organisation(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


@pytest.mark.parametrize("snippet, name", [
    # an area's hospital with a capital S, also with a compass word before the area
    ("Kontakt: Maja Vinter Lerbergs Sjukhus", "Lerbergs Sjukhus"),
    ("Hon är chef på Norra Hagedals Sjukhus sedan i våras.", "Norra Hagedals Sjukhus"),
    # an association of municipalities written "kommunförbund" as well as "kommunalförbund"
    ("Lis Ekman, FOU-strateg Vindeboda kommunförbund.", "Vindeboda kommunförbund"),
])
def test_area_hospitals_and_municipal_associations_by_their_genitive(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_a_municipality_after_a_name_on_a_contact_line_is_no_part_of_the_name():
    snippet = "Projektledare:\n\nOlle Vinter Mora kommun\nolle.vinter@mora.se\n"
    assert entities(snippet).get("Olle Vinter Mora") is None
    assert ("Olle Vinter", "worksFor", "Mora kommun") in facts(snippet)


def test_a_county_council_is_its_own_node_sharing_the_county_code_with_the_region():
    ex = extract(text_of("Hans Vinter arbetade på Landstinget i Värmland. Sedan 2019 heter det Region Värmland."))
    council = ex.entities[("Organisation", "Landstinget i Värmland")]
    region = ex.entities[("Organisation", "Region Värmland")]
    assert council.codes["lanskod"] == region.codes["lanskod"] == "17"
    assert "wikidata" not in council.codes


@pytest.mark.parametrize("snippet, name", [
    ("Rapporten gavs ut av Sveriges Kommuner och Landsting 2006.", "Sveriges Kommuner och Landsting"),
    ("SKL:s styrelse beslutade i går.", "Sveriges Kommuner och Landsting"),
    ("Svenska Kommunförbundet och Landstingsförbundet gick samman 2005.", "Landstingsförbundet"),
])
def test_former_associations_and_county_councils_by_the_name_the_text_uses(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_the_renamed_association_is_not_its_successor():
    assert "Sveriges Kommuner och Regioner" not in entities("Rapporten gavs ut av SKL 2010.")


@pytest.mark.parametrize("snippet, name", [
    ("Maja Vinter är psykolog på Capio Vårdcentral Lerberg i Stockholm.", "Capio Vårdcentral Lerberg"),
    ("En arbetsgrupp från Huddinge kommun och Aleris rehab Lerberg tog fram en broschyr.", "Aleris rehab Lerberg"),
    ("Kommunen förlängde inte avtalet med Attendo som bedriver hemtjänsten.", "Attendo"),
    ("Vårdcentralen i Lerberga bör läggas ner, säger Per Vallin.", "Vårdcentralen i Lerberga"),
    ("Per Vallin, som är chef på vårdcentralen i Vadstena, säger att man prioriterar.", "Vårdcentralen i Vadstena"),
    ("Hör Åke Lindmark, forskare vid Institutet för omsorgsstudier som tycker annat.",
     "Institutet för omsorgsstudier"),
    ("Hon forskar på Lerbergs högskola om äldres hälsa.", "Lerbergs högskola"),
    ("Hör även Greta Holmlund, överläkare vid Lerberga sjukhus.", "Lerberga sjukhus"),
])
def test_care_companies_their_units_care_centres_institutes_and_hospitals(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


@pytest.mark.parametrize("snippet, name", [
    ("Den nya vårdcentralen i Lerberga ska ligga vid torget.", "Vårdcentralen i Lerberga"),  # not built yet
    ("Vårdcentralen i Gamla stan fick stänga.", "Vårdcentralen i Gamla"),  # a part of town
])
def test_a_care_centre_that_is_not_yet_or_not_named_is_no_organisation(snippet, name):
    assert name not in entities(snippet)


def test_a_unit_named_with_its_owner_keeps_the_owner_in_its_name():
    found = facts("Greta Holmlund, avdelningschef vid vård- och omsorgsförvaltningen i Ludvika kommun, berättar.")
    assert {("Greta Holmlund", "worksFor", "Vård- och omsorgsförvaltningen i Ludvika kommun"),
            ("Greta Holmlund", "worksFor", "Ludvika kommun"),
            ("Vård- och omsorgsförvaltningen i Ludvika kommun", "partOf", "Ludvika kommun")} <= found
    assert ("Greta Holmlund", "worksFor", "Vård- och omsorgsförvaltningen i Sala") in facts(
        "Greta Holmlund blir ny chef för vård- och omsorgsförvaltningen i Sala.")  # a municipality by its place alone
    assert entities("Sjuksköterskorna på dialysenheten på Gävle sjukhus berättar.").get(
        "Dialysenheten på Gävle sjukhus") == "Organisation"


def test_the_same_unit_of_two_municipalities_is_two_units():
    a = entities("Greta Holmlund är chef på socialförvaltningen i Ludvika kommun.")
    b = entities("Per Vallin är chef på socialförvaltningen i Borlänge kommun.")
    assert "Socialförvaltningen i Ludvika kommun" in a and "Socialförvaltningen i Borlänge kommun" in b


def test_a_contact_card_whose_lines_ran_together():
    text = ("Kontaktperson\n\nGreta Holmlund\nLudvika kommun\nE-post\n\nÖvriga medlemmar\n\nFaustina Marek\n\n"
            "Borlänge kommun E-post\n")
    found = facts(text)
    assert {("Greta Holmlund", "worksFor", "Ludvika kommun"), ("Faustina Marek", "worksFor", "Borlänge kommun")} <= found
    assert entities("Olle Berg Mora kommun E-post").get("Mora kommun") == "Organisation"


def test_a_research_environment_named_after_its_cue_and_its_researchers():
    text = ("Greta Holmlund, Per Vallin och Ylva Strand är några av NorAges forskare.\n\nVid forskningsmiljön NorAge "
            "finns en skara forskare. Greta Holmlund är ledare för NorAge och startade det 2014.")
    found = facts(text)
    assert {(who, "worksFor", "NorAge") for who in ("Greta Holmlund", "Per Vallin", "Ylva Strand")} <= found
    assert {(who, "title", "forskare") for who in ("Greta Holmlund", "Per Vallin", "Ylva Strand")} <= found
    assert "Äldre" not in entities("Vid forskningsmiljön Äldre i Centrum finns forskare.")  # a name the cue cannot end


def test_a_university_department_named_by_a_field_with_an_adjective():
    assert entities("Greta Holmlund, Umeå universitet, Institutionen för epidemiologi och global hälsa").get(
        "Institutionen för epidemiologi och global hälsa") == "Organisation"


def test_a_regions_choice_of_care_unit_and_a_care_centre_named_by_its_place_either_way():
    found = facts("Greta Holmlund, chef för Vårdval Halland, konstaterar att det fungerar.")
    assert ("Greta Holmlund", "worksFor", "Vårdval Halland") in found
    text = "Praktikertjänst lämnar vårdcentralen i Tvååker. Nu söks en lösning för Tvååkers vårdcentral."
    assert len([n for n, kind in entities(text).items() if "vårdcentral" in n.casefold()]) == 1


@pytest.mark.parametrize("snippet, name", [
    ("Greta Holm, enhetschef på Norrbys hemtjänst, säger att det går bra.", "Norrbys hemtjänst"),
    ("Greta Holm, personalchef på Tierps äldreförvaltning, säger det.", "Tierps äldreförvaltning"),
    ("Hon arbetar på Solgårdens äldreboende sedan i våras.", "Solgårdens äldreboende"),
    ("Hemtjänsten centraliseras till hemtjänst öster och hemtjänst väster.", "Hemtjänst öster"),
    ("Det säger Olle Berg på hemtjänsten i Skärplinge.", "Hemtjänsten i Skärplinge"),
    ("Hon arbetar på äldreboendet Solgården i Tierp.", "Solgården"),
    ("En del av teamet på Strokerehab samlades i går.", "Strokerehab"),
])
def test_municipal_care_units_by_their_names(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


@pytest.mark.parametrize("snippet", [
    "Kommunens hemtjänst och dagens äldreboende får mer pengar.",
    "För hemtjänsten i Södra skärgården styr färjan arbetstiderna.",
])
def test_common_phrases_about_care_are_no_units(snippet):
    assert "Organisation" not in entities(snippet).values()


def test_a_care_centre_named_by_a_place_with_an_adjective():
    assert facts("Greta Holm, basenhetschef Gröna Dalens hälsocentral") >= {
        ("Greta Holm", "worksFor", "Gröna Dalens hälsocentral")}
    assert "Dalens hälsocentral" not in entities("Greta Holm, basenhetschef Gröna Dalens hälsocentral")


def test_a_fou_unit_named_by_a_short_word_after_the_hyphen():
    found = entities("Ola Berg är chef för forsknings- och utvecklingsverksamheten FOU-nu. FoU-enheten har ett FoU-råd.")
    assert found.get("FOU-nu") == "Organisation"
    assert "FoU-enheten" not in found


def test_a_research_centre_by_its_own_name_alone_in_the_genitive():
    found = facts("Tallkrog FoU-center utvärderar projektet. Tallkrogs projektledare Vera Holm ska göra utvärderingen.")
    assert ("Vera Holm", "worksFor", "Tallkrog FoU-center") in found
