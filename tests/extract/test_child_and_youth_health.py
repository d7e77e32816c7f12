"""Pages on children's and young people's health: towns where receptions lie are places, a project's name of three
words in lower case, a Dutch surname particle, and a definite title with its workplace before the name. Every
snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_towns_where_receptions_lie_are_places_not_municipalities():
    found = entities("Mottagningarna ligger i Varberg och Falkenberg. Utbudet förstärks på orterna Kumla, Askersund, "
                     "Nora och Laxå.")
    assert not {"Varbergs kommun", "Falkenbergs kommun", "Kumla kommun", "Askersunds kommun", "Nora kommun",
                "Laxå kommun"} & set(found)


def test_towns_listed_as_partners_are_still_municipalities():
    found = entities("Piloten startar i Varberg och Falkenberg i höst.")
    assert found.get("Varbergs kommun") == "Organisation"


def test_a_project_name_of_three_words_in_lower_case_then_its_county():
    found = entities("Därför startades samverkansprojektet Tryggare för barnens hälsa i Kronoberg, med målbilden att "
                     "barn ska må bra.")
    assert found.get("Tryggare för barnens hälsa i Kronoberg") == "Project"


def test_a_surname_with_a_dutch_particle():
    found = facts("Hon och Greta ten Hoeve, chef för barnpsykiatrin, tog emot priset.")
    assert ("Greta ten Hoeve", "title", "chef") in found


def test_a_definite_title_with_its_workplace_before_the_name():
    found = facts("Enhetschefen vid Region Kronoberg, Lova Tennberg, håller med.")
    assert ("Lova Tennberg", "title", "enhetschef") in found
    assert ("Lova Tennberg", "worksFor", "Region Kronoberg") in found


def test_an_organisation_alone_in_brackets_after_names_employs_them():
    found = facts("Projektgruppen: Josefin Tallberg (Vingåkers kommun), Rasmus Ekholt och Sanna Myrén "
                  "(Region Sörmland).")
    assert ("Josefin Tallberg", "worksFor", "Vingåkers kommun") in found
    assert ("Rasmus Ekholt", "worksFor", "Region Sörmland") in found
    assert ("Sanna Myrén", "worksFor", "Region Sörmland") in found
    assert ("Josefin Tallberg", "worksFor", "Region Sörmland") not in found


def test_a_plural_title_before_names_with_a_note_in_brackets_between():
    found = facts("Det är undersköterskorna Edla Storm (specialistundersköterska) och Signe Falk som utgör teamet.")
    assert ("Edla Storm", "title", "undersköterska") in found
    assert ("Signe Falk", "title", "undersköterska") in found


def test_a_universitys_school_by_its_town():
    found = facts("Siri Fältskog, universitetslektor Hälsohögskolan Jönköping, följer arbetet.")
    assert ("Siri Fältskog", "worksFor", "Hälsohögskolan Jönköping") in found


def test_a_care_service_by_its_short_name_and_town():
    found = facts("Barnhälsovården: Nora Vesterlid, bitr. verksamhetschef BHV Göteborg Nordost, berättar.")
    assert entities("Hon jobbar på BUP Skellefteå sedan 2019.").get("BUP Skellefteå") == "Organisation"
    assert ("Nora Vesterlid", "worksFor", "BHV Göteborg Nordost") in found
