"""A university department written in lower case with a compound field, and a title two people share after a
comma ("A och B, båda lektorer vid X"). Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_a_department_whose_field_is_a_split_compound():
    text = ("– Vi vill pröva arbetssättet, säger Maja Grönqvist, docent i omvårdnad vid institutionen för "
            "hälso- och vårdvetenskap vid Mälardalens universitet.")
    assert entities(text).get("Institutionen för hälso- och vårdvetenskap") == "Organisation"
    found = facts(text)
    assert ("Maja Grönqvist", "worksFor", "Institutionen för hälso- och vårdvetenskap") in found
    assert ("Institutionen för hälso- och vårdvetenskap", "partOf", "Mälardalens universitet") in found


def test_a_title_both_named_people_share_after_a_comma():
    found = facts("Sture Lindvall och Anneli Hedström, båda universitetslektorer vid Institutionen för socialt "
                  "arbete på Umeå universitet, beskriver hur samarbetet har vuxit.")
    for person in ("Sture Lindvall", "Anneli Hedström"):
        assert (person, "title", "universitetslektor") in found
        assert (person, "worksFor", "Institutionen för socialt arbete") in found


def test_a_party_tag_in_commas_between_name_and_title():
    found = facts("Vi tar nästa steg nu, säger Gunnel Vikström, (c), kommunstyrelsens ordförande, Bergs kommun.")
    assert ("Gunnel Vikström", "title", "kommunstyrelsens ordförande") in found
    assert ("Gunnel Vikström", "worksFor", "Bergs kommun") in found


def test_a_centre_named_by_an_adjective_and_its_field():
    text = "Henrik Sandell, docent och föreståndare på Centrum för socialmedicinska studier, leder seminariet."
    assert entities(text).get("Centrum för socialmedicinska studier") == "Organisation"
    assert ("Henrik Sandell", "leads", "Centrum för socialmedicinska studier") in facts(text)


def test_a_centres_acting_head_and_a_universitys_rector_lead_them():
    found = facts("Lotta Bergfors, tf föreståndare på Centrum för vårdforskning, och Nils Hägglund, rektor på "
                  "Högskolan i Borås, skrev under avtalet.")
    assert ("Lotta Bergfors", "leads", "Centrum för vårdforskning") in found
    assert ("Nils Hägglund", "leads", "Högskolan i Borås") in found


def test_a_regional_director_is_not_said_to_lead_the_region_by_his_title_alone():
    found = facts("Ola Bergkvist, hälso- och sjukvårdsdirektör, Region Jämtland Härjedalen, öppnade dagen.")
    assert ("Ola Bergkvist", "worksFor", "Region Jämtland Härjedalen") in found
    assert not [f for f in found if f[1] == "leads"]


def test_an_associations_county_branch_is_its_own_organisation():
    text = "– Vi saknar läkare, uppger Kerstin Malmgren, ordförande i Vårdförbundet i Kronoberg."
    assert entities(text).get("Vårdförbundet i Kronoberg") == "Organisation"
    assert ("Kerstin Malmgren", "leads", "Vårdförbundet i Kronoberg") in facts(text)


def test_a_title_without_comma_before_a_lower_case_association_and_a_second_speaker():
    found = facts("– Det räcker inte, uppger Gustav Ekdahl ordförande i sjuksköterskeföreningen i Halland och "
                  "Berit Sjödin ordförande för pensionärerna i länet.")
    assert ("Gustav Ekdahl", "title", "ordförande") in found
    assert ("Gustav Ekdahl", "leads", "Sjuksköterskeföreningen i Halland") in found


def test_a_field_qualified_by_a_bare_adjective_and_departments_listed_before_their_university():
    text = ("Delprojekten drivs vid Institutionen för klinisk och experimentell medicin (IKM) och Institutionen "
            "för samhälls- och välfärdsstudier (ISV) vid Karlstads universitet. Sebastian Ahlgren leder arbetet "
            "vid Sophiagårdens vårdcentral, Gläntans äldreboende och Hemsjukvårdsenheten i Arvika kommun.")
    assert entities(text).get("Institutionen för klinisk och experimentell medicin") == "Organisation"
    found = facts(text)
    for department in ("Institutionen för klinisk och experimentell medicin",
                       "Institutionen för samhälls- och välfärdsstudier"):
        assert (department, "partOf", "Karlstads universitet") in found
    # only what is listed with a department of its own kind lies in what follows "vid"
    assert ("Hemsjukvårdsenheten i Arvika kommun", "partOf", "Arvika kommun") in found
    assert not any(f[1] == "partOf" and f[0] in ("Sophiagårdens vårdcentral", "Gläntans äldreboende") for f in found)


def test_a_department_in_its_faculty_in_its_university():
    found = facts("Ulla Berggren, lektor vid Institutionen för Vårdvetenskaper, Fakulteten för medicin och hälsa, "
                  "Karlstads universitet.")
    assert ("Institutionen för Vårdvetenskaper", "partOf", "Fakulteten för medicin och hälsa") in found
    assert ("Fakulteten för medicin och hälsa", "partOf", "Karlstads universitet") in found
