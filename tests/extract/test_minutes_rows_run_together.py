"""Minutes whose rows ran together when the PDF was read: a party's bracket left open before the row's post
("Bo Ek, Älvsbyn, (s, ordförande Maj Berg, …"), the office's staff ("Karl Berg, kansliet") of the body whose minutes
these are, and the signatures' labels ("Åsa Ek Ordförande. Bo Berg"). All people are invented."""
from snippets import facts

MINUTES = ("KOMMUNFÖRBUNDET NORRBOTTEN SAMMANTRÄDESPROTOKOLL Styrelsen\n\n"
           "1 Plats och tid Beslutande Stadshuset, Luleå. Bo Johannesson, Älvsbyn, (s, ordförande Maj-Britt "
           "Lindvall, Piteå, (s Christer Lindholm, Boden, (s Lars Alrik, Malmberget, (m Övriga deltagande "
           "Karl Bergdal, kansliet, t o m 15 Ingrid Carlén, kansliet, t o m 15 Åsa Sturesson, kansliet, sekr "
           "Utses justera Christer Lindholm Underskrifter Sekreterare. Paragrafer: 1-18 Åsa Sturesson Ordförande. "
           "Bo Johannesson Justerande.. Christer Lindholm\n")


def test_the_post_after_an_open_party_bracket_is_the_rows_own():
    found = facts(MINUTES)
    assert ("Bo Johannesson", "title", "ordförande") in found
    assert ("Maj-Britt Lindvall", "title", "ordförande") not in found


def test_the_office_staff_work_for_the_body_whose_minutes_these_are():
    found = facts(MINUTES)
    for name in ("Karl Bergdal", "Ingrid Carlén", "Åsa Sturesson"):
        assert (name, "worksFor", "Kommunförbundet Norrbotten") in found
    assert ("Christer Lindholm", "worksFor", "Kommunförbundet Norrbotten") not in found


def test_a_signatures_label_belongs_to_the_name_after_it():
    found = facts(MINUTES)
    assert ("Åsa Sturesson", "title", "ordförande") not in found
