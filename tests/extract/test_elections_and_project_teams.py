"""Who is elected to which post when a news item leaves the verb out, whose post it is when a predecessor or a new
clause follows, names with a capitalised particle, and a project report's team. All people are invented."""
from snippets import entities, facts

ELECTED = ("Gustav Lindqvist (M), blev vald till ordförande för regionstyrelsen, Solveig Ahlberg (C) till första "
           "vice ordförande och Tor Wikander (S) till andra vice ordförande.\n")


def test_the_elected_one_holds_the_post_not_the_next_name():
    found = facts(ELECTED)
    assert ("Gustav Lindqvist", "title", "ordförande för regionstyrelsen") in found
    assert ("Solveig Ahlberg", "title", "ordförande för regionstyrelsen") not in found


def test_each_name_after_till_takes_the_post_the_verb_left_out():
    found = facts(ELECTED)
    assert ("Solveig Ahlberg", "title", "första vice ordförande") in found
    assert ("Tor Wikander", "title", "andra vice ordförande") in found


def test_the_predecessor_after_efter_does_not_take_the_post():
    found = facts("Det är klart att Lovisa Brandt (KD) blir ordförande i regionstyrelsen efter Holger Nyqvist (M).\n")
    assert ("Lovisa Brandt", "title", "ordförande i regionstyrelsen") in found
    assert not any(s == "Holger Nyqvist" for s, _, _ in found)


def test_a_name_after_a_new_clause_does_not_take_the_post():
    found = facts("Hon blev regionråd på heltid när Maj Sörensen kom in i riksdagen.\n")
    assert ("Maj Sörensen", "title", "regionråd") not in found


def test_a_part_time_councillor_is_a_title_not_a_council():
    text = "Ekholm deltidsråd\n\nFör Miljöpartiet är det klart att Ingrid Ekholm blir deltidsråd.\n"
    assert "CollaborationForum" not in entities(text).values()
    assert ("Ingrid Ekholm", "title", "deltidsråd") in facts(text)


def test_a_capitalised_particle_after_a_given_name_is_part_of_the_name():
    assert entities("Den största verksamheten får Rachel De Vries från nyår.\n").get("Rachel De Vries") == "Person"


REPORT = ("Hemmastöd samarbete\n\n"
          "1 Erfarenheter av att utveckla metoder för stöd i hemmet.\n\n"
          "2 Förord Vi vill rikta ett särskilt tack till Hedda Lönn (processtödjare inom Samordningsförbundet "
          "Norra Bohuslän) som varit ett stort stöd. Projektledare: Agnes Wiklöf Övriga i teamet under projektets "
          "sista år (2015) Gunnar Ekvall psykolog Stina Ahlqvist sjukgymnast Ivar Holmén arbetsterapeut För mer "
          "information eller kontakt: Agnes Wiklöf Telefon: 010-123 45 67\n\n"
          "3 Sammanfattning Syftet med projektet har varit att i team utreda arbetsförmåga. Empirin anknyter till "
          "FoU-projektet ”Rörelseglädje” som pågår.\n")


def test_a_report_titled_by_a_noun_in_ete_names_its_project():
    assert entities(REPORT).get("Hemmastöd samarbete") == "Project"
    assert ("Agnes Wiklöf", "leads", "Hemmastöd samarbete") in facts(REPORT)


def test_the_rest_of_the_team_take_part_up_to_the_next_field():
    found = facts(REPORT)
    for name in ("Gunnar Ekvall", "Stina Ahlqvist", "Ivar Holmén"):
        assert (name, "participatesIn", "Hemmastöd samarbete") in found
    assert ("Agnes Wiklöf", "participatesIn", "Hemmastöd samarbete") not in found


def test_a_process_supporter_in_brackets_has_title_and_employer():
    found = facts(REPORT)
    assert ("Hedda Lönn", "title", "processtödjare") in found
    assert ("Hedda Lönn", "worksFor", "Samordningsförbundet Norra Bohuslän") in found


def test_a_quoted_name_after_a_hyphenated_cue_is_a_project():
    assert entities(REPORT).get("Rörelseglädje") == "Project"
