"""A newsletter's masthead and the staff it names together. The people are invented; the regions and their
psychiatric care units are public reference data."""
from snippets import facts, named

MASTHEAD = ("PSYKIATRIN DALARNAS NYHETSBREV vänder sig till alla våra samarbetspartner och beskriver deras roller. "
            "Har du frågor, skicka ett e-brev till redaktören Olle Strand\n\n"
            "Ansvarig utgivare: Bo Lind, förvaltningschef, Psykiatrin Dalarna\n\n"
            "Lena Berg, Eva Åkesson och Sara Holm är Psykiatrin Dalarnas tre dietister. Snart kommer fler.")


def test_a_masthead_line_ends_at_the_blank_line_below_it():
    # the unit's name does not run on into the first name of the next paragraph
    assert named(MASTHEAD, "Organisation") == {"Psykiatrin Dalarna"}
    assert ("Bo Lind", "leads", "Psykiatrin Dalarna") in facts(MASTHEAD)


def test_a_plural_title_in_the_owners_genitive_is_each_ones():
    found = facts(MASTHEAD)
    for person in ("Lena Berg", "Eva Åkesson", "Sara Holm"):
        assert (person, "title", "dietist") in found
        assert (person, "worksFor", "Psykiatrin Dalarna") in found


def test_a_singular_title_after_two_names_is_only_the_nearest_ones():
    found = facts("Per Ek och Anna Sjö är Region Dalarnas nya hälso- och sjukvårdsdirektör.")
    assert ("Anna Sjö", "title", "hälso- och sjukvårdsdirektör") in found
    assert ("Per Ek", "title", "hälso- och sjukvårdsdirektör") not in found


def test_a_care_sector_named_with_its_regions_full_name_is_the_regions_unit():
    found = facts("– Det blir enklare för patienterna, säger Alva Lund, förvaltningschef Närsjukvården Region Halland.")
    assert ("Alva Lund", "leads", "Närsjukvården Halland") in found
    assert ("Närsjukvården Halland", "partOf", "Region Halland") in found
