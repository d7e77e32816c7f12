"""A list of who was elected to which group, each group's label then its people ("Beredningen för X:Eva Ek (C),
Ekby kommun - ordförande"), a label alone on its line with the rows under it, and a seat after a dash. An institute
named by the adjective of its field. All names are invented."""
from snippets import entities, facts

POSTS = ("Så här ser våra nya uppdrag ut:\n\n"
         "Sjukvårdsdelegationen:\n"
         "Torbjörn Vallin (C), Landstinget i Kalmar län\n"
         "Beredningen för primärvård och äldreomsorg:Gunvor Blixt (KD), Landstinget i Kalmar län - ersättare\n"
         "Beredningen för socialpolitik och individomsorg:\n"
         "Jonna Stålberg (MP), Landstinget i Kalmar län\n"
         "Beredningen för tillväxt och regional utveckling:Rune Åkerlind (C), Mönsterås kommun - ordförande\n"
         "Jöns Persbrandt (S), Kalmar kommun - vice ordförande\n"
         "Hilding Hjortsberg (M), Västerviks kommun\n\n"
         "Det är roligt att få fortsätta i Sjukvårdsdelegationen.")


def test_each_label_holds_only_its_own_rows():
    found = facts(POSTS)
    assert ("Jonna Stålberg", "participatesIn", "Beredningen för socialpolitik och individomsorg") in found
    assert ("Jonna Stålberg", "participatesIn", "Beredningen för primärvård och äldreomsorg") not in found
    assert ("Rune Åkerlind", "participatesIn", "Beredningen för primärvård och äldreomsorg") not in found


def test_the_rows_under_a_label_sit_in_its_group():
    found = facts(POSTS)
    assert ("Torbjörn Vallin", "participatesIn", "Sjukvårdsdelegationen") in found
    for name in ("Rune Åkerlind", "Jöns Persbrandt", "Hilding Hjortsberg"):
        assert (name, "participatesIn", "Beredningen för tillväxt och regional utveckling") in found
    assert ("Hilding Hjortsberg", "participatesIn", "Sjukvårdsdelegationen") not in found


def test_a_seat_after_a_dash():
    found = facts(POSTS)
    assert ("Rune Åkerlind", "title", "ordförande") in found
    assert ("Rune Åkerlind", "leads", "Beredningen för tillväxt och regional utveckling") in found
    assert ("Gunvor Blixt", "title", "ersättare") in found
    assert ("Jöns Persbrandt", "worksFor", "Kalmar kommun") in found
    assert ("Jöns Persbrandt", "leads", "Beredningen för tillväxt och regional utveckling") not in found


def test_a_chair_named_earlier_in_the_opening_paragraph_is_no_cue():
    text = ("Anna Lindvik är kommunstyrelsens ordförande. Här är de som valts in:\n\n"
            "Sjukvårdsdelegationen:\n"
            "Torbjörn Vallin (C), Landstinget i Kalmar län\n")
    found = facts(text)
    assert ("Torbjörn Vallin", "participatesIn", "Sjukvårdsdelegationen") in found
    assert ("Torbjörn Vallin", "leads", "Sjukvårdsdelegationen") not in found


def test_an_institute_named_by_the_adjective_of_its_field():
    found = entities("Fammi, Familjemedicinska institutet, har fått två nya chefer.")
    assert found.get("Familjemedicinska institutet") == "Organisation"
