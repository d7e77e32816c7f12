"""A parliament's debate record and a seminar's programme: the title the record puts before a speaker's name, a body
named in English after a name, and a plural title before a long list of names. Every person is invented; regions,
parties and national bodies are public reference data."""
from snippets import entities, facts


def test_a_title_opening_a_speakers_record_line_is_no_part_of_the_name():
    # (a given name no list of Swedish names has: the record marks the name by its place and party)
    text = "Anf. 117 Statsrådet Farrokh Shekarvand (S)\n\nFru talman! Jag har fått en fråga om vården.\n"
    assert entities(text).get("Farrokh Shekarvand") == "Person"
    assert ("Farrokh Shekarvand", "title", "statsråd") in facts(text)


def test_a_body_named_in_english_after_a_names_comma_is_no_person():
    text = ("Därefter följer ett samtal under ledning av Anna Carling, Reform Society, där publiken "
            "diskuterar framtidens vård.")
    assert "Reform Society" not in entities(text)


def test_a_plural_title_before_a_long_list_of_names_is_every_ones():
    found = facts("Välkomna hälsar gruppledarna för den borgerliga alliansen i Region Västerbotten, Nils Sandvik(M), "
                  "Eva-Maj Karlgren (C), Maria Lundvall Brömsen (L) och Hans-Ivar Smedberg (KD).")
    for person in ("Nils Sandvik", "Eva-Maj Karlgren", "Maria Lundvall Brömsen", "Hans-Ivar Smedberg"):
        assert (person, "title", "gruppledare") in found


def test_rows_of_name_dash_title_a_blank_line_apart_stay_apart_and_a_dash_marks_the_name():
    text = ("Nina Cherlin – Musikterapeut med erfarenhet av arbete såväl i Sverige som England och Indien\n\n"
            "Farrokh Tribel – Ordförande Hälso- och sjukvårdsnämnden Region Skåne\n")
    found = entities(text)
    assert found.get("Farrokh Tribel") == "Person"
    assert "Indien Farrokh Tribel" not in found
    assert ("Farrokh Tribel", "title", "ordförande") in facts(text)
