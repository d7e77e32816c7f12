"""A group a page names in a definition, "X är den politiska ledningsgruppen med representanter från A och B": the
group is X, the words after "den" only say what it is. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts, named


def test_a_name_said_to_be_a_group_is_the_group():
    snippet = ("SAMBA – samverkan i länet\n\nSAMBA är den politiska ledningsgruppen med representanter från "
               "Sandvikens kommun och Region Gävleborg. SAMBA tar fram avtalet.")
    found = entities(snippet)
    assert found.get("SAMBA") == "CollaborationForum"
    assert "Politiska ledningsgruppen" not in found
    assert ("Region Gävleborg", "participatesIn", "SAMBA") in facts(snippet)


def test_an_ordinary_word_before_the_group_is_no_name():
    found = entities("Det är den politiska ledningsgruppen som beslutar. Den träffas varje månad.")
    assert "Det" not in found


def test_a_group_named_by_the_field_it_works_on():
    text = ("Länsgrupp Barn och unga har sitt ursprung i en regional grupp. Syftet med Länsgrupp Barn och ungas arbete "
            "är att förbättra barns hälsa. I Temagrupp Äldre ser vi Olle Sand.")
    assert named(text, "CollaborationForum") == {"Länsgrupp Barn och unga", "Temagrupp Äldre"}


def test_a_cue_word_before_a_name_is_no_group_named_by_a_field():
    assert named("Styrgrupp Anna Berg träffas i morgon.", "CollaborationForum") == set()


def test_the_groups_members_are_listed_with_the_chair_marked():
    text = ("Länsgrupp Barn och unga består av chefer från länets kommuner och landstinget. Länsgrupp Barn och unga "
            "fungerar som beredande organ till ett annat organ. Gruppens medlemmar är för närvarande: Vera Holm, "
            "Region Västerbotten, ordf, Ida Sand, Umeå kommun, Olle Berg, Skellefteå kommun.")
    found = facts(text)
    for person in ("Vera Holm", "Ida Sand", "Olle Berg"):
        assert (person, "participatesIn", "Länsgrupp Barn och unga") in found
    assert ("Vera Holm", "leads", "Länsgrupp Barn och unga") in found
    assert ("Ida Sand", "leads", "Länsgrupp Barn och unga") not in found
    assert ("Vera Holm", "title", "ordförande") in found  # "ordf" after her employer is hers, not the next name's
    assert ("Ida Sand", "title", "ordförande") not in found
