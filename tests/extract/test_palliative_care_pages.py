"""Palliative care, rehabilitation and medicines pages: a forum named by an adjective in -iva and "samrådsgrupp",
and its roster grouped under each member's organisation. Every snippet is invented and names no one from the
corpora."""
from snippets import entities, facts

ROSTER = """Palliativa samrådsgruppen

Den Palliativa samrådsgruppen bildades 2011. Gruppen sammanställer en rapport om läget i regionen.

I gruppen ingår:

Region Gävleborg:
Ingrid Svedmark
Helga Lindquist

Region Dalarna:
Vilgot Ahlström
Pia Hägglöf
Orvar Nyrén, sammankallande
"""


def test_a_forum_named_by_an_adjective_in_iva_and_samradsgrupp():
    assert entities(ROSTER).get("Palliativa samrådsgruppen") == "CollaborationForum"


def test_a_roster_grouped_under_each_members_organisation():
    found = facts(ROSTER)
    for person, home in (("Ingrid Svedmark", "Region Gävleborg"), ("Helga Lindquist", "Region Gävleborg"),
                         ("Vilgot Ahlström", "Region Dalarna"), ("Orvar Nyrén", "Region Dalarna")):
        assert (person, "participatesIn", "Palliativa samrådsgruppen") in found, person
        assert (person, "worksFor", home) in found, person
    assert ("Ingrid Svedmark", "worksFor", "Region Dalarna") not in found
    assert ("Region Dalarna", "participatesIn", "Palliativa samrådsgruppen") in found
    assert ("Orvar Nyrén", "leads", "Palliativa samrådsgruppen") in found


def test_a_name_no_list_of_given_names_holds_does_not_end_the_roster():
    text = ROSTER.replace("Helga Lindquist", "Zuzzi Lindquist")
    found = facts(text)
    assert ("Vilgot Ahlström", "worksFor", "Region Dalarna") in found


def test_a_project_group_named_by_its_project_above_its_rows():
    text = ("Rutiner för dosdispenserade läkemedel\n\nFramtagna av projektgrupp Trygg läkemedelshantering i Jämtland\n"
            "Saga Nordvik, apotekare, Läkemedelsenheten (projektledare)\n"
            "Tuva Hemström, IT-handledare, Informatikenheten (bitr projektledare)\n"
            "Vidar Ekmark, läkare, Strömsunds hälsocentral")
    assert entities(text).get("Trygg läkemedelshantering i Jämtland") == "Project"
    found = facts(text)
    for person in ("Saga Nordvik", "Tuva Hemström", "Vidar Ekmark"):
        assert (person, "participatesIn", "Trygg läkemedelshantering i Jämtland") in found, person
    assert ("Saga Nordvik", "leads", "Trygg läkemedelshantering i Jämtland") in found
    assert ("Tuva Hemström", "title", "bitr projektledare") in found
    assert ("Tuva Hemström", "leads", "Trygg läkemedelshantering i Jämtland") not in found


def test_a_clinic_named_by_its_specialtys_adjectives_in_a_row():
    text = ("Arbetsgrupp\nIrma Falkvik, läkare, Psykiatrisk klinik, Lycksele lasarett\n"
            "Hemming Tåg, sjuksköterska, Medicin-Geriatriska kliniken\n\n"
            "Våra team: Närvårdsteam, Fetma vuxna, Äldrepsykiatrisk mottagning")
    found = facts(text)
    assert ("Irma Falkvik", "worksFor", "Psykiatrisk klinik") in found
    assert ("Irma Falkvik", "worksFor", "Lycksele lasarett") in found
    assert ("Hemming Tåg", "worksFor", "Medicin-Geriatriska kliniken") in found
    assert "Äldrepsykiatrisk mottagning" not in entities(text)
