"""Rural and digital care pages: a signature whose unit stands on the line below the name, a medical lead's title
with two qualifiers, and a cottage hospital or a lasarett named both ways in one page. Every snippet is invented
and names no one from the corpora."""
from snippets import entities, facts


def test_a_name_ends_at_the_line_break_before_its_units_compound():
    found = entities("Vänliga hälsningar\nOlof Tjärnberg\nKommunikationsstaben")
    assert found.get("Olof Tjärnberg") == "Person"
    assert "Olof Tjärnberg Kommunikationsstaben" not in found


def test_a_medical_leads_title_with_two_qualifiers_is_one_title():
    found = facts("Lisa Vindeln, distriktsläkare, och Tova Ammer, medicinskt ledningsansvarig läkare, turas om.")
    assert ("Tova Ammer", "title", "medicinskt ledningsansvarig läkare") in found
    assert ("Tova Ammer", "title", "medicinskt ledningsansvarig") not in found


def test_a_cottage_hospital_and_a_lasarett_named_both_ways_are_one_each():
    found = entities("De arbetar på sjukstugan i Sorsele. Sorseles sjukstuga har åtta vårdplatser.\n\n"
                     "Lasarettet i Lycksele tar emot. Lyckseles lasarett har en akutmottagning.")
    organisations = [name for name, kind in found.items() if kind == "Organisation"]
    assert len([n for n in organisations if "sjukstug" in n.casefold()]) == 1, organisations
    assert len([n for n in organisations if "lasarett" in n.casefold()]) == 1, organisations


def test_a_hospital_run_by_a_care_company_and_a_saints_name():
    found = entities("Piloten pågår vid Capio S:t Olofs Sjukhus. Sedan tidigare finns ett team på S:t Olofs sjukhus.")
    assert found.get("Capio S:t Olofs Sjukhus") == "Organisation"
    assert "Capio" not in found


def test_the_central_hospital_of_a_town():
    found = entities("Bilen utgår från akutmottagningen på Centralsjukhuset i Kristianstad.")
    assert found.get("Centralsjukhuset i Kristianstad") == "Organisation"
    assert "Centralsjukhuset" not in found


def test_a_quality_in_enheten_is_no_unit():
    found = entities("Erfarenheten visar att Öppenheten är viktig. Hon jobbar på Biståndsenheten.")
    assert "Erfarenheten" not in found and "Öppenheten" not in found
    assert found.get("Biståndsenheten") == "Organisation"


def test_a_joint_reception_by_its_own_name():
    found = entities("Hon arbetar vid samverkansmottagningen Ekbacken i Köping och vid närvårdsmottagningen Tallen.")
    assert found.get("Samverkansmottagningen Ekbacken") == "Organisation"
    assert found.get("Närvårdsmottagningen Tallen") == "Organisation"
