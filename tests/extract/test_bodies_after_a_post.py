"""The body a post is held at, written as one word after "på", "vid" or "hos" ("FoU-chef på Nestor"), and a unit
named "X och y" right after a director's title ("förvaltningsdirektör Hälsa och habilitering"). A place after the
same words is no body. All names are invented."""
from snippets import entities, facts


def test_one_capitalised_word_after_a_post_and_pa_is_a_body():
    found = facts("Den 3 maj börjar Tyra Ekholm som FoU-chef på Nordvinden.")
    assert ("Tyra Ekholm", "worksFor", "Nordvinden") in found
    found = facts("Moa Lindh är undersköterska på Solängen.")
    assert ("Moa Lindh", "worksFor", "Solängen") in found


def test_a_place_after_a_post_and_pa_is_no_body():
    found = facts("Ella Storm är sjuksköterska på Gotland sedan i våras.")
    assert not any(name == "Gotland" for name in entities("Ella Storm är sjuksköterska på Gotland."))
    assert ("Ella Storm", "worksFor", "Gotland") not in found


def test_a_unit_and_its_field_after_a_directors_title():
    found = facts("Greta Wiklund, förvaltningsdirektör Vård och stöd")
    assert ("Greta Wiklund", "worksFor", "Vård och stöd") in found
    assert ("Greta Wiklund", "leads", "Vård och stöd") in found
