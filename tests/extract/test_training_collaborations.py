"""Skills and education pages: a certified training collaboration named by where it is ("Vård- och
omsorgscollege Västerås/Sala"), and the organisations listed after "representation från". Every snippet is invented
and names no one from the corpora."""
from snippets import entities, facts

PAGE = """Vård- och omsorgscollege Västerås/Sala har blivit certifierade

Efter flera års arbete har Vård- och omsorgscollege Västerås/Sala blivit certifierade.

Vård- och omsorgscollege Västerås/Sala har en styrgrupp med representation från alla berörda organisationer:

  • Västerås stad
  • Sala kommun
  • Region Västmanland
"""


def test_a_training_collaboration_named_by_where_it_is():
    assert entities(PAGE).get("Vård- och omsorgscollege Västerås/Sala") == "CollaborationForum"
    assert entities("Han leder Teknikcollege Gävleborg sedan 2020.").get("Teknikcollege Gävleborg") == \
        "CollaborationForum"


def test_the_organisations_listed_after_representation_fran():
    found = facts(PAGE)
    for org in ("Västerås stad", "Sala kommun", "Region Västmanland"):
        assert (org, "participatesIn", "Vård- och omsorgscollege Västerås/Sala") in found, org


def test_a_department_in_lower_case_between_a_post_and_its_university():
    found = facts("Medverkar gör Saga Lindfors, universitetslektor vid avdelningen för vårdvetenskap och hälsa vid "
                  "Umeå universitet.")
    assert ("Saga Lindfors", "worksFor", "Avdelningen för vårdvetenskap och hälsa") in found
    assert ("Avdelningen för vårdvetenskap och hälsa", "partOf", "Umeå universitet") in found
