"""Municipalities named by a shared plural noun, a post's length of service before "som", and officials whose field
or post only a municipality has. Every person is invented; municipalities and their official names are public
reference data."""
from snippets import entities, facts


def test_suspended_municipality_names_before_a_shared_plural_noun():
    text = ("Detta har skett i nära samverkan med Arbetsförmedlingen, Norrköpings-, Söderköpings- och "
            "Valdemarsviks kommuner och Landstinget i Östergötland.")
    found = entities(text)
    for name in ("Norrköpings kommun", "Söderköpings kommun", "Valdemarsviks kommun", "Arbetsförmedlingen"):
        assert found.get(name) == "Organisation", name


def test_a_capital_opening_the_sentence_is_not_part_of_the_first_municipality():
    found = entities("Även Ockelbo och Sandvikens kommuner deltog i arbetet.")
    assert found.get("Ockelbo kommun") == "Organisation"
    assert found.get("Sandvikens kommun") == "Organisation"


def test_a_list_with_a_name_that_is_no_municipality_names_none_of_them():
    found = entities("Det gäller Storsjö och Björkvik kommuner enligt förslaget.")
    assert "Björkviks kommun" not in found and "Storsjö kommun" not in found


def test_how_long_she_has_held_the_post_stands_between_the_verb_and_som():
    found = facts("Nyhet\n\nIngrid Malmsten arbetar sedan fem år tillbaka som förvaltningschef för kultur- och "
                  "fritidsförvaltningen i Karlskrona kommun.")
    assert ("Ingrid Malmsten", "title", "förvaltningschef") in found
    assert ("Ingrid Malmsten", "leads", "Kultur- och fritidsförvaltningen i Karlskrona kommun") in found


def test_a_field_only_a_municipality_runs_places_its_official_in_the_municipality_the_page_is_about():
    text = ("Under flera år har Övertorneå kommun arbetat med digitalisering. Övertorneå kommun samarbetar med "
            "regionen.\n\nSanna Kettil, projektledare för digitalisering inom äldreomsorgen och Berit Alm, "
            "enhetschef vid hälso- och sjukvårdsenheten och medicinskt ansvarig sjuksköterska, driver arbetet.")
    found = facts(text)
    assert ("Sanna Kettil", "worksFor", "Övertorneå kommun") in found
    assert ("Berit Alm", "worksFor", "Övertorneå kommun") in found


def test_a_field_that_is_not_the_municipalitys_places_nobody():
    text = ("Under flera år har Övertorneå kommun arbetat med digitalisering. Övertorneå kommun samarbetar med "
            "regionen.\n\nSanna Kettil, projektledare för digitalisering inom primärvården, driver arbetet.")
    assert ("Sanna Kettil", "worksFor", "Övertorneå kommun") not in facts(text)


def test_the_one_administration_a_page_is_about_is_the_one_its_chief_heads():
    text = ("Om förvaltningen\n\nSocialförvaltningen är en politiskt styrd organisation. Förvaltningen tillhör "
            "socialnämnden.\n\nFörvaltningschef\n\nTove Hallin är förvaltningschef.\n\nBiträdande chef\n\n"
            "Nils Brand är biträdande förvaltningschef.")
    found = facts(text)
    assert ("Tove Hallin", "leads", "Socialförvaltningen") in found
    assert ("Tove Hallin", "worksFor", "Socialförvaltningen") in found
    assert ("Nils Brand", "worksFor", "Socialförvaltningen") in found
    assert ("Nils Brand", "leads", "Socialförvaltningen") not in found


def test_a_chief_of_a_page_naming_two_administrations_is_placed_in_neither():
    text = ("Socialförvaltningen och Utbildningsförvaltningen samarbetar.\n\nTove Hallin är förvaltningschef.")
    found = facts(text)
    assert not any(f[0] == "Tove Hallin" and f[1] in ("leads", "worksFor") for f in found)


def test_an_administration_named_once_with_where_it_is_and_once_without_is_one_node():
    text = ("Hälso- och sjukvårdsförvaltningen arbetar för öns befolkning.\n\nHälso- och sjukvårdsförvaltningen på "
            "Gotland arbetar för vård på lika villkor.")
    found = entities(text)
    assert [n for n in found if n.startswith("Hälso- och sjukvårdsförvaltningen")] == ["Hälso- och sjukvårdsförvaltningen"]


def test_a_board_named_with_its_owner_and_then_bare_is_one_node():
    text = ("Förvaltningen tillhör Hälso- och sjukvårdsnämnden Region Gotland.\n\nNämndordförande\n\n"
            "Frans Ekerot (S) är ordförande för Hälso- och sjukvårdsnämnden.")
    found = entities(text)
    assert [n for n in found if n.startswith("Hälso- och sjukvårdsnämnden")] == \
        ["Hälso- och sjukvårdsnämnden Region Gotland"]
