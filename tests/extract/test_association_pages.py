"""A municipal association's own page and a forum's: the association's director named by her post alone, and a
forum described by what it is for. Every person is invented; regions, municipalities and municipal associations
are public reference data."""
from snippets import entities, facts


def test_an_associations_director_works_for_and_leads_the_association_the_page_is_about():
    found = facts("Kommunförbundet i Kalmar län är en förening som ägs av länets tolv kommuner. "
                  "Förbundschef är Jonatan Eklöf.\n\nKontakt\n\nJonatan Eklöf Förbundschef 0480-12 34 56")
    assert ("Jonatan Eklöf", "worksFor", "Kommunförbundet i Kalmar län") in found
    assert ("Jonatan Eklöf", "leads", "Kommunförbundet i Kalmar län") in found


def test_a_director_with_two_associations_named_gets_neither():
    found = facts("Kommunförbundet i Kalmar län och Sjuhärads kommunalförbund möttes. "
                  "– Vi samordnar, säger förbundsdirektör Lisen Bragd.")
    assert not any(f[0] == "Lisen Bragd" and f[1] in ("worksFor", "leads") for f in found)


def test_a_forum_described_as_a_forum_for_collaboration_is_the_one_its_name_names():
    text = ("Regionalt Forum i Uppsala län är ett politiskt forum för samverkan mellan Region Uppsala och Enköpings, "
            "Heby och Tierps kommuner.")
    assert [name for name, kind in entities(text).items() if kind == "CollaborationForum"] == \
        ["Regionalt Forum i Uppsala län"]
    found = facts(text)
    assert ("Region Uppsala", "participatesIn", "Regionalt Forum i Uppsala län") in found
    assert ("Heby kommun", "participatesIn", "Regionalt Forum i Uppsala län") in found


def test_the_association_by_its_kind_alone_is_the_one_the_page_names():
    text = ("Kommunalförbundet är en resurs för kommunerna\n\n"
            "Lisen Bragd, förbundsdirektör.\n\n"
            "Sjuhärads kommunalförbund är en samverkansorganisation för tio kommuner. Kommunalförbundet gör "
            "långsiktig nytta, säger förbundsdirektör Lisen Bragd.")
    found = entities(text)
    assert "Kommunalförbundet" not in found
    assert [name for name, kind in found.items() if kind == "Organisation"] == ["Boråsregionen Sjuhärads kommunalförbund"]
    assert ("Lisen Bragd", "worksFor", "Boråsregionen Sjuhärads kommunalförbund") in facts(text)


TABLE = ("Projektgrupp:\n\nNamn\n\nOrganisation\n\n"
         "Tilda Harrysson\n\nLänsstyrelsen i Västerbotten, projektledare\n\n"
         "Ann Danvik\n\nLänsstyrelsen i Västerbotten, Biträdande enhetschef Samhällsutvecklingsenheten\n\n"
         "Sofie Elvin\n\nRegion Västerbotten, Folkhälsoenheten\n\n"
         "Hedda Jonasson\n\nUmeå universitet, Institutionen för epidemiologi och global hälsa\n")


def test_a_unit_ending_a_tables_organisation_line_employs_the_name_above_and_is_part_of_the_organisation():
    found = facts(TABLE)
    assert ("Sofie Elvin", "worksFor", "Folkhälsoenheten") in found
    assert ("Folkhälsoenheten", "partOf", "Region Västerbotten") in found
    assert ("Hedda Jonasson", "worksFor", "Institutionen för epidemiologi och global hälsa") in found
    assert ("Institutionen för epidemiologi och global hälsa", "partOf", "Umeå universitet") in found
    assert ("Samhällsutvecklingsenheten", "partOf", "Länsstyrelsen Västerbotten") in found
    assert ("Tilda Harrysson", "worksFor", "Länsstyrelsen Västerbotten") in found


ROSTER = ("Kommun Namn Titel\n"
          "Malmö Signe Garell Omsorgsdirektör\n"
          "Malmö Charlotta Widing Direktör funktionsstödsförvaltningen\n"
          "Kävlinge Leo Misander Sektorschef Omsorg\n"
          "Lund Ebba Ekvall Direktör socialförvaltningen")


def test_a_director_and_the_administration_ending_her_row_is_its_head():
    found = facts(ROSTER)
    assert ("Charlotta Widing", "leads", "Funktionsstödsförvaltningen") in found
    assert ("Charlotta Widing", "worksFor", "Malmö stad") in found
    assert ("Ebba Ekvall", "leads", "Socialförvaltningen") in found  # the table's last row, no line break after it


def test_the_next_rows_municipality_is_no_parent_of_a_unit_ending_a_row():
    assert ("Charlotta Widing", "worksFor", "Kävlinge kommun") not in facts(ROSTER)


def test_a_unit_every_municipality_has_is_labelled_by_the_form_that_says_whose_it_is():
    text = ("Rasmus Grahn, förvaltningschef, Socialförvaltningen i Halmstads kommun, inledde. Socialförvaltningen "
            "driver arbetet, och Socialförvaltningen följer upp det.")
    found = entities(text)
    assert found.get("Socialförvaltningen i Halmstads kommun") == "Organisation"
    assert "Socialförvaltningen" not in found
