"""Care providers and companies a local news item names only in passing: a care centre with its own name after the
lower-case noun ("Lindhälsan vårdcentral Backen, betonar …"), and a company known only from its director's title
in the genitive ("påpekade Fjällgårdars vd Hans Ek"). The companies, centres and people are invented."""
from snippets import entities, facts


def test_a_care_centres_own_name_after_the_lower_case_noun_is_part_of_its_name():
    text = ("Sara Lind, verksamhetsansvarig vid Lindhälsan vårdcentral Backen, betonar att regionen måste godkänna "
            "affären. Lindhälsan vårdcentral Backen har 4 851 listade patienter.")
    assert entities(text).get("Lindhälsan vårdcentral Backen") == "Organisation"
    assert ("Sara Lind", "worksFor", "Lindhälsan vårdcentral Backen") in facts(text)


def test_a_companys_director_named_with_its_genitive_leads_and_works_for_it():
    text = "– Varje kvadratmeter kostar pengar, påpekade Fjällgårdars vd Hans Ek. Det sa även Norrby Energis vd Eva Ås."
    found = facts(text)
    assert ("Hans Ek", "leads", "Fjällgårdar") in found
    assert ("Hans Ek", "worksFor", "Fjällgårdar") in found
    assert ("Eva Ås", "leads", "Norrby Energi") in found


def test_a_sentences_opening_word_or_a_persons_name_is_no_company():
    found = entities("Nu Bravikas vd Johan Ek talade. Annas vd Bo Berg var där.")
    assert found.get("Bravika") == "Organisation"
    assert "Nu Bravika" not in found and "Anna" not in found


CAPTION = ("På bilden: Vera Holm Omsorgsnämndens ordförande, Karin Ståhl verksamhetschef Åsens Läkarhus, "
           "Maja Frid Kommunstyrelsens ordförande och Olle Ek VD Förenade Omsorg.")


def test_a_captions_body_in_a_definite_genitive_is_no_person_and_employs_the_name_before_it():
    found = entities(CAPTION)
    assert found.get("Åsens Läkarhus") == "Organisation"
    assert ("Karin Ståhl", "worksFor", "Åsens Läkarhus") in facts(CAPTION)


def test_a_boards_genitive_after_a_name_is_her_titles_not_her_surname():
    found = entities(CAPTION)
    assert found.get("Maja Frid") == "Person"
    assert "Maja Frid Kommunstyrelsens" not in found
    assert ("Maja Frid", "title", "kommunstyrelsens ordförande") in facts(CAPTION)


def test_a_commission_named_by_its_compound_is_an_organisation_but_a_countys_own_is_not():
    found = entities("Hennes föredrag byggde på arbetet i Rättvisekommissionen och EU-kommissionen. "
                     "Östgötakommissionen och Skånekommissionen samlar länets aktörer.")
    assert found.get("Rättvisekommissionen") == "Organisation"
    assert "Östgötakommissionen" not in found and "Skånekommissionen" not in found


def test_a_care_centre_with_its_town_in_brackets_is_no_part_of_the_municipality():
    found = facts("Regionen avslår begäran om listningstak för följande vårdcentraler: • Solrosens Vårdcentral "
                  "(Kungsbacka kommun)• Tallkliniken (Varbergs kommun)• Husläkarna Strandbadet (Varbergs kommun)")
    assert not [f for f in found if f[1] == "partOf" and f[2].endswith(" kommun")]


def test_a_municipal_unit_with_its_municipality_in_brackets_is_still_part_of_it():
    found = facts("Beslutet togs av Socialförvaltningen (Varbergs kommun) i går.")
    assert ("Socialförvaltningen", "partOf", "Varbergs kommun") in found


def test_a_body_named_after_a_person_by_its_definite_noun_is_no_person():
    found = entities("I panelen sitter teaterchefen Hugo Alm, Kulturhuset Tranan. På agendan står konst.")
    assert found.get("Hugo Alm") == "Person"
    assert "Kulturhuset Tranan" not in [n for n, k in found.items() if k == "Person"]


def test_a_given_name_ending_like_a_definite_noun_still_names_a_person():
    found = entities("Det kan vi inte, sa departementsrådet Maarten Sengström till tidningen då.")
    assert found.get("Maarten Sengström") == "Person"
