"""A board's minutes whose tables a PDF ran into one line: a column of names, then the column of their titles;
the board whose minutes they are, its chair and its owner. Every snippet is invented and names no one from the
corpora."""
from snippets import entities, facts

MINUTES = ("1 Protokoll Sammanträdesdatum Regionstyrelsen Tid: Tisdagen den 4 mars 2014, kl 09:00-12:00 "
           "Plats: Regionens hus, Storgatan 1, Visby Ledamöter Olle Brandt (s) Karin Lövgren (m) Per Sandin (c) "
           "Stina Hjort (s) Nils Wiberg (v) ordförande 1:e vice ordförande 2:e vice ordförande Ersättare "
           "Tove Lind (m) Tjänstemän Ragnar Ekholm Maja Friberg Lisa Boman Kjell Tornberg regiondirektör "
           "ekonomidirektör personaldirektör kanslidirektör, sekreterare 1 (12)\n\n"
           "Region Gotland har kallat till sammanträdet.")


def test_a_column_of_names_run_into_one_line_is_split_at_each_given_name():
    found = entities(MINUTES)
    for name in ("Ragnar Ekholm", "Maja Friberg", "Lisa Boman", "Kjell Tornberg"):
        assert found.get(name) == "Person"
    assert not [n for n in found if n.startswith("Ragnar Ekholm ") or n.endswith(" Maja")]


def test_each_title_of_the_column_after_the_names_is_the_names_in_the_same_row():
    found = facts(MINUTES)
    assert ("Ragnar Ekholm", "title", "regiondirektör") in found
    assert ("Maja Friberg", "title", "ekonomidirektör") in found
    assert ("Lisa Boman", "title", "personaldirektör") in found
    assert ("Kjell Tornberg", "title", "kanslidirektör") in found
    assert ("Kjell Tornberg", "title", "sekreterare") in found
    assert ("Karin Lövgren", "title", "1:e vice ordförande") in found
    assert ("Per Sandin", "title", "2:e vice ordförande") in found


def test_members_past_the_titles_column_get_no_title_from_it():
    found = facts(MINUTES)
    assert not [f for f in found if f[0] in ("Stina Hjort", "Nils Wiberg") and f[1] == "title"]


def test_the_board_whose_minutes_these_are_is_led_by_its_chair_and_belongs_to_the_region():
    found = facts(MINUTES)
    assert entities(MINUTES).get("Regionstyrelsen") == "Organisation"
    assert ("Olle Brandt", "leads", "Regionstyrelsen") in found
    assert ("Regionstyrelsen", "partOf", "Region Gotland") in found
    assert not [f for f in found if f[1] == "leads" and f[0] != "Olle Brandt"]


def test_a_board_named_in_a_news_text_is_no_board_whose_minutes_it_is():
    text = "Regionstyrelsen beslutade i går att bygga en ny vårdcentral, säger Olle Brandt (s), ordförande."
    assert "Regionstyrelsen" not in entities(text)


def test_two_names_and_two_titles_are_no_column():
    text = "Deltog: Olle Brandt (s) Karin Lövgren (m) ordförande vice ordförande."
    assert ("Olle Brandt", "title", "ordförande") not in facts(text)


def test_a_title_written_as_a_label_holds_for_every_name_of_the_run_after_it():
    text = ("Övriga Politisk sekreterare Saga Holm (S) Jens Vik (M) Alva Ring (C) inte 25 och 29 Tor Ek (L) "
            "Sekreterare Nämndsekreterare Mia Lund")
    found = facts(text)
    for name in ("Saga Holm", "Jens Vik", "Alva Ring", "Tor Ek"):
        assert (name, "title", "politisk sekreterare") in found
    assert ("Mia Lund", "title", "politisk sekreterare") not in found


def test_the_members_label_gives_the_run_after_it_no_title():
    text = "Ledamöter Saga Holm (S) Jens Vik (M) Alva Ring (C) Ersättare Tor Ek (L) Mia Lund (S) Övriga"
    found = facts(text)
    assert not [f for f in found if f[1] == "title" and f[0] in ("Jens Vik", "Alva Ring", "Mia Lund")]


# a protocol's cover page as a PDF gives it: each row a line of its own, the labels run on to the row before
COVER = ("Protokoll - Norrbottens läns landsting\n\n"
         "Landstingsstyrelsens\nprotokoll\nSammanträdet den 28 januari 2015\n§ 1 – 27\nBeslutande\n"
         "Maria Ekdal (S), ordf\nGöran Holm (V), vice ordf\nAnders Lundkvist (S)\nKerstin Ögren (M)\n"
         "Tjänstemän\nMats Brandt, landstingsdirektör\nHans Rydén, bitr landstingsdirektör\nSekreterare\n"
         "Lisa Gustafsson\nJusterat den 5 februari 2015\n")


def test_the_members_under_a_label_run_on_to_the_line_before_sit_on_the_board_and_the_officials_do_not():
    found = facts(COVER)
    for member in ("Maria Ekdal", "Göran Holm", "Anders Lundkvist", "Kerstin Ögren"):
        assert (member, "participatesIn", "Landstingsstyrelsen") in found, member
    assert ("Mats Brandt", "participatesIn", "Landstingsstyrelsen") not in found
    assert ("Maria Ekdal", "leads", "Landstingsstyrelsen") in found


def test_a_label_run_on_to_an_officials_row_is_the_title_of_the_name_below_it():
    found = facts(COVER)
    assert ("Hans Rydén", "title", "bitr landstingsdirektör") in found
    assert ("Hans Rydén", "title", "sekreterare") not in found
    assert ("Lisa Gustafsson", "title", "sekreterare") in found


def test_the_members_label_inside_a_notices_line_opens_the_list_of_those_who_sit():
    text = ("LOKALA NÄMNDEN KUNGSBACKA\n\n1 Kallelse/föredragningslista Lokala nämnden Kungsbacka Tid: kl. 08:30 "
            "Plats: Stadshotellet OBS! HELDAG! Ledamöter Eva Lindberg (S), vice ordförande Jonas Ek (M) "
            "Petra Holm (C) Övriga Anna Vik, Strateg")
    found = facts(text)
    for member in ("Eva Lindberg", "Jonas Ek", "Petra Holm"):
        assert (member, "participatesIn", "Lokala nämnden Kungsbacka") in found, member
    assert ("Anna Vik", "participatesIn", "Lokala nämnden Kungsbacka") not in found
