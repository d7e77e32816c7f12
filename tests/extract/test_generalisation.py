"""Rules added for issue #3: Swedish ways of naming units, forums and projects, and of saying who leads,
takes part in or belongs to what. Every snippet is invented and names no one from the corpora."""
import pytest

from snippets import entities, facts, text_of


@pytest.mark.parametrize("snippet, name, kind", [
    # forums: listed and shared-head complements, a part of an area, a capitalised -t adjective with a place
    ("Frågan togs upp i Ledningsgruppen för hälsa, vård och omsorg i maj.",
     "Ledningsgruppen för hälsa, vård och omsorg", "CollaborationForum"),
    ("Hon deltar i Länsnätverket för kommunal hälso- och sjukvård.",
     "Länsnätverket för kommunal hälso- och sjukvård", "CollaborationForum"),
    ("Där har vi Samverkansrådet för norra Uppland som träffas varje månad.",
     "Samverkansrådet för norra Uppland", "CollaborationForum"),
    ("Beslutet fattas i Politiskt samverkansråd Uppsala i juni.", "Politiskt samverkansråd Uppsala",
     "CollaborationForum"),
    ("Regionen har inrättat Nära vård-delegationen i Uppsala län.", "Nära vård-delegationen i Uppsala län",
     "CollaborationForum"),
    # projects
    ("Projektledare för Trygga hemgångar är Greta Holmlund.", "Trygga hemgångar", "Project"),
    ("Han presenterade initiativet Aktiv 80+ för nämnden.", "Aktiv 80+", "Project"),
    ("Förstudien heter Lugn kväll i hemmet och leds av Greta.", "Lugn kväll i hemmet", "Project"),
    ("Vi har startat ett initiativ som vi kallar Vårdbron.", "Vårdbron", "Project"),
    ("Hemma i Tierp är ett samarbete mellan Region Uppsala och Tierps kommun.", "Hemma i Tierp", "Project"),
    # organisations: named units and care units by place
    ("Hon är chef på Socialförvaltningen i Enköpings kommun.", "Socialförvaltningen i Enköpings kommun", "Organisation"),
    ("Han arbetar på Rehabiliterande enheten sedan i våras.", "Rehabiliterande enheten", "Organisation"),
    ("Han är läkare på Tierps hälsocentral.", "Tierps hälsocentral", "Organisation"),
    ("Patienten skrevs ut från Enköpings lasarett.", "Enköpings lasarett", "Organisation"),
    ("Område akutsjukvård har tolv kliniker.", "Område akutsjukvård", "Organisation"),
    ("Hon forskar på Glesbygdsnära centrum i Tierp.", "Glesbygdsnära centrum", "Organisation"),
])
def test_named_things(snippet, name, kind):
    assert entities(snippet).get(name) == kind


@pytest.mark.parametrize("snippet", [
    "Vi vill ha ett politiskt forum för de här frågorna.",
    "Det behövs en gemensam ledningsgrupp för teamet.",
    "Vi satsar på kommunal hälso- och sjukvård.",  # "kommunal" is no trade union here
])
def test_descriptions_are_no_names(snippet):
    assert not [n for n, k in entities(snippet).items() if k in ("CollaborationForum", "Organisation")]


def test_an_attendee_list_in_minutes():
    found = facts("""Minnesanteckningar

Samverkansforum för äldrevård i Uppsala län

Närvarande
Greta Holmlund, socialchef, Tierps kommun (ordförande)
Viktor Sand, verksamhetschef, Vårdcentralen Gränby, Region Uppsala

Förhinder
Linnea Borg, MAS, Östhammars kommun
""")
    assert ("Greta Holmlund", "title", "socialchef") in found
    assert ("Greta Holmlund", "worksFor", "Tierps kommun") in found
    assert ("Greta Holmlund", "leads", "Samverkansforum för äldrevård i Uppsala län") in found
    assert ("Viktor Sand", "participatesIn", "Samverkansforum för äldrevård i Uppsala län") in found
    assert ("Viktor Sand", "leads", "Vårdcentralen Gränby") in found
    assert ("Vårdcentralen Gränby", "partOf", "Region Uppsala") in found
    assert ("Linnea Borg", "participatesIn", "Samverkansforum för äldrevård i Uppsala län") not in found


@pytest.mark.parametrize("snippet, fact", [
    ("Projektet Vårdbron drivs av Region Uppsala tillsammans med Tierps kommun och Enköpings kommun.",
     ("Enköpings kommun", "participatesIn", "Vårdbron")),
    ("Projektet Vårdbron drivs av Region Uppsala tillsammans med Tierps kommun och Enköpings kommun.",
     ("Region Uppsala", "participatesIn", "Vårdbron")),
    ("Han berättade om piloten Lugn kväll i hemmet som Tierps kommun genomför tillsammans med Vårdcentralen Gränby.",
     ("Vårdcentralen Gränby", "participatesIn", "Lugn kväll i hemmet")),
    ("Projektet Vårdbron startade i fjol. Östhammars kommun deltar i projektet sedan maj.",
     ("Östhammars kommun", "participatesIn", "Vårdbron")),
    ("Greta Holmlund sitter med i Samverkansrådet för norra Uppland.",
     ("Greta Holmlund", "participatesIn", "Samverkansrådet för norra Uppland")),
    ("Projektet Vårdbron har en styrgrupp. Projektets styrgrupp består av Greta Holmlund och Viktor Sand.",
     ("Viktor Sand", "participatesIn", "Vårdbron")),
    ("• Brukarrådet för äldrevård – PRO och SPF Seniorerna\n",
     ("SPF Seniorerna", "participatesIn", "Brukarrådet för äldrevård")),
    ("Delprojekt\n\n• Vårdbron – pilot i Tierp och Östhammar\n",
     ("Östhammars kommun", "participatesIn", "Vårdbron")),
    ("Ordförande i Samverkansrådet för norra Uppland är just nu Greta Holmlund, socialchef i Tierps kommun.",
     ("Greta Holmlund", "leads", "Samverkansrådet för norra Uppland")),
    ("Greta Holmlund samordnar även Länsnätverket för kommunal hälso- och sjukvård.",
     ("Greta Holmlund", "leads", "Länsnätverket för kommunal hälso- och sjukvård")),
    ("Initiativet Aktiv 80+ leds av Viktor Sand, som arbetar som enhetschef för Rehabiliterande enheten.",
     ("Viktor Sand", "title", "enhetschef")),
    ("Initiativet Aktiv 80+ leds av Viktor Sand, som arbetar som enhetschef för Rehabiliterande enheten.",
     ("Viktor Sand", "leads", "Rehabiliterande enheten")),
    ("Hon leder Rehabiliterande enheten. Rehabiliterande enheten är en del av Socialförvaltningen.",
     ("Rehabiliterande enheten", "partOf", "Socialförvaltningen")),
    ("Han har kontakt med Vård- och omsorgsförvaltningen i Tierps kommun.",
     ("Vård- och omsorgsförvaltningen i Tierps kommun", "partOf", "Tierps kommun")),
    ("Projektet Vårdbron startade i fjol. Piloten Lugn kväll i hemmet ingår i Vårdbron som ett av två delprojekt.",
     ("Lugn kväll i hemmet", "partOf", "Vårdbron")),
    ("Frågan gick till Enköpings kommuns socialchef Greta Holmlund.",
     ("Greta Holmlund", "worksFor", "Enköpings kommun")),
    ("Beslutet togs av Greta Ekwall (M), regionråd, Region Uppsala.", ("Greta Ekwall", "title", "regionråd")),
    ("Projektledare är Viktor Sand. Han är utvecklingsledare på Tierps hälsocentral.",
     ("Viktor Sand", "worksFor", "Tierps hälsocentral")),
])
def test_relations_said_in_swedish(snippet, fact):
    assert fact in facts(snippet)


def test_an_organisation_chart_on_a_slide():
    found = facts("""Organisation

• Hälso- och sjukvårdsförvaltningen
- Område akutsjukvård – Tierps närsjukhus och Enköpings lasarett
- Område primärvård
""")
    assert ("Område akutsjukvård", "partOf", "Hälso- och sjukvårdsförvaltningen") in found
    assert ("Område primärvård", "partOf", "Hälso- och sjukvårdsförvaltningen") in found
    assert ("Enköpings lasarett", "partOf", "Område akutsjukvård") in found


def test_no_participation_for_interest_or_refusal():
    found = facts("Projektet Vårdbron startade i fjol. Tierps kommun har anmält intresse men har inte fattat "
                  "beslut om att delta i projektet.")
    assert not [f for f in found if f[1] == "participatesIn"]


def test_a_slide_label_after_a_bullet_is_no_speaker():
    found = facts("""Vårdbron

Delprojekt 2025

• Lugn kväll – test i Tierp och Östhammar
- Delprojektledare: Greta Holmlund, Tierps kommun

• Aktiv vardag – pilot i Enköping och Håbo
- Ansvarig: Viktor Sand, Region Uppsala
""")
    assert ("Greta Holmlund", "leads", "Lugn kväll") in found
    assert ("Viktor Sand", "leads", "Aktiv vardag") in found


def test_a_list_of_partners_is_no_apposition():
    found = facts("Projektet Vårdbron är ett samarbete mellan Tierps närsjukhus, Tierps kommun och Östhammars kommun.")
    assert ("Tierps närsjukhus", "participatesIn", "Vårdbron") in found
    assert not [f for f in found if f[1] == "partOf"]


@pytest.mark.parametrize("snippet, fact", [
    # news style: a political title before the name, the region's own director, "från" an organisation
    ("Regionrådet Greta Ekwall (M) är nöjd med beslutet.", ("Greta Ekwall", "title", "regionråd")),
    ("Region Uppsala startar ett nytt team. Enligt regionens hälso- och sjukvårdsdirektör Viktor Sand "
     "blir det fler hembesök.", ("Viktor Sand", "worksFor", "Region Uppsala")),
    ("Projektledare är Greta Holmlund från FoU i Uppsala län.", ("Greta Holmlund", "worksFor", "FoU i Uppsala län")),
    # a project page: owner and partners as labels, a name and its organisation on one line
    ("Projektet Vårdbron\n\nProjektägare: Region Uppsala\n", ("Region Uppsala", "participatesIn", "Vårdbron")),
    ("Projektet Vårdbron\n\nSamverkansparter: Tierps kommun och Håbo kommun\n",
     ("Håbo kommun", "participatesIn", "Vårdbron")),
    ("Projektet Vårdbron\n\nDelprojektledare: Greta Holmlund, Tierps kommun\n",
     ("Greta Holmlund", "worksFor", "Tierps kommun")),
    # the chair of a forum named with its county, a pronoun for the person just named, an organisation starting a pilot
    ("Ordförande i Uppsalas politiska samverkansråd är Greta Ekwall (M).",
     ("Greta Ekwall", "leads", "Uppsalas politiska samverkansråd")),
    ("Arbetet leds av socialchefen Greta Holmlund. Hon sitter också i den länsgemensamma ledningsgruppen för "
     "nära vård.", ("Greta Holmlund", "participatesIn", "Länsgemensamma ledningsgruppen för nära vård")),
    ("Tierps kommun har startat en pilot med digitala tillsynsbesök.",
     ("Tierps kommun", "participatesIn", "Digitala tillsynsbesök")),
    ("Ledningsgruppen för äldrevård i Uppsala län träffas varje månad. Ordförande där är Greta Ekwall.",
     ("Greta Ekwall", "leads", "Ledningsgruppen för äldrevård i Uppsala län")),
])
def test_news_and_project_pages(snippet, fact):
    assert fact in facts(snippet)


def test_a_political_title_is_no_council():
    assert "Regionrådet Greta Ekwall" not in entities("Regionrådet Greta Ekwall (M) är nöjd med beslutet.")


def test_a_sentence_opening_with_a_role_is_no_label():
    found = facts("Projektet Vårdbron startade i fjol.\n\nOrdförande i Uppsalas politiska samverkansråd är Greta Ekwall.")
    assert ("Greta Ekwall", "leads", "Vårdbron") not in found


def test_a_pronoun_after_two_people_stays_unresolved():
    found = facts("Greta Holmlund och Viktor Sand talade. Hon sitter också i den regionala ledningsgruppen för äldrevård.")
    assert not [f for f in found if f[1] == "participatesIn"]


def test_a_pronoun_after_a_given_name_that_two_people_share_stays_unresolved():
    found = facts("Medverkande\nGreta Ek, enhetschef\nLisa Berg, verksamhetsutvecklare\n"
                  "Greta Holm, hälso- och sjukvårdsdirektör\n\n"
                  "Lisa: Hej, Lisa Berg är jag och är verksamhetsutvecklare i närvårdsområdet Falun.\n"
                  "Kalle: Okej. Du har samma titel som Greta hade. Hon är ju numera enhetschef på staben.\n")
    assert ("Lisa Berg", "title", "verksamhetsutvecklare") in found
    assert ("Lisa Berg", "title", "enhetschef") not in found


def test_a_contact_card_names_each_person_once():
    found = entities("Kontakt\n\nProjektledare:\n\nNils-Gunnar Holm Primärvården\nnils.gunnar.holm@vgregion.se\n\n"
                     "Mia Sandberg Skaraborgs Sjukhus\neva-maria.sandberg@vgregion.se\n")
    people = sorted(n for n, k in found.items() if k == "Person")
    assert people == ["Mia Sandberg", "Nils-Gunnar Holm"]
    assert found.get("Västra Götalandsregionen") == "Organisation"  # vgregion.se


def test_people_listed_under_their_organisation():
    found = facts("Vi bjuder in till en träff.\n\nFrån Region Uppsala finns dessa på plats:\n\n"
                  "• Greta Holmlund, regiondirektör\n• Viktor Sand, områdeschef för primärvården\n")
    assert ("Greta Holmlund", "worksFor", "Region Uppsala") in found
    assert ("Viktor Sand", "worksFor", "Region Uppsala") in found


def test_a_byline_with_a_capitalised_title_and_a_unit():
    found = facts("Vi möter Greta Holmlund Verksamhetsutvecklare, Utveckling Nära vård och hälsa, region Uppsala "
                  "och Viktor Sand Verksamhetschef, Folkhälsoenheten, Region Östergötland.")
    assert ("Greta Holmlund", "title", "verksamhetsutvecklare") in found
    assert ("Greta Holmlund", "worksFor", "Region Uppsala") in found
    assert ("Viktor Sand", "worksFor", "Region Östergötland") in found


PROGRAMME_PAGE = """Startsida > Samverkan > Vårdbron

Vårdbron

Vårdbron är ett utvecklingsprogram där Region Uppsala och två kommuner prövar nya arbetssätt. Programmet \
startade 2024 och Vårdbron pågår till 2026.

Bakgrund

Allt fler äldre har insatser från både vårdcentralen och hemsjukvården, och det brister ofta i övergångarna \
mellan sjukhus, vårdcentral och hem. Därför behövs gemensamma rutiner.

Projektägare: Region Uppsala
Projektledare:
Greta Holmlund, utvecklingsledare, Region Uppsala

Samverkansparter:
• Tierps kommun
• Håbo kommun

Styrgrupp:
Viktor Sand, socialchef, Tierps kommun
Stina Ek, områdeschef, Region Uppsala

Delprojekt inom programmet

1. Lugna nätter Tierp
Test av digital nattillsyn i Tierps kommun.
Delprojektledare: Lisa Berg, Tierps kommun

2. Trygg utskrivning Håbo
En ny rutin för utskrivning.
Delprojektledare: Maja Lund, Håbo kommun

Aktuellt

Östhammars kommun har anslutit till delprojektet Lugna nätter Tierp.
"""


@pytest.mark.parametrize("fact", [
    ("Region Uppsala", "participatesIn", "Vårdbron"),
    ("Greta Holmlund", "leads", "Vårdbron"),
    ("Håbo kommun", "participatesIn", "Vårdbron"),
    ("Viktor Sand", "participatesIn", "Vårdbron"),
    ("Lugna nätter Tierp", "partOf", "Vårdbron"),
    ("Lisa Berg", "leads", "Lugna nätter Tierp"),
    ("Maja Lund", "leads", "Trygg utskrivning Håbo"),
    ("Östhammars kommun", "participatesIn", "Lugna nätter Tierp"),
])
def test_a_programme_web_page(fact):
    assert fact in facts(PROGRAMME_PAGE)


def test_fields_of_a_fact_box_are_no_speakers():
    text = text_of("Projektägare: Region Uppsala\n\nProjektperiod: 2024–2026\n\nDelprojektledare: Lisa Berg\n\n"
                   "Text om delprojektet.\n\nDelprojektledare: Maja Lund\n")
    assert not [b for b in text.blocks if b.kind == "turn"]


def test_names_with_letters_beyond_swedish():
    assert entities("Förvaltningschef är Dragana Jovanović sedan i våras.").get("Dragana Jovanović") == "Person"


@pytest.mark.parametrize("snippet, fact", [
    ("Greta Holmlund har utsetts till projektledare för arbetet.", ("Greta Holmlund", "title", "projektledare")),
    ("Hon efterträder Stina Ek som fått tjänst som socialchef vid Tierps kommun.",
     ("Stina Ek", "title", "socialchef")),
    ("Greta Holmlund börjar hos Region Uppsala den 1 april.", ("Greta Holmlund", "worksFor", "Region Uppsala")),
    ("Träffen inleddes med att Region Uppsalas FoU-direktör Viktor Sand talade.",
     ("Viktor Sand", "worksFor", "Region Uppsala")),
    ("Vårdbron är ett projekt i samverkan mellan kommunerna Tierp, Håbo, Enköping och Region Uppsala.",
     ("Håbo kommun", "participatesIn", "Vårdbron")),
    ("Vårdbron är ett projekt för äldre.\n\nKontakt\n\nProjektledare:\n\nGreta Holmlund Primärvården\n"
     "greta.holmlund@regionuppsala.se\n\nStina Ek Kommun\nstina.ek@tierp.se\n", ("Stina Ek", "leads", "Vårdbron")),
])
def test_appointments_and_contact_pages(snippet, fact):
    assert fact in facts(snippet)


def test_a_forum_named_in_full_then_by_its_short_form_is_one_forum():
    found = entities("Vi träffas i Närvårdsforum Tierp varje månad. Jag sitter med i Närvårdsforum sedan i fjol.")
    assert [n for n, k in found.items() if k == "CollaborationForum"] == ["Närvårdsforum Tierp"]


def test_bare_region_names_in_a_list_of_regions():
    found = entities("De regioner som ingår är Västernorrland, Västerbotten och Jämtland Härjedalen.")
    assert {"Region Västernorrland", "Region Västerbotten", "Region Jämtland Härjedalen"} <= set(found)


# ---- session 7: regional programme pages and agency texts

def test_a_ministry_is_written_in_lower_case_in_running_text():
    assert entities("Kommunen har fått pengar av socialdepartementet för arbetet.").get("Socialdepartementet") == \
        "Organisation"


def test_a_plural_title_in_the_definite_form():
    found = facts("Gruppen har bestått av analytikerna Greta Holmlund och Viktor Sand.")
    assert ("Greta Holmlund", "title", "analytiker") in found and ("Viktor Sand", "title", "analytiker") in found


@pytest.mark.parametrize("snippet, name", [
    ("Direktören driver arbetet med God och nära vård i Uppsala län.", "God och nära vård i Uppsala län"),
    ("God och nära vård i glesbygd\n\nProjektets uppdrag är att skapa en arena.", "God och nära vård i glesbygd"),
    ("Greta Holmlund har utsetts till projektledare för omställningsarbetet mot en god och nära vård i norra "
     "Uppland.", "God och nära vård i norra Uppland"),
])
def test_the_reform_carried_out_in_a_place_is_a_programme(snippet, name):
    assert entities(snippet).get(name) == "Project"


@pytest.mark.parametrize("snippet", [
    "Nära vård i Uppsala\n\nFörberedande, start",  # a slide's heading: the reform in a place
    "Vi jobbar för en god och nära vård i Uppsala län.",
    "God och nära vård i Uppsala län är målet för alla.",  # a sentence about the reform
])
def test_the_reform_in_a_place_is_not_always_a_programme(snippet):
    assert not [n for n, k in entities(snippet).items() if k == "Project"]


def test_one_programme_when_its_place_is_written_two_ways():
    found = entities("Regionen driver God och nära vård i Uppsala. Programområden för God och nära vård i Uppsala "
                     "län finns nedan.")
    assert [n for n, k in found.items() if k == "Project"] == ["God och nära vård i Uppsala"]


PROGRAMME_AREAS = """Ledning och styrning

Region Uppsala driver arbetet med God och nära vård i Uppsala.

Programområden för God och nära vård i Uppsala län, med programområdesansvarig angiven:

 • Hemsjukvård för barn – Greta Holmlund *
 • Digitala möten – Viktor Sand * **
"""


@pytest.mark.parametrize("fact", [
    ("Region Uppsala", "participatesIn", "God och nära vård i Uppsala"),
    ("Hemsjukvård för barn", "partOf", "God och nära vård i Uppsala"),
    ("Digitala möten", "partOf", "God och nära vård i Uppsala"),
    ("Greta Holmlund", "leads", "Hemsjukvård för barn"),
    ("Viktor Sand", "leads", "Digitala möten"),
    ("Viktor Sand", "title", "programområdesansvarig"),
])
def test_programme_areas_listed_with_their_leads(fact):
    assert fact in facts(PROGRAMME_AREAS)


def test_an_organisation_called_only_by_its_acronym():
    found = entities("Våren 2021 startade VSK projektet Hemma först. VSK:s uppdrag är att stödja kommunerna.")
    assert found.get("VSK") == "Organisation"
    assert ("VSK", "participatesIn", "Hemma först") in facts(
        "Våren 2021 startade VSK projektet Hemma först. VSK:s uppdrag är att stödja kommunerna.")


@pytest.mark.parametrize("snippet", [
    "Alla ska ha en SIP. En SIP skrivs av kommunen och regionen tillsammans.",  # a care term
    "MAS har ansvaret. MAS ska följa upp.",  # a title
    "Vi har en länsledningsgrupp (LLG). LLG tar beslut om inriktning.",  # spelt out: an alias, not a body
    "VSK\n\nVSK: Välkommen till podden.",  # a speaker's label
])
def test_acronyms_that_name_no_organisation(snippet):
    assert not [n for n, k in entities(snippet).items() if k == "Organisation"]


def test_an_association_named_by_its_area():
    found = entities("Uppföljningen görs med Kommunförbundet Uppsala län och Samordningsförbundet Norra Tierp.")
    assert found.get("Kommunförbundet Uppsala län") == found.get("Samordningsförbundet Norra Tierp") == "Organisation"


def test_the_chair_of_an_association_leads_it_and_works_elsewhere():
    found = facts("Greta Holmlund, ordförande i Svenska distriktsläkarföreningen, är inte förvånad.")
    assert ("Greta Holmlund", "leads", "Svenska distriktsläkarföreningen") in found
    assert ("Greta Holmlund", "worksFor", "Svenska distriktsläkarföreningen") not in found


def test_regions_listed_as_members_of_what_they_belong_to():
    found = facts("Pengarna delas mellan de tre regionerna som ingår i Sjukvårdsregion Mellansverige. De regioner "
                  "som ingår är Uppsala, Dalarna och Gävleborg.")
    assert ("Region Dalarna", "participatesIn", "Sjukvårdsregion Mellansverige") in found


@pytest.mark.parametrize("snippet, spellings", [
    ("Anna Böhlénius är samordnare. – Det går bra, säger Anna Böhlenius.", {"Anna Böhlénius", "Anna Böhlenius"}),
    ("Projektledare är Sofia Ekdahl. Sofia Ekdal berättar om arbetet.", {"Sofia Ekdahl", "Sofia Ekdal"}),
    ("Värd är Greta Holm-Berg. Greta Holm Berg hälsar välkommen.", {"Greta Holm-Berg", "Greta Holm Berg"}),
])
def test_one_person_whose_surname_is_spelt_two_ways(snippet, spellings):
    people = [n for n, k in entities(snippet).items() if k == "Person"]
    assert len(people) == 1 and people[0] in spellings


def test_one_forum_in_its_definite_and_indefinite_form():
    found = entities("Centralt samverkansorgan\n\nDet Centrala Samverkansorganet är ett politiskt organ.")
    assert len([n for n, k in found.items() if k == "CollaborationForum"]) == 1


@pytest.mark.parametrize("snippet, fact", [
    ("Ett presidium valdes: Greta Holm ordförande, Stina Ek 1:e vice ordförande, Viktor Sand kassör.",
     ("Greta Holm", "title", "ordförande")),
    ("Ett presidium valdes: Greta Holm ordförande, Stina Ek 1:e vice ordförande, Viktor Sand kassör.",
     ("Stina Ek", "title", "1:e vice ordförande")),
    ("Greta Holm (projektledare Region JH) och Stina Ek (projektledare kommunerna) föredrar punkten.",
     ("Stina Ek", "title", "projektledare")),
    ("Greta Holm (projektledare Region JH) föredrar punkten.", ("Greta Holm", "worksFor", "Region Jämtland Härjedalen")),
    ("Riksdagsledamöterna Greta Holm (C) och Stina Ek (S) arrangerade ett seminarium.",
     ("Stina Ek", "title", "riksdagsledamot")),
    ("Greta Holm, Tierps kommun, och Stina Ek, Håbo kommun, är samordnare i arbetet.", ("Greta Holm", "title", "samordnare")),
    ("Greta Holm, Tierps kommun, och Stina Ek, Håbo kommun, är samordnare i arbetet.", ("Stina Ek", "title", "samordnare")),
    ("Stina Ek är nära vård-samordnare i Håbo kommun.", ("Stina Ek", "title", "nära vård-samordnare")),
    (" • Stina Ek, Vice ordförande\n", ("Stina Ek", "title", "vice ordförande")),
])
def test_titles_in_minutes_lists_and_pairs(snippet, fact):
    assert fact in facts(snippet)


def test_a_title_before_a_comma_still_opens_an_apposition():
    found = facts("Rådets ordförande, Greta Holm, hälsade välkommen.")
    assert ("Greta Holm", "title", "ordförande") in found


@pytest.mark.parametrize("snippet, name", [
    ("Hon har jobbat som projektledare för Nära vård – modellområde Norra Uppland.",
     "Nära vård – modellområde Norra Uppland"),
    ("Förbundet får stöd till projektet Samordnad utveckling för god och nära vård i skärgårdsperspektiv, där "
     "regionen medverkar.", "Samordnad utveckling för god och nära vård i skärgårdsperspektiv"),
    ('Bland annat lyftes samverkansprojekten "Första steget" och "Minimottagning" fram.', "Första steget"),
    ('Bland annat lyftes samverkansprojekten "Första steget" och "Minimottagning" fram.', "Minimottagning"),
    ("Vi diskuterade utredningen Trygg vård i hemmet under dagen.", "Trygg vård i hemmet"),
    ("Uppsala hemma är ett koncept där specialistvården flyttar hem till patienten.", "Uppsala hemma"),
    ("Sjukhuset prövar ett koncept som man kallar Vården hemma.", "Vården hemma"),
    ("På bilden syns märket som symboliserar God och nära vård Uppsala.", "God och nära vård Uppsala"),
    ("Workshopen var den sista i målbildsprocessen för Nära vård i Uppsala län.", "Nära vård i Uppsala län"),
])
def test_project_names_on_news_pages(snippet, name):
    assert entities(snippet).get(name) == "Project"


@pytest.mark.parametrize("snippet", [
    "I årets budget är satsningen på den nära vården den högst prioriterade.",
    "Det blev 12 miljoner till fortsatt satsning på nära vård i glesbygden.",
])
def test_the_reform_after_a_cue_is_no_project(snippet):
    assert not [n for n, k in entities(snippet).items() if k == "Project"]


STEERING_GROUP = """Organisation

Styrgrupp

 • Greta Holm, socialchef, Tierp, 08-124 571 00
 • Viktor Sand, förvaltningschef, Omsorgsförvaltningen, Håbo, 08-591 260 00
 • Stina Ek, Direktör, Sektorn för välfärd, Solna stad, 08-706 80 00
"""


@pytest.mark.parametrize("fact", [
    ("Greta Holm", "participatesIn", "Styrgrupp"),
    ("Stina Ek", "participatesIn", "Styrgrupp"),
    ("Greta Holm", "worksFor", "Tierps kommun"),
    ("Viktor Sand", "worksFor", "Håbo kommun"),
    ("Stina Ek", "worksFor", "Solna stad"),
])
def test_a_steering_group_listed_under_its_heading(fact):
    assert fact in facts(STEERING_GROUP)


MEMBERS = """Ledamöter i Politiskt samverkansråd Uppsala

För kommunerna

 • Greta Holm (S), Tierp, ordförande
 • Viktor Sand (M), Håbo

För Region Uppsala

 • Stina Ek, Vice ordförande
 • Jaqueline Marek
 • Lisa Flinth

Kontakt på förvaltningen

 • Mats Renard
 • Olle Berg
"""


def test_the_members_listed_under_a_forum_sit_in_it():
    found = facts(MEMBERS)
    for person in ("Greta Holm", "Viktor Sand", "Stina Ek", "Jaqueline Marek", "Lisa Flinth"):
        assert (person, "participatesIn", "Politiskt samverkansråd Uppsala") in found
    assert ("Mats Renard", "participatesIn", "Politiskt samverkansråd Uppsala") not in found


def test_what_is_done_in_a_forum_does_not_name_it():
    assert entities("Målbilden tas upp i Uppsalarådet för godkännande på fredag.").get("Uppsalarådet") == \
        "CollaborationForum"


@pytest.mark.parametrize("snippet, name", [
    ("På Sahlgrenska universitetssjukhuset tar man klivet hem till patienterna.", "Sahlgrenska universitetssjukhuset"),
    ("Hon är läkare på Akademiska sjukhuset.", "Akademiska sjukhuset"),
    ("Centerpartiet har länge prioriterat den nära vården.", "Centerpartiet"),
])
def test_hospitals_and_parties_by_name(snippet, name):
    assert entities(snippet).get(name) == "Organisation"


def test_a_party_member_is_not_its_employee():
    found = facts("I nämnden har Centerpartiets ledamot Greta Holm drivit frågan.")
    assert not [f for f in found if f[1] == "worksFor"]
    assert "S" not in entities("Greta Holm (S), Tierp, ordförande")


def test_a_second_role_after_och_ar_in_a_self_introduction():
    found = facts("GRETA: Jag heter Greta Holm. Jag jobbar som närvårdsstrateg i Region Gävleborg och är "
                  "projektledare för Hemlyftet, som vi ska prata om i dag.\n\nOLLE: Vad är Hemlyftet?")
    assert {("Greta Holm", "title", "närvårdsstrateg"), ("Greta Holm", "title", "projektledare"),
            ("Greta Holm", "leads", "Hemlyftet")} <= found


def test_a_forum_named_for_a_province():
    assert entities("Frågan togs upp i Hälsinglands närvårdsråd i våras.").get("Hälsinglands närvårdsråd") == \
        "CollaborationForum"


def test_who_meets_in_a_forum():
    found = facts("Beslutet togs i Hälsinglands närvårdsråd, där kommunerna Bollnäs, Ljusdal och Nordanstig "
                  "möter Region Gävleborg fyra gånger om året.")
    for org in ("Bollnäs kommun", "Ljusdals kommun", "Nordanstigs kommun", "Region Gävleborg"):
        assert (org, "participatesIn", "Hälsinglands närvårdsråd") in found


@pytest.mark.parametrize("snippet", [
    "Region Gävleborg driver projektet Hemlyftet. Ansvarig för projektet är Greta Holm.",
    "Projektet Hemlyftet startade i år. Greta Holm är ansvarig för projektet.",
    "Projektet Hemlyftet startade i år. Greta Holm leder projektet sedan i våras.",
])
def test_who_leads_the_project_the_text_is_about(snippet):
    assert ("Greta Holm", "leads", "Hemlyftet") in facts(snippet)


def test_leading_a_bare_project_needs_a_project_to_point_at():
    assert not [f for f in facts("Nätverket Hemnära träffas varje månad. Greta Holm leder projektet.")
                if f[1] == "leads"]


def test_a_title_after_an_adverb_in_a_relative_clause():
    found = facts("Vi möter Greta Holm, som till vardags jobbar som undersköterska i Tierps kommun.")
    assert {("Greta Holm", "title", "undersköterska"), ("Greta Holm", "worksFor", "Tierps kommun")} <= found


@pytest.mark.parametrize("snippet", [
    "Greta Holm har under ett år deltagit i projektet Hemlyftet.",
    "Greta Holm, undersköterska, deltar i projektet Hemlyftet.",
    "Greta Holm, undersköterska i Tierps kommun, har deltagit i projektet Hemlyftet.",
])
def test_who_takes_part_past_an_aside_or_an_adverbial(snippet):
    found = facts(snippet)
    assert ("Greta Holm", "participatesIn", "Hemlyftet") in found
    assert ("Tierps kommun", "participatesIn", "Hemlyftet") not in found  # the aside about her takes no part
