"""A member list's or a podcast page's row of name, title, unit and region: "Eva Ek, Verksamhetschef Regionalt stöd
socialtjänst och vård, Region X". The unit is an organisation of its region, and a head title leads it. Every snippet
is invented and names no one from the corpora."""
from snippets import entities, facts


def test_the_unit_between_title_and_region_is_the_regions():
    snippet = "Styrgruppen består av:\n\nLinnea Storm, Verksamhetschef Gemensamt stöd för vård och omsorg, Region Halland\n"
    found = facts(snippet)
    assert entities(snippet).get("Gemensamt stöd för vård och omsorg") == "Organisation"
    assert ("Linnea Storm", "leads", "Gemensamt stöd för vård och omsorg") in found
    assert ("Gemensamt stöd för vård och omsorg", "partOf", "Region Halland") in found
    assert ("Linnea Storm", "worksFor", "Region Halland") in found


def test_a_row_without_commas_after_the_name():
    snippet = ("Vi möter Torvald Ekblad Verksamhetsutvecklare, Utveckling Nära vård och hälsa, region Halland och "
               "Vera Lindqvist Verksamhetschef, Folkhälsoenheten, Region Kronoberg. De berättar.")
    found = facts(snippet)
    assert ("Torvald Ekblad", "worksFor", "Utveckling Nära vård och hälsa") in found
    assert ("Vera Lindqvist", "leads", "Folkhälsoenheten") in found


def test_one_everyday_word_is_no_unit():
    found = entities("Vi talade med Linnea Storm, Divisionschef Medicin, Region Halland, om vården.")
    assert "Medicin" not in found
