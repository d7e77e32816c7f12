"""Agreements between regions and their bodies, and private care providers: a board named in full as a forum and
later by its bare name. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts, text_of
from naravard.extract.pipeline import extract


def test_a_boards_bare_name_is_the_forum_the_text_names_in_full():
    text = ("I dag antog Samverkansnämnden för Sydöstra sjukvårdsregionen ett nytt avtal. – Avtalet ger bättre "
            "förutsättningar, menar Jonas Kilander (M), ordförande för Samverkansnämnden.")
    found = entities(text)
    assert found.get("Samverkansnämnden för Sydöstra sjukvårdsregionen") == "CollaborationForum"
    assert "Samverkansnämnden" not in found
    assert ("Jonas Kilander", "leads", "Samverkansnämnden för Sydöstra sjukvårdsregionen") in facts(text)


def test_a_care_centre_by_its_own_name_alone_and_its_chief_in_the_genitive():
    text = ("Vårdcentralen Lärkan hamnade i botten av mätningen. – Vi ska bli bättre, säger Nora Ekwall, Lärkans "
            "chef. Patienterna på Lärkan svarade sällan.")
    found = entities(text)
    assert "Lärkan" not in found  # one care centre, not a second node by its short name
    assert ("Nora Ekwall", "worksFor", "Vårdcentralen Lärkan") in facts(text)



def test_a_photographers_name_ends_at_the_line_break_before_a_company():
    text = ("Distriktsläkaren Moa Ringqvist på Capio vårdcentral Gottsunda. Foto: Elis Brandt\n"
            "Capios verksamhet präglas av korta beslutsvägar.")
    found = entities(text)
    assert extract(text_of(text)).credits == ["Elis Brandt"]  # the photo's credit, no actor
    assert "Elis Brandt Capio" not in found and found.get("Capio") == "Organisation"


def test_a_private_practice_by_its_name_in_the_company_it_belongs_to():
    text = "Privatmottagningen Kvarnbacken som ingår i Praktikertjänst har förbättrat sitt resultat."
    found = entities(text)
    assert found.get("Kvarnbacken") == "Organisation"
    assert "Privatmottagningen" not in found
    assert ("Kvarnbacken", "partOf", "Praktikertjänst") in facts(text)


def test_care_centres_listed_by_their_own_names_after_the_plural():
    found = entities("Flera har förbättrat sina resultat, till exempel vårdcentralerna Lönnen, Tallbacken och "
                     "Ekdungen. Capio driver vårdcentralerna Haga och Lekeberg.")
    for centre in ("Lönnen", "Tallbacken", "Ekdungen", "Haga"):  # each named as it would be alone
        assert found.get(f"Vårdcentralen {centre}") == "Organisation", centre
    assert not [name for name in found if "Lekeberg" in name]  # a municipality's name, not a centre's own


def test_a_care_companys_unit_in_the_genitive_before_a_title():
    found = facts("Få har valt företagen. Men Attendo Omsorgs kundvalschef i region syd, Vera Lindgren, är nöjd.")
    assert ("Vera Lindgren", "worksFor", "Attendo Omsorg") in found
    assert ("Vera Lindgren", "title", "kundvalschef") in found


def test_a_care_centres_name_that_opens_with_a_given_name_is_no_person():
    found = entities("Namnen ändras, till exempel ”Bra Liv Bankeryd vårdcentral” och ”Gott Liv Tranås vårdcentral”.")
    assert not any(kind == "Person" for kind in found.values())
    assert found.get("Bra Liv Bankeryd vårdcentral") == "Organisation"
