"""A speaker label in capitals spelt another way than the introduced name ("KRISTINA:" for Christina Ek): one
person, not a second one by her given name. Every person is invented."""
from snippets import entities

TRANSCRIPT = ("Avsnitt med Christina Hagberg, utvecklingsledare, och Mikael Ståhl, enhetschef.\n\n"
              "KRISTINA: Vi började med att fråga patienterna.\n\n"
              "MICHAEL: Och sedan gick vi vidare.\n")


def test_a_speaker_label_spelt_with_k_is_the_introduced_christina():
    found = entities(TRANSCRIPT)
    assert "Christina Hagberg" in found and "Kristina" not in found


def test_a_speaker_label_spelt_with_ch_is_the_introduced_mikael():
    found = entities(TRANSCRIPT)
    assert "Mikael Ståhl" in found and "Michael" not in found
