"""An organisation chart written as a sentence and a bulleted list: each bullet names one unit, which is part of the
organisation the sentence opens with. Regions are public reference data; the units' names are invented or generic."""
from snippets import entities, facts

CHART = ("Region Gotlands organisation\n\n"
         "I korthet går organisationen att beskriva så här: Region Gotland består av tre förvaltningar där "
         "verksamheten drivs, och varje förvaltning har minst en nämnd;\n\n"
         "  • Omsorgsförvaltningen (OMF) – Omsorgsnämnden (OMN)\n"
         "  • Skog- och markförvaltningen (SMF) – Skog- och marknämnden (SMN)\n"
         "  • Hamnförvaltningen (HF) – Hamnnämnden (HN)\n")

CENTRES = ("Den största förvaltningen är vården, som är indelad i tre olika centrum:\n\n"
           "  • ortopedi-, hand- och fotcentrum\n"
           "  • medicinskt bildcentrum\n"
           "  • hörselcentrum\n\n"
           "Inom vården finns också en forskningsenhet.")


def test_each_bulleted_unit_of_a_chart_is_part_of_the_organisation_the_chart_describes():
    found = facts(CHART)
    for unit in ("Omsorgsförvaltningen", "Skog- och markförvaltningen", "Hamnförvaltningen"):
        assert (unit, "partOf", "Region Gotland") in found, unit
    assert ("Omsorgsnämnden", "partOf", "Region Gotland") not in found


def test_a_charts_units_written_in_lower_case_are_named_whole_with_a_capital():
    found = entities(CENTRES)
    assert found.get("Ortopedi-, hand- och fotcentrum") == "Organisation"
    assert found.get("Medicinskt bildcentrum") == "Organisation"
    assert found.get("Hörselcentrum") == "Organisation"


def test_bullets_after_a_sentence_that_is_no_chart_are_not_units():
    found = entities("Vi arbetar med tre saker:\n\n  • trygghet i hemmet\n  • kontinuitet\n  • samverkan\n")
    assert not any(kind == "Organisation" for kind in found.values())


def test_an_administration_in_lower_case_named_by_its_heads_title_is_hers_to_lead():
    found = facts("Det är inte syftet, förklarar vård- och omsorgsförvaltningens chef Ida Brink och Eva Holt, "
                  "områdeschef för äldreomsorgen.")
    assert ("Ida Brink", "leads", "Vård- och omsorgsförvaltningen") in found
    assert ("Ida Brink", "worksFor", "Vård- och omsorgsförvaltningen") in found
    assert ("Eva Holt", "leads", "Vård- och omsorgsförvaltningen") not in found


def test_a_captions_head_whose_title_follows_her_name_leads_the_unit_and_the_title_before_a_name_is_the_next():
    found = facts("Arjeplogs hälsocentral lyfter fram sina medarbetare. Från vänster: Karin Flink, sjuksköterska, "
                  "Carola Wall, verksamhetschef, Pia Ek, enhetschef Lena Ros och Anna Vest. Foto: Jonas Berg.")
    assert ("Carola Wall", "leads", "Arjeplogs hälsocentral") in found
    assert ("Karin Flink", "leads", "Arjeplogs hälsocentral") not in found
    assert ("Pia Ek", "leads", "Arjeplogs hälsocentral") not in found


def test_the_members_of_the_association_a_page_is_about_take_part_in_it():
    text = ("Logotyp Samordningsförbundet Södra Berga.\n\nOrganisation och styrning\n\n"
            "Förbundets medlemmar är Försäkringskassan och Arbetsförmedlingen i Östergötland, Region Östergötland "
            "samt Kinda och Åtvidabergs kommuner.")
    found = facts(text)
    for member in ("Försäkringskassan", "Arbetsförmedlingen", "Region Östergötland", "Kinda kommun",
                   "Åtvidabergs kommun"):
        assert (member, "participatesIn", "Samordningsförbundet Södra Berga") in found, member


def test_members_of_an_association_the_page_names_only_generically_are_left_unattached():
    found = facts("Samordningsförbundet är en möjlighet. Förbundets medlemmar är Arbetsförmedlingen och "
                  "Försäkringskassan.")
    assert not any(p == "participatesIn" for _, p, _ in found)


def test_a_federation_of_three_towns_is_named_with_all_three():
    text = "Det är bra, säger Elin Asp, förbundschef på Samordningsförbundet Botkyrka Huddinge Salem."
    assert entities(text).get("Samordningsförbundet Botkyrka Huddinge Salem") == "Organisation"
    assert ("Elin Asp", "leads", "Samordningsförbundet Botkyrka Huddinge Salem") in facts(text)
    assert "Samordningsförbundet Västra Östergötland" in entities(
        "Samordningsförbundet Västra Östergötland Tar emot ansökningar.")
