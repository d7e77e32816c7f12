"""How local news about one health centre says who works there: a title in its neuter definite form
("Vårdbiträdet"), "en av läkarna", "en av de sjuksköterskor som jobbar i X", "De är …" after two names, the staff
of the unit whose head the piece quotes, "hennes kollegor A och B", and a post "inom kommunens hälso- och
sjukvård". Every snippet is invented and names no one from the corpora."""
from snippets import facts

CENTRE = ("I dag har Lövby hälsocentral tre läkare. – Vi rekryterar, säger Agnes Holt, hälsocentralens "
          "verksamhetschef. – Lokalerna är ljusa, säger undersköterskan Vera Lind. Vera Linds kollegor Omar Sahin "
          "och Tuva Berg håller med. De är provtagningssköterskor och har egna rum.")


def test_a_title_in_its_neuter_definite_form():
    found = facts("Vårdbiträdet Gösta Ek skriver ett namn på ett block hos en patient.")
    assert ("Gösta Ek", "title", "vårdbiträde") in found


def test_one_of_the_doctors_at_a_centre():
    found = facts("Per Holm är en av läkarna på Ekby vårdcentral sedan i våras.")
    assert ("Per Holm", "title", "läkare") in found
    assert ("Per Holm", "worksFor", "Ekby vårdcentral") in found


def test_one_of_the_nurses_who_work_in_a_municipality():
    found = facts("Lina Moberg är en av de sjuksköterskor som jobbar i Tranås kommun i dag.")
    assert ("Lina Moberg", "title", "sjuksköterska") in found
    assert ("Lina Moberg", "worksFor", "Tranås kommun") in found


def test_they_are_gives_the_plural_title_to_the_two_names_before():
    found = facts(CENTRE)
    assert ("Omar Sahin", "title", "provtagningssköterska") in found
    assert ("Tuva Berg", "title", "provtagningssköterska") in found


def test_the_staff_of_the_centre_whose_head_the_piece_quotes_work_there():
    found = facts(CENTRE)
    assert ("Agnes Holt", "leads", "Lövby hälsocentral") in found
    for name in ("Vera Lind", "Omar Sahin", "Tuva Berg"):
        assert (name, "worksFor", "Lövby hälsocentral") in found


def test_colleagues_share_the_employer_of_the_one_they_are_colleagues_of():
    found = facts("Ingrid Sjö är verksamhetschef på Åby vårdcentral. Ingrid Sjös kollegor Bo Lund och Nils Ek "
                  "håller med henne.")
    assert ("Bo Lund", "worksFor", "Åby vårdcentral") in found
    assert ("Nils Ek", "worksFor", "Åby vårdcentral") in found


def test_staff_are_not_placed_at_the_centre_when_a_municipality_is_named():
    found = facts("Lövby hälsocentral har tre läkare, säger Agnes Holt, hälsocentralens verksamhetschef. "
                  "Vera Lind är sjuksköterska och delar sin tjänst med Ljungby kommun.")
    assert ("Vera Lind", "worksFor", "Lövby hälsocentral") not in found


def test_a_politician_who_is_also_a_nurse_is_not_the_centres_staff():
    found = facts("Sara Ek är verksamhetschef vid Ekby vårdcentral. Eva Holm (C) är regionråd. Hon är "
                  "ambulanssjuksköterska och vill stärka primärvården.")
    assert ("Eva Holm", "worksFor", "Ekby vårdcentral") not in found


def test_a_post_within_the_municipalitys_care_is_the_municipalitys():
    found = facts("Tranås kommun söker sjuksköterskor. – Vi behöver bli fler, säger Maja Lind som är "
                  "funktionschef inom kommunens hälso- och sjukvård. Tranås kommun växer.")
    assert ("Maja Lind", "worksFor", "Tranås kommun") in found


def test_a_seat_on_the_regions_board_is_no_post_there():
    found = facts("Region Halland satsar på ambulanser. Ola Berg (MP) är vice ordförande i regionens hälso- och "
                  "sjukvårdsstyrelse. Region Halland har beslutat.")
    assert ("Ola Berg", "worksFor", "Region Halland") not in found


def test_a_photos_caption_under_the_units_name_names_its_staff():
    found = facts("Bilen rullar ut till byarna två dagar i veckan.\n\nEkby hälsocentral\nFrån vänster: Alma Berg, "
                  "distriktssköterska, Per Ek, undersköterska, och Eva Lund, enhetschef. Foto: Sara Holm.\n\n"
                  "Pandemin har ställt allt på sin spets.")
    assert {("Alma Berg", "worksFor", "Ekby hälsocentral"), ("Per Ek", "worksFor", "Ekby hälsocentral"),
            ("Eva Lund", "worksFor", "Ekby hälsocentral")} <= found
    assert ("Sara Holm", "worksFor", "Ekby hälsocentral") not in found  # the photographer


def test_a_caption_under_a_regions_name_says_nothing_of_employment():
    found = facts("Nyheter\n\nRegion Gävleborg\nFrån vänster: Alma Berg och Per Ek på plats i Ekby.")
    assert ("Alma Berg", "worksFor", "Region Gävleborg") not in found
