"""A post sought is not a post held ("En av dem som sökt jobbet som Blekinges nya sjukvårdsdirektör är Kjell Ek"),
what someone is now when the verb's subject is left out ("Kjell Ek, i dag är sjukvårdsdirektör … i Region X"), and
an office a region owns by its genitive ("Region Västerbottens ledningsstab"). All people are invented."""
from snippets import entities, facts

NEWS = ("Region Blekinge ska anställa en ny sjukvårdsdirektör. En av dem som sökt jobbet som Blekinges nya hälso- "
        "och sjukvårdsdirektör är Kjell Ivarsén, i dag är sjukvårdsdirektör för kirurgisk vård i Region Jönköpings "
        "län.")


def test_a_post_someone_applied_for_is_not_theirs():
    found = facts(NEWS)
    assert ("Kjell Ivarsén", "title", "hälso- och sjukvårdsdirektör") not in found
    assert ("Kjell Ivarsén", "worksFor", "Region Blekinge") not in found


def test_what_someone_is_today_after_a_comma_is_theirs():
    found = facts(NEWS)
    assert ("Kjell Ivarsén", "title", "sjukvårdsdirektör") in found
    assert ("Kjell Ivarsén", "worksFor", "Region Jönköpings län") in found


def test_an_office_a_region_owns_is_a_unit_of_the_region():
    text = "Den 1 januari tillträdde Ida Lestrand som ny direktör för Region Västerbottens ledningsstab."
    assert entities(text).get("Region Västerbottens ledningsstab") == "Organisation"
    found = facts(text)
    assert ("Ida Lestrand", "leads", "Region Västerbottens ledningsstab") in found
    assert ("Region Västerbottens ledningsstab", "partOf", "Region Västerbotten") in found


def test_the_convener_of_a_named_plans_own_group_leads_it():
    text = ("– Planen är ett bra verktyg, säger Harriet Hedblom, sammankallande Seniorplanens styrgrupp och "
            "ordförande i nämnden.")
    assert entities(text).get("Seniorplanens styrgrupp") == "CollaborationForum"
    assert ("Harriet Hedblom", "leads", "Seniorplanens styrgrupp") in facts(text)


def test_a_projects_group_by_the_bare_genitive_is_no_named_group():
    assert "Projektets ledningsgrupp" not in entities("Projektets ledningsgrupp\n\n • Martin Myrberg, regiondirektör\n")


def test_a_double_given_name_by_its_initials_is_a_person():
    text = ("Eva Lindbom blir chef för Skånevård Väst och P-O Sjödahl för Skånevård Norr. Primärvårdsdirektör "
            "KG Bartell säger att det är bra. Se A-Z Listan.")
    found = entities(text)
    assert found.get("P-O Sjödahl") == "Person"
    assert found.get("KG Bartell") == "Person"
    assert "Skånevård Väst" not in found and "A-Z Listan" not in found
    assert ("KG Bartell", "title", "primärvårdsdirektör") in facts(text)


def test_a_units_chef_after_a_comma_heads_it():
    found = facts("Det är äldreförvaltningens chef, Karin Skaarlund som slutar sitt uppdrag inom Ronneby kommun.")
    assert ("Karin Skaarlund", "leads", "Äldreförvaltningen") in found
