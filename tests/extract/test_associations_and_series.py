"""Pensioners' branches, a kommunalförbund's elected members, a minister's dialogue series and who takes part in
it, Gotland's officials, and a name ending in -s before an adverb. Every snippet is invented and names no one
from the corpora."""
from snippets import entities, facts

SERIES = ("Digital dialog om nära vård på Gotland\n\n"
          "Fredag fortsätter dialogserien Vård på väg, med fokus på primärvården. Det är fjärde tillfället av Vård på "
          "väg. I dialogen medverkar politiker och "
          "tjänstemän från Region Gotland. Från Gotland deltar regionstyrelsens ordförande Nils Berg och "
          "hälso- och sjukvårdsnämndens ordförande Åsa Strand samt socialdirektör Mona Lind.")

ELECTED = ("Kommunalförbundet vård och omsorg i Tierp\n\n"
           "Förbundet ansvarar för hemsjukvården.\n\n"
           "Förtroendevalda i kommunalförbundet vård och omsorg i Tierp\n\n"
           "Ordinarie ledamöter:\n\n"
           "Kurt Ahl, ordförande (M)\n\n"
           "Lisa Holm (C)\n\n"
           "Vakant (MP)\n\n"
           "Sten Vik (S)")


def test_a_pensioners_branch_is_its_own_organisation_and_part_of_the_national_one():
    text = ("Förre ordföranden i PRO i Tärnsjö-Nora, Lars Öhman, påminner om namnen som PRO samlade in. "
            "Representanter för SPF i Myrby-Åsen har också skrivit.")
    found = entities(text)
    assert found.get("PRO i Tärnsjö-Nora") == "Organisation"
    assert found.get("PRO") == "Organisation"
    assert ("PRO i Tärnsjö-Nora", "partOf", "PRO") in facts(text)


def test_an_event_venue_is_no_branch():
    assert "Läkarförbundet i Almedalen" not in entities("Läkarförbundet i Almedalen höll ett seminarium om primärvård.")


def test_the_elected_members_listed_under_a_heading_take_part_and_the_chair_leads():
    found = facts(ELECTED)
    body = "Kommunalförbundet vård och omsorg i Tierp"
    for name in ("Kurt Ahl", "Lisa Holm", "Sten Vik"):
        assert (name, "participatesIn", body) in found
    assert ("Kurt Ahl", "leads", body) in found


def test_a_dialogue_series_is_named_and_who_takes_part_in_it():
    assert entities(SERIES).get("Vård på väg") == "CollaborationForum"
    found = facts(SERIES)
    for name in ("Nils Berg", "Åsa Strand", "Mona Lind"):
        assert (name, "participatesIn", "Vård på väg") in found
    assert ("Region Gotland", "participatesIn", "Vård på väg") in found


def test_gotlands_social_director_works_for_the_region_that_is_its_municipality():
    assert ("Mona Lind", "worksFor", "Region Gotland") in facts(SERIES)


def test_a_former_councillor_is_not_placed_at_the_municipality():
    found = facts("Region Gotland ska bygga om. Region Gotland har fått ett brev, undertecknat av förra "
                  "kommunalrådet Olle Berg som representerar en förening i Hemse.")
    assert ("Olle Berg", "worksFor", "Region Gotland") not in found


def test_a_surname_in_s_before_an_adverb_is_no_genitive():
    found = entities("Vid det tillfället röstade partiets representant Maria von Holtens emot nedläggningen.")
    assert found.get("Maria von Holtens") == "Person"


def test_a_named_fou_centre_and_its_short_form_as_an_employer():
    text = ("Forskare inom Vallby FoU-center kommer att delta i studien. Vallby FoU-centers Eva Sund leder "
            "intervjuerna.\n\nEva Sund, projektledare på Vallby.")
    assert entities(text).get("Vallby FoU-center") == "Organisation"
    assert "Vallby" not in entities(text)
    assert ("Eva Sund", "worksFor", "Vallby FoU-center") in facts(text)


def test_a_project_title_field_with_an_opening_quote():
    text = "Projektfakta\n\nProjekttitel: ”Trygg hemma i Ockelbo\n\nStudien pågår i ett år."
    assert entities(text).get("Trygg hemma i Ockelbo") == "Project"


def test_a_title_between_two_names_belongs_to_the_name_after_it():
    found = facts("Mötet samlade SKR:s ordförande Bo Ek, SPF Seniorernas förbundsordförande Eva Holm samt Per Lund, "
                  "samhällspolitisk chef SPF Seniorerna.")
    assert ("Bo Ek", "title", "förbundsordförande") not in found
    assert ("Bo Ek", "worksFor", "SPF Seniorerna") not in found
    assert ("Eva Holm", "title", "förbundsordförande") in found


def test_who_takes_part_needs_a_page_about_one_initiative():
    found = facts("SPF Seniorerna har träffat SKR. Hur kommunernas pensionärsråd kan användas kom upp. Från SKR "
                  "deltog ordföranden Bo Ek.")
    assert not any(p == "participatesIn" and s == "Bo Ek" for s, p, _ in found)
