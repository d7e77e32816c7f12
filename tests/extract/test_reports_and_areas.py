"""How FoU reports and regional pages name their authors and bodies: a reference's authors written surname
first, an FoU unit with its field after its area and its short form, and the collaboration of an area named
by that area. Every snippet is invented and names no one from the corpora."""
from naravard.extract.pipeline import extract
from snippets import entities, facts, named, text_of


def test_a_references_authors_written_surname_first_are_people():
    found = entities("Rapporter:\nLind, Margit, Sjödal, Olof & Ek, Anneli (2015).")
    for name in ("Margit Lind", "Olof Sjödal", "Anneli Ek"):
        assert found.get(name) == "Person"


def test_a_surname_and_a_place_before_a_year_are_no_author():
    found = entities("Sedan dess har Umeå, Piteå (2015) och Luleå anslutit sig.")
    assert not [name for name, kind in found.items() if kind == "Person"]


def test_an_fou_units_field_after_its_area_and_its_short_form_name_one_unit():
    found = entities("FoU Fyrstad Välfärd (FoUF) fick i uppdrag att utvärdera arbetet. FoUF finansierade det.")
    assert [name for name in found if name.startswith("FoU")] == ["FoU Fyrstad Välfärd"]


def test_an_areas_collaboration_is_a_forum_and_its_bare_compound_names_it_again():
    found = entities("Vi följde Närvårdssamverkan Norra Fyrstad i tre år. Närvårdssamverkan startade 2011.")
    assert found.get("Närvårdssamverkan Norra Fyrstad") == "CollaborationForum"
    assert [name for name in found if name.startswith("Närvårdssamverkan")] == ["Närvårdssamverkan Norra Fyrstad"]


def test_a_mas_in_a_town_works_for_that_municipality_even_after_a_title_cased_post():
    found = facts("Podden med Rut Falk, Medicinskt Ansvarig Sjuksköterska, MAS i Härnösand. Ett samtal om trygghet.")
    assert ("Rut Falk", "title", "medicinskt ansvarig sjuksköterska") in found
    assert ("Rut Falk", "title", "MAS") in found
    assert ("Rut Falk", "worksFor", "Härnösands kommun") in found


def test_a_meetings_weekday_is_no_part_of_the_committees_name():
    found = entities("FÖREDRAGNINGSLISTA Beredningen för äldre och sjuka måndagen den 16 februari 2015 kl 13")
    assert found.get("Beredningen för äldre och sjuka") == "CollaborationForum"


def test_a_bare_compound_names_no_area_when_the_text_names_two():
    text = text_of("Vi jämförde Närvårdssamverkan Norra Fyrstad med Närvårdssamverkan Södra Fyrstad. "
                   "Närvårdssamverkan startade 2011.")
    found = extract(text).entities
    assert ("CollaborationForum", "Närvårdssamverkan Norra Fyrstad") in found
    assert ("CollaborationForum", "Närvårdssamverkan Södra Fyrstad") in found
    surfaces = [m.surface for e in found.values() for m in e.mentions]
    assert "Närvårdssamverkan" not in surfaces  # which of the two it means, the text does not say


REORGANISATION = ("Förvaltningen har gått från tio områden till fyra.\n\n"
                  "Det nya området Område nära vård består i huvudsak av de tidigare närsjukvårdsområdena samt område "
                  "habilitering och hjälpmedel.\n\n"
                  "Till det nya området Område specialiserad vård hör tidigare område opererande och onkologi, område "
                  "thorax, kärl och diagnostik samt område medicin och rehabilitering.")


def test_areas_a_reorganisation_writes_in_lower_case_beside_its_named_ones():
    assert named(REORGANISATION, "Organisation") == {
        "Område nära vård", "Område specialiserad vård", "Område habilitering och hjälpmedel",
        "Område opererande och onkologi", "Område thorax, kärl och diagnostik", "Område medicin och rehabilitering"}


def test_the_areas_put_inside_another_are_part_of_it():
    found = facts(REORGANISATION)
    assert ("Område habilitering och hjälpmedel", "partOf", "Område nära vård") in found
    assert ("Område thorax, kärl och diagnostik", "partOf", "Område specialiserad vård") in found


def test_an_area_in_lower_case_alone_is_no_unit():
    assert named("Inom område äldreomsorg finns mycket att göra.", "Organisation") == set()
