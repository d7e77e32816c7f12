"""Appointment news: an interim post, the appointee's age in apposition, the role named before the name, a former
role after "där han haft rollen som", and a region's förvaltning named by words joined with "och". Every snippet is
invented and names no one from the corpora."""
from snippets import entities, facts


def test_an_interim_post_and_the_appointees_age_in_apposition():
    found = facts("Nu är lösningen i hamn. Maj Lundvik, 61, blir interim socialchef i Ydre kommun.")
    assert ("Maj Lundvik", "title", "interim socialchef") in found
    assert ("Maj Lundvik", "worksFor", "Ydre kommun") in found


def test_the_role_named_before_the_appointee():
    found = facts("I rollen som primärvårdsdirektör kommer Arvid Tallgren att leda regionens primärvård.")
    assert ("Arvid Tallgren", "title", "primärvårdsdirektör") in found


def test_a_role_held_where_he_comes_from():
    found = facts("Sune Ekvik kommer närmast från Region Örebro län, där han haft rollen som biträdande "
                  "hälso- och sjukvårdsdirektör.")
    assert ("Sune Ekvik", "title", "biträdande hälso- och sjukvårdsdirektör") in found


def test_a_forvaltning_named_by_words_joined_with_och_and_its_director():
    text = "Lisa Marklund blir ny direktör för Region Västmanlands förvaltning Nära vård och omsorg."
    assert entities(text).get("Nära vård och omsorg") == "Organisation"
    found = facts(text)
    assert ("Lisa Marklund", "leads", "Nära vård och omsorg") in found
    assert ("Lisa Marklund", "worksFor", "Nära vård och omsorg") in found
    assert ("Nära vård och omsorg", "partOf", "Region Västmanland") in found
