"""A staff profile's fields, a steering group's roster with abbreviated posts, politicians named as a group, and an
administration named by three suspended compounds. Every person is invented; regions, municipalities and the
abbreviations of posts are public reference data."""
from snippets import entities, facts


def test_a_profiles_fields_give_the_named_person_her_post_and_employer():
    found = facts("Mitt jobb är fritt\n\nNamn: Clara Andrén\nYrke: Sjuksköterska inom hemsjukvården, för personer "
                  "som är 65 plus\nArbetsplats: Uppsala kommun\nUtbildning: Sjuksköterska\n")
    assert ("Clara Andrén", "title", "sjuksköterska") in found
    assert ("Clara Andrén", "worksFor", "Uppsala kommun") in found


def test_a_field_after_the_profile_has_ended_is_not_the_profiles():
    found = facts("Namn: Clara Andrén\nBefattning: Enhetschef\n\nHon började 2014 och trivs.\n\n"
                  "Arbetsplats: Uppsala kommun\n")
    assert ("Clara Andrén", "title", "enhetschef") in found
    assert ("Clara Andrén", "worksFor", "Uppsala kommun") not in found


def test_a_rosters_abbreviated_posts_in_brackets():
    found = facts("Styrgrupp\n\n • Brita Vinsa, Region Västerbotten (HSD), Norra sjukvårdsregionen\n"
                  " • Jan Grönberg, Region Sörmland (RD), sjukvårdsregion Uppsala-Örebro\n")
    assert ("Brita Vinsa", "title", "HSD") in found
    assert ("Jan Grönberg", "title", "RD") in found


def test_politicians_named_as_a_group_hold_no_post_by_it():
    text = ("Projektledaren Sandra Torvfelt visade runt politikerna Mats Abramsson (M), Nils-Ove Bengtsén (M) och "
            "Mikael Stenemar (L). Men omsorgsnämndens ordförande Nils-Ove Bengtsén fick en rundvisning.")
    found = facts(text)
    assert not any(f[1] == "title" and f[2] == "politiker" for f in found)
    assert ("Nils-Ove Bengtsén", "title", "omsorgsnämndens ordförande") in found
    # one person who says she is a politician keeps it
    assert ("Monika Ekdal", "title", "politiker") in facts("Monika Ekdal är politiker i regionfullmäktige.")


def test_an_administration_named_by_three_suspended_compounds():
    text = "Gisela Östman, förvaltningsdirektör för Hälsa-, vård- och omsorgsförvaltningen, avslutar sitt uppdrag."
    assert entities(text).get("Hälsa-, vård- och omsorgsförvaltningen") == "Organisation"
    assert ("Gisela Östman", "leads", "Hälsa-, vård- och omsorgsförvaltningen") in facts(text)


def test_a_heads_unit_named_by_its_fields_at_the_end_of_a_roster_row():
    text = ("Styrgruppens medlemmar\n\n"
            "Cecilia Haraldsén, Region Kronoberg, verksamhetschef Kompetens och lärande\n\n"
            "Agneta Magnér, Region Kronoberg, verksamhetschef Folkhälsa och social utveckling\n\n"
            "Rut Törnvall, Markaryds kommun, skolchef\n")
    found = facts(text)
    assert ("Cecilia Haraldsén", "worksFor", "Kompetens och lärande") in found
    assert ("Cecilia Haraldsén", "leads", "Kompetens och lärande") in found
    assert ("Agneta Magnér", "leads", "Folkhälsa och social utveckling") in found
    assert ("Rut Törnvall", "title", "skolchef") in found


def test_specific_councils_named_with_their_adjective():
    found = entities("De specifika samverkansråden är:\n\n  • Specifikt samverkansråd för folkhälsa\n"
                     "  • Specifikt samverkansråd för kultur\n")
    assert found.get("Specifikt samverkansråd för folkhälsa") == "CollaborationForum"
    assert found.get("Specifikt samverkansråd för kultur") == "CollaborationForum"
    assert "Samverkansråd för folkhälsa" not in found


def test_a_care_organisation_named_by_its_care_and_its_district_is_no_person():
    found = entities("David Advall (S) är ordförande Närvård Frostvik. Närvård Frostvik har det totala ansvaret.")
    assert "Närvård Frostvik" not in [name for name, kind in found.items() if kind == "Person"]
    assert found.get("David Advall") == "Person"


def test_a_flattened_roster_gives_each_post_to_the_name_before_it():
    found = facts("Hyltenämnden Ledamöter Anna Rosén (C) Ordförande Kristina Jonsäter (S) Vice ordförande Thom "
                  "Eriksén (M) Ledamot Inga Torhall (L) Ledamot\n")
    assert ("Anna Rosén", "title", "ordförande") in found
    assert ("Kristina Jonsäter", "title", "vice ordförande") in found
    assert ("Kristina Jonsäter", "title", "ordförande") not in found
    assert ("Thom Eriksén", "title", "ledamot") in found
    assert ("Thom Eriksén", "title", "vice ordförande") not in found


def test_a_forum_compound_capitalised_inside_a_sentence_is_a_name():
    found = entities("Styrgrupp för FoU Nordanvind är Länssamordningsgruppen med representation från socialtjänst.")
    assert found.get("Länssamordningsgruppen") == "CollaborationForum"
    # opening a sentence, the capital says nothing
    assert "Länssamordningsgruppen" not in entities("Länssamordningsgruppen träffas i maj.")


MUNICIPAL_CARDS = ("Dorotea kommun\n\n"
                   "Vård- och stödutskottets ordförande\n\nBengt Henning, C\n\nbengt.henning@dorotea.se\n\n"
                   "Vård- och stödutskottets vice ordförande\n\nMaria Modén, S\n\nmaria.moden@dorotea.se\n\n"
                   "Medicinskt ansvarig sjuksköterska (MAS)\n\nEmma Fagerlund\n0382-154 88\n")


def test_a_municipalitys_cards_give_each_title_to_the_name_below_it():
    found = facts(MUNICIPAL_CARDS)
    assert ("Bengt Henning", "title", "vård- och stödutskottets ordförande") in found
    assert ("Maria Modén", "title", "vård- och stödutskottets vice ordförande") in found
    assert not any(f[0] == "Bengt Henning" and f[1] == "title" and "vice" in f[2] for f in found)
    assert ("Emma Fagerlund", "title", "medicinskt ansvarig sjuksköterska") in found


def test_a_post_under_a_committees_name_is_no_part_of_the_committees_name():
    found = entities(MUNICIPAL_CARDS)
    assert found.get("Vård- och stödutskottet") == "Organisation"  # a unit of the board, as a nämnd is
    assert not any(name.endswith("ordförande") for name in found)
    assert ("Bengt Henning", "leads", "Vård- och stödutskottet") in facts(MUNICIPAL_CARDS)
