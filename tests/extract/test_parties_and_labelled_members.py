"""Who takes part, where the text lists them after a label: an association's "Samverkande parter är …" after the
sentence that names it, and a members' list headed "Ledamöter styrgrupp" on a page that names other groups first.
Agencies, regions and municipalities are public reference data; the association and the people are invented."""
from snippets import entities, facts

ASSOCIATION = ("Förvaltningsberättelse Samordningsförbundet Västra Dalsland bildades den 1 mars 2009 i enlighet med lagen "
               "om finansiell samordning. Samverkande parter är Bengtsfors och Dals-Eds kommuner, Arbetsförmedlingen, "
               "Försäkringskassan och Västra Götalandsregionen.")

STEERING = ("Kunskapsstöd för vården\n\n"
            "Styrgrupp\n\n"
            "Styrgruppen stödjer huvudmännen.\n\n"
            "Sammansättning av gruppen\n\n"
            " • två representanter från regiondirektörsnätverket\n"
            " • en representant från SKR\n\n"
            "Ledamöter styrgrupp\n\n"
            " • Tora Lindkvist, ordförande, Region Kronoberg\n"
            " • Malte Åström, Region Dalarna\n"
            " • Vega Sandlund, sekreterare, SKR\n")


def test_the_parties_listed_after_an_association_is_named_take_part_in_it():
    found = facts(ASSOCIATION)
    owner = "Samordningsförbundet Västra Dalsland"
    for party in ("Bengtsfors kommun", "Dals-Eds kommun", "Arbetsförmedlingen", "Försäkringskassan",
                  "Västra Götalandsregionen"):
        assert (party, "participatesIn", owner) in found, party


def test_parties_listed_with_no_association_or_initiative_before_them_take_part_in_nothing():
    found = facts("Vi arbetar nära många. Samverkande parter är Arbetsförmedlingen och Försäkringskassan.")
    assert not [f for f in found if f[1] == "participatesIn"]


def test_a_members_label_that_names_its_group_lists_that_groups_members():
    found = facts(STEERING)
    for person in ("Tora Lindkvist", "Malte Åström", "Vega Sandlund"):
        assert (person, "participatesIn", "Styrgrupp") in found, person
        assert (person, "participatesIn", "Regiondirektörsnätverket") not in found, person
    assert ("Tora Lindkvist", "leads", "Styrgrupp") in found


PARTIES_TABLE = ("Samverkansstruktur\n\n"
                 "Länk till Dalsrådets arbetsformer\nDalsrådets arbetsformer\n\n"
                 "Dalsrådets parter\n"
                 "Region VärmlandArvika kommunEda kommunFilipstads kommun\n"
                 "Munkfors kommunSaffle kommun\n"
                 "Torsby kommunÅrjangs kommun\n")


def test_a_tables_cells_run_together_are_read_as_the_bodies_they_name():
    found = entities(PARTIES_TABLE)
    for body in ("Region Värmland", "Arvika kommun", "Eda kommun", "Filipstads kommun", "Munkfors kommun",
                 "Torsby kommun"):
        assert found.get(body) == "Organisation", body


def test_a_municipality_typed_without_its_dots_and_rings_is_the_municipality():
    found = entities(PARTIES_TABLE)
    assert found.get("Säffle kommun") == "Organisation"
    assert found.get("Årjängs kommun") == "Organisation"


def test_a_forums_genitive_over_a_list_of_bodies_makes_them_its_parties_and_no_forum_of_its_own():
    found = entities(PARTIES_TABLE)
    assert found.get("Dalsrådet") == "CollaborationForum"
    assert "Dalsrådets parter" not in found and "Dalsrådets arbetsformer" not in found
    members = facts(PARTIES_TABLE)
    for body in ("Region Värmland", "Arvika kommun", "Säffle kommun", "Årjängs kommun"):
        assert (body, "participatesIn", "Dalsrådet") in members, body


BOARD = ("Politisk samrådsberedning för vård och omsorg\n\n"
         "Beredningen är en arena där gemensamma frågor diskuteras.\n\n"
         "Ordinarie ledamöter\n\n"
         "För Region Norrbotten\n\n"
         "Tove Ahlgren (S) Ordförande 2017\n"
         "Bert Lindmark (V)\n\n"
         "För Norrbottens Kommuner\n\n"
         "Ebba Sundqvist (S) Vice ordförande 2017\n"
         "Nils Rönnqvist (C)\n")


def test_the_ordinary_members_listed_on_a_forums_page_sit_in_it_and_its_chair_leads_it():
    found = facts(BOARD)
    forum = "Politisk samrådsberedning för vård och omsorg"
    for person in ("Tove Ahlgren", "Bert Lindmark", "Ebba Sundqvist", "Nils Rönnqvist"):
        assert (person, "participatesIn", forum) in found, person
    assert ("Tove Ahlgren", "leads", forum) in found
    assert ("Region Norrbotten", "participatesIn", forum) in found


def test_an_association_named_by_the_towns_it_joins_is_one_name():
    text = ("Samordningsförbundet Bollnäs, Ovanåker och Söderhamn bildades 2012.\n\n"
            "Förbundets medlemmar är Arbetsförmedlingen, Försäkringskassan, Region Gävleborg och kommunerna Bollnäs, "
            "Ovanåker och Söderhamn.")
    owner = "Samordningsförbundet Bollnäs, Ovanåker och Söderhamn"
    assert entities(text).get(owner) == "Organisation"
    found = facts(text)
    assert {s for s, p, o in found if p == "participatesIn" and o == owner} == {
        "Arbetsförmedlingen", "Försäkringskassan", "Region Gävleborg", "Bollnäs kommun", "Ovanåkers kommun",
        "Söderhamns kommun"}


def test_an_associations_members_after_its_names_genitive():
    found = facts("Samordningsförbundet Nordanstigs medlemmar är Arbetsförmedlingen, Försäkringskassan och Region "
                  "Gävleborg.")
    assert {s for s, p, o in found if p == "participatesIn" and o == "Samordningsförbundet Nordanstig"} == {
        "Arbetsförmedlingen", "Försäkringskassan", "Region Gävleborg"}


def test_an_association_and_a_region_after_it_are_two():
    found = entities("Hon är chef på Samordningsförbundet Bollnäs och Region Gävleborg.")
    assert found.get("Samordningsförbundet Bollnäs") == "Organisation"
    assert found.get("Region Gävleborg") == "Organisation"
