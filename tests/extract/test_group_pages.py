"""A group's own page: its heading names the group after a word of address ("Möt Ljusnedals kommuns
krisledningsgrupp"), a paragraph says what it is, then one row per member, a name, a dash and the post. All people
are invented."""
from snippets import entities, facts

PAGE = ("Möt Ljusdals kommuns krisledningsgrupp\n\n"
        "Kommunen har en särskild Krisledningsgrupp med företrädare för kommunens olika verksamheter. "
        "Här nedan presenteras de som ingår.\n\n"
        "Torbjörn Halvarsson – Kommundirektör\n"
        "Mirja Kallstenius – Personalchef\n"
        "Elof Brandtberg – Säkerhetssamordnare\n"
        "Gunvor Strömdahl – Förvaltningschef Socialförvaltningen\n")


def test_a_group_owned_by_a_municipality_keeps_its_owner_in_its_name():
    found = entities(PAGE)
    assert found.get("Ljusdals kommuns krisledningsgrupp") == "CollaborationForum"
    assert "Krisledningsgrupp" not in found  # the same group by its cue word alone
    assert found.get("Ljusdals kommun") == "Organisation"


def test_the_rows_on_a_groups_page_are_its_members_and_the_owners_staff():
    found = facts(PAGE)
    for name in ("Torbjörn Halvarsson", "Mirja Kallstenius", "Elof Brandtberg", "Gunvor Strömdahl"):
        assert (name, "participatesIn", "Ljusdals kommuns krisledningsgrupp") in found
        assert (name, "worksFor", "Ljusdals kommun") in found


def test_a_network_on_its_page_does_not_employ_its_members():
    found = facts(PAGE.replace("Ljusdals kommuns krisledningsgrupp", "Ljusdals kommuns pensionärsråd")
                  .replace("Krisledningsgrupp", "Pensionärsråd"))
    assert ("Mirja Kallstenius", "participatesIn", "Ljusdals kommuns pensionärsråd") in found
    assert ("Mirja Kallstenius", "worksFor", "Ljusdals kommun") not in found


def test_rows_after_another_group_are_not_the_pages_group():
    found = facts(PAGE.replace("Här nedan presenteras de som ingår.", "Kommunens styrgrupp för Trygg hemgång "
                                                                      "består av andra."))
    assert ("Mirja Kallstenius", "participatesIn", "Ljusdals kommuns krisledningsgrupp") not in found


def test_a_genitive_that_owns_nothing_still_names_no_group():
    found = entities("Sverige ledde under våren ordförandeskapet i Europeiska Unionens råd.")
    assert not [name for name, kind in found.items() if kind == "CollaborationForum"]
