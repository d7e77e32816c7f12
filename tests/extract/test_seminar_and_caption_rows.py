"""Rows as seminar programmes, captions and quote tags write them: a label before the name, a double first name, an
empty field, a title's field in lower case, a care area by its quarter, two hosts joined by "&". Every person, project
and company name is invented; regions, municipalities and national bodies are public reference data."""
from snippets import entities, facts

PROGRAMME = ("Vårddagen 4 mars\n\n"
             "Paneldeltagare:\n"
             "Anna-Lena Sjövik, affärsområdeschef hälsa Tankeverket\n"
             "Ruben Falk (S), Riksdagen\n"
             "Moderator: Tove Ahlgren, analyschef Re-Form\n"
             "Arrangör: Tankeverket\n")


def test_a_rows_organisation_after_a_title_and_its_field_employs_the_double_named_person():
    found = facts(PROGRAMME)
    assert entities(PROGRAMME)["Tankeverket"] == "Organisation"
    assert ("Anna-Lena Sjövik", "worksFor", "Tankeverket") in found
    assert ("Anna-Lena Sjövik", "title", "affärsområdeschef") in found


def test_a_labelled_row_names_its_persons_employer_too():
    assert entities(PROGRAMME)["Re-Form"] == "Organisation"
    assert ("Tove Ahlgren", "worksFor", "Re-Form") in facts(PROGRAMME)


def test_the_riksdag_is_a_national_body():
    assert entities(PROGRAMME)["Riksdagen"] == "Organisation"
    assert ("Ruben Falk", "worksFor", "Riksdagen") in facts(PROGRAMME)


def test_a_row_title_before_a_preposition_names_no_company():
    text = "Program\n\nTove Ahlgren, verksamhetschef inom Tankeverket\n"
    assert ("Tove Ahlgren", "worksFor", "Tankeverket") not in facts(text)


def test_a_captions_empty_field_does_not_end_the_row():
    text = ("Två nya platser i Sveg\n\n"
            "Lina Borg, , verksamhetschef, Ekby hälsocentral och chef i Härjedalen. Foto: Region Jämtland Härjedalen\n\n"
            "Härjedalens kommun och regionen har kommit överens.")
    found = facts(text)
    assert ("Lina Borg", "title", "verksamhetschef") in found
    assert ("Lina Borg", "worksFor", "Ekby hälsocentral") in found


def test_a_care_area_by_its_quarter_ends_a_quote_tag():
    text = ("Nya former för samarbete\n\n"
            "– Vi behöver arbeta på nya sätt, säger Märta Lindroth, biträdande områdeschef, närsjukvård väster.\n\n"
            "Projektet pågår i tre år.")
    assert entities(text)["Närsjukvård väster"] == "Organisation"
    assert ("Märta Lindroth", "worksFor", "Närsjukvård väster") in facts(text)


def test_a_unit_ending_in_s_before_the_verb_of_a_quote_employs_the_speaker():
    text = ("Sjuksköterskor berättar\n\n"
            "Ella Strand, sjuksköterska på Lönnhus säger:\n"
            "Jag minns honom varje dag.\n")
    assert ("Ella Strand", "worksFor", "Lönnhus") in facts(text)


def test_a_units_region_in_brackets_is_its_whole():
    text = ("Arbetet i modellområdet Närsjukvårdsområde Norr (Region Västernorrland) – Kramfors kommun är igång.")
    assert ("Närsjukvårdsområde Norr", "partOf", "Region Västernorrland") in facts(text)


def test_a_project_named_after_a_comma_and_som_kallas():
    text = ("Region Örebro län har fått medel ur ett EU-program. Projektet, som kallas Lindblomma, löper under tre år.")
    assert entities(text)["Lindblomma"] == "Project"


def test_two_hosts_joined_by_an_ampersand_both_hold_the_label():
    text = "Om podden. Programledare: Ida Holmqvist & Sara Vinge Klippning: Alex Bro"
    found = facts(text)
    assert ("Ida Holmqvist", "title", "programledare") in found
    assert ("Sara Vinge", "title", "programledare") in found
    assert ("Alex Bro", "title", "programledare") not in found


def test_church_and_broadcast_titles():
    text = "En drivande aktör har varit kyrkoherden Hans Åkerlund. Radiojournalisten Frida Molin besökte boendet."
    found = facts(text)
    assert ("Hans Åkerlund", "title", "kyrkoherde") in found
    assert ("Frida Molin", "title", "radiojournalist") in found
