"""Care units by their own names, a regional care chief's employer, and a board's attendance written on one line."""
from snippets import entities, facts

CLOSING = ("Region Gotland har nu bestämt sig för att stänga vårdcentralerna i Slite och Hemse i juli.\n\n"
           "– Åtgärden är en del i arbetet med att få ner våra kostnader, säger Tora Vik, tf sjukvårdschef.\n\n"
           "En hyrläkare kostar enligt primärvårdschefen Lova Sten cirka 40 000 kronor i veckan. Region Gotland "
           "hoppas spara.")


def test_a_care_chief_in_a_text_about_one_region_works_for_it():
    found = facts(CLOSING)
    assert ("Tora Vik", "worksFor", "Region Gotland") in found
    assert ("Lova Sten", "worksFor", "Region Gotland") in found


def test_a_care_unit_keeps_its_two_word_name_but_not_a_persons():
    assert entities("En filial ska tillhöra vårdcentralen Hertig Knut i Halmstad.").get(
        "Vårdcentralen Hertig Knut") == "Organisation"
    found = entities("Det säger på Vårdcentralen Gripen Anna Berg, som är distriktsläkare.")
    assert found.get("Vårdcentralen Gripen") == "Organisation"
    assert "Vårdcentralen Gripen Anna" not in found


def test_a_health_reception_and_a_clinic_chain_by_their_names():
    found = facts("Samtal med Ebba Ros, sjuksköterska Hälsomottagningen Ljusgården, och Husläkarna Kvarnen (Varbergs "
                  "kommun) är med.")
    assert ("Ebba Ros", "worksFor", "Hälsomottagningen Ljusgården") in found
    assert entities("Husläkarna Kvarnen (Varbergs kommun) är med.").get("Husläkarna Kvarnen") == "Organisation"


MINUTES = ("Nämnd för folkhälsa och sjukvård\n\nDatum: 2023-09-05\n\n"
           "Närvarande från BA: Leif Strand, Nora Kvist, Ada Holm\n\n"
           "Informationsärenden:\n\nSmittskydd: Smittskyddsläkare Bo Granat presenterade sektionens uppdrag.\n\n"
           "Ekonomi: Efter sju månader redovisar nämnden för folkhälsa och sjukvård ett underskott på 205 miljoner.")


def test_members_present_on_one_line_sit_on_the_board_and_the_speakers_after_do_not():
    found = facts(MINUTES)
    for member in ("Leif Strand", "Nora Kvist", "Ada Holm"):
        assert (member, "participatesIn", "Nämnd för folkhälsa och sjukvård") in found
    assert not any(s == "Bo Granat" and p == "participatesIn" for s, p, o in found)


def test_a_boards_name_ends_before_the_object_of_its_verb():
    assert not any("underskott" in name for name in entities(MINUTES))


def test_national_patient_organisations_are_known():
    found = entities("Lisa Ek, forskningschef på Cancerfonden, och Per Ek från Diabetes Sverige deltog.")
    assert found.get("Cancerfonden") == "Organisation"
    assert found.get("Diabetes Sverige") == "Organisation"
    # the society's name as a speaker list misspells it
    assert ("Tor Alm", "worksFor", "Svenska Läkaresällskapet") in facts("Vi talade med Tor Alm, Svenska läkarsällskapet.")


def test_a_boards_committees_are_units_and_not_forums():
    text = ("Inom regionstyrelsen finns tre utskott – Regionstyrelsens arbetsutskott (RSAU), regionstyrelsens hälso- "
            "och sjukvårdsutskott (HSU) samt regionstyrelsens tillväxtutskott (TU).")
    found = entities(text)
    for name in ("Regionstyrelsens arbetsutskott", "Regionstyrelsens hälso- och sjukvårdsutskott",
                 "Regionstyrelsens tillväxtutskott"):
        assert found.get(name) == "Organisation"
    assert not any(kind == "CollaborationForum" for kind in found.values())


def test_a_care_area_by_its_compass_point_and_a_cottage_hospital_by_its_town():
    found = facts("Närsjukvårdsområde norr betjänar fem kommuner. Sixten Ek, distriktsläkare vid sjukstugan i "
                  "Storuman, säger att det går bra.")
    assert entities("Närsjukvårdsområde norr betjänar fem kommuner.").get("Närsjukvårdsområde norr") == "Organisation"
    assert ("Sixten Ek", "worksFor", "Sjukstugan i Storuman") in found
