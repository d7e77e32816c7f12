"""A pilot study's report flattened from PDF: its title over "- En förstudie", who ran it, its leader and "Övriga
resurser i förstudien har varit; …", and a school named by its field. All people and bodies are invented."""
from snippets import entities, facts

REPORT = ("Projektrapport 1(20) Bättre mat hemma för äldre - En förstudie Ylva Strandberg, projektledare\n\n"
          "Projektrapport 2(20) Förord Förstudien har drivits av Inköp Jämtland med finansiering via "
          "Region Västmanland. Projektledare för förstudien har varit; Ylva Strandberg, doktorand vid Nordiska "
          "högskolan för folkhälsovetenskap. Övriga resurser i förstudien har varit; Torvald Ekbom, controller "
          "Inköp Jämtland, Siri Hägglund, Region Västmanland.\n")


def test_a_reports_title_over_en_forstudie_names_the_study():
    assert entities(REPORT).get("Bättre mat hemma för äldre") == "Project"
    assert ("Ylva Strandberg", "leads", "Bättre mat hemma för äldre") in facts(REPORT)


def test_a_school_named_by_its_field_employs_its_doctoral_student():
    assert entities(REPORT).get("Nordiska högskolan för folkhälsovetenskap") == "Organisation"
    assert ("Ylva Strandberg", "worksFor", "Nordiska högskolan för folkhälsovetenskap") in facts(REPORT)
    assert "Högskolan för att" not in " ".join(entities("Hon gick till Högskolan för att läsa.\n"))


def test_a_body_named_after_a_title_is_found_again_where_it_runs_the_study():
    assert ("Inköp Jämtland", "participatesIn", "Bättre mat hemma för äldre") in facts(REPORT)


def test_the_other_people_of_the_study_take_part_in_it():
    found = facts(REPORT)
    for name in ("Torvald Ekbom", "Siri Hägglund"):
        assert (name, "participatesIn", "Bättre mat hemma för äldre") in found
    assert ("Torvald Ekbom", "worksFor", "Inköp Jämtland") in found


def test_a_modal_verb_ends_a_forums_name():
    found = entities("Arbetsgruppen för arbetsterapeuter vill stimulera till utveckling.\n")
    assert found.get("Arbetsgruppen för arbetsterapeuter") == "CollaborationForum"
