"""Patient and relatives' associations: "förbundets ordförande X" chairs the association the text names, and a
news headline that opens with a forum's cue word is no forum's name. Every snippet is invented and names no one
from the corpora."""
from snippets import entities, facts


def test_the_associations_chair_by_its_kinds_word():
    text = ("Astma- och Allergiförbundet har runt 20 000 medlemmar. Listan på Astma- och Allergiförbundets "
            "verksamheter är lång, och i år har förbundets ordförande Tove Lindahl rankats som mäktig i vården.")
    assert ("Tove Lindahl", "leads", "Astma- och Allergiförbundet") in facts(text)


def test_a_national_associations_chair_where_its_name_has_no_kind_word():
    text = ("SPF Seniorerna ordnade en konferens i Umeå för att lyssna på förbundets ordförande Göran Vallin och "
            "andra talare.")
    assert ("Göran Vallin", "leads", "SPF Seniorerna") in facts(text)


def test_a_headline_with_a_verb_after_the_cue_word_is_no_forums_name():
    text = ("Pensionärsråd rustade inför valet\n\nLedamöter i regionernas pensionärsråd samlades i Luleå för en "
            "konferens.")
    assert "Pensionärsråd rustade inför valet" not in entities(text)


def test_a_retired_professors_title_and_an_adjectives_definite_form():
    found = facts("Med på konferensen var Ingvar Malm, professor emeritus i geriatrik. Det sa SPF Seniorernas "
                  "sakkunnige Eva Strand.")
    assert ("Ingvar Malm", "title", "professor emeritus") in found
    assert ("Ingvar Malm", "title", "professor") not in found
    assert ("Eva Strand", "title", "sakkunnig") in found


def test_the_disability_umbrellas_county_branch_on_a_programme_row():
    found = facts("10.25 – 10.35 Jämlikhet i arbetet\n\nAnton Skog, Kanslichef Funktionsrätt Dalarna\n\n"
                  "10.35 – 10.45 Paus")
    assert ("Anton Skog", "worksFor", "Funktionsrätt Dalarna") in found
    assert ("Anton Skog", "title", "kanslichef") in found
