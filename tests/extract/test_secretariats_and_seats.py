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


def test_a_groups_name_as_a_heading_over_bullets_of_names_lists_its_members():
    found = facts("Om Vårdlyftet\n\nVårdlyftet är ett samarbete mellan vårdcentraler i landet.\n\n"
                  "Arbetsgruppen för Vårdlyftet\n\n • Hedda Rask, projektledare, allmänläkare\n"
                  " • Tove Almqvist, fysioterapeut\n • Sixten Borg, distriktssköterska")
    for name in ("Hedda Rask", "Tove Almqvist", "Sixten Borg"):
        assert (name, "participatesIn", "Arbetsgruppen för Vårdlyftet") in found
    assert ("Hedda Rask", "leads", "Vårdlyftet") in found
    assert ("Tove Almqvist", "leads", "Vårdlyftet") not in found


def test_a_national_association_named_sveriges_is_no_person():
    found = facts("Föreningar som ingår är Sveriges Arbetsterapeuter, Fysioterapeuterna och Sveriges "
                  "Psykologförbund.")
    assert not [f for f in found if f[0].startswith("Sveriges")]


def test_the_parties_listed_after_a_colon_take_part_in_the_collaboration():
    found = facts("I Närvårdssamverkan Norra Fyrstad samverkar följande parter: vårdcentraler inom regionen, "
                  "kommunal vård och omsorg i Borås Stad samt Sjuhärads kommunalförbund.")
    assert ("Borås stad", "participatesIn", "Närvårdssamverkan Norra Fyrstad") in found
    assert ("Boråsregionen Sjuhärads kommunalförbund", "participatesIn", "Närvårdssamverkan Norra Fyrstad") in found
