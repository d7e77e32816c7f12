"""News and conference pages on discharge from hospital: employers after a field between the title and the
workplace, a politician's home town, a municipal post followed by its town, and a national body's department
named only by its head's title. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_a_field_as_an_acronym_between_the_title_and_the_workplace():
    found = facts("– Platserna räcker inte, säger Ulla Brandberg, verksamhetschef SÄBO på Hedemora kommun.")
    assert ("Ulla Brandberg", "worksFor", "Hedemora kommun") in found


def test_a_field_of_four_words_after_inom_then_the_workplace():
    found = facts("– Det går fortare nu, säger Tore Valberg, avdelningschef inom sektor vård och omsorg på Tibro kommun.")
    assert ("Tore Valberg", "worksFor", "Tibro kommun") in found


def test_a_politicians_home_town_between_the_name_and_the_title():
    found = facts("– Det blir en prövning, säger Nils Arvberg (S) från Mariestad, vice ordförande i "
                  "Skaraborgs kommunalförbund.")
    assert ("Nils Arvberg", "title", "vice ordförande") in found


def test_a_municipal_post_followed_by_its_town_in_a_list_of_speakers():
    found = facts("Medverkande: Lisa Hedmark, socialchef Sollefteå, Per Ovik, samordnare Nära Vård SKR.")
    assert ("Lisa Hedmark", "worksFor", "Sollefteå kommun") in found
    assert ("Per Ovik", "worksFor", "Sveriges Kommuner och Regioner") in found


def test_a_department_named_by_its_heads_title_and_written_again_in_lower_case():
    text = ("– Vi ser stora förbättringar, säger Gun Rydell, chef för avdelningen för vård och omsorg.\n\n"
            "Kontakt: Ola Fjellström, handläggare på avdelningen för vård och omsorg.")
    assert entities(text).get("Avdelningen för vård och omsorg") == "Organisation"
    found = facts(text)
    assert ("Gun Rydell", "leads", "Avdelningen för vård och omsorg") in found
    assert ("Ola Fjellström", "worksFor", "Avdelningen för vård och omsorg") in found
