"""How boards' pages, collaboration bodies' news and politicians' blog posts name who chairs what: an
election ("Till vice ordförande valdes …"), a labelled chair on a board's own page, a blog post signed at its
end, a municipal board by its town, and a head of service who is not the administration's head. Every snippet
is invented and names no one from the corpora."""
from snippets import entities, facts


def test_an_elected_chair_leads_the_board_and_elected_deputies_sit_in_it():
    found = facts("En ny mandatperiod har börjat för Samverkansnämnden Sjukvårdsregion Mellansverige.\n\n"
                  "Vid Samverkansnämndens sammanträde valdes Vera Holm (m) från Region Uppsala till ny ordförande. "
                  "Till förste vice ordförande valdes Åke Rapp (s), Region Örebro län och till andra vice "
                  "ordförande valdes Siri Dal (s), Region Dalarna.")
    board = "Samverkansnämnden Sjukvårdsregion Mellansverige"
    assert ("Vera Holm", "leads", board) in found
    assert ("Åke Rapp", "title", "förste vice ordförande") in found
    assert ("Åke Rapp", "participatesIn", board) in found
    assert ("Siri Dal", "participatesIn", board) in found
    assert ("Vera Holm", "worksFor", "Region Örebro län") not in found


def test_a_region_boards_short_name_and_genitive_are_the_full_name():
    found = entities("Samverkansnämnden Sjukvårdsregion Mellansverige möttes i februari. Samverkansnämndens kansli "
                     "var på plats.")
    assert [name for name in found if name.startswith("Samverkansnämnden")] == [
        "Samverkansnämnden Sjukvårdsregion Mellansverige"]


def test_a_boards_own_page_labels_its_chair_and_numbered_deputies():
    found = facts("Vård & Omsorg\n\nNämnden för Vård & Omsorg (tidigare äldrenämnden) ansvarar för vård till äldre.\n\n"
                  "Ordförande: Ebbe Lunde (M)\n\n1:a vice ordförande: Greta Sand (C)\n\n"
                  "2:a vice ordförande: Ines Bolin (S)")
    assert ("Ebbe Lunde", "leads", "Nämnden för Vård & Omsorg") in found
    assert ("Greta Sand", "title", "1:a vice ordförande") in found
    assert ("Ines Bolin", "title", "2:a vice ordförande") in found


def test_a_blog_post_signed_by_its_writer_gives_the_writer_the_post_it_names():
    found = facts("1 januari tillträdde jag som ordförande för omsorgsnämnden i Kalmar. En nämnd med 1400 "
                  "anställda.\n\nDet ska bli en utmaning att utveckla äldreomsorgen.\n\nOlof Strand (s)")
    assert ("Olof Strand", "leads", "Omsorgsnämnden i Kalmar") in found
    assert ("Omsorgsnämnden i Kalmar", "partOf", "Kalmar kommun") in found


def test_a_post_without_a_signature_gives_no_one_the_writers_post():
    found = facts("1 januari tillträdde jag som ordförande för omsorgsnämnden i Kalmar, skriver Olof Strand (s) "
                  "i ett blogginlägg om äldreomsorgen.\n\nDet ska bli en utmaning.")
    assert not [f for f in found if f[1] == "leads"]


def test_a_regions_board_in_a_town_is_no_municipal_board():
    found = entities("Ordförande i hälso- och sjukvårdsnämnden i Kalmar har ordet.")
    assert "Kalmar kommun" not in found


def test_a_head_of_service_at_an_administration_works_there_but_does_not_head_it():
    found = facts("– Vi flyttar ihop, säger Mira Ask, verksamhetschef på äldreförvaltningen på Karlskrona kommun.")
    unit = next(o for s, p, o in found if p == "worksFor" and o.startswith("Äldreförvaltningen"))
    assert (unit, "partOf", "Karlskrona kommun") in found
    assert ("Mira Ask", "leads", unit) not in found


def test_the_definite_head_of_a_care_home_named_at_the_sentences_start_heads_it():
    found = facts("På Tallbackens äldreboende i Växjö är enhetschefen Nils Frost på jobbet klockan sex varje morgon.")
    assert ("Nils Frost", "worksFor", "Tallbackens äldreboende") in found
    assert ("Nils Frost", "leads", "Tallbackens äldreboende") in found


def test_minutes_name_a_reporter_beside_his_company_and_after_his_post():
    found = facts("Ta del av informationen enligt bilaga. Per Vallgren Norrsken AB, redovisar sin rapport om "
                  "kommunens bolag. VD Piteå Värme AB, Ola Kvist informerar om snöröjningen.")
    assert ("Per Vallgren", "worksFor", "Norrsken AB") in found
    assert ("Ola Kvist", "worksFor", "Piteå Värme AB") in found
    assert ("Ola Kvist", "leads", "Piteå Värme AB") in found
    assert not [f for f in found if f[0].startswith("VD") or f[2] in ("VD Piteå Värme AB", "Per Vallgren Norrsken AB")]


def test_an_abbreviated_chair_in_minutes_belongs_to_the_name_before_it():
    found = facts("Beslutande: Roland Berglöf, ordf Lisa Ekwall Ann Holmér, Per Dalby. Utses att justera: Per Dalby")
    assert ("Roland Berglöf", "title", "ordförande") in found
    assert ("Lisa Ekwall", "title", "ordförande") not in found


def test_a_quote_in_a_signed_article_gives_the_speaker_her_own_post():
    found = facts("Hemtjänsten flyttar.\n\n– Jag är enhetschef här sedan 2019, säger Mona Vik.\n\n"
                  "– Jag blev chef i våras och trivs.\n\nPer Lindqvist")
    assert not [f for f in found if f[0] == "Per Lindqvist" and f[1] == "title"]
