"""News articles: a county's local boards named "Lokala nämnden" and a town, and a politician's municipality after
"(S) i". Every snippet is invented and names no one from the corpora."""
from snippets import entities, facts


def test_local_boards_named_by_their_town():
    text = ("Bertil Ågren (S) vice ordförande Lokala nämnden Varberg\n\n"
            "Siv Håkansson (S) vice ordförande Lokala nämnden Hylte")
    found = entities(text)
    assert found.get("Lokala nämnden Varberg") == "Organisation"
    assert found.get("Lokala nämnden Hylte") == "Organisation"
    assert ("Bertil Ågren", "participatesIn", "Lokala nämnden Varberg") in facts(text)


def test_a_politicians_municipality_after_party_and_i():
    found = entities("Det håller Ragnar Hed (S) i Uppvidinge med om.")
    assert found.get("Uppvidinge kommun") == "Organisation"


def test_a_fou_unit_in_the_genitive_and_a_councillor_by_portfolio():
    text = ("Läs intervjun på FoU Söderorts webbplats. Medverkande: Kurt Tiberg (KD),äldreborgarråd "
            "Stockholms stad.")
    found = entities(text)
    assert found.get("FoU Söderort") == "Organisation" and "FoU Söderorts" not in found
    assert ("Kurt Tiberg", "title", "äldreborgarråd") in facts(text)


def test_a_head_in_brackets_names_the_unit_she_heads():
    found = facts("Medverkande: Alva Ringvik (enhetschef för Larm och Trygghet) och Ture Hesselgren "
                  "(förvaltningschef).")
    assert ("Alva Ringvik", "leads", "Larm och Trygghet") in found
    assert ("Alva Ringvik", "worksFor", "Larm och Trygghet") in found


def test_a_project_owner_and_the_partners_it_works_with():
    found = facts("I projektet ”Samordnad hemgång i Lappland” är Region Norrbotten projektägare och samarbetar med "
                  "Gällivare kommun, Jokkmokks kommun och Luleå tekniska universitet. Budgeten är 20 miljoner.")
    for org in ("Region Norrbotten", "Gällivare kommun", "Jokkmokks kommun", "Luleå tekniska universitet"):
        assert (org, "participatesIn", "Samordnad hemgång i Lappland") in found, org


def test_a_unit_named_with_a_suspended_hyphen_written_without_its_space():
    found = facts("– Det är viktigt, säger Tyra Lansberg, chef för Hälso-och sjukvårdsenheten i Region Västerbotten.")
    assert ("Tyra Lansberg", "leads", "Hälso- och sjukvårdsenheten i Region Västerbotten") in found or \
        ("Tyra Lansberg", "leads", "Hälso- och sjukvårdsenheten") in found
