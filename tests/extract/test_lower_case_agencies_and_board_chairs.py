"""An agency written in lower case by the name that says what it is, an agency whose name ends in s before a date,
and the chair of "the board" the text named before. Agencies are public reference data; every person is invented."""
from snippets import entities, facts


def test_an_agency_in_lower_case_by_its_full_name_employs_its_director():
    text = "Lina Torp tillträder som generaldirektör för myndigheten för vård- och omsorgsanalys den 1 september."
    assert entities(text).get("Myndigheten för vård- och omsorgsanalys") == "Organisation"
    found = facts(text)
    assert ("Lina Torp", "worksFor", "Myndigheten för vård- och omsorgsanalys") in found
    assert ("Lina Torp", "leads", "Myndigheten för vård- och omsorgsanalys") in found


def test_a_name_ending_in_s_before_a_date_is_no_genitive():
    found = facts("Lina Torp blir generaldirektör för Vårdanalys den 1 september.")
    assert ("Lina Torp", "worksFor", "Myndigheten för vård- och omsorgsanalys") in found


def test_the_chair_of_the_board_the_text_named_before():
    found = facts("Vårdcentralen kan komma att byggas ut. Det beslutade östra hälso- och sjukvårdsnämnden på "
                  "onsdagen.\nEnligt ordföranden i nämnden, Siv Moberg, kan det bli två nya vårdcentraler.")
    assert ("Siv Moberg", "leads", "Östra hälso- och sjukvårdsnämnden") in found


def test_with_two_boards_named_the_board_is_nobodys_guess():
    found = facts("Det beslutade socialnämnden och östra hälso- och sjukvårdsnämnden på onsdagen. Enligt "
                  "ordföranden i nämnden, Siv Moberg, blir det två nya vårdcentraler.")
    assert not [f for f in found if f[0] == "Siv Moberg" and f[1] == "leads"]


def test_a_title_she_is_to_hold_after_som_kommer_vara_ny():
    found = facts("– Jag lär mig allt om verksamheten, säger Vera Lind (M) som kommer vara ny socialnämndens ordförande.")
    assert ("Vera Lind", "title", "socialnämndens ordförande") in found


def test_a_county_in_the_genitive_before_a_title_is_her_region():
    found = facts("Tidningen har träffat Olle Brand, Västmanlands hälso- och sjukvårdsdirektör.")
    assert ("Olle Brand", "title", "hälso- och sjukvårdsdirektör") in found
    assert ("Olle Brand", "worksFor", "Region Västmanland") in found


def test_a_town_that_shares_its_name_with_a_county_names_no_region_before_a_title():
    found = entities("Tidningen har träffat Olle Brand, Uppsalas sjukvårdsdirektör.")
    assert "Region Uppsala" not in found


def test_a_national_bodys_och_written_as_an_ampersand():
    found = facts("Lina Torp, Sveriges Kommuner & Landsting, var på plats.")
    assert ("Lina Torp", "worksFor", "Sveriges Kommuner och Landsting") in found
