"""The board of a federation or an association of municipalities is a group where its members' representatives meet
("Skånes Kommuners styrelse", "Styrelsen för Samordningsförbundet X"); a paragraph that opens "Ordinarie ledamöter:"
or "Ersättare:" names who sits in the group named just before it, its chair after "Ordförande"; a samordningsförbund
that "ägs av" bodies has them as members, also by its own word alone. Counties, towns and agencies are public
reference data; people and federations' own words are invented."""
from snippets import entities, facts

MEETING = ("Idag hölls förbundsmötet och Värmlands Kommuners styrelse för mandatperioden valdes.\n\n"
           "Styrelsen består av tre ordinarie ledamöter samt två ersättare.\n\n"
           "Ordinarie ledamöter: Ordförande Eva Ekdahl (M) Lekeberg, 1:a vice ordförande Bo Lindqvist (S) Askersund, "
           "Karin Sandell (C) Laxå.\n\n"
           "Ersättare: Per Holmgren (V) Nora, Lisa Wennberg (L) Hallsberg.")


def test_the_board_of_an_association_of_municipalities_is_a_group():
    assert entities(MEETING).get("Värmlands Kommuners styrelse") == "CollaborationForum"


def test_the_members_listed_after_the_label_sit_on_the_board_and_the_chair_leads_it():
    found = facts(MEETING)
    board = "Värmlands Kommuners styrelse"
    for person in ("Eva Ekdahl", "Bo Lindqvist", "Karin Sandell", "Per Holmgren", "Lisa Wennberg"):
        assert (person, "participatesIn", board) in found
    assert ("Eva Ekdahl", "leads", board) in found
    assert ("Bo Lindqvist", "leads", board) not in found  # the vice chair


def test_the_board_before_a_named_federation():
    found = entities("Styrelsen för Samordningsförbundet Kompassen sammanträder sex gånger per år.")
    assert found.get("Styrelsen för Samordningsförbundet Kompassen") == "CollaborationForum"


def test_a_regions_own_board_is_no_group():
    found = entities("Regionstyrelsen i Region Örebro län beslutade i går. Ordinarie ledamöter: Eva Ekdahl (M).")
    assert "Region Örebro läns styrelse" not in found
    assert found.get("Regionstyrelsen") != "CollaborationForum"


def test_a_bare_federation_has_no_named_board():
    assert "Samordningsförbundets styrelse" not in entities("Samordningsförbundets styrelse beslutar om målen.")


def test_the_board_appoints_members_of_another_group_for_its_association():
    text = ("Länsgruppen Ekdalen är ett politiskt samverkansorgan. Värmlands Kommuners styrelse utser ledamöter "
            "för kommunerna.")
    found = facts(text)
    assert ("Värmlands Kommuner", "participatesIn", "Värmlands Kommuners styrelse") not in found


def test_a_federation_owned_by_bodies_by_its_own_word():
    text = ("Kompassen ägs av Arbetsförmedling, Försäkringskassa, Region Värmland och kommunerna Karlstad och Grums.\n\n"
            "Samordningsförbundet Kompassen tillförs årligen medel från parterna.")
    found = facts(text)
    for body in ("Arbetsförmedlingen", "Försäkringskassan", "Region Värmland", "Karlstads kommun", "Grums kommun"):
        assert (body, "participatesIn", "Samordningsförbundet Kompassen") in found
