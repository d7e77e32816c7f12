"""Appointment news: "klart att X blir hälso- och sjukvårdsdirektör", "I dag är regiondirektör X tillförordnad …",
"Vice ordförande i nämnden blir X". Every snippet is invented and names no one from the corpora."""
from snippets import facts


def test_the_post_someone_becomes_is_their_title():
    found = facts("Nu är det klart att Torvald Ekblad blir hälso- och sjukvårdsdirektör i Region Halland.")
    assert ("Torvald Ekblad", "title", "hälso- och sjukvårdsdirektör") in found
    assert ("Torvald Ekblad", "worksFor", "Region Halland") in found


def test_the_verb_before_its_subject_still_gives_the_post_after_the_name():
    found = facts("I dag är regiondirektör Linnea Storm tillförordnad hälso- och sjukvårdsdirektör men hon slutar "
                  "under våren.")
    assert ("Linnea Storm", "title", "regiondirektör") in found
    assert ("Linnea Storm", "title", "tillförordnad hälso- och sjukvårdsdirektör") in found


def test_the_board_by_no_name_leaves_the_bare_post():
    found = facts("Vice ordförande i nämnden blir Kasper Holmgren (C) och andre vice ordförande Vera Lindqvist (S).")
    assert ("Kasper Holmgren", "title", "vice ordförande") in found
    assert ("Kasper Holmgren", "title", "vice ordförande i nämnden") not in found


def test_a_named_board_stays_in_the_chair_title():
    found = facts("Kasper Holmgren (C) är ordförande i socialnämnden sedan valet.")
    assert ("Kasper Holmgren", "title", "ordförande i socialnämnden") in found


def test_the_head_of_an_administration_by_the_passive_works_there():
    found = facts("Stadens äldreomsorg sköts av Omsorgsförvaltningen. Arbetet i Omsorgsförvaltningen leds av tf "
                  "omsorgsdirektör Gunvor Tellström. Socialnämnden leds av Åke Nordby (S).")
    assert ("Gunvor Tellström", "leads", "Omsorgsförvaltningen") in found
    assert ("Gunvor Tellström", "worksFor", "Omsorgsförvaltningen") in found
    assert ("Åke Nordby", "worksFor", "Socialnämnden") not in found  # a board's chair is no employee of it


def test_a_body_that_appoints_someone_to_a_post_gives_her_its_title():
    found = facts("Regionstyrelsen har beslutat att utse Ola Lind till tillförordnad regiondirektör från januari. "
                  "I samband med det går uppdraget som tillförordnad hälso- och sjukvårdsdirektör till Vera Sand.")
    assert ("Ola Lind", "title", "tillförordnad regiondirektör") in found
    assert ("Vera Sand", "title", "tillförordnad hälso- och sjukvårdsdirektör") in found
    assert ("Ola Lind", "title", "tillförordnad hälso- och sjukvårdsdirektör") not in found


def test_someone_who_has_stepped_in_as_chair_holds_the_post():
    found = facts("Olle Berg (C) har trätt in som ny ordförande för socialnämnden.")
    assert [o for s, p, o in found if s == "Olle Berg" and p == "title" and o.startswith("ordförande")]


def test_a_headline_naming_the_new_head_of_a_unit():
    found = facts("Vera Sand ny chef för Psykiatrin Halland\n\n"
                  "Regionstyrelsen har i dag utsett Vera Sand till ny psykiatrichef i Region Halland.")
    assert ("Vera Sand", "leads", "Psykiatrin Halland") in found
    assert ("Vera Sand", "worksFor", "Region Halland") in found


def test_ny_after_a_name_inside_a_sentence_is_no_headline():
    found = facts("Vi har fått en ny chef för Psykiatrin Halland, sa Vera Sand ny chef för Psykiatrin Halland.")
    assert ("Vera Sand", "title", "chef") not in found
