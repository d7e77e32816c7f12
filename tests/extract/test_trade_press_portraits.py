"""How trade-press portraits and local news say who works where: a time before the pronoun ("I dag är hon …"),
"vid X som verksamhetschef", a centre with its short form in brackets that is said to be a unit of its region,
an employer in brackets after the title, a studierektor. Every snippet is invented and names no one from the
corpora."""
from snippets import entities, facts


def test_a_time_before_the_pronoun_still_gives_her_the_title():
    found = facts("Karin Öberg arbetade länge som undersköterska. I dag är hon mas i Tibro kommun, som har "
                  "elva tusen invånare.")
    assert ("Karin Öberg", "title", "mas") in found
    assert ("Karin Öberg", "worksFor", "Tibro kommun") in found


def test_a_place_then_som_and_the_title():
    found = facts("Tre dagar i veckan har Nils Strand funnits på plats vid Centrum för glesbygdsvård som "
                  "verksamhetschef, övrig tid har han arbetat kliniskt.")
    assert ("Nils Strand", "title", "verksamhetschef") in found
    assert ("Nils Strand", "worksFor", "Centrum för glesbygdsvård") in found
    assert ("Nils Strand", "leads", "Centrum för glesbygdsvård") in found


def test_a_centre_with_its_short_form_is_a_unit_of_the_region_it_is_said_to_be_in():
    text = ("Fjällmedicinskt centrum (FMC) har flyttat till nya lokaler. FMC är en forsknings- och "
            "utvecklingsenhet inom primärvården i Region Jämtland Härjedalen.")
    assert entities(text).get("Fjällmedicinskt centrum") == "Organisation"
    assert ("Fjällmedicinskt centrum", "partOf", "Region Jämtland Härjedalen") in facts(text)


def test_the_employer_in_brackets_after_each_title_of_a_caption():
    text = ("Teamet: Oskar Dahl, sjuksköterska (Primärvård, Region Västerbotten), Ida Nyqvist, distriktssköterska "
            "(hemsjukvården Skellefteå kommun), Pontus Ås, familjeläkare (Nordbotten Läkarhus).")
    assert entities(text).get("Nordbotten Läkarhus") == "Organisation"
    found = facts(text)
    assert ("Oskar Dahl", "worksFor", "Region Västerbotten") in found
    assert ("Ida Nyqvist", "worksFor", "Skellefteå kommun") in found
    assert ("Pontus Ås", "worksFor", "Nordbotten Läkarhus") in found


def test_a_title_abbreviated_in_brackets_is_no_employer():
    found = facts("Lena Holm, medicinskt ansvarig sjuksköterska (MAS) i Orsa kommun, leder arbetet.")
    assert ("Lena Holm", "worksFor", "Orsa kommun") in found
    assert not [f for f in found if f[1] != "title" and f[2] == "MAS"]


def test_a_studierektor_is_a_title():
    assert ("Anders Byström", "title", "st-studierektor") in facts("ST-studierektorn Anders Byström bjöd alla på fika.")


def test_a_pronoun_after_paragraphs_of_quotes_is_still_the_one_person_portrayed():
    text = ("Förr arbetade Sanna Lind som undersköterska i hemtjänsten.\n\n"
            "— Jag ville förstå mer av juridiken och hur vården hänger ihop, och det har jag fått göra under "
            "de här åren. Det har varit lärorikt på alla sätt, säger hon och skrattar åt minnet av sin första "
            "dag på utbildningen, då hon gick vilse i korridorerna två gånger innan hon hittade rätt sal.\n\n"
            "— När jag såg annonsen förstod jag att det var den vägen jag skulle gå. Det kändes rätt från "
            "första stund, och jag har inte ångrat mig en enda dag sedan dess.\n\n"
            "I dag är hon mas i Bjuvs kommun, som är förhållandevis liten.")
    found = facts(text)
    assert ("Sanna Lind", "title", "mas") in found
    assert ("Sanna Lind", "worksFor", "Bjuvs kommun") in found


def test_the_care_centre_a_genitive_names_is_the_one_the_text_named():
    found = facts("Nya lokaler för Vikbolandets hälsocentral. Personalen trivs.\n"
                  "– Vi har en platsannons ute, säger Hedda Bäck, hälsocentralens verksamhetschef.")
    assert ("Hedda Bäck", "worksFor", "Vikbolandets hälsocentral") in found
    assert ("Hedda Bäck", "leads", "Vikbolandets hälsocentral") in found


def test_a_captions_team_and_its_members():
    text = ("Mobilt team startar i Ludvika\n\n"
            "Mobila Teamet i Ludvika: Eja Sundin, sjuksköterska (Primärvård, Region Dalarna), Tor Hallén, "
            "familjeläkare (Kvarnbackens Läkarhus). Foto: Mia Borg\n\n"
            "Det blir det tredje mobila teamet i Dalarna.")
    assert entities(text).get("Mobila Teamet i Ludvika") == "Project"
    assert "Mobila teamet i Dalarna" not in entities(text)
    found = facts(text)
    assert ("Eja Sundin", "participatesIn", "Mobila Teamet i Ludvika") in found
    assert ("Tor Hallén", "participatesIn", "Mobila Teamet i Ludvika") in found
    assert ("Mia Borg", "participatesIn", "Mobila Teamet i Ludvika") not in found
