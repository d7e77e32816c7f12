"""Trade-press reports: whom the reporter met at a place ("På vårdcentralen i X träffar vi …", "X ligger i Y. Här
finns …") and a head's field of several words before the municipality. Every snippet is invented and names no one
from the corpora."""
from snippets import facts


def test_whom_the_reporter_meets_at_a_care_centre_works_there():
    found = facts("På vårdcentralen i Bergsjö träffar vi Selma Nordqvist, verksamhetsansvarig, som visar runt. "
                  "Mottagningen har öppet alla dagar.")
    assert ("Selma Nordqvist", "worksFor", "Vårdcentralen i Bergsjö") in found
    assert ("Selma Nordqvist", "leads", "Vårdcentralen i Bergsjö") in found


def test_a_companion_with_an_employer_of_her_own_keeps_it():
    found = facts("På vårdcentralen i Bergsjö träffar vi Selma Nordqvist, verksamhetsansvarig och Tova Rydell, strateg "
                  "på socialförvaltningen i Lunds kommun.")
    assert ("Selma Nordqvist", "worksFor", "Vårdcentralen i Bergsjö") in found
    assert ("Tova Rydell", "worksFor", "Vårdcentralen i Bergsjö") not in found
    assert ("Tova Rydell", "worksFor", "Socialförvaltningen i Lunds kommun") in found


def test_here_after_a_sentence_about_the_place_is_the_place():
    found = facts("Björkdalens vårdcentral ligger i Karlskoga. Här finns Oskar Fahlén, distriktsläkare som har arbetat "
                  "på orten sedan 1990.")
    assert ("Oskar Fahlén", "worksFor", "Björkdalens vårdcentral") in found
    assert ("Oskar Fahlén", "leads", "Björkdalens vårdcentral") not in found  # a doctor, not its head


def test_here_after_a_sentence_about_something_else_gives_nothing():
    found = facts("Vi åkte genom Karlskoga förbi Björkdalens vårdcentral. Här finns Oskar Fahlén, distriktsläkare.")
    assert not any(p == "worksFor" for s, p, o in found if s == "Oskar Fahlén")


def test_a_field_of_six_words_still_reaches_the_municipality():
    found = facts("Deltagaren Ylva Sandqvist, verksamhetschef för kommunal hälso- och sjukvård och äldreomsorg i "
                  "Mönsterås kommun, sammanfattade dagen.")
    assert ("Ylva Sandqvist", "worksFor", "Mönsterås kommun") in found
