"""How news pages say who runs a project together: "har drivits gemensamt av A och B" in a sentence whose
subject is the project the page is about, however far back the page named it. Every snippet is invented and
names no one from the corpora."""
from snippets import facts


PAGE = ("Mobilt hemvårdsteam i Ljungby blir kvar\n\n"
        "Det mobila hemvårdsteam i Ljungby som startade som försök har minskat antalet besök på akuten och "
        "antalet inläggningar för de äldre patienter som teamet har vårdat under de senaste åren, och "
        "nu har nämnden fattat beslut om att göra verksamheten permanent efter en lång utvärdering. Personalen har "
        "under tiden lärt sig mycket om hur vården i hemmet kan ordnas för dem som behöver den allra mest, "
        "och patienterna säger att de känner sig tryggare.\n\n"
        "Det tvååriga projektet med fokus på äldre personer med stora behov av vård har drivits gemensamt "
        "av Region Kronoberg och Ljungby kommun.")


def test_a_project_run_jointly_by_two_bodies_has_both_as_parties():
    found = facts(PAGE)
    assert ("Region Kronoberg", "participatesIn", "Mobilt hemvårdsteam i Ljungby") in found
    assert ("Ljungby kommun", "participatesIn", "Mobilt hemvårdsteam i Ljungby") in found


def test_run_together_by_names_the_parties_too():
    found = facts("Projektet Trygg i Åsby drivs tillsammans av Region Kronoberg och Ljungby kommun.")
    assert ("Region Kronoberg", "participatesIn", "Trygg i Åsby") in found
    assert ("Ljungby kommun", "participatesIn", "Trygg i Åsby") in found


def test_a_sentence_about_something_else_gives_the_page_project_no_parties():
    found = facts(PAGE.replace("Det tvååriga projektet", "Det nya vårdboendet"))
    assert not [f for f in found if f[1] == "participatesIn" and f[2] == "Mobilt hemvårdsteam i Ljungby"]
