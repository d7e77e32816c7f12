"""Collaboration forums: groups, networks and councils named by a cue word.

A cue word alone ("ledningsgruppen", "nätverket") is too generic to be a forum of its own; it
becomes one when the text names it: an adjective ("regional ledningsgrupp"), a complement
("ledningsgrupp för vård och omsorg", "samordningsgrupp för Nära vård i länet") or a compound
that says whose forum it is ("socialchefsnätverk", "vårdvalsrådet"). A bare definite cue word
later in the same document is kept as a reference to the forum last named with that head.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import Lexicon
from .model import Covered, Found, Text
from .patterns import CAP, DIRECTION, LOWER, MINUTES_LABELS, NOT_NAME, UPPER, capitalise, squash
from .titles import base_form

INFLECTION = r"(?:en|et|n|er|erna|ar|arna|s|ens|ets)?"
ADJECTIVE = (rf"(?:[{UPPER}{LOWER}][{LOWER}]+(?:al|ala|alt|isk|iska|iskt|iv|iva|ivt|gemensam|gemensamma|gemensamt|övergripande|"
             rf"lokal|lokala|nationell|nationella)|"
             # "Nationella vårdrådet" names; so does a capitalised participle, "Fallförebyggande styrgruppen",
             # "Samordnande gruppen för barn och unga"
             rf"(?:Gemensam|Gemensamma|Lokal|Lokala|Nationell|Nationella|[{UPPER}][{LOWER}]+ik[at]|"
             # (not a role or a pointer: "Ordförande X", "Följande nätverk", "Sammankallande …", "Författande …")
             rf"(?!(?:Ordför|Följ|Sammankall|Författ|Deltag|Medverk|Ingå|Nuvar|Komm|Motsvar|Ovanstå|Nedanstå|"
             rf"Föregå|Efterfölj|Inbjud|Arranger|Ansvar|Led|Anställ|Studer|Besök|Bo)[{LOWER}]*(?:ande|ende)\b)"
             rf"[{UPPER}][{LOWER}]{{3,}}(?:ande|ende))(?![\w-]))")
STOPS = (r"(?:att|det|den|de|dom|oss|mig|sig|er|alla|som|och|en|ett|varje|hela|i|har|hade|är|var|blir|ska|kan|vill|måste|bör|skulle|kunde|"
         r"där|när|med|på|vid|hos|till|av|ju|väl|också|även|nu|sedan|men|eller|ingår|ingick|består|bestod|möts|träffas|leds|"
         r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en|ens)?)\b")  # "Beredningen för äldre måndagen den 16 februari"
WORD = rf"[{LOWER}]+(?:-[{LOWER}]+)?"
# "hälso- och sjukvård", "vård- och omsorgsfrågor": a shared head written once
PAIRED = rf"[{LOWER}]+-\s+(?:och|eller)\s+[{LOWER}]+"
OPENS_PAIRED = rf"[{UPPER}]?[{LOWER}]+-[ \t]+(?:och|eller)[ \t]+[{LOWER}]+"  # "för Hälso- och sjukvård för vuxna"
# "för södra Lappland": a part of a named area
# "för hälsa, vård och omsorg": a listed complement ends in "och" and its last word
LISTED = rf"{WORD}(?:,\s*{WORD})+\s+och\s+{WORD}"
# "Ledningsgruppen för Närvård västra Skaraborg": a named programme or area, up to a verb or the sentence end
BODY_FORM = r"(?:kommun|kommunalförbund|kommunförbund|stad|län|landsting)"
BODY_FORM_ENDS = r"(?:(?<=kommun)|(?<=förbund)|(?<=stad)|(?<=län)|(?<=landsting))"
VERB = rf"[{LOWER}]+(?:ar|er|ir|as|es|ade|ades|ats|r)\b"  # "består", "träffas", "leddes"
# ("Direktionen för Sjuhärads kommunalförbund Härmed kallas …": a body's form ends its name, a flattened page's next
# sentence runs on after it)
NAMED = (rf"{CAP}(?:[ \t]+(?:{CAP}|{DIRECTION}[ \t]+{CAP}|(?!{BODY_FORM}[ \t])[{LOWER}]+(?=[ \t]+{CAP}))){{0,4}}"
         rf"(?:[ \t]+(?!{STOPS}|{VERB})[{LOWER}]+)?"
         rf"(?=[ \t]*(?:[.,:;!?)\n]|$)|\s+(?:{STOPS}|{VERB})|{BODY_FORM_ENDS}[ \t]+{CAP})")
# what names a forum after its cue word: "för vård och omsorg", "för gemensamma rutiner",
# "för Nära vård i länet", "i Gävleborg", "nära vård"
# "tas upp i Värmlandsrådet för godkännande": what is done in the forum, not what names it
ACTION = r"(?:godkännande|beslut|beslutet|behandling|kännedom|information|diskussion|yttrande|remiss|dialog)\b"
# "för samverkan Region Kronoberg och länets kommuner": the parties a group's name lists, joined by "och"
PARTY = (rf"(?:Region\s+{CAP}(?:\s+län)?|Landstinget(?:\s+i)?\s+{CAP}(?:\s+län)?|{CAP}[ \t]+(?:kommun|stad)|"
         rf"länets\s+kommuner|kommunerna(?:\s+i\s+{CAP}(?:\s+län)?)?|{CAP}s\s+kommuner)(?![\w-])")
PARTIES = rf"(?:\s+mellan)?\s+{PARTY}(?:\s*,\s*{PARTY})*\s+(?:och|samt)\s+{PARTY}"
COMPLEMENT = (
    rf"(?P<complement>\s+(?:för|inom|från)\s+(?!{STOPS}|{ACTION})(?:[Nn]ära\s+vård(?:\s+och\s+[{UPPER}]{{2,}}\b)?|{LISTED}|"
    rf"[{UPPER}{LOWER}][{LOWER}]+-[{UPPER}]{{2,6}}(?![\w-])|"  # "Lokal arbetsgrupp för Astma-KOL": a field and its short form
    rf"{DIRECTION}[ \t]+{CAP}|{NAMED}|(?:{OPENS_PAIRED}|{WORD})(?:\s+(?:och\s+|samt\s+)?(?!{STOPS})(?:{PAIRED}|{WORD})){{0,3}}(?:\s+{PAIRED})?(?:{PARTIES})?)"
    rf"(?:\s+i\s+(?:länet|regionen|samverkan|(?:{DIRECTION}[ \t]+)?{CAP}(?:\s+län)?))?|\s+i\s+(?:{CAP}(?:[ \t]+{CAP})?(?:\s+län)?|samverkan)|\s+[Nn]ära\s+vård)?"
)
# "socialnämndsordförandenätverket S13": a short code of capitals and digits that names a forum
CODE = r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{0,4}[0-9][A-ZÅÄÖ0-9]{0,4}(?![\w-])"
# the fields a group is named by after its capitalised cue word: "Temagrupp Äldre", "Länsgrupp Barn och unga"
FIELDS = frozenset("äldre barn unga ungdomar vuxna familj familjer psykiatri missbruk beroende rehabilitering "
                   "habilitering hälsa omsorg vård demens funktionshinder funktionsnedsättning läkemedel kompetens "
                   "digitalisering".split())
# a short form in capitals ("Samverkansrådet LSG"), not a paper's word in capitals ("Hälsingerådet
# SAMMANTRÄDESPROTOKOLL", "Länsrådet KALLELSE")
SHORT_FORM = rf"(?!(?:KALLELSE|PROTOKOLL|DAGORDNING|UTDRAG)(?![\w-]))[{UPPER}]{{2,8}}(?![{UPPER}])[a-zåäö]*"
# "Samverkansorgan Skåne nordväst": a place, and the quarter of it written after it in lower case; "Politisk
# styrgrupp Vård i samverkan": a name in capitals that ends in "i samverkan"
PROPER_TAIL = (rf"(?P<tail>(?:[ \t]+(?:{CAP}|{SHORT_FORM}|{CODE}))+(?:[ \t]+(?:nord|syd)?(?:väst|öst|ost)(?![\w-]))?"
               rf"(?:[ \t]+i[ \t]+samverkan(?![\w-]))?"
               # "Länsgrupp Barn och unga": a field of two words, the second in lower case
               rf"(?P<field>[ \t]+och[ \t]+(?:{'|'.join(sorted(FIELDS))})s?(?![\w-]))?)?")
NEUTER = ("verk", "råd", "forum", "organ", "utskott")  # "nätverken", "råden": their plural ends in -en
VERBISH = ("as", "ade", "ades", "ats", "ar")
GENERIC_HEADS = frozenset({"grupp", "möte", "möten", "träff"})
# compounds that name a kind of forum, not one forum ("samverkansforum", "arbetsgrupp")
GENERIC_PREFIXES = frozenset({"samverkans", "samarbets", "lednings", "styr", "arbets", "projekt", "referens",
                              "samordnings", "berednings", "expert", "fokus", "läns", "program", "tjänstemanna", "vård"})
TITLE_LIKE = ("råd",)
PAPERS = frozenset({"program", "programmet", "agenda", "dagordning", "protokoll", "minnesanteckningar", "kallelse"})
# "Mölndals samverkan, Mösam, består av …": a municipality's own collaboration body, named as such
PLACE_COLLABORATION_RE = re.compile(rf"(?<![\w-])({CAP})s[ \t]+samverkan(?=[ \t]*[,(]|[ \t]+(?:består|är|har|ska|leds)\b)")  # regionråd, kommunalråd are politicians, handled as titles


# "Närvårdssamverkan Södra Älvsborg", "Vårdsamverkan Skaraborg": the collaboration of an area, by the area's name
# ("Styrgrupp Vårdsamverkan Skaraborg": the steering group of that collaboration, by that name)
AREA_COLLABORATION_RE = re.compile(rf"(?<![\w-])(?P<group>(?:Styr|Lednings|Arbets)grupp(?:en)?[ \t]+)?(?P<compound>[{UPPER}][{LOWER}]+samverkan)[ \t]+"
                                   rf"(?P<place>(?:(?i:{DIRECTION})[ \t]+)?{CAP})(?![\w-])")

# "Den nya samverkansmodellen kallas HälSam", "ett nätverk som heter Vårdkraft": a collaboration given its name
CALLED_RE = re.compile(rf"(?<![\w-])(?i:samverkans(?:modell|struktur|form|organisation)(?:en)?|nätverk(?:et)?|forum(?:et)?)"
                       rf"(?:[ \t]+[{LOWER}]+){{0,4}}?[ \t]+(?:som[ \t]+)?(?:heter|kallas|kallad|kallat)[ \t]+"
                       rf"([{UPPER}][{UPPER}{LOWER}0-9]+(?:-[{UPPER}{LOWER}0-9]+)?)(?=[ \t]*[.,;:!?)\n]|$)")

# "samverkansorganisationen SocialReko", "HälSam är alltså en samverkansform mellan …": a collaboration's own name,
# one word written as a name (a capital inside it, or all capitals), beside the kind of body it is
STRUCTURE = r"samverkans(?:organisation|struktur|form|modell|arena|plattform)"
OWN_NAME = rf"[{UPPER}][{LOWER}]+[{UPPER}][{UPPER}{LOWER}]*|[{UPPER}]{{3,8}}"
HYPHENED_NAME = rf"[{UPPER}][{UPPER}{LOWER}]+-[{UPPER}][{UPPER}{LOWER}]+"  # "WoX-Sam"
STRUCTURE_NAMED_RE = re.compile(rf"(?<![\w-]){STRUCTURE}en[ \t]+({OWN_NAME})(?![\w-])")
NAMED_IS_STRUCTURE_RE = re.compile(rf"(?:^|(?<=[.!?][ \t])|(?<=\n))({OWN_NAME})[ \t]+är[ \t]+(?:alltså[ \t]+|också[ \t]+|nu[ \t]+)?"
                                   rf"en[ \t]+(?:[{LOWER}]+[ \t]+)?{STRUCTURE}(?![\w-])", re.M)

# "Regionens samverkansråd är ett organ för samråd och samverkan mellan …": a name opening a sentence, said to be a
# body for consultation or collaboration
IS_ORGAN_RE = re.compile(rf"(?m)(?:^|(?<=[.!?])[ \t]+)[ \t]*({CAP}(?:[ \t]+[{LOWER}]+){{0,3}})[ \t]+är[ \t]+(?:ett|det)[ \t]+"
                         rf"(?:[{LOWER}]+[ \t]+)?[{LOWER}]*organ[ \t]+för[ \t]+(?:[{LOWER}]+,?[ \t]+){{0,4}}?"
                         rf"(?:samverkan|samråd|samarbete|dialog)(?![\w-])")

# "dialogserien Vård i rörelse", "seminarieserien Nära vård på riktigt": a named series of meetings
SERIES_RE = re.compile(rf"(?<![\w-])[{LOWER}]*(?:dialog|seminarie|webbinarie|föreläsnings|samtals|mötes)serie(?:n)?[ \t]+"
                       rf"([{UPPER}][{LOWER}]+(?:[ \t]+[{LOWER}]+){{0,4}}?)(?=[ \t]*[,.;:!?)\n–]|$)")

# "inom ramen för nätverket Folkhälso-Z", "bildar nätverket ”R8”": a network by its own name, one word after the
# definite cue word or the words in quotes after it (the name alone, as the text uses it)
NETWORK_NAMED_RE = re.compile(rf"(?<![\w-])(?:[{LOWER}]*nätverket|Nätverket|[Ff]orumet)[ \t]+(?:[”\"“]([{UPPER}0-9][^”\"“\n]{{0,40}}?)[”\"]|"
                              rf"([{UPPER}][{UPPER}{LOWER}0-9]*(?:-[{UPPER}{LOWER}0-9]+)?))"
                              rf"(?=[ \t]*[.,;:!?)\n]|[ \t]+[{LOWER}]|$)")


STOP_OPENERS = frozenset({"det", "detta", "den", "denna", "rådet", "nätverket", "gruppen", "forumet", "samverkansrådet",
                          "beredningen", "organet", "syftet", "målet", "här", "nu", "vårt", "vår"})

@lru_cache(maxsize=8)
def _named_is_group(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ "VIS är den politiska ledningsgruppen", "KOLA är ett regionalt nätverk": a name said to be a group."""
    return re.compile(
        rf"(?:^|(?<=[.!?][ \t])|(?<=\n))({OWN_NAME})[ \t]+är[ \t]+(?:alltså[ \t]+|också[ \t]+|nu[ \t]+)?(?:den|det|en|ett)"
        rf"[ \t]+(?P<group>(?:[{LOWER}]+[ \t]+)?[{LOWER}]*(?:{'|'.join(map(re.escape, heads))})(?:en|et)?)(?![\w-])", re.M)


@lru_cache(maxsize=8)
def _named_the_group(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ "i WoX-Sam, den samarbetsgrupp som bildats av …": a name followed by the group it is, in apposition."""
    return re.compile(
        rf"(?<![\w-])({OWN_NAME}|{HYPHENED_NAME}),[ \t]+(?:den|det)[ \t]+(?P<group>(?:[{LOWER}]+[ \t]+)?[{LOWER}]*"
        rf"(?:{'|'.join(map(re.escape, heads))}))[ \t]+som(?![\w-])")


def forum_heads(lex: Lexicon) -> list[str]:
    """The cue words that end a forum's name ("styrgrupp", "nätverk", "råd"), shortest first."""
    heads = sorted((c for c in lex.cue("forum") if " " not in c and c not in GENERIC_HEADS), key=len)
    return heads or ["ledningsgrupp", "styrgrupp", "referensgrupp", "samordningsgrupp", "nätverk", "forum", "råd"]


_SPLIT: dict[tuple[str, ...], re.Pattern[str]] = {}


def _split(word: str, heads: list[str]) -> tuple[str, str] | None:
    """ "socialchefsnätverket" -> ("socialchefs", "nätverk"): the shortest cue that ends the word."""
    w = word.casefold()
    if re.search(r"områd(?:e|en|et|ena|ets)?$", w):  # "målområden" is no council ("råd"); "sakområdessamrådet" is
        return None
    key = tuple(heads)
    if key not in _SPLIT:  # a greedy prefix leaves the shortest head
        _SPLIT[key] = re.compile(rf"(.*)({'|'.join(map(re.escape, heads))}){INFLECTION}")
    m = _SPLIT[key].fullmatch(w)
    return (m.group(1), m.group(2)) if m else None


# "Vård- och omsorgscollege i Norrbotten", "Teknikcollege Gävleborg": employers and schools of a region or a town
# certified to train together, each a collaboration named by where it is
COLLEGE_RE = re.compile(rf"(?<![\w-])(?:[Vv]ård-?[ \t]+och[ \t]+[Oo]msorgscollege|Teknikcollege)[ \t]+(?:i[ \t]+)?"
                        rf"([{UPPER}][{LOWER}]+)(?:/[{UPPER}][{LOWER}]+|[ \t]+[{UPPER}][{LOWER}]+)?(?![\w-])")


# lower-case words after a forum's cue word, then a short form in brackets made of their initials
SPELT_OUT_RE = re.compile(rf"[ \t]+([{LOWER}]+(?:[ \t]+[{LOWER}]+){{1,4}})[ \t]+\(([{UPPER}]{{2,5}})\)")


def find_forums(text: Text, lex: Lexicon) -> list[Found]:
    t = text.text
    heads = forum_heads(lex)
    out: list[Found] = []
    head_alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    word_re = re.compile(
        rf"(?<![\w-])(?:(?:den|det|de|en|ett|vår|vårt|våra|er|ert|dess)\s+|"
        rf"(?P<owner>[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?(?:[ \t]+(?:läns|kommuns|stads)|s)|"  # "Mora kommuns"
        rf"[{LOWER}]+s(?=[ \t]+[{LOWER}]*utskott)|"  # "riksdagens socialutskott"
        rf"[{UPPER}][{LOWER}]+[ \t]+sjukvårdsregionens)[ \t]+)?"  # "Södra sjukvårdsregionens ledningsgrupp"
        rf"(?P<adjectives>(?:{ADJECTIVE}\s+){{0,2}})"
        rf"(?P<word>(?:[Nn]ära\s+vård-|[{LOWER}{UPPER}]+-(?:\s+och|,)\s+)?[{LOWER}{UPPER}\-]*?(?i:{head_alt}){INFLECTION})(?![\w-])"
        rf"{COMPLEMENT}{PROPER_TAIL}",
    )
    for m in _owned_matches(word_re, t, lex):
        word = re.sub(r"-(?:\s+och|,)\s+", "- och ", m.group("word"))
        parts = _split(word.rsplit(" ", 1)[-1], heads)
        if not parts:
            continue
        prefix, head = parts
        if " och " in word:
            prefix = prefix or "x" * 4  # "Vård- och omsorgsrådet" names whose council it is
        adjectives = squash(m.group("adjectives"))
        if adjectives[:1].islower() and any(a.endswith("t") for a in adjectives.split(" ")):
            adjectives = ""  # "ett politiskt forum" describes; "Politiskt samverkansråd X" names
        complement = _trim(squash(m.group("complement") or ""))
        if re.fullmatch(rf"(?:för|inom|från) [{LOWER}]+(?:et|en)", complement):
            complement = ""  # "en ledningsgrupp för teamet" points back at something, it names nothing
        within = re.match(r"\s+inom\s+", t[m.start("complement"):]) if complement.startswith("inom ") else None
        if within and _opens_organisation(t, m.start("complement") + within.end(), lex):
            complement = ""  # "sjukvårdsdelegationen inom Sveriges kommuner och landsting": whose group, not its name
        named_by = m.group("adjectives") or word  # "Politiskt samverkansråd Kronoberg"
        tail = squash(m.group("tail") or "") if not complement and (named_by[:1].isupper() or re.fullmatch(
            rf"[ \t]+{CODE}", m.group("tail") or "")) else ""  # "nätverket S13": a code names it in lower case too
        first, _, rest = tail.partition(" ")
        if first in lex.first_names and (rest or t[m.end("tail"):].lstrip(" \t"))[:1].isupper():
            tail = ""  # "Läkemedelskommittén Karl-Gustav Norberg": a flattened table's next name, not the group's
        if tail.split(" ")[0].casefold() in PAPERS | MINUTES_LABELS:
            # "Värmlandsrådet Program": the heading of the meeting's papers, not part of its name; "Kommunala
            # Pensionärsrådet Datum": a label of its minutes
            tail = ""
        if word.casefold() in lex.titles or (head in TITLE_LIKE and (prefix + head).endswith(_council_titles(lex))):
            continue  # "Regionrådet Karin Nilsson", "äldreborgarråd", "sjukvårdslandstingsråd" are politicians
        if (word.casefold().endswith(("erna", "arna")) or head.endswith(NEUTER) and word.casefold().endswith(
                head + "en")) and not complement and not tail:
            continue  # "i de lokala styrgrupperna", "de kommunala nätverken": groups of a kind, not one forum
        if head == "delegation" and re.match(r"\s+från\b", t[m.end("word"):]):
            continue  # "delegationen från Kazakstan" is a visit, not a standing group
        # ("X är ett politiskt forum för samverkan mellan …": an adjective that describes between them)
        at = m.start("adjectives") if m.group("adjectives") and not adjectives else m.start("word")
        described = re.search(r"(?i)\b(?:ett|är|vara)\s+$", t[max(0, at - 6):at])
        if head == "forum" and not prefix and described:
            # "Nätverken är också ett forum för erfarenhetsutbyte", "att vara forum för framtidsfrågor": what a
            # group is for
            continue
        place_tail = bool(tail) and all(w in lex.place_words or w == "län" or re.fullmatch(DIRECTION, w.casefold())
                                        for w in tail.split(" "))
        # "socialchefsnätverket", and "E-beredningen", "IT-rådet": a hyphened prefix names the forum too
        named_compound = (len(prefix) >= 4 or prefix.endswith("-") and word[:1].isupper()) and prefix not in GENERIC_PREFIXES
        # ("… är Länssamordningsgruppen med …": a compound capitalised inside a sentence is a name, whatever its prefix)
        named_compound = named_compound or bool(prefix) and word[:1].isupper() and not m.group("adjectives") and \
            re.search(rf"[{LOWER},][ \t]+$", t[max(0, m.start("word") - 3):m.start("word")]) is not None
        # ("Kommundirektörernas arbetsgrupp", "Socialchefernas nätverk": a group named by whose holders of a post meet)
        owner = m.group("owner") and _owner(m.group("owner"), lex)
        # "Styrgrupp Närvård Södra Älvsborg" as a page's heading: the line is the forum's name
        titled = bool(tail) and re.fullmatch(r"[ \t]*", t[t.rfind("\n", 0, m.start("word")) + 1:m.start("word")]) \
            and re.match(r"[ \t]*(?:\n|$)", t[m.end("tail"):]) is not None
        # "Länsgrupp Barn och unga", "Temagrupp Äldre": a capitalised cue word and the field it works on, capitalised
        field_tail = bool(tail) and word[:1].isupper() and not place_tail and tail.split(" ")[0] not in lex.first_names \
            and tail.split(" ")[0].casefold() not in NOT_NAME and tail.split(" ")[0].casefold() in FIELDS
        if not (adjectives or complement or named_compound or owner or place_tail or titled or field_tail):
            continue  # "Vårdsamverkan Västra Götaland": a capitalised cue word named by its area
        if owner and _body_genitive(m.group("owner"), lex) and not adjectives and word[:1].isupper() and \
                not word.casefold().endswith(("utskott", "utskottet")):
            # "Läkarförbundets Utbildnings- och forskningsråd": a capital names it without its owner (a committee is
            # its owner's: "Riksdagens Socialutskott")
            owner = False
        start = m.start("owner") if owner else m.start("adjectives") if adjectives else m.start("word")
        end = m.end("word")
        if complement:
            end = m.start("complement") + _span_of(t[m.start("complement"):m.end("complement")], complement)
        elif tail:
            end = m.end("tail") - (1 if (m.group("field") or "").endswith("s") else 0)  # "… Barn och ungas arbete"
        spelt = SPELT_OUT_RE.match(t, end)
        if spelt and not complement and not tail and \
                "".join(w[0] for w in spelt.group(1).split()).casefold() == spelt.group(2).casefold():
            end = spelt.end(1)  # "Politisk styrgrupp vård i samverkan (VIS)": the short form spells the words out
        start, end = _spelt_by_short_form(t, start, end)
        surface = t[start:end]
        # "Landstings-, Regiondirektörsgruppen" is "Landstings- och regiondirektörsgruppen" written short
        name = re.sub(rf"-,\s+([{UPPER}])(?=[{LOWER}])", lambda x: "- och " + x.group(1).lower(),
                      capitalise(squash(surface)))
        if name.isupper():
            continue
        if not complement and not tail and re.search(r"(?:en|et)s$", name):
            name = name[:-1]  # "Socialutskottets sammanträde": the committee, not its genitive
        out.append(Found("CollaborationForum", name, start, end, surface, "forum.cue", 0.75))
    for m in PLACE_COLLABORATION_RE.finditer(t):
        if _place_genitive(m.group(1) + "s", lex) and not any(f.start <= m.start() < f.end for f in out):
            out.append(Found("CollaborationForum", m.group(0), m.start(), m.end(), m.group(0), "forum.cue", 0.7))
    named_areas: dict[str, set[str]] = {}  # "Närvårdssamverkan" -> the areas' names the text gives it
    for m in AREA_COLLABORATION_RE.finditer(t):
        area = m.group("place").split()[-1]  # "Skaraborg", "Södra Älvsborg": an area, known or not, but no name
        if area not in lex.first_names and area.casefold() not in NOT_NAME and \
                not any(f.start <= m.start() < f.end for f in out):
            name = squash(m.group(0))
            if not m.group("group"):
                named_areas.setdefault(m.group("compound"), set()).add(name)
            out.append(Found("CollaborationForum", name, m.start(), m.end(), m.group(0), "forum.area_collaboration",
                             0.7))
    for compound, names in named_areas.items():  # "Närvårdssamverkan" alone, after "Närvårdssamverkan Södra Älvsborg"
        if len(names) != 1:
            continue  # two areas' collaborations named: the bare compound could be either
        for m in re.finditer(rf"(?<![\w-]){re.escape(compound)}(?![\w-])", t):
            if not any(f.start <= m.start() < f.end for f in out):
                out.append(Found("CollaborationForum", next(iter(names)), m.start(), m.end(), m.group(0),
                                 "forum.area_collaboration", 0.65))
    for m in CALLED_RE.finditer(t):
        if not any(f.start <= m.start(1) < f.end for f in out) and m.group(1) not in lex.place_words:
            out.append(Found("CollaborationForum", m.group(1), m.start(1), m.end(1), m.group(1), "forum.called", 0.7))
    for m in (*STRUCTURE_NAMED_RE.finditer(t), *NAMED_IS_STRUCTURE_RE.finditer(t)):
        if not any(f.start <= m.start(1) < f.end for f in out) and m.group(1) not in lex.place_words:
            out.append(Found("CollaborationForum", m.group(1), m.start(1), m.end(1), m.group(1), "forum.called", 0.7))
    for m in IS_ORGAN_RE.finditer(t):
        first = m.group(1).split(" ")[0]
        if first.casefold() not in STOP_OPENERS and m.group(1) not in lex.place_words and \
                not any(f.start <= m.start(1) < f.end for f in out):
            out.append(Found("CollaborationForum", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "forum.called",
                             0.7))
    for m in _named_is_group(tuple(heads)).finditer(t):
        # "VIS är den politiska ledningsgruppen med …": the group is VIS, the words after "den" say what it is
        if m.group(1) not in lex.place_words and not any(f.start <= m.start(1) < f.end for f in out):
            out = [f for f in out if not (m.start("group") <= f.start < m.end())]
            out.append(Found("CollaborationForum", m.group(1), m.start(1), m.end(1), m.group(1), "forum.called", 0.7))
    for m in _named_the_group(tuple(heads)).finditer(t):
        if m.group(1) not in lex.place_words and not any(f.start <= m.start(1) < f.end for f in out):
            out = [f for f in out if not (m.start("group") <= f.start < m.end())]
            out.append(Found("CollaborationForum", m.group(1), m.start(1), m.end(1), m.group(1), "forum.called", 0.7))
    for m in COLLEGE_RE.finditer(t):  # "Vård- och omsorgscollege Malmö/Lund": a certified regional collaboration
        if m.group(1) in lex.place_words or m.group(1).removesuffix("s") in lex.place_words:
            out = [f for f in out if not (f.start < m.end() and m.start() < f.end)]
            out.append(Found("CollaborationForum", squash(m.group(0)), m.start(), m.end(), m.group(0), "forum.college",
                             0.7))
    for m in NETWORK_NAMED_RE.finditer(t):
        g = 1 if m.group(1) else 2
        name = m.group(g)
        if name in lex.place_words or name in lex.first_names or name in lex.body_words or \
                name.casefold() in NOT_NAME or any(f.start <= m.start(g) < f.end for f in out):
            continue  # "nätverket Jämtland": whose network, by its area; "nätverket SKR" the body's own
        out.append(Found("CollaborationForum", name, m.start(g), m.end(g), name, "forum.called", 0.7))
    for m in SERIES_RE.finditer(t):
        if not any(f.start <= m.start(1) < f.end for f in out):
            out.append(Found("CollaborationForum", m.group(1), m.start(1), m.end(1), m.group(1), "forum.series", 0.7))
    out = _named_with_short_form(t, head_alt, out)
    out = _field_headings(text, out, lex)
    out.extend(_list_headings(text, out, heads))
    out.extend(_heading_names(text, heads, out))
    out.extend(_repeated_field_names(text, heads, out))
    out.extend(_headings_of_members(text, out, lex))
    return out


def _named_with_short_form(t: str, head_alt: str, found: list[Found]) -> list[Found]:
    """ "den politiska styrgruppen Vård i samverkan (VIS)": after a cue word in lower case, a capitalised name whose
    words' initials the short form in brackets spells is the group's name (and the cue only says what it is)."""
    out = list(found)
    for m in re.finditer(rf"(?<![\w-])[{LOWER}]*(?:{head_alt})(?:en|et|n|t)?[ \t]+([{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}{LOWER}]"
                         rf"[{LOWER}]*){{1,5}})[ \t]*\(([{UPPER}]{{2,6}})\)", t):
        words = m.group(1).split()
        if m.group(2) != "".join(w[0] for w in words).upper():
            continue
        # "politiska styrgruppen", and "Politisk styrgrupp Vård i samverkan (VIS)" as a heading: the cue before the name
        out = [f for f in out if not (f.start < m.start(1) and m.start() <= f.end <= m.end(1))]
        if not any(f.start <= m.start(1) < f.end for f in out):
            out.append(Found("CollaborationForum", squash(m.group(1)), m.start(1), m.end(1), m.group(1),
                             "forum.named_short", 0.7))
    return out


def _repeated_field_names(text: Text, heads: list[str], found: list[Found]) -> list[Found]:
    """ "Utseende av ledamöter i styrgrupp hälso- och sjukvårdsutredning" as a protocol's heading, and again: a
    bare cue word and the field it works in, without "för", ending a line, and written twice, make a name."""
    t = text.text
    head_alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    out: list[Found] = []
    for m in re.finditer(rf"(?<![\w-])(?:[{LOWER}]*(?:{head_alt}))[ \t]+(?:{PAIRED}|(?!{STOPS}){WORD})"
                         rf"(?:[ \t]+och[ \t]+{WORD})?(?=[ \t]*(?:\n|$))", t):
        every = list(re.finditer(rf"(?<![\w-]){re.escape(m.group(0))}(?![\w-])", t))
        if any(f.start <= m.start() < f.end for f in (*found, *out)) or len(every) < 2:
            continue
        for x in every:
            if not any(f.start <= x.start() < f.end for f in (*found, *out)):
                out.append(Found("CollaborationForum", capitalise(squash(m.group(0))), x.start(), x.end(), x.group(0),
                                 "forum.heading_name", 0.6))
    return sorted(out, key=lambda f: f.start)


# "Strategiskt nätverk hälsa, social välfärd och omsorg": the fields a heading names the forum by, to the line's end
FIELD_REST = re.compile(rf"[ \t]+(?:{PAIRED}|{WORD})(?:(?:,[ \t]*|[ \t]+och[ \t]+|[ \t]+)(?:{PAIRED}|{WORD})){{0,6}}[ \t]*")


def _field_headings(text: Text, found: list[Found], lex: Lexicon) -> list[Found]:
    """A forum that opens a heading and the fields written after it, without "för", to the heading's end: the
    whole heading is its name (not a post after it: "Vård- och stödutskottets ordförande" over the chair's name)."""
    t = text.text
    starts = {b.start: b for b in text.blocks if b.kind == "heading"}
    named: dict[str, str] = {}  # the cue phrase -> the heading's whole name
    for f in found:
        block = starts.get(f.start)
        rest = FIELD_REST.fullmatch(t, f.end, block.end) if block and f.end < block.end else None
        # ("Pensionärsråd laddade inför valet": a news headline, its verb and what it is about)
        post = next((w for w in rest.group(0).split() if w.casefold() not in lex.qualifiers), "") if rest else ""
        # ("Värmlandsrådets parter", "Nätverkets arbetsformer": the forum's genitive owns what follows, no field)
        genitive = squash(t[f.start:f.end]).casefold() == f.name.casefold() + "s"
        if rest and not genitive and not base_form(post, lex) and \
                not re.search(rf"(?<![\w-])(?!och\b){STOPS}", rest.group(0)) and \
                not re.search(r"(?<![\w-])(?:[a-zåäö]{2,}ade|inför|efter|under|mot|från)(?![\w-])", rest.group(0)):
            named.setdefault(f.name, squash(t[f.start:block.end].strip()))
    out = []
    for f in found:
        short = next((s for s in named if f.name == s or f.name.startswith(s + " för ")), None)
        if short:  # the heading's forum, and the text's shorter mentions of it ("Strategiskt nätverk för frågor …")
            block = starts.get(f.start)
            end = block.end if block and f.name == short and named[short] == squash(t[f.start:block.end].strip()) \
                else f.end
            f = Found(f.kind, named[short], f.start, end, t[f.start:end], "forum.field_heading", f.confidence)
        out.append(f)
    return out


def _heading_names(text: Text, heads: list[str], found: list[Found]) -> list[Found]:
    """ "Ledningsgrupp vård och omsorg" as a page's heading, and again in its text: a cue word and the field it
    works in, without "för", make a name when the heading stands alone and the text repeats it."""
    t = text.text
    out = []
    for block in text.blocks:
        m = HEADING_NAME.fullmatch(t, block.start, block.end) if block.kind in ("heading", "paragraph") else None
        parts = _split(m.group(1), heads) if m else None
        if not parts or any(block.start <= f.start < block.end for f in found) or \
                len(re.findall(rf"(?<![\w-]){re.escape(m.group(0))}(?![\w-])", t)) < 2:
            continue
        out.append(Found("CollaborationForum", m.group(0), m.start(), m.end(), m.group(0), "forum.heading_name", 0.6))
    return out


def _council_titles(lex: Lexicon) -> tuple[str, ...]:
    """ "regionråd", "borgarråd", "landstingsråd": the titles of politicians that end like a council."""
    return tuple(sorted(x for x in lex.titles if x.endswith(TITLE_LIKE)))


HEADING_NAME = re.compile(rf"([{UPPER}][{LOWER}]+)[ \t]+[{LOWER}]+(?:-[{LOWER}]+)?(?:[ \t]+och[ \t]+[{LOWER}]+)?")
# ("Ledamöter styrgrupp": the members' label names the group; not "Ledamöter i styrgruppen", one the page names
# in full)
GROUP_HEADING = re.compile(r"[ \t]*(?:(?:Ledamöter|Medlemmar|Deltagare)[ \t]+(?=[a-zåäö]+grupp(?!en))|(?=[A-ZÅÄÖ]))"
                           r"((?:[Ss]tyr|[Ll]ednings|[Rr]eferens|[Pp]rojekt|[Aa]rbets|[Ss]amordnings|[Bb]erednings)grupp(?:en)?)"
                           # "Ledningsgruppen består av:" over the list of its members
                           r"(?:(?<=en)[ \t]+består[ \t]+av(?:[ \t]+följande(?:[ \t]+[a-zåäö]+)?)?(?=[ \t]*:))?"
                           r"[ \t]*:?[ \t]*")
MEMBERS_LABEL = re.compile(r"[ \t]*(?:Ledamöter|Medlemmar|Deltagare|Representanter|Sammansättning)[ \t]*:?[ \t]*")
PERSON_ROW = re.compile(rf"[ \t]*(?:[•▪*–-][ \t]*)?{CAP}[ \t]+{CAP}")


# "Länsdelssamverkan, möten två gånger per termin, deltagare:": a group's one-word name opening the line over the
# list of its seats
ATTENDEES_HEADING = re.compile(rf"[ \t]*([{UPPER}][{LOWER}]{{4,}})(?:[ \t]*,[^\n:]{{0,80}}?)?[ \t]*,?[ \t]*"
                               r"(?:deltagare|medlemmar|ledamöter|representanter|sammansättning)[ \t]*:[ \t]*")


def _list_headings(text: Text, found: list[Found], heads: list[str] = ()) -> list[Found]:
    """A heading that is only a group word ("Styrgrupp") over a list of people: the page's own group,
    named by that word; a group's one-word name over the list of its seats ("Länsdelssamverkan, deltagare:")."""
    t = text.text
    out = []
    for i, block in enumerate(text.blocks[:-1]):
        nxt = text.blocks[i + 1]
        named = ATTENDEES_HEADING.fullmatch(t, block.start, block.end) if block.kind in ("heading", "paragraph") \
            and nxt.kind == "bullet" else None
        if named and (named.group(1).casefold().endswith("samverkan") or _split(named.group(1), list(heads))) and \
                not any(block.start <= f.start < block.end for f in found):
            out.append(Found("CollaborationForum", named.group(1), named.start(1), named.end(1), named.group(1),
                             "forum.list_heading", 0.6))
            continue
        m = GROUP_HEADING.fullmatch(t, block.start, block.end) if block.kind in ("heading", "paragraph") else None
        # ("Ledningsgrupp" as the page's title, and "Representanter" over its members further down)
        members_below = i == 0 and any(MEMBERS_LABEL.fullmatch(t, b.start, b.end) for b in text.blocks[1:8])
        if m and (nxt.kind == "bullet" and PERSON_ROW.match(t, nxt.start) or members_below) and \
                not any(block.start <= f.start < block.end for f in found):
            out.append(Found("CollaborationForum", capitalise(m.group(1)), m.start(1), m.end(1), m.group(1),
                             "forum.list_heading", 0.6))
    return out


# "Social ReKo" over "Består av politiker från berörda nämnder …": a heading standing alone, and the paragraph under
# it saying, without a subject, which people the body is made of
HEADING_LINE = re.compile(rf"[ \t]*([{UPPER}][{UPPER}{LOWER}-]*(?:[ \t]+[{UPPER}{LOWER}][{UPPER}{LOWER}-]*){{0,5}})[ \t]*")
MADE_OF_PEOPLE = re.compile(rf"[ \t]*(?:Den|Gruppen|Rådet|Nätverket|Forumet)?[ \t]*[Bb]estår[ \t]+av[ \t]+"
                            rf"(?:[{LOWER}0-9-]+[ \t]+){{0,2}}?(?:[{LOWER}]*(?:politiker|tjänstemän|chefer|representanter|"
                            rf"ledamöter|företrädare|direktörer|samordnare|ordförande)|följande[ \t]+(?:personer|ledamöter))"
                            rf"(?![\w-])")


def _headings_of_members(text: Text, found: list[Found], lex: Lexicon) -> list[Found]:
    """A short heading over a paragraph that opens "Består av politiker från …": the heading names a body of
    people, a collaboration forum (not a place, a person's name or a body the text names otherwise)."""
    t = text.text
    out = []
    for block, nxt in zip(text.blocks, text.blocks[1:]):
        m = HEADING_LINE.fullmatch(t, block.start, block.end) if block.kind in ("heading", "paragraph") else None
        if not m or not MADE_OF_PEOPLE.match(t, nxt.start) or any(block.start <= f.start < block.end for f in found):
            continue
        name = m.group(1)
        if name in lex.place_words or name.split(" ")[0].casefold() in STOP_OPENERS or \
                any(name.startswith(p.name) for p in (*lex.regions, *lex.municipalities)):
            continue
        out.append(Found("CollaborationForum", name, m.start(1), m.end(1), name, "forum.heading_of_members", 0.6))
    return out


_PLACES: dict[int, frozenset[str]] = {}


def _place_genitive(word: str, lex: Lexicon) -> bool:
    """ "Blekinges", "Kalmar läns", "Umeås", "Medelpads": a county, municipality or province names the forum's area;
    "Region Skånes", "Region Kalmar läns": a region by its full name owns it ("Region Skånes pensionärsråd")."""
    if id(lex) not in _PLACES:
        _PLACES[id(lex)] = frozenset(
            ({p.short for p in (*lex.regions, *lex.municipalities)} | {p.county for p in lex.regions} | lex.provinces |
             {p.name for p in (*lex.regions, *lex.municipalities)}) - {""})
    stem = squash(word)
    return stem[:-1] in _PLACES[id(lex)] or (stem.endswith(" läns") and stem[:-1] in _PLACES[id(lex)])


def _owner(word: str, lex: Lexicon) -> bool:
    """A genitive before a forum's cue word that names whose forum it is: a place, a body, the holders of a post."""
    # ("Äldreplanens styrgrupp": a named plan's or programme's own group, not "Projektets" alone)
    return _place_genitive(word, lex) or _body_genitive(word, lex) or _holders_genitive(word, lex) or \
        re.fullmatch(rf"[{UPPER}][{LOWER}]{{3,}}(?:planens|programmets)", word) is not None


def _owned_matches(word_re: re.Pattern, t: str, lex: Lexicon):
    """The cue words' matches, where a two-word genitive that owns nothing ("Möt Mora kommuns krisledningsgrupp")
    is read again from its second word when a place's genitive begins there, so the owner after a capitalised
    first word is not lost."""
    pos = 0
    while (m := word_re.search(t, pos)) is not None:
        owner = m.group("owner")
        if owner and not _owner(owner, lex) and re.match(rf"[{UPPER}][{LOWER}]+[ \t]+[{UPPER}]", owner):
            second = m.start("owner") + owner.index(owner.split()[1], len(owner.split()[0]))
            again = word_re.match(t, second)
            if again is not None and again.group("owner") and _place_genitive(again.group("owner"), lex):
                pos = second
                continue
        yield m
        pos = max(m.end(), m.start() + 1)


def _holders_genitive(word: str, lex: Lexicon) -> bool:
    """ "Kommundirektörernas", "Socialchefernas": the holders of a post, in the plural genitive."""
    return word.endswith(("ernas", "arnas", "ornas")) and bool(base_form(word[:-1], lex))


def _body_genitive(word: str, lex: Lexicon) -> bool:
    """ "Södra sjukvårdsregionens", "Socialstyrelsens": a healthcare region or national body owns the forum."""
    stem = squash(word)[:-1]
    stem = stem[:1].upper() + stem[1:]  # ("riksdagens socialutskott")
    return any(stem == b.name or stem in b.aliases for b in (*lex.healthcare_regions, *lex.bodies))


_ORG_NAMES: dict[int, tuple[str, ...]] = {}


def _opens_organisation(t: str, at: int, lex: Lexicon) -> bool:
    """Whether an organisation of the reference data is written from ``at``, in any case: "Sveriges kommuner och
    landsting", "SKR", "Region Skåne"."""
    if id(lex) not in _ORG_NAMES:
        _ORG_NAMES[id(lex)] = tuple(sorted({n.casefold() for b in (*lex.bodies, *lex.healthcare_regions)
                                            for n in (b.name, *b.aliases) if len(n) >= 3} |
                                           {p.name.casefold() for p in (*lex.regions, *lex.municipalities)}))
    ahead = squash(t[at:at + 80]).casefold()
    return any(ahead.startswith(n) and not ahead[len(n):len(n) + 1].isalpha() for n in _ORG_NAMES[id(lex)])


# the words after a forum's name up to a short form in brackets: "… för kunskapsstyrning i socialtjänsten (NSK-S)"
SHORT_FORM_AFTER = re.compile(rf"((?:[ \t]+[{LOWER}]+){{0,4}})[ \t]+\(([{UPPER}][{UPPER}-]{{2,7}})\)")
ADJECTIVE_BEFORE = re.compile(rf"(?<![\w-])[{LOWER}]{{4,}}a[ \t]+$")  # "det nationella rådet …"
FUNCTION_WORDS = frozenset("för i och av med inom om kring".split())


def _spelt_by_short_form(t: str, start: int, end: int) -> tuple[int, int]:
    """Widen a forum's name to the words its short form in brackets spells out: "det nationella rådet för palliativ
    vård (NRPV)" -> "nationella rådet för palliativ vård", "Nationella samverkansgruppen för kunskapsstyrning i
    socialtjänsten (NSK-S)" whole."""
    m = SHORT_FORM_AFTER.match(t, end)
    if not m:
        return start, end
    short = m.group(2).replace("-", "").casefold()
    before = ADJECTIVE_BEFORE.search(t, max(0, start - 30), start)
    for s in (start, before.start()) if before else (start,):
        words = re.findall(r"\w+", t[s:m.end(1)])
        for function in (False, True):  # ("vård i samverkan (VIS)": the short form may spell "i" too)
            if "".join(w[0] for w in words if function or w.casefold() not in FUNCTION_WORDS).casefold() == short:
                return s, m.end(1)
    return start, end


def _trim(complement: str) -> str:
    """ "för digitala arbetssätt har" -> "för digitala arbetssätt": a complement ends before a verb form."""
    words = complement.split(" ")
    if len(words) <= 2:
        return complement
    keep = words[:2]
    for w in words[2:]:
        if w in ("i", "län", "och") or w[:1].isupper() or keep[-1] == "i":
            keep.append(w)
        elif w.endswith(VERBISH) and w not in ("omsorg",):
            break
        else:
            keep.append(w)
    # ("nätverk för erfarenhetsutbyte och samverkan inom FOU nu": a preposition whose object was no word of the name)
    while keep and keep[-1] in ("och", "i", "mellan", "inom", "för", "från", "med", "på", "vid", "samt", "av", "till"):
        keep.pop()
    return " ".join(keep)


def _span_of(raw: str, squashed: str) -> int:
    """Length in ``raw`` (which may hold line breaks) of its words that make ``squashed``."""
    pos = 0
    for w in squashed.split(" "):
        pos = raw.index(w, pos) + len(w)
    return pos


def bare_forum_references(text: Text, lex: Lexicon, forums: list[Found]) -> list[tuple[int, int, str, str]]:
    """ "den ledningsgruppen", "samordningsgruppen", "Arbetsgruppens": (start, end, surface, head) for each bare definite
    cue word, to be tied to the forum with that head named last before it."""
    heads = forum_heads(lex)
    t = text.text
    covered = Covered(len(t), [(f.start, f.end) for f in forums])
    out = []
    # in the genitive with a capital too, "Arbetsgruppens medlemmar" heading a list ("Nätverket tar fram …" may open
    # a sentence about any network)
    for m in re.finditer(rf"(?<![\w-])([{UPPER}{LOWER}][{LOWER}]+(?:en|et))(s?)(?![\w-])", t):
        if m.start() in covered or m.group(1)[0].isupper() and not m.group(2):
            continue
        parts = _split(m.group(1), heads)
        if parts and not parts[0]:
            out.append((m.start(), m.end(), m.group(1), parts[1]))
    return out
