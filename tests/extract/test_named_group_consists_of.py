"""A named group over the rows of its members ("Politiska styrgruppen för X består av:" then "Name, title, tel."),
and a national association named by the adjective of its field ("Svensk geriatrisk förening"). All names are
invented."""
from snippets import entities, facts

PAGE = ("Kontaktperson:\n"
        "Ylva Lindqvist, verksamhetsutvecklare, tel 054-701 10 43\n\n"
        "Politiska styrgruppen för Hemmaplan består av:\n"
        "Katarina Sehlstedt, regionråd, tel. 054-701 10 12\n"
        "Ebbe Hallqvist, kommunfullmäktiges ordförande, Arvika tel. 070-320 39 62\n"
        "Ulla Brännström, oppositionsråd, Region Värmland, tel. 054-61 41 26\n")


def test_each_row_under_a_named_group_sits_in_it():
    found = facts(PAGE)
    for name in ("Katarina Sehlstedt", "Ebbe Hallqvist", "Ulla Brännström"):
        assert (name, "participatesIn", "Politiska styrgruppen för Hemmaplan") in found
    assert ("Ylva Lindqvist", "participatesIn", "Politiska styrgruppen för Hemmaplan") not in found


def test_a_national_association_named_by_its_fields_adjective():
    found = entities("Hon fick med sig Sveriges gerontologiska sällskap, SGS, och Svensk geriatrisk förening, SGF, "
                     "som medarrangörer, på uppdrag av Nordens gerontologiska federation.")
    for name in ("Sveriges gerontologiska sällskap", "Svensk geriatrisk förening", "Nordens gerontologiska federation"):
        assert found.get(name) == "Organisation"
