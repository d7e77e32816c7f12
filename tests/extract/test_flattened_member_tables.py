"""A project page's table of its groups, flattened so that each cell stands on a line of its own: the column
headings ("Namn", "Organisation"), then each member's name alone and her organisation and role on the line below.
Every member takes part in the project. All names are invented."""
from snippets import facts

PAGE = ("Pilotprojekt: Friskare liv i Norrbotten\n\n"
        "Länsstyrelsen Norrbotten driver projektet under åren 2021–2022.\n\n"
        "Projektgrupp och styrgrupp\n\n"
        "Projektgrupp:\n\n"
        "Namn\n\n"
        "Organisation\n\n"
        "Vilma Holmgren\n\n"
        "Länsstyrelsen i Norrbotten, projektledare\n\n"
        "Ingvar Sundqvist\n\n"
        "Region Norrbotten, Folkhälsoenheten\n\n"
        "Styrgrupp:\n\n"
        "Namn\n\n"
        "Organisation\n\n"
        "Gerd Lindmark\n\n"
        "Länsstyrelsen Norrbotten, länsråd\n")


def test_each_member_of_a_flattened_table_takes_part_in_the_project():
    found = facts(PAGE)
    for name in ("Vilma Holmgren", "Ingvar Sundqvist", "Gerd Lindmark"):
        assert (name, "participatesIn", "Friskare liv i Norrbotten") in found


def test_the_row_below_the_name_still_gives_her_employer():
    found = facts(PAGE)
    assert ("Ingvar Sundqvist", "worksFor", "Region Norrbotten") in found
    assert ("Gerd Lindmark", "title", "länsråd") in found
