"""Any text in: the extractors do not crash, spans lie inside the text, quotes are the text there."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from naravard.extract.pipeline import extract
from naravard.extract.record import record
from snippets import text_of

WORDS = ["Region", "Dalarna", "kommun", "Falu", "Anna", "Berg", "projektet", "Trygg", "hemgång", "leds", "av",
         "ledningsgrupp", "för", "vård", "och", "omsorg", "MAS", "jag", "är", "projektledare", "i", "Vi", "har",
         "en", "regional", ":", ",", ".", "\n", "\n\n", "• ", "- ", "ANNA:", "Parter:", "som heter", "ett",
         "samarbete", "mellan", "anna.berg@regiondalarna.se", "regionen", "Program", "Nära", "<script>", "&"]
swedish_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
anything = st.text(max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(swedish_like, anything))
def test_extraction_never_crashes_and_quotes_are_the_text(raw):
    text = text_of(raw)
    ex = extract(text)
    rec = record(ex)
    original = text.document.text
    for entity in rec.entities:
        for m in entity.mentions:
            assert 0 <= m.start <= m.end <= len(original)
            assert original[m.start:m.end] == m.quote
    for fact in rec.facts:
        e = fact.evidence
        assert 0 <= e.start <= e.end <= len(original) and original[e.start:e.end] == e.quote
        assert 0 < e.confidence <= 1


EXTRACTORS = {
    "people": "naravard.extract.people:find_people",
    "organisations": "naravard.extract.organisations:find_organisations",
    "forums": "naravard.extract.forums:find_forums",
    "projects": "naravard.extract.projects:find_projects",
    "titles": "naravard.extract.titles:find_titles",
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(EXTRACTORS)), st.one_of(swedish_like, anything))
def test_each_extractor_alone_keeps_its_spans_inside_the_text(which, raw):
    """Every extractor on its own, on the normalised text: no exception, spans inside, surfaces are the text."""
    import importlib

    from naravard.extract.lexicons import load

    module, function = EXTRACTORS[which].split(":")
    find = getattr(importlib.import_module(module), function)
    text = text_of(raw)
    for found in find(text, load()):
        assert 0 <= found.start <= found.end <= len(text.text)
        surface = getattr(found, "surface", None)
        if surface is not None:
            assert text.text[found.start:found.end] == surface
