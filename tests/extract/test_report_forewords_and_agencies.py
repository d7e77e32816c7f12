"""A report's foreword copied as lines without blank ones, on the government's commission, signed "Name, title";
an appointment told in a relative clause with a time between; agencies by their official names. Agencies are
public reference data; every person is invented."""
from snippets import entities, facts, text_of

FOREWORD = ("Omtag för vården\n"
            "Utvärdering av vårdens omställning: slutrapport\n"
            "Förord\n"
            "Det pågår en omställning av vården. Regeringens satsning har omfattat både lagändringar och stimulansmedel.\n"
            "Myndigheten för vård- och omsorgsanalys har på regeringens uppdrag utvärderat omställningen. Den här "
            "rapporten är vår slutrapport.\n"
            "Projektledare för arbetet har varit utredaren Tilda Holm. Projektgruppen har bestått av utredarna "
            "Oskar Vik och Maja Sten samt juristen Pål Ek.\n"
            "Stockholm mars 2025\n"
            "Rut Alm, generaldirektör\n"
            "Resultat i korthet\n"
            "Myndigheten har regeringens uppdrag att utvärdera omställningen.\n")


def test_the_foreword_heading_stands_apart_from_the_lines_round_it():
    text = text_of(FOREWORD)
    paragraphs = [text.text[b.start:b.end] for b in text.blocks]
    assert "Förord" in paragraphs
    assert any(p.startswith("Det pågår en omställning") for p in paragraphs)


def test_the_signer_and_the_staff_of_a_commissioned_reports_foreword_work_for_the_agency_that_writes_it():
    found = facts(FOREWORD)
    for person in ("Tilda Holm", "Oskar Vik", "Maja Sten", "Pål Ek", "Rut Alm"):
        assert (person, "worksFor", "Myndigheten för vård- och omsorgsanalys") in found
    assert not [f for f in found if f[1] == "worksFor" and f[2] == "Regeringen"]


def test_an_appointment_in_a_relative_clause_with_a_time_between():
    found = facts("Hon efterträder Lars Hed, som för en tid sedan utsågs till ekonomidirektör.")
    assert ("Lars Hed", "title", "ekonomidirektör") in found


def test_an_agency_by_its_official_name_and_its_short_name_is_one_body():
    text = ("För ytterligare information, kontakta Åsa Lind, Myndigheten för tillväxtpolitiska utvärderingar och "
            "analyser. Tillväxtanalys har regeringens uppdrag att följa utvecklingen.")
    found = entities(text)
    assert found.get("Myndigheten för tillväxtpolitiska utvärderingar och analyser") == "Organisation"
    assert ("Åsa Lind", "worksFor", "Myndigheten för tillväxtpolitiska utvärderingar och analyser") in facts(text)


def test_a_minutes_paper_word_in_capitals_is_no_part_of_the_councils_name():
    found = entities("Fjällrådet PROTOKOLL 2014-09-03\n\nSAMMANFATTNING\n\n"
                     "Fjällrådet SAMMANTRÄDESPROTOKOLL 2014-09-03 Föredragningslista. Ordförande Vera Tall hälsade "
                     "Fjällrådet välkommen.")
    assert found.get("Fjällrådet") == "CollaborationForum"
    assert not [n for n in found if "PROTOKOLL" in n]


def test_a_projects_name_ends_before_a_supine():
    found = entities("Mellan 2016 och 2019 har projekt Trygg Vardag funnits i Aneby, Nässjö och Tranås.")
    assert found.get("Trygg Vardag") == "Project"
    assert not [n for n in found if "funnits" in n]
