"""A collaboration's page that lists its seats ("Länsdelssamverkan, möten varje månad, deltagare:" over bullets
of "Socialchef från respektive kommun: A, B, C"), and a region's sectors named by place ("VO Primärvård Arjeplog",
"Division Nära"). Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts

PAGE = ("Områdessamverkan, möten fyra gånger per år, deltagare:\n\n"
        "  • Verksamhetsområdeschef (sammankallande): Tyra Holmqvist\n"
        "  • Socialchef från respektive kommun: Berit Alm, Jonas Rehn (t.f), Kajsa Öberg\n"
        "  • Barn och utbildningschef från respektive kommun\n"
        "  • Polisen\n")


def test_a_groups_one_word_name_over_its_seats_is_a_forum():
    assert entities(PAGE).get("Områdessamverkan") == "CollaborationForum"


def test_every_name_after_a_seats_label_holds_that_title_and_sits_in_the_group():
    found = facts(PAGE)
    for name in ("Berit Alm", "Jonas Rehn", "Kajsa Öberg"):
        assert (name, "title", "socialchef") in found
        assert (name, "participatesIn", "Områdessamverkan") in found
    assert ("Tyra Holmqvist", "title", "verksamhetsområdeschef") in found


def test_the_convener_leads_the_group_and_the_others_do_not():
    found = facts(PAGE)
    assert ("Tyra Holmqvist", "leads", "Områdessamverkan") in found
    assert not [f for f in found if f[1] == "leads" and f[0] != "Tyra Holmqvist"]


def test_a_body_alone_on_a_bullet_holds_a_seat():
    assert ("Polismyndigheten", "participatesIn", "Områdessamverkan") in facts(PAGE)


def test_a_heading_that_is_no_groups_name_makes_no_forum():
    text = PAGE.replace("Områdessamverkan, möten fyra gånger per år", "Arbetet i år")
    assert not [n for n, k in entities(text).items() if k == "CollaborationForum"]


def test_a_regions_sector_in_a_place_is_named_with_the_place_and_holds_its_units():
    found = facts("Primärvården i Region Norrbotten ingår i Division Nära.\n\n"
                  "VO Primärvård Arjeplog - består av Arjeplogs hälsocentral.\n"
                  "VO Primärvård Gällivare-området innefattar tre kommuner.")
    assert ("Division Nära", "partOf", "Region Norrbotten") in found
    assert ("Arjeplogs hälsocentral", "partOf", "VO Primärvård Arjeplog") in found
    named = entities("VO Primärvård Gällivare-området innefattar tre kommuner.")
    assert named.get("VO Primärvård Gällivare-området") == "Organisation"


def test_a_vice_chairs_seat_is_a_seat_not_the_lead():
    found = facts(PAGE.replace("Verksamhetsområdeschef (sammankallande)", "Vice ordförande"))
    assert ("Tyra Holmqvist", "participatesIn", "Områdessamverkan") in found
    assert ("Tyra Holmqvist", "leads", "Områdessamverkan") not in found
