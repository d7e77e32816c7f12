"""Organisations: regions, municipalities, national bodies, universities and named units.

Regions and municipalities are matched against the official lists in every form a text uses
("Region Västmanland", "region Västermanland" misspelt, "Norrbergs kommun", "Västerås stad",
bare names in a list of municipalities). Units are found from their own word forms
("FoU i X", "centrum för X", "chef för X", a name after a role title).
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import chain

from .lexicons import Lexicon, Place, fold
from .model import Covered, Found, Text
from .patterns import CAP, COUNTY_PART, DIRECTION, LOWER, NOT_INITIALS, NOT_NAME, NUMBER_WORDS, ONE_BREAK, ORG_KIND, PARTY_LETTERS, SURNAME_ENDING, UPPER, capitalise, line_at, roster_row, squash, words_end
from .titles import base_form

REGION_RE = re.compile(rf"\b([Rr]egion(?:en)?|[Ll]andstinget(?: i)?)\s+({CAP}(?:s)?(?:\s+[Ll]än)?)")  # ("Landstinget Kalmar Län")
# "Västerbottens landsting", "Jämtlands läns landsting": the county's council, today its region
# ("Kalmar landsting" written without the genitive)
COUNTY_COUNCIL_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+?)s?(?:[ \t]+läns)?[ \t]+landsting(?:et|ets|s)?(?![\w-])")
MUNI_RE = re.compile(rf"\b({CAP}(?:[ -]{CAP})?)\s+([Kk]ommun|[Ss]tad)(?:s)?\b")  # "Kungsbacka kommuns socialchef"
LIST_SEP = re.compile(r"\s*(?:,|\boch\b|&)\s*")
# "FoU Sörmland", "FoU i Väst", "FoU Välfärd Värmland": a field before the place may stand in the name
FOU_RE = re.compile(rf"\bFoU(?:[ -]i)?[ -](?!Rapport|Report|Skrift|Serie)({CAP}(?:\s+län)?)(?:[ \t]+({CAP})(?![\w-]))?")
FOU_FIELDS = frozenset({"Välfärd", "Socialtjänst", "Omsorg", "Vård", "Hälsa", "Äldre"})
FOU_CENTRE_RE = re.compile(rf"(?<![\w-])({CAP})[ \t]+(?:FoU|FOU)-(?:center|centrum|enhet)(?=s?(?![\w-]))")
# "FoU-nu", "FOU-nu": a unit named by a short word after the hyphen (not "FoU-enheten", "FoU-arbete")
# "FoU-enheten i Södra Älvsborg", "FoU-centrum i Skaraborg": a research and development unit by its area
FOU_UNIT_IN_RE = re.compile(rf"(?<![\w-])(?:FoU|FOU)-(?:enheten|centret|centrum|centrumet)[ \t]+i[ \t]+"
                            rf"((?:(?:Södra|Norra|Västra|Östra|Mellersta)[ \t]+)?{CAP})(?![\w-])")
FOU_SHORT_RE = re.compile(r"(?<![\w-])(?:FoU|FOU)-([a-zåäö]{2,3})(?![\w-])")
FOU_ACRONYM_RE = re.compile(r"(?<![\w-])FoU[a-zåäö]{0,2}[A-ZÅÄÖ]{1,3}(?![\w-])")  # "FoUiS" (FoU i Sörmland)
# a named health centre or reception ("Hälsocentralen Lit", "Husläkarmottagningen Täby centrum") or a hospital named
# by its town ("Länssjukhuset i Kalmar")
# "Brunel University", "Vrije Universiteit Amsterdam", "University of Oxford": a university abroad, by its own language
ABROAD_UNIVERSITY_RE = re.compile(rf"(?<![\w-])(?:(?:[{UPPER}][{LOWER}]+[ \t]+){{1,3}}(?:University|College|Universiteit"
                                   rf"(?:[ \t]+[{UPPER}][{LOWER}]+)?|Universität(?:[ \t]+[{UPPER}][{LOWER}]+)?)|"
                                   rf"University[ \t]+of[ \t]+[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w-])")
# "(VD, Stockholm Science City)", "(vd Swedish Medtech)", "(Verksamhetschef Hälsa och Omsorg)", "(enhetschef, Vård
# och omsorgsförvaltningen)": a title, then the capitalised name of where, in brackets
BRACKET_TITLE_ORG_RE = re.compile(rf"\(([{LOWER}{UPPER}][{LOWER}{UPPER} -]{{1,40}}?)(?:,[ \t]*|[ \t]+)"
                                  rf"([{UPPER}][\w&-]+(?:[ \t]+(?:(?:och|i)[ \t]+)?[{UPPER}0-9][\w&-]*){{0,4}}"
                                  rf"(?:[ \t]+och[ \t]+[{LOWER}]{{4,}})?)\)")
# "familjeläkare (Falck Hälsopartner)": a title, then its employer's capitalised name alone in brackets
TITLE_BRACKET_ORG_RE = re.compile(rf"(?<![\w-])([{LOWER}][{LOWER}-]{{3,}})[ \t]*"
                                  rf"\(([{UPPER}][\w&-]+(?:[ \t]+[{UPPER}][\w&-]*){{0,3}})\)")
# "Vårdcentralen Hertig Knut", "Hälsomottagningen Riastugan", "Husläkarna Varmbadhuset": a care unit by its own name
CARE_UNIT_RE = re.compile(rf"(?<![\w-])(?:(?:(?:[Hh]älso|[Vv]ård|[Ff]amilje|[A-ZÅÄÖ][{LOWER}]+)centralen|[Hh]usläkarmottagningen|"
                          rf"[Hh]älsomottagningen|[Uu]ngdomsmottagningen|[Ss]amverkansmottagningen|[Nn]ärvårdsmottagningen|"
                          rf"Husläkarna)"
                          rf"{ONE_BREAK}{CAP}(?:[ \t]+centrum(?![\w-])|[ \t]+(?P<second>{CAP})(?![\w-]))?|"
                          rf"(?:(?:[Ll]äns)?[Ss]jukhuset|[Ss]jukstugan){ONE_BREAK}i{ONE_BREAK}{CAP}|"
                          rf"(?:[Cc]entral|[Ll]äns|[Uu]niversitets)(?:lasarettet|sjukhuset){ONE_BREAK}{CAP})")
# "Norra vårdcentralen", "Östra sjukhuset": a town's care centre or hospital named by its side of town
SIDE_UNIT_RE = re.compile(r"(?<![\w-])(?:Norra|Södra|Östra|Västra|Centrala)[ \t]+(?:vårdcentralen|hälsocentralen|sjukhuset|"
                          r"lasarettet)(?![\w-])")
# words that go on a sentence after a name, where a noun after a genitive would stand ("Vårdcentralen Ås har")
CLAUSE_WORDS = frozenset({"och", "eller", "samt", "har", "hade", "är", "var", "blir", "blev", "som", "med", "för", "till",
                          "från", "vid", "kan", "ska", "skall", "kommer", "får", "fick", "under", "efter", "inom", "utan",
                          "men", "där", "när", "också", "även", "redan", "inte", "öppnar", "öppnade", "stänger"})
# "vårdcentralerna Fågelbacken och Solrosen": care centres listed by their own names after the plural
CARE_UNITS_LISTED_RE = re.compile(rf"(?<![\w-])(?:[Vv]årdcentralerna|[Hh]älsocentralerna)[ \t]+({CAP}(?:(?:,[ \t]*|[ \t]+och[ \t]+)"
                                  rf"{CAP})+)(?![\w-])(?![ \t]+[{UPPER}])")
# "Privatmottagningen Ellenbogen": what kind of practice, then its name
PRACTICE_RE = re.compile(rf"(?<![\w-])[Pp]rivatmottagningen[ \t]+({CAP})(?![\w-])(?![ \t]+[{UPPER}])")
# "vårdcentralen i Vadstena", "Hälsocentralen i Pajala"
CENTRE_IN_RE = re.compile(rf"(?<![\w-])(?:[Vv]årdcentralen|[Hh]älsocentralen)[ \t]+i[ \t]+({CAP})(?![\w-])")
# "Vårdval Västmanland", "Hälsoval Sörmland", "Vårdval Rehab": the unit of a region that runs its patients'
# choice of (primary) care
CHOICE_RE = re.compile(rf"(?<![\w-])(?:Vårdval|Hälsoval)[ \t]+({CAP})(?![\w-])")
# "inför Hälsoval Skåne som börjar gälla": the reform coming in, by the words around it
REFORM_BEFORE = re.compile(r"(?<![\w-])(?:inför|införandet[ \t]+av|införde|införs)[ \t]+$")
REFORM_AFTER = re.compile(r"[ \t]+(?:som[ \t]+)?(?:börjar[ \t]+gälla|infördes|införs|trädde[ \t]+i[ \t]+kraft)(?![\w-])")
# "Örebro läns bildningsförbund", "Norra sjukvårdsregionförbundet": a federation named by its county or part of
# the country, the kind in lower case (the genitive s after it left out); "Stockholms läns sjukvårdsområde",
# "Stockholms läns äldrecentrum": a county's care area or centre, named the same way
# ("Norra Dalarnas samordningsförbund": the county's part, by its direction before the genitive; not after
# "Stiftelsen", which FORM_RE reads whole)
AREA_FEDERATION_RE = re.compile(rf"(?<![\w-])(?<!Stiftelsen[ \t])"
                                rf"((?:(?:Norra|Södra|Östra|Västra|Mellersta)[ \t]+(?={CAP}s[ \t]))?"
                                rf"(?P<place>{CAP}(?:[ \t]+läns|s)|Norra|Södra|Östra|Västra|Mellersta)"
                                rf"[ \t]+(?:[{LOWER}]{{3,}}förbund(?:et)?|(?<=läns[ \t])[{LOWER}]{{3,}}(?:vårdsområde|centrum)))"
                                rf"s?(?![\w-])")
# "division Nära vård", "Division Medicin", "divisionen Nära vård": a division of a region, by the care it gives
DIVISION_RE = re.compile(rf"(?<![\w-])[Dd]ivision(?:en)?[ \t]+((?:Nära(?:[ \t]+vård)?|{CAP}))(?![\w-])")
# "forskningsmiljön ReCall", "forskningscentrumet CHAIN": a research environment named after its cue word
RESEARCH_UNIT_RE = re.compile(rf"(?<![\w-])(?:[Ff]orskningsmiljö(?:n|er(?:na)?)|[Ff]orskningscent(?:rum(?:et)?|ret)|"
                              rf"[Ff]orsknings(?:gruppen|plattformen|programmet|nätverket)|[Ff]orskargruppen)[ \t]+"
                              rf"([{UPPER}][{LOWER}{UPPER}0-9-]*[{LOWER}{UPPER}](?:[ \t]+[{UPPER}][{LOWER}]+)?)(?![\w-])")
# "Institutet för framtidsstudier", "Institutet för stressmedicin", "Familjemedicinska institutet"; "Sophiahemmets
# högskola", "Röda Korsets högskola", a school by its field;
# a university's school by its town: "Ekonomihögskolan i Lund", "Sahlgrenska akademin"
INSTITUTE_RE = re.compile(rf"(?<![\w-])(?:Institutet[ \t]+för[ \t]+[{LOWER}]+(?:-[ \t]+och[ \t]+[{LOWER}]+)?|"
                          # "Familjemedicinska institutet": an institute named by the adjective of its field
                          rf"[{UPPER}][{LOWER}]{{3,}}(?:iska|ska)[ \t]+[Ii]nstitutet|"
                          rf"(?:{CAP}[ \t]+)?[{UPPER}][{LOWER}]+s[ \t]+högskola|"
                          rf"[{UPPER}][{LOWER}]{{3,}}högskolan[ \t]+i[ \t]+{CAP}|Sahlgrenska[ \t]+akademin|"
                          # "Nordiska högskolan för folkhälsovetenskap", "Högskolan för lärande och kommunikation"
                          rf"(?:[{UPPER}][{LOWER}]+a[ \t]+högskolan|Högskolan)[ \t]+för[ \t]+(?!att[ \t])[{UPPER}{LOWER}][{LOWER}]{{3,}}"
                          rf"(?:[ \t]+och[ \t]+[{LOWER}]{{4,}})?)(?![\w-])")
# "Psykiatrisk klinik", "Kirurgisk och ortopedisk klinik", "Medicin-Geriatriska kliniken": a clinic named by the
# adjectives of its specialty, written between the commas of a row
CLINIC_PHRASE_RE = re.compile(rf"(?<=,[ \t])((?:[{UPPER}][{LOWER}]+-)?[{UPPER}][{LOWER}]+(?:isk|iska|sk|ska)"
                              rf"(?:[ \t]+och[ \t]+[{LOWER}]+(?:isk|iska|sk|ska))?[ \t]+(?:klinik|kliniken|mottagning|"
                              rf"mottagningen|avdelning|avdelningen))(?=[ \t]*(?:[,(]|\n|$))")
# the quarter a unit is named by, in lower case ("primärvård väst", "närsjukvårdsområde norr")
QUARTER = r"nordost|nordväst|sydost|sydväst|norr|söder|syd|öster|väster|öst|väst|nord|mitt"
# "avdelningen för vård och omsorg": a department named by its field, in lower case
DEPARTMENT_OF = r"(?:avdelningen|enheten|sektionen)[ \t]+för[ \t]+"
# "universitetslektor vid avdelningen för åldrande och social förändring vid Linköpings universitet": a department in
# lower case between a post and the university or body that has it ("handläggare vid avdelningen för vård och omsorg,
# Sveriges Kommuner och Regioner": or a comma before the body)
DEPARTMENT_AT_RE = re.compile(rf"(?:(?<=\bvid[ \t])|(?<=\bpå[ \t]))({DEPARTMENT_OF}[{LOWER}]{{3,}}"
                              rf"(?:[ \t]+(?:och|i|av|för)?[ \t]*[{LOWER}]{{3,}}){{0,4}}?)(?=[ \t]+(?:vid|på)[ \t]+[{UPPER}]|,[ \t]+[{UPPER}])")
# "Åsa Ek (enhetschef för Teknik och Service)": in brackets after her name, a head's title and the unit it names
BRACKETED_HEAD_RE = re.compile(rf"\([ \t]*[{LOWER}]*chef[ \t]+för[ \t]+([{UPPER}][{LOWER}]+(?:[ \t]+och[ \t]+"
                               rf"[{UPPER}{LOWER}][{LOWER}]+)?)[ \t]*\)")
# a row that opens with a person's name and a comma: "Eva Ek, läkare, …"
PERSON_ROW_HEAD = re.compile(rf"[ \t•▪*–-]*[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)+,")
# "BHV Stockholm Nordväst", "BUP Skellefteå", "ASIH Lund": the short name of a kind of care service every region runs,
# then the town (and the quarter) of this one
CARE_ACRONYM_PLACE_RE = re.compile(rf"(?<![\w-])(?:BUP|BVC|BHV|MVC|ASIH|UM)[ \t]+({CAP})"
                                   rf"(?:[ \t]+(?:[Nn]ord|[Ss]yd|[Öö]st|[Vv]äst|[Nn]ordväst|[Nn]ordost|[Ss]ydväst|[Ss]ydost|"
                                   rf"[Nn]orr|[Ss]öder|[Cc]entrum))?(?![\w-])")
# "Hälsohögskolan Jönköping", "Tekniska högskolan Jönköping": a school of a university, its town after it
SCHOOL_IN_TOWN_RE = re.compile(rf"(?<![\w-])(?:[{UPPER}][{LOWER}]{{3,}}högskolan|[{UPPER}][{LOWER}]+a[ \t]+högskolan)"
                               rf"[ \t]+({CAP})(?![\w-])")
# "Växjö universitet", "Sundsvalls högskola": a university named by its town (as the gazetteer's do, or did)
TOWN_UNIVERSITY_RE = re.compile(rf"(?<![\w-])({CAP})[ \t]+(?:universitet|högskola)(?![\w-])")
# "överläkare vid Ersta sjukhus", "på Danderyds sjukhus": a hospital's name after the preposition of a workplace
NAMED_HOSPITAL_RE = re.compile(rf"(?:(?<=\bvid[ \t])|(?<=\bpå[ \t])|(?<=\bfrån[ \t]))({CAP})[ \t]+sjukhus(?![\w-])")
# units named by their own compound: "Socialförvaltningen", "Hälso- och sjukvårdsförvaltningen", "Medicinkliniken"
UNIT_HEADS = r"(?:förvaltningen|enheten|kliniken|kansliet|staben|mottagningen|nämnden|avdelningen)"
# a unit named by a common noun alone: every municipality has its "Socialförvaltningen", every university an
# "Institutionen för hälsovetenskaper"; such a name says which one only together with its owner
COMMON_UNIT_RE = re.compile(rf"[{UPPER}][{LOWER}]*(?:-[ \t]+(?:och|eller)[ \t]+[{LOWER}]+)?"
                            rf"(?:[ \t]+[{LOWER}]+(?:-[ \t]+(?:och|eller)[ \t]+[{LOWER}]+)?)*")
COMMON_HEAD_RE = re.compile(rf"(?:{UNIT_HEADS}|institutionen|kontoret|sektionen|styrelsen|vården|centralen)(?![\w-])", re.I)


def compound(phrase: str) -> str:
    """ "Barn-  och\nkvinnocentrum" -> "Barn- och kvinnocentrum": a name whose first part stands for a compound, in one
    spacing."""
    return re.sub(r"-\s+(och|eller)\s+", r"- \1 ", squash(phrase))


def common_unit(name: str) -> bool:
    """ "Socialförvaltningen", "Vård- och omsorgsförvaltningen", "Institutionen för hälsovetenskaper": a unit's name
    that is a common noun, not a proper name ("Närhälsan", "Socialstyrelsen" are one body each)."""
    return bool(COMMON_UNIT_RE.fullmatch(name) and COMMON_HEAD_RE.search(name))
# "fakulteten för humaniora och samhällsvetenskap", "Institutionen för hälsovetenskaper": a university's unit named
# by its field, up to the first word that is no part of a field
# ("hälso- och vårdvetenskap": a field's compound with its first part standing alone)
FIELD_ADJ = rf"[{LOWER}]+(?:ska|ala|ella|ära|alt|skt|ellt|bal|ial)[ \t]+"  # "psykologiska ", "kommunstrategiska "
# ("klinisk och experimentell medicin": an adjective in its bare form before the field it qualifies)
FIELD_WORD = rf"(?:{FIELD_ADJ}|[{LOWER}]+(?:isk|nsk|ell)[ \t]+(?=[{LOWER}]{{4}})(?!och[ \t])|[{LOWER}]{{3,}}-[ \t]+och[ \t]+)?" \
    rf"[{LOWER}]{{4,}}(?<!ande)(?<!erna)"  # "psykologiska studier"
# ("Institutionen för Hälsovetenskaper": its field capitalised, as the university's page writes it)
FACULTY_RE = re.compile(rf"(?<![\w-])([Ff]akulteten|[Ii]nstitutionen)[ \t]+för[ \t]+"
                        rf"((?:[{UPPER}](?=[{LOWER}]{{4}}))?{FIELD_WORD}(?:(?:,[ \t]*{FIELD_WORD}){{0,2}}[ \t]+och[ \t]+{FIELD_WORD})?)(?![\w-])")
# a region's or a municipality's board, the one whose minutes ("Protokoll", "Kallelse", "Sammanträde") open with it
MINUTES_OPENING = 400
MINUTES_WORD = re.compile(r"(?<![\w-])(?i:protokoll|kallelse|föredragningslista|sammanträde)(?![\w-])")
OWN_BOARD_RE = re.compile(r"(?<![\w-])((?:Region|Landstings|Kommun)(?:styrelsen|fullmäktige))(?:s)?(?![\w-])|"
                          # ("Protokoll Socialnämnden", "Kallelse Hälso- och sjukvårdsnämnden": a committee's own
                          # minutes, the committee right after the word)
                          r"(?<![\w-])(?i:protokoll|kallelse|föredragningslista)[ \t:,–-]+(?:(?:från|för)[ \t]+)?"
                          r"([A-ZÅÄÖ][a-zåäö]{2,}(?:-[ \t]+och[ \t]+[a-zåäö]+)?nämnden)(?![\w-])")
# "Norra Hälso- och sjukvårdsnämnden", "Södra hälso- och sjukvårdsnämnden": a region's board for one part of it
# (in lower case too: "för norra hälso- och sjukvårdsnämnden", but a board of two fields then, not "södra nämnden")
BOARD_RE = re.compile(rf"(?<![\w-])((?:Norra|Södra|Östra|Västra|Mellersta)[ \t]+(?:[{UPPER}{LOWER}][{LOWER}]+-\s+och\s+)?"
                      rf"[{LOWER}]+nämnden|(?:norra|södra|östra|västra|mellersta)[ \t]+[{LOWER}]+-\s+och\s+[{LOWER}]+nämnden)"
                      rf"(?![\w-])")
# "ordförande i hälso- och sjukvårdsnämnden", "vice ordförande i regionens vårdstyrelse", "vid hälso- och
# sjukvårdsstyrelsens möte", "ordförande psykiatrinämnden Halland": a board written in lower case where its seats or
# its meetings name it (alone, "nämnden" or "i socialnämnden" may be any of them)
# ("kommunstyrelsens ordförande" is a title, a member's seat or a vice chair's names no board of its own)
BOARD_WORD = rf"(?:[{LOWER}]+-[ \t]+och[ \t]+)?(?!läns|social|bolags|kommun|region|landstings)[{LOWER}]{{3,}}(?:nämnd|styrelse)"
# "ordförande i regionala tillväxtnämnden", "i gemensamma nämnden": an adjective in the definite before the board
BOARD_ADJECTIVE = r"(?:(?:regionala|gemensamma|kommunala|lokala)[ \t]+)?"
SEAT_BOARD_RE = re.compile(rf"(?<![\w-])(?<!vice[ \t])(?:(?:ordförande|presidiet)(?:[ \t]+(?:i|för))?[ \t]+"
                           rf"(?:regionens[ \t]+|kommunens[ \t]+|landstingets[ \t]+)?(?P<seat>{BOARD_ADJECTIVE}{BOARD_WORD})(?:en|n)?"
                           rf"(?:[ \t]+(?P<place>{CAP}))?|(?P<met>{BOARD_WORD})(?:ens|ns)[ \t]+(?:möte|sammanträde|"
                           rf"presidium|beslut|ordförande))(?![\w-])")
# "vård- och omsorgsförvaltningens chef Ida Berg": an administration written in lower case, named by its head's title
HEADED_OFFICE_RE = re.compile(rf"(?<![\w-])((?:[{LOWER}]+-[ \t]+och[ \t]+)?[{LOWER}]{{3,}}förvaltning)ens[ \t]+"
                              rf"(?:förvaltnings)?(?:chef|direktör)[ \t]*,?[ \t]+(?=[{UPPER}][{LOWER}]+[ \t]+[{UPPER}])")
# "omsorgsnämnden i Kalmar": a municipal board by its town (not "hälso- och sjukvårdsnämnden i Kalmar", the region's)
BOARD_IN_TOWN_RE = re.compile(rf"[ \t]+i[ \t]+({CAP})(?![\w-])(?![ \t]+(?:kommun|stad|län|[Rr]egion|landsting))")
MUNICIPAL_BOARD = re.compile(r"(?i)social|omsorg|äldre|välfärd|funktion|individ|kommunstyrelse|bildning|skol|"
                             r"kultur|fritid|miljö|bygg|vuxen|arbetsmarknad|utbildning|gymnasie")
DEFINITE_BEFORE_IN = re.compile(r"(?:en|n)(?=[ \t]+i[ \t])")
# "ordförande Vårdstyrelsen", "ledamot Sjukhusstyrelsen" on a politician's row: a board by its capitalised name
# ("ordföranden i Styrelsen för folkhögskolorna": a board by its remit, capitalised, up to the next name or word; one
# with an adjective, "Strategiska hälso- och sjukvårdsnämnden", is ADJECTIVE_BOARD_RE's wherever it stands)
SEAT_NAMED_BOARD_RE = re.compile(rf"(?<![\w-])(?:ordföranden?|ledamot|ersättare)(?:[ \t]+(?:i|för))?[ \t]+"
                                 # ("ordförande i Driftnämnden Närsjukvård.": the field it runs, capitalised)
                                 rf"([{UPPER}][{LOWER}]{{3,}}(?:nämnden|styrelsen)(?P<field>[ \t]+[{UPPER}][{LOWER}]{{4,}}"
                                 rf"(?=[ \t]*[.,;:)\n]))?|"
                                 rf"Styrelsen[ \t]+för[ \t]+[{LOWER}]{{4,}}(?:na|en|et)|"
                                 # "ordförande i Göteborgs hälso- och sjukvårdsnämnd": a board by its town's genitive
                                 rf"(?<=i[ \t]){CAP}s[ \t]+(?:[{LOWER}]+-[ \t]+och[ \t]+)?[{LOWER}]{{3,}}nämnd(?:en)?)(?![\w-])")
# "Regionala utvecklingsnämnden", "Primärkommunala nämnden", "Tekniska nämnden": a board named by its capitalised
# adjective, wherever it stands (not "Lokala nämnden" alone: each municipality's has its town after it)
ADJECTIVE_BOARD_RE = re.compile(rf"(?<![\w-])((?!Lokala[ \t])[{UPPER}][{LOWER}]{{3,}}a[ \t]+(?:[{LOWER}]+-[ \t]+och[ \t]+)?"
                                rf"[{LOWER}]*nämnden)(?![\w-])")
# "den gemensamma nämnden för samverkan kring socialtjänst och vård", "Nämnd för folkhälsa och sjukvård" (in title
# case too: "Nämnden för Folkhälsa och Sjukvård"): a committee
# named by its remit, up to a verb, a capitalised word or the clause's end
# (the name ends before a verb, a preposition or an article: "redovisar nämnden för folkhälsa och sjukvård ett underskott")
_BOARD_NAME_END = r"(?:är|har|ska|som|ingår|består|inom|i|med|på|ett|en|den|det|att|om|under|efter|vid|från|till|nu|" \
    r"också|även|inte|beslutade|beslöt|redovisar|fattade|tog|nästa|förra|denna|detta|senare|tidigare|igen|" \
    r"sammanträdde|sammanträder|beslutar|godkände|godkänner|antog|antar|behandlade|behandlar|föreslår|" \
    r"lämnade|lämnar|" \
    r"möts|träffas|noterar|antecknar|sedan|där|när|då|men)"
# (a remit word may be an upper-case abbreviation's compound, "Nämnden för IT-drift och stöd"; a list of remits runs on
# with commas up to its "och": "Nämnd för trafik, infrastruktur och miljö"; a notice's next field, "Tid:", is none of it)
_REMIT_WORD = rf"(?:[{UPPER}]{{2,}}-[{LOWER}]{{3,}}|[{UPPER}{LOWER}][{LOWER}]{{3,}})"
NAMED_BOARD_RE = re.compile(rf"(?<![\w-])(?:(?:[Dd]en[ \t]+)?gemensamma[ \t]+)?"
                            # "Gemensam nämnd för hjälpmedelsverksamheten": the capitalised adjective opens the name
                            rf"((?:(?P<common>Gemensam)(?:ma)?[ \t]+nämnd|[Nn]ämnd)(?:en)?[ \t]+för[ \t]+"
                            rf"(?:[{LOWER}]+-[ \t]+och[ \t]+)?(?!Region\b|Landstinget\b){_REMIT_WORD}"
                            rf"(?:,[ \t]+(?!{_BOARD_NAME_END}\b)[{LOWER}]{{4,}}(?=(?:,[ \t]+[{LOWER}]+)*[ \t]+och[ \t]))*"
                            rf"(?:[ \t]+(?:&[ \t]+)?(?!{_BOARD_NAME_END}\b)(?![{UPPER}]\w*:)"
                            rf"(?:{_REMIT_WORD}|[{UPPER}{LOWER}][{LOWER}]+)"
                            rf"(?:-[ \t]+och)?){{0,5}})(?=[ \t]*[,.;:()\n]|[ \t]+{_BOARD_NAME_END}\b|[ \t]+[{UPPER}]\w*:|$)")
# a capitalised name after a role title and "på"/"hos": the employer, whatever kind of company it is ("policychef
# på Roche läkemedel som …": a lower-case word after the name is no part of it, unless definite, "på Sahlgrenska
# universitetssjukhuset och …")
AT_COMPANY_RE = re.compile(rf"(?<![\w-])([{LOWER}]{{4,}})[ \t]+(?:på|hos)[ \t]+([{UPPER}][{LOWER}]{{3,}}(?:[ \t]+[{UPPER}][{LOWER}]+)?)"
                           rf"(?=[ \t]*[,.;:)\n]|[ \t]+(?:[{LOWER}]+(?<!et)(?<!en)(?<!na)[ \t]+)?(?:och|samt|som|om|berättar|"
                           rf"säger)\b|$)")
# "säger Lasse Ek, VD för Carema Primärvård": the company its managing director runs, by its capitalised name
HEAD_OF_COMPANY_RE = re.compile(rf"(?<![\w-])(?:[Vv][Dd]|[Vv]erkställande[ \t]+direktör)[ \t]+(?:för|på)[ \t]+"
                                rf"([{UPPER}][{LOWER}]{{2,}}(?:[ \t]+[{UPPER}][{LOWER}]+)?)"
                                rf"(?=[ \t]*[,.;:)\n]|[ \t]+(?:och|som|sedan|sen)\b|$)")
UNIT_AT_RE = re.compile(rf"(?<![\w-])(?P<unit>(?:[{UPPER}{LOWER}][{LOWER}]+-\s+(?:och|eller)\s+[{LOWER}]*|"
                        rf"(?:[Vv]ård|[Hh]älso|[Ss]ocial)[ \t]+och[ \t]+[{LOWER}]*|[{UPPER}{LOWER}][{LOWER}]{{2,}})"
                        rf"(?:förvaltningen|nämnden|enheten|kliniken|institutionen|mottagningen|avdelningen|kansliet|kontoret))[ \t]+"
                        rf"(?:(?P<prep>i|på|vid)[ \t]+)?(?P<owner>{CAP})(?![\w-])")
# "förvaltningsdirektör för Nära vård och hälsa i Region Uppsala", "chef för Vård och omsorg i Bo kommun": a unit
# named only by the head's title before it and its owner after it
HEADED_UNIT_RE = re.compile(rf"(?<![\w-])[{LOWER}]*(?:direktör|chef)[ \t]+för[ \t]+"
                            rf"(?P<unit>[{UPPER}][{LOWER}-]+(?:[ \t]+(?:[{LOWER}][{LOWER}-]*|[{UPPER}][{LOWER}-]+)){{0,4}}?)"
                            rf"[ \t]+(?:i|inom)[ \t]+(?=(?:Region|Landstinget)[ \t]+[{UPPER}]|"
                            rf"[{UPPER}][{LOWER}]+[ \t]+(?:kommun|stad)(?![\w-]))")
# "chef för myndighetsavdelningen inom Region Gotlands socialförvaltning", "chef för hälso- och sjukvårdssektionen
# på Sveriges Kommuner och Regioner", "chef för avdelningen för vård och omsorg, SKR": a unit in lower case, in its
# definite form, between its head's title and its owner
# ("avdelningschef hälsovalskontoret Region Gävleborg": a contact card's line leaves out "för")
# ("Direktör funktionsstödsförvaltningen" ending a table's row: a director and the administration she heads)
HEADED_DEFINITE_RE = re.compile(rf"(?<![\w-])(?:[{LOWER}]*chef|[{UPPER}]?[{LOWER}]*direktör|Direktör)"
                                rf"(?:[ \t]+(?:för[ \t]+)?|,[ \t]+)(?P<unit>(?:[{LOWER}]+-[ \t]*och[ \t]+)?"
                                rf"[{LOWER}]{{4,}}(?:avdelningen|enheten|sektionen|kliniken|mottagningen|staben|kansliet|"
                                rf"kontoret|förvaltningen)|"
                                # "verksamhetschef för primärvård väst i Region Blekinge": a care area by its quarter
                                # ("divisionschef för länssjukvård 2 inom Region X": by its number)
                                rf"[{LOWER}]{{4,}}vård(?:en)?[ \t]+(?:{QUARTER}|\d{{1,2}})(?![\w-])|"
                                rf"{DEPARTMENT_OF}[{LOWER}]{{3,}}(?:[ \t]+och[ \t]+[{LOWER}]{{3,}})?)"
                                rf"(?:(?P<link>[ \t]+(?:i|inom|vid|på)[ \t]+|,[ \t]+|[ \t]+(?=Region[ \t]))(?=[{UPPER}])|"
                                # "säger Eva Ek, chef för avdelningen för vård och omsorg." on the owner's own page
                                rf"(?P<alone>(?<=[{LOWER}])(?=[ \t]*[.;]|[ \t]*\n|[ \t]*$)))")
# "chef SKL:s avdelning för vård och omsorg", "chef för Region Xs enhet för analys": a head's title, then the owner in
# the genitive and its department, in lower case and indefinite
OWNED_DEPARTMENT_RE = re.compile(rf"(?<![\w-])[{LOWER}]*chef[ \t]+(?:för[ \t]+)?(?P<owner>[{UPPER}][\w -]{{1,40}}?)(?::s|s)"
                                 rf"[ \t]+(?P<unit>(?:avdelning|enhet|sektion)[ \t]+för[ \t]+[{LOWER}]{{3,}}"
                                 rf"(?:[ \t]+och[ \t]+[{LOWER}]{{3,}})?)(?![\w-])")
DEFINITE_UNIT = {"avdelning": "Avdelningen", "enhet": "Enheten", "sektion": "Sektionen"}
# the owner after the unit, by its form: "Region X", "Landstinget X", "X kommun", "X stad"
OWNER_AHEAD = re.compile(rf"(?:Region|Landstinget)[ \t]+[{UPPER}]|[{UPPER}][{LOWER}]+[ \t]+(?:kommun|stad)(?![\w-])")
# "primärvårdschef för Mobila team och specialiserad palliativ vård sedan 2020", "med uppdrag att leda Barn- och
# ungdomshälsan.": a unit the head's title names, its own name capitalised and the rest in lower case
IN_PLACE = rf"[ \t]+i[ \t]+(?:[{LOWER}]+[ \t]+){{0,3}}{CAP}"  # "… i centrala och norra Gävle"
# "säger Eva Ek, enhetschef, Äldre och samverkan, Hälso- och sjukvårdsförvaltningen, Region X": between a head's
# title and the body that owns it, the unit she heads, named by a capitalised phrase
# ("utvecklingsledare, Qulturum, Region X": a leader's or coordinator's unit after a comma; "projektledare Hälso- och
# sjukvård, X sjukhus" without it names a field)
CHAIN_UNIT_RE = re.compile(rf"(?<![\w-])([{LOWER}]*(?:chef|direktör|ansvarig)(?=,?[ \t])|[{LOWER}]*(?:ledare|samordnare|strateg)(?=,)),?[ \t]+"
                           rf"([{UPPER}][{LOWER}]+(?:-[ \t]+(?:och|eller)[ \t]+[{LOWER}]+)?(?:[ \t]+(?:och|för|i|av|med)"
                           rf"[ \t]+[{LOWER}]+|[ \t]+[{LOWER}]+){{0,4}}),[ \t]+(?=[{UPPER}])")
# "säger Eva Ek, enhetschef Hemsjukvården.": a quote's tag ending on the head's unit, one capitalised definite word
TAG_UNIT_RE = re.compile(rf"(?<=,[ \t])([{LOWER}]*chef)[ \t]+([{UPPER}][{LOWER}]*(?:vården|omsorgen|tjänsten|psykiatrin|"
                         rf"rehabiliteringen|enheten|mottagningen|avdelningen|kliniken|boendet))(?=[ \t]*(?:[.\n]|$))")
# "Ida Ek, förvaltningschef, vård- och omsorgsförvaltningen", "FoU-koordinator på hälsa-, vård- och
# omsorgsförvaltningen": an administration written in lower case where a title says she works there
TITLED_ADMINISTRATION_RE = re.compile(rf"(?P<title>[{UPPER}{LOWER}][\w-]*)(?:[ \t]*,|[ \t]+(?:på|vid|inom))[ \t]+"
                                      rf"(?P<unit>(?:[{LOWER}]+-,?[ \t]+)*(?:[{LOWER}]+-[ \t]+och[ \t]+)?[{LOWER}]{{4,}}"
                                      rf"förvaltningen)(?![\w-])")
# a verb that ends a relative clause ("den roll som en förvaltningschef för Vård- och omsorgsförvaltningen har."),
# no word of a unit's name
CLAUSE_VERB = r"(?:har|hade|är|var|blir|blev|ska|skall|kan|kunde|får|fick|gör|gjorde)"
HEADED_NAME_RE = re.compile(rf"(?<![\w-])(?:[{LOWER}]*(?:direktör|chef)[ \t]+för|uppdrag(?:et)?[ \t]+att[ \t]+leda)[ \t]+"
                            rf"(?P<unit>[{UPPER}][{LOWER}]+(?:-[ \t]+(?:och|eller)[ \t]+[{LOWER}]+)?"
                            rf"(?:(?:[ \t]+(?!{CLAUSE_VERB}(?![\w-]))[{LOWER}][{LOWER}-]*){{1,6}}?(?:{IN_PLACE}|[ \t]+(?P<place>{CAP}))?|"
                            rf"{IN_PLACE}))"
                            rf"(?=[ \t]+sedan[ \t]|[ \t]*[.;,]|[ \t]*\n|[ \t]+\([{UPPER}][A-Za-zåäö]{{1,5}}\))")
# ("… för Nära vård Östersund": its town; "… för Skånes universitetssjukvård (Sus)": its short form after it)
# "områdeschef närsjukvårdsområde Umeå": the area a head's title names, in lower case, by its town
AREA_AFTER_HEAD_RE = re.compile(rf"(?<![\w-])[{LOWER}]*(?:områdes|verksamhets)chef(?:[ \t]+för)?[ \t]+"
                                rf"(?P<unit>[{LOWER}]{{3,}}område[ \t]+{CAP})(?![\w-])")
# "Norrbottens regiondirektör", "Kalmars kommundirektör", "Säters socialchef": a county's or town's name in the genitive before a title
# that names the kind of employer stands for the region or the municipality
PLACE_BEFORE_TITLE_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)s[ \t]+(?=(?P<kind>region|landstings|kommun)"
                                   rf"[{LOWER}]{{3,}}(?![\w-])|(?P<social>(?:social|äldreomsorgs|omsorgs)(?:chef|direktör))"
                                   rf"(?![\w-]))")
# "Västmanlands hälso- och sjukvårdsdirektör", "Norrbottens smittskyddsläkare": a county's name (no town's) in the
# genitive before any title stands for its region
COUNTY_BEFORE_TITLE_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)s[ \t]+"
                                    rf"(?:[{LOWER}]+-[ \t]+och[ \t]+)?([{LOWER}][{LOWER}-]{{3,}})(?![\w-])")
# "ny regiondirektör i Halland", "hälso- och sjukvårdsdirektör i Uppsala": a region's own post in a county names its
# region, even where a town has the county's name
REGION_POST_IN_RE = re.compile(rf"(?<![\w-])(?:biträdande[ \t]+)?(?:region|landstings|hälso-[ \t]+och[ \t]+sjukvårds|sjukvårds|"
                               rf"primärvårds)direktör(?:en)?[ \t]+i[ \t]+({CAP}(?:[ \t]+{CAP})?)(?![\w-])"
                               rf"(?![ \t]+(?:kommun|stad|län|[Rr]egion|landsting))")
# "NSPH:s poddmakare Anna Berg": an acronym in the genitive before a title names her organisation
ACRONYM_OWNER_RE = re.compile(rf"(?<![\w-])([{UPPER}]{{3,6}}):s[ \t]+(?:(?:nya|nye|förre|tidigare)[ \t]+)?([{LOWER}][{LOWER}-]+)")
# "åka till Mälarsjukhuset", "på Centralsjukhuset i Karlstad": a hospital's one-word name, capitalised inside a sentence
HOSPITAL_WORD_RE = re.compile(rf"(?<=[{LOWER},] )([{UPPER}][{LOWER}]{{2,}}(?:sjukhuset|lasarettet))(?![\w-])")
# "markägaren Eksta Bostads AB", "Norrtälje Sjukhus AB": a company by its form
# ("Nya närvården AB": a capitalised word, then a noun in the definite)
# ("Forskningen i Säffle AB": a company named with its town)
COMPANY_RE = re.compile(rf"(?<![\w-])([{UPPER}][\w&-]*[ \t]+i[ \t]+[{UPPER}][\w&-]*[ \t]+AB|"
                        rf"(?:[{UPPER}][\w&-]*[ \t]+){{1,3}}AB|[{UPPER}][{LOWER}]+[ \t]+[{LOWER}]{{3,}}(?:en|et|na)"
                        rf"[ \t]+AB)(?![\w-])")
# "säger till P 4 Radio Halland", "P4 Västerbotten": Sveriges Radio's local channel
LOCAL_RADIO_RE = re.compile(rf"(?<![\w-])P[ \t]?4[ \t]+(?:Radio[ \t]+)?({CAP})(?![\w-])")
OWNER_KINDS = ("Municipality", "Region", "ResearchOrganisation")
HOSPITAL_WORDS = ("sjukhus", "sjukhuset", "lasarett", "lasarettet")
# ("AK-mottagningen": a reception or clinic named by an acronym and a hyphen; "IT-avdelningen" is any body's)
# ("Social- och Omsorgsnämnden": the second part in title case too; "Hälsa-, vård- och omsorgsförvaltningen": three;
# "Äldre samt vård- och omsorgsförvaltningen": the first a word of its own)
UNIT_COMPOUND_RE = re.compile(rf"(?<![\w-])((?:[{UPPER}][{LOWER}]+(?:-(?:,[ \t]*[{LOWER}]+-)*|[ \t]+samt[ \t]+[{LOWER}]+-)"
                              rf"\s+(?:och|eller)\s+[{UPPER}]?[{LOWER}]*|"
                              rf"[{UPPER}][{LOWER}]{{2,}})"
                              rf"{UNIT_HEADS}|[{UPPER}]{{2,5}}-(?:mottagningen|kliniken))"
                              rf"(?![\w-])")
# what a municipality does, not what happens in a place: it decides, brings in, hires, buys, runs
DECIDES = (r"(?:införde|inför|beslutade|beslutar|har[ \t]+beslutat|satsar|satsade|anställer|anställde|ringde|driver|"
           r"valde|väljer|upphandlar|upphandlade|avvecklar|avvecklade|sålde|säljer|utreder|utredde|"
           r"(?:ska|skall)[ \t]+(?:också[ \t]+|även[ \t]+)?(?:utreda|införa|avveckla|upphandla)|"
           r"har[ \t]+(?:också[ \t]+|även[ \t]+)?(?:infört|valt|avvecklat|upphandlat)|"
           # "Malmö är den största kommunen som …", "Ale är en av kommunerna": the copula names what the town is
           r"är[ \t]+(?:den|en|landets|länets)[ \t]+(?:[\wåäö]+[ \t]+){0,3}?kommun(?:en|erna)?)(?![\w-])")
UNIT_TOWN = re.compile(rf"[ \t]+({CAP})(?![\w-])(?![ \t]+[{UPPER}])")
# a quality named from an adjective in -en ("erfaren", "öppen", "medveten"), not a unit's "-enheten"
QUALITY_NOUN = re.compile(r"(?i)(?:erfar|öpp|medvet|förtrog|benäg|belåt)enheten$")
# "inom Psykiatricentrum och Barn- och kvinnocentrum", "från Regionledningskontoret", "invigde Vårdcentrum Tierp",
# "Palliativt Utvecklingscentrum", "Mobila äldreakuten": a centre, an office or an emergency unit named by one
# capitalised compound inside a sentence, after a word in lower case (in "Nordens Äldrecentrum" it ends a longer name)
CENTRE_WORD_RE = re.compile(rf"(?<=[{LOWER},:–-] )((?:[{UPPER}][{LOWER}]+(?:iskt|ivt|alt|ellt|iska|ella)[ \t]+)?"
                            rf"(?:[{UPPER}][{LOWER}]+-[ \t]+(?:och|eller)[ \t]+[{LOWER}]*|[{UPPER}][{LOWER}]{{2,}}|"
                            rf"[{UPPER}]{{2,4}}-[{LOWER}]{{3,}}|Mobila[ \t]+[{LOWER}]{{3,}}(?=akuten))"
                            rf"(?:centrum|kontoret|akuten|biblioteket)(?:[ \t]+(?P<first>{CAP})(?:/{CAP}|[ \t]+(?P<second>{CAP})|"
                            rf"[ \t]+och[ \t]+(?P<pair>{CAP}))?)?)(?![\w-])(?![ \t]+(?:för|mot|om)[ \t])")
# "Vårdcentrum Tierp Älvkarleby": a kind of centre every region builds, a name only with the places it serves
GENERIC_CENTRES = frozenset(("Vårdcentrum", "Hälsocentrum"))
# "Hälsovalskontoret i Region Gävleborg": an office or centre opening a sentence, named with the region or
# municipality that owns it
OFFICE_IN_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}(?:kontoret|kansliet|centrum))(?=[ \t]+(?:i|inom)[ \t]+"
                          rf"(?:Region[ \t]+{CAP}|{CAP}s[ \t]+(?:kommun|stad)(?![\w-])))")
NOT_CENTRE = frozenset(("Resecentrum", "Köpcentrum", "Stadscentrum", "Handelscentrum", "Shoppingcentrum", "Kulturcentrum",
                        "Idrottscentrum", "Servicecentrum"))  # places, not units
# a capitalised word before a unit noun inside a sentence: "på Förebyggande enheten", "på Glesbygdsmedicinskt centrum"
UNIT_PHRASE_RE = re.compile(rf"(?<=[{LOWER},:] )((?:[{UPPER}][{LOWER}]+[ \t]+(?:enheten|kliniken|mottagningen|"
                            rf"[{LOWER}]+centrum)|[{UPPER}][{LOWER}]+(?:t|ska|nära)[ \t]+[Cc]entrum))(?![\w-])")
# ("… centrum för samskapad vård", "… för palliativ vård": a bare adjective with the field it qualifies)
CENTRE_FIELD = re.compile(rf"[ \t]+för[ \t]+((?:[{LOWER}]+(?:isk|nsk|ell|ad|iv)[ \t]+(?!och[ \t]))?[{LOWER}]{{4,}})(?![\w-])")
# ("Glesbygdsmedicinskt centrum" by its adjective, not "Torvalla centrum", a town's centre)
# "Närvårdsområde Östersund", "Närsjukvårdsområde Väster": an area unit named by its place or quarter
# "Närsjukvårdsområde Väster", "Närsjukvårdsområde norr": an area by its compass point too
# ("verksamhetschef, primärvårdsområde väst": a care area in lower case, by its direction)
AREA_COMPOUND_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}område[ \t]+(?:{CAP}|{QUARTER})|"
                              rf"[{LOWER}]{{3,}}vårdsområde[ \t]+(?:{QUARTER}))(?![\w-])")
# "Område primärvård", "Område Närsjukvård", "Område Nära vård": the word the unit is named with
# ("Område specialiserad vård": an adjective and its field; not the verb after it, "Område psykiatri består av")
AREA_VERB = r"(?:består|bestod|hör|ingår|leds|ledde|omfattar|samlar|arbetar|ansvarar|bildas|bildades|blir|har|hade|ska|kommer)"
AREA_RE = re.compile(rf"(?<![\w-])Område[ \t]+([Nn]ära vård|{CAP}|[{LOWER}]{{4,}}(?:[ \t]+och[ \t]+(?!område(?![\w-]))[{LOWER}]{{4,}}|"
                     rf"[ \t]+(?!{AREA_VERB}(?![\w-]))(?!område(?![\w-]))[{LOWER}]{{4,}})?)(?![\w-])")
# a place and a care unit: "Storumans hälsocentral", "Ljungby lasarett", "Hallands sjukhus Halmstad"
# ("Gävle Strand Hälsocentral": a part of a town, after the town's name)
PLACE_UNIT_RE = re.compile(rf"(?<![\w-])((?:(?:Blå|Gröna|Röda|Vita|Gula|Nya|Gamla|Stora|Lilla)[ \t]+|{CAP}[ \t]+(?={CAP}[ \t]+"
                           rf"(?:[Hh]älsocentral|[Vv]årdcentral)\b))?{CAP})[ \t]+(hälsocentral|vårdcentral|ungdomsmottagning|lasarett|sjukhus|sjukstuga|"
                           rf"närsjukhus|familjecentral|Hälsocentral|Vårdcentral|HC|VC)(?:[ \t]+({CAP}))?(?![\w-])")
# "Råslätts och Norrahammars vårdcentraler", "vid Örsundsbro och Gottsunda vårdcentraler": centres named by their
# places, the noun written once in the plural
PLACE_UNITS_RE = re.compile(rf"(?<![\w-])({CAP}(?:[ \t]*,[ \t]*{CAP})*[ \t]+(?:och|samt)[ \t]+{CAP})[ \t]+"
                            rf"(vårdcentral|hälsocentral)er(?![\w-])")
# "Gripen HC", "Tierp VC": a care centre's name written short
CENTRE_SHORT = {"HC": "hälsocentral", "VC": "vårdcentral"}
# "Östermalms hemtjänst", "Karlskronas äldreförvaltning", "Solgårdens äldreboende": a municipal care unit named by
# the district, town or house it serves, in the genitive
# "på Vaksala hemtjänst", "i Järfälla hemsjukvård": a home-care unit by the place it serves, a name ending in a
# vowel that takes no genitive s, inside a sentence (not "Fyra hemtjänst…" opening one)
PLACE_HOME_CARE_RE = re.compile(rf"(?<=[{LOWER},][ \t])([{UPPER}][{LOWER}]{{2,}}[aeouyåäö])[ \t]+(?:hemtjänst|hemsjukvård)(?![\w-])")
# "Karlskronas äldreförvaltning", "Tyresös socialnämnd": a municipal board or office by its town's genitive
TOWN_BOARD_RE = re.compile(rf"(?<![\w-])(?<!egion[ \t])({CAP})s[ \t]+((?:[{LOWER}]+-[ \t]+och[ \t]+)?[{LOWER}]+(?:nämnd|förvaltning)(?:en)?)"
                           rf"(?![\w-])(?![ \t]+för\b)")
OWNED_CARE_RE = re.compile(rf"(?<![\w-])({CAP}s)[ \t]+((?:[{LOWER}]+)?(?:förvaltning|hemtjänst|hemsjukvård|äldreboende|"
                           rf"äldrevårdcentral))"
                           rf"(?![\w-])")
# "hemtjänst öster", "Hemsjukvård Norr": a municipality's care split by the quarter it covers
QUARTER_CARE_RE = re.compile(rf"(?<![\w-])((?:[Hh]emtjänst|[Hh]emsjukvård|[Hh]emvård|[Ää]ldreomsorg)[ \t]+"
                             rf"(?:[Öö]ster|[Vv]äster|[Nn]orr|[Ss]öder|[Ss]yd|[Nn]ord|[Cc]entrum))(?![\w-])")
# "hemtjänsten i Jämjö": the home care of a village, not of a whole municipality
VILLAGE_CARE_RE = re.compile(rf"(?<![\w-])((?:[Hh]emtjänsten|[Hh]emsjukvården)[ \t]+i[ \t]+({CAP}))(?![\w-])"
                             rf"(?![ \t]+(?:kommun|stad|[{UPPER}]))")
HEAD_FOR = re.compile(r"(?<![\w-])[a-zåäö]*chef[ \t]+för[ \t]+$")  # "enhetschef för …": the unit she heads follows
# "äldreboendet Solgården", "det kooperativa äldreboende Brismarksgården": a care home by its name
CARE_HOME_RE = re.compile(rf"(?<![\w-])(?:[Ää]ldre|[Vv]ård|[Oo]msorgs|[Kk]orttids|[Dd]emens|[Gg]rupp|[Ss]ervice)boende(?:t)?"
                          rf"[ \t]+({CAP})(?![\w-])")
# "på Ebbagården i Uppsala", "om Ramundergården ska byggas ut": a house named as "-gården" inside a sentence is a
# care home or day centre in these texts; the common nouns of the form are no names
HOUSE_RE = re.compile(rf"(?<=[{LOWER},][ \t])([{UPPER}][{LOWER}]{{2,}}gården)(?![\w-])(?![ \t]+(?:AB|HB|KB)(?![\w-]))")
COMMON_YARDS = frozenset("kyrkogården skolgården bondgården prästgården innergården bakgården kungsgården "
                         "lantgården hembygdsgården bygdegården".split())
# "landstingets förvaltning Hälsa och habilitering", "regionens verksamhetsområde Medicin": the document's own
# region's unit, introduced by its kind
OWN_UNIT_RE = re.compile(rf"(?<![\w-])(?:landstingets|regionens|kommunens)[ \t]+(?:förvaltning|verksamhetsområde|division)"
                         rf"[ \t]+({CAP}(?:[ \t]+och[ \t]+[{LOWER}]{{4,}})?)(?![\w-])")
# "Region Värmlands hälso- och sjukvårdsnämnd", "Kalmar kommuns socialnämnd": a board named with its owner in the
# genitive; "Region Skånes förvaltning Skånevård Kryh": a unit the owner's genitive introduces by its own name
OWNER_BOARD_RE = re.compile(rf"(?<![\w-])(?P<owner>(?:Region|Landstinget)[ \t]+{CAP}(?:[ \t]+län)?s|{CAP}[ \t]+(?:kommun|stad)s)"
                            rf"[ \t]+(?:(?P<board>(?:[{LOWER}]+-[ \t]+och[ \t]+)?[{LOWER}]+(?:nämnd|styrelse|förvaltning|stab|kontor|kansli))(?![\w-])"
                            rf"(?![ \t]+för\b)|"
                            rf"(?:förvaltning|verksamhetsområde|division)[ \t]+(?P<named>{CAP}(?:[ \t]+{CAP}){{0,2}}"
                            # "Region Uppsalas förvaltning Nära vård och hälsa": a name of words in lower case joined by "och"
                            rf"(?:(?:[ \t]+[{LOWER}]{{3,}})?[ \t]+och[ \t]+(?!(?:regionens|kommunens|länets|andra|övriga|alla|"
                            rf"flera|dess|deras)\b)[{LOWER}]{{4,}})?)(?![\w-]))")
# (and "Region Västerbottens ledningsstab", "Region Skånes regionkontor": an office of its own, the owner's)
# "SOCIALNÄMNDEN", "VÅRD- OCH OMSORGSNÄMNDEN": a board in capitals, as minutes head their pages
CAPS_BOARD_RE = re.compile(r"(?<![\w-])((?:[A-ZÅÄÖ]{3,}-\s+OCH\s+)?[A-ZÅÄÖ]{3,}(?:NÄMNDEN|STYRELSEN))(?![\w-])")
# "Regionstyrelsens arbetsutskott", "kommunstyrelsens hälso- och sjukvårdsutskott": a board's committee, a board of its own
COMMITTEE_RE = re.compile(rf"(?<![\w-])((?:[Rr]egion|[Kk]ommun|[Ll]andstings)styrelsens[ \t]+(?:[{UPPER}{LOWER}][{LOWER}]*-[ \t]+och[ \t]+)?"
                          rf"[{LOWER}]{{3,}}utskott)(?![\w-])")
# "Öppenvårdsrehab", "Strokerehab": a rehabilitation unit named by its compound
REHAB_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}rehab)(?![\w-])")
# "Distriktsläkarföreningen i Sörmland", "ordförande i vårdförbundet i Skåne": an association's branch in a county
ASSOC_BRANCH_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}(?:föreningen|förbundet)|"
                             rf"(?<=ordförande i )[{LOWER}]{{4,}}(?:föreningen|förbundet))"
                             rf"[ \t]+i[ \t]+({CAP}(?:[ \t]+{CAP})?(?:[ \t]+län)?)(?![\w-])")
# words that after "och" begin a clause, not a second field of a name
STOP_AFTER_AND = "sedan|andra|även|också|därför|samtidigt|bland|flera|många|några|inte|kommer|ska|vill|har|hade|blir"
# "Centrum för kommunstrategiska studier" (not "centrum för att prata")
# ("Centrum för vård, omsorg och socialt arbete": the fields listed with commas are all in its name)
# ("ägs av Kompetenscentrum för hälsa", "på KompetenCentrum för Hälsa": a compound centre where one works or that
# owns a thing, written as its owner writes it; at a bullet's head or after "uppstart av" it may be a planned project)
WHERE_ONE_WORKS = r"(?:(?<=på )|(?<=vid )|(?<=hos )|(?<=från )|(?<=inom )|(?<=ägs av )|(?<=drivs av ))"
CENTRE_RE = re.compile(rf"\b((?:{WHERE_ONE_WORKS}[{UPPER}][{LOWER}]{{3,}}(?:centrum|Centrum)|[Cc]entrum) för (?!att(?![\w-]))(?:{FIELD_ADJ})?"
                       rf"(?:[{LOWER}]+|(?<=Centrum för )[{UPPER}][{LOWER}]+)"
                       rf"(?:(?:,[ \t]+[{LOWER}]+)+[ \t]+och[ \t]+(?:[{LOWER}]+[ \t]+)?[{LOWER}]+|"
                       # ("Centrum för innovation och eHälsa": two fields joined)
                       rf"[ \t]+och[ \t]+(?!(?:{STOP_AFTER_AND})(?![\w-]))(?:[{LOWER}]{{4,}}|[{LOWER}][{UPPER}][{LOWER}]{{3,}}))?)")
PARTNER_RE = re.compile(rf"(?i:samverkan|samarbete|samarbetar|samverkar)\s+med\s+((?-i:[{UPPER}][\w]+(?:[ -][{UPPER}][\w]+)?))"
                        rf"(?:\s*(?:&|och)\s*((?-i:[{UPPER}][\w]+)))?")
# "… med följande aktörer som projektparter: Sensapp, Digalog samt Studieförbundet Vuxenskolan", "Partners är A och
# B": a project's partners listed by name, each a body however unknown its name
PARTNER_LIST_RE = re.compile(r"(?<![\w-])(?i:projektparter|projektpartners?|samarbetspartners?|samverkansparter|"
                             r"samverkanspartners?|partners?)(?:[ \t]+är|[ \t]*:)[ \t]+([^.!?\n]{3,300})")
PARTNER_ITEM = re.compile(rf"[{UPPER}][\w&/-]*(?:[ \t]+[{UPPER}][\w&/-]*){{0,3}}")
HEAD_OF_RE = re.compile(rf"(?<![\w-])chef för ([{LOWER}]+-[{LOWER}]+)(?![\w-])")
# "Unicares vd Johan Ek", "påpekade Härjegårdars vd Hans Heuser": a company, however unknown, by its director's title
# ("Wij Trädgårdars vd": two words of its name)
CEO_GENITIVE_RE = re.compile(rf"(?<![\w-])((?:{CAP}[ \t]+)?{CAP})s[ \t]+(?:vd|VD|verkställande[ \t]+direktör)[ \t]+"
                             rf"(?={CAP}[ \t]+{CAP})")
# "Coronakommissionen", "Jämlikhetskommissionen", "EU-kommissionen": a commission by its capitalised compound (not
# a county's own, "Östgötakommissionen", "Skånekommissionen": a collaboration of its bodies, named by its place)
COMMISSION_RE = re.compile(rf"(?<![\w-])((?:(?!(?:Öst|Väst|Norr|Söder|Syd|Mellan)[{LOWER}])([{UPPER}][{LOWER}]{{3,}}?)s?|"
                           rf"[{UPPER}]{{2,3}}-)kommissionen)(?![\w-])")
# "Betaniastiftelsen", "Kampradstiftelsen": a foundation named by one capitalised compound
# "Familjen Kamprads stiftelse", "Knut och Alice Wallenbergs stiftelse", "Ragnar Söderbergs stiftelse": a foundation
# named by its founders' names in the genitive, two capitalised words at least
FOUNDATION_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}stiftelsen|{CAP}[ \t]+(?:och[ \t]+{CAP}[ \t]+)?"
                           rf"[{UPPER}][{LOWER}]+s[ \t]+stiftelse)(?![\w-])")
HONORIFICS = frozenset({"professor", "docent", "doktor", "dr", "lektor", "universitetslektor", "forskare", "doktorand"})
# ("verksamhetschef Folkhälsa och social utveckling" ending a roster's row: a head's unit named by its fields)
AFTER_TITLE_RE = re.compile(
    rf"(?<![\w-])([{LOWER}]+|(?<=[–-] )[{UPPER}][{LOWER}]+)[ \t]+({CAP}(?:[ \t]+(?:of|for|and|för|och|i|{CAP})){{0,6}}[ \t]+{CAP}|"
    rf"(?:(?<=chef[ \t])|(?<=direktör[ \t])){CAP}[ \t]+och[ \t]+[{LOWER}]{{4,}}(?:[ \t]+[{LOWER}]{{4,}})?)[ \t]*(?=,|\n|$)", re.M)
# "affärsutvecklingschef på Min Doktor", "verksamhetschef vid Hälsa och habilitering", "verksamhetschef för eHealth
# Arena": after a title and where, a name of two capitalised words (or one and "och" a word) ending the clause
# ("FoU-chef på Nestor.", "sjuksköterska vid Solgläntan,": one capitalised word after "vid", "på" or "hos" too)
TITLE_AT_NAME_RE = re.compile(rf"(?<![\w-])((?:[{UPPER}][{UPPER}{LOWER}]{{1,3}}-)?[{LOWER}]+)[ \t]+(vid|på|hos|för)[ \t]+"
                              rf"((?:{CAP}|[a-z][{UPPER}][{LOWER}]+)(?:[ \t]+{CAP}|[ \t]+och[ \t]+[{LOWER}]{{4,}})?)"
                              rf"(?=[ \t]*[,.;:)\n]|$)")
# "Ted Berg på Infab", "Ann Ek hos Vårdlabbet": a capitalised name after a person's name and "på"/"hos", her employer
NAME_AT_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)[ \t]+{CAP}[ \t]+(?:på|hos)[ \t]+"
                        rf"([{UPPER}][{LOWER}]{{3,}}(?:[ \t]+[{UPPER}][{LOWER}]+)?)"
                        rf"(?=[ \t]*[,.;:)\n]|[ \t]+(?:och|samt|som|har|nu|berättar|säger)\b|$)")
# "Christina Berg, chefredaktör, Dagens Medicin.": a capitalised name after a person's name and her title, her employer
# and a row of a podcast's cast, "AG - Lisa Berg - Logoped, Barnhabiliteringen"
NAME_TITLE_ORG_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)[ \t]+{CAP}(?:,|[ \t]+[-–])[ \t]+"
                               rf"((?:[{LOWER}]|(?<=[-–][ \t])[{UPPER}])[{LOWER}]+(?:[ \t]+[{LOWER}]+)?),[ \t]+"
                               rf"([{UPPER}][{LOWER}]{{2,}}(?:[ \t]+[{UPPER}][{LOWER}]+){{0,2}})(?=[ \t]*[.;\n]|$)")
# "Eva Ek, Verksamhetschef Regionalt stöd socialtjänst och vård, Region X", "Eva Ek Verksamhetsutvecklare, Utveckling
# Nära vård och hälsa, region X": a row of name, title, the unit and its region or municipality
# (a capitalised title is one more capitalised word: the name is read as two words, and as three)
NAME_TITLE_UNIT_RES = tuple(re.compile(
    rf"(?<![\w-])([{UPPER}][{LOWER}]+)(?:[ \t]+{CAP}){{{n}}}(?:[ \t]*,)?[ \t]+([{UPPER}{LOWER}][{LOWER}-]{{3,}})"
    rf"(?:[ \t]*,)?[ \t]+(?P<unit>[{UPPER}][^,.;:()\n]{{2,58}}?)[ \t]*,[ \t]*"
    rf"(?:[Rr]egion[ \t]+{CAP}|{CAP}[ \t]+kommun|Landstinget[ \t]+{CAP})(?![\w-])") for n in (1, 2))
# "Eva Ek, primärvårdsområdeschef Närhälsan": a contact line ending in one capitalised word after her title
# ("Moderator: Eva Ek, analyschef Re-Think", "Anna-Lena Ek, affärsområdeschef hälsa Tankesmedjan": a programme's
# rows, after a label, a double first name, the title's field in lower case)
CONTACT_TITLE_ORG_RE = re.compile(rf"(?m)(?:^(?:[{UPPER}][{LOWER}]+:[ \t]+)?|(?<=[0-9][ \t]))[ \t]*([{UPPER}][{LOWER}]+)"
                                  rf"(?:-[{UPPER}][{LOWER}]+)?[ \t]+{CAP}(?:[ \t]+{CAP})?,[ \t]+([{LOWER}][{LOWER}-]{{3,}})"
                                  rf"(?:[ \t]+(?!(?:och|för|inom|vid|på|hos|med)(?![\w-]))[{LOWER}]{{3,}})?"
                                  rf"[ \t]+([{UPPER}][{LOWER}]{{3,}}|[{UPPER}][{LOWER}]+-[{UPPER}][{LOWER}]+)[ \t]*(?:$|(?=[\w.+-]+@))")  # (a card's lines run together, up to the address)
# "Capio Vårdcentral Ringen", "Aleris rehab Huddinge": after a company's name (or a region's own provider's), the
# name of the unit it runs
CARE_COMPANY_UNIT = re.compile(rf"[ \t]+(?:(?:rehab|vårdcentral|hemtjänst|äldreboende|närakut)[ \t]+)?"
                               rf"(?P<first>[{UPPER}][{LOWER}]+)(?:[ \t]+[{UPPER}][{LOWER}]+){{0,2}}"
                               rf"(?:[ \t]+(?:vårdcentral|hälsocentral)(?![\w-]))?(?![\w-])")  # "Närhälsan Ekby vårdcentral"
# "Närhälsan i Åmål", "Capio i Grums": a care provider in one town (not "Närhälsan i Region …")
PROVIDER_IN_TOWN = re.compile(rf"[ \t]+i[ \t]+({CAP})(?![\w-])(?![ \t]+(?:kommun|stad|län)\b)")
# a part of a county or the country by its direction, capitalised: "SFAM Södra Älvsborg", "Norra sjukvårdsregionförbundet"
COMPASS = frozenset({"Norra", "Södra", "Östra", "Västra", "Mellersta"})
# after an association's acronym, its local branch's name: "SPF Treklangen", "PRO Hemseortens" (the genitive s left out)
# ("PRO Offerdal-Alsen": a branch of parishes joined by hyphens)
BRANCH_RE = re.compile(rf"[ \t]+([{UPPER}][{LOWER}]{{3,}}?(?:-[{UPPER}][{LOWER}]+)*)(?:s(?=[ \t]+[{UPPER}]))?(?![\w-])")
# "Capio närsjukvård", "Aleris specialistvård": a care company's division, named by the care it gives
CARE_COMPANY_DIVISION = re.compile(r"[ \t]+(?:(?:när|primär|specialist|hem)?(?:sjukvård|vård)|psykiatri|geriatrik|rehab|"
                                   r"ortopedi)(?![\w-])(?![ \t]+[A-ZÅÄÖ])")  # "Aleris rehab Lerberg" is a unit's name
# "Sahlgrenska universitetssjukhuset", "Norrlands universitetssjukhus", "Akademiska sjukhuset": named hospitals;
# "Skaraborgs Sjukhus", "Södra Älvsborgs Sjukhus": an area's hospital, its name written with a capital S
HOSPITAL_RE = re.compile(rf"(?<![\w-])({CAP}[ \t]+[Uu]niversitetssjukhus(?:et)?|[{UPPER}][{LOWER}]+ska[ \t]+sjukhuset|"
                         rf"(?:(?:Södra|Norra|Västra|Östra|Mellersta|S:t|S:ta|Sankt|Sankta)[ \t]+)?[{UPPER}][{LOWER}]+s[ \t]+Sjukhus|"
                         # "S:t Görans sjukhus", "Sankt Eriks sjukhus": a saint's hospital, however the text writes it
                         rf"(?:S:t|S:ta|Sankt|Sankta)[ \t]+[{UPPER}][{LOWER}]+s[ \t]+sjukhus)(?![\w-])")
# "Driftnämnden Kungsbacka ansvarar för …": a board named by the town it serves
PLACE_BOARD_RE = re.compile(rf"(?<![\w-])((?:[{UPPER}][{LOWER}]{{3,}}nämnden|Lokala[ \t]+nämnden)[ \t]+{CAP})(?![\w-])")
# "Samverkansnämnden Sjukvårdsregion Mellansverige": the joint board of a healthcare region, by its name
REGION_BOARD_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}nämnden[ \t]+(?:[Ss]jukvårdsregion[ \t]+{CAP}|"
                             rf"(?:Södra|Norra|Västra|Östra|Mellersta|Sydöstra)[ \t]+sjukvårdsregionen))(?![\w-])")
# "att Lasarettet i Enköping går mot …": a hospital named by its town, capitalised inside a sentence
TOWN_HOSPITAL_RE = re.compile(rf"(?<=[{LOWER},:] )((?:Lasarettet|Sjukhuset|Närsjukhuset|Länssjukhuset|Centralsjukhuset|Centrallasarettet)[ \t]+i[ \t]+)({CAP})"
                              rf"(?![\w-])")
# "Kommunförbundet Skåne", "Samordningsförbundet Västra Östergötland": an association named by its area
# ("Samordningsförbundet Umeå Organisationsnummer: …": a field's label after the name is none of it)
FEDERATION_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+förbundet)[ \t]+((?:(?:södra|norra|västra|östra|mellersta)[ \t]+|"
                           rf"[{UPPER}]{{2,4}}[ \t]+(?=[{UPPER}][{LOWER}]))?"  # "Samordningsförbundet NNV Skåne": the area's initials
                           rf"{CAP}(?:[ \t]+{CAP}(?![\w-])(?![ \t]*:)){{0,3}}(?:[ \t]+län|(?<=s)[ \t]+(?:stad|kommun))?)(?![\w-])")
# "Norrbottens Kommuner", "Skånes Kommuner": a county's association of its municipalities, with a capital K
# ("Västmanlands Kommuner och Landsting", "Sörmlands Kommuner och Landsting": the county council a member too)
COUNTY_MUNICIPALITIES_RE = re.compile(rf"(?<![\w-])(({CAP})s[ \t]+Kommuner(?:[ \t]+och[ \t]+(?:Landsting|Region)(?![ \t]+[{UPPER}]))?)s?(?![\w-])")
# organisation forms written into the name: "Stiftelsen Stora Sköndal" ("Stiftelsen Stockholms läns Äldrecentrum"), "Ersta diakoni", "Farsta stadsdelsnämnd",
# "Distriktssköterskeföreningen", "Vårdförbundet", "Astma- och allergiförbundet", "Fyrbodals kommunalförbund",
# "Synskadades Riksförbund"
# (or "kommunförbund"),
# "Kommunalförbundet sjukvård och omsorg i Norrtälje" (a lower-case remit and its place);
# "grundare av Combined"
# ("Astma- och Allergiförbundet": a split compound, its second part capitalised as the association writes it)
# ("Stiftelsen Stockholms läns äldrecentrum": what the county's foundation is, in lower case after "läns")
FORM_RE = re.compile(rf"(?<![\w-])(?:(Stiftelsen[ \t]+{CAP}(?:[ \t]+läns[ \t]+[{LOWER}]{{4,}}(?![ \t]+{CAP})|"
                     rf"(?:[ \t]+(?:läns[ \t]+)?{CAP}){{0,2}}))|({CAP}[ \t]+(?:diakoni|[Ss]tadsmission|stadsdelsnämnd|"
                     rf"stadsdelsförvaltning|[Kk]ommunalförbund|[Kk]ommunförbund|Riksförbund))|((?:[{UPPER}][{LOWER}]+-[ \t]+och[ \t]+[{UPPER}]?[{LOWER}]+|[{UPPER}][{LOWER}]{{4,}})"
                     rf"(?:föreningen|förbundet)(?:[ \t]+[{LOWER}]+(?:[ \t]+och[ \t]+[{LOWER}]+)?[ \t]+i[ \t]+{CAP})?))s?(?![\w-])")  # "Synskadades Riksförbunds ordförande": the name without its genitive
# "Föreningen Sveriges socialchefer", "Riksföreningen för skolsköterskor": an association named by its members
MEMBERS = rf"[{LOWER}]+(?:er|ar|or)(?:[ \t]+och[ \t]+[{LOWER}]+(?:er|ar|or))?"
# ("Riksföreningen för sjuksköterskor inom äldre- och demensvård": the members, then their field)
MEMBERS_FIELD = rf"(?:[ \t]+inom[ \t]+(?:[{LOWER}]+-[ \t]+och[ \t]+)?[{LOWER}]{{4,}})?"
ASSOCIATION_RE = re.compile(rf"(?<![\w-])((?:Föreningen|Riksföreningen|Riksförbundet)[ \t]+(?:för[ \t]+{MEMBERS}{MEMBERS_FIELD}|"
                            rf"{CAP}[ \t]+{MEMBERS}|{MEMBERS}(?=[ \t]*[,.(\n])|{CAP}(?:[ \t]+{CAP}){{0,2}}))(?::s|s)?(?![\w-])")
# "Norsk förening för allmänmedicin", "Svenska sällskapet för palliativ medicin": a national association by its field
# "Svensk geriatrisk förening", "Sveriges gerontologiska sällskap", "Nordens gerontologiska federation": by the adjective
# of its field
NATIONAL_ASSOCIATION_RE = re.compile(
    rf"(?<![\w-])((?:Svensk|Svenska|Norsk|Norska|Dansk|Danska|Finsk|Finska|Nordisk|Nordiska|Europeisk|Europeiska)"
    rf"[ \t]+(?:förening|föreningen|sällskap|sällskapet|förbund|förbundet)[ \t]+för[ \t]+"
    rf"(?:[{LOWER}]+(?:iv|isk|al|ell|är)[ \t]+)?[{LOWER}]{{4,}}|"
    rf"(?:Svensk|Svenska|Sveriges|Nordens|Nordisk|Nordiska|Europeisk|Europeiska)[ \t]+[{LOWER}]{{3,}}(?:isk|iska)"
    rf"[ \t]+(?:förening|sällskap|federation|förbund))(?![\w-])")
# "Resta Bygdegårdsförening", "Lerdals pensionärsförening", "Västra Götalands läkarförening": an association by its place
# ("Jämtlands läns läkarförening": a county's)
LOCAL_ASSOCIATION_RE = re.compile(rf"(?<![\w-])((?:{CAP}[ \t]+(?:läns[ \t]+)?){{1,2}}[{UPPER}]?[{LOWER}]{{3,}}(?:förening|föreningen|klubb|klubben))"
                                  rf"(?![\w-])")
# "tankesmedjan Arena Idé", "patientorganisationen Hjärtebarnen", "företaget PHC Resurs": the name after a kind
# of organisation
KIND_NAMED_RE = re.compile(rf"(?<![\w-]){ORG_KIND}[ \t]+((?:{CAP}|[{UPPER}]{{2,5}}(?=[ \t]+{CAP}))(?:[ \t]+{CAP}){{0,2}})"
                           rf"(?![\w-])")
# "Eva Ek, VD Kavat Vård, Bo Berg, …": a chief executive's company, written bare after the title in a list of speakers
CHIEF_EXECUTIVE_RE = re.compile(rf"(?<=,[ \t])(?:VD|vd|Vd)[ \t]+({CAP}(?:[ \t]+{CAP}){{0,2}})(?=[ \t]*(?:[,.;)]|\n|$))")
FOUNDER_RE = re.compile(rf"(?<![\w-])(?i:(?:med)?grundare|grundaren)[ \t]+(?:av|till)[ \t]+({CAP}(?:[ \t]+{CAP}){{0,2}})(?![\w-])")
# "VG Primärvård", "Primärvården Skaraborg": a care organisation named by owner or area ("Primärvården i Lidköping"
# is the care given there)
# ("VO Primärvård Kiruna", "VO Primärvård Gällivare-området": a region's sector in one place)
SECTOR_RE = re.compile(rf"(?<![\w-])(?:([{UPPER}]{{2,4}}|{CAP})[ \t]+(Primärvård|Närsjukvård|Hemsjukvård)"
                       rf"(?:[ \t]+(?P<place>{CAP})(?![\w-]))?|"
                       rf"(Primärvården|Närsjukvården|Psykiatrin)[ \t]+(?P<region>Region[ \t]+)?({CAP}(?:[ \t]+{CAP})?))(?![\w-])")
# "närsjukvården i centrala Östergötland", "Primärvården i norra Halland": a region's care in a part of the county,
# a unit of its own (not "primärvården i Lidköping": the care given in a town)
AREA_SECTOR_RE = re.compile(rf"(?<![\w-])([Pp]rimärvården|[Nn]ärsjukvården|[Pp]sykiatrin|[Hh]emsjukvården)[ \t]+i[ \t]+"
                            rf"({COUNTY_PART}[ \t]+{CAP})(?![\w-])")
# "Stanford-universitetet", "McGill-universitetet": a university named in Swedish after its foreign name
FOREIGN_UNIVERSITY_RE = re.compile(rf"(?<![\w-])([{UPPER}][A-Za-zåäö]+-universitetet)(?![\w-])")
# "Hedmark fylkeskommune", "Trondheim kommune", "Innlandet fylke": a Norwegian county or municipality across the
# border, its Norwegian noun after the name
NORWEGIAN_RE = re.compile(rf"(?<![\w-])({CAP}s?[ \t]+(?:[Ff]ylkeskommune|[Kk]ommune|[Ff]ylke))(?![\w-])")
# "Blekingesjukhuset", "Gävlesjukhuset": a county's or town's hospital written as one word
PLACE_HOSPITAL_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{2,}}?)s?(?:sjukhuset|lasarettet)(?![\w-])")
# "från Kompetenscentrum mot våld i nära relationer": a centre named by its field, in lower case, where people work
COMPETENCE_CENTRE_RE = re.compile(rf"(?:(?<=från[ \t])|(?<=vid[ \t])|(?<=hos[ \t])|(?<=inom[ \t])|(?<=på[ \t]))"
                                  rf"Kompetenscentrum[ \t]+(?:för|mot|om)[ \t]+[{LOWER}]+(?:[ \t]+[{LOWER}]+){{0,4}}")
# "Anki Berg (M), Tyresö": a politician's party, then the municipality she sits for
# ("Lars Ek (S) i Lessebo håller med": the same with "i")
PARTY_PLACE_RE = re.compile(rf"\({PARTY_LETTERS}\)(?:,|[ \t]+i)[ \t]+({CAP}(?:[ -]{CAP})?)(?=[ \t]*(?:[,;.(\n]|och\b|samt\b|"
                            rf"[{LOWER}]+[ \t]|$))")
# "ordförande Magnus Berg, Falköping och vice ordförande …": a person's name, then the bare name of her municipality
# (not "Anna Berg, Stockholm, berättar": where she lives)
NAME_PLACE_RE = re.compile(rf"(?<![\w-])(?P<given>[{UPPER}][{LOWER}]+)[ \t]+{CAP}(?:[ \t]+{CAP})?,[ \t]+"
                           rf"(?P<place>{CAP}(?:[ -]{CAP})?)(?=[ \t]*(?:[;.\n]|och\b|samt\b|$))")
# "Kommunledningen i Jokkmokk", "kommunstyrelsen i Ydre": a municipal body, then the bare name of its municipality;
# so too a municipal office ("kommunstyrelsens ordförande i Sölvesborg", "kommunalråd i Mora")
MUNICIPAL_BODY_PLACE_RE = re.compile(rf"(?<![\w-])(?i:kommun(?:ledningen|styrelsen|fullmäktige|en|ens\s+ledning)"
                                     rf"|socialnämnden|socialförvaltningen|kommunstyrelsens\s+ordförande|"
                                     rf"kommunalråd(?:et)?|kommundirektör(?:en)?|kommunchef(?:en)?|socialchef(?:en)?)"
                                     rf"[ \t]+i[ \t]+({CAP}(?:[ -]{CAP})?)(?![\w-])")
# "FOU nu är en forsknings- och utvecklingsverksamhet i samverkan mellan …": a name a sentence opens by saying
# what kind of organisation it is
ORG_IS_A_RE = re.compile(rf"(?m)(?:^|(?<=[.!?])[ \t]+)((?:{CAP}|[{UPPER}]{{2,6}})(?:[ \t]+(?:{CAP}|[{UPPER}]{{2,6}}|[{LOWER}]+)){{0,3}}?)"
                         rf"[ \t]+är[ \t]+(?:en|ett)[ \t]+(?:[{LOWER}]+[ \t]+){{0,2}}?(?:[{LOWER}]+-[ \t]*och[ \t]+)?"
                         rf"[{LOWER}]*(?:verksamhet|organisation|förening|förbund|stiftelse)\b")
NAME_TOWN_ROW = re.compile(rf"[ \t]*({CAP})[ \t]+{CAP}(?:[ \t]+{CAP})?,?[ \t]+({CAP}(?:[ -]{CAP})?)(?:[ \t]+[{LOWER}][^\n]*)?[ \t]*")
# "Malmö Anna Berg Socialdirektör", "Östra Göinge (nordöstra) Bo Ek": a place, then a name, opening a table's row
ROW_PLACE = re.compile(rf"({CAP}(?:[ -]{CAP})??)(?:[ \t]+\([{LOWER} -]{{2,20}}\))?[ \t]+(?={CAP}[ \t]+{CAP})")
ACRONYM_RE = re.compile(rf"\b([{UPPER}]{{2,6}})\s*\(\s*([^()]{{4,60}})\)")
# "Glesbygdsmedicinskt centrum (GMC)": a centre named in lower case after its first word, its short form beside it
CENTRE_ACRONYM_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}(?:[ \t]+[{LOWER}]{{2,}}){{0,2}}[ \t]+"
                               rf"(?:centrum|center|centret|institut|institutet))[ \t]*\(([{UPPER}]{{2,6}})\)")


NO_DOTS = str.maketrans("åäöÅÄÖéÉ", "aaoAAOeE")


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio()


def _match_place(word: str, places: tuple[Place, ...], fuzzy: bool = True) -> Place | None:
    """The place a written form names: exact, genitive, or one spelling slip away."""
    word = squash(word)
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    for form in forms:
        stem = form + " kommun"  # ("Falu och Borlänge kommuner": a name's own genitive stem, "Falu" for Falun)
        for p in places:
            if form == p.short or form == p.name or form == p.county or p.name == stem:
                return p
    if not fuzzy:
        return None
    # "Saffle", "Arjangs": a name typed without its dots and rings (no two municipalities differ by those alone)
    bare = [form.translate(NO_DOTS) for form in forms]
    for p in places:
        if p.short.translate(NO_DOTS) in bare:
            return p
    best, score = None, 0.0
    for form in forms:
        for p in places:
            if p.short[:1] != form[:1]:
                continue
            s = _similar(form, p.short)
            if s > score:
                best, score = p, s
    return best if score >= 0.86 else None


FORMER_REGION = re.compile(r"(?i)landsting|^SLL$")


def _place_found(p: Place, a: int, b: int, surface: str, rule: str, conf: float) -> Found:
    code = "lanskod" if p.kind == "Region" else "kommunkod"
    codes = [(code, p.code)]
    if p.kind == "Region" and FORMER_REGION.search(surface):
        # "Landstinget Dalarna", "Stockholms läns landsting": the county council as the text names it, before it
        # became the region; its own node, which shares the county code with the region, not the region's identity
        name = next((x for x in p.aliases if FORMER_REGION.search(x)), f"Landstinget {p.short}")
        return Found("Organisation", name, a, b, surface, rule, conf, subtype=p.kind, codes=tuple(codes))
    if p.wikidata:
        codes.append(("wikidata", p.wikidata))
    return Found("Organisation", p.name, a, b, surface, rule, conf, subtype=p.kind, codes=tuple(codes))


class _Names:
    """All fixed names of a kind in one alternation per case rule: one scan of the text, not one per name."""

    def __init__(self, forms: dict[str, object], suffix: str = ""):
        exact = sorted((f for f in forms if f.isupper() or any(c.isdigit() for c in f)), key=len, reverse=True)
        folded = sorted((f for f in forms if f not in exact), key=len, reverse=True)
        self.targets = {f.casefold(): v for f, v in forms.items()}
        self.patterns = [re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, group))}){suffix}(?![\w-])", flags)
                         for group, flags in ((exact, 0), (folded, re.I)) if group]

    def finditer(self, text: str):
        for pattern in self.patterns:
            for m in pattern.finditer(text):
                yield m, self.targets[m.group(1).casefold()]


_CACHE: dict[tuple[int, str], _Names] = {}


def _bodies(lex: Lexicon) -> _Names:
    key = (id(lex), "bodies")
    if key not in _CACHE:
        forms = {form: body for body in (*lex.bodies, *lex.healthcare_regions) for form in {body.name, *body.aliases}}
        # "Sveriges Kommuner & Landsting": a name's "och" written as an ampersand
        forms |= {form.replace(" och ", " & "): body for form, body in list(forms.items()) if " och " in form}
        _CACHE[key] = _Names(forms, suffix="(?::s|s)?")
    return _CACHE[key]


REGIONAL_BODIES = frozenset({"Folktandvården"})  # a service each region runs under its own name
# ("Folktandvården i Kalmar län": the county written out after "i")
REGIONAL_BRANCH_RE = re.compile(rf"[ \t]+(?:(?P<in>i)[ \t]+(?=[{UPPER}][{LOWER}]+[ \t]+län\b))?"
                                rf"(?P<county>(?:Västra[ \t]+)?{CAP}(?:[ \t]+(?:län|Härjedalen))?)(?![\w-])")
AGENCY_ENDINGS = ("myndigheten", "styrelsen", "verket", "kassan")
# a local branch's place: a parish or village ("Myssjö-Oviken"), a part of a municipality ("Hebys norra kommundel")
BRANCH_PLACE = (rf"(?!(?:Region|Regionen|Landstinget|Sverige|Norden|Europa)(?![\w-])){CAP}(?:-{CAP})?"
                rf"(?:[ \t]+(?:norra|södra|östra|västra|mellersta)[ \t]+kommundel)?(?![\w-])(?![ \t]+(?:kommun|län|stad)\b)")
_BRANCHES: dict[int, re.Pattern[str]] = {}


def _local_branches(lex: Lexicon) -> re.Pattern[str]:
    """A national association's local branch: its short name (or one-word name), "i" and a place."""
    if id(lex) not in _BRANCHES:
        forms = sorted({form for body in lex.bodies if body.kind in ("förbund", "fackförbund")
                        for form in (body.name, *body.aliases) if " " not in form or form.split()[0].isupper()},
                       key=len, reverse=True)
        _BRANCHES[id(lex)] = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})[ \t]+i[ \t]+(?P<place>{BRANCH_PLACE})")
    return _BRANCHES[id(lex)]


# a party's district or local branch: "Moderaterna i Region Uppsala", "Socialdemokraterna i Kalmar län",
# "Centerpartiet Blekinge"; "Sjukvårdspartiet i Västernorrland" and "Norrbottens sjukvårdsparti" are regional parties
PARTY_PLACE = rf"(?:Region[ \t]+)?{CAP}(?:[ \t]+{CAP})?(?:[ \t]+(?:län|kommun|stad))?"
PARTY_CARE = r"Sjukvårdspartiet"
REGIONAL_CARE_PARTY_RE = re.compile(rf"(?<![\w-])({CAP})s[ \t]+sjukvårdsparti(?:et)?(?![\w-])")
# "riksdagsledamot för Centerpartiet i Halland", "ledamot i kommunfullmäktige för Moderaterna i Sundsvall": who the
# seat is held for, the party in that place; "förbundsordförande för Liberalerna i X län" chairs its district
SEAT_FOR = re.compile(r"(?:ledamot|råd|representant|kandidat)(?:[ \t]+i[ \t]+[a-zåäö]+)?[ \t]+för[ \t]+$")
_PARTY_BRANCHES: dict[int, re.Pattern[str]] = {}


def _party_branches(lex: Lexicon) -> re.Pattern[str]:
    if id(lex) not in _PARTY_BRANCHES:
        names = sorted({body.name for body in lex.bodies if body.kind == "parti"} | {PARTY_CARE}, key=len, reverse=True)
        _PARTY_BRANCHES[id(lex)] = re.compile(
            rf"(?<!\w)(?<!\w-)(?P<party>{'|'.join(map(re.escape, names))})(?:[ \t]+i[ \t]+(?P<in>{PARTY_PLACE})|"
            rf"[ \t]+(?P<county>{CAP}))?(?![\w-])")
    return _PARTY_BRANCHES[id(lex)]


def _party_place(place: str, lex: Lexicon) -> str | None:
    """The part of "Region Uppsala", "Kalmar län", "Östergötland", "Sundsvall", "Umeå kommun" that names a region or
    a municipality, as written; None where no known place is (or its last word is none: "i Sundsvall Skall")."""
    words = place.split()
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        if _match_place(head, lex.regions, fuzzy=False) or _match_place(head, lex.municipalities, fuzzy=False) or \
                head in lex.provinces:
            return head
    return None


def _parties(t: str, lex: Lexicon, add) -> None:
    """A party's district by its place, and the regional health-care parties."""
    care = []
    for m in REGIONAL_CARE_PARTY_RE.finditer(t):
        if _is_place(m.group(1), lex):
            care.append(squash(m.group(0))[:1].upper() + squash(m.group(0))[1:].removesuffix("et"))
            add(Found("Organisation", care[-1], m.start(), m.end(), m.group(0), "organisation.party", 0.7,
                      subtype="PoliticalParty"))
    for m in _party_branches(lex).finditer(t):
        place = _party_place(m.group("in"), lex) if m.group("in") else None
        if m.group("county") and m.group("county") in lex.place_words and not re.match(r"[ \t]+(?:kommun|stad)\b",
                                                                                          t[m.end():m.end() + 8]):
            place = m.group("county")  # "Centerpartiet Blekinge"
        if place and not SEAT_FOR.search(t[max(0, m.start() - 60):m.start()]):
            end = m.start("in") + len(place) if m.group("in") else m.end()
            name = squash(t[m.start():end])
            if m.group("party") == PARTY_CARE:
                care.append(name)
            add(Found("Organisation", name, m.start(), end, t[m.start():end], "organisation.branch", 0.7,
                      subtype="PoliticalParty"))
        elif m.group("party") == PARTY_CARE:
            # the regional party a text about one region names in full once, by its bare name elsewhere
            end = m.start() + len(PARTY_CARE)
            name = care[0] if care else PARTY_CARE
            add(Found("Organisation", name, m.start(), end, t[m.start():end], "organisation.party", 0.7,
                      subtype="PoliticalParty"))


def _region_names(lex: Lexicon) -> _Names:
    key = (id(lex), "regions")
    if key not in _CACHE:
        # ("Kalmar läns landstings primärvårdsdirektör": a name in the genitive too)
        _CACHE[key] = _Names({form: p for p in lex.regions for form in {p.name, *p.aliases}}, suffix="(?::s|s)?")
    return _CACHE[key]


# "Region X består av sex förvaltningar där …;", "hälso- och sjukvården, som är indelad i sju olika centrum:": an
# organisation chart, whose units the bullets after it name one each
CHART_RE = re.compile(r"(?<![\w-])(?:[Bb]estår|[Bb]estående)[ \t]+av|(?<![\w-])(?:[Ii]ndelad|[Uu]ppdelad|[Oo]rganiserad)[ \t]+i")
CHART_PARTS = re.compile(r"(?i)[ \t]+(?:[\wåäö]+[ \t]+){0,2}(?:förvaltningar|centrum|centra|divisioner|verksamhetsområden|"
                         r"områden|sektorer|avdelningar|nämnder)(?![\w-])[^\n]{0,120}?[:;][ \t]*$")
# a unit's own name on its bullet, up to its acronym, a dash or the line's end: "Socialförvaltningen (SOF) – …"
# ("kirurgi-, kvinno- och barncentrum": the compound's suspended parts)
CHART_ITEM = re.compile(rf"([{UPPER}{LOWER}][{LOWER}]+(?:-,?)?(?:[ \t]+[{LOWER}]+(?:-,?)?){{0,5}})[ \t]*"
                        rf"(?:\([A-ZÅÄÖ]{{2,6}}\)|[–-][ \t]|$)")


def chart_units(text: Text):
    """(the cue's start, [(start, end) of each bullet's unit]) for each organisation chart the text lists."""
    t = text.text
    for m in CHART_RE.finditer(t):
        line = line_at(t, m.start())
        if not CHART_PARTS.match(t[m.end():line.end]):
            continue
        items = []
        for block in text.blocks:
            if block.start <= line.end:
                continue
            if block.kind != "bullet":
                break
            body = re.match(r"[ \t]*[•▪*–-]?[ \t]*", t[block.start:block.end])
            item = CHART_ITEM.match(t, block.start + body.end(), block.end)
            if item is None or len(item.group(1).split()) > 6:
                break
            items.append((item.start(1), item.end(1)))
        if len(items) >= 2:
            yield m.start(), items


def find_organisations(text: Text, lex: Lexicon) -> list[Found]:
    t = text.text
    out: list[Found] = []
    taken = Covered(len(t))

    def add(f: Found) -> None:
        if not taken.overlaps(f.start, f.end):
            taken.add(f.start, f.end)
            out.append(f)

    _parties(t, lex, add)
    # (before the care units: "på Centralsjukhuset i Karlstad" is the hospital of that town, not "Centralsjukhuset")
    for m in TOWN_HOSPITAL_RE.finditer(t):
        town = m.group(2)[:-1] if m.group(2).endswith("s") and _is_place(m.group(2)[:-1], lex) else m.group(2)
        if _is_place(town, lex):  # "Lasarettet i Enköpings roll": the hospital, in the genitive
            add(Found("Organisation", m.group(1) + town, m.start(1), m.start(2) + len(town), m.group(1) + town,
                      "organisation.hospital", 0.75, subtype="OrganisationalUnit"))
    for m in PRACTICE_RE.finditer(t):  # (the whole phrase, not "Privatmottagningen" a unit of its own)
        if m.group(1) not in lex.first_names and m.group(1).casefold() not in NOT_NAME:
            add(Found("Organisation", m.group(1), m.start(), m.end(), m.group(0), "organisation.care_unit", 0.65,
                      subtype="OrganisationalUnit"))
    for m in ASSOC_BRANCH_RE.finditer(t):
        place = m.group(2)  # "Regionförbundet i Kalmar län": the county's name runs to "län"
        county = place.removesuffix(" län")
        # ("Distriktssköterskeföreningen i Sverige": the national association, by the country)
        if _is_place(place, lex) or place == "Sverige" and m.group(1)[0].isupper() or \
                county != place and (_is_place(county, lex) or _is_place_genitive(county, lex)):
            end = m.end()
            if m.group(1).endswith("förbundet") and county == place:
                end = _federation_places(t, end, lex)
            add(Found("Organisation", capitalise(m.group(1)) + " i " + squash(t[m.start(2):end]), m.start(), end,
                      t[m.start():end], "organisation.branch", 0.8))
    for m in REGION_BOARD_RE.finditer(t):
        add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.area_board",
                  0.75, subtype="OrganisationalUnit"))
    for m in PLACE_BOARD_RE.finditer(t):
        if _is_place(m.group(1).split()[-1], lex):
            add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.unit", 0.7,
                      subtype="OrganisationalUnit"))
    for m in _local_branches(lex).finditer(t):  # "PRO i Myssjö-Oviken", "SPF Seniorerna i Hebys norra kommundel"
        place = m.group("place")
        if _is_place(place.split()[0], lex) or _is_place_genitive(place.split()[0], lex) or "-" in place:
            # (a known place or two parishes joined: not an event's venue, "Läkarförbundet i Almedalen")
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.branch", 0.75))
    folded = t.casefold()
    for m, body in sorted(_bodies(lex).finditer(t), key=lambda x: (x[0].start(), -x[0].end())):
        if m.group(1)[:1].islower() and not body.name.endswith("departementet") and \
                not body.name.startswith(("Högskolan i ", "Länsstyrelsen ")) and \
                not (" " not in body.name and body.name.endswith(AGENCY_ENDINGS)) and \
                not body.name.startswith(("Myndigheten för ", "Statens ", "Inspektionen för ")) and \
                not (body.kind == "sjukvårdsregion" and re.search(rf"[ \t][{UPPER}]", m.group(1))):
            # a ministry is written in lower case in running text: "socialdepartementet", "högskolan i Gävle";
            # so is a one-word agency at times ("e-hälsomyndigheten", "socialstyrelsen"), a name no common word has;
            # so is an agency's name that says what it is ("myndigheten för vård- och omsorgsanalys", "statens beredning
            # för medicinsk och social utvärdering"); and a healthcare region by its places ("sjukvårdsregion
            # Stockholm-Gotland")
            continue
        if len(m.group(1)) <= 2 and body.name.casefold() not in folded and not (
                body.kind == "parti" and m.group(1).isupper() and not re.search(r"[(,][ \t]*$", t[max(0, m.start() - 2):m.start()])):
            # "VR 18 juni": two capitals name the body only where the document also writes it out; a party's are
            # its name ("samarbeta med alla partier, inklusive SD"), where they are no politician's tag ("Eva Ek (KD)",
            # "Eva Ek, KD, ordförande")
            continue
        after = re.match(rf"[ \t]+([{LOWER}][{LOWER}-]*)", t[m.end():m.end() + 30])
        if body.kind == "fackförbund" and re.fullmatch(rf"[{UPPER}][{LOWER}]+(?:al|isk|lig)", m.group(0)) and after and \
                not after.group(1).endswith(("r", "de", "te")):
            continue  # "Kommunal hälso- och sjukvård": the adjective, not the union ("Kommunal kräver" is the union)
        if body.kind == "kommunförbund" and "förbund" not in m.group(1) and not m.group(1).isupper() and \
                re.search(r"(?<![\w-])i[ \t]+$", t[max(0, m.start() - 3):m.start()]):
            continue  # "alla kommuner i Fyrbodal", "i Göteborgsregionen": the area the association is named after
        if body.kind == "media" and re.match(r"[ \t]*(?:Play|Plus|play|\.se)\b", t[m.end():m.end() + 8]):
            continue  # "Lyssna i Sveriges Radio Play": a platform to listen on, not the broadcaster
        # ("SPF Seniorerna Strängnäs", "Studieförbundet Vuxenskolan Värmland": a full name's branch, by its place)
        branch = BRANCH_RE.match(t, m.end()) if body.kind == "förbund" or \
            body.kind == "fackförbund" and " " not in m.group(1) else None  # "Vårdförbundet Jämtland": a union's county
        if branch and not m.group(1).isupper() and branch.group(1) not in lex.place_words:
            # "Sfam Gävleborg": a short name written in lower case has a county's branch only; so has a full name
            # ("SPF Treklangen" is a short name's local branch)
            if not (body.kind == "förbund" and m.group(1) != body.name and " " not in m.group(1)):
                branch = None
        if branch and re.match(r"[ \t]+(?:kommun|stad)(?![\w-])", t[branch.end(1):branch.end(1) + 8]):
            branch = None  # "SPF Seniorerna hyllade Halmstads kommun": the municipality, the object of its verb
        if branch and branch.group(1) not in lex.first_names and branch.group(1).casefold() not in NOT_NAME:
            # "SPF Treklangen", "PRO Hemseortens ordförande": a pensioners' association's local branch
            end = branch.end(1)
            compass = re.match(rf"[ \t]+{CAP}(?![\w-])", t[end:end + 30]) if branch.group(1) in COMPASS else None
            if compass:  # "SFAM Södra Älvsborg": a branch for one part of a county
                end += compass.end()
            county = re.match(r"[ \t]+län(?![\w-])", t[end:end + 6])
            if county and branch.group(1) in lex.place_words:  # "RF-SISU Örebro län": the county's branch
                end += county.end()
            word = branch.group(1)
            if end == branch.end(1) and word.endswith("s") and re.match(rf"[ \t]+[{LOWER}]", t[end:end + 3]) and (
                    word[:-1] in lex.place_words or word not in lex.place_words and (word.endswith(("ens", "ets")) or
                    re.match(r"[ \t]+(?:årsmöte|ordförande|styrelse|kansli|sekreterare|kassör|medlemmar)", t[end:end + 14]))):
                end -= 1  # "PRO Skånes årsmöte", "PRO Hemseortens ordförande": the branch, in the genitive
            name = m.group(1) + " " + squash(t[branch.start(1):end])
            add(Found("Organisation", name, m.start(), end, t[m.start():end], "organisation.branch", 0.7))
            continue
        division = CARE_COMPANY_DIVISION.match(t, m.end()) if body.kind == "bolag" and \
            t[m.start():m.end()] == body.name else None
        if division:
            add(Found("Organisation", squash(t[m.start():division.end()]), m.start(), division.end(),
                      t[m.start():division.end()], "organisation.company_unit", 0.75, subtype="OrganisationalUnit"))
            continue
        town = PROVIDER_IN_TOWN.match(t, m.end()) if body.kind in ("bolag", "primärvård") and \
            t[m.start():m.end()] == body.name else None
        if town and _match_place(town.group(1), lex.municipalities, fuzzy=False):
            # "lägga ner Närhälsan i Åmål": the provider's care centre in that town
            add(Found("Organisation", f"{body.name} i {town.group(1)}", m.start(), town.end(), t[m.start():town.end()],
                      "organisation.company_unit", 0.7, subtype="OrganisationalUnit"))
            continue
        unit = CARE_COMPANY_UNIT.match(t, m.end()) if body.kind in ("bolag", "primärvård") else None
        if unit and unit.group("first") not in lex.first_names and unit.group("first").casefold() not in NOT_NAME \
                and body.name not in unit.group(0):  # "Capio Capio Capio" where a page's links ran together
            # "Capio Vårdcentral Ringen", "Aleris rehab Huddinge": a unit the care company runs, by its own name
            # ("Attendo Cares kundvalschef": the genitive s before what of it the text speaks of left out)
            end = unit.end() - 1 if t[unit.end() - 1] == "s" and re.match(rf"[ \t]+[{LOWER}]", t[unit.end():unit.end() + 2]) \
                else unit.end()
            name = squash(t[m.start():end])
            add(Found("Organisation", name, m.start(), end, t[m.start():end], "organisation.company_unit",
                      0.8, subtype="OrganisationalUnit"))
            continue
        county = REGIONAL_BRANCH_RE.match(t, m.end()) if body.name in REGIONAL_BODIES else None
        firsts = {p.short.split()[0] for p in lex.regions}
        if county and (county.group("county") in firsts | {p.short for p in lex.regions} or
                       county.group("in") and county.group("county").split()[0] in firsts):
            # "Folktandvården Västra Götaland": the dental service a region runs, by the region's name
            end = county.end("county")
            add(Found("Organisation", squash(t[m.start():end]), m.start(), end, t[m.start():end],
                      "organisation.regional_body", 0.85))
            continue
        add(Found("Organisation", body.name, m.start(), m.end(), m.group(0), "organisation.regional_provider"
                  if body.subtype == "OrganisationalUnit" else "organisation.national_body", 0.95, subtype=body.subtype))
    for m, p in _region_names(lex).finditer(t):
        add(_place_found(p, m.start(), m.end(), m.group(0), "organisation.region_name", 0.95))
    for m in REGION_RE.finditer(t):
        county = re.sub(r"\s+[Ll]än$", " län", m.group(2))
        p = _match_place(re.sub(r"\s+län$", "", county), lex.regions) or _match_place(county, lex.regions)
        if p:
            add(_place_found(p, m.start(), m.end(), m.group(0), "organisation.region_form", 0.9))
    for m in COUNTY_COUNCIL_RE.finditer(t):
        p = _match_place(m.group(1), lex.regions, fuzzy=False)
        if p:
            add(_place_found(p, m.start(), m.end(), m.group(0), "organisation.region_form", 0.85))
    for m in FEDERATION_RE.finditer(t):  # "Samordningsförbundet Sundbybergs stad": the federation, not only the town
        if re.search(r"s[ \t]+(?:stad|kommun)$", m.group(2)) and m.group(2).split()[0][:-1] in lex.place_words:
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.federation",
                      0.75))
    for m in MUNI_RE.finditer(t):
        p, start = _match_place(m.group(1), lex.municipalities), m.start()
        if not p and " " in m.group(1):  # "Ingela Berg Robertsfors kommun" where a contact card's lines ran together
            start = m.start(1) + m.group(1).rindex(" ") + 1
            p = _match_place(t[start:m.end(1)], lex.municipalities, fuzzy=False)
        if p:
            add(_place_found(p, start, m.end(), t[start:m.end()], "organisation.municipality_form", 0.9))
    _municipality_lists(text, lex, add)
    for m in VILLAGE_CARE_RE.finditer(t):
        # "ny enhetschef för hemsjukvården i Vimmerby": the town's own service, a unit someone heads (before the
        # town after a post is read as its municipality)
        if HEAD_FOR.search(t, max(0, m.start() - 30), m.start()) and _is_place(m.group(2), lex):
            add(Found("Organisation", capitalise(squash(m.group(1))), m.start(1), m.end(1), m.group(1),
                      "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    _title_towns(text, lex, add)
    for _, items in chart_units(text):
        for a, b in items:  # "  • medicin- och akutcentrum" under "… indelad i sju olika centrum:"
            add(Found("Organisation", capitalise(compound(t[a:b])), a, b, t[a:b], "organisation.chart_unit", 0.65,
                      subtype="OrganisationalUnit"))
    _row_units(text, lex, add)
    named_place = (m for m in NAME_PLACE_RE.finditer(t) if m.group("given") in lex.first_names)
    for m in chain(PARTY_PLACE_RE.finditer(t), MUNICIPAL_BODY_PLACE_RE.finditer(t), named_place):
        g = "place" if "place" in m.re.groupindex else 1
        p = _match_place(m.group(g), lex.municipalities, fuzzy=False)
        if p:
            add(_place_found(p, m.start(g), m.end(g), m.group(g), "organisation.municipality_form", 0.8))
    for m in ORG_IS_A_RE.finditer(t):
        words = m.group(1).split()
        # a name, not a sentence's common subject: an acronym in it, or two capitalised words
        if words[0].casefold() not in NOT_NAME | {"vår", "vårt", "vara", "denna", "detta", "min", "mitt"} and \
                (any(w.isupper() for w in words) or sum(w[0].isupper() for w in words) >= 2):
            add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.is_a", 0.7))
    for m in FOU_RE.finditer(t):
        # "FoU Sjuhärad Välfärd": a field after the place stands in the name too
        end = m.end() if m.group(2) and (m.group(2) in lex.place_words or m.group(2) in FOU_FIELDS) else m.end(1)
        centre = CENTRE_RE.match(t, m.start(1)) if m.group(1) == "Centrum" else None
        if centre:  # "FoU Centrum för vård, omsorg och socialt arbete": the centre's full name
            end = centre.end()
        name = squash(t[m.start():end])
        if end == m.end(1) and name.endswith("s") and re.match(rf"[ \t]+[{LOWER}]", t[end:end + 2]):
            name = name[:-1]  # "FoU Nordvästs webbplats": the unit in the genitive
        add(Found("Organisation", name, m.start(), end, t[m.start():end], "organisation.fou", 0.85,
                  subtype="ResearchOrganisation"))
    for m in FOU_CENTRE_RE.finditer(t):  # "Nestor FoU-center", "Nestor FoU-centers forskare"
        if m.group(1).casefold() not in NOT_NAME and m.group(1) not in lex.first_names:
            add(Found("Organisation", m.group(0), m.start(), m.end(), m.group(0), "organisation.fou", 0.8,
                      subtype="ResearchOrganisation"))
    for m in FOU_UNIT_IN_RE.finditer(t):  # "FoU-enheten i Södra Älvsborg"
        if m.group(1).split()[-1] not in ("Region", "Regionen", "Landstinget", "Kommunen"):
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.fou", 0.75,
                      subtype="ResearchOrganisation"))
    for m in FOU_SHORT_RE.finditer(t):  # "chef för verksamheten FOU-nu"
        if m.group(1) not in ("råd", "mål", "bas", "tid", "år"):
            add(Found("Organisation", m.group(0), m.start(), m.end(), m.group(0), "organisation.fou", 0.75,
                      subtype="ResearchOrganisation"))
    for m in FOU_ACRONYM_RE.finditer(t):
        add(Found("Organisation", m.group(0), m.start(), m.end(), m.group(0), "organisation.fou", 0.8,
                  subtype="ResearchOrganisation"))
    for m in CARE_UNIT_RE.finditer(t):
        second = m.group("second")
        first = t[m.start():m.end()].split()[1:2]
        if second and first and first[0] in lex.first_names and second not in lex.place_words and \
                second.casefold() not in NOT_NAME:
            continue  # "Rapport om Familjecentralen ⏎ Carina Ek, utvecklingsledare": a person's name, no centre's
        # a second capitalised word is the name's own ("Hertig Knut"), not a person, a place or a sentence's next word
        end = m.start("second") - 1 if second and (
            second in lex.first_names and not re.match(rf"[ \t]+[{LOWER}]", t[m.end():m.end() + 2]) or second in lex.place_words or
                                                     second.casefold() in NOT_NAME | {"region", "kommun"}) else m.end()
        written = t[m.start():end].rstrip()
        after = re.match(rf"[ \t]+([{LOWER}]{{3,}})", t[m.start() + len(written):m.start() + len(written) + 30])
        if not second and written.endswith("s") and len(written.split()[-1]) >= 5 and after and \
                after.group(1) not in CLAUSE_WORDS:
            written = written[:-1]  # "till vårdcentralen Alvestas lokaler": the centre's, in the genitive
        add(Found("Organisation", capitalise(squash(written)), m.start(), m.start() + len(written), written,
                  "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    for m in SIDE_UNIT_RE.finditer(t):  # "enhetschef på Norra vårdcentralen", "akuten på Östra sjukhuset"
        add(Found("Organisation", capitalise(squash(m.group(0))), m.start(), m.end(), m.group(0),
                  "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    for m in CARE_UNITS_LISTED_RE.finditer(t):
        # "Vårdcentralerna Kärråkra och Tåbelund": each "Vårdcentralen Kärråkra", as the text would name it alone
        kind = "Vårdcentralen" if m.group(0).casefold().startswith("vård") else "Hälsocentralen"
        for name in re.finditer(CAP, m.group(1)):
            word = name.group(0)
            if word not in lex.place_words and word not in lex.first_names and word.casefold() not in NOT_NAME and \
                    not _is_place(word, lex):
                a = m.start(1) + name.start()
                add(Found("Organisation", f"{kind} {word}", a, a + len(word), word, "organisation.care_unit", 0.65,
                          subtype="OrganisationalUnit"))
    for m in HOSPITAL_WORD_RE.finditer(t):
        if not re.search(rf"(?:^|\s)[{LOWER}][\w-]*,?[ \t]$", t[max(0, m.start() - 30):m.start()]):
            continue  # "Norrlands Universitetssjukhuset": the word ends a longer name
        add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.care_unit", 0.7,
                  subtype="OrganisationalUnit"))
    for m in COMPANY_RE.finditer(t):
        words = m.group(1).split()
        # "VD Älvsbyns Energi AB", "Per Ek Nordbo AB" in minutes: a title or a name run into the company's
        # ("Sundsvallsföretaget Drakstaden AB": what kind of company, then its name)
        # ("Suppleant i Locum AB": a title and "i" before it; "Vårdbolaget i Mora AB", "Forskningen i Säffle AB": a
        # noun in the definite, the town is its name's)
        skip = 2 if len(words) > 3 and words[1] == "i" and not words[0].endswith(("en", "et", "na")) else \
            1 if len(words) > 2 and words[1] != "i" and (base_form(words[0], lex) or
                                                          words[0].endswith(("företaget", "bolaget"))) else \
            2 if len(words) > 3 and words[0] in lex.first_names and words[1] not in lex.place_words else 0
        start = m.start(1) if not skip else t.index(words[skip], m.start(1))
        if words[skip].casefold() not in NOT_NAME:
            add(Found("Organisation", squash(t[start:m.end(1)]), start, m.end(1), t[start:m.end(1)],
                      "organisation.company", 0.75))
    for m in LOCAL_RADIO_RE.finditer(t):
        name = "P4 " + ("Radio " if "Radio" in m.group(0) else "") + squash(m.group(1))
        add(Found("Organisation", name, m.start(), m.end(), m.group(0), "organisation.local_radio", 0.75,
                  subtype="Media"))
    for m in CENTRE_IN_RE.finditer(t):
        if m.group(1).casefold() not in NOT_NAME and not re.search(r"(?i)\bnya?\s+$", t[max(0, m.start() - 8):m.start()]) \
                and not (m.group(1) in ("Gamla", "Nya", "Stora", "Lilla", "Norra", "Södra", "Östra", "Västra") and
                         re.match(r"[ \t]+[a-zåäö]", t[m.end():m.end() + 2])):  # "i Gamla stan": a part of town
            # "chef på vårdcentralen i Vadstena": the one there ("den nya vårdcentralen i X" is not built yet)
            add(Found("Organisation", capitalise(squash(m.group(0))), m.start(), m.end(), m.group(0),
                      "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    for m in AREA_FEDERATION_RE.finditer(t):
        place = m.group("place").removesuffix(" läns").removesuffix("s").strip()
        named = re.search(r"(?:samordnings|kommunal)förbund", m.group(1)) and m.group("place").endswith("s") and \
            place.casefold() not in NOT_NAME and place not in lex.first_names and \
            not re.match(r"(?i)(?:förbund|kommun|region|län|styrels|nämnd|organisation|verksamhet)", place)
        # ("Sjuhärads samordningsförbund", "Fyrbodals kommunalförbund": only an area names such a federation, known or not)
        if m.group("place") in COMPASS or _is_area(place, lex) or named:  # "Hälsinglands …" too
            add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.federation",
                      0.75))
    for m in DIVISION_RE.finditer(t):
        if m.group(1) not in lex.first_names and m.group(1) not in lex.place_words and \
                (m.group(1).casefold() not in NOT_NAME or m.group(1) == "Nära"):  # "Division Nära": the near care's
            add(Found("Organisation", "Division " + squash(m.group(1)), m.start(), m.end(), m.group(0),
                      "organisation.unit", 0.75, subtype="OrganisationalUnit"))
    for m in CHOICE_RE.finditer(t):  # by its region or by the care chosen: "Vårdval Rehab"
        if m.group(1) in lex.place_words or m.group(1) not in lex.first_names and m.group(1).casefold() not in NOT_NAME:
            if REFORM_BEFORE.search(t, max(0, m.start() - 12), m.start()) or REFORM_AFTER.match(t, m.end()):
                # "inför Hälsoval Skåne som börjar gälla den 1 maj": the reform coming in, not the office running it
                add(Found("Project", squash(m.group(0)), m.start(), m.end(), m.group(0), "project.reform", 0.7))
            else:
                add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.unit",
                          0.75, subtype="OrganisationalUnit"))
    for m in RESEARCH_UNIT_RE.finditer(t):
        name = m.group(1)
        if name.split()[0].casefold() not in NOT_NAME and name.split()[0] not in lex.first_names and \
                name not in lex.place_words and not re.match(r"[ \t]+(?:i|för|och)[ \t]+[A-ZÅÄÖ]", t[m.end(1):]):
            # ("forskningsmiljön Äldre i Centrum": a name of several words the pattern cannot end)
            add(Found("Organisation", name, m.start(1), m.end(1), name, "organisation.research_unit", 0.7,
                      subtype="OrganisationalUnit"))
    for m in INSTITUTE_RE.finditer(t):  # "Institutet för framtidsstudier", "Sophiahemmets högskola"
        add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.institute", 0.75,
                  subtype="ResearchOrganisation"))
    for m in DEPARTMENT_AT_RE.finditer(t):  # "vid avdelningen för åldrande och social förändring vid X universitet"
        after = re.match(r",[ \t]+([\w-]+)", t[m.end(1):])
        if after and (after.group(1) in lex.first_names or after.group(1) in ("Jag", "Vi", "Han", "Hon", "Det", "Den")):
            continue  # ("chef på enheten för hälsa, Anna Ek är också där": a person after the comma, not the body)
        name = capitalise(squash(m.group(1)))
        add(Found("Organisation", name, m.start(1), m.end(1), m.group(1), "organisation.unit_at", 0.65,
                  subtype="OrganisationalUnit"))
    for m in BRACKETED_HEAD_RE.finditer(t):  # "(enhetschef för Teknik och Service)": the unit she heads
        if m.group(1).split()[0] not in lex.first_names and m.group(1).split()[0] not in lex.place_words and \
                m.group(1).split()[0].casefold() not in NOT_NAME:
            add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.headed_unit",
                      0.65, subtype="OrganisationalUnit"))
    for m in CLINIC_PHRASE_RE.finditer(t):  # "läkare, Psykiatrisk klinik, Skellefteå lasarett": a clinic in a row
        head = t[line_at(t, m.start()).start:m.start()]
        if not (PERSON_ROW_HEAD.match(head) and head.count(",") >= 2):
            continue  # ("Närvårdsteam, Fetma vuxna, Äldrepsykiatrisk mottagning": a list of services, no one's row)
        add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.unit", 0.65,
                  subtype="OrganisationalUnit"))
    for m in CARE_ACRONYM_PLACE_RE.finditer(t):  # "BHV Stockholm Nordväst", "BUP Skellefteå": a care service by its town
        if _is_place(m.group(1), lex):
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.care_unit", 0.65,
                      subtype="OrganisationalUnit"))
    for m in SCHOOL_IN_TOWN_RE.finditer(t):  # "Hälsohögskolan Jönköping": a university's school by its town
        if _is_place(m.group(1), lex):
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.institute", 0.7,
                      subtype="ResearchOrganisation"))
    for m in TOWN_UNIVERSITY_RE.finditer(t):
        town = m.group(1)
        if town in lex.place_words or town.endswith("s") and town[:-1] in lex.place_words:
            add(Found("Organisation", m.group(0), m.start(), m.end(), m.group(0), "organisation.university", 0.75,
                      subtype="ResearchOrganisation"))
    for m in NAMED_HOSPITAL_RE.finditer(t):
        if m.group(1).casefold() not in NOT_NAME and m.group(1) not in lex.first_names:
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.hospital", 0.7,
                      subtype="OrganisationalUnit"))
    _units(t, lex, add, out)
    def employer_name(m: re.Match[str], group: int) -> None:
        """A capitalised name the phrasing marks as someone's employer, unless it names a person or a place."""
        name = m.group(group)
        if not any(w in lex.first_names or w in lex.place_words or w.casefold() in NOT_NAME for w in name.split()):
            add(Found("Organisation", name, m.start(group), m.end(group), name, "organisation.employer_name", 0.55))

    for m in ABROAD_UNIVERSITY_RE.finditer(t):
        add(Found("Organisation", m.group(0), m.start(), m.end(), m.group(0), "organisation.institute", 0.75,
                  subtype="ResearchOrganisation"))
    for m in BRACKET_TITLE_ORG_RE.finditer(t):  # "Ylva Berg (VD, Stockholm Science City)": a panel's row
        name, words = m.group(2), m.group(2).split()
        if base_form(m.group(1).strip(), lex) and words[0] not in lex.first_names and \
                not (len(words) == 1 and (name in lex.place_words or name.casefold() in NOT_NAME)) and \
                not re.fullmatch(PARTY_LETTERS, name):
            add(Found("Organisation", name, m.start(2), m.end(2), name, "organisation.employer_name", 0.55))
    for m in TITLE_BRACKET_ORG_RE.finditer(t):  # "Eva Ek, familjeläkare (Falck Hälsopartner)"
        if base_form(m.group(1), lex) and not m.group(2).isupper():  # not "(S)", "sjuksköterska (MAS)"
            employer_name(m, 2)
    for m in AT_COMPANY_RE.finditer(t):  # "konsult på Governo", "community manager på Diamigo"
        if base_form(m.group(1), lex):
            employer_name(m, 2)
    for m in HEAD_OF_COMPANY_RE.finditer(t):  # "Lasse Ek, VD för Carema Primärvård"
        employer_name(m, 1)
    for m in NAME_TITLE_ORG_RE.finditer(t):  # "Christina Berg, chefredaktör, Dagens Medicin."
        if m.group(1) in lex.first_names and base_form(m.group(2).split()[-1], lex):
            employer_name(m, 3)
    for m in CONTACT_TITLE_ORG_RE.finditer(t):  # "Eva Ek, primärvårdsområdeschef Närhälsan"
        if m.group(1) in lex.first_names and base_form(m.group(2), lex):
            employer_name(m, 3)
    for m in chain.from_iterable(r.finditer(t) for r in NAME_TITLE_UNIT_RES):
        unit = squash(m.group("unit"))
        words = unit.split()
        if m.group(1) in lex.first_names and base_form(m.group(2), lex) and not base_form(words[0], lex) and \
                words[0].casefold() not in NOT_NAME and not any(w in lex.first_names for w in words) and \
                (len(words) > 1 or unit.endswith(("enheten", "avdelningen", "kliniken", "förvaltningen", "centrum"))):
            # ("Divisionschef Medicin, Region X": one everyday word names the division in passing)
            add(Found("Organisation", capitalise(unit), m.start("unit"), m.start("unit") + len(m.group("unit")),
                      m.group("unit"), "organisation.unit_in_row", 0.6, subtype="OrganisationalUnit"))
    for m in NAME_AT_RE.finditer(t):  # "Ted Berg på Infab"
        if m.group(1) in lex.first_names:
            employer_name(m, 2)
    for m in HOSPITAL_RE.finditer(t):
        if m.group(1).split()[0].casefold() not in NOT_NAME:
            add(Found("Organisation", capitalise(squash(m.group(1))), m.start(1), m.end(1), m.group(1),
                      "organisation.hospital", 0.8, subtype="OrganisationalUnit"))
    for m in FEDERATION_RE.finditer(t):
        words = m.group(2).split()
        end = m.end()
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) > 2 and not all(_is_place(w, lex) for w in caps):
            # ("Samordningsförbundet Botkyrka Huddinge Salem": a federation of three towns, each named; else two
            # words at most, as before)
            keep = len(words) - len(caps) + 2
            words = words[:keep]
            end = m.start(2) + [w.end() for w in re.finditer(r"\S+", m.group(2))][keep - 1]
        if words[-1].endswith("s") and words[-1][:-1] in lex.place_words and re.match(rf"[ \t]+[{LOWER}]", t[end:end + 3]):
            end -= 1  # "Kommunförbundet Skånes beredning": the federation's name without its genitive
        last = words[-1].split("-")
        if len(words) == 2 and all(w in lex.first_names for w in last) and _is_place(words[0], lex):
            end = m.start(2) + len(words[0])  # "Samordningsförbundet Västerås Ann-Kristin Ek": the name after it
        if len(words) == 1 and _is_place(words[0], lex):
            end = _joined_towns(t, end, lex)  # "Samordningsförbundet Eslöv, Höör och Hörby": the towns it joins, listed
        seat = re.match(rf"[ \t]+i[ \t]+({CAP})(?![\w-])", t[end:end + 40]) if len(words) == 1 and \
            not _is_area(words[0], lex) else None
        if seat and _is_place(seat.group(1), lex) and not _is_place_genitive(seat.group(1), lex) and \
                not re.match(r"[ \t]+(?:kommun|stad|län)", t[end + seat.end():end + seat.end() + 7]):
            end += seat.end()  # "Samordningsförbundet Välfärd i Nacka": named by its remit, then its place
        if words[0].casefold() not in NOT_NAME and words[0] not in lex.first_names:
            add(Found("Organisation", squash(t[m.start():end]), m.start(), end, t[m.start():end],
                      "organisation.federation", 0.75))
    counties = {p.short for p in lex.regions} | {p.county for p in lex.regions}
    for m in COUNTY_MUNICIPALITIES_RE.finditer(t):
        if m.group(2) in counties:  # "Skånes Kommuners styrelse": the genitive names it too
            add(Found("Organisation", m.group(1), m.start(), m.end(), m.group(0), "organisation.federation", 0.75))
    for m in (*FORM_RE.finditer(t), *ASSOCIATION_RE.finditer(t), *LOCAL_ASSOCIATION_RE.finditer(t),
              *NATIONAL_ASSOCIATION_RE.finditer(t)):
        name, start = squash(m.group(m.lastindex)), m.start(m.lastindex)
        words = name.split()
        if m.re is LOCAL_ASSOCIATION_RE and len(words) > 2 and base_form(words[0], lex):
            # "Ordförande Västmanlands Distriktsläkarförening" under a signature: her title, then the association
            start = t.index(words[1], start)
            name = " ".join(words[1:])
        if m.re is FORM_RE and len(words) > 2 and words[-1][:1].isupper() and base_form(words[-1], lex):
            # "Information från Stiftelsen X ⏎ Ministern Eva Ek …": a caption's title, its line joined on
            name = name[:name.rindex(" ")]
        if m.re is FORM_RE and m.group(1) and len(name.split()) > 1 and name.endswith("s") and \
                re.match(rf"[ \t]+[{LOWER}]", t[m.end(m.lastindex):m.end(m.lastindex) + 2]):
            name = name[:-1]  # "Stiftelsen Stockholms läns Äldrecentrums direktör": the foundation, not its genitive
        # ("kommunalförbundet Höglandsförbundet": the kind written before the name says it is a municipal association)
        kind = "MunicipalAssociation" if re.search(r"(?i)(?<![\w-])kommun(?:al)?förbundet[ \t]+$",
                                                   t[max(0, start - 20):start]) else None
        if name.split()[0].casefold() not in NOT_NAME or m.re is NATIONAL_ASSOCIATION_RE:  # "Svenska sällskapet för …"
            end = start + words_end(t[start:m.end(m.lastindex)], len(name.split()))
            add(Found("Organisation", name, start, end, t[start:end], "organisation.form", 0.75, subtype=kind))
    for m in KIND_NAMED_RE.finditer(t):  # "från tankesmedjan Arena Idé"
        words = m.group(1).split()
        if words[0].casefold() not in NOT_NAME and m.group(1) not in lex.place_words:
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.kind_named", 0.7))
    for m in COMMISSION_RE.finditer(t):
        if not (m.group(2) and _is_area(m.group(2), lex)):
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.commission", 0.7))
    for m in CEO_GENITIVE_RE.finditer(t):
        stem, start = m.group(1), m.start(1)
        first = stem.split(" ")[0]
        if " " in stem and (first.casefold() in NOT_NAME or first in lex.first_names):
            stem, start = stem.split(" ", 1)[1], start + len(first) + 1  # "Nu Bravidas vd": a sentence's opening word
        if stem not in lex.first_names and stem.casefold() not in NOT_NAME and not _is_place(stem, lex) and \
                not _is_place(stem + "s", lex):
            add(Found("Organisation", stem, start, m.end(1), stem, "organisation.director_genitive", 0.65))
    for m in FOUNDATION_RE.finditer(t):
        add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.foundation", 0.7))
    for m in CHIEF_EXECUTIVE_RE.finditer(t):  # "Eva Ek, VD Kavat Vård, …": the company she runs
        words = m.group(1).split()
        if words[0] not in lex.first_names and words[0].casefold() not in NOT_NAME and \
                not _is_place(m.group(1), lex) and words[0] not in lex.place_words:
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.chief_executive", 0.65))
    for m in FOUNDER_RE.finditer(t):
        words = m.group(1).split()
        while words and words[-1].casefold() in NOT_NAME:  # "grundare av Combined ⏎⏎ What is …"
            words.pop()
        if words and words[0] not in lex.first_names and words[0].casefold() not in NOT_NAME:
            end = m.start(1) + words_end(m.group(1), len(words))
            add(Found("Organisation", " ".join(words), m.start(1), end, t[m.start(1):end], "organisation.founded", 0.7))
    for m in SECTOR_RE.finditer(t):
        owner = m.group(1) or m.group(4)
        if m.group(6) and m.group(6).split()[0] in lex.first_names and m.group(6).split()[0] not in lex.place_words:
            continue  # "Primärvården Eva Ek": a flattened table's next name, not the unit's place
        if m.group(4) and owner.casefold() not in NOT_NAME and owner not in lex.first_names or \
                m.group(1) and (owner.isupper() and owner.casefold() not in NOT_NAME or owner in lex.place_words):
            place = (m.group("place") or "").removesuffix("-området")
            end = m.end() if place in lex.place_words else m.end(2) if m.group(2) else m.end()
            if m.group(6) and m.group(6).endswith("s") and m.group(6)[:-1] in lex.place_words and \
                    re.match(rf"[ \t]+[{LOWER}\d]", t[end:end + 3]):
                end -= 1  # "Psykiatrin Hallands tre dietister": the unit's name without its genitive
            if m.group("region") and m.group(6) not in lex.place_words:
                continue  # "Psykiatrin Region X" is the region's psychiatry only where X is the county's name
            # ("förvaltningschef Närsjukvården Region Halland": the unit is "Närsjukvården Halland")
            # (the region's own name, beside it, is a mention of the region)
            if m.group("region"):
                end = m.end(4)
                name = f"{m.group(4)} {m.group(6)}"
            else:
                name = squash(t[m.start():end])
            add(Found("Organisation", name, m.start(), end, t[m.start():end],
                      "organisation.care_sector", 0.7, subtype="OrganisationalUnit"))
    for m in AREA_SECTOR_RE.finditer(t):
        if m.group(2).split()[-1] in lex.place_words:
            add(Found("Organisation", capitalise(m.group(1)) + " i " + squash(m.group(2)), m.start(), m.end(), m.group(0),
                      "organisation.care_sector", 0.7, subtype="OrganisationalUnit"))
    for m in FOREIGN_UNIVERSITY_RE.finditer(t):
        add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.university", 0.75,
                  subtype="ResearchOrganisation"))
    for m in NORWEGIAN_RE.finditer(t):
        add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.norwegian", 0.75))
    for m in PLACE_HOSPITAL_RE.finditer(t):
        if m.group(1) in lex.place_words:
            add(Found("Organisation", m.group(0), m.start(), m.end(), m.group(0), "organisation.hospital", 0.75,
                      subtype="OrganisationalUnit"))
    for m in COMPETENCE_CENTRE_RE.finditer(t):
        words = m.group(0).split()
        while words[-1] in AREA_STOP or words[-1] in ("i", "på", "vid", "om", "mot"):
            words.pop()  # "… i nära relationer i Malmö": the place is where it is, not its name
        end = m.start() + words_end(m.group(0), len(words))
        add(Found("Organisation", " ".join(words), m.start(), end, t[m.start():end], "organisation.centre", 0.75,
                  subtype="ResearchOrganisation"))
    for m in CENTRE_RE.finditer(t):
        add(Found("Organisation", capitalise(m.group(1)), m.start(), m.end(), m.group(0), "organisation.centre", 0.8,
                  subtype="ResearchOrganisation"))
    for m in ACRONYM_RE.finditer(t):
        long_form = squash(m.group(2))
        if long_form.casefold().startswith(("centrum för", "institutet för", "institut för", "enheten för")):
            add(Found("Organisation", capitalise(long_form), m.start(1), m.end(1), m.group(1),
                      "organisation.acronym", 0.8, subtype="ResearchOrganisation"))
    for m in CENTRE_ACRONYM_RE.finditer(t):
        if m.group(1)[0] == m.group(2)[0]:
            add(Found("Organisation", squash(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.centre", 0.8,
                      subtype="ResearchOrganisation"))
    for m in PARTNER_RE.finditer(t):
        for g in (1, 2):
            name = m.group(g)
            if name and name.split(" ")[0] not in lex.first_names and name.casefold() not in NOT_NAME \
                    and not name.isdigit() and not _is_place_genitive(name, lex):
                # ("i samverkan med Skånes kommuner": a place's genitive before what of it cooperates)
                add(Found("Organisation", name, m.start(g), m.end(g), name, "organisation.partner", 0.6))
    for m in PARTNER_LIST_RE.finditer(t):
        at = m.start(1)
        for item in re.split(r"(\s*,\s*|\s+(?:och|samt)\s+)", m.group(1)):
            name = item.strip()
            if PARTNER_ITEM.fullmatch(name) and name.split(" ")[0] not in lex.first_names and \
                    name.casefold() not in NOT_NAME and not _is_place(name, lex) and not _is_place_genitive(name, lex):
                a = at + item.index(name)
                add(Found("Organisation", name, a, a + len(name), name, "organisation.partner", 0.6))
            at += len(item)
    for m in HEAD_OF_RE.finditer(t):
        add(Found("Organisation", capitalise(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.head_of",
                  0.7, subtype="OrganisationalUnit"))
    for m in AFTER_TITLE_RE.finditer(t):
        words = m.group(2).split()
        cut = next((i for i in range(1, len(words) - 1) if words[i] == "och" and words[i + 1] in lex.first_names),
                   len(words))  # "… Distriktssköterskeföreningen och Magnus Ek,": the person is no part of it
        if cut == len(words) >= 4 and words[-2] == "i" and words[-1] in lex.place_words:
            cut -= 2  # "professor Age Cap i Göteborg": the town it sits in is no part of its name
        if cut < 2:
            continue
        run = m.group(2)[:words_end(m.group(2), cut)]
        if (m.group(1).casefold() in lex.titles or m.group(1).casefold().endswith(lex.title_suffixes)) and \
                words[0] not in lex.first_names and \
                not (cut == len(words) == 2 and m.group(1).casefold() in HONORIFICS) and \
                not (cut == len(words) == 2 and SURNAME_ENDING.fullmatch(words[1]) and words[0] not in lex.body_words
                     and words[0] not in lex.place_words and words[1] not in lex.place_words and
                     not re.search(r"(?:en|et|an|ns|s)$", words[0])):
            # "kommunchef Ulf Berg," names a person; so does "projektledare Ameli Kågström," by her family name
            # ("professor Mima Cattan,": an academic title before two capitalised words is a person's, however rare
            # her given name)
            m2 = m.start(2)
            add(Found("Organisation", squash(run), m2, m2 + len(run), run, "organisation.after_title",
                      0.7))
    for m in TITLE_AT_NAME_RE.finditer(t):
        title, first = m.group(1).casefold(), m.group(3).split()[0]
        if " " not in m.group(3) and (m.group(2) == "för" or len(first) < 4 or first.isupper() or _is_place(first, lex)
                                      or _is_place_genitive(first, lex)):
            continue  # one word: a body's own name ("på Nestor"), not a place ("på Gotland") nor a field ("för Vård")
        if base_form(title, lex) == (title, False) and first not in lex.first_names and \
                first not in lex.place_words and (first.casefold() not in NOT_NAME or " och " in m.group(3)) and \
                (m.group(2) != "för" or title.endswith(("chef", "direktör"))):
            # ("verksamhetschef vid X": a verksamhet, the unit she heads)
            add(Found("Organisation", squash(m.group(3)), m.start(3), m.end(3), m.group(3), "organisation.after_title",
                      0.6, subtype="OrganisationalUnit" if title == "verksamhetschef" else None))
    _acronyms(text, lex, add)
    _acronym_branches(text, lex, add)
    _card_units(text, lex, add, out)
    homes = _place_column(text, lex)
    _row_orgs(text, lex, add, {start for start, _ in homes})
    _named_centres(text, lex, add)
    for m in re.finditer(r"@([a-z0-9-]+(?:\.[a-z0-9-]+)+)", t, re.I):
        hit = domain_organisation(m.group(1), lex)
        if hit:
            place = next(p for p in (*lex.regions, *lex.municipalities) if p.name == hit[0])
            local = t.rfind(" ", 0, m.start()) + 1
            local = max(local, t.rfind("\n", 0, m.start()) + 1, t.rfind(":", 0, m.start()) + 1)
            out.append(_place_found(place, local, m.end(), t[local:m.end()], "organisation.email_domain", 0.8))
    # "Eva Ek, Malmö" in a column of members by home town: a town she lives in, not an organisation named
    out = [f for f in out if not (f.subtype == "Municipality" and (f.start, f.end) in homes)]
    out = _company_hospitals(t, out, lex)
    out.sort(key=lambda f: (f.start, f.end))
    return out


def _company_hospitals(t: str, found: list[Found], lex: Lexicon) -> list[Found]:
    """ "Capio S:t Görans Sjukhus": a hospital a care company runs, named with the company's name first, is one
    organisation, not the company and a hospital beside it."""
    companies = {f.end: f for f in found if f.rule == "organisation.national_body" and f.name in lex.companies}
    out = list(found)
    for f in found:
        company = companies.get(f.start - 1) if f.rule == "organisation.hospital" and t[f.start - 1:f.start] == " " \
            else None
        if company is not None:
            out = [g for g in out if g is not company and g is not f]
            out.append(Found("Organisation", company.name + " " + f.name, company.start, f.end, t[company.start:f.end],
                             "organisation.hospital", f.confidence, subtype="OrganisationalUnit"))
    return out


def _card_units(text: Text, lex: Lexicon, add, found: list[Found]) -> None:
    """The unit on a contact card: "Anna Berg ⏎⏎ Qulturum ⏎⏎ ESTHER-koordinator ⏎⏎ anna.berg@rjl.se". The first
    line between name and address that is no title, no programme in capitals ("ESTHER international"), no phone
    number and no organisation already named. "Qulturum Jönköping" on one card is the "Qulturum" of another."""
    t = text.text
    lines = []
    for card in text.cards():
        for block in card[1:-1]:
            line = squash(t[block.start:block.end])
            words = line.split()
            if any(f.start < block.end and block.start < f.end for f in found):
                break  # the card names its organisation in a form the rules know
            if base_form(words[0], lex) or base_form(words[-1], lex) or re.search(r"\d", line) or \
                    re.fullmatch(rf"[{UPPER}]{{3,}}\S*", words[0]) or not line[0].isupper() or len(words) > 5 or \
                    words[0].casefold() in NOT_NAME or words[0] in lex.first_names:
                continue
            lines.append((block, line))
            break
    names = {line for _, line in lines}
    for block, line in lines:
        head, _, last = line.rpartition(" ")
        name = head if head in names and last in lex.place_words else line
        add(Found("Organisation", name, block.start, block.end, t[block.start:block.end], "organisation.card_unit",
                  0.6, subtype="OrganisationalUnit"))


# a row's last field, a unit written in lower case: "Bo Ek, sjukvårdsstrateg hälso- och sjukvårdsförvaltningen"
ROW_UNIT_RE = re.compile(rf"(?<=[ \t,])((?:[{LOWER}]+-[ \t]+(?:och|eller)[ \t]+)?[{LOWER}]{{3,}}"
                         rf"(?:förvaltningen|kontoret|kansliet|staben))[ \t]*$")


# a speaker's row: "Lisa Berg, Ung Omsorg", "• Bo Ek, Hjärt-Lungfonden": a name, a comma, and the capitalised name
# of her organisation ending the line
ROW_ORG_RE = re.compile(rf"(?m)^[ \t]*(?:[•▪*–-][ \t]*)?({CAP})[ \t]+{CAP}(?:[ \t]+{CAP})?[ \t]*,[ \t]*"
                        rf"((?:{CAP}|[{UPPER}]{{2,6}})(?:[ \t]+(?:{CAP}|[{UPPER}]{{2,6}})){{0,3}})[ \t]*$")


# "på fyra vårdcentraler: Rosenhälsan, Wasa, Rosenlund och Apladalen": care centres listed by their own names
NAMED_CENTRES_RE = re.compile(rf"(?<![\w-])(?:vårdcentraler|hälsocentraler|vårdcentralerna|hälsocentralerna)[ \t]*:[ \t]*"
                              rf"({CAP}(?:[ \t]*,[ \t]*{CAP})*[ \t]+(?:och|samt)[ \t]+{CAP})(?![\w-])")


def _named_centres(text: Text, lex: Lexicon, add) -> None:
    """Each name in a list of care centres after the plural and a colon, unless it is a place or a person."""
    for m in NAMED_CENTRES_RE.finditer(text.text):
        for w in re.finditer(CAP, m.group(1)):
            if w.group(0) not in lex.first_names and w.group(0).casefold() not in NOT_NAME:
                a, b = m.start(1) + w.start(), m.start(1) + w.end()
                add(Found("Organisation", w.group(0), a, b, w.group(0), "organisation.named_centre", 0.6,
                          subtype="OrganisationalUnit"))


def _place_column(text: Text, lex: Lexicon) -> set[tuple[int, int]]:
    """Where rows of "Name, Place" on lines after each other (or with one label line between, "Ersättare") end
    mostly in places, three rows or more: the spans of their last fields, home towns (and a village among them)."""
    t = text.text
    runs: list[list[re.Match[str]]] = []
    for m in ROW_ORG_RE.finditer(t):
        between = t[runs[-1][-1].end():m.start()].strip() if runs else "\n"
        if runs and "\n" not in between and len(between.split()) <= 2:
            runs[-1].append(m)
        else:
            runs.append([m])
    return {m.span(2) for run in runs if len(run) >= 3 and 2 * sum(m.group(2) in lex.place_words for m in run) >= len(run)
            for m in run}


def _row_orgs(text: Text, lex: Lexicon, add, in_place_column: set[int]) -> None:
    """The organisation ending a speaker's row, unless it is a place, a title or another person; and not in a column
    of places ("Eva Ek, Malmö ⏎ Bo Berg, Eslöv ⏎ Per Ek, Fjälkinge": members by home town, a village among them)."""
    for m in ROW_ORG_RE.finditer(text.text):
        words = m.group(2).split()
        if m.group(1) in lex.first_names and words[0] not in lex.first_names and not base_form(words[0], lex) and \
                m.group(2) not in lex.place_words and words[0].casefold() not in NOT_NAME and \
                m.start(2) not in in_place_column:
            add(Found("Organisation", m.group(2), m.start(2), m.end(2), m.group(2), "organisation.row_org", 0.55))


def _row_units(text: Text, lex: Lexicon, add) -> None:
    """The unit that ends a member's row ("Name, title unit"), which a list writes in lower case."""
    t = text.text
    for block in text.blocks:
        line = t[block.start:block.end].rstrip()
        if block.kind not in ("heading", "bullet") or len(line) > 120 or "," not in line:
            continue
        m = ROW_UNIT_RE.search(line)
        if m and base_form(line[:m.start(1)].rstrip(" \t,").split()[-1], lex):
            name = capitalise(compound(m.group(1)))
            add(Found("Organisation", name, block.start + m.start(1), block.start + m.end(1), m.group(1),
                      "organisation.row_unit", 0.6, subtype="OrganisationalUnit"))


ACRONYM_WORD = re.compile(rf"(?<![\w-])([{UPPER}]{{2,6}})(:s|s)?(?![\w-])")
ACTS = re.compile(r"[ \t]+(?:har|hade|är|var|ska|skulle|kommer|kan|får|fick|vill|(?!(?:och|eller|inom|under|efter|"
                  r"eller|över|mellan|bland|genom|kring|om|för)\b)[a-zåäö]{3,}(?:ade|ar|er|de|te))\b")


def _acronyms(text: Text, lex: Lexicon, add) -> None:
    """An organisation the text calls only by its acronym ("GR startade projektet", "KEFU:s uppdrag",
    "NRFs roll"): written at least twice, at least once acting or owning. Not a title (MAS), a care term
    (SIP, KOL), a speaker's label or a heading in capitals, nor an acronym the text spells out in brackets."""
    t = text.text
    seen: dict[str, list[re.Match[str]]] = {}
    for m in ACRONYM_WORD.finditer(t):
        seen.setdefault(m.group(1), []).append(m)
    terms = lex.cue("acronym_term")
    for word, hits in sorted(seen.items()):
        if len(hits) < 2 or word.casefold() in terms or word.casefold() in lex.titles or \
                word.casefold() in NOT_NAME or f"({word})" in t or word.capitalize() in lex.first_names:
            continue
        acting = [m for m in hits if m.group(2) or ACTS.match(t, m.end())]
        shouting = [m for m in hits if re.fullmatch(rf"[^{LOWER}]*", line_at(t, m.start()).text)]
        if not (acting or _spelled_in(word, t, lex)) or shouting:
            continue
        for m in hits:
            add(Found("Organisation", word, m.start(1), m.end(1), word, "organisation.acronym_only", 0.6))


# "Regional samverkans- och stödstruktur": the forum every county has for its municipalities and region
FORUM_ACRONYMS = frozenset({"RSS"})
_BRANCH_PATTERNS: dict[int, re.Pattern[str]] = {}  # per lexicon: an acronym, then a county


def _acronym_branches(text: Text, lex: Lexicon, add) -> None:
    """ "NSPH Skåne", "FUB Västra Götaland", "RSMH Jämtland": an association's branch in a county, named by the
    association's acronym and the county, ending the item it stands in. Not a title (MAS), a care term (SIP), nor
    a heading in capitals."""
    t = text.text
    if id(lex) not in _BRANCH_PATTERNS:
        # the counties as texts name them ("Sörmland", "Västra Götaland", "Jämtland"), longest first
        places = {p.short for p in lex.regions} | {p.county.rsplit(" ", 1)[0] for p in lex.regions} | \
            {p.short.split(" ")[0] for p in lex.regions}
        counties = "|".join(map(re.escape, sorted((p for p in places if not p.endswith(" län")), key=len, reverse=True)))
        _BRANCH_PATTERNS[id(lex)] = re.compile(rf"(?<![\w-])([{UPPER}]{{3,6}})[ \t]+({counties})(?![\w-])"
                                               rf"(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+(?:och|samt)[ \t])")
    terms = lex.cue("acronym_term")
    for m in _BRANCH_PATTERNS[id(lex)].finditer(t):
        word = m.group(1)
        if word.casefold() in terms or word.casefold() in lex.titles or word.casefold() in NOT_NAME or \
                re.fullmatch(rf"[^{LOWER}]*", line_at(t, m.start()).text):
            continue
        # ("RSS Dalarna": each county's regional collaboration and support structure, a forum, not an association)
        kind = "CollaborationForum" if word in FORUM_ACRONYMS else "Organisation"
        add(Found(kind, m.group(0), m.start(), m.end(), m.group(0), "organisation.acronym_branch", 0.6))


def _spelled_in(acronym: str, t: str, lex: Lexicon) -> bool:
    """Whether the text writes out a name whose initials the acronym spells: "NLL" beside "Norrbottens läns
    landsting" (the pipeline then reads the acronym as that organisation). Not a speaker's initials ("AG:")."""
    if len(acronym) < 3:
        return False
    letters = [re.escape(c) for c in acronym]
    glue = rf"[ \t]+(?:(?:{'|'.join(NOT_INITIALS)})[ \t]+)?"
    pattern = rf"(?<![\w-]){letters[0]}[{LOWER}]+" + "".join(
        rf"{glue}(?:{c}|{c.lower()})[{LOWER}]+" for c in letters[1:]) + r"(?![\w-])"
    return any(m.group(0).split()[0] not in lex.first_names for m in re.finditer(pattern, t))


AREA_LOWER_RE = re.compile(rf"(?<![\w-])område[ \t]+([{LOWER}]{{4,}}(?:(?:,[ \t]*|[ \t]+och[ \t]+)(?!område\b)"
                           rf"(?!{AREA_VERB}\b)[{LOWER}]{{4,}}){{0,3}})(?![\w-])(?![ \t]+(?:{AREA_VERB})\b)")
AREA_STOP = frozenset({"och", "som", "för", "med", "till", "från", "där", "inom", "efter", "eller", "blir", "har", "är"})


def _is_place(word: str, lex: Lexicon) -> bool:
    """ "Sörmland", "Västra Götaland", "Kiruna": a place word, or the short name of a region or municipality."""
    return word in lex.place_words or any(word == p.short for p in (*lex.regions, *lex.municipalities))


def _is_area(word: str, lex: Lexicon) -> bool:
    """ "Dalarna", "Kalmar", or a province, "Hälsingland": a place or a landskap, what an area's body is named by."""
    return _is_place(word, lex) or word in lex.provinces


# ", Lilla Edet och Grästorp": the towns a federation joins, listed after the first
PLACE_LIST_RE = re.compile(rf"((?:,[ \t]+{CAP}(?:[ \t]+{CAP})?){{0,4}}[ \t]+och[ \t]+{CAP}(?:[ \t]+{CAP})?)(?![\w-])")


def _federation_places(t: str, end: int, lex: Lexicon) -> int:
    """Where a federation named by its place ends: "Samordningsförbundet i Sollefteå kommun" runs on to "kommun",
    "Samordningsförbundet i Trollhättan, Lilla Edet och Grästorps medverkan" to the last of the towns it joins (without
    the genitive); else at `end`."""
    municipality = re.match(r"[ \t]+kommun(?![\w-])", t[end:end + 9])
    return end + municipality.end() if municipality else _joined_towns(t, end, lex)


def _joined_towns(t: str, end: int, lex: Lexicon) -> int:
    """Where the towns a federation joins, listed after its first ("…, Lilla Edet och Grästorp"), end: after the last
    (without its genitive), when every one is a place; else at `end`."""
    towns = PLACE_LIST_RE.match(t, end)
    if towns:
        names = [squash(x) for x in re.split(r",|[ \t]och[ \t]", towns.group(1)) if x.strip()]
        last = names[-1]
        if all(_is_place(x, lex) for x in names[:-1]) and (_is_place(last, lex) or _is_place_genitive(last, lex)):
            return towns.end() - _is_place_genitive(last, lex)
    return end


def _is_place_genitive(word: str, lex: Lexicon) -> bool:
    """ "Skånes", "Hebys": a place in the genitive, before what of it the text speaks of."""
    return word.endswith("s") and _is_place(word[:-1], lex)


def _units(t: str, lex: Lexicon, add, found: list[Found]) -> None:
    """Named units of a region or municipality: förvaltningar, enheter, kliniker, områden, care units by place."""
    places = {p.short for p in (*lex.regions, *lex.municipalities)} | {p.county.rsplit(" ", 1)[0] for p in lex.regions}
    for m in PLACE_UNIT_RE.finditer(t):
        place, start = m.group(1), m.start()
        town = place.split()[0]
        if " " in place and not (town in lex.place_words and place.split()[1] not in lex.place_words) and \
                town not in ("Blå", "Gröna", "Röda", "Vita", "Gula", "Nya", "Gamla", "Stora", "Lilla"):
            # two capitalised words where the first is no town: the centre is named by the second alone
            place, start = place.split()[1], m.start(1) + m.group(1).rindex(" ") + 1
        # a care centre may be named by any locality ("Tumba vårdcentral"); a hospital only by a known place
        # ("på Åsa vårdcentral": a given name is a place too where a preposition puts the centre after it)
        if place in ("Ny", "Nytt", "Nya", "Ännu", "Ytterligare", "Andra"):
            continue  # "Ny vårdcentral i Örebro är försenad": a headline's new centre, by no name yet
        if re.fullmatch(rf"[{UPPER}][{LOWER}]{{3,}}(?<!st)(?:ad|at|ade|ande|ende)", place) and place not in places:
            continue  # "Omtvistad vårdcentral i Bollebygd", "Hotade hälsocentraler": a headline's participle, no name
        local = m.group(2) != "sjukhus" and place.casefold() not in NOT_NAME and (
            place not in lex.first_names or m.group(2) in ("vårdcentral", "hälsocentral") and
            re.search(r"(?<![\w-])(?:på|vid|till|från|hos)[ \t]+$", t[max(0, start - 6):start]) is not None)
        if place in places or place[:-1] in places or local:
            # "Hallands sjukhus Halmstad" is a site of Hallands sjukhus: the place after it names no other unit
            tail = m.group(3) and m.group(3) in places
            # "Capio Vårdcentral Ringen": a capitalised unit word with a name after it, the unit's own name
            # ("Allemanshälsan vårdcentral Lunden, betonar …": in lower case too, where the name closes the clause)
            named = m.group(3) and not tail and (m.group(2)[0].isupper() or m.group(2) in ("vårdcentral", "hälsocentral")
                                                 and re.match(rf"(?:[ \t]*,|[ \t]+(?:har|är|ligger|i)[ \t])", t[m.end(3):])) \
                and m.group(3) not in lex.first_names and m.group(3).casefold() not in NOT_NAME
            end = m.end(3) if tail or named else m.end(2)
            if m.group(2) in CENTRE_SHORT:
                if m.group(3) and not tail:
                    continue  # "Gripen HC Oskarshamn" is not read as a name of its own
                add(Found("Organisation", f"{place} {CENTRE_SHORT[m.group(2)]}", start, m.end(2), t[start:m.end()],
                          "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
                continue
            add(Found("Organisation", squash(t[start:end if named else m.end(2)]), start, end, t[start:end],
                      "organisation.care_unit", 0.75, subtype="OrganisationalUnit"))
    for m in PLACE_UNITS_RE.finditer(t):
        # each centre of the list by its own place and the noun in the singular
        for n in re.finditer(CAP, m.group(1)):
            if n.group(0) in lex.first_names or n.group(0).casefold() in NOT_NAME:
                break  # "Anna och Per Ek" is no list of places
        else:
            for n in re.finditer(CAP, m.group(1)):
                a = m.start(1) + n.start()
                add(Found("Organisation", f"{n.group(0)} {m.group(2)}", a, a + len(n.group(0)), n.group(0),
                          "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    for m in TOWN_BOARD_RE.finditer(t):
        place = _match_place(m.group(1), lex.municipalities, fuzzy=False)
        if place is not None and MUNICIPAL_BOARD.search(m.group(2)):
            # "personalchef på Karlskronas äldreförvaltning": the municipality's, as "Karlskrona kommuns" would say
            add(_place_found(place, m.start(1), m.end(1), m.group(1), "organisation.municipality_form", 0.7))
            add(Found("Organisation", f"{m.group(1)}s {compound(m.group(2))}", m.start(2), m.end(2), m.group(2),
                      "organisation.owned_board", 0.7, subtype="OrganisationalUnit"))
    for m in OWNED_CARE_RE.finditer(t):
        owner = m.group(1)
        town = _match_place(owner[:-1], lex.municipalities, fuzzy=False) or \
            _match_place(owner, lex.municipalities, fuzzy=False)  # "Grums hemtjänst": no genitive s to take
        if town is not None and m.group(2) in ("hemtjänst", "hemsjukvård"):
            # "brukare i Uddevallas hemtjänst": the municipality's home care, all of it, is the municipality at work
            size = len(owner) if town.short == owner else len(owner) - 1
            add(_place_found(town, m.start(1), m.start(1) + size, owner[:size], "organisation.municipality_form", 0.7))
            continue
        # not "Kommunens hemtjänst", "Dagens äldreboende"; but "Solgårdens äldreboende", a house's own
        # ("på Wästerläkarnas äldrevårdcentral": a plural's genitive, capitalised inside a sentence, is a company's)
        inside = re.search(rf"[{LOWER},][ \t]+$", t[max(0, m.start() - 3):m.start()]) is not None
        # "09.00 Garnisonens äldreboende, Leanlink": a house on a programme's row, after the hour
        timed = re.search(r"(?<!\d)\d{1,2}[.:]\d{2}[ \t]+$", t[max(0, m.start() - 8):m.start()]) is not None
        if len(owner) >= 5 and (not owner.endswith(("ens", "ets", "arnas", "ernas", "ornas")) or
                                owner.endswith(("gårdens", "hemmets")) or inside and owner.endswith("arnas") or
                                (inside or timed) and owner.endswith(("ens", "ets")) and m.group(2) == "äldreboende") and \
                owner[:-1] not in lex.first_names and owner.casefold() not in NOT_NAME and owner[:-1] != "Sverige":
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.care_unit", 0.7,
                      subtype="OrganisationalUnit"))
    for m in PLACE_HOME_CARE_RE.finditer(t):
        if m.group(1) not in lex.first_names and m.group(1).casefold() not in NOT_NAME:
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.care_unit", 0.65,
                      subtype="OrganisationalUnit"))
    for m in QUARTER_CARE_RE.finditer(t):
        add(Found("Organisation", capitalise(squash(m.group(1))), m.start(1), m.end(1), m.group(1),
                  "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    for m in VILLAGE_CARE_RE.finditer(t):
        if m.group(2) not in lex.place_words and m.group(2) not in lex.first_names and \
                not re.fullmatch(DIRECTION, m.group(2).casefold()):  # "hemtjänsten i Södra skärgården": an area
            add(Found("Organisation", capitalise(squash(m.group(1))), m.start(1), m.end(1), m.group(1),
                      "organisation.care_unit", 0.7, subtype="OrganisationalUnit"))
    for m in HOUSE_RE.finditer(t):
        if m.group(1).casefold() not in COMMON_YARDS:
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.care_unit", 0.65,
                      subtype="OrganisationalUnit"))
    for m in chain(CARE_HOME_RE.finditer(t), REHAB_RE.finditer(t)):
        if m.group(1) not in lex.place_words and m.group(1) not in lex.first_names and \
                m.group(1).casefold() not in NOT_NAME:
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.care_unit", 0.7,
                      subtype="OrganisationalUnit"))
    for m in OWNER_BOARD_RE.finditer(t):
        if m.group("board"):  # the owner keeps its own mention; the board's is the words after it
            body = compound(m.group("board"))
            add(Found("Organisation", squash(m.group("owner")) + " " + body, m.start("board"), m.end("board"),
                      m.group("board"), "organisation.owned_board", 0.7, subtype="OrganisationalUnit"))
        elif m.group("named").split()[0] not in lex.first_names:
            add(Found("Organisation", squash(m.group("named")), m.start("named"), m.end("named"), m.group("named"),
                      "organisation.owned_unit", 0.7, subtype="OrganisationalUnit"))
    for m in OWN_UNIT_RE.finditer(t):
        if m.group(1).split()[0] not in lex.first_names and m.group(1) not in lex.place_words:
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.owned_unit", 0.65,
                      subtype="OrganisationalUnit"))
    for m in FACULTY_RE.finditer(t):
        name = capitalise(squash(m.group(0)))
        add(Found("Organisation", name, m.start(), m.end(), m.group(0), "organisation.unit", 0.7,
                  subtype="OrganisationalUnit"))
    for m in AREA_COMPOUND_RE.finditer(t):
        if m.group(1).startswith("Programområde"):
            continue  # "Programområde Prevention": a programme's part, a project (projects.PROGRAMME_AREA_RE)
        add(Found("Organisation", capitalise(squash(m.group(1))), m.start(1), m.end(1), m.group(1), "organisation.area", 0.7,
                  subtype="OrganisationalUnit"))
    for m in COMMITTEE_RE.finditer(t):
        name = capitalise(squash(m.group(1)))
        add(Found("Organisation", name[:name.index(" ") + 1] + name[name.index(" ") + 1:].lower(), m.start(1), m.end(1),
                  m.group(1), "organisation.unit", 0.7, subtype="OrganisationalUnit"))
    # "Protokoll … Landstingsstyrelsen", "Kallelse … Regionstyrelsen": the board whose minutes or notice this is
    opening = t[:MINUTES_OPENING]
    if MINUTES_WORD.search(opening):
        for m in OWN_BOARD_RE.finditer(opening):
            k = 1 if m.group(1) else 2
            add(Found("Organisation", m.group(k), m.start(k), m.end(k), m.group(k), "organisation.minutes_board",
                      0.7, subtype="OrganisationalUnit"))
    for m in BOARD_RE.finditer(t):
        name = capitalise(compound(m.group(1)))
        add(Found("Organisation", name, m.start(1), m.end(1), m.group(1), "organisation.unit", 0.7,
                  subtype="OrganisationalUnit"))
    boards = []
    for m in SEAT_BOARD_RE.finditer(t):
        g = "seat" if m.group("seat") else "met"
        board = compound(m.group(g))
        if m.group(0).endswith("ordförande") and not MUNICIPAL_BOARD.search(board):
            continue  # "hälso- och sjukvårdsnämndens ordförande Eva Ek" is her title; "välfärdsnämndens …" a board's
        name, end = capitalise(board + ("en" if board.endswith("nämnd") else "n")), m.end(g)
        place = m.group("place") if g == "seat" else None
        if place and _is_place(place, lex):
            name, end = name + " " + place, m.end("place")  # "psykiatrinämnden Halland"
        boards.append((name, m.start(g), end))
    for m in HEADED_OFFICE_RE.finditer(t):  # "vård- och omsorgsförvaltningens chef Ida Berg"
        boards.append((capitalise(compound(m.group(1))) + "en", m.start(1), m.end(1) + 2))  # (its genitive s after)
    for name, a, b in boards:  # "psykiatrinämndens möte" where the text once says "psykiatrinämnden Halland"
        name = next((n for n, _, _ in boards if n.startswith(name + " ")), name)
        ending = DEFINITE_BEFORE_IN.match(t, b)
        b = ending.end() if ending else b  # "omsorgsnämnd|en i Linköpings kommun": the word written whole
        town = BOARD_IN_TOWN_RE.match(t, b) if MUNICIPAL_BOARD.search(name) else None
        place = _match_place(town.group(1), lex.municipalities, fuzzy=False) if town else None
        if place is not None:
            # "ordförande för omsorgsnämnden i Kalmar": the municipality's board, by the name the text gives it
            name = f"{name} i {town.group(1)}"
            add(_place_found(place, town.start(1), town.end(1), town.group(1), "organisation.board_town", 0.65))
        add(Found("Organisation", name, a, b, t[a:b], "organisation.board_seat", 0.65, subtype="OrganisationalUnit"))
    for m in CHAIN_UNIT_RE.finditer(t):
        first = m.group(2).split()[0]
        if base_form(m.group(1), lex) and first not in lex.place_words and first not in lex.first_names and \
                first.casefold() not in NOT_NAME and not base_form(m.group(2).split()[-1], lex):
            add(Found("Organisation", squash(m.group(2)), m.start(2), m.end(2), m.group(2), "organisation.chain_unit",
                      0.6, subtype="OrganisationalUnit"))
    for m in TAG_UNIT_RE.finditer(t):
        if base_form(m.group(1), lex):
            add(Found("Organisation", m.group(2), m.start(2), m.end(2), m.group(2), "organisation.chain_unit", 0.6,
                      subtype="OrganisationalUnit"))
    for m in TITLED_ADMINISTRATION_RE.finditer(t):
        # (not "socialförvaltningen på Botkyrka kommun", "… i Göteborgs Stad": the owner after it names it, and
        # employs her)
        if base_form(m.group("title"), lex) and not re.match(r"[ \t]+(?:i|på|vid|inom)[ \t]+[A-ZÅÄÖ]", t[m.end():]):
            name = capitalise(compound(m.group("unit")))
            add(Found("Organisation", name, m.start("unit"), m.end("unit"), m.group("unit"),
                      "organisation.titled_administration", 0.6, subtype="OrganisationalUnit"))
    for m in SEAT_NAMED_BOARD_RE.finditer(t):
        end = m.end(1)
        if m.group("field") and _is_area(m.group("field").strip(), lex):
            end = m.start("field")  # "ordförande i Socialnämnden Kalmar": whose board, no part of its name
        add(Found("Organisation", t[m.start(1):end], m.start(1), end, t[m.start(1):end], "organisation.board_seat", 0.65,
                  subtype="OrganisationalUnit"))
    # (a committee's whole name before the capitalised adjective's: "Gemensamma nämnden för hemsjukvård")
    for m in NAMED_BOARD_RE.finditer(t):
        remit = m.group(1).split()[3 if m.group("common") else 2:]
        # (one word of remit is a name only after "Gemensam": "Gemensam nämnd för kunskapsstyrning")
        if len(remit) < (1 if m.group("common") else 2) or \
                re.match(r"(?:godkännande|beslut|behandling|kännedom|information|yttrande)", remit[0]):
            continue  # "till nämnden för beslut": what the committee is asked to do, not its name
        name = capitalise(compound(m.group(1)))
        add(Found("Organisation", name, m.start(1), m.end(1), m.group(1), "organisation.unit", 0.7,
                  subtype="OrganisationalUnit"))
    for m in ADJECTIVE_BOARD_RE.finditer(t):
        add(Found("Organisation", compound(m.group(1)), m.start(1), m.end(1), m.group(1), "organisation.board_seat", 0.65,
                  subtype="OrganisationalUnit"))
    at = {f.start: f for f in found}
    for m in UNIT_AT_RE.finditer(t):
        # "omsorgsförvaltningen i Växjö kommun", "dialysenheten på Östersunds sjukhus": a unit named with its owner,
        # the name as written; the bare unit stays its other form ("Omsorgsförvaltningen" in another document is
        # another municipality's)
        parent = at.get(m.start("owner"))
        if m.group("unit").endswith(("kansliet", "kontoret")) and m.group("unit")[0].islower() and \
                re.search(r"chef[ \t]+för[ \t]+$", t[max(0, m.start() - 16):m.start()]):
            continue  # ("chef för socialkontoret i X": the office its head's title names, see HEADED_UNIT_RE)
        if m.group("prep") is None and not (parent is not None and parent.subtype in OWNER_KINDS and
                                            m.group("unit")[0].isupper() and m.group("unit").endswith(("nämnden", "förvaltningen"))):
            continue  # "Ordförande Hälso- och sjukvårdsnämnden Region Skåne": a card names the board with its owner
        place = _match_place(m.group("owner"), lex.municipalities, fuzzy=False) if parent is None else None
        if parent is not None and (parent.subtype in OWNER_KINDS or parent.name.endswith(HOSPITAL_WORDS)) or \
                place is not None:
            end = parent.end if parent is not None else m.end("owner")
            unit = compound(m.group("unit"))
            name = capitalise(unit) + " " + (m.group("prep") + " " if m.group("prep") else "") + \
                squash(t[m.start("owner"):end])
            add(Found("Organisation", name, m.start("unit"), m.end("unit"), m.group("unit"), "organisation.unit_at", 0.7,
                      subtype="OrganisationalUnit"))
            if place is not None and unit.endswith(("nämnd", "nämnden", "förvaltningen")) and MUNICIPAL_BOARD.search(unit):
                # "Bildningsnämnden i Kramfors": the town's municipality, whose board it is
                add(_place_found(place, m.start("owner"), m.end("owner"), m.group("owner"), "organisation.board_town",
                                 0.65))
    for m in PLACE_BEFORE_TITLE_RE.finditer(t):
        # ("Säters socialchef": social services are a municipality's)
        places = lex.municipalities if m.group("kind") == "kommun" or m.group("social") else lex.regions
        p = _match_place(m.group(1), places, fuzzy=False)
        if p is not None and base_form(t[m.end():m.end() + 40].split(" ")[0].rstrip(",.;:"), lex):
            add(_place_found(p, m.start(1), m.end(1) + 1, m.group(1) + "s", "organisation.place_before_title", 0.7))
    counties = {p.short: p for p in lex.regions}
    for m in COUNTY_BEFORE_TITLE_RE.finditer(t):
        p = counties.get(m.group(1))
        if p is not None and _match_place(m.group(1), lex.municipalities, fuzzy=False) is None and \
                base_form(m.group(2), lex):  # (not "Uppsalas", "Kalmars": the town's as well)
            add(_place_found(p, m.start(1), m.end(1) + 1, m.group(1) + "s", "organisation.place_before_title", 0.7))
    for m in REGION_POST_IN_RE.finditer(t):
        p = _match_place(m.group(1), lex.regions, fuzzy=False)
        if p is not None and m.group(1) in (p.short, p.county):
            add(_place_found(p, m.start(1), m.end(1), m.group(1), "organisation.region_post", 0.7))
    for m in ACRONYM_OWNER_RE.finditer(t):
        if m.group(1).casefold() not in lex.titles and base_form(m.group(2), lex):
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.acronym_owner", 0.65))
    for m in chain(HEADED_UNIT_RE.finditer(t), HEADED_NAME_RE.finditer(t)):
        words = m.group("unit").split()
        town = m.re is HEADED_NAME_RE and m.group("place")
        if town and town not in lex.place_words and " i " not in m.group("unit"):
            continue  # ("chef för Primärvården i norra Lerdalen": a place after "i", however rare)
        if words[0].casefold() not in ("den", "det", "de", "denna", "detta", "hela", "alla", "oss", "er", "dem") and \
                words[0] not in lex.first_names and \
                words[0] not in lex.place_words and words[0] not in ("Region", "Landstinget") and \
                not (m.re is HEADED_NAME_RE and words[0] in ("God", "Nära") and not town):
            # ("chef för Nära vård.": the reform; "chef för Nära vård Östersund": the unit in that town)
            if re.match(r"(?i)program(?:chef|direktör)", m.group(0)):
                # "programchef för Effektiv och nära vård": what a programme's head heads is the programme
                add(Found("Project", squash(m.group("unit")), m.start("unit"), m.end("unit"), m.group("unit"),
                          "project.headed_programme", 0.65))
                continue
            add(Found("Organisation", squash(m.group("unit")), m.start("unit"), m.end("unit"), m.group("unit"),
                      "organisation.headed_unit", 0.65, subtype="OrganisationalUnit"))
    bodies = {f.start for f in found if f.subtype in ("NationalBody", "MunicipalAssociation", "Region", "Municipality")}
    for m in HEADED_DEFINITE_RE.finditer(t):
        # the owner named already (a national body, a region, a municipality), or after a preposition by its form
        # ("biträdande områdeschef, närsjukvård väster.": a care area by its quarter, at the end of a quote's tag)
        alone = m.group("alone") is not None and (re.match(DEPARTMENT_OF, m.group("unit")) is not None or
                                                  re.search(rf"(?<![\w-])(?:{QUARTER})$", m.group("unit")) is not None or
                                                  m.group("unit").endswith("förvaltningen"))
        if alone or m.group("link") and (m.end() in bodies or m.group("link").strip() != "," and
                                         OWNER_AHEAD.match(t, m.end())):
            name = capitalise(squash(m.group("unit")))  # ("hälso-och": the normaliser gave the space back)
            add(Found("Organisation", name, m.start("unit"), m.end("unit"), m.group("unit"), "organisation.headed_unit",
                      0.65, subtype="OrganisationalUnit"))
    for m in OWNED_DEPARTMENT_RE.finditer(t):
        if m.start("owner") in bodies:  # "chef SKL:s avdelning för vård och omsorg": the department of the body
            noun, rest = m.group("unit").split(None, 1)
            add(Found("Organisation", f"{DEFINITE_UNIT[noun]} {squash(rest)}", m.start("unit"), m.end("unit"),
                      m.group("unit"), "organisation.headed_unit", 0.65, subtype="OrganisationalUnit"))
    for m in AREA_AFTER_HEAD_RE.finditer(t):
        if _is_place(m.group("unit").split()[-1], lex):
            add(Found("Organisation", capitalise(squash(m.group("unit"))), m.start("unit"), m.end("unit"),
                      m.group("unit"), "organisation.headed_unit", 0.65, subtype="OrganisationalUnit"))
    for m in UNIT_COMPOUND_RE.finditer(t):
        name, end = compound(m.group(1)), m.end(1)
        if QUALITY_NOUN.search(name):
            continue  # "Erfarenheten", "Öppenheten": an adjective's quality ends in "-enheten" too, no unit
        town = UNIT_TOWN.match(t, end) if name.endswith(("kliniken", "mottagningen")) else None
        if town and town.group(1) in lex.place_words:  # "Närvårdskliniken Finspång": the clinic by its town
            name, end = f"{name} {town.group(1)}", town.end()
        add(Found("Organisation", name, m.start(1), end, t[m.start(1):end], "organisation.unit", 0.7,
                  subtype="OrganisationalUnit"))
    for m in CAPS_BOARD_RE.finditer(t):  # "VÅRD- OCH OMSORGSNÄMNDEN" heading the minutes' pages
        add(Found("Organisation", capitalise(compound(m.group(1).lower())), m.start(1), m.end(1), m.group(1),
                  "organisation.unit", 0.7, subtype="OrganisationalUnit"))
    for m in OFFICE_IN_RE.finditer(t):
        if m.group(1) not in NOT_CENTRE:
            add(Found("Organisation", m.group(1), m.start(1), m.end(1), m.group(1), "organisation.centre", 0.65,
                      subtype="OrganisationalUnit"))
    for m in CENTRE_WORD_RE.finditer(t):
        before = t[max(0, m.start() - 40):m.start()].split()
        words = m.group(1).split()
        end = m.end(1)
        first = m.group("first")
        if first and (first in lex.first_names and not _is_place(first, lex) or first.casefold() in NOT_NAME):
            end = m.start("first") - 1  # "Regionkontoret Marie Paulsson", "Regionkontoret Slutrapport": what comes next
        elif m.group("second") and not _is_place(m.group("second"), lex):
            end = m.start(1) + len(t[m.start(1):m.start("second")].rstrip())  # "…centrum Ekby Öppenvård": no place
        elif m.group("pair") and (_is_place(m.group("first"), lex) or _is_place(m.group("pair"), lex)):
            end = m.end("first")  # "Vårdcentrum Tierp och …": "Specialistcentrum Barn och Unga" is one field
        # ("Maria Berg Länsbiblioteket, Per Ek Umeå kommun": a caption's person, then where she works)
        if words[0] not in NOT_CENTRE and before and (before[-1][0].islower() or before[-1][-1] in ",:–-" or
                                                      len(before) >= 2 and before[-2] in lex.first_names) and \
                not any(f.start() < m.start(1) < f.end() for f in FORM_RE.finditer(t, max(0, m.start() - 80), m.end())) \
                and not (words[0] in GENERIC_CENTRES and len(words) == 1):
            # "Stiftelsen Jämtlands läns Seniorcentrum": the centre is the foundation's whole name
            name = compound(t[m.start(1):end])
            add(Found("Organisation", name, m.start(1), end, t[m.start(1):end], "organisation.centre", 0.65,
                      subtype="OrganisationalUnit"))
    named = set()
    for m in UNIT_PHRASE_RE.finditer(t):
        if m.group(1).split()[0].casefold() not in NOT_NAME and m.group(1).split()[0] not in lex.first_names:
            field = CENTRE_FIELD.match(t, m.end(1)) if m.group(1).endswith("centrum") else None
            # "Nationellt kompetenscentrum för äldreomsorg": the field it serves is in its name
            # ("Onkologiska kliniken Linköping": a clinic by the town it is in, the town part of its name)
            town = UNIT_TOWN.match(t, m.end(1)) if m.group(1).endswith(("kliniken", "mottagningen")) else None
            named.add(m.group(1) + (" för " + field.group(1) if field else
                                    " " + town.group(1) if town and town.group(1) in lex.place_words else ""))
    for phrase in sorted(named):  # named once inside a sentence, the same words open another one too
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", t):
            # ("Glesbygdsmedicinskt Centrum" is named as Swedish writes it, "centrum" in lower case)
            add(Found("Organisation", re.sub(r"(?<=[tae] )Centrum$", "centrum", squash(phrase)), m.start(), m.end(),
                      m.group(0), "organisation.unit", 0.7, subtype="OrganisationalUnit"))
    areas = 0
    for m in AREA_RE.finditer(t):
        if m.group(1).casefold() not in AREA_STOP:
            areas += 1
            add(Found("Organisation", squash(m.group(0)), m.start(), m.end(), m.group(0), "organisation.area", 0.7,
                      subtype="OrganisationalUnit"))
    for m in AREA_LOWER_RE.finditer(t) if areas else ():
        # "tidigare område opererande och onkologi, område thorax, kärl och diagnostik" in a text about its
        # "Område nära vård": the other areas, written in lower case
        if m.group(1).split()[0].rstrip(",") not in AREA_STOP:
            add(Found("Organisation", "Område " + squash(m.group(1)), m.start(), m.end(), m.group(0), "organisation.area",
                      0.6, subtype="OrganisationalUnit"))


# "chef för området äldre och funktionsnedsättning i Flen", "socialchef i Arboga": a municipal post, and the town it
# is held in names the municipality
TITLE_IN_TOWN_RE = re.compile(rf"(?<![\w-])([{UPPER}]?[{LOWER}]+)(?:[ \t]+(?:för|inom)[ \t]+(?P<field>[{LOWER}][{LOWER} -]{{1,60}}?))?"
                              rf"[ \t]+(?:i[ \t]+({CAP})(?![\w-])(?![ \t]+(?:kommun|stad|län|[Rr]egion|landsting))|"
                              # "Lars Ek, socialchef Östersund, …": the town right after the post, in a list of speakers
                              # ("Boel Ek, Anhörigkonsulent Täby och Eva Berg, …": a flattened report's list, the next
                              # person after "och")
                              rf"(?P<bare>{CAP})(?=[ \t]*(?:[,;)]|\n|$)|\.(?=\s|$)|[ \t]+och[ \t]+{CAP}[ \t]+{CAP}[ \t]*,))")
# "MAS i Härnösand", "medicinskt ansvarig sjuksköterska i Kramfors": the posts every municipality has, by law
MAS_IN_TOWN_RE = re.compile(rf"(?<![\w-])(?:MAS|MAR|[Mm]edicinskt[ \t]+ansvarig[ \t]+(?:sjuksköterska|för[ \t]+rehabilitering))"
                            rf"[ \t]+i[ \t]+({CAP})(?![\w-])(?![ \t]+(?:kommun|stad|län|[Rr]egion|landsting))")
# what only a municipality runs ("socialchef", "chef för vård och omsorg", "enhetschef för hälso- och sjukvård"), not
# a region's care in the town ("närsjukvårdsdirektör i Finspång", "områdeschef för närsjukvården i Lycksele")
# ("anhörigkonsulent Sala", "biståndshandläggare i Mora": the support the social services act gives)
MUNICIPAL_FIELD = re.compile(r"social|omsorg|äldre|hemtjänst|hemsjukvård|funktionsned|funktionshind|kommun|"
                             r"hälso- och sjukvård(?!en)|anhörig|bistånd|hemvård")
REGIONAL_FIELD = re.compile(r"närsjukvård|primärvård|områdes|klinik|sjukhus|central|region|landsting|läkar")


def _title_towns(text: Text, lex: Lexicon, add) -> None:
    """A municipality named by its town after a municipal post: "enhetschef för hälso- och sjukvård i Oxelösund"."""
    t = text.text
    regions = {p.short for p in lex.regions} | {p.county.rsplit(" ", 1)[0] for p in lex.regions}
    for m in TITLE_IN_TOWN_RE.finditer(t):
        post = m.group(1).casefold()
        said = post + " " + (m.group("field") or "")
        if not (post in lex.titles or post.endswith(lex.title_suffixes)) or post in HONORIFICS or \
                not MUNICIPAL_FIELD.search(said) or REGIONAL_FIELD.search(said):
            continue
        town = 3 if m.group(3) else "bare"
        place = _match_place(m.group(town), lex.municipalities, fuzzy=False) if m.group(town) not in regions else None
        if place is not None:
            add(_place_found(place, m.start(town), m.end(town), m.group(town), "organisation.title_town", 0.65))
    for m in MAS_IN_TOWN_RE.finditer(t):  # "MAS i Härnösand": only a municipality has one
        place = _match_place(m.group(1), lex.municipalities, fuzzy=False)
        if place is not None:
            add(_place_found(place, m.start(1), m.end(1), m.group(1), "organisation.title_town", 0.65))


# "vårdcentraler i anslutning till sjukhusen i Malmö, Lund och Helsingborg": the towns where units stand, places
# ("jourcentraler även i Eksjö och Värnamo", "medicinklinikerna i Köping och Västerås", "vårdcentrum i A och B")
UNIT_NOUNS = r"(?:sjukhus|lasarett|central|mottagning|enhet|klinik|centrum|akut|filial)"  # a care unit, by its noun
UNITS_IN = re.compile(rf"(?:{UNIT_NOUNS}|orter|städer|platser)"
                      rf"(?:en|et|er|erna|na|ar|arna)?(?:[ \t]+(?:även|också|redan|bland[ \t]+annat))?[ \t]+i[ \t]+$")

# "mottagningarna ligger i Kungsbacka och Halmstad", "på orterna Hallsberg, Karlskoga och Örebro": towns as places
PLACES_BEFORE = re.compile(r"(?<![\w-])(?:ligger|belägen|belägna|orterna|tätorterna|orter|städerna|platserna)"
                           r"(?:[ \t]+(?:i|på))?[ \t]+$")


def _municipality_lists(text: Text, lex: Lexicon, add) -> None:
    """Bare municipality names in a list ("Kungsör, Norberg, Hallstahammar och Sala"), or two and more
    after "i" or "från" ("pilot i Alvesta och Tingsryd", "cheferna från Härryda och Mölndal")."""
    t = text.text
    item = rf"{CAP}(?:[ -]{CAP})?"

    def all_places(m: re.Match, places: tuple[Place, ...], rule: str, group: int | str = 1, tail: bool = False) -> None:
        """Every name listed in ``group``, when each is one of ``places``; with ``tail``, the places that end the
        list, at least the two "och" joins, when the noun after it names them all."""
        names = [(x.start(), x.end(), x.group(0)) for x in re.finditer(item, m.group(group))]
        if names and " " in names[0][2] and not _match_place(names[0][2], places, fuzzy=False):
            # ("Även Ockelbo och Sandvikens kommuner": a capital opening the sentence before the first name)
            a, b, w = names[0]
            names[0] = (b - len(w.split()[-1]), b, w.split()[-1])
        # ("regionerna Jönköping, Kalmar och Östergötland": a county's region by its town's name)
        hits = [(a, b, _match_place(w, places, fuzzy=False) or places is lex.regions and (
                    _match_place(w + "s län", places, fuzzy=False) or _match_place(w + " län", places, fuzzy=False)))
                for a, b, w in names]
        if tail:
            # ("samverkan med Arbetsförmedlingen, Norrköpings- och Valdemarsviks kommuner": a body before the places)
            while len(hits) > 2 and not all(p for _, _, p in hits):
                hits.pop(0)
        if all(p for _, _, p in hits):
            for a, b, p in hits:
                start, end = m.start(group) + a, m.start(group) + b
                add(_place_found(p, start, end, t[start:end], rule, 0.8))

    for m in re.finditer(rf"(?<![\w-])(?:i|från)\s+({item}(?:\s*,\s*{item})*\s+och\s+{item})(?![\w-])", t):
        if not m.group(1).startswith("Region ") and not UNITS_IN.search(t, max(0, m.start() - 40), m.start() + 2) and \
                not PLACES_BEFORE.search(t, max(0, m.start() - 30), m.start()):
            # ("från Region Gotland och Stockholm": regions; "sjukhusenheterna i Karlshamn och Karlskrona": towns)
            all_places(m, lex.municipalities, "organisation.municipality_list")
    # "kommunerna Flen och Trosa", "kommunerna Eskilstuna, Strängnäs": the noun says what the names are
    for m in re.finditer(rf"(?<![\w-])kommunerna\s+({item}(?:\s*,\s*{item})*(?:\s+(?:och|samt)\s+{item})?)(?![\w-])", t):
        all_places(m, lex.municipalities, "organisation.municipality_list")
    # "kommunerna i västra Skaraborg (Essunga, Grästorp, Götene, Lidköping, Skara, Vara)": listed in brackets
    for m in re.finditer(rf"(?<![\w-])kommunerna[^().!?\n]{{0,40}}\(({item}(?:\s*,\s*{item})+(?:\s+(?:och|samt)\s+{item})?)\)", t):
        all_places(m, lex.municipalities, "organisation.municipality_list")
    # "Kramfors och Sollefteå kommuner": each is a municipality, the noun written once in the plural; "Norrköpings-,
    # Söderköpings- och Valdemarsviks kommuner": each name's compound suspended before the shared noun
    for m in re.finditer(rf"(?<![\w-])({item}-?(?:\s*,\s*{item}-?)*\s+(?:och|samt)\s+{item})\s+kommuner(?![\w-])", t):
        all_places(m, lex.municipalities, "organisation.municipality_list", tail=True)
    # "Sundsvall och Timrå kommun": the noun written once, after the second; "Helsingborgs stad och Bjuv": a bare name
    # joined to a municipality's full name is another
    for m in re.finditer(rf"(?<![\w-])({item})\s+(?:och|samt)\s+{item}\s+kommun(?![\w-])|"
                         rf"(?<![\w-])(?:kommun|stad)\s+(?:och|samt)\s+({item})(?![\w-])(?!\s+(?:kommun|stad)\b)", t):
        g = 1 if m.group(1) else 2
        a, name = m.start(g), m.group(g)
        if g == 1 and " " in name and not _match_place(name, lex.municipalities, fuzzy=False):  # "Skall Sundsvall och …"
            if re.search(UNIT_NOUNS + r"(?:en|et)?$", name.split()[0].casefold()):
                continue  # "Vårdcentralen Höganäs och Höganäs kommun": the town names a care centre, then the municipality
            a, name = m.end(g) - len(name.split()[-1]), name.split()[-1]
        p = _match_place(name, lex.municipalities, fuzzy=False)
        if p:
            add(_place_found(p, a, a + len(name), name, "organisation.municipality_list", 0.75))
    # "Nacka införde lagen om valfrihet 2009", "Timrå väljer att …": a town opening a sentence and deciding is its
    # municipality
    # ("Flera kommuner har hört av sig, Göteborg ringde i höstas": a clause of its own after a comma)
    # ("Även Norrtälje ska utreda …": an adverb opening the sentence before it)
    # ("Orsaken är att Laholm är den halländska kommun som …": a clause after "att")
    for m in re.finditer(rf"(?:^|(?<=[.!?][ \t])|(?<=,[ \t])|(?<=\n)|(?<=[ \t]att[ \t])|(?<=[.!?\n][ \t]Även[ \t])|"
                         rf"(?<=[.!?\n][ \t]Också[ \t]))(?!(?:Även|Också)[ \t])({item})[ \t]+{DECIDES}", t):
        p = _match_place(m.group(1), lex.municipalities, fuzzy=False)
        if p:
            add(_place_found(p, m.start(1), m.end(1), m.group(1), "organisation.acting_town", 0.65))
    _places_by_kind(text, lex, all_places, item)
    # a row of a staff list: "Lena Berg, socialchef, Ekerö, 08-124 571 00": a bare municipality as a field
    for block in text.blocks:
        if block.kind != "bullet" or t.count(",", block.start, block.end) < 2 or block.end - block.start > 160:
            continue  # (a bullet of running text lists towns as places: "… vid sjukhusen i Malmö, Lund, …")
        for m in re.finditer(rf"(?<=,)[ \t]*({item}(?:[ \t]+stad)?)[ \t]*(?=,|$|\n)", t[block.start:block.end]):
            p = _match_place(re.sub(r"\s+stad$", "", m.group(1)), lex.municipalities, fuzzy=False)
            if p:
                a, b = block.start + m.start(1), block.start + m.end(1)
                add(_place_found(p, a, b, t[a:b], "organisation.municipality_field", 0.75))
    # a row of a table: "Malmö Anna Berg Socialdirektör", "Östra Göinge (nordöstra) Bo Ek Socialchef"
    for block in text.blocks:
        m = ROW_PLACE.match(t, block.start)
        p = _match_place(m.group(1), lex.municipalities, fuzzy=False) if m and block.end - block.start <= 100 else None
        if p:
            add(_place_found(p, m.start(1), m.end(1), m.group(1), "organisation.row_place", 0.7))
    # a roster's row: "Jessica Lindh Vadstena", "Linda Ek Åtvidaberg ordförande LGVO": a member's name, then the
    # municipality she comes from, closing the line or before her title
    for block in text.blocks:
        m = NAME_TOWN_ROW.fullmatch(t, block.start, block.end) if block.end - block.start <= 80 else None
        if m and m.group(1) in lex.first_names and roster_row(t, block.start, m.end(2)):
            p = _match_place(m.group(2), lex.municipalities, fuzzy=False)
            if p:
                add(_place_found(p, m.start(2), m.end(2), m.group(2), "organisation.row_place", 0.7))
    # "Eva Berg, förvaltningschef, Karlshamn och …": a bare municipality right after a role title is the employer
    for m in re.finditer(rf"(?<![\w-])([{UPPER}]?[{LOWER}]+),[ \t]*({item})(?=[ \t]*(?:[,.;)|\n]|och\b|samt\b|$))", t):
        p = _match_place(m.group(2), lex.municipalities, fuzzy=False)
        if p and base_form(m.group(1), lex):
            add(_place_found(p, m.start(2), m.end(2), m.group(2), "organisation.municipality_field", 0.7))
    # "De regioner som ingår är Västernorrland, Västerbotten, Norrbotten och Jämtland Härjedalen"
    # "de fyra nordligaste regionerna i Sverige, alltså: Norrbotten, Västerbotten, …"
    for m in re.finditer(rf"(?<![\w-])(?i:regioner(?:na)?)(?:\s+i\s+(?:Sverige|landet))?"
                         rf"(?:\s+som\s+(?:[a-zåäö]+\s+){{1,2}}?(?:är|var))?(?:\s*,?\s*(?:alltså|nämligen))?\s*:?\s+"
                         rf"({item}(?:\s*,\s*{item})*\s+och\s+{item}|{item}(?:\s*,\s*{item})+)(?![\w-])", t):
        # ("regionerna Skåne, Kronoberg, Blekinge och södra delen av Hallands län": the names, then a part of one)
        all_places(m, lex.regions, "organisation.region_list")
    for m in re.finditer(rf"{item}(?:\s*(?:,|och|&)\s*{item}){{2,}}", t):
        names = [(x.start(), x.end(), x.group(0)) for x in re.finditer(item, m.group(0))]
        places = [(a, b, _match_place(w, lex.municipalities, fuzzy=False)) for a, b, w in names]
        hits = [x for x in places if x[2]]
        # (not "Mönsterås, Mörbylånga, Emmaboda och Kvarnholmens hälsocentraler": the care centres of those towns)
        if len(hits) >= 3 and len(hits) >= len(places) - 1 and not UNITS_IN.search(t, max(0, m.start() - 40), m.start()) \
                and not PLACES_BEFORE.search(t, max(0, m.start() - 30), m.start()) and \
                not re.match(r"s?[ \t]+[a-zåäö]*(?:centraler|sjukhus|kliniker|mottagningar|lasarett)(?![\w-])", t[m.end():]):
            for a, b, p in hits:
                start = m.start() + a
                add(_place_found(p, start, m.start() + b, t[start:m.start() + b], "organisation.municipality_list",
                                 0.8))


# the kind a sentence calls its places: "kommuner" are municipalities, "regioner" and "landsting" regions
KIND_NOUN = rf"(?:[{LOWER}]*kommun(?:er|erna)|regioner(?:na)?|landsting(?:en)?)"
NUMBER_WORD = rf"(?:{NUMBER_WORDS}|\d{{1,2}})"


def _places_by_kind(text: Text, lex: Lexicon, all_places, item: str) -> None:
    """Bare place names the sentence itself calls municipalities or regions: "Sörmland och Västra Götaland är två
    regioner", "två kommuner, Stockholm och Örebro", "Trosa tillhör de bästa kommunerna", "grannkommunerna Filipstad
    respektive Kristinehamn", "Halmstad och de övriga halländska kommunerna", "ett fåtal kommuner (bl.a. Solna)",
    "regionstyrelsens ordförande i Halland"."""
    t = text.text
    listed = rf"(?P<names>{item}(?:\s*,\s*{item})*(?:\s+(?:och|samt|respektive)\s+{item})?)(?![\w-])"
    patterns = (
        # the names, then what they are
        rf"(?<![\w-]){listed}\s+(?:är|var)\s+(?:{NUMBER_WORD}|de|båda)\s+(?:[{LOWER}]+\s+)?(?P<noun>{KIND_NOUN})(?![\w-])",
        rf"(?<![\w-]){listed}\s+tillhör\s+(?:de|den)\s+[^.!?\n]{{0,40}}?(?<![\w-])(?P<noun>{KIND_NOUN})(?![\w-])",
        rf"(?<![\w-]){listed}\s+och\s+de\s+(?:övriga|andra)\s+(?:[{LOWER}]+\s+)?(?P<noun>{KIND_NOUN})(?![\w-])",
        # what they are, then the names
        rf"(?<![\w-])(?:{NUMBER_WORD}\s+(?P<noun>{KIND_NOUN})\s*[,:]|(?P<noun2>[{UPPER}{LOWER}][{LOWER}]+kommunerna)|"
        rf"(?P<noun3>{KIND_NOUN})\s*\((?:bl\.\s?a\.?|bland annat|t\.\s?ex\.?|till exempel))\s+{listed}",
        # the assembly's own place: "regionstyrelsens ordförande i Halland", "kommunfullmäktiges ordförande Arvika"
        # (a "landstingsstyrelse" is the county council's, which the region is not: FORMER_REGION names that one)
        rf"(?<![\w-])(?i:(?P<noun4>region|kommun)(?:styrelsens|fullmäktiges))\s+(?:vice\s+|förste\s+)?"
        rf"ordförande\s+(?:i\s+)?(?P<one>{item})(?![\w-])(?!\s+(?:kommun|stad|län|[Rr]egion))",
    )
    for pattern in patterns:
        for m in re.finditer(pattern, t):
            groups = m.groupdict()
            noun = next(groups[k] for k in ("noun", "noun2", "noun3", "noun4") if groups.get(k))
            places = lex.municipalities if "kommun" in noun.casefold() else lex.regions
            all_places(m, places, "organisation.place_by_kind", "names" if groups.get("names") else "one")


def domain_organisation(domain: str, lex: Lexicon) -> tuple[str, str] | None:
    """The region or municipality an e-mail domain belongs to: regionvastmanland.se -> Region Västmanland."""
    label = domain.casefold().rsplit(".", 1)[0].split(".")[-1].replace("-", "")
    site = ".".join(domain.casefold().split(".")[-2:])
    for p in lex.regions:
        if site in p.domains:
            return p.name, "Region"
        if label in {fold(p.name).replace(" ", ""), fold(p.short).replace(" ", ""),
                     "region" + fold(p.short).replace(" ", "")}:
            return p.name, "Region"
    for p in lex.municipalities:
        if label == fold(p.short).replace(" ", ""):
            return p.name, "Municipality"
    return None


def document_region(found: list[Found], lex: Lexicon, text: Text) -> Found | None:
    """The region a document is about, when it makes that clear: its region named most,
    counting its county and its municipalities too."""
    counts: dict[str, float] = {}
    for f in found:
        if f.subtype == "Region":
            lan = dict(f.codes).get("lanskod", "")
            name = next((p.name for p in lex.regions if p.code == lan), f.name)  # a former county council counts too
            counts[name] = counts.get(name, 0) + 2
        elif f.subtype == "Municipality":
            lan = dict(f.codes).get("kommunkod", "")[:2]
            for p in lex.regions:
                if p.code == lan:
                    counts[p.name] = counts.get(p.name, 0) + 1
    key = (id(lex), "region_places")
    if key not in _CACHE:
        _CACHE[key] = _Names({form: p for p in lex.regions
                              for form in {p.short, p.county, *[a for a in p.aliases if " " not in a]} - {""}})
    for _, p in _CACHE[key].finditer(text.text):
        counts[p.name] = counts.get(p.name, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    place = next(p for p in lex.regions if p.name == ranked[0][0])
    return _place_found(place, 0, 0, "", "organisation.document_region", 0.7)
