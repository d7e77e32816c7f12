"""Municipal home care and elderly care news: a team's members listed by title and a rare given name, a
government minister by the portfolio, and a title in a relative clause with an adverb. Every snippet is invented
and names no one from the corpora."""
from snippets import entities, facts


def test_members_listed_by_title_and_a_rare_given_name_are_people_not_organisations():
    text = ("Teamet består av arbetsterapeut Zilvana Orbeck, fysioterapeut Quirine Dahlholm, undersköterska "
            "Nadifa Olow, och socialsekreterare Stina Berglund.")
    found = entities(text)
    for person in ("Zilvana Orbeck", "Quirine Dahlholm", "Nadifa Olow"):
        assert found.get(person) == "Person", person
    assert not any(f[1] == "worksFor" and f[0] == f[2] for f in facts(text))


def test_a_minister_by_the_portfolio():
    found = facts("Äldre- och socialförsäkringsminister Greta Lindqvist besökte äldreboendet. Senare träffade hon "
                  "statsminister Olof Sandberg.")
    assert ("Greta Lindqvist", "title", "äldre- och socialförsäkringsminister") in found
    assert ("Olof Sandberg", "title", "statsminister") in found


def test_a_title_in_a_relative_clause_with_an_adverb():
    found = facts("– Vi har för lite personal, säger Tuva Lundmark, som också är huvudskyddsombud.")
    assert ("Tuva Lundmark", "title", "huvudskyddsombud") in found


def test_working_in_a_field_then_where():
    found = facts("Undersköterskorna Siv Lindroth och Maja Kero jobbar i hemtjänsten i Kiruna kommun där "
                  "bristen är stor. Sjuksköterskan Rut Ahl arbetar inom hemsjukvården i Region Norrbotten.")
    assert ("Siv Lindroth", "worksFor", "Kiruna kommun") in found
    assert ("Maja Kero", "worksFor", "Kiruna kommun") in found
    assert ("Rut Ahl", "worksFor", "Region Norrbotten") in found
