"""A debate's panel and a podcast's show notes: "Name (party) - post" rows a blank line apart, a closing "alla
från X", a speaker list's "förste vice talman", and people counted as "fyra av riksdagsledamöterna" or "tre av
projektledarna. Det är …". Every person and care chain is invented; regions and national posts are public
reference data."""
from snippets import entities, facts

PANEL = ("Samtliga partiers företrädare deltar:\n\n"
         "Ronja Strand (S) - socialminister/sjukvårdsminister\n\n"
         "Camilla Westerberg Grönlid (M) - socialpolitisk talesperson\n\n"
         "Karin Råfors (V) - vårdpolitisk talesperson\n\n"
         "Anders Åkerlind (MP) - regionråd med ansvar för sjukvård, sitter i partistyrelsen\n")


def test_each_row_of_a_panel_gives_its_own_post_to_its_own_name():
    found = facts(PANEL)
    assert ("Ronja Strand", "title", "socialminister") in found
    assert ("Camilla Westerberg Grönlid", "title", "socialpolitisk talesperson") in found
    assert ("Karin Råfors", "title", "vårdpolitisk talesperson") in found
    assert ("Karin Råfors", "title", "socialpolitisk talesperson") not in found  # the row above is another's
    assert ("Anders Åkerlind", "title", "regionråd") in found


def test_a_closing_all_from_places_everyone_the_sentence_named():
    text = ("Lyssna till Elna Ask, patientföreträdare, Lotta Larsdotter, läkare och direktör Vårdcentralerna Friskt "
            "liv och Siv Persson, utvecklingsledare - alla från Region Jönköpings län.")
    found = facts(text)
    for name in ("Elna Ask", "Lotta Larsdotter", "Siv Persson"):
        assert (name, "worksFor", "Region Jönköpings län") in found
    assert ("Elna Ask", "title", "patientföreträdare") in found
    assert not any(kind == "Person" and name.startswith("Vårdcentralerna") for name, kind in entities(text).items())


def test_one_person_from_somewhere_does_not_place_the_others():
    found = facts("Lyssna till Elna Ask, patientföreträdare, och Siv Persson, utvecklingsledare på Region Halland.")
    assert ("Elna Ask", "worksFor", "Region Halland") not in found


def test_the_speaker_of_the_riksdag_in_a_speaker_list():
    found = facts("Anförandelista\n\n 1. Förste vice talman Kenneth Dahlby\n 2. Yasmin Bergdal (S)\n")
    assert ("Kenneth Dahlby", "title", "förste vice talman") in found
    assert not any(f[0] == "Yasmin Bergdal" and f[1] == "title" for f in found)


def test_a_list_of_members_counted_among_a_plural_post():
    found = facts("Anders Jonlid (C), Åsa Lindvall (MP), Karin Råfors (V), och Lina Nordbäck, var fyra av "
                  "riksdagsledamöterna som var med på utfrågningen.")
    for name in ("Anders Jonlid", "Åsa Lindvall", "Karin Råfors", "Lina Nordbäck"):
        assert (name, "title", "riksdagsledamot") in found
    found = facts("Alva Berglöf och Eira Ekvall är två av projektledarna.")
    assert ("Alva Berglöf", "title", "projektledare") in found
    assert ("Eira Ekvall", "title", "projektledare") in found


def test_a_counted_post_then_a_sentence_naming_its_holders_with_their_employers():
    found = facts("I avsnittet träffar vi tre av projektledarna för studien. Det är Tore Ekwall (Region Skåne), "
                  "Maja Nilsdotter (Region Halland) och Jon Stenholm (Region Kronoberg) som är dagens gäster.")
    for name, region in (("Tore Ekwall", "Region Skåne"), ("Maja Nilsdotter", "Region Halland"),
                         ("Jon Stenholm", "Region Kronoberg")):
        assert (name, "title", "projektledare") in found
        assert (name, "worksFor", region) in found


def test_the_representatives_from_a_body_are_the_people_the_sentence_names_after_it():
    text = ("Några av representanterna från Region Västernorrland var Märit Molund, regional utvecklingsdirektör, "
            "Jonas Appelgren, FUI-direktör och Anette Sundqvist, it- och digitaliseringschef.")
    found = facts(text)
    for name in ("Märit Molund", "Jonas Appelgren", "Anette Sundqvist"):
        assert (name, "worksFor", "Region Västernorrland") in found
    # people named before the body, or after a "som" that turns to others, are not its representatives
    found = facts("Ebba Lunde höll i dagen. Representanterna från Region Västernorrland var Jonas Appelgren, som "
                  "berättade om Ebba Lunde.")
    assert ("Jonas Appelgren", "worksFor", "Region Västernorrland") in found
    assert ("Ebba Lunde", "worksFor", "Region Västernorrland") not in found


def test_a_title_and_a_two_word_administration_in_brackets():
    text = ("Det berättade Jonna Korell (enhetschef, Social och arbetsförvaltning) och Camilla Jonsäter "
            "(enhetschef, Vård och omsorgsförvaltningen) för oss.")
    found = facts(text)
    assert ("Jonna Korell", "worksFor", "Social och arbetsförvaltning") in found
    assert ("Camilla Jonsäter", "worksFor", "Vård och omsorgsförvaltningen") in found


def test_a_reports_headings_after_the_names_on_its_cover_are_no_part_of_them():
    found = entities("Folkhälsa En utvärdering av kommunförbundets folkhälsoprojekt 2012 2013 Utvärderare Nils "
                     "Hedberg Förord Under april fick Sverige en folkhälsopolitik. Petra Larsby Innehållsförteckning "
                     "Inledning")
    assert found.get("Nils Hedberg") == "Person"
    assert found.get("Petra Larsby") == "Person"
    assert not any("Förord" in name or "Innehåll" in name for name in found)


def test_a_body_represented_by_the_people_the_sentence_names():
    found = facts("Under besöket representerades Region Värmland av biträdande hälso- och sjukvårdsdirektör "
                  "Anna-Karin Edholm, Mats Sandvall, vice ordförande i hälso- och sjukvårdsnämnden, och Karl "
                  "Silverhamn, överläkare.")
    for name in ("Anna-Karin Edholm", "Mats Sandvall", "Karl Silverhamn"):
        assert (name, "worksFor", "Region Värmland") in found


def test_a_plural_specialty_after_a_list_of_names_is_each_ones():
    found = facts("Anders Moberger, Martin Albertsen och Sandra Hammarlind, specialister i allmänmedicin på "
                  "Liljeholmens vårdcentral. Foto: Anna Molin.")
    for name in ("Anders Moberger", "Martin Albertsen", "Sandra Hammarlind"):
        assert (name, "title", "specialist i allmänmedicin") in found
        assert (name, "worksFor", "Liljeholmens vårdcentral") in found
