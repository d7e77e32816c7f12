"""A government inquiry's preface that puts the role first ("Till experter förordnades …") or has the experts
"biträda utredningen": everyone it lists takes part in the inquiry the preface names. All names are invented."""
from snippets import facts

PREFACE = ("Genom beslut den 3 maj 2019 bemyndigades statsrådet Klara Fjellström att tillkalla en särskild utredare. "
           "Samtidigt förordnades generaldirektör Sigvard Hultin som särskild utredare.\n"
           "Att som sakkunniga biträda utredningen förordnades från och med den 1 juni 2019 ämnesråd Ylva Bergkvist, "
           "Socialdepartementet.\n"
           "Till experter förordnades från och med den 1 juni 2019 professor Mattias Grahn, Umeå universitet, samt "
           "socialchef Irja Lundmark, Piteå kommun.\n"
           "Utredningen har tagit namnet Utredningen om stöd till anhöriga.")


def test_the_roles_put_first_take_part_in_the_inquiry():
    found = facts(PREFACE)
    assert ("Sigvard Hultin", "leads", "Utredningen om stöd till anhöriga") in found
    for name in ("Ylva Bergkvist", "Mattias Grahn", "Irja Lundmark"):
        assert (name, "participatesIn", "Utredningen om stöd till anhöriga") in found
    assert ("Klara Fjellström", "participatesIn", "Utredningen om stöd till anhöriga") not in found
