"""A project page's cards and a hospital's appointment news: names over their addresses under one label, a centre
named as its owner writes it, a unit named by two fields, an acting post and a move to another post. Every person,
project and unit name is invented; regions and municipalities are public reference data."""
from snippets import entities, facts

PAGE = ("Utveckling av Hälsotorget Ekby\n\n"
        "Projektet ägs av KompetenCentrum för Hälsa, Landstinget Västmanland\n\n"
        "Projektägare:\n"
        "Ylva Strand\n"
        "ylva.strand@ltv.se\n\n"
        "Projektledare:\n"
        "Maja Bris\n"
        "maja.bris@ltv.se\n\n"
        "Ebba Lund Tillman\n"
        "ebba.tillman@ltv.se\n\n"
        "Slutrapport\n\n"
        "Syftet\n\n"
        "Att rikta insatser till dem som behöver dem mest.\n")


def test_a_surname_ending_in_s_over_its_address_is_whole():
    assert entities(PAGE)["Maja Bris"] == "Person"
    assert "Maja Bri" not in entities(PAGE)


def test_every_card_under_a_label_holds_it():
    found = facts(PAGE)
    for person in ("Maja Bris", "Ebba Lund Tillman"):
        assert (person, "leads", "Utveckling av Hälsotorget Ekby") in found
        assert (person, "title", "projektledare") in found
    assert ("Ylva Strand", "title", "projektledare") not in found


def test_a_centre_written_in_its_owners_capitals_is_part_of_the_county_council():
    found = facts(PAGE)
    assert entities(PAGE)["KompetenCentrum för Hälsa"] == "Organisation"
    assert ("KompetenCentrum för Hälsa", "partOf", "Landstinget Västmanland") in found
    assert ("KompetenCentrum för Hälsa", "participatesIn", "Utveckling av Hälsotorget Ekby") in found


def test_a_centre_of_two_fields_keeps_both():
    text = "Oskar Ekwall, verksamhetsledare på Centrum för Innovation och eHälsa, berättar om arbetet."
    assert entities(text)["Centrum för Innovation och eHälsa"] == "Organisation"
    assert ("Oskar Ekwall", "worksFor", "Centrum för Innovation och eHälsa") in facts(text)


def test_a_centre_planned_in_a_slides_bullet_is_no_organisation():
    text = "Program Ekby nära\n\n• Digital närhet\n\n• Kompetenscentrum för nära vård (planeras 2025)\n"
    assert entities(text).get("Kompetenscentrum för nära vård") != "Organisation"


NEWS = ("T.f. sjukhusdirektör utsedd\n\n"
        "Linnea Öst, för närvarande verksamhetschef Specialistcentrum Barn och Unga, går in som t.f sjukhusdirektör på "
        "Ekby sjukhus från och med 1:a maj. Linnea ersätter då Arvid Sund, som detta datum övergår till tjänsten som "
        "ekonomichef för Sjukhusen i väster.")


def test_a_unit_named_by_two_fields_is_whole():
    assert entities(NEWS)["Specialistcentrum Barn och Unga"] == "Organisation"
    assert ("Linnea Öst", "worksFor", "Specialistcentrum Barn och Unga") in facts(NEWS)


def test_an_acting_post_after_a_long_aside_is_hers():
    assert ("Linnea Öst", "title", "t.f sjukhusdirektör") in facts(NEWS)


def test_a_move_to_another_post_gives_its_title_but_a_function_head_leads_nothing():
    found = facts(NEWS)
    assert ("Arvid Sund", "title", "ekonomichef") in found
    assert ("Arvid Sund", "worksFor", "Sjukhusen i väster") in found
    assert ("Arvid Sund", "leads", "Sjukhusen i väster") not in found
