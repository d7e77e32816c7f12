"""A delegation's members listed after "Här är ledamöterna:", a board's chair by the board's genitive, a town's
social services chief by the town's genitive, an administration's chief by "Förvaltningens chef", and a
committee of the Riksdag named with its owner. People are invented; the bodies and places are public reference
data."""
from snippets import entities, facts

DELEGATION = ("Regeringen har tillsatt en delegation för bättre vård. Jag är glad över att presentera ledamöterna "
              "i den delegation för bättre vård som vi talade om, säger socialminister Eva Strand.\n\n"
              "Ordförande i delegationen är utsedd sedan tidigare, Karin Holm, läkare. Nu har övriga ledamöter "
              "utsetts. Här är ledamöterna:\n\n"
              "  • Olle Berg, professor, Lunds universitet\n"
              "  • Maja Sten, hälso- och sjukvårdsdirektör, Region Jönköpings län\n")


def test_the_members_listed_after_here_are_the_members_sit_in_the_delegation():
    found = facts(DELEGATION)
    forum = next(o for s, p, o in found if s == "Karin Holm" and p == "leads")
    assert ("Olle Berg", "participatesIn", forum) in found
    assert ("Maja Sten", "participatesIn", forum) in found
    assert ("Eva Strand", "participatesIn", forum) not in found


def test_a_boards_chair_by_its_genitive_leads_the_board_the_text_names():
    text = ("Socialnämnden i Ale kommun styr förvaltningen. Socialnämndens ordförande är Rolf Ekdal (M).\n")
    assert ("Rolf Ekdal", "leads", "Socialnämnden i Ale kommun") in facts(text)


def test_a_chair_to_be_by_the_boards_genitive_leads_it():
    text = ("Nu blir Tomas Lind samhällsbyggnadsnämndens ordförande och jag ordförande för "
            "äldreomsorgsnämnden.\n")
    found = facts(text)
    assert ("Tomas Lind", "leads", "Samhällsbyggnadsnämnden") in found
    assert ("Tomas Lind", "leads", "Äldreomsorgsnämnden") not in found


def test_a_towns_social_services_chief_works_for_its_municipality():
    found = facts("Efter två år har Säters socialchef Mikael Lundgren sagt upp sig.\n")
    assert ("Mikael Lundgren", "worksFor", "Säters kommun") in found
    assert ("Mikael Lundgren", "title", "socialchef") in found


def test_the_administrations_chief_heads_the_one_administration_named():
    text = ("Socialförvaltningen\n\nSocialförvaltningen svarar för äldreomsorgen i Ale kommun.\n\n"
            "Förvaltningens chef är socialdirektör Mona Falk och nämndens ordförande är Per Ek.\n")
    found = facts(text)
    assert ("Mona Falk", "leads", "Socialförvaltningen") in found
    assert ("Mona Falk", "worksFor", "Socialförvaltningen") in found
    assert ("Per Ek", "leads", "Socialförvaltningen") not in found


def test_a_committee_of_the_riksdag_keeps_its_owner_and_is_led_by_its_chair():
    for text in ("Lena Vik, ordförande i Riksdagens Socialutskott, talade.\n",
                 "Lena Vik, ordförande i riksdagens socialutskott, talade.\n"):
        found = facts(text)
        committee = next(name for name, kind in entities(text).items() if "utskott" in name.casefold())
        assert committee.casefold() == "riksdagens socialutskott"
        assert entities(text)[committee] == "Organisation"
        assert ("Lena Vik", "leads", committee) in found
        assert ("Lena Vik", "leads", "Riksdagen") not in found


def test_the_committee_by_its_bare_name_is_the_riksdags_one_the_text_named():
    text = "Lena Vik, ordförande i riksdagens socialutskott, talade. Hon har suttit i socialutskottet länge.\n"
    assert [name for name in entities(text) if "utskott" in name.casefold()] == ["Riksdagens socialutskott"]
