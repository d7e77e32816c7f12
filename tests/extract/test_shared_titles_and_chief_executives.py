"""Two people joined by "och" before one title whose plural is its singular and one workplace both hold it there
("A och B, handläggare på X"); a title with a singular only stays the second's. In a list of speakers, a chief
executive's company written bare after "VD" is an organisation she runs. All names are invented."""
from snippets import entities, facts


def test_two_people_before_one_title_and_workplace_share_them():
    found = facts("Helena Strand och Ulla Lifberg, handläggare på Socialstyrelsen, berättar om en utredning.")
    for person in ("Helena Strand", "Ulla Lifberg"):
        assert (person, "title", "handläggare") in found
        assert (person, "worksFor", "Socialstyrelsen") in found


def test_a_title_in_the_singular_stays_the_seconds():
    found = facts("Eva Ekström och Bo Lindberg, verksamhetschef på Ekby vårdcentral, kom på besök.")
    assert ("Bo Lindberg", "worksFor", "Ekby vårdcentral") in found
    assert ("Eva Ekström", "worksFor", "Ekby vårdcentral") not in found


def test_a_chief_executives_company_after_the_title():
    text = "Medverkande: Elina Kessler, VD Trygga Vård, Samuel Mårtenson, VD Omsorgshuset, och Eva Ekström."
    found = entities(text)
    assert found.get("Trygga Vård") == "Organisation"
    assert found.get("Omsorgshuset") == "Organisation"
    relations = facts(text)
    assert ("Elina Kessler", "worksFor", "Trygga Vård") in relations
    assert ("Elina Kessler", "leads", "Trygga Vård") in relations


def test_a_region_after_the_title_is_no_company():
    assert entities("Talare: Eva Ekström, vd Region Västmanland, och Bo Lindberg.").get("Region Västmanland") == \
        "Organisation"
