"""Pensioners' councils and associations: a region's council by its full genitive ("Region Dalarnas
pensionärsråd"), an association's branch in the genitive ("PRO Hallands årsmöte"), and a roster of members by home
town under the council's heading. Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts, text_of

ROSTER = """Pensionärsråd i länet

Region Dalarnas pensionärsråd

Ordinarie
Sigvard Lönn, Falun
Maj-Britt Östman, Mora
Arvid Hellqvist, Sälen

Ersättare
Rut Engdahl, Borlänge
Henny Sjödin, Leksand
"""


def test_a_region_names_its_own_council():
    found = entities("Ledamöter och ersättare i Region Dalarnas pensionärsråd väljs av årsmötet.")
    assert found.get("Region Dalarnas pensionärsråd") == "CollaborationForum"
    assert "Pensionärsråd" not in found


def test_a_branch_in_the_genitive_is_the_branch():
    found = entities("Ledamöterna väljs av PRO Hallands årsmöte. PRO Borås ordförande Elof Stenqvist talade.")
    assert found.get("PRO Halland") == "Organisation"
    assert "PRO Hallands" not in found
    assert found.get("PRO Borås") == "Organisation"  # a place that ends in s keeps it


def test_the_members_under_the_council_heading_sit_in_it():
    found = facts(ROSTER)
    for name in ("Sigvard Lönn", "Maj-Britt Östman", "Arvid Hellqvist", "Rut Engdahl", "Henny Sjödin"):
        assert (name, "participatesIn", "Region Dalarnas pensionärsråd") in found


def test_home_towns_in_a_roster_are_no_employers_or_organisations():
    found = facts(ROSTER)
    assert not any(p == "worksFor" for s, p, o in found)
    names = entities(ROSTER)
    assert "Falu kommun" not in names and "Mora kommun" not in names
    assert "Sälen" not in names  # a village among the towns


def test_a_single_row_still_names_an_organisation():
    found = facts("Talare\nIngvor Bratt, Mora kommun\n")
    assert ("Ingvor Bratt", "worksFor", "Mora kommun") in found


def test_a_county_association_is_named_with_its_county():
    found = facts("Brevet undertecknades av Ebba Stålhammar, ordförande Hallands läns läkarförening.")
    assert ("Ebba Stålhammar", "leads", "Hallands läns läkarförening") in found


def test_elected_as_a_new_vice_chair():
    found = facts("Vid mötet omvaldes Ture Alvén som ordförande. Som ny vice ordförande valdes Signe Hammar.")
    assert ("Signe Hammar", "title", "vice ordförande") in found


def test_a_district_of_an_association_owns_the_title_after_the_comma():
    found = facts("Valborg Ekdahl, SPF-distriktets vice ordförande, hälsade välkommen.")
    assert ("Valborg Ekdahl", "title", "vice ordförande") in found


KPR_PAGE = """Information om Kommunala pensionärsrådet – KPR

Vi som valts som ledamöter till KPR är Gunhild Vrede, Lisen Sandvik och Ingeborg Lehn (ersättare).
"""


def test_a_short_form_after_a_dash_ending_the_heading_is_the_councils():
    names = entities(KPR_PAGE)
    assert names.get("Kommunala pensionärsrådet") == "CollaborationForum"
    assert "KPR" not in names


def test_those_elected_as_members_to_the_council_sit_in_it():
    found = facts(KPR_PAGE)
    for name in ("Gunhild Vrede", "Lisen Sandvik", "Ingeborg Lehn"):
        assert (name, "participatesIn", "Kommunala pensionärsrådet") in found


def test_a_surname_with_a_lower_case_particle():
    found = facts("Från vänster: Stina de Vries (S), regionråd i Region Jönköpings län, och Eva Lund, moderator.")
    assert ("Stina de Vries", "title", "regionråd") in found


def test_a_branch_of_parishes_joined_by_hyphens():
    names = entities("PRO Alsen-Offerdal-Hotagen har sålt en fastighet och PRO Skånes årsmöte gav pengar.")
    assert names.get("PRO Alsen-Offerdal-Hotagen") == "Organisation"


def test_what_kind_of_company_before_its_name_is_no_part_of_it():
    names = entities("Nu finns bara ett kvar, Umeåföretaget Nordvård AB, vars verksamhet kan avvecklas.")
    assert names.get("Nordvård AB") == "Organisation"
    assert "Umeåföretaget Nordvård AB" not in names


def test_a_newly_elected_chair_after_the_associations_genitive():
    found = facts("Åse Lindell, Vårdförbundets nyvalda ordförande, besökte Östersund.")
    assert ("Åse Lindell", "title", "ordförande") in found
    assert ("Åse Lindell", "leads", "Vårdförbundet") in found


def test_a_group_named_after_its_cue_with_its_short_form():
    names = entities("Representanterna i den politiska styrgruppen Vård i samverkan (VIS) bjuder in till ett möte.")
    assert names.get("Vård i samverkan") == "CollaborationForum"
    assert "Politiska styrgruppen" not in names


def test_a_short_form_that_spells_something_else_names_nothing():
    names = entities("Representanterna i styrgruppen Region Uppsala (RU) och nätverket Hälsa (HLS) möts i maj.")
    assert "Hälsa" not in names


TABLE = """Samverkansorgan Kalmar

Samverkansorgan Kalmar (SK) är ett politiskt samverkansorgan med representanter från Region Kalmar län och länets
kommuner.

Sammansättning SK

SK består av politiker från regionen och kommunerna. Ordförandeskapet alternerar årsvis.

För Region Kalmar län För kommunerna
Vilma Stark, ordförande Elis Grahn, Borgholm, vice ordförande
Majken Lööf Tore Wiklund, Mönsterås
Gösta Ringqvist Vakant
"""


def test_a_members_table_with_its_columns_run_together_after_a_description():
    found = facts(TABLE)
    for name in ("Vilma Stark", "Elis Grahn", "Majken Lööf", "Tore Wiklund", "Gösta Ringqvist"):
        assert (name, "participatesIn", "Samverkansorgan Kalmar") in found
    assert ("Vilma Stark", "leads", "Samverkansorgan Kalmar") in found
    assert "Gösta Ringqvist Vakant" not in entities(TABLE)


MEMBER_PAGE = """Politiskt samrådsorgan, PSO

Frågor mellan regionen och länets kommuner hanteras i det politiska samrådsorganet, PSO.

Alma Vinge
Representerar: Göteborgsregionens kommunalförbund
Roll: Ordförande i Styrgrupp för social välfärd, Göteborgsregionens kommunalförbund

Tor Lidman
Representerar: Skaraborgs kommunalförbund
Roll: Ordförande i kommunstyrelsen, Skövde kommun
"""


def test_fields_under_each_name_are_no_voices_and_each_name_sits_in_the_group():
    assert not any(b.kind == "turn" for b in text_of(MEMBER_PAGE).blocks)
    found = facts(MEMBER_PAGE)
    assert ("Alma Vinge", "participatesIn", "Politiskt samrådsorgan") in found
    assert ("Tor Lidman", "participatesIn", "Politiskt samrådsorgan") in found
    assert ("Tor Lidman", "worksFor", "Skövde kommun") in found  # the next card's name is no part of the field


def test_a_rosters_chair_and_members_under_subheadings_after_a_long_row():
    text = ("Beredningsgrupp för primärvård\n\nOrdförande\n\nMaja Fröling, samordnare nära vård, Regionstab Samordning "
            "hälso- och sjukvård\n\nLedamöter\n\nTor Vinberg, verksamhetschef medicinkliniken Kalmar, HSF\n\n"
            "Ella Sand, ehälsostrateg, ITF\n")
    found = facts(text)
    assert ("Maja Fröling", "leads", "Beredningsgrupp för primärvård") in found
    assert ("Tor Vinberg", "participatesIn", "Beredningsgrupp för primärvård") in found
    assert ("Ella Sand", "participatesIn", "Beredningsgrupp för primärvård") in found
