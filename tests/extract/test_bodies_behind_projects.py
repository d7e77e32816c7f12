"""Who stands behind a project or makes up a federation, and a report's authors in its colophon: "Bakom projektet
står A, B och C", "X är ett kommunalförbund som består av A, B samt C", "ISBN … Text: A och B Illustration: …".
All people and projects are invented."""
from snippets import entities, facts


def test_the_bodies_standing_behind_a_project_take_part_in_it():
    found = facts("Projekt Trygg hemresa startade 2019. Bakom projektet står Vårdförbundet, Region Skåne och "
                  "Malmö stad.")
    for org in ("Vårdförbundet", "Region Skåne", "Malmö stad"):
        assert (org, "participatesIn", "Trygg hemresa") in found


def test_bodies_that_stand_behind_a_named_project_take_part_in_it():
    found = facts("Region Skåne och Malmö stad står bakom projektet Trygg hemresa.")
    assert ("Region Skåne", "participatesIn", "Trygg hemresa") in found
    assert ("Malmö stad", "participatesIn", "Trygg hemresa") in found


def test_the_regions_a_federation_consists_of_are_its_members():
    found = facts("Norrlandsförbundet är ett kommunalförbund som består av Region Norrbotten, Region Västerbotten "
                  "samt Region Västernorrland.")
    for org in ("Region Norrbotten", "Region Västerbotten", "Region Västernorrland"):
        assert (org, "participatesIn", "Norrlandsförbundet") in found


def test_a_later_part_of_a_project_keeps_its_own_name_where_it_stands_whole():
    text = ("Slutrapport. Hemmaplan del 2.\n\n1 Slutrapport Hemmaplan del 2 Parter Projektägare: Vårdförbundet\n\n"
            "Projekt Hemmaplan del 2 är en fortsättning på projekt Hemmaplan mellan 2007 och 2009.")
    assert ("Vårdförbundet", "participatesIn", "Hemmaplan del 2") in facts(text)
    found = entities(text)
    assert found.get("Hemmaplan") == "Project"
    assert "Hemmaplan mellan 2007" not in found


COLOPHON = ("Upplysningar om innehållet: Jonny Persvik, FoU-samordnare, SKL © Sveriges Kommuner och Landsting, 2010 "
            "ISBN: 978-91-7164-509-8 Text: Johan Kostemaa och Thomas Tydell Illustration, framsida: SKL "
            "Produktion: Forsberg")


def test_the_text_credit_of_a_reports_colophon_names_its_authors():
    found = entities(COLOPHON)
    assert found.get("Johan Kostemaa") == "Person"
    assert found.get("Thomas Tydell") == "Person"


def test_the_text_credit_of_an_article_names_its_journalist_no_actor():
    found = entities("Nyheter. Text: Johan Kostemaa Foto: Thomas Tydell. Vårdcentralen i Ekby öppnar i höst.")
    assert "Johan Kostemaa" not in found and "Thomas Tydell" not in found


def test_a_centre_named_once_employs_whoever_its_genitive_stands_before():
    found = facts("Av 30 förvaltningar har Hjälpmedelskontoret det bästa resultatet. Tidningen har träffat "
                  "Hjälpmedelskontorets förvaltningsdirektör Ann-Kristin Ahlqvist.")
    assert ("Ann-Kristin Ahlqvist", "worksFor", "Hjälpmedelskontoret") in found
