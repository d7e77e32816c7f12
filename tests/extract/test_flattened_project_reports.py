"""A project report flattened from PDF: its title on the first line, the report's labels ("Projektägare:",
"Projektets löptid", "Syftet med förstudien") in its text; a municipal post with its town right after it, both
capitalised; a plural title over a list whose people each have their workplace between them. All names are
invented."""
from snippets import entities, facts

REPORT = ("Trygghet i vardagen\n\n"
          "1 Trygghet i vardagen - att pröva en modell för stöd till anhöriga. Slutrapport 2011 "
          "Projektägare: Vera Holmqvist, socialchef Hedemora 1(7)\n\n"
          "Projektorganisation Projektet har letts av två projektledare. Projektledarna Tove Granlid, "
          "Anhörigkonsulent Avesta och Elin Storbäck, Anhörigkonsulent Hedemora, har svarat för planeringen.")

PILOT = ("Hemnära rehab Norrbotten\n\nDiarienummer 2014-01234\nStatus Avslutat\n\n"
         "Syfte och mål\n\nSyftet med förstudien var att ta fram en modell för rehabilitering i hemmet.\n\n"
         "Projektets löptid januari 2014 - maj 2015")


def test_a_flattened_reports_title_is_its_project():
    assert entities(REPORT).get("Trygghet i vardagen") == "Project"


def test_a_pre_study_page_with_its_fields_is_a_project():
    assert entities(PILOT).get("Hemnära rehab Norrbotten") == "Project"


def test_a_capitalised_municipal_post_before_its_town():
    found = facts(REPORT)
    assert ("Tove Granlid", "worksFor", "Avesta kommun") in found
    assert ("Elin Storbäck", "worksFor", "Hedemora kommun") in found


def test_a_plural_title_over_a_list_with_workplaces_between():
    found = facts(REPORT)
    assert ("Tove Granlid", "leads", "Trygghet i vardagen") in found
    assert ("Elin Storbäck", "leads", "Trygghet i vardagen") in found
    found = facts("Samordnarna Pia Lund, Sala kommun, och Ann Berg, Region Västmanland, deltog.")
    assert ("Ann Berg", "title", "samordnare") in found


def test_two_lists_under_two_plural_titles_stay_apart():
    found = facts("Gruppen har bestått av utredarna Eva Ek och Bo Lind, analytikerna Per Ås och Lisa Berg.")
    assert ("Lisa Berg", "title", "utredare") not in found
    assert ("Lisa Berg", "title", "analytiker") in found
