"""The people a report's front matter names: authors in capitals after "Författare:", a name whose line break was
lost before the next word, three people placed at once ("Alla tre är verksamma vid …") and a body's contacts
("Från SKL har A och B fungerat som …"). All people are invented."""
from snippets import entities, facts


def test_authors_written_in_capitals_are_people_by_their_names():
    found = entities("FoU-enheten i Östergötland\n\nUtvärdering av teamet i Motala Författare: "
                     "GÖRAN HELLSBERG MALIN ÖSTERDAHL KARIN SJÖBLOM-ÅBERG\n\nFörord\n")
    for name in ("Göran Hellsberg", "Malin Österdahl", "Karin Sjöblom-Åberg"):
        assert found.get(name) == "Person"
    assert not [name for name in found if name.isupper() or "Hellsberg Malin" in name]


def test_a_word_the_text_writes_in_lower_case_does_not_end_a_name():
    text = ("Under perioden har vi medverkat vid möten: Uppstartsmöte med projektledare, Ann-Sofi Gräslund "
            "Intervju med projektägare, Lars Wetterholm En intervju och två avstämningsmöten med projektledaren.")
    found = entities(text)
    assert found.get("Ann-Sofi Gräslund") == "Person"
    assert "Ann-Sofi Gräslund Intervju" not in found
    assert ("Ann-Sofi Gräslund", "title", "projektledare") in facts(text)


def test_a_surname_spelled_in_an_address_still_ends_the_name():
    found = entities("Kontakt\n\nKarin Lövgren Cecilia af Sunden\n\ncecilia.af.sunden@regionvastmanland.se")
    assert found.get("Cecilia af Sunden") == "Person"


TEXT = ("Ansvarig för uppdraget har varit professor Urban Markvall. Analysen har gjorts av doktorand Mira "
        "Fjelldahl. I projektgruppen har även Dawit Rosengren ingått. Alla tre är verksamma vid Institutionen för "
        "socialt arbete, Umeå universitet. Från SKL har Marit Eskilsgård och Fredrik Lindholt fungerat som "
        "kontaktpersoner.")


def test_all_three_placed_at_once_are_the_three_the_paragraph_named_last():
    found = facts(TEXT)
    for name in ("Urban Markvall", "Mira Fjelldahl", "Dawit Rosengren"):
        assert (name, "worksFor", "Institutionen för socialt arbete") in found
    assert ("Marit Eskilsgård", "worksFor", "Institutionen för socialt arbete") not in found


def test_all_three_is_not_read_when_the_paragraph_names_more():
    found = facts(TEXT.replace("I projektgruppen har även Dawit Rosengren ingått.",
                               "I projektgruppen har även Dawit Rosengren och Ylva Berggård ingått."))
    assert ("Urban Markvall", "worksFor", "Institutionen för socialt arbete") not in found


def test_a_body_opening_the_sentence_employs_the_people_it_had():
    found = facts(TEXT)
    for name in ("Marit Eskilsgård", "Fredrik Lindholt"):
        assert (name, "worksFor", "Sveriges Kommuner och Landsting") in found
