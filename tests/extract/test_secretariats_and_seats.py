"""How a group's own page says who serves and fills it: "I samrådets sekretariat finns A och B", "Regionens
ledamöter utgörs av presidiet", "regionen representeras av direktören". Every snippet is invented and names no
one from the corpora."""
from snippets import facts


def test_people_in_a_forums_secretariat_sit_in_it():
    found = facts("Samråd äldre och hälsa\n\nSamråd äldre och hälsa är ett organ för samråd mellan Region Gävleborg och "
                  "kommunerna.\n\nI samrådets sekretariat finns utredare Nora Lind, Region Gävleborg, och "
                  "samordnare Per Aspvik, Ovanåkers kommun.")
    assert ("Nora Lind", "participatesIn", "Samråd äldre och hälsa") in found
    assert ("Per Aspvik", "participatesIn", "Samråd äldre och hälsa") in found


def test_a_secretariat_named_by_another_word_than_the_pages_forum_gives_no_member():
    found = facts("Samråd äldre och hälsa\n\nSamråd äldre och hälsa är ett organ för samråd mellan Region Gävleborg och "
                  "kommunerna.\n\nI kanslits sekretariat finns utredare Nora Lind, Region Gävleborg.")
    assert ("Nora Lind", "participatesIn", "Samråd äldre och hälsa") not in found


def test_an_organisation_that_fills_a_forums_seats_takes_part_in_it():
    found = facts("Samverkan mellan Region Gävleborg och kommunerna\n\nOmsorgsrådet\n\nOmsorgsrådet är ett politiskt "
                  "samverkansorgan där förtroendevalda från kommunerna och regionen möts. Regionens ledamöter utgörs "
                  "av presidiet i hälso- och sjukvårdsnämnden.\n\nChefsnätverket för vård\n\nEtt forum för "
                  "tjänstemän. Regionen representeras av hälso- och sjukvårdsdirektören.")
    assert ("Region Gävleborg", "participatesIn", "Omsorgsrådet") in found
    assert ("Region Gävleborg", "participatesIn", "Chefsnätverket för vård") in found
