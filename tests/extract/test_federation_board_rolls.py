"""A kommunalförbund's annual report flattened from PDF: "Direktionen" (its board) by its bare name, and its roll run
into the paragraph: "Ordinarie ledamöter Ordförande A (S) Ekby B (M) Åby (adjungerad) Ersättare C (S) … Revisorer
…". All people are invented; the federation is a made-up one of a real kind."""
from snippets import entities, facts

REPORT = ("Årsredovisning 2015 Dalbygdens kommunalförbund\n\n"
          "Direktionen 2015 Direktionen är förbundets beslutande organ och tillika förbundsstyrelse. Direktionen har "
          "haft 7 möten under året Ordinarie ledamöter Ordförande Gudrun Fällström (S) Leksands kommun "
          "Vice ordförande Arvid Tornqvist (M) Rättviks kommun Selma Björklid (C ) Orsa kommun "
          "Henning Walldén (Bygdens väl) (adjungerad) Ersättare Tyra Lindroos (s) Leksands kommun "
          "Ingemar Västberg (M) Orsa kommun Revisorer Helmer Strandlund Orsa kommun\n")


def test_the_bare_board_of_the_one_federation_is_its_forum():
    found = entities(REPORT)
    assert found.get("Direktionen för Dalbygdens kommunalförbund") == "CollaborationForum"
    assert ("Direktionen för Dalbygdens kommunalförbund", "partOf", "Dalbygdens kommunalförbund") in facts(REPORT)


def test_everyone_on_a_flattened_roll_sits_in_the_board_with_the_labels_post():
    found = facts(REPORT)
    board = "Direktionen för Dalbygdens kommunalförbund"
    for name in ("Gudrun Fällström", "Arvid Tornqvist", "Selma Björklid", "Henning Walldén", "Tyra Lindroos",
                 "Ingemar Västberg"):
        assert (name, "participatesIn", board) in found
    assert ("Gudrun Fällström", "leads", board) in found
    assert ("Arvid Tornqvist", "leads", board) not in found  # the vice chair
    assert ("Selma Björklid", "title", "ordinarie ledamot") in found
    assert ("Henning Walldén", "title", "adjungerad") in found
    assert ("Ingemar Västberg", "title", "ersättare") in found
    assert ("Arvid Tornqvist", "title", "ordinarie ledamot") not in found  # his seat is his post


def test_the_auditors_after_the_roll_are_not_members():
    assert not {f for f in facts(REPORT) if f[0] == "Helmer Strandlund" and f[1] == "participatesIn"}


def test_names_without_a_party_after_a_label_are_no_roll():
    text = REPORT.replace(" (S) Leksands", " Leksands").replace("(s) Leksands", "Leksands")
    found = facts(text)
    assert ("Gudrun Fällström", "participatesIn", "Direktionen för Dalbygdens kommunalförbund") not in found
    assert ("Tyra Lindroos", "participatesIn", "Direktionen för Dalbygdens kommunalförbund") not in found


def test_a_board_of_two_federations_is_left_unnamed():
    text = REPORT.replace("Årsredovisning 2015 Dalbygdens kommunalförbund",
                          "Årsredovisning 2015 Dalbygdens kommunalförbund och Älvdalens kommunalförbund")
    assert not [n for n, kind in entities(text).items() if kind == "CollaborationForum" and "Direktionen" in n]


def test_a_body_form_ends_a_forums_name_before_a_flattened_sentence():
    found = entities("KALLELSE Direktionen för Dalbygdens kommunalförbund Härmed kallas till sammanträde.\n")
    assert found.get("Direktionen för Dalbygdens kommunalförbund") == "CollaborationForum"
