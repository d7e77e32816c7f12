"""A board's committee on one field ("Sjukhusutskottet", "Primärvårds- och psykiatriutskottet") is a unit of the
board, an organisation its chair leads; a working committee ("Arbetsutskottet") stays a group. A committee signs no
one's employment under a report's foreword. Every person is invented."""
from snippets import entities, facts


def test_a_committee_on_a_field_is_an_organisation_its_chair_leads():
    text = "Sjukhusutskottet sammanträdde i går. Tove Lund (S), ordförande i sjukhusutskottet, är nöjd."
    assert entities(text).get("Sjukhusutskottet") == "Organisation"
    assert ("Tove Lund", "leads", "Sjukhusutskottet") in facts(text)


def test_a_paired_field_committee_is_an_organisation():
    found = entities("Primärvårds- och psykiatriutskottet har nu fått en ny ordförande.")
    assert found.get("Primärvårds- och psykiatriutskottet") == "Organisation"


def test_a_working_committee_is_no_unit():
    assert entities("Arbetsutskottet Styrgrupp närvård förbereder mötena.").get("Arbetsutskottet") != "Organisation"


def test_a_committee_named_in_a_foreword_employs_none_of_its_signers():
    text = ("Förord\n\nDen 15 april beslutade socialförsäkringsutskottet att genomföra en uppföljning.\n"
            "Stockholm i juni 2015\n\nTove Lund (S), ordförande\n\nNils Berg (M)\n")
    assert ("Tove Lund", "worksFor", "Socialförsäkringsutskottet") not in facts(text)
