"""Project plans and programme pages as they come out of a PDF: a page's head inside a name field, a report cover's
field labels, and the programme areas a page lists. The projects, programmes and people are invented."""
from snippets import entities, facts, named

PLAN = ("Region Norrbotten Utvecklingsavdelningen. Projektplan Trygg vård i glesbygd\n\n"
        "1 1 (26) Region Norrbotten Projektplan Trygg vård i glesbygd Projektägare: Vera Lundh, Utvecklingsavdelningen")

AREAS = ("Arbetsformer\n\n"
         "Hälso- och sjukvårdsdirektören driver arbetet med God och nära vård i Jämtland Härjedalen.\n\n"
         "Programområde Digitalisering/medicinsk teknik (pdf)\n\n"
         "Programområde Vårdform 1: Digitala vårdmöten (pdf)\n\n"
         "Programområde Prevention och goda levnadsvanor\n")


def test_a_pages_head_ends_a_plans_name_field():
    assert named(PLAN, "Project") == {"Trygg vård i glesbygd"}


def test_a_covers_field_label_after_a_name_is_no_surname():
    people = {n for n, k in entities("Författare Tilda Ström, Ebba Åkerlund Datum och ort, Eskilstuna 2019").items()
              if k == "Person"}
    assert people == {"Tilda Ström", "Ebba Åkerlund"}


def test_programme_areas_on_lines_of_their_own_are_parts_of_the_programme():
    assert named(AREAS, "Project") == {"God och nära vård i Jämtland Härjedalen",
                                        "Programområde Digitalisering/medicinsk teknik",
                                        "Programområde Vårdform 1: Digitala vårdmöten",
                                        "Programområde Prevention och goda levnadsvanor"}
    assert named(AREAS, "Organisation") == set()
    assert ("Programområde Vårdform 1: Digitala vårdmöten", "partOf", "God och nära vård i Jämtland Härjedalen") \
        in facts(AREAS)


def test_a_programme_area_in_running_text_is_no_project_of_its_own():
    text = "Inom programområde prevention finns flera projekt. Vi arbetar med levnadsvanor."
    assert named(text, "Project") == set()
