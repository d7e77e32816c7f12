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
