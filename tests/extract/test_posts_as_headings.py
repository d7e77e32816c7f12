"""A steering group's page and a news report: a post standing as a heading over the people who hold it, a post held
before, a place before a name, an address and a company's kind. Every person, project and company name is invented;
regions, municipalities and national bodies are public reference data."""
from snippets import entities, facts

PAGE = ("Nationell samordning\n\n"
        "Projektledare\n\n"
        " • Tuva Engsäter, utredare, UKÄ\n"
        " • Vilgot Brandsten, utredare, Socialstyrelsen\n\n"
        "Huvudsekreterare\n\n"
        "Hedvig Ringbom, Region Västerbotten\n\n"
        "070-123 45 67\n\n"
        "Ledamöter\n\n"
        " • Professor, tidigare rektor, Albin Skogsrud, Örebro universitet\n"
        " • Nils Tallqvist, Region Gävleborg\n")


def test_a_post_as_a_heading_is_held_by_everyone_listed_under_it():
    found = facts(PAGE)
    for person in ("Tuva Engsäter", "Vilgot Brandsten"):
        assert (person, "title", "projektledare") in found
        assert (person, "title", "utredare") in found  # what her own line says stays hers too
    assert ("Hedvig Ringbom", "title", "huvudsekreterare") in found


def test_a_plural_heading_gives_no_post_and_the_list_ends_at_the_next_heading():
    found = facts(PAGE)
    assert not any(f[0] == "Nils Tallqvist" and f[1] == "title" for f in found)
    assert ("Hedvig Ringbom", "title", "projektledare") not in found


def test_a_post_held_before_is_no_title():
    found = facts(PAGE)
    assert ("Albin Skogsrud", "title", "rektor") not in found
    assert ("Albin Skogsrud", "leads", "Örebro universitet") not in found
    assert ("Albin Skogsrud", "worksFor", "Örebro universitet") in found


def test_a_successor_holds_the_post_the_one_before_him_held():
    found = facts("Med på rundturen är Melker Åsgård, tidigare verksamhetschef vid vårdcentralen och hans "
                  "efterträdare Signe Fjällman, liksom Olov Brink.")
    assert ("Signe Fjällman", "title", "verksamhetschef") in found
    assert ("Melker Åsgård", "title", "verksamhetschef") not in found
    found = facts("Med på rundturen är Melker Åsgård, tidigare verksamhetschef vid vårdcentralen, och Olov Brink.")
    assert ("Melker Åsgård", "title", "verksamhetschef") not in found


def test_a_place_after_i_before_a_comma_and_a_name_is_no_person():
    text = ("Publiken fick lära av distriktsläkaren vid Närhälsan i Norra Vik, Greta Ahlmark, som höll en "
            "föreläsning om det friska åldrandet.")
    assert "Norra Vik" not in entities(text)
    assert ("Greta Ahlmark", "title", "distriktsläkare") in facts(text)


def test_a_street_address_under_a_given_name_is_no_person():
    text = "PRODUKTION Svenska Läkaresällskapet, Klara Norra Storgatan 10, 101 35 Stockholm"
    assert not [name for name, kind in entities(text).items() if kind == "Person"]


def test_a_specialist_physician_is_a_title():
    assert ("Sten Fjällberg", "title", "kardiolog") in facts("Sten Fjällberg, kardiolog och en av bolagets grundare.")
    assert ("Ina Berglöf", "title", "onkolog") in facts("– Det tar tid, säger Ina Berglöf, onkolog.")


def test_a_company_named_after_its_kind_in_a_compound_is_an_organisation():
    text = "Samarbetet mellan medicinkliniken och teknikföretaget Vardlo ska frigöra vårdplatser."
    assert entities(text)["Vardlo"] == "Organisation"


ROWS = ("Lokal arbetsgrupp\n\n"
        " • Gösta Lindbäck, astma/KOL-sjuksköterska & avdelningschef, Bjurholms hälsocentral\n"
        " • Kerstin Vadell, professor i fysioterapi, spec.fysioterapeut, Region Västerbotten\n"
        " • Mia Sandgren, kommunalråd/ledamot i kommunstyrelsen, Borås stad\n"
        " • Åke Ersson, Region Stockholm (RD), sjukvårdsregion Stockholm-Gotland\n")


def test_a_title_keeps_the_field_or_abbreviation_written_on_to_it():
    found = facts(ROWS)
    assert ("Gösta Lindbäck", "title", "astma/kol-sjuksköterska") in found
    assert ("Gösta Lindbäck", "title", "avdelningschef") in found
    assert ("Kerstin Vadell", "title", "spec.fysioterapeut") in found


def test_two_posts_joined_by_a_slash_stay_two():
    found = facts(ROWS)
    assert ("Mia Sandgren", "title", "kommunalråd") in found
    assert not any(f[0] == "Mia Sandgren" and f[1] == "title" and "/" in f[2] for f in found)


def test_a_healthcare_region_written_in_lower_case_by_its_places_is_found():
    assert entities(ROWS)["Stockholms sjukvårdsregion"] == "Organisation"


KIND_PAGE = ("Lokala arbetsgrupper (LAG)\n\n"
             "Den lokala arbetsgruppen (LAG) tar emot nationella kunskapsunderlag.\n\n"
             "I Region Västerbotten finns följande lokala arbetsgrupper (LAG):\n\n"
             "Lokal arbetsgrupp för Astma-KOL arbetar för att riktlinjer implementeras.\n\n"
             "Medlemmar i lokal arbetsgrupp för astma-KOL\n\n"
             "Ordförande\n\n"
             "Tore Sandvik, överläkare, Norrlands universitetssjukhus, Umeå\n\n"
             "Ledamöter\n\n"
             "Elsa Sunnerby, astma/KOL-sjuksköterska, Bjurholms hälsocentral\n\n"
             "Gun Lindvik, distriktsläkare, Ersboda hälsocentral\n")


def test_one_group_of_a_kind_named_in_the_plural_is_a_forum_of_its_own_and_its_members_sit_in_it():
    found = entities(KIND_PAGE)
    assert found.get("Lokal arbetsgrupp för Astma-KOL") == "CollaborationForum"
    assert found.get("Lokala arbetsgrupper") == "CollaborationForum"
    for member in ("Elsa Sunnerby", "Gun Lindvik"):
        assert (member, "participatesIn", "Lokal arbetsgrupp för Astma-KOL") in facts(KIND_PAGE)
