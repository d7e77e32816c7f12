"""An image's file name left on a line of its own ("Bo_Eva") is no part of the prose around it, and an English
post after a name ("Director Citizens & Societies") names no one. Every person is invented."""
from snippets import entities, text_of

PAGE = ("Länsstyrelsen i Ekby län samt Region Jämtland Härjedalen hälsar Er hjärtligt välkomna till Ekbydagen 2019\n\n"
        "Bo_Eva\n\n"
        "Landshövding Bo Lindqvist & ordförande i regionala utvecklingsnämnden Eva Rask inleder dagen.\n")


def test_a_file_name_on_its_own_line_joins_neither_the_line_before_nor_after():
    text = text_of(PAGE)
    assert [text.text[b.start:b.end] for b in text.blocks][1] == "Bo_Eva"


def test_the_name_after_the_file_name_is_read_whole():
    found = entities(PAGE)
    assert found.get("Bo Lindqvist") == "Person"
    assert not [n for n in found if "Landshövding" in n]


def test_an_english_post_after_a_name_names_no_one():
    found = entities("Talare: Olle Ring, Director Citizens & Societies, Ekby Future.")
    assert found.get("Olle Ring") == "Person"
    assert "Director Citizens" not in found
