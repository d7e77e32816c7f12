"""A project's partners listed by unknown names, a caption's people beside the offices and libraries they work at,
a successor's new post, a surname that ends in -s, and a project's name of five words. Every person, company and
project is invented; regions and municipalities are public reference data."""
from snippets import entities, facts


def test_a_projects_partners_listed_after_a_colon_take_part_in_it_however_unknown_their_names():
    text = ("Vinnova har beviljat finansiering för projektet Hemma för en åldrande bygd som startar i januari. "
            "Projektet är ett samverkansprojekt där Vingåkers kommun är projektägare med följande aktörer som "
            "projektparter: Kvistra, Omnilog samt Studieförbundet Vuxenskolan.")
    found = facts(text)
    for partner in ("Kvistra", "Omnilog", "Studieförbundet Vuxenskolan"):
        assert (partner, "participatesIn", "Hemma för en åldrande bygd") in found, partner
    assert entities(text).get("Kvistra") == "Organisation"


def test_a_partner_list_does_not_make_bodies_of_people_or_places():
    found = entities("Projektet Trygg vardag startar i maj. Partners: Eva Berg, Kvistra och Mora.")
    assert found.get("Kvistra") == "Organisation"
    assert found.get("Eva Berg") == "Person"
    assert "Mora" not in found


def test_a_sections_heading_about_the_project_is_not_its_name():
    found = entities("Om projektet\n\nProjektet Trygg vardag startade 2024 i Mora kommun.")
    assert "Om projektet" not in found
    assert found.get("Trygg vardag") == "Project"


def test_a_name_that_ran_on_into_an_article_is_cut_before_it():
    found = entities("Resultat\n\nProjektet Första dagen hemma med en ny modell visade goda resultat.")
    assert found.get("Första dagen hemma") == "Project"


def test_a_captions_people_work_at_the_office_or_library_written_after_their_names():
    text = ("Stående från vänster: Annika Brolin EU-projektkontoret Region Västerbotten, Gerd Lind Umeå kommun, "
            "Maria Strömgren Länsbiblioteket, Stefan Byggén Robertsfors kommun.")
    found = facts(text)
    assert ("Annika Brolin", "worksFor", "EU-projektkontoret") in found
    assert ("Maria Strömgren", "worksFor", "Länsbiblioteket") in found
    assert ("Gerd Lind", "worksFor", "Umeå kommun") in found
    assert "Maria Strömgren Länsbiblioteket" not in entities(text)


def test_the_post_she_succeeds_to_is_hers_not_her_predecessors():
    text = ("Tidigare arbetade Agnes Wallin som vård- och omsorgschef i Sala kommun. Den 1 augusti efterträdde hon "
            "Ingrid Grahn som chef för socialkontoret i Strängnäs kommun, när hon gick i pension.")
    found = facts(text)
    assert ("Agnes Wallin", "title", "chef för socialkontoret") in found
    assert ("Agnes Wallin", "leads", "Socialkontoret") in found
    assert not any(f[0] == "Ingrid Grahn" and f[1] in ("title", "leads", "worksFor") for f in found)


def test_a_surname_ending_in_s_read_as_a_genitive_once_is_whole_where_the_text_writes_it_so():
    text = ("Anna Roos jobbar för En väg in\n\nBarn ska få hjälp snabbare, säger Anna Roos (C), ledamot i "
            "regionfullmäktige.\n\nDet blir bra, säger Anna Roos.")
    found = entities(text)
    assert found.get("Anna Roos") == "Person"
    assert "Anna Roo" not in found


def test_a_genitive_stays_a_genitive_where_the_name_is_written_without_it():
    found = entities("Eva Nergård ledde arbetet. Eva Nergårds utredning kom i maj.")
    assert found.get("Eva Nergård") == "Person"
    assert "Eva Nergårds" not in found


def test_a_programmes_line_ends_the_name_before_its_talks_adjective_and_gives_the_employer():
    text = ("Program\n\nEmma Strand samordnare för Nära vård vid Sveriges Kommuner och landsting (SKL). Petter "
            "Bergvik Glesbygdsmedicinskt centrum Storuman - ”Primärvård i utkant”. Hjärtsvikt med kardiolog "
            "Dan Olsén Senaste nytt om behandlingen.")
    found = facts(text)
    people = {n for n, kind in entities(text).items() if kind == "Person"}
    assert people == {"Emma Strand", "Petter Bergvik", "Dan Olsén"}
    assert ("Emma Strand", "title", "samordnare") in found
    assert ("Emma Strand", "worksFor", "Sveriges Kommuner och Landsting") in found
    assert ("Petter Bergvik", "worksFor", "Glesbygdsmedicinskt centrum") in found
    assert ("Dan Olsén", "title", "kardiolog") in found


def test_a_group_named_by_whose_post_holders_meet_and_its_members_after_a_semicolon():
    text = ("Samråd om vattendirektivet\nTorben Ekvall, enhetschef Länsstyrelsen Värmland, Kommundirektörernas "
            "arbetsgrupp; Hans Karling, Arvika kommun, Claes Holmén, Filipstads kommun samt representant från "
            "Region Värmland\n")
    found = facts(text)
    assert entities(text).get("Kommundirektörernas arbetsgrupp") == "CollaborationForum"
    assert ("Hans Karling", "participatesIn", "Kommundirektörernas arbetsgrupp") in found
    assert ("Claes Holmén", "participatesIn", "Kommundirektörernas arbetsgrupp") in found
    assert ("Torben Ekvall", "participatesIn", "Kommundirektörernas arbetsgrupp") not in found


def test_a_federation_named_by_its_town_stops_before_a_given_name():
    text = "Förbundssamordnare för Samordningsförbundet Västerås Ann-Kristin Ekvall, för kontakt se Kontakt."
    found = facts(text)
    assert "Samordningsförbundet Västerås Ann-Kristin" not in entities(text)
    assert ("Ann-Kristin Ekvall", "worksFor", "Samordningsförbundet Västerås") in found


def test_a_post_still_held_some_days_a_week_after_two_titles_is_the_same_persons():
    text = ("Lars Agrell är specialist i allmänmedicin, professor och fortfarande verksam några dagar i veckan som "
            "distriktsläkare vid Öregrunds vårdcentral i Uppland.")
    found = facts(text)
    assert ("Lars Agrell", "title", "distriktsläkare") in found
    assert ("Lars Agrell", "worksFor", "Öregrunds vårdcentral") in found


def test_a_quotes_tag_ending_on_the_heads_unit_names_the_unit_she_leads():
    found = facts("– Vi hjälper människor i hemmet, säger Karin Gustavsdotter, enhetschef Hemsjukvården.")
    assert ("Karin Gustavsdotter", "leads", "Hemsjukvården") in found
    assert ("Karin Gustavsdotter", "worksFor", "Hemsjukvården") in found
