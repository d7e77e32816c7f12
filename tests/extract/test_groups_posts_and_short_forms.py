"""A group named by a capitalised participle and the members its next sentences list, a forum's name widened to
what its short form in brackets spells, a municipal post followed by its town, and a roster's county written with a
hyphen. Places and regions are public reference data; every person and group is invented."""
import pytest

from snippets import entities, facts

GROUP = ("Fallförebyggande styrgrupp\n\n"
         "I Rättviks kommun finns en särskild grupp, fallförebyggande styrgruppen, som arbetar med dessa frågor. "
         "Gruppen består av Tord Alvin från räddningstjänsten, Mira Lök från anhörigstöd, Edit Brandt som är "
         "folkhälsostrateg samt Greta Norin, verksamhetschef inom vård och omsorg.")


def test_a_group_named_by_a_participle_and_everyone_its_members_sentence_names():
    assert entities(GROUP).get("Fallförebyggande styrgrupp") == "CollaborationForum"
    found = facts(GROUP)
    assert {s for s, p, o in found if p == "participatesIn" and o == "Fallförebyggande styrgrupp"} == {
        "Tord Alvin", "Mira Lök", "Edit Brandt", "Greta Norin"}


@pytest.mark.parametrize("snippet", [
    "Ordförande Beredningen för invånardialog är Tove Alm.",
    "Följande nätverk finns i länet: ett för chefer.",
    "Sammankallande palliativa samrådsgruppen är Bo Ek.",
])
def test_a_role_or_a_pointer_before_a_groups_word_names_no_group(snippet):
    assert not [n for n in entities(snippet) if n.startswith(("Ordförande", "Följande", "Sammankallande"))]


@pytest.mark.parametrize("snippet, name", [
    ("I mars arrangerar det nationella rådet för sällsynta sjukdomar (NRSS) en konferens.",
     "Nationella rådet för sällsynta sjukdomar"),
    ("Två ledamöter nomineras av Nationella arbetsgruppen för kunskapsstöd i elevhälsan (NAK-E).",
     "Nationella arbetsgruppen för kunskapsstöd i elevhälsan"),
])
def test_a_forums_name_reaches_as_far_as_its_short_form_spells(snippet, name):
    assert entities(snippet).get(name) == "CollaborationForum"


@pytest.mark.parametrize("snippet, employer", [
    ("– Vi får ta nya tag, säger Vera Lindh, anhörigkonsulent Sala.", "Sala kommun"),
    ("– Vi är glada, säger Vera Lindh, socialchef Boxholm.", "Boxholms kommun"),
])
def test_a_municipal_post_and_the_town_after_it_name_the_employer(snippet, employer):
    assert ("Vera Lindh", "worksFor", employer) in facts(snippet)


def test_a_county_written_with_a_hyphen_after_a_name_is_no_part_of_it():
    found = entities("Ledamöter\n\nOskar Tegnér Jämtland-Härjedalen\n\nLisa Lund-Berg, Mora")
    assert {n for n, kind in found.items() if kind == "Person"} == {"Oskar Tegnér", "Lisa Lund-Berg"}


def test_a_town_said_to_be_a_municipality_in_a_clause_after_att():
    found = entities("Orsaken är att Ljusnarsberg är den västmanländska kommun som har flest privata vårdgivare.")
    assert found.get("Ljusnarsbergs kommun") == "Organisation"


def test_the_kinds_of_staff_a_team_has_are_no_title_of_the_author_above():
    text = ("Minnesteamet i Hälsingland\n\nVera Lindh\n\nFoU Rapport 2008:1\n\n"
            "Teamet startade 2005. I teamet, som arbetar konsultativt gentemot personalen, finns arbetsterapeuter, "
            "biståndshandläggare och sjuksköterskor.")
    assert not [f for f in facts(text) if f[0] == "Vera Lindh" and f[1] == "title"]


def test_a_listed_college_named_after_a_person_is_no_person():
    found = entities("Elisabeth är lektor vid Marie Cederschiöld högskola i Stockholm.")
    assert found.get("Marie Cederschiöld högskola") == "Organisation"
    assert "Marie Cederschiöld" not in found


@pytest.mark.parametrize("snippet, name, not_names", [
    ("Hon utsågs av Barnmorskeföreningen i Sverige i fjol.", "Barnmorskeföreningen i Sverige", ()),
    ("Kommunen bildade företaget Hälsotorget i Torsby AB, som fick uppdraget.", "Hälsotorget i Torsby AB", ()),
    ("Bo Ek är vd för Vårdbolaget i Mora AB sedan i fjol.", "Vårdbolaget i Mora AB", ()),
    ("Ordinarie ledamot Sven Alm. Suppleant i Locum AB Eva Berg.", "Locum AB", ("Suppleant i Locum AB",)),
])
def test_an_association_or_company_named_with_i_and_its_place(snippet, name, not_names):
    found = entities(snippet)
    assert found.get(name) == "Organisation"
    assert not [n for n in not_names if n in found]


def test_a_board_named_by_its_capitalised_field_after_a_chairs_title():
    found = facts("– Vi vill använda resurserna bättre, säger Axel Ström (M), ordförande i Driftnämnden Närvård. "
                  "I diskussionen finns en samstämmighet.")
    assert ("Axel Ström", "leads", "Driftnämnden Närvård") in found


MEMBERS = ("Vilma Stråle", "Nore Hägglin", "Ines Pålsson", "Olle Vikström", "Stina Hedlund", "Kerstin Falk",
           "Tyra Engström", "Arvid Lund", "Malin Grahn", "Sixten Rudberg")
MINUTES = ("Minnesanteckningar - Ledningsgruppsmöte 2015-09\n\n2015-05-11\n1 (4)\nHilma Sandin\n"
           "Samordnare Samverkan Trollhättan\n"
           "Minnesanteckningar 2015-09-16\n"
           "Ledningsgrupp Samverkan Trollhättan\n"
           "_____________________________________________________________\n"
           "Närvarande\n" + "".join(m + "\n" for m in MEMBERS) + "x\nx\nx\n"
           "Ytterligare representation under mötet: Åsa Brink, enhetschef, samt Tom Lindell, sektionschef.\n"
           "Föredragande under punkten 2 var Kim Ahlgren.\n"
           "3. Rapport om Familjecentralen\n"
           "Kim Ahlgren, utvecklingsledare inom Socialtjänsten, föredrar utredningen.\n")


def test_a_rule_under_a_minutes_heading_parts_the_forum_from_who_was_there():
    found = facts(MINUTES)
    forum = "Ledningsgrupp Samverkan Trollhättan"
    assert {s for s, p, o in found if p == "participatesIn" and o == forum} == set(MEMBERS)


def test_a_person_on_the_line_after_a_centres_word_is_no_part_of_its_name():
    assert not [n for n in entities(MINUTES) if n.startswith("Familjecentralen")]


PREFACE = ("Regeringen beslutade den 2 mars 2017 att tillkalla en särskild utredare.\n\n"
           "Till särskild utredare förordnades förvaltningschefen Tove Ringdahl. Utredningen har tagit namnet "
           "Samlad utveckling för trygg hemvård (S 2017:02).\n\n"
           "Som huvudsekreterare i utredningen anställdes den 3 mars 2017 kanslirådet Elvira Sundin. Som sakkunniga "
           "till utredningen förordnades den 26 oktober 2017 kanslirådet Jonatan Bergdahl samt "
           "departementssekreterare Saga Lindmark. Departementssekreterare Saga Lindmark entledigades den 19 januari "
           "2018.")


def test_the_name_an_inquiry_took_and_who_its_preface_appoints():
    inquiry = "Samlad utveckling för trygg hemvård"
    assert entities(PREFACE).get(inquiry) == "Project"
    found = facts(PREFACE)
    assert ("Tove Ringdahl", "leads", inquiry) in found
    assert {s for s, p, o in found if p == "participatesIn" and o == inquiry} == {"Elvira Sundin", "Jonatan Bergdahl"}


def test_the_company_a_managing_director_runs_by_its_capitalised_name():
    found = facts("– Det är svårt att ta sig in, säger Olle Sandell, VD för Norrvik Primärvård. Sedan kom nästa fråga.")
    assert ("Olle Sandell", "worksFor", "Norrvik Primärvård") in found
    assert ("Olle Sandell", "leads", "Norrvik Primärvård") in found


def test_a_projects_name_ends_before_samt():
    found = entities("Hon är projektledare för Trygg väg hem samt verksamhetsutvecklare för nära vård.")
    assert "Trygg väg hem" in found
    assert not [n for n in found if n.endswith(" samt")]
