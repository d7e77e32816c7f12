"""Names and then their posts in the same order, the last joined by "respektive": each name holds the post in its
own place, not the last name all of them. Every person and the forum are invented; the municipality is public."""
from snippets import facts


def test_two_names_and_two_posts_pair_in_order():
    found = facts("Inledningsvis talade Tove Lund och Ida Rask, vice ordförande respektive ordförande för "
                  "Gemensamma samverkansrådet, om avtalet.")
    assert ("Tove Lund", "title", "vice ordförande") in found
    assert ("Ida Rask", "title", "ordförande") in found
    assert ("Ida Rask", "title", "vice ordförande") not in found
    assert ("Ida Rask", "leads", "Gemensamma samverkansrådet") in found
    assert ("Tove Lund", "leads", "Gemensamma samverkansrådet") not in found


def test_three_names_and_three_posts_pair_in_order():
    found = facts("Till styrelsen valdes Per Al, Lena Ås och Siv Ny, ordförande, sekreterare respektive kassör.")
    assert {(s, o) for s, p, o in found if p == "title"} == {
        ("Per Al", "ordförande"), ("Lena Ås", "sekreterare"), ("Siv Ny", "kassör")}


def test_the_place_after_the_last_post_is_the_first_name_s_too():
    found = facts("Eva Ek och Bo Berg, socialchef respektive äldreomsorgschef i Mora kommun, berättade.")
    assert ("Eva Ek", "title", "socialchef") in found
    assert ("Bo Berg", "title", "äldreomsorgschef") in found
    assert ("Bo Berg", "title", "socialchef") not in found
    assert ("Eva Ek", "worksFor", "Mora kommun") in found and ("Bo Berg", "worksFor", "Mora kommun") in found


def test_names_and_posts_that_do_not_pair_give_nobody_the_wrong_post():
    found = facts("Eva Ek, socialchef respektive äldreomsorgschef i Mora kommun, berättade.")
    assert ("Eva Ek", "title", "äldreomsorgschef") not in found
