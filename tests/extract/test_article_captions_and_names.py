"""News articles: captions with a photographer's credit, politicians with a particle in their surname, and
companies named with a noun in the definite. Every name here is invented."""
from snippets import credited, entities, facts


def test_a_photo_credit_closing_a_caption_ends_the_paragraph():
    text = ("Karin Berglund Hammar har just lagt om såret på patientens ben, som har varit svårt att läka i snart ett "
            "halvår trots flera olika behandlingar. Bild: Nils Wendt\n\n"
            "Karin Berglund Hammar är en av tre äldresköterskor på mottagningen och arbetar även med rådgivning.")
    people = sorted(n for n, k in entities(text).items() if k == "Person")
    assert people == ["Karin Berglund Hammar"] and credited(text) == ["Nils Wendt"]


def test_a_party_tag_marks_a_name_with_a_particle_whatever_the_given_name():
    found = facts("Även hälso- och sjukvårdsnämndens ordförande Joost de Vleminck (MP) var på plats under mötet.")
    assert ("Joost de Vleminck", "title", "hälso- och sjukvårdsnämndens ordförande") in found


def test_a_quoted_speaker_with_a_particle_in_the_surname():
    assert entities("– Vi måste bli bättre, säger Ruud van Tiel.").get("Ruud van Tiel") == "Person"


def test_a_company_named_with_a_noun_in_the_definite():
    found = entities("Nu följer personalen med till det nya bolaget, Friska fjällvården AB, som startar i december.")
    assert found.get("Friska fjällvården AB") == "Organisation"


PODCAST_CREDITS = ("Vårdpodden - en podcast från SKR\n\nMaja Lind är sjuksköterska och möter personer utan hem.\n\n"
                   "Creators & Guests\n\nHost\nGreta Holmlund Ek\nSamordnare Nära vård på Sveriges Kommuner och Regioner\n"
                   "Editor\nHanna Sjöberg\nBrinner för kommunikation och att vara med och förbättra världen. Scout i hjärtat!\n"
                   "Producer\nPer Vallin\nProjektledare och grundare av Ljudverket\n\n"
                   "What is Vårdpodden - en podcast från SKR?\n\nVälkommen till Vårdpodden.\n")


def test_a_podcast_pages_credits_keep_each_name_apart_from_the_words_about_her():
    people = sorted(n for n, k in entities(PODCAST_CREDITS).items() if k == "Person")
    assert people == ["Greta Holmlund Ek", "Hanna Sjöberg", "Maja Lind", "Per Vallin"]
    assert ("Greta Holmlund Ek", "worksFor", "Sveriges Kommuner och Regioner") in facts(PODCAST_CREDITS)


def test_a_podcast_is_no_project_though_its_producer_is_a_project_leader():
    assert not [n for n, k in entities(PODCAST_CREDITS).items() if k == "Project"]


def test_a_reception_named_by_an_acronym_and_a_hyphen_is_where_she_works():
    found = facts("Medverkande:\n\nLS - Lena Strand - Sjuksköterska på KV-mottagningen\n")
    assert ("Lena Strand", "worksFor", "KV-mottagningen") in found


def test_a_department_named_by_an_acronym_is_no_unit_of_its_own():
    assert "HR-avdelningen" not in entities("Frågor besvaras av HR-avdelningen på sjukhuset.")
