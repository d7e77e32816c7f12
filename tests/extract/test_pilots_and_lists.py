"""A pilot named in the sentence after the one about it, the people listed after "som varit med i X:", and a title
after "Name är" that stays with its subject when the next name follows its comma."""
from snippets import entities, facts

PILOT = ("Sedan i höstas har Falkenbergs kommun genomfört ett pilotprojekt om god och nära vård tillsammans med Region "
         "Halland. Projektet går under namnet Vänerpiloten och målet var att skapa en bättre nära vård.")

LISTED = ("Några av dem som varit med i Vänerpiloten: Ella Strand är mottagningschef i Region Halland, Moa Lind är "
          "undersköterska på Falkenbergs kommun, Ida Ros är verksamhetschef för Stöd och service på Falkenbergs kommun och "
          "Leo Falk är verksamhetschef för primärvård norr i Region Halland.")


def test_a_pilot_named_by_going_under_a_name_is_a_project():
    assert entities(PILOT).get("Vänerpiloten") == "Project"


def test_the_reform_named_after_a_pilot_cue_is_not_a_project():
    assert not any(name.casefold().startswith("god och") for name in entities(PILOT))


def test_the_parties_to_a_pilot_the_next_sentence_names_take_part_in_it():
    found = facts(PILOT)
    assert ("Falkenbergs kommun", "participatesIn", "Vänerpiloten") in found
    assert ("Region Halland", "participatesIn", "Vänerpiloten") in found


def test_everyone_listed_after_those_who_were_in_a_pilot_takes_part_in_it():
    found = facts(PILOT + "\n\n" + LISTED)
    for person in ("Ella Strand", "Moa Lind", "Ida Ros", "Leo Falk"):
        assert (person, "participatesIn", "Vänerpiloten") in found


def test_a_title_after_is_belongs_to_its_subject_not_to_the_name_after_the_comma():
    found = facts(LISTED)
    assert ("Ella Strand", "title", "mottagningschef") in found
    assert ("Ella Strand", "worksFor", "Region Halland") in found
    assert ("Moa Lind", "title", "undersköterska") in found
    assert ("Moa Lind", "title", "mottagningschef") not in found
    assert ("Moa Lind", "worksFor", "Region Halland") not in found
    assert ("Ida Ros", "title", "undersköterska") not in found


def test_a_project_named_in_capitals_after_its_cue():
    found = entities("Med 70 miljoner kronor ska forskningsprojektet SMART HEM stärka anhörigas hälsa.")
    assert found.get("SMART HEM") == "Project"
    assert "HEM" not in found


def test_a_numbered_project_heading_without_its_lower_case_subtitle():
    found = entities("Kommunen har fått två projekt beviljade.\n\nProjekt 2: Trygg i egen takt – stöd till äldre "
                     "som bor hemma\n\nProjektet pågår i två år.")
    assert found.get("Trygg i egen takt") == "Project"


def test_a_places_genitive_after_i_samverkan_med_is_no_partner():
    found = entities("Region Halland arbetar med e-hälsa i samverkan med Hallands kommuner.")
    assert "Hallands" not in found
