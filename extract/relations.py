"""Relations the text states between resolved mentions: title, worksFor, leads, participatesIn, partOf.

Each rule is named (``title.apposition``, ``employer.after_title``, ``leads.chair`` …) and carries a
confidence, so that a fact in the graph says why it is there.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import chain

from .coref import PLURAL_GROUP
from .forums import forum_heads
from .lexicons import Lexicon
from .model import Covered, Fact, Text
from .organisations import DEPARTMENT_AT_RE, chart_units
from .people import SAYS
from .patterns import ASSOCIATION_NAME, CONTACT_WORDS, COUNT_OF, LOWER, NOT_NAME, NUMBER_WORDS, ORG_KIND, PARTY_LETTERS, UPPER, is_association, is_board, is_committee, line_at, sentence_at, squash
from .projects import PROJECT_GROUP_WORDS, without_county
from .titles import Title, base_form, find_titles

# a municipality's administration by its one-word name: "Socialförvaltningen", "Barn- och utbildningsförvaltningen"
MUNICIPAL_ADMINISTRATION = re.compile(r"[A-ZÅÄÖ][a-zåäö,-]*(?:\s+[a-zåäö][a-zåäö,-]*)*förvaltningen?")
# a remit only a municipality has: social services, schools, elderly care, town planning
MUNICIPAL_REMIT = re.compile(r"(?i)social|omsorg|äldre|utbildning|skol|stadsdel|samhälls|funktionsstöd|individ|fritid|"
                             r"arbetsmarknad|teknisk|miljö|bygg")
# a unit named after its owner and a common noun: "Region Skånes förvaltning Skånevård Kryh", found by its form or
# as one of the regions' own care providers
OWNED_RULES = frozenset({"organisation.owned_unit", "organisation.regional_provider", "organisation.owned_board"})
# a unit's short form after its name: "Glesbygdsmedicinskt centrum, GMC, inom …", "Institutionen för X (IX) vid …"
UNIT_SHORT_FORM = r"(?:\s*,\s*[A-ZÅÄÖ]{2,6}\s*,|\s*\([A-ZÅÄÖ]{2,6}\))?"
SELF_INTRO = re.compile(
    r"(?i)(?:jag är|jag var|jag jobbar som|jobbar som|arbetar som|jag arbetar som|jag som är|är jag)"
    r"(?:\s+(?:då|också|ju|även|nu|sedan|den|det|en|ett|andra|av|min|roll|som)){0,4}\s+$"
)
# "jag är distriktsläkare i grunden och sedan tre år tillbaka verksamhetschef": a second role, coordinated
SELF_INTRO_AGAIN = re.compile(r"(?i)\bjag (?:är|jobbar som|arbetar som)\s+[a-zåäö-]+(?:\s+[a-zåäö0-9]+){0,6}\s+och"
                              r"(?:\s+(?:sedan|nu|numera|även|också|dessutom|är|[a-zåäö]+\s+år\s+tillbaka|\d+)){0,5}\s+$")
# "På Ekby äldreboende i Växjö är enhetschefen …": the unit, its town, the verb, then the title and the name
PLACE_THEN_VERB = re.compile(rf"(?:[ \t]+i[ \t]+[{UPPER}][{LOWER}]+)?[ \t]+(?:är|var|blir|jobbar|arbetar|har)[ \t]+")
# "Per Ek Nordbo AB, redovisar …", "VD Nordbo AB, Per Ek informerar om …": who reports an item of the minutes
REPORT_VERB = r"(?:redovisar|informerar|föredrar|presenterar|rapporterar)\b"
REPORTS = re.compile(r"[ \t]*,[ \t]+" + REPORT_VERB)
# "efterträdde hon Eva Ek som chef", "Bo Berg ersätter Eva Ek som ordförande": a successor and whom she follows
SUCCEEDS = re.compile(r"(?i)(?<![\w-])(?:efterträder|efterträdde|efterträtt|ersätter|ersatte|ersätta|efterträda|avlöser|"
                      r"avlöste)(?:[ \t]+(hon|han))?[ \t]+$")
# "I dag är (regiondirektör) Eva Ek …", "Från 1 maj blir Eva Ek …": an opening phrase, then the verb before its subject
INVERTED_COPULA = re.compile(r"(?<=\w)[ \t]+(?:är|var|blir|blev)[ \t]+(?:[a-zåäö-]+[ \t]+)?$")
# "tillträdde jag som ordförande", "jag blev vald till ordförande": the writer's own post, in a signed post
SIGNED_SELF = re.compile(r"(?i)(?:\bjag[ \t]+(?:är|var|blev|tillträdde[ \t]+som|började[ \t]+som|har[ \t]+varit)|"
                         r"\b(?:tillträdde|började|blev)[ \t]+jag(?:[ \t]+som)?)"
                         r"(?:[ \t]+(?:då|också|nu|ny|nytt|vald[ \t]+till|en|ett)){0,3}[ \t]+$")
# "Hon är utvecklingsledare på …", "Välkommen Anna Berg. Du är ordförande …": the person the text was just about
# ("I dag är hon mas i X", "Sedan 2019 är han …": a time first, the pronoun after the verb)
PRONOUN_IS = re.compile(r"(?m)(?:(?:(?:^|[.!?:]\s+)(?:Hon|Han|Du)|,\s+du|\bdär (?:hon|han)(?: nu| numera| sedan \d{4})?) "
                        r"(?:är|var|blir|jobbar som|arbetar som|(?:har |hade )?(?:haft|har) (?:rollen|tjänsten|uppdraget) som)|"
                        r"(?:^|[.!?:]\s+)(?:I dag|Idag|Nu|Numera|Sedan \d{4}|"
                        r"Sedan dess|Därefter|Sedan|Sen|Då) (?:är|var|blev|blir) (?:hon|han)(?: nu| numera)?)"
                        r"\s+[\"”]?(?:[a-zåäö]+\s+){0,2}$")
# "Lars-Göran Ekwall (S), regionråd": a party tag between name and title; in minutes "Eva Ek, S, ordförande" (the
# party's letters between commas; "Eva Ek, (s), kommunstyrelsens ordförande": the tag in commas)
PARTY = rf"(?:(?:[ \t]*,)?\s*\((?:[A-ZÅÄÖ]{{1,3}}|{PARTY_LETTERS})\)\s*,?|[ \t]*,[ \t]*(?:KD|MP|SD|FP|S|M|C|L|V)(?=[ \t]*,))?"
# "sökt jobbet som Blekinges nya …", "söker tjänsten som …": a post someone applies for
APPLIED_FOR = re.compile(rf"(?i)(?<![\w-])(?:sökt|söker|sökte|sökande[ \t]+till)[ \t]+(?:jobbet|tjänsten|posten|uppdraget)"
                         rf"[ \t]+som[ \t]+(?:(?-i:[{UPPER}])[{LOWER}]+s[ \t]+)?(?:nya?[ \t]+)?$")
# "Karl Berg, kansliet": a row of the staff of the office of the body whose minutes these are
OFFICE_ROW = re.compile(r"[ \t]*,[ \t]*(?:förbunds|kommun|region)?kansliet(?![\w-])")
# "Kjell Ek, i dag är sjukvårdsdirektör": what the name before is now, the subject left out
NOW_IS = re.compile(r"[ \t]*,[ \t]*(?:som[ \t]+)?(?:i[ \t]+dag|idag|numera|nu)[ \t]+(?:är|arbetar[ \t]+som|jobbar[ \t]+som)[ \t]+")
# ", Älvsbyn, (s, " between a name and a post: a minutes' row whose bracket around the party was never closed
OPEN_PARTY_ROW = re.compile(rf"(?:[ \t]*,[ \t]*[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+)?)?[ \t]*,[ \t]*"
                            rf"\((?:{PARTY_LETTERS})[ \t]*,[ \t]*")
FROM_TOWN = rf"(?:[ \t]+från[ \t]+[{UPPER}][{LOWER}]+[ \t]*,)?"
PARTY_MARK = re.compile(r"[ \t]*,[ \t]*(?:KD|MP|SD|FP|S|M|C|L|V)(?![\w-])")  # "Eva Ek, S": the next member's row
# "Per Berg, AU, Växjö kommun", "Eva Ek, vice ordförande AU, Ljungby kommun": a committee's initials in a row
ROW_FIELD = r"(?:[ \t]*,[ \t]*(?:(?:vice[ \t]+)?ordförande,?[ \t]+)?[A-ZÅÄÖ]{2,4})?"
# "fem regionråd", "två projektledare", "tre av projektledarna": a title counted, whose holders the next sentence names
# ("våra regionråd A och B", "båda projektledarna": a plural determiner before a title that has one form for both)
COUNTED = re.compile(rf"(?:\b(?:{NUMBER_WORDS}|våra|båda|bägge|dessa)|\d{{1,2}})[ \t]+(?:av[ \t]+)?(?:nya[ \t]+)?$", re.I)
NAMED_NEXT = re.compile(r"\s*(?:Det (?:handlar om|gäller|är)|De är|Dessa är|Det blir)\s+")
FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:jag|mig|mitt|min)(?![\w-])")
WE = re.compile(r"(?i)(?<![\w-])(?:vi|vår|vårt|våra|oss)(?![\w-])")
# "… i Region X", "… på FoU i X", "områdeschef för hemtjänsten i Gävle kommun"
# ", samordnare familjecentraler, Region X": a bare complement of the title before the comma too
# ("medicinskt ansvarig sjuksköterska (MAS) i X kommun": the title's short form in brackets between)
# ("Statssekreterare, (S) Socialdepartementet": a panel's row, her party's letters before where she works)
EMPLOY_LINK = re.compile(r"^(?:\s*\([A-ZÅÄÖ]{2,6}\))?\s*(?:,\s*)?(?:\([A-ZÅÄÖ]{1,3}\)[ \t]+)?(?:här\s+)?"
                         r"(?:(?:för|på|inom|vid|i)\s+(?:[a-zåäö-]+,?\s+){1,3}?|"
                         # "chef för området äldre och funktionsnedsättning i Flen", "verksamhetschef för kommunal hälso-
                         # och sjukvård och äldreomsorg i X kommun": a field of four to six words, no comma
                         # ("avdelningschef inom sektor vård och omsorg på Skövde kommun")
                         r"(?:för|inom)\s+(?:[a-zåäö-]+\s+){4,6}(?=(?:i|på|vid)\s+$)|"
                         # "verksamhetschef SÄBO på X kommun": the field as an acronym, then where
                         r"\s[A-ZÅÄÖ]{2,6}\s+(?=(?:på|vid|inom|hos|i)\s+$)|"
                         # "lektor vid avdelningen för åldrande och social förändring vid Linköpings universitet"
                         r"(?:vid|på)\s+(?:avdelningen|institutionen|enheten|sektionen)\s+för\s+[a-zåäö -]{3,80}?\s+(?=vid)|(?:för\s+)?[Nn]ära\s+[Vv]ård(?:\s+|(?=,))|"
                         r"och\s+(?:med)?grundare\s+(?:av|till)\s+|,\s*anställd\s+|"
                         r"\s(?!(?:och|samt|som|är|var|har|säger|berättar|sedan|nu|till)\b)[a-zåäö-]{4,}(?:\s+[a-zåäö-]{2,})?"
                         r"\s*(?=,)|"
                         # "verksamhetschef vård och omsorg vid Luleå kommun": the field, then where
                         r"\s(?!(?:och|samt|som|är|var|har|säger|berättar|sedan|nu|till|eller|men|med|från)\b)[a-zåäö-]{3,}"
                         r"(?:\s+(?:och\s+)?[a-zåäö-]{3,}){0,3}\s+(?=(?:vid|inom|hos)\s+$)|"
                         # "professor vårdvetenskap Marie Cederschiölds högskola": the subject, then where
                         r"\s(?!(?:och|samt|som|är|var|har|säger|berättar|sedan|nu|till|eller|men|med|från|ledamot|ersättare|ordförande|"
                         r"vice|suppleant|adjungerad|under|efter|inför|bland|genom|innan|utan)\b)[a-zåäö-]{5,}\s+"
                         r"(?=$))?(?:i|på|vid|för|inom|hos|åt|över|,)?\s*$")
# "På vårdcentralen i Ekby träffar vi Eva Ek", "Här finns Bo Berg": whom a reporter met at the place
VISIT = re.compile(r"[ \t]+(?:träffar|möter|hittar)[ \t]+(?:vi|jag|[A-ZÅÄÖ][a-zåäö]+)[ \t]+(?:(?:bland[ \t]+andra|"
                   r"bl\.[ \t]?a\.|också|även)[ \t]+)?")
HERE_IS = re.compile(r"Här[ \t]+(?:finns|arbetar|jobbar|träffar[ \t]+vi|möter[ \t]+vi)[ \t]+(?:(?:bland[ \t]+andra|"
                     r"bl\.[ \t]?a\.|också|även)[ \t]+)?")
# "Eva Berg från FoU Väst", "Bo Ek på Inera", "Eva Ek, från X"
FROM = re.compile(r"[ \t]*,?[ \t]+(?:från|på|vid|hos)[ \t]+")
# "Från SKR deltog …", "Från regionen medverkade …": the body whose people the sentence goes on to name
# ("Från initiativtagaren SKR deltog A och B": what the body is to the meeting, in lower case before its name;
# "Från FoUiS deltar A och B")
FROM_ORG_CAME = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))Från[ \t]+(?:[a-zåäö]+[ \t]+)?([A-ZÅÄÖ])[^.!?\n]{0,60}?[ \t]+"
                           r"(deltog|deltar|medverkade|medverkar|närvarade|kom|har|hade|var|fanns)[ \t]+")
# "A, läkare, och B, utvecklingsledare – alla från Region X": a closing phrase that places everyone the sentence named
ALL_FROM = re.compile(r"(?:[ \t]*[,–—-])?[ \t]+(?:alla|samtliga|båda|bägge)[ \t]+(?:tre[ \t]+|fyra[ \t]+|fem[ \t]+)?"
                      r"(?:från|på|vid|hos|inom)[ \t]+(?=[A-ZÅÄÖ])")
# "Några av representanterna från Region X var A, …": the body whose people the rest of the sentence names
REPRESENTING = re.compile(r"(?i)(?<![\w-])(?:representant(?:er|erna)?|företrädar(?:e|na)|deltagar(?:e|na))[ \t]+"
                          r"(?:från|för)[ \t]+(?=[A-ZÅÄÖ])")
REPRESENTING_WERE = re.compile(r"[ \t]+(?:var|är|blev|blir)[ \t]+")
# "Under besöket representerades Region X av A, B och C"
ORG_REPRESENTED = re.compile(r"(?<![\w-])(?:representerades|representeras|företräddes|företräds)[ \t]+(?=[A-ZÅÄÖ])")
REPRESENTED_BY = re.compile(r"[ \t]+av[ \t]+")
# a word a title list may hold that says what people are, not which post they hold, when it names them after it
GROUP_WORDS = frozenset({"politiker"})
# a profile's fields, one a line under "Namn: Anna Berg": her post and where she works
PROFILE_NAME = re.compile(r"(?m)^[ \t]*Namn[ \t]*:[ \t]*")
PROFILE_FIELD = re.compile(r"[ \t]*([A-ZÅÄÖ][a-zåäö]+(?:/[a-zåäö]+)?)[ \t]*:[ \t]*(?=\S)")
PROFILE_TITLES = frozenset({"yrke", "titel", "befattning", "roll", "tjänst", "titel/roll"})
PROFILE_EMPLOYERS = frozenset({"arbetsplats", "arbetsgivare", "organisation", "förvaltning", "enhet", "verksamhet"})
# between a name and its capitalised title on a card or a flattened roster's row: spaces, perhaps her party
# ("Anna Berg (C) Ordförande Eva Ek (S) Vice ordförande …")
BRACKET_PARTY = r"\([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\)"  # a party's letters in brackets: "(S)", "(KD)", "(Mp)"
CARD_GAP = rf"[ \t]+(?:{BRACKET_PARTY}[ \t]+)?"
UNIVERSITY = re.compile(r"(?i)universit|högskola|college")  # a seat of learning, which no town or region owns
POSTED_AT = re.compile(r"[ \t]*,[ \t]*(?:verksam|anställd)[ \t]+(?:vid|på|inom|hos)[ \t]+")  # "Eva Ek, verksam vid X"
FROM_KIND = re.compile(rf"[ \t]+(?:från|på|vid|hos)[ \t]+{ORG_KIND}[ \t]+")  # "… från tankesmedjan Arena Idé"
ROW_END = re.compile(r"[ \t]*(?:\n|$|\(|,|;|[ \t][–-][ \t])")
# ", Utveckling Nära vård och hälsa, region Uppsala", " Nära vård och hälsa, Stenhagens Vårdcentral"
# ("projektledare vid Regional utveckling, Region Örebro": the unit after its preposition)
UNIT_THEN_OWNER = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:(?:vid|på|inom)[ \t]+)?(?=[A-ZÅÄÖ]))[^,.;:\n]{3,60},[ \t]*")
GROUP_LABEL = re.compile(r"(?i)[ \t]*(?:projektets\s+|programmets\s+)?(?:styrgrupp|styrgruppen|projektgrupp|"
                         r"projektgruppen|referensgrupp|referensgruppen|arbetsgrupp|arbetsgruppen)[ \t]*:")
# "Styrgrupp" as a heading of its own, the members on the lines below
GROUP_HEADING = re.compile(r"(?i)(?:projektets\s+|programmets\s+)?(?:styrgrupp|styrgruppen|projektgrupp|projektgruppen)")
# the staff of a project, by their title: "projektmedarbetare i EU-projektet X"
PROJECT_STAFF = frozenset(("projektmedarbetare", "projektassistent", "projektsamordnare", "projektdeltagare"))
IN_PROJECT = re.compile(r"[ \t]+(?:i|inom|för|på)[ \t]+(?:(?:det|den)[ \t]+)?(?:[a-zåäö]+[ \t]+)?"
                        r"(?:[A-ZÅÄÖa-zåäö]+-)?(?:projektet|satsningen|programmet)?[ \t]*")
# "Bo Berg arbetar 50 procent i projektet", "hon jobbar halvtid i projektet": the project the text is about
WORKS_IN_PROJECT = re.compile(r"(?<![\w-])(?:arbetar|jobbar)[ \t]+(?:\d{1,3}[ \t]*(?:procent|%)|halvtid|heltid)"
                              r"[ \t]+(?:i|med)[ \t]+projektet(?![\w-])")
# "Framtagna av projektgrupp X", "projektgruppen för X": the group named by its project
PROJECT_GROUP = re.compile(PROJECT_GROUP_WORDS + "$")
# a member's row that ends by saying she leads the project: "Eva Ek, apotekare, X (projektledare)"
LEAD_ROW = re.compile(r"(?:[ \t][–-][ \t]*|\(|,[ \t]*)projektledare\)?[ \t]*$")
# a member's row that ends by saying she chairs the group: "Bo Ek, direktör - ordförande", "Bo Ek (ordförande)"
CHAIR_ROW = re.compile(r"(?:[ \t][–-][ \t]*|\(|,[ \t]*)(?:ordförande|sammankallande)\)?[ \t]*$")
APPOINTED = re.compile(r"(?:[ \t]*\([A-ZÅÄÖa-zåäö]{1,4}\))?(?:[ \t]*,[^,.!?\n]{2,80},)?"  # "Eva Ek (S), Piteå, utsågs till"
                       # "Eva Ek får samlat ansvar då hon permanent tar över rollen som …"
                       r"(?:\s+[^,.!?\n]{0,50}?\b(?:då|när|och)\s+(?:hon|han)(?:\s+[a-zåäö]+)?(?=\s+tar\s+över))?"
                       # ("Bo Ek, som detta datum övergår till tjänsten som …": when, between "som" and the verb)
                       r"(?:[ \t]*,)?\s+(?:som\s+(?:[a-zåäö0-9:.]+\s+){0,4}?)?(?:har\s+|hade\s+)?"
                       # ("tar tillfälligt över ansvaret som …": how long, and the charge she takes over)
                       # ("gratulera Eva Ek att ta över uppdraget som …", "har tagit över": the infinitive, the supine)
                       r"(?:(?:att\s+|har\s+)?ta(?:r|git)?\s+(?:(?:tillfälligt|tills\s+vidare|tillsvidare|interimistiskt|nu)\s+)?över\s+"
                       r"(?:rollen\s+|uppdraget\s+|tjänsten\s+|ansvaret\s+)?som|"
                       r"(?:övergår|övergick|går\s+över)\s+till\s+(?:tjänsten|rollen|uppdraget)\s+som|"
                       # "har trätt in som ny ordförande", "som kommer vara ny socialnämndens ordförande"
                       r"går\s+in\s+som|(?:trätt|träder|trädde)\s+in\s+som|"
                       # "Vid årsskiftet börjar Eva Ek från Huskvarna sin tjänst som ny förbundschef": the verb before her
                       r"(?:från\s+[A-ZÅÄÖ][\w-]+\s+)?(?:sin|sitt)\s+(?:nya\s+)?(?:tjänst|uppdrag|anställning)\s+som|"
                       r"[a-zåäö]+\s+(?:nu\s+)?(?:in\s+)?i\s+(?:den\s+nya\s+)?rollen\s+som|utsetts\s+till|utses\s+till|utsågs\s+till|anställts\s+som|"
                       r"anställs\s+som|rekryterats\s+som|fått\s+(?:en\s+)?(?:tjänst|jobb|uppdraget)\s+som|"
                       r"tillträder\s+som|tillträtt\s+som|blir\s+ny|är\s+ny|kommer\s+(?:att\s+)?(?:vara|bli)\s+ny|är\s+nytillträdd|(?:om)?valdes\s+till|"
                       # "Eva Ek föreslås till regiondirektör", "föreslås som ny ordförande": the one proposed
                       r"valts\s+till|(?:föreslås|föreslogs|har\s+föreslagits)\s+(?:till|som))\s+(?:(?:ny|nyvald|nyvalde)\s+)?")
# "… har överenskommit om att inrätta en gemensam nämnd kallad X", "… har inrättat en gemensam nämnd"
JOINT_COMMITTEE = re.compile(r"(?<![\w-])(?:inrätta|inrättat|bilda|bildat)[ \t]+en[ \t]+gemensam[ \t]+nämnd(?![\w-])")
# "ekonomichef för Sjukhusen i väster", "HR-direktör för X": the head of one function there, not of the whole
FUNCTION_HEAD = re.compile(r"(?i)(?:ekonomi|personal|hr-|it-|kommunikations|informations|press|säkerhets|kvalitets|"
                           r"finans|inköps|löne|fastighets)(?:chef|direktör)$")
# "Eva Ek, som är på dagarna för första gången, är enhetschef i …": an aside about her, then her title
# ("Eva Ek, från X på Y, är projektledare": where she comes from, set off by commas, before the copula)
ASIDE_IS = re.compile(r"[ \t]*,[ \t]*(?:som|från)[ \t][^,.!?\n]{2,70},[ \t]*(?:är|var|blir)[ \t]+(?:[a-zåäö]+[ \t]+){0,2}")
STARTS_AT = re.compile(r"[ \t]+(?:börjar|började|har\s+börjat)\s+(?:sin\s+(?:nya\s+)?tjänst\s+|arbeta\s+|jobba\s+)?"
                       r"(?:hos|på|vid|i)[ \t]+")
# "Anna Berg arbetar på Mora kommun", "jag jobbar i Region Dalarna", "hon är anställd vid X": where one works now
# "doktorerar vid X", "för att doktorera vid X", "forskar på X": a doctoral student or researcher employed there;
# "är tjänstledig från X": still employed there
# ("har jobbat i Falkenbergs kommuns hemsjukvård sedan 2018": where she has worked and still does)
WORKS_AT = re.compile(r"(?i)(?<![\w-])(?:(?:arbetar|jobbar|är[ \t]+anställda?|är[ \t]+verksamma?|har[ \t]+(?:jobbat|arbetat))"
                      r"(?:[ \t]+(?:nu|idag|i[ \t]+dag|numera|också|även|själv|fortfarande|sedan[ \t]+\d{4}))*"
                      r"[ \t]+(?:på|vid|hos|i|inom)|(?:doktorerar|forskar|(?<=(?:att|och)[ \t])doktorera)[ \t]+(?:vid|på)|"
                      r"är[ \t]+tjänstledig[ \t]+från|tillhör)[ \t]+")
# "jobbar i hemtjänsten i Kalix kommun", "arbetar inom äldreomsorgen i Mora kommun": a field in its definite form
WORKS_IN_FIELD = re.compile(r"[a-zåäö-]{3,}(?:en|et|na)[ \t]+(?:i|på|vid|inom)[ \t]+")
# "A, B och C ingår i teamet. Samtliga tillhör X förutom D": the people of the sentence before, but the exception
ALL_OF_THEM = re.compile(rf"(?:Samtliga|Alla|Båda|Bägge)(?:[ \t]+({NUMBER_WORDS}|\d+))?[ \t]+$")
CHAIR = re.compile(r"(?i)(?:ordförande|sammankallande)\s+(?:för|i)\s+(?:den\s+|det\s+|vår\s+)?$")
# a label opens a line, or stands inside one where a PDF's lines ran together ("… Närsjukvård Projektägare: Anna Berg")
LABEL_LINE = re.compile(
    r"(?im)(?:^[ \t]*(?:[•▪*–-][ \t]*)?|(?<=[ \t])(?-i:(?=[A-ZÅÄÖ][a-zåäö]+[ \t]*:)))"
    r"(?P<label>projektledare|programledare|delprojektledare|ordförande|ansvarig|samordnare|sammankallande|"
    r"processledare|parters?|deltagare|medverkande|samarbetspartner|samarbetspartners|"
    r"samverkansparters?|samverkanspartner|samverkanspartners|projektparters?|projektägare|deltagande kommuner|"
    r"deltagande organisationer|medverkande kommuner|medverkande organisationer|ingående kommuner|"
    r"partner|partners|pilot i|piloter i|test i|tester i|testas i|startat i|startar i|införs i|infört i|"
    r"kontaktpersoner|kontaktperson)"
    r"(?:[ \t]*:?[ \t]+|(?P<alone>[ \t]*:?[ \t]*$))")
NEXT_FIELD = re.compile(r"(?<=[ \t])[A-ZÅÄÖ][a-zåäö]+[ \t]*:")
PARTY_LABELS = {"parter", "deltagare", "medverkande", "samarbetspartner", "samarbetspartners", "partner", "partners",
                "samverkansparter", "samverkanspartner", "samverkanspartners", "projektparter", "projektägare",
                "deltagande kommuner", "deltagande organisationer", "medverkande kommuner",
                "medverkande organisationer", "ingående kommuner"}
TRIAL_LABELS = {"pilot i", "piloter i", "test i", "tester i", "testas i", "startat i", "startar i", "införs i",
                "infört i"}
CONTACT_LABELS = {"kontaktperson", "kontaktpersoner"}  # a project page's contacts take part in it; they need not lead
PARTICIPATED = re.compile(r"(?i)\b(?:deltagit|deltar|deltog|medverkat|medverkar|ingått|ingår|varit med|representation[ \t]+från|representerade)\b")
# below a card's title line: one line break or a blank line, and at most one line of a unit's name ("IT-avdelningen",
# "Enheten för Digitalisering") before the next
CARD_BELOW = re.compile(rf"[ \t]*\n\s*(?:[{UPPER}][\w-]+(?:[ \t]+(?:för|och|[{UPPER}][\w-]*)){{0,3}}[ \t]*\n\s*)?(?<=\n)[ \t]*")
CONTACT_FIELD = re.compile(rf"[ \t]+{CONTACT_WORDS}\b")
CONTACT_TAIL = re.compile(rf"(?:[ \t]+{CONTACT_WORDS})?[ \t]*")  # what may end a card's line after name or employer
# "A, B och C är några av ReCalls forskare": some of an owner's staff, the owner in the genitive before the title
SOME_OF = r"\s*(?:är|var)\s+(?:en|ett|några|två|tre|fyra|fem|sex|ett\s+par|en\s+del)\s+av\s+(?:[^\s,.!?]+\s+){0,3}?"
SIGNATURE_DOTS = re.compile(r"[ \t]*(?:\.{3,}|…)")  # "Ordförande ……….": the line a signature goes on
MINUTES_OF = re.compile(r"(?i)[ \t]*(?:protokoll|minnesanteckningar|anteckningar|mötesanteckningar)[ \t]+(?:från|för|vid)"
                        r"[ \t]+(?:(?:möte|mötet|sammanträde)[ \t]+(?:med|i|för)[ \t]+)?")
# "X ingår i förvaltningen och leds av …", "X tillhör regionen men leds av …": a first verb phrase before the passive
# (an apposition between commas may stand before the verb: "Rehabenheten, med arbetsterapeuter, tillhör …")
COORDINATED_VERB = re.compile(r"(?:[ \t]*,[^.,;:\n]{1,60},)?[ \t]+(?:ingår|hör|tillhör|ligger|finns|är|har)[ \t]"
                              r"[^.,;:\n]{0,80}?[ \t](?:och|men)[ \t]+")
# "med läkaren Eva Ek i spetsen": who leads what the sentence names just before
AT_THE_HEAD = re.compile(rf"(?<![\w-])med[ \t]+(?:[{LOWER}]+[ \t]+)?([{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][\w-]+){{1,2}})"
                         rf"(?:[ \t]*\([^()\n]{{1,6}}\))?[ \t]+i[ \t]+spetsen(?![\w-])")
PASSIVE_LEAD = re.compile(r"(?i)\b(?:leds|ledds|leddes|letts|samordnas|samordnats|samordnades|drivs|drivits|koordineras|"
                          r"koordinerats|koordinerades)"
                          r"\s+av\s+(?-i:[a-zåäö]+\s+){0,2}")
PART_OF_RE = re.compile(r"(?i)\b(?:är|blir|utgör)\s+(?:[a-zåäö]+\s+){0,4}?(?:en\s+)?(?:del|delprojekt)\s+(?:av|i|inom)\s+"
                        r"(?:[a-zåäö]+\s+){0,3}?")
# "drivs av A tillsammans med B", "genomförs av A", "Drivs av A i samverkan med B och C", "har drivits gemensamt
# av A och B"
RUN_BY = re.compile(r"(?i)\b(?:drivs|drivits|drevs|genomförs|genomförts|bedrivs|bedrivits|ägs)\s+(?:gemensamt\s+|tillsammans\s+)?av\s+")
# "Tierps kommun får 2 miljoner kronor till projektet X", "beviljades 500 000 kr för satsningen X": the grantee runs it
GRANTED = re.compile(r"(?<![\w-])(?:får|fick|har[ \t]+fått|beviljas|beviljades|har[ \t]+beviljats|tilldelas|tilldelades)"
                     r"[ \t]+[^.!?\n]{0,40}?(?<![\w-])(?:kronor|kronro|kr|mnkr|Mkr|miljoner|euro)(?![\w-])"
                     # ("… från Arvsfonden för projektet X": the funder between)
                     r"(?:[ \t]+i[ \t]+(?:stöd|bidrag))?(?:[ \t]+från[ \t]+[^.!?\n]{2,40}?)?[ \t]+(?:till|för)[ \t]+")
# "Bakom projektet står A, B och C"; "A och B står bakom projektet"
BEHIND = re.compile(r"(?:(?<![\w-])Bakom[ \t]+(?P<what>[^.!?\n]{2,80}?)[ \t]+står[ \t]+|"
                    r"[ \t]+står[ \t]+(?:gemensamt[ \t]+|tillsammans[ \t]+)?bakom[ \t]+)")
# "Karin Berg, för regionala projektledningen för Mobil närvård", "Bo Ek, i styrgruppen för X"
IN_GROUP_OF = re.compile(r"[ \t]*,[ \t]*(?:för|i|från)[ \t]+(?:den[ \t]+)?(?:[a-zåäö]+a[ \t]+)?(?:projektledningen|"
                         r"projektgruppen|programledningen|styrgruppen|arbetsgruppen|referensgruppen|ledningsgruppen)"
                         r"[ \t]+(?:för|i|inom)[ \t]+")
# "Samverkande parter är A, B och C", "Deltagande kommuner är A och B"
PARTIES_ARE = re.compile(r"(?i)\b(?:samverkande|deltagande|medverkande)(?:[ \t]+(?:parter|organisationer|kommuner|"
                         r"aktörer|verksamheter))?[ \t]+är[ \t]+")
# "Projektpartners förutom RISE är A, B och C": the partners named, and the one left out before them
PARTNERS_ARE = re.compile(r"(?i)\b(?:projektpartners|projektparter|samarbetspartners|samarbetsparter)(?:[ \t]+(?:förutom|utöver)"
                          r"[ \t]+([^.!?\n]{2,60}?))?(?:[ \t]+är[ \t]+|[ \t]*:[ \t]*)")
# "Projektet har ett samarbete med X", "Projektet … involverar A, B och C": the project just named takes them in
# ("Delprojektet genomförs i samarbete med X")
THE_PROJECT_WITH = re.compile(r"(?<![\w-])(?:Projektet|Delprojektet|Piloten|Satsningen|Förstudien)[ \t]+(?:[^.!?\n]{0,80}?[ \t])?"
                              r"(?:har[ \t]+(?:ett|ett[ \t]+nära)[ \t]+samarbete[ \t]+med|samarbetar[ \t]+med|involverar|"
                              r"engagerar|(?:genomförs|görs|drivs|bedrivs|sker)[ \t]+i[ \t]+(?:nära[ \t]+)?(?:samarbete|"
                              r"samverkan)[ \t]+med)[ \t]+")
# "Parter i denna samverkan är Region X och länets kommuner": the parties of the one collaboration the page is about
PARTIES_OF_THIS = re.compile(r"(?i)\bparter(?:na)?[ \t]+i[ \t]+(?:denna|den här|vår|den)[ \t]+samverkan[ \t]+är[ \t]+")
# "X, ett politiskt samverkansorgan med representanter från Region Skåne och de skånska kommunerna"
INCLUDES = re.compile(r"(?<![\w-])I[ \t]+(?:(?:den|det)[ \t]+)?(?:gemensamma[ \t]+)?")  # a capital "I" opens a sentence
PARTIES_FOLLOW = re.compile(r"[ \t]+(?:samverkar|deltar|medverkar|ingår)[ \t]+följande[ \t]+(?:parter|aktörer|organisationer|"
                            r"huvudmän)[ \t]*:")
REPRESENTATIVES_FROM = re.compile(r"(?i)\b(?:representanter|ledamöter|företrädare)[ \t]+(?:från|för)[ \t]+")
# "representanterna i X kommer att vara A (S), Malmö, B och C", "Ledamöter i X är A och B"
# "Övriga fackförbund i X är …", "Medlemmar i nätverket X är …": the other words that open a group's members
REPRESENTATIVES_IN = re.compile(r"(?i)(?<![\w-])(?:övriga[ \t]+)?(?:representanter(?:na)?|ledamöter(?:na)?|fackförbund(?:en)?|"
                                r"medlemmar(?:na)?|parter(?:na)?|deltagare(?:na)?|(?:medlems)?organisationer(?:na)?|"
                                r"aktörer(?:na)?|kommuner(?:na)?)[ \t]+i[ \t]+(?:[a-zåäö]+[ \t]+)?$")
# "Gruppens medlemmar är för närvarande: A, …": the members of the group the paragraph is about
GROUP_MEMBERS_ARE = re.compile(r"(?<![\w-])(?:Gruppens|Nätverkets|Rådets|Forumets|[A-ZÅÄÖ][a-zåäö]*gruppens)[ \t]+"
                               r"(?:medlemmar|ledamöter|deltagare|representanter)[ \t]+är(?:[ \t]+(?:för[ \t]+närvarande|"
                               r"idag|i[ \t]+dag|just[ \t]+nu))?[ \t]*:?[ \t]*")
# "Förbundets medlemmar är Försäkringskassan och Arbetsförmedlingen i X, Region X samt Kinda och Åtvidabergs kommuner":
# the members of the one association the page is about
# ("Samordningsförbundet MittSkånes medlemmar är …": the association by its name's genitive)
# ("Medlemmar i förbundet är …": the same, the members first)
ASSOCIATION_MEMBERS_ARE = re.compile(r"(?<![\w-])(?:(?:(?:Förbundets|Föreningens|Samordningsförbundets|"
                                     r"[A-ZÅÄÖ][a-zåäö]*förbundet[ \t]+[A-ZÅÄÖ][\w-]*s)[ \t]+"
                                     r"(?:medlemmar|parter|medlemsparter|huvudmän)|"
                                     r"(?:Medlemmar|Parter|Huvudmän)[ \t]+i[ \t]+"
                                     r"(?:förbundet|föreningen|samordningsförbundet))[ \t]+är[ \t]*:?[ \t]*|"
                                     # "Förbundet ägs av A, B och kommunerna C och D": its owners are its members
                                     r"(?:Förbundet|Samordningsförbundet)[ \t]+ägs[ \t]+(?:gemensamt[ \t]+)?av[ \t]+|"
                                     # "Förbundet är en fristående juridisk person som utgörs gemensamt av A, B och C"
                                     # ("Samordningsförbundet bildades 2011-04-01 och består av: • A • B": its list)
                                     r"(?:Förbundet|Samordningsförbundet)(?:\s+(?:[^.!?\n]|\n(?![ \t]*\n)){0,80}?)?[ \t]+"
                                     r"(?:utgörs|bildas|består)[ \t]+(?:gemensamt[ \t]+)?av[ \t]*:?[ \t]*|"
                                     # "X ansluter till förbundet. Sedan tidigare ingår A, B och C": the members before
                                     r"(?:Sedan[ \t]+tidigare|I[ \t]+(?:förbundet|samordningsförbundet))[ \t]+ingår"
                                     r"(?:[ \t]+(?:även|också|idag|i[ \t]+dag))?[ \t]+|"
                                     # "Sundbybergs stad inrättar ett samordningsförbund tillsammans med A, B och C"
                                     r"(?P<founder>(?:inrättar|inrättade|bildar|bildade|startar|startade)[ \t]+ett[ \t]+"
                                     r"samordningsförbund[ \t]+tillsammans[ \t]+med[ \t]+))")
OWNED_BY = re.compile(r"[ \t]+ägs[ \t]+(?:gemensamt[ \t]+)?av[ \t]+")
ROW_CHAIR = re.compile(r"[ \t]*,[^,.;\n]{2,60},[ \t]*(?:ordf\.?|ordförande)(?![\w-])")  # "A, Region Y, ordf, B"
# "… representanter i X i hela länet: A (S) (ledamot och ordf) och B": the members after the colon, the chair marked
MEMBERS_VERB = re.compile(r"[ \t]+(?:(?:kommer[ \t]+)?att[ \t]+vara|är|blir|blev|var)[ \t]+|[^:.!?\n]{0,30}:[ \t]*")
CHAIR_ASIDE = re.compile(PARTY + r"[ \t]*\([^()\n]{0,30}?\b(?:ordf\.?|ordförande)\)")
# "Samrådsorganet består av 12 ledamöter där A utser sex och … en från B": who sends members takes part
# "Mösam består av förvaltningschefer från Mölndal, Partille och Härryda kommun"
SEATS = re.compile(r"(?i)\bbestår[ \t]+av[ \t]+(?:(?:totalt[ \t]+)?(?:\d+|[a-zåäö]+)[ \t]+(?:ledamöter|representanter|medlemmar)\b|"
                   r"[a-zåäö]*(?:chefer|direktörer|politiker)[ \t]+från\b)")
# "Skånes Kommuners styrelse utser ledamöter för kommunerna", "Region Stockholm väljer sex ledamöter"
APPOINTS = re.compile(r"(?i)\b(?:utser|väljer|nominerar|utsåg|valde)[ \t]+(?:[a-zåäö0-9]+[ \t]+){0,2}?"
                      r"(?:ledamöter|representanter|ledamot|representant)\b")
# "Medelpads närvårdsråd, där kommunerna Sundsvall, Timrå och Ånge möter regionen": who meets in a forum
WHERE_MEET = re.compile(r"[ \t]*,?[ \t]+där[ \t]+([^.;:!?\n]{3,160}?)[ \t]+(?:möter|möts|träffar|träffas|samlas|ses)"
                        r"(?![\w-])([^.;:!?\n]{0,80})")
# "Några av dem som varit med i X:", "De som deltagit i X:": a list of the participants follows the colon
BEEN_IN_COLON = re.compile(r"(?i)\b(?:som|vilka)\s+(?:har\s+)?(?:varit\s+med|deltagit|deltar|medverkat|medverkar|"
                           r"ingått|ingår|är\s+med)\s+i\s+")
SPACE = re.compile(r"\s*")
BARE_CUE = re.compile(r"(?i)(?<![\w-])(?:pilot)?(?:projekt|pilot|satsning|program|förstudie)[a-zåäö]*(?![\w-])")
# "Karlshamns kommun (har) genomfört ett pilotprojekt … tillsammans med Y": the subject runs it with Y
RUNS_AFTER = re.compile(r"\s+(?:har\s+|hade\s+)?(?:genomfört|genomför|genomförde|drivit|driver|drev|startat|startar|startade|"
                        r"bedrivit|bedriver|inlett|inleder|inledde)\b")
CLOCK = r"\d{1,2}[:.]\d{2}(?![\d])"  # "09:55-10:00": an agenda's next item begins after the title
TOGETHER = re.compile(r"(?i)\b(?:tillsammans|i samverkan|i samarbete)\s+med\s+")
ACRONYM_ASIDE = r"(?:\s*\([A-ZÅÄÖ][\w-]{0,12}\))?"
LIST_GLUE = r"\s*(?:,|och|samt|&|tillsammans med|i samverkan med|i samarbete med)\s*"
# "X deltar i", "jag sitter med i", "Hylte kommun deltar i projektet", "Vi ingår i SKR:s nätverk",
# "Hon sitter också med i X" (the adverb before "med")
# "vill", "ska fortsätta att", "kommer att": the auxiliaries between a subject and its verb
AUXILIARIES = r"(?:(?:vill|ska|skall|kommer\s+att|fortsätter\s+att|fortsätta\s+att|avser\s+att)\s+)*"
# "Eva Ek, som på regeringens uppdrag leder …", "som sedan 2019 leder …": a short phrase between "som" and its verb
SOM_ADVERBIAL = r"(?:(?:på|sedan|i|under)\s+(?:[\w-]+\s+){1,2})?"
# "Kommunen vill vara en del av samarbetet X" (the object named just after, see below)
JOINS = re.compile(r"(?i)\b(?:deltar|deltog|medverkar|sitter(?:\s+med)?|ingår|är\s+med|finns\s+med|(?<=och\s)del(?=\s+i\s)|"
                   r"(?:vara|är|blir|bli|blev)\s+(?:en\s+)?del(?=\s+av\s)|"
                   r"(?:har|hade)(?:\s+(?:under|i|sedan)\s+[a-zåäö0-9]+(?:\s+[a-zåäö]+)?)?\s+(?:deltagit|ingått|"
                   r"suttit(?:\s+med)?|medverkat)|(?:har\s+)?(?:anslutit|ansluter|anslöt|gått\s+med|går\s+med)(?=\s+(?:till|i)\s)|"
                   r"(?:blir|blev|bli|har\s+blivit)\s+(?:ny\s+)?medlem(?=\s+i\s)|"
                   r"(?:arbetar|jobbar)(?=\s+i\s))"
                   r"(?:\s+(?:också|även|sedan\s+\S+(?:\s+\d{4})?|numera|nu|själv))*(?:\s+med(?=\s+i\s))?"
                   r"(?:\s+(?:i|till)\s+|(?<=del)\s+av\s+|(?=[\s,.]))")
# the verb before its subject, which the sentence opens otherwise: "Från och med 1 juni ansluter Bodens kommun till X"
# ("I fjol blev Norsjö kommun medlem i X")
JOINS_INVERTED = re.compile(r"(?<![\w-])(?:ansluter|anslöt|går[ \t]+med|gick[ \t]+med|(?P<become>blev|blir))[ \t]+(?=[A-ZÅÄÖ])")
# a photo's caption: "På bilden: A, B och C", "Från vänster: …"
CAPTION = re.compile(r"(?i)(?<![\w-])(?:på[ \t]+bilden|på[ \t]+bild|i[ \t]+bild|från[ \t]+vänster|fr\.[ \t]*v\.)[ \t]*[:;,.][ \t]*")
STAFF_WORD = re.compile(r"(?i)(?<![\w-])(?:personal(?:en)?|teamet|medarbetar(?:e|na)|anställda|arbetsgruppen|kollegorna)"
                        r"(?![\w-])")
BARE_PROJECT = re.compile(r"(?i)(?:projektet|programmet|piloten|satsningen|förstudien|delprojektet)(?![\w-])")
# "• Socialchef från respektive kommun: " before the names that hold the seat; "(sammankallande)" convenes the group
ITEM_MARKER = re.compile(r"[ \t]*(?:[•▪●◦○►▶➢■◆*–-][ \t]*)?")  # a list item's marker, if it has one
SEAT_LABEL = re.compile(r"[ \t]*(?:[•▪*–-][ \t]*)?[A-ZÅÄÖ][^:\n]{2,80}:[ \t]*")
CONVENER = re.compile(r"(?i)^(?!.*\bvice\b).*\b(?:sammankallande|ordförande)\b")  # not "Vice ordförande:"
# "Verksamhetsområdeschef (sammankallande): ", "Socialchef från respektive kommun: ": a seat's label, qualified
LABEL_QUALIFIED = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?(?:[ \t]+från[ \t]+(?:respektive|varje|alla|berörda)[ \t]+"
                             r"[a-zåäö]+)?[ \t]*:[ \t]+")
# "… som utgör Trygg hemgång": who a team or group is made of, after a cleft "Det är A och B"
MAKE_UP = re.compile(r"\s(?:som|vilka)\s+(?:tillsammans\s+)?utgör\s+")
# "har funnits som projekt i Hagfors kommun", "Det har varit ett projekt i X kommun"
RUN_AS_PROJECT_IN = re.compile(r"(?i)\b(?:funnits|drivits|bedrivits|varit)\s+(?:som|ett)\s+(?:pilot)?projekt\s+i\s+")
# "Det treåriga projektet …", "Satsningen …", "Teamet …": a sentence whose subject is the initiative the page is about
# "Övriga resurser i förstudien har varit;", "Deltagare i projektet var": the project's people follow
# ("Övriga i teamet under projektets sista år (2014) A psykolog B sjukgymnast": the team's rows, flattened)
PROJECT_PEOPLE = re.compile(r"(?<![\w-])(?:(?:[Öö]vriga[ \t]+)?(?:[Rr]esurser|[Dd]eltagare|[Mm]edarbetare|[Pp]rojektmedarbetare)"
                            r"[ \t]+i[ \t]+(?:förstudien|projektet|piloten)[ \t]+(?:har[ \t]+varit|var|är)|"
                            r"[Öö]vriga[ \t]+i[ \t]+(?:teamet|projektteamet|projektgruppen)(?:[ \t]+under[ \t]+[^\n.:;()]{2,40}?"
                            r"(?:[ \t]*\(\d{4}\))?)?)[ \t]*[;:]?[ \t]*")
DEFINITE_SUBJECT = re.compile(r"(?:(?:Det|Den)[ \t]+(?:[a-zåäö]+[ \t]+){0,2})?(?:[Pp]rojektet|[Ss]atsningen|[Pp]iloten|"
                              r"[Tt]eamet|[Pp]rogrammet|[Ff]örstudien)(?![\w-])")
# "projektledare för X", "Projektledare och grundare av Combined": a project leader of something named, not of the
# one project the page is about
ROLE_TIED = re.compile(r"(?:[ \t]+och[ \t]+[a-zåäö-]+)?[ \t]+(?:för|i|inom|på|vid|av)[ \t]", re.IGNORECASE)
# the bodies that commission a report without writing it ("Myndigheten har på regeringens uppdrag utvärderat …")
COMMISSIONERS = frozenset({"Regeringen", "Riksdagen", "Regeringskansliet"})
# "Projektledaren för teamet": the initiative named before, by the word its name ends in
BARE_LED = re.compile(r"[ \t]+för[ \t]+(?:det[ \t]+nya[ \t]+|den[ \t]+nya[ \t]+)?(projektet|teamet|satsningen|piloten|"
                      r"programmet|förstudien|mottagningen)(?![\w-])")
BARE_INITIATIVE = re.compile(r"(?i)(?:projektet|programmet|piloten|satsningen|förstudien|initiativet|arbetet)\b")
# "A har startat en pilot med X", "B driver projektet Y", "C genomför satsningen Z"
# ("Falu och Borlänge kommuner ska driva projektet ”X”": the plan to run it)
STARTS = re.compile(r"(?i)\b(?:har\s+|hade\s+)?(?:startat|startar|startade|driver|drev|genomför|genomförde|bedriver|"
                    r"(?:ska|skall|kommer\s+att)\s+(?:driva|bedriva|genomföra|starta)|"
                    r"har\s+dragit\s+igång|drar\s+igång|inför|införde|testar|prövar)(?:\s+(?:nu|också|även|i\s+år))*\s+")
INITIATIVE_GAP = re.compile(r"(?i)(?:(?:en|ett|det|den|nu|ett\s+nytt|en\s+ny)\s+)?(?:(?:projektet|piloten|satsningen|"
                            r"programmet|förstudien|initiativet|insatsen|arbetssättet|modellen)\s+|"
                            r"(?:pilot|projekt|satsning|förstudie)\s+"
                            r"(?:med|om|för|kring|runt)\s+)?[\"”“»]?")
# "I samrådets sekretariat finns A och B", "Sekretariatet för X består av A": who serves a group sits in it
SECRETARIAT = re.compile(r"(?i)\b(?:(?P<owner>[a-zåäö]+)s[ \t]+)?sekretariat(?:et)?(?:[ \t]+(?:för|i)[ \t]+[^.!?\n]{2,60}?)?"
                         r"[ \t]+(?:finns|ingår|består[ \t]+av|utgörs[ \t]+av)\b")
# "Ängelholms kommun representeras i styrgruppen av Olle Berg", "Kommunen företräds av Anna Ek"
REPRESENTED = re.compile(r"\s+(?:representeras|representerades|företräds|företräddes)(?:\s+(?:också|även|numera))?"
                         r"(?:\s+(?:i|på)\s+(?P<group>[a-zåäö]+))?\s+av\s+")
# "Regionens ledamöter utgörs av presidiet i hälso- och sjukvårdsnämnden"
SEATS_FILLED = re.compile(r"s?[ \t]+(?:ledamöter|representanter|företrädare)[ \t]+(?:utgörs|består)[ \t]+av[ \t]")
COOPERATED = re.compile(r"(?i)\b(?:har\s+|hade\s+)?(?:samverkade|samverkar|samverkat|samarbetade|samarbetar|samarbetat|"
                        r"arbetar\s+tillsammans|arbetade\s+tillsammans)(?=\s)")
# "Almi Företagspartner AB är projektägare", "där Vingåkers kommun är projektägare": the owner before the copula
IS_OWNER = re.compile(r"(?<![\w-])(?:är|var|blir|blev)[ \t]+(?:(?:formell|huvudsaklig)[ \t]+)?projektägare(?![\w-])")
CONSISTS_OF = re.compile(r"(?i)\b(?:består|bestod|(?:ska|skall|kommer\s+att)\s+bestå)\s+av(?P<colon>[ \t]*:\s*|\s+)")
# "Personalbild Åsa Berg", "Profilbild": a staff card's picture, named by its alt text
STAFF_PHOTO = re.compile(r"(?:Personalbild|Profilbild|Porträttbild|Porträtt)[ \t]")
# "Ledamöter", "Arbetsgruppens medlemmar", "Övriga medlemmar"
# ("Styrgruppens ledamöter 2019-2022": the term they sit for after it)
MEMBERS_HEADING = re.compile(r"(?i)(?:[\w-]+s[ \t]+)?(?:(?:övriga|ordinarie)[ \t]+)?(?:ledamöter|medlemmar|deltagare|representanter|parter)"
                             r"(?:na)?\b"
                             r"(?:[ \t]+(?:\d{4}(?:[ \t]*[-–][ \t]*\d{2,4})?|\d{4}/\d{2,4}))?|"
                             r"sammansättning\b|medverkande[ \t]+från\b|"  # "Medverkande från styrgruppen X"
                             r"i[ \t]+[a-zåäö]*(?:gruppen|rådet|nätverket)[ \t]+ingår\b")  # "I gruppen ingår:"
# a line of two or three capitalised words in a roster: a name
ROSTER_NAME = re.compile(r"[ \t]*[A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+){1,2}[ \t]*")
# inside a list of members, a sub-heading the list goes on under: "Kontaktperson", "Övriga medlemmar"
MEMBERS_SUBHEADING = re.compile(r"(?i)(?:kontaktperson(?:er)?|övriga[ \t]+(?:medlemmar|ledamöter)|ordinarie(?:[ \t]+ledamöter)?|"
                                r"ersättare|suppleanter)[ \t]*:?")
# "Ordinarie ledamöter: Eva Ek (M) Ekby, …", "Ersättare: …": a paragraph that opens with its label, the names after
RUN_IN_MEMBERS = re.compile(r"[ \t]*(?:(?:[Oo]rdinarie|Övriga|övriga)[ \t]+)?(?:[Ll]edamöter|Ersättare|Suppleanter)[ \t]*:[ \t]*(?=\S)")
# a roll's labels inside a paragraph flattened from PDF: "Ordinarie ledamöter Ordförande Eva Ek (S) …", "Ersättare …",
# and the label of people outside the group ("Revisorer", "Sekreterare") that ends it
ROLL_LABEL = re.compile(r"(?<![\w-])(?:(?P<regular>[Oo]rdinarie[ \t]+ledamöter)|(?P<deputy>Ersättare|Suppleanter)|Ledamöter|"
                        r"(?P<outside>Revisorer|Revisorsersättare|Sekreterare|Tjänstemän|Adjungerade[ \t]+tjänstemän))"
                        r"(?=[ \t]+[A-ZÅÄÖ])")
ROLL_PARTY = re.compile(rf"[ \t]*\({PARTY_LETTERS}[ \t]*\)")
ROLL_LOCAL_PARTY = re.compile(rf"[ \t]*\((?:{PARTY_LETTERS}[ \t]*|[A-ZÅÄÖ][^()\n]{{0,24}})\)")  # "Jerker Ek (Kommunens väl)": a local party's name
ROLL_SEAT = re.compile(r"(?<![\w-])([Vv]ice[ \t]+|[Ff]örste[ \t]+vice[ \t]+|[Aa]ndre[ \t]+vice[ \t]+)?[Oo]rdförande[ \t]*:?[ \t]+$")
CHAIR_BEFORE = re.compile(r"(?<![\w-])(?<!vice[ \t])[Oo]rdförande[ \t]*:?[ \t]+$")
# "Delegationen för psykiatrivård består av 11 ledamöter." over its rows of members
COUNTED_MEMBERS = re.compile(r"(?i)\bbestår[ \t]+av[ \t]+(?:\d+|[a-zåäö]+)[ \t]+(?:ledamöter|medlemmar|representanter)"
                             r"[ \t]*[.:]?$")
# "Politiska styrgruppen för X består av:" over its members' rows
CONSISTS_COLON = re.compile(r"(?i)\bbestår[ \t]+av[ \t]*:$")
MEMBERS_FOLLOW = re.compile(r"(?i)\b(?:(?:består\s+av|(?:har\s+)?utsett|utsåg|utser)\s+följande\s+"
                            r"(?:ledamöter|medlemmar|representanter|personer)\b|"
                            r"här\s+är\s+(?:ledamöterna|medlemmarna|deltagarna)[ \t]*:[ \t]*$)")
# "Styrgruppen består av följande personer:": a project's own group, unnamed, whose members take part in the project
GROUP_CONSISTS = re.compile(r"(?i)\b(?:styrgrupp|projektgrupp|arbetsgrupp|referensgrupp)(?:en)?\s+består\s+av\b")
# "Ordinarie ledamöter Norrbottens Kommuner": whose members follow, on the page of one group
MEMBERS_FROM = re.compile(r"(?i)(?:ordinarie|nuvarande|politiska)[ \t]+(?:ledamöter|representanter)(?:[ \t]+(?:för|från))?"
                          r"[ \t]+(?-i:[A-ZÅÄÖ])[^.!?:]{2,50}")
# "Ordförande (från 1 juli 2019 – 30 juni 2020) är (omsorgsdirektör) Name": the copula, a period and a title between
COPULA_THEN_TITLE = re.compile(r"(?P<when>[ \t]+(?:från|sedan|under|fr\.o\.m\.?|t\.o\.m\.?|"
                               r"för(?=[ \t]+(?:\d{4}|år[ \t]+\d|perioden|mandatperioden|verksamhetsåret)))"
                               r"[ \t][^.!?,;:\n]{1,40}?|"
                               # "Ordförande 2019-2022 är Name": the term as bare years
                               r"[ \t]+\d{4}(?:[ \t]*[–-][ \t]*\d{2,4})?)?"
                               r"[ \t]+(?:är|var|blir|har varit)[ \t]+(?:(?P<title>[a-zåäö][a-zåäö-]+)[ \t]+)?")
VICE_AFTER = re.compile(r"[ \t]+(?:och|samt)[ \t]+(?:\d:[ae][ \t]+|förste[ \t]+|andre[ \t]+)?vice[ \t]+ordförande[ \t]+")
# "ordförande i social- och omsorgsnämnden": a board or committee's chair
BOARD_AFTER = re.compile(r"[ \t]+(?P<prep>i|för)[ \t]+((?:(?:regionala|gemensamma|kommunala|lokala)[ \t]+)?"
                         r"(?:[a-zåäö]+-[ \t]*och[ \t]+)?[a-zåäö]*(?:nämnden|styrelsen|utskottet)|"
                         r"[A-ZÅÄÖ][a-zåäö]+s[ \t]+[a-zåäö]*(?:nämnd|styrelse))(?![\w-])")  # "i Regionförbundets styrelse"
ROLE_FOR = re.compile(r"\s*(?:för|i|inom)\s+(?:(?:det|den)\s+(?:(?:nya|nybildade|nystartade)\s+)?|projektet\s+|"
                      # "projektledare för införande av Trygg hemgång": the work of bringing the project in
                      r"(?:införande|införandet|implementering|implementeringen|genomförande|genomförandet)\s+av\s+|"
                      r"[A-ZÅÄÖa-zåäö][a-zåäö]{3,}(?:ets|ens)\s+)?[”\"“«]?")  # ("inom projektet ”X”": its name quoted)
# "Eva Ek (S), ordförande regionstyrelsen": a signature's or a list's row names the board without "i"
BOARD_BARE = re.compile(r"[ \t]+(?P<prep>)((?:[a-zåäö]+-[ \t]*och[ \t]+)?[a-zåäö]{3,}(?:nämnden|styrelsen|utskottet))"
                        r"(?=[ \t]*(?:$|[,;)]|och[ \t]))", re.M)
# a press release's closing call to its contacts: "För mer information kontakta:", "Presskontakt:"
PRESS_CALL = re.compile(r"(?i)[ \t]*(?:för[ \t]+(?:mer|ytterligare)[ \t]+information|mer[ \t]+information|ytterligare[ \t]+"
                        r"information|presskontakt(?:er)?)(?:[ \t]*,)?(?:[ \t]+(?:kontakta|om[ \t]+\w+|vänligen[ \t]+kontakta))?"
                        r"[ \t]*:?[ \t]*")
# "Eva Ek, fackförbundet Kommunal": what kind of body her employer is, before its name
BODY_KINDS = (r"(?:fackförbundet|förbundet|föreningen|intresseorganisationen|organisationen|stiftelsen|företaget|"
              r"bolaget|myndigheten|patientföreningen|pensionärsorganisationen)")
KIND_OF_BODY = rf"(?:{BODY_KINDS}[ \t]+)?"
# "ordf", "v ordf", "sekr": a post abbreviated in minutes' list of those present
ABBREVIATED_TITLE = re.compile(r"(?i)(?:v\.?[ \t]*|vice[ \t]+)?ordf\.?|sekr\.?")
# "valdes Eva Berg (m) från Region Uppsala till ny ordförande", "Till vice ordförande valdes Per Ek"
ELECTED_VERB = r"(?:valdes|omvaldes|utsågs|utnämndes|nyvaldes)"
# ("beslutat att utse Eva Ek till tillförordnad regiondirektör": the body's decision, active)
ELECTED_BEFORE = re.compile(r"(?:" + ELECTED_VERB + r"|(?:att[ \t]+)?(?:utse|utnämna|anställa|rekrytera)|utsett|utnämnt|"
                            r"valde|omvalde|utsåg|utnämnde|"  # "Fullmäktige valde Eva Ek (S) till ny ordförande"
                            r"anställt|rekryterat)(?:[ \t]+(?:också|även|då))?[ \t]+$")
# ("utse Eva Ek till Region Stockholms första regiondirektör": the body whose post it is, in the genitive)
ELECTED_TO = re.compile(PARTY + r"(?:[ \t]+(?:från|i|,)[ \t]*[^.!?\n,]{2,40}?)?[ \t]+till[ \t]+"
                        r"(?:[A-ZÅÄÖ][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*){0,3}s[ \t]+)?(?:(?:nya?|nye|första|förste)[ \t]+)?")
# "blev regionråd på heltid när Eva Ek kom in i riksdagen", "ordförande i X efter Eva Ek": a new clause or the
# predecessor, not the title's holder
AREA_WORD = re.compile(rf"[ \t]+([{UPPER}][{LOWER}]+)")  # "Regionchef Norra …": a capitalised word after a title
BULLET_LINE = re.compile(r"[ \t]*[•▪●◦○►▶➢■◆*–-][ \t]")  # "• Aneby kommun": a list's item
CLAUSE_THEN_NAME = re.compile(r"\s(?:när|då|medan|eftersom|innan|efter|tills|sedan)\s+$")
# "… blev vald till ordförande, Bo Berg (C) till vice ordförande": an election earlier in the sentence
# "vald till", "utsedd till": the participle of an election, before the post
ELECTED_PARTICIPLE = r"(?:vald|utsedd|omvald|nyvald)"
ELECTED_EARLIER = re.compile(r"(?<![\w-])(?:vald|valdes|valts|omvald|omvaldes|utsedd|utsågs|utsetts|utsedda|valda)[ \t]+till[ \t]")
ELECTED_TO_OPEN = re.compile(r"(?i)(?:^|[.,;:]|\boch)[ \t]*(?:till|som)[ \t]+(?:nya?[ \t]+|nye[ \t]+)?$")  # "Som ny … valdes"
ELECTED_AFTER = re.compile(r"[ \t]+" + ELECTED_VERB + r"(?:[ \t]+(?:också|även|då))?[ \t]+")
CHAIR_TITLES = ("ordförande", "sammankallande")  # the titles of whoever chairs a group
# who heads where she works: an agency, a university, a company, a municipal association
AGENCY_HEADS = frozenset({"generaldirektör", "rektor", "vd", "verkställande direktör", "förbundschef", "förbundsdirektör"})
# "FSS nyvalde ordförande", "Vårdförbundets ordförande", "SSR:s nya socialpolitiska chef": whose title it is
# ("Region Xs tre dietister": a count of them too)
OWNER_OF_TITLE = re.compile(r"(?::s|s)?[ \t]+(?:(?:ny|nya|nyvald|nyvalda|nyvalde|tillträdande|första|förste|två|tre|fyra|"
                            r"fem|sex|sju|åtta|nio|tio|\d{1,2})[ \t]+)?")
BRACKETED_PARTY = r"[ \t]*\([A-ZÅÄÖa-zåäö]{1,4}\)"  # "(S)", "(KD)" after a politician's name
PARTY_ASIDE = rf"(?:{BRACKETED_PARTY})?"
MEMBER_TITLES = ("ledamot", "ersättare", "representant")  # "ordinarie ledamot i X", "ersättare i X": a member
MEMBER_OF = re.compile(r"[ \t]*(?:\([A-ZÅÄÖa-zåäö]{1,4}\)[ \t]*)?\s(?:i|för|till)\s+")
# "Driftnämnden Varberg ansvarar för …": a board, the subject of its sentence
BOARD_SUBJECT = re.compile(r"[ \t]+(?:ansvarar|är|har|består|omfattar|leds|sammanträder|möts|beslutar|beslutade)\b")
# the line under a name on a contact card: "Telefon 0532-171 31", "E-post: …", "Tel. …"
# ("Eva Ek ⏎ eva.ek@region.se ⏎ 070-…": an address or a number alone on the card's next line)
CONTACT_LINE = re.compile(r"(?i)[ \t]*(?:(?:telefon|tel\.?|mobil|mobiltelefon|e-post|epost|e-mail|mejl)\b|"
                          r"[\w.-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d \t-]{6,}\d[ \t]*(?:\n|$))")
# "… ordförande i Y samtalar med Eva Ek": a verb between a title and a later name, so the name is not the title's
VERB_BETWEEN = re.compile(r"[ \t](?:samtalar|pratar|talar|diskuterar|debatterar|möter|träffar|intervjuar|intervjuas|"
                          r"modereras|leds)[ \t]")
# between two titles of one person: "sjukhusdirektör på X och ordförande för Y", "regionråd (S) och ordförande i"
SECOND_TITLE = re.compile(r"(?:[ \t]+(?:på|i|vid|för|inom)[ \t]+[^.!?;:\n]{2,60}?)?[ \t]*(?:\([A-ZÅÄÖa-zåäö]{1,3}\))?"
                          r"[ \t]*,?[ \t]+(?:och|samt|tillika)[ \t]+(?:"  # ("ordförande för X tillika kommunalråd")
                          # "professor och fortfarande verksam några dagar i veckan som distriktsläkare vid X"
                          r"(?:(?:fortfarande|även|också|numera|dessutom)[ \t]+)?(?:kliniskt[ \t]+)?"
                          r"(?:verksam|aktiv|anställd)(?:[ \t]+[^.!?;:\n,]{1,40}?)?[ \t]+som[ \t]+|"
                          r"(?:även[ \t]+|också[ \t]+|tillika[ \t]+)?)|"
                          # "Du är forskare i Lund, du är FoU-ansvarig i Östersund"
                          r"(?:[ \t]+(?:på|i|vid|för|inom)[ \t]+[^.!?;:\n,]{2,40}?)?[ \t]*,[ \t]+(?:du|hon|han)[ \t]+är[ \t]+"
                          r"(?:också[ \t]+|även[ \t]+)?|"
                          r"[ \t]+(?:(?:på|i|vid|hos)[ \t]+)?[A-ZÅÄÖ][\w-]{1,20}[ \t]*,[ \t]*|"  # "Verksamhetschef Nka, docent …"
                          # "moderator, ordförande Sveriges läkarförbund"; "vice ordförande Sveriges läkarförbund och
                          # ordförande DLF": a second post on a panel's row, after a comma or after the first's body
                          r"[ \t]*,[ \t]*|[ \t]+[A-ZÅÄÖ][^.!?;:\n,]{1,40}?[ \t]+(?:och|samt)[ \t]+|"
                          # "Specialistläkare i anestesi på X sjukhus i Region Y, första vice ordförande i …"
                          r"[ \t]+(?:på|i|vid|för|inom)[ \t]+[^.!?;:\n,]{2,80}?[ \t]*,[ \t]+|"
                          r"(?:[ \t]+(?:på|i|vid|för|inom)[ \t]+[^.!?;:\n]{2,60}?)?[ \t]*,[ \t]+(?:är|var|blir|valdes[ \t]+till)[ \t]+"
                          r"(?:[A-ZÅÄÖ]{2,6}(?::s)?[ \t]+)?(?:(?:ny|nya|nyvald|nyvalde|nyvalda)[ \t]+)?")  # "är FSS nyvalde"
# "Eva Berg (KD), vice ordförande i nämnden i Region X, är ordförande för samrådet": the aside's subject
# an official's title that names the kind of employer: "regiondirektör", "kommunchef", "socialchef"
# care a region runs ("primärvårdschef", "tf sjukvårdschef") and care a municipality runs ("omsorgschef")
HOME_TITLES = (("region", "Region"), ("landstings", "Region"), ("kommun", "Municipality"), ("social", "Municipality"),
               ("sjukvårds", "Region"), ("primärvårds", "Region"), ("hälso- och sjukvårds", "Region"),
               ("närsjukvårds", "Region"), ("omsorgs", "Municipality"), ("äldreomsorgs", "Municipality"),
               ("vård- och omsorgs", "Municipality"), ("vårddirektör", "Region"), ("förbunds", "Association"))
# a politician's row by party and home town: "Eva Ek (s), Luleå"
HOMETOWN_ROW = re.compile(r"(?m)^[ \t•▪*–-]*[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+){1,3}[ \t]*\([A-Za-zÅÄÖåäö]{1,3}\),"
                          r"[ \t]*([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)[ \t]*$")
# ("verksamhetschef i kommunen": the municipality the text is about, named in the definite)
HOME_WITHIN = re.compile(r"[ \t]+(?:inom|i|på|vid|för)[ \t]+(kommunens|regionens|landstingets|kommunen|regionen|landstinget)"
                         r"(?![\w-])")
# "projektledare för digitalisering inom äldreomsorgen", "enhetschef inom hemtjänsten": a field only a municipality
# runs; "medicinskt ansvarig sjuksköterska": a post the law gives a municipality
HOME_FIELD = re.compile(r"(?:[ \t]+(?:för|av)(?:[ \t]+[a-zåäö-]+){1,2})?[ \t]+(?:inom|i|vid|för)[ \t]+"
                        r"(?:den[ \t]+kommunala[ \t]+)?(?:äldreomsorgen|hemtjänsten|socialtjänsten|funktionshinderomsorgen|"
                        r"LSS-verksamheten|LSS|individ-[ \t]+och[ \t]+familjeomsorgen)(?![\w-])")
BARE_SEAT = re.compile(r"(?i)(?:\d:[ae][ \t]+)?(?:(?:förste|andre|första|andra)[ \t]+)?(?:vice[ \t]+)?(?:ordförande|ordf\.?)|"
                       r"ledamot|ersättare|sekreterare")  # a seat in a roll, written alone
ADMINISTRATION_HEADS = ("förvaltningschef", "förvaltningsdirektör")  # the head of an administration, not its name
# "Förvaltningens chef är socialdirektör Eva Ek", "förvaltningens direktör, Eva Ek": its head by the definite form
ADMINISTRATION_CHIEF = re.compile(r"(?<![\w-])[Ff]örvaltningens[ \t]+(?:chef|direktör)(?:[ \t]*,|[ \t]+är)?[ \t]+"
                                  r"(?:[a-zåäö-]+(?:chef|direktör)[ \t]+)?")
MUNICIPAL_POSTS = ("medicinskt ansvarig sjuksköterska", "medicinskt ansvarig för rehabilitering", "mas", "mar")
HOME_KINDS = {"kommunens": "Municipality", "regionens": "Region", "landstingets": "Region", "kommunen": "Municipality",
              "regionen": "Region", "landstinget": "Region"}
ONE_OF_WHO_WORK = re.compile(r"[ \t]+som[ \t]+(?:jobbar|arbetar|är[ \t]+anställda|finns)[ \t]+(?:(?:i[ \t]+dag|idag|nu)[ \t]+)?"
                             r"(?:i|på|vid|inom|hos)[ \t]+")  # "… en av de sjuksköterskor som jobbar i X kommun"
THEY_ARE = re.compile(r"(?:De|Dom|Båda|Bägge)[ \t]+(?:är|var|jobbar[ \t]+som|arbetar[ \t]+som)[ \t]+"
                      r"(?:(?:båda|bägge|också|även|nu|numera)[ \t]+)?(?:[a-zåäö]+[ \t]+)?")  # "De är provtagningssköterskor"
CARE_PLACE = re.compile(r"(?i)vårdcentral|hälsocentral|sjukstug|mottagning|husläkar")  # a unit that treats patients
# the region's or a company's health care, which stands in a town but is no part of its municipality (unlike a
# "mottagning", which a municipality may run)
HEALTH_CARE_UNIT = re.compile(r"(?i)vårdcentral|hälsocentral|klinik|husläkar|läkarhus|sjukhus|lasarett")
# who treats and cares there: "undersköterska", "distriktsläkare", "vårdbiträde", "fysioterapeut"
CARE_STAFF = ("sköterska", "läkare", "biträde", "barnmorska", "terapeut", "sjukgymnast", "kurator", "psykolog",
              "dietist", "sekreterare")
HEADLINE = re.compile(r"\s*[^\n]{10,100}?[^.\n]\s*")  # a short line that ends in no full stop
COLLEAGUES = re.compile(r"(?::s|s)[ \t]+(?:kollegor|kollegorna|kolleger|arbetskamrater|arbetskamraterna)[ \t]+")
PARTY_MEMBER = (r"(?i:socialdemokrat|moderat|centerpartist|kristdemokrat|liberal|vänsterpartist|miljöpartist|"
                r"sverigedemokrat|folkpartist)(?:en)?")  # "säger Eva Ek, socialdemokrat och …", "Moderaten Eva Ek"
ELECTED_IN = re.compile(r"(?i)[ \t]*(?:förtroendevalda|ledamöter|ledamöterna|representanter)[ \t]+(?:i|för)[ \t]+")
VACANT = re.compile(r"[ \t]*Vakant(?![\w-])")
# a row under a group's label: the name's party, a comma, where the person comes from and the seat ("Bo Ek (S), Kalmar
# kommun - vice ordförande")
LISTED_ROW_TAIL = re.compile(r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*,[ \t]*[^\n.!?:]{2,80}")
SEAT_DASH = r"[ \t]+[–—-][ \t]+((?:vice[ \t]+)?ordförande|ersättare|ledamot)"  # "… Kalmar kommun - vice ordförande"
# "Möt X", "Om X", "Välkommen till X": a page's heading that opens with a word or two before what the page is about
PAGE_LEAD = re.compile(r"(?:Möt|Träffa|Om|Välkommen[ \t]+till|Det[ \t]+här[ \t]+är)[ \t]+")
# "Peter Ek – Kommundirektör" after a name: a dash and the post, a few words, on the name's own line
DASH_POST_ROW = re.compile(r"[ \t]+[–—-][ \t]+[A-ZÅÄÖa-zåäö][^\n.!?:;]{2,60}")
ROW_SEAT_DASH = re.compile(SEAT_DASH + r"[ \t]*$", re.M)
ROW_SEAT_TAIL = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:vice[ \t]+)?ordförande|sammankallande|ledamot|ersättare))?[ \t]*,?[ \t]*")
RESPECTIVELY_GAP = re.compile(r"[ \t]*,[ \t]*|[ \t]+respektive[ \t]+")  # "ordförande, sekreterare respektive kassör"
MEMBER_ROW = re.compile(PARTY + r"(?:[ \t]*,[ \t]*(?:\d:[ae][ \t]+)?(?:vice[ \t]+)?(?:ordförande|ledamot|ersättare))?"
                        r"(?:[ \t]*\([A-ZÅÄÖa-zåäö]{1,4}\))?[ \t]*")  # "Olle Berg, ordförande (M)"
TAKES_PART = re.compile(r"(?:Från[ \t]+[A-ZÅÄÖ][\w-]+(?:[ \t]+[A-ZÅÄÖ][\w-]+)?|I[ \t]+(?:dialogen|mötet|samtalet|seminariet|"
                        r"webbinariet|panelen|projektet|nätverket))[ \t]+(?:deltar|medverkar|deltog|medverkade)[ \t]+")
# whose post it is, a common noun in the genitive and an adjective, between a name's comma and its title:
# "Eva Ek, regeringens särskilda utredare", "Bo Berg, förbundets nye ordförande"
COMMON_OWNER = r"(?:[a-zåäö]{3,}(?:ens|ets|arnas|ernas|ornas)[ \t]+(?:[a-zåäö]{3,}[ae][ \t]+)?)?"
# a head's post, then "för" and the staff she heads: "områdeschef för biståndshandläggare", "ansvarig för"
STAFF_OF = re.compile(r"(?i)(?:chef|ansvarig|ledare)[ \t]+för[ \t]+$")
FORMER = re.compile(r"(?i)(?<![\w-])(?:förra|förre|före[ \t]+detta|f\.[ \t]*d\.|fd|tidigare|dåvarande)[ \t]+$")
# "ordförande Norra hälso- och sjukvårdsnämnden", "ordförande i Bo kommun": the chair of another, named body
CHAIR_OF_OTHER = re.compile(r"[ \t]+(?:(?:i|för)[ \t]+)?[A-ZÅÄÖ]")
SEAT_TITLES = ("ledamot", "ersättare")
# a party's mark, then "och" and a title: the title of the politician marked
PARTY_AND = re.compile(rf"[ \t]*\((?:[A-ZÅÄÖ]{{1,3}}|{PARTY_LETTERS})\)[ \t]+och[ \t]+")
AT_UNIT = re.compile(r"[ \t]+(?:inom|på|vid|hos|i|för)[ \t]+[a-zåäö]")  # a title's place of work, in lower case
# a title followed by "och" and no name: "… har vi Eva Ek logoped och ni två"
AND_NEXT = re.compile(r"[ \t]+och[ \t]")
# "Name, tidigare verksamhetschef på X, nu ": what follows "nu" is the title the person holds today
NOW_AFTER_FORMER = re.compile(r"[ \t]*,[ \t]*(?:tidigare|förut|före detta|fd\.?)[ \t]+[^.!?\n]{3,120}?,[ \t]*"
                              r"(?:nu|numera|i dag|idag)[ \t]+")
FORUM_THEN_CHAIR = re.compile(r"\s+(?:Ordförande|Sammankallande)[ \t]*(?::|[–-])[ \t]*")
CHAIR_IS = re.compile(r"(?i)\b(?:ordförande|sammankallande)\s+(?:i|för)\s+$")
# (inside a line too, where a PDF ran the minutes' fields together: "… Plats: Aulan Närvarande Ledamöter …")
ATTENDANCE = re.compile(r"(?m)^(?:Närvarande|Deltagare|Deltagande(?![ \t]+[a-zåäö])|Närvarande ledamöter|Ledamöter|Närvarande från forumet|"
                        r"Beslutande(?: ledamöter)?)\b:?|"
                        r"(?<=[ \t])(?:Närvarande|Beslutande|Deltagande)(?=[ \t]+(?:[Ll]edamöter|(?:[Bb]eslutande[ \t]+)?(?:ersättare[ \t]+)?"
                        r"[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ])|[ \t]*\n)|"  # "Beslutande Beslutande ersättare Eva Ek (S)": PDF columns
                        # "Sammanträdet den 28 januari 2015 § 1 – 27 Beslutande ⏎": a label run on to the line before
                        # "HELDAG! Ledamöter Marita Berg (S), vice ordförande …": the members' label inside a line
                        r"(?<=[ \t])Ledamöter(?=[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+\([A-ZÅÄÖ]{1,3}\)|"
                        # "Närvarolista Kommunala pensionärsrådet Ledamöter Närv (N), Frånv (F) Eva Ek SON N …": a roll
                        # call's columns, flattened
                        r"[ \t]+Närv\b)")
# "Som experter i utredningen förordnades …", "Sekreterare i utredningen har varit …", "Bo Ek förordnades att vara
# särskild utredare": the roles a government inquiry's preface appoints
INQUIRY_ROLE = re.compile(r"(?im)\b(?:(?:sakkunnig|sakkunniga|experter|expert|sekreterare|huvudsekreterare)[ \t]+i[ \t]+"
                          r"utredningen\b|"
                          r"(?<![\w-])som[ \t]+(?:sakkunniga|sakkunnig|experter|expert|sekreterare|huvudsekreterare)"
                          r"(?:[ \t]+(?:till|i)[ \t]+utredningen|[ \t]+biträda[ \t]+utredningen)?[ \t]+(?:förordnades|anställdes)\b|"
                          # "Till experter förordnades …", "Till sekreterare förordnades …": the role put first
                          r"(?:^|(?<=[.!?][ \t]))Till[ \t]+(?:sakkunniga|sakkunnig|experter|expert|sekreterare|"
                          r"huvudsekreterare)[ \t]+(?:i[ \t]+utredningen[ \t]+)?(?:förordnades|anställdes)\b|"
                          r"(?:^|(?<=[.!?][ \t]))(?:Huvudsekreterare|Sekreterare)[ \t]+har\b|"
                          r"(?P<lead>(?:förordnades|utsågs|utnämndes)[^.!?\n]{0,40}?[ \t]+"
                          r"(?:att[ \t]+vara[ \t]+|till[ \t]+|som[ \t]+)särskild[ \t]+utredare\b|"
                          # "Till särskild utredare förordnades …": the appointment told the other way round
                          r"(?:^|(?<=[.!?][ \t]))Till[ \t]+särskild[ \t]+utredare[ \t]+(?:förordnades|utsågs)\b))")
# "I teamet … finns arbetsterapeuter, biståndshandläggare och …": the kinds of staff a unit has, listed
STAFF_OF_KIND = re.compile(r"(?<![\w-])(?:finns|ingår|arbetar|består[ \t]+av)[ \t]+[^.!?\n]{0,60}$")
# a sentence's full stop after a word or a bracket (not an abbreviation's inside a list of experts)
FULL_STOP = re.compile(r"(?<=[\w)])\.(?=\s|$)")
# "sammanträde med X", "möte i X": the forum a meeting's minutes are of
MEETING_OF = re.compile(r"(?i)\b(?:sammanträde|möte|mötet|överläggningar|träff)[ \t]+(?:med|i|för)[ \t]+$")
ABSENT = re.compile(r"(?m)\b(?:Förhinder|Frånvarande|Ej närvarande|Anmält förhinder|Övriga närvarande|Adjungerade|§|"
                    r"Tjänstem[äa]n\b|Tjänstepersoner\b|Ytterligare[ \t]+(?:representation|deltagare|närvarande)\b|"
                    # "Ytterligare representation under mötet: …", "Föredragande under punkt 2 var …"
                    r"Föredragande\b|"
                    r"Övriga(?=[ \t]*:|[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ]))|"
                    r"^(?:Sidansvarig|Kontaktpersoner|Kontaktperson|Kontakt|Senast uppdaterad)\b")  # a page's footer
# "Förebyggande enheten är en del av Socialförvaltningen", "… kunskapscentrum för vård i glesbygd och en del av Region X"
ORG_PART_OF = re.compile(r"(?i)\b(?:är|och|utgör)\s+(?:också\s+|även\s+)?(?:en\s+)?del\s+av\s+")
# "VO Primärvård Kiruna - består av Kiruna hälsocentral": the units a unit is made of
UNIT_CONSISTS = re.compile(r"[ \t]*(?:[–-][ \t]*)?(?:består|bestod)[ \t]+av[ \t]+")
# "Primärvården i Region Norrbotten ingår i Division Nära": the region's division
SECTOR_JOINS = re.compile(rf"(?<![\w-])[{UPPER}][{LOWER}]+(?:en|et|n)[ \t]+i[ \t]+$")
# "X är en centrumbildning … där centrumet organisatoriskt ligger under fakulteten för Y": the sentence's subject
LIES_UNDER = re.compile(r"(?i)\b(?:organisatoriskt\s+)?(?:(?:ligger|lyder|hör|sorterar)\s+(?:organisatoriskt\s+)?under|"
                        r"tillhör(?:\s+(?:också|även|organisatoriskt))?)\s+")
# "Region Skånes projekt X", "SNS forskningsprojekt X": the cue word between an organisation and its project's name
OWNED_WORD = r"[a-zåäö]*(?:projekt|projektet|program|programmet|satsning|satsningen)[ \t]+"
OWNED_CUE = re.compile(rf"(?<![\w-]){OWNED_WORD}$")  # the cue before the project's span
OWNED_CUE_AT = re.compile(OWNED_WORD)  # the cue opening it
# "hälsocentralens verksamhetschef", "vårdcentralens läkare": a care unit the text named before, by its common noun
COMMON_GENITIVE = re.compile(r"(?<![\w-])(?:(hälsocentral|vårdcentral|sjukstug|mottagning|klinik)(?:en|an)s|"
                             r"(företag|bolag)ets)[ \t]+$")  # "företagets vd": the company the text named "företaget X"
# "Eva Ek har funnits på plats vid X som verksamhetschef": a name, a verb, the place, then "som" and the title
AT_ORG_AS = r"(?:\s+[a-zåäö]+){1,4}\s+(?:vid|på|hos)\s+[^.!?,;:\n]{2,60}?\s+som\s+"
# "GMC är en forsknings- och utvecklingsenhet inom primärvården i Region X": a unit said to be one in its owner
UNIT_WITHIN = re.compile(r"\s+(?:är|var)\s+(?:numera\s+|nu\s+)?en\s+(?:[a-zåäö-]+\s+(?:och\s+)?){0,3}?[a-zåäö-]*"
                         r"(?:enhet|verksamhet|avdelning|klinik|mottagning)\s+(?:inom|i|under|hos)\s+"
                         r"(?:[a-zåäö]+\s+(?:i|inom)\s+)?")
# "Piloten ingår i Hemma hela vägen som ett av tre delprojekt", "Den ingår som en del av Hemnära team"
PROJECT_IN = re.compile(r"(?i)\b(?:ingår|ingick)\s+(?:(?:som\s+)?(?:en\s+)?del(?:projekt)?\s+)?(?:i|av|inom)\s+")
PART_SUBJECT = re.compile(r"(?i)(?:^|[.!?]\s+|\s)(?:den|det|piloten|projektet|förstudien|satsningen|delprojektet|"
                          r"initiativet)\s+(?:\w+\s+){0,2}$")
# "Eva samordnar även MAS-nätverket", "Hon leder styrgruppen"
ACTIVE_LEAD = re.compile(r"(?i)\b(?:leder|ledde|(?:ska|skall|kommer\s+att)\s+leda|samordnar|samordnade|koordinerar|håller\s+ihop|är\s+ordförande\s+(?:i|för)|"
                         r"är\s+sammankallande\s+(?:i|för)|är\s+projektledare\s+för|ansvarar\s+för|(?:är\s+)?(?:huvud|projekt)?ansvarig\s+för|"
                         r"(?:har|hade|med)\s+(?:det\s+)?"
                         r"(?:övergripande\s+)?ansvar(?:et)?\s+för)(?:\s+(?:även|också|numera|nu))*\s+"
                         # "leder genomförandet av X", "samordnar arbetet med X"
                         r"(?:(?:genomförandet|arbetet|införandet|utvecklingen)\s+(?:av|med)\s+)?"
                         # "leder den offentliga utredningen X", "leder det nationella nätverket X"
                         r"(?:(?:den|det)\s+(?:[a-zåäö]+[ae]\s+)?(?=[a-zåäö]))?")
# "det är jag som är ordförande", "Arbetsgruppen … har haft Camilla Ek, MAS i Kalmar kommun, som sammankallande"
ME_CHAIR = re.compile(r"(?i)\b(?:det är|är det) jag som (?:är|har varit) (?:ordförande|sammankallande)\b")
# "Just nu är det Eva Ek, som är enhetschef i Mora kommun, som är ordförande": a cleft naming the chair, an aside
# about her between commas
CLEFT_CHAIR = re.compile(r"(?i)\b(?:det är|är det)[ \t]+(?P<name>[^\W\d][\w-]*(?:[ \t]+[^\W\d][\w-]*){1,3})"
                         r"(?:,[^.,;:\n]{3,120},)?[ \t]+som[ \t]+(?:är|har varit|blir)[ \t]+(?:just[ \t]+nu[ \t]+)?"
                         r"(?P<role>ordförande|sammankallande)\b")
CHAIR_THERE = re.compile(r"(?i)\b(?:ordförande|sammankallande)\s+(?:där|i\s+(?:den|det)|för\s+(?:den|det))\s+"
                         r"(?:är|blir|har varit)\s+(?:(?:just\s+)?nu\s+|numera\s+|sedan\s+\S+\s+)?")
HAD_AS = re.compile(r"(?i)\b(?:har|hade) haft\s+")
AS_CHAIR = re.compile(r"(?i)\bsom\s+(?:sammankallande|ordförande|projektledare|samordnare)\b")
CHAIR_OF = re.compile(r"\b(?![a-zåäö]*(?:styrelsens|nämndens))[A-ZÅÄÖa-zåäö]+(?:ets|ens|gruppens|rådets|nätverkets)"
                      r"\s+ordförande,?\s+")  # not "regionstyrelsens ordförande": a board's chair
# "ordföranden i nämnden, Eva Ek", "nämndens ordförande Eva Ek": the chair of the board the text named before
BOARD_CHAIR = re.compile(r"(?<![\w-])(?:(?:vice[ \t]+)?[Oo]rdförande(?:n)?[ \t]+(?:i|för)[ \t]+(?P<a>nämnden|styrelsen)|"
                         r"(?P<b>[Nn]ämndens|[Ss]tyrelsens)[ \t]+(?:vice[ \t]+)?ordförande),?[ \t]+")
# a contact card's post over its holder's name: "Ordförande ⏎ Eva Ek (L)", "Samordnare ⏎ Bo Ek"
CARD_CHAIR = re.compile(r"(?:Ordförande|Samordnare|Sammankallande)\s+")
# "förbundets ordförande", "föreningens ordförande": the chair of the association named before, by its kind's word
ASSOCIATION_GENITIVE = {"förbundets": "förbund", "föreningens": "förening"}
LEAD_TITLE = ("projektledare", "programledare", "programsamordnare", "projektsamordnare", "programchef",
              "projektchef", "processledare", "samordnare", "utredare")  # "särskild utredare i X-delegationen"


CARE_CENTRE_NAME = re.compile(r"(?:vård|hälso)central|vårdcentrum|hälsocentrum")
# the units a municipality's enhetschef runs whole: "Hagalunds äldreboende", "Hemtjänsten Norr"
CARE_HOME_NAME = re.compile(r"(?:äldre|vård|korttids|gruppboende)boende|boendet|hemtjänst|servicehus|vårdhem")


def _heads_unit(title: str, org: "Ref") -> bool:
    """A unit's own head: "verksamhetschef" and "förvaltningschef" of any named unit, "områdeschef" of an
    Område, "enhetschef" of an enhet, "klinikchef" of a klinik; a centre's "föreståndare", a university's "rektor"."""
    if title == "chef":  # "Chef, FoU Kalmar län"
        return org.subtype in ("OrganisationalUnit", "ResearchOrganisation")
    if title in ("myndighetschef", "generaldirektör"):  # "Vårdanalys myndighetschef Eva Ek": the agency's head
        return org.subtype == "NationalBody"
    if title.split()[-1] in ("föreståndare", "verksamhetsledare"):  # "tf föreståndare på Centrum för X": a centre's head
        return org.subtype in ("OrganisationalUnit", "ResearchOrganisation")
    if title == "verksamhetschef" and (org.subtype == "ResearchOrganisation" or "centrum" in org.key[1].casefold()):
        return True  # "… vid GMC som verksamhetschef", "verksamhetschef Nka" (a national competence centre)
    if title == "verksamhetsansvarig":  # "verksamhetsansvarig på Ekby vårdcentral": the centre's head
        return org.subtype == "OrganisationalUnit" and bool(CARE_CENTRE_NAME.search(org.key[1].casefold()))
    if title == "rektor":  # "rektor på Högskolan i X": a university's head
        return org.subtype == "ResearchOrganisation"
    if org.rule == "organisation.chain_unit":  # "enhetschef, Äldre och samverkan, …": a unit named only after its head
        return title.endswith("chef")
    if title in ("förvaltningsdirektör", "divisionsdirektör", "områdesdirektör") and org.subtype == "OrganisationalUnit":
        return True  # "förvaltningsdirektör för Nära vård och hälsa": a förvaltning's head, whatever its name
    if title == "direktör" and org.subtype == "OrganisationalUnit" and org.key[1].casefold().endswith("förvaltningen"):
        return True  # "direktör vid Äldre samt vård- och omsorgsförvaltningen": an administration has one director
    if org.subtype != "OrganisationalUnit" or not title.endswith("chef") or " " in title:
        return False
    kind = title[:-len("chef")].rstrip("s")
    name = org.key[1].casefold()
    if kind == "verksamhet" and "förvaltning" in name.split(" ")[0]:
        return False  # "verksamhetschef på äldreförvaltningen": one of the administration's heads of service, not its head
    if kind in ("verksamhet", "förvaltning"):  # "förvaltningschef Psykiatrin Halland": a förvaltning by its own name
        return True
    if kind in ("enhet", "basenhet") and (CARE_CENTRE_NAME.search(name) or CARE_HOME_NAME.search(name)):
        # "vårdcentralens enhetschef", "enhetschef på Ekby äldreboende": the centre or the home is an enhet
        return True
    return len(kind) >= 4 and (kind in name or kind.rstrip("e") in name)


# after a name in a run of minutes: the party's letters, a note ("inte 25 och 29") and the space before the next
RUN_PARTY = re.compile(BRACKETED_PARTY + r"(?:[ \t]+(?:inte|ej|från|till|och|[\d§-]+)(?![\w-]))*[ \t]+")
MINUTES_MEMBERS = 1500  # how far into the minutes the list of members and its chair may run
# between two names of a column: a party's letters, then a space ("Mats Ek (m) Eva Berg")
# the headings of a members table's columns, each left on a line of its own
COLUMN_HEADING = re.compile(r"[ \t]*(?:Namn|Organisation|Roll|Titel|Funktion|Befattning|Uppdrag|Representerar|Arbetsplats|"
                            r"Verksamhet|Kommun|Region|Parti|Kontakt|E-post|Telefon)[ \t]*")
COLUMN_GAP = re.compile(PARTY_ASIDE + r"[ \t]+")
# "det gemensamma kommunalförbundet för de fyra nordligaste regionerna": the regions listed next are its members
MEMBERS_BODY = re.compile(r"(?i)\b(?:det|ett|en)\s+(?:gemensamma?\s+)?[a-zåäö]*(?:förbund|organ)(?:et)?\s+för\s+"
                          r"(?:de\s+)?(?:[a-zåäö]+\s+){0,3}regionerna\b")


FEDERATION_KINDS = r"(?:samordnings|kommunal|kommun|region|samverkans)förbund"
FEDERATION = re.compile(rf"{FEDERATION_KINDS}(?:et)?(?![\w-])")
# "X är ett kommunalförbund som …": a federation by what the sentence says it is
IS_FEDERATION = re.compile(rf"[ \t]+är[ \t]+ett[ \t]+(?:[a-zåäö]+[ \t]+)?{FEDERATION_KINDS}(?![\w-])")


def is_federation(ref: "Ref") -> bool:
    """A federation of public bodies ("Samordningsförbundet X", "Kommunförbundet Y"), whose members are bodies."""
    return ref.kind == "Organisation" and FEDERATION.search(ref.key[1].casefold()) is not None


@dataclass(frozen=True)
class Ref:
    """A resolved mention: where it is and which entity it names."""

    start: int
    end: int
    kind: str
    key: tuple[str, str]
    rule: str
    subtype: str | None = None
    listed_under: int | None = None  # a slide item: offset of the programme heading it is listed under


class Relations:
    def __init__(self, text: Text, lex: Lexicon, refs: list[Ref], speakers: dict[int, tuple[str, str]]):
        self.text, self.lex, self.refs, self.speakers = text, lex, sorted(refs, key=lambda r: r.start), speakers
        self._starts = [r.start for r in self.refs]  # refs are looked up by offset, not scanned (long texts)
        self.facts: list[Fact] = []
        self.titles = find_titles(text, lex)
        self._title_starts = [x.start for x in self.titles]
        self._block_starts = [b.start for b in text.blocks]
        self.parties = {r.key for r in self.refs if r.subtype == "PoliticalParty"}

    # ------------------------------------------------------------------ helpers
    def add(self, s, p, o, start, end, rule, conf) -> None:
        # ("Centerpartiets ledamot X" is a member, not staff; nothing is related to itself, though the document
        # names it as two kinds: "Forum för X" a forum by its cue and an employer after a title)
        if s == o or isinstance(o, tuple) and s[1] == o[1] or p == "worksFor" and o in self.parties:
            return
        if p == "title" and STAFF_OF.search(self.text.text, max(0, start - 30), start):
            return  # "områdeschef för biståndshandläggare": the staff she heads, no title of hers
        if p == "title" and FORMER.search(self.text.text, max(0, start - 16), start) and s not in self._successors(start):
            # "Professor, tidigare rektor, Eva Ek": a post she has left is no title of hers ("Bo Ek, tidigare chef
            # vid X, och hans efterträdare Eva Ek": the one after him holds it now)
            return
        self.facts.append(Fact(s, p, o, start, end, rule, conf))

    def _successors(self, at: int) -> set:
        """Whoever the text names as a successor ("hans efterträdare Eva Ek") in the 100 characters after ``at``."""
        t = self.text.text
        return {r.key for m in re.finditer(r"(?<![\w-])efterträdare[ \t]+", t[at:at + 100])
                for r in self.starting(at + m.end(), at + m.end() + 1) if r.kind == "Person"}

    def starting(self, a: int, b: int) -> list[Ref]:
        """The refs that start in [a, b), in order, found by bisection."""
        return self.refs[bisect.bisect_left(self._starts, a):bisect.bisect_left(self._starts, b)]

    def genitive(self, r: Ref) -> bool:
        """Whether a mention is written in the genitive: "Region Skånes", "SKR:s"."""
        t = self.text.text
        return t[r.end:r.end + 2] == ":s" or t[r.start:r.end].endswith("s") or \
            re.match(r"s(?![\w-])", t[r.end:r.end + 2]) is not None  # "ReCalls": a repeated name, its genitive s left out

    def colon_lines(self):
        """(index, block, text) of each paragraph that ends in a colon: a label that introduces what follows."""
        t = self.text.text
        for i, block in enumerate(self.text.blocks):
            line = t[block.start:block.end].rstrip()
            if block.kind != "bullet" and line.endswith(":"):
                yield i, block, line

    def items_after(self, i: int):
        """The items that directly follow block i: the list a "Label:" line introduces. Items are
        bullets, or short lines of their own that each begin with a name ("Anna Berg, Region X",
        "Bo Ek (s) ordförande")."""
        t, blocks = self.text.text, self.text.blocks
        header = True
        for k in range(i + 1, len(blocks)):
            block = blocks[k]
            if header and COLUMN_HEADING.fullmatch(t, block.start, block.end):
                continue  # "Namn ⏎ Organisation": the headings of a table whose columns were flattened into lines
            header = False
            if self.is_item(block):
                yield block
                continue
            # "Lisa Berg ⏎ Länsstyrelsen i X, projektledare": a name alone on its line, her row's other column below
            alone = next((r for r in self.starting(block.start, block.start + 1) if r.kind == "Person"), None)
            if alone is None or alone.end != block.end or block.kind != "heading" or k + 1 == len(blocks) or \
                    not self.is_item(blocks[k + 1]) or self.within(blocks[k + 1].start, blocks[k + 1].end, {"Person"}):
                return
            yield block

    def is_item(self, block) -> bool:
        """A bullet, or a row: a short line of its own that begins with a name and goes on with a comma or a
        party ("Anna Berg, Region X", "Bo Ek (s) ordförande")."""
        return block.kind == "bullet" or block.kind == "heading" and any(
            r.start == block.start and r.kind in ("Person", "Organisation")
            for r in self.starting(block.start, block.start + 1)) and re.search(
            r",|\([A-ZÅÄÖa-zåäö]{1,3}\)", self.text.text[block.start:block.end]) is not None

    def within(self, a: int, b: int, kinds=None) -> list[Ref]:
        return [r for r in self.starting(a, b) if r.end <= b and (kinds is None or r.kind in kinds)]

    def speaker_at(self, offset: int) -> tuple[str, str] | None:
        for block in self.text.blocks:
            if block.kind == "turn" and block.start <= offset < block.end:
                return self.speakers.get(block.start)
        return None

    @cached_property
    def signer(self) -> Ref | None:
        """The writer of a post that ends on a line with only a name ("Eva Berg (s)") and has no speakers."""
        blocks = self.text.blocks
        if not blocks or self.speakers or any(b.kind == "turn" for b in blocks):
            return None
        last = blocks[-1]
        person = next(iter(self.within(last.start, last.end, {"Person"})), None)
        if person is None or person.start != last.start or not re.fullmatch(
                PARTY + r"[ \t]*", self.text.text[person.end:last.end]):
            return None
        return person

    def employer_of(self, person: tuple[str, str]) -> tuple[str, str] | None:
        for f in self.facts:
            if f.subject == person and f.predicate == "worksFor":
                return f.object  # type: ignore[return-value]
        return None

    # ------------------------------------------------------------------ rules
    def run(self) -> list[Fact]:
        self.titles_and_employers()
        self.card_employers()
        self.representatives()
        self.card_chairs()
        self.email_employers()
        self.from_employers()
        self.listed_staff()
        self.caption_staff()
        self.apposed_employers()
        self.paired_employers()
        self.shared_titles()
        self.spaced_employers()
        self.row_place_employers()
        self.row_employers()
        self.association_chairs()
        self.title_columns()
        self.labelled_runs()
        self.within_frame()
        self.minutes_board()
        self.office_staff()
        self.genitive_employers()
        self.we_employers()
        self.home_employers()
        self.definite_heads_in_place()
        self.sole_centre_heads()
        self.administration_chief_named()
        self.announced_heads()
        self.company_heads()
        self.unit_staff()
        self.foreword_staff()
        self.press_contacts()
        self.visited_staff()
        self.agency_heads()
        self.leads()
        self.labelled_lines()
        self.profile_fields()
        self.forum_rows()
        self.page_roster()
        self.listed_participants()
        self.members_under_heading()
        self.run_in_members()
        self.flattened_rolls()
        self.page_chair()
        self.elected_roles()
        self.secretariat()
        self.group_members()
        self.represented_by()
        self.passive_leads()
        self.led_at_the_head()
        self.item_leads()
        self.heading_titles()
        self.owned_projects()
        self.project_staff()
        self.participation()
        self.own_programme()
        self.programme_areas()
        self.regions_listed_as_members()
        self.participation_phrases()
        self.sole_initiative_joiners()
        self.joint_committee_parties()
        self.forum_members()
        self.attendance()
        self.inquiry_members()
        self.part_of()
        self.chairs_of_boards()
        return self.facts

    def chairs_of_boards(self) -> None:
        """ "ordförande i hälso- och sjukvårdsnämnden": the chair of a board or committee is written as the text
        names it, after every rule that reads the bare "ordförande" has run."""
        t = self.text.text
        units = {r.key for r in self.refs if r.kind == "Organisation" and r.subtype == "OrganisationalUnit" and
                 (is_committee(r.key[1]) or is_board(r.key[1]))}
        for f in list(self.facts):
            # "Vård- och stödutskottets ordförande ⏎ Bengt Ek", "socialnämndens ordförande är Rolf Ek (M)" where the
            # text names "socialnämnden i Region X": the chair of the one board or committee her title names
            owner = re.fullmatch(r"(.+?)s ordförande", f.object) if f.predicate == "title" and \
                isinstance(f.object, str) else None
            named = [key for key in units if owner and key[1].casefold().startswith(owner.group(1).casefold()) and
                     key[1][len(owner.group(1)):len(owner.group(1)) + 1] in ("", " ")]
            if len(named) == 1:
                self.add(f.subject, "leads", named[0], f.start, f.end, "leads.chair_of_organisation", 0.65)
        for i, f in enumerate(self.facts):
            if f.predicate != "title" or not f.object.endswith("ordförande") or t[f.start:f.end].casefold() != f.object:
                continue
            after = BOARD_AFTER.match(t, f.end) or BOARD_BARE.match(t, f.end)
            if after and after.group(2).casefold() not in ("nämnden", "styrelsen", "utskottet"):
                # ("vice ordförande i nämnden": the board the text is about, by no name; the post is the title)
                body = re.sub(r"-\s*och\s+", "- och ", after.group(2).casefold())
                prep = f" {after.group('prep')}" if after.group("prep") else ""
                self.facts[i] = replace(f, object=f"{f.object}{prep} {body}", end=after.end())

    def _named_run(self, first: Ref, joins: str = r",|och") -> list[Ref]:
        """A run of names on one line from ``first``, each after a comma or "och" ("A, B (t.f), C och D")."""
        t = self.text.text
        run = [first]
        for r in self.within(first.end, line_at(t, first.start).end, {"Person"}):
            if not re.fullmatch(rf"[ \t]*(?:\([^()\n]{{1,12}}\))?[ \t]*(?:{joins})[ \t]*", t[run[-1].end:r.start]):
                break
            run.append(r)
        return run

    def _respectively(self, title: Title, sent, people: list[Ref]) -> Ref | None | bool:
        """ "Eva Ek och Bo Berg, vice ordförande respektive ordförande för X": a run of titles ending in
        "respektive" after as many names, each title the name's in the same place. None when the title stands in
        no such run; False when it does but the names do not pair with the titles."""
        t = self.text.text
        titles = [x for x in self.titles if sent.start <= x.start and x.end <= sent.end]
        i = next((k for k, x in enumerate(titles) if x.start == title.start), None)
        if i is None:
            return None
        lo = i  # the run of titles around this one, joined by commas and one "respektive" last
        while lo > 0 and RESPECTIVELY_GAP.fullmatch(t, titles[lo - 1].end, titles[lo].start):
            lo -= 1
        hi = i
        while hi + 1 < len(titles) and RESPECTIVELY_GAP.fullmatch(t, titles[hi].end, titles[hi + 1].start):
            hi += 1
        run = titles[lo:hi + 1]
        if len(run) < 2 or not re.fullmatch(r"[ \t]+respektive[ \t]+", t[run[-2].end:run[-1].start]) or \
                any("respektive" in t[a.end:b.start] for a, b in zip(run, run[1:-1])):
            return None
        names = [r for r in people if r.end <= run[0].start]
        if not names or not re.fullmatch(PARTY + r"[ \t]*,[ \t]*", t[names[-1].end:run[0].start]):
            return False
        chain = [names[-1]]
        for r in reversed(names[:-1]):
            if not re.fullmatch(PARTY + r"[ \t]*(?:,|och|samt)[ \t]*", t[r.end:chain[0].start]):
                break
            chain.insert(0, r)
        return chain[i - lo] if len(chain) == len(run) else False

    def _person_for_title(self, title: Title) -> list[tuple[Ref, str]]:
        """The people a title belongs to, with the rule that ties them."""
        t = self.text.text
        sent = sentence_at(t, title.start)
        speaker = self.speaker_at(title.start)
        if speaker and (SELF_INTRO.search(t[max(sent.start, title.start - 60):title.start]) or
                        SELF_INTRO_AGAIN.search(t[max(sent.start, title.start - 120):title.start])):
            return [(Ref(title.start, title.end, "Person", speaker, "speaker"), "title.first_person")]
        if speaker is None and self.signer is not None and not self.within(sent.start, sent.end, {"Person"}) and \
                SIGNED_SELF.search(t[max(sent.start, title.start - 60):title.start]) and \
                not re.match(r"[ \t]*[–—-]", t[line_at(t, title.start).start:]):
            # "1 januari tillträdde jag som ordförande för omsorgsnämnden" in a blog post signed "Eva Berg (s)"
            # (not a quote: "– Jag är enhetschef, säger Eva Ek" is hers, whoever signs the article)
            return [(self.signer, "title.first_person")]
        people = [r for r in self.within(sent.start, sent.end, {"Person"}) if r.rule != "person.speaker_label"]
        paired = self._respectively(title, sent, people)
        if paired is not None:  # "A och B, vice ordförande respektive ordförande": each name its own post, in order
            return [(paired, "title.respectively")] if paired else []
        signed = self._signature(title, people)
        if signed is not None:
            return [(signed, "title.signature")] if signed else []
        line = line_at(t, title.start)
        lead = [r for r in self.within(line.start, title.start, {"Person"}) if r.rule != "person.speaker_label"]
        within = self._block_of(title.start)  # the paragraph the title stands in
        said = re.search(rf"(?<![\w-])(?:{'|'.join(SAYS)})[ \t]+$", t[max(line.start, title.start - 16):title.start])
        if len(lead) == 1 and re.fullmatch(r"[ \t]*(?:[•▪*–-][ \t]*)?", t[line.start:lead[0].start]) and \
                "," in t[lead[0].end:title.start] and within >= 0 and self.text.blocks[within].kind in ("heading", "bullet") \
                and not said:  # ("– Eva Ek har erfarenhet, säger sjukvårdsminister Bo Berg": a quote's, not a row)
            after = next((r for r in self.starting(title.end + 1, title.end + 2) if r.kind == "Person"), None)
            if t[title.start].isupper() and (not t[title.end:line.end].strip() or after is not None and
                                             t[title.end] == " ") and \
                    any(lead[0].end < o.start and o.end <= title.start for o in self.titles):
                # "Hans Ek, bitr landstingsdirektör Sekreterare ⏎ Inga Berg": the label of the next row, run on to
                # this one, is the title of the name that row holds alone (or that follows it, the rows run together)
                below = after or next((r for r in self.starting(line.end, line.end + 3) if r.kind == "Person"), None)
                return [(below, "title.label_above")] if below is not None and (
                    below is after or not t[below.end:line_at(t, below.start).end].strip()) else []
            # "Bo Ek (S), ordförande i X landsting, förste vice ordförande i SKL ⏎ Eva Ek, …": every title on a
            # speaker's row is the name's that opens it
            return [(lead[0], "title.row")]
        if re.search(r"(?<![\w-])för[ \t]+att[ \t]+(?:bli|tillträda[ \t]+som|börja[ \t]+som)[ \t]+(?:ny[ \t]+)?$",
                     t[max(sent.start, title.start - 40):title.start]):
            # "Sara Berg lämnade tjänsten som förvaltningschef för X för att bli kommunchef i Köping": the post she
            # left for is the sentence's subject's
            subject = [r for r in people if r.end <= title.start]
            return [(subject[0], "title.next_post")] if len({r.key for r in subject}) == 1 else []
        nxt = next((o for o in self.titles if o.start > title.end and o.start - title.end <= 6), None)
        if nxt and re.fullmatch(r"[ \t]+och[ \t]+", t[title.end:nxt.start]) and t[title.start:title.end].endswith(("n", "et")) \
                and t[nxt.start:nxt.end].endswith(("n", "et")):
            # "utredaren och projektledaren Anna Berg": two definite titles before one name are both hers
            # ("Gruppledaren och oppositionsrådet Per Ek": a title's neuter definite form too)
            named = next((r for r in self.starting(nxt.end, nxt.end + 2) if r.kind == "Person"), None)
            if named and re.fullmatch(r"[ \t]+", t[nxt.end:named.start]):
                return [(named, "title.apposition")]
        if nxt and re.fullmatch(r"[ \t]+och[ \t]+", t[title.end:nxt.start]) and t[title.start].islower() and \
                re.search(r"(?:^|[,;:]|\b(?:samt|och))[ \t]*$", t[max(0, title.start - 8):title.start]) and \
                not any(r.kind == "Person" and 0 <= title.start - r.end <= 3 for r in self.starting(title.start - 60,
                                                                                                    title.start)):
            # "… samt strateg och processledare Magdalena Berg": two titles before one name, as a list's item
            named = next((r for r in self.starting(nxt.end, nxt.end + 2) if r.kind == "Person"), None)
            if named and re.fullmatch(r"[ \t]+", t[nxt.end:named.start]):
                return [(named, "title.apposition")]
        # (and "Underskrifter … Åsa Ek Ordförande. Bo Berg": a signature's label, capitalised, its dot and the name)
        field = re.match(r"[ \t]*\.{3,}[ \t]*" if t[title.start].islower() else r"[ \t]*\.+[ \t]*",
                         t[title.end:title.end + 20])
        filled = next((r for r in self.starting(title.end, title.end + 21) if r.kind == "Person"), None) if field else None
        if filled and filled.start == title.end + field.end():
            return [(filled, "title.labelled")]  # "Sekreterare.... Eva Ek Ordförande.... Per Berg": a form's fields
        after = [r for r in people if r.start >= title.end and r.start - title.end <= 60]
        if re.match(r"[ \t]+hos[ \t]", t[title.end:title.end + 6]):
            after = []  # "Pressekreterare hos sjukvårdsminister Bo Berg": whom she works for, not who she is
        before = [r for r in people if r.end <= title.start and title.start - r.end <= 40]
        succeeds = SUCCEEDS.search(t, max(0, before[-1].start - 40), before[-1].start) if before and re.fullmatch(
            r"[ \t]+som[ \t]+(?:ny[ \t]+)?", t[before[-1].end:title.start]) else None
        if succeeds:
            # "Den 1 augusti efterträdde hon Eva Ek som chef för X": the post is the successor's, who is the
            # sentence's subject (or the person its pronoun stands for), not the one she follows
            bound = sent.start - 400 if succeeds.group(1) else sent.start
            subject = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"
                       and bound <= r.start and r.end <= succeeds.start() and r.key != before[-1].key]
            return [(subject[-1], "title.succeeds")] if subject else []
        # ("Eva Ek (S) från Lidköping, vice ordförande i X": the politician's home town between)
        bare = re.fullmatch(PARTY + FROM_TOWN + r"[ \t]*(\([ \t]*)?(?:[ \t]\d:[ae][ \t]+)?|" + PARTY + r"[ \t]+",
                            t[before[-1].end:title.start]) if before else None
        if before and (OPEN_PARTY_ROW.fullmatch(t, before[-1].end, title.start) or
                       NOW_IS.fullmatch(t, before[-1].end, title.start)):
            # "Bo Ek, Älvsbyn, (s, ordförande Maj Berg, Piteå, (s": minutes' rows run together, each row's bracket
            # left open; the post after the party is the row's, not the next name's ("Kjell Ek, i dag är
            # sjukvårdsdirektör i …": the name's, the verb's subject left out)
            return [(before[-1], "title.after_name")]
        # "ordföranden Sonja Ek": a title in its definite form names the one written after it
        definite = after and re.fullmatch(r"[ \t]+", t[title.end:after[0].start]) and \
            t[title.start:title.end].casefold().endswith("n") and not title.title.endswith("n")
        capital = t[title.start].isupper() and not t[title.start:title.end].isupper()  # "VD" is an abbreviation
        # "… David Ek (S), sjukvårdsdirektör Maria Berg och …": a list's items, each title before its name (a bare
        # seat is the name's before it: "Ronny Ek (S), vice ordförande Mikael Berg (-)" in a roll)
        listed = bool(after) and re.fullmatch(r"[ \t]+", t[title.end:after[0].start]) is not None and \
            re.fullmatch(PARTY + r"[ \t]*,[ \t]*", t[before[-1].end:title.start]) is not None and \
            not BARE_SEAT.fullmatch(t, title.start, title.end) if before else False
        # ("Alma Berg (Demenssjuksköterska)": in brackets after a name, a title in capitals is hers too)
        if bare and not definite and not listed and (not capital or bare.group(1)) and (bare.group(1) or re.match(
                rf"[ \t]*(?:[,.;\n]|$|[ \t]+(?:(?:på|vid|hos|åt|i|och|för)[ \t]+)?[{UPPER}]|[ \t]+{CLOCK})",
                t[title.end:title.end + 14]) or
                not after and AND_NEXT.match(t, title.end) or  # "… har vi Eva Ek logoped och ni två"
                # "I dag är regiondirektör Eva Ek tillförordnad direktör": the verb before its subject, the post after
                INVERTED_COPULA.search(t, sent.start, before[-1].start) or
                not after and AT_UNIT.match(t, title.end) or  # "säger Eva Ek förvaltningschef inom primärvården"
                # "uppger Eva Ek ordförande i distriktsläkarföreningen i X och Bo Ek …": an organisation after it
                (unit := AT_UNIT.match(t, title.end)) and any(
                    r.kind == "Organisation" for r in self.starting(unit.end() - 1, unit.end())) or
                title.title.endswith(CHAIR_TITLES) and BOARD_AFTER.match(t, title.end)):
            # "• Eva Berg ordförande i hälso- och sjukvårdsnämnden (C), Region X"
            # "Niklas Daoson ordförande, Karin Jonsson 1:e vice ordförande", "Maria Höög (projektledare Region JH)"
            return [(before[-1], "title.after_name")]
        if bare and not definite and after and \
                re.fullmatch(r"[ \t]+(?:på|vid|hos|i|inom)[ \t]+[^.!?\n,]{2,50},[ \t]+(?:sen|sedan|och|så)[ \t]+(?:har|är)[ \t]+vi[ \t]+",
                             t[title.end:after[0].start]):
            # "Lisa Berg tf direktör på sjukhuset i X, sen har vi Eva Ek …": a host's round of names, each before its title
            return [(before[-1], "title.after_name")]
        if before and ABBREVIATED_TITLE.fullmatch(t, title.start, title.end) and \
                re.fullmatch(PARTY + r"[ \t]*,[ \t]*", t[before[-1].end:title.start]):
            # "Roland Berg, ordf Lisa Ek Ann Holm" in minutes: an abbreviated post closes its holder's item
            return [(before[-1], "title.after_name")]
        if before and ELECTED_BEFORE.search(t, sent.start, before[-1].start) and ELECTED_TO.fullmatch(
                t, before[-1].end, title.start):
            # "valdes Emilie Berg (m) från Region Uppsala till ny ordförande": the one elected holds it
            return [(before[-1], "title.elected")]
        if before and re.fullmatch(PARTY + r"[ \t]+till[ \t]+", t[before[-1].end:title.start]) and ELECTED_EARLIER.search(
                t, sent.start, before[-1].start):
            # "Eva Ek (M) blev vald till ordförande, Bo Berg (C) till första vice ordförande och …": the verb left out
            return [(before[-1], "title.elected")]
        if after and re.fullmatch(r"[ \t]*,[ \t]*", t[self._org_end(title.end, after[0].start):after[0].start]) and \
                re.match(r"[ \t]+" + REPORT_VERB, t[after[0].end:]):
            # "VD Nordbo Energi AB, Per Ek informerar om …": minutes name the reporter after his post and company
            return [(after[0], "title.apposition")]
        if after and re.search(r"(?i)(?<![\w-])(?:uppdraget|tjänsten|posten|rollen)[ \t]+som[ \t]+$",
                               t[max(sent.start, title.start - 20):title.start]) and \
                re.fullmatch(r"(?:[ \t]+(?:i|på|vid|inom)[ \t]+[^.!?\n]{2,40}?)?[ \t]+(?:går[ \t]+)?till[ \t]+",
                             t[title.end:after[0].start]):
            # "går uppdraget som tillförordnad hälso- och sjukvårdsdirektör till Maria Ek": whom the post goes to
            return [(after[0], "title.elected")]
        if after and ELECTED_TO_OPEN.search(t[max(sent.start, title.start - 20):title.start]) and \
                ELECTED_AFTER.fullmatch(t[title.end:after[0].start]):
            # "Till förste vice ordförande valdes Anders Svan (s)"
            return [(after[0], "title.elected")]
        earlier = [r for r in people if r.end <= title.start]
        if before:  # "Eva Ek, Kungsbacka kommuns medicinskt ansvariga sjuksköterska": her title, her employer's genitive
            owner = next(iter(self.within(before[-1].end, title.start, {"Organisation"})), None)
            if owner and re.fullmatch(PARTY + r"[ \t]*,[ \t]*", t[before[-1].end:owner.start]) and \
                    self.genitive(owner) and OWNER_OF_TITLE.fullmatch(t, owner.end, title.start) and \
                    not (after and re.fullmatch(r"[ \t]+", t[title.end:after[0].start])):
                # ("SKR:s ordförande Bo Ek, SPF:s förbundsordförande Eva Ek": a name right after is the title's)
                return [(before[-1], "title.after_name")]
        if earlier and NOW_AFTER_FORMER.fullmatch(t, earlier[-1].end, title.start):
            # "Maria Berg, tidigare verksamhetschef för akuten på X, nu områdeschef på Y": her title now
            return [(earlier[-1], "title.after_name")]
        row_owner = self._name_org_title(title, people)
        if row_owner:  # "Tobias Berg, Region Värmland, ordförande" ending its line
            return [(row_owner, "title.after_name")]
        chain = self._coordinated_before(sent.start, title.start, people)
        if chain:  # "Elin Berglund, Timrå kommun, och Anna Berg, Kramfors kommun, är samordnare"
            some_of = re.fullmatch(r"[^.!?]*?" + SOME_OF, t[chain[-1].end:title.start])
            return [(r, "title.some_of" if some_of else "title.after_name") for r in chain]
        owner = next((r for r in self.within(sent.start, title.start, {"Organisation"})
                      if OWNER_OF_TITLE.fullmatch(t, r.end, title.start) and self.genitive(r)), None)
        if earlier and owner and earlier[-1].end <= owner.start and re.fullmatch(
                PARTY + r"\s+(?:som\s+)?(?:är|var|blir|blev)\s+(?!(?:inte|aldrig|ej)\b)(?:[^,.!?]{0,50}?\s+)?",
                t[earlier[-1].end:owner.start]):  # ("… säger Eva Ek som är Tyresö kommuns MAS")
            # "Linda Berg är från och med i höst Kalmar kommuns första kommundoktorand": hers, at the owner's
            # ("A, B och C är Region Xs tre dietister": a plural title is each one's)
            subjects = self._joined_up_to(earlier) if title.plural else [earlier[-1]]
            return [(r, "title.owners") for r in subjects]
        gap_after = t[title.end:after[0].start] if after else ""
        if after and re.fullmatch(r"\s*(?:Som|I\s+(?:sin\s+|sitt\s+)?(?:nya\s+)?(?:rollen|roll|tjänsten|uppdraget|uppdrag)"
                                  r"\s+som)\s+", t[sent.start:title.start]) and re.fullmatch(r"\s+[a-zåäö]+\s+", gap_after):
            # "Som chef för specialistsjukvården ansvarar Eva Ek för …": the subject after the verb holds it
            # ("I rollen som primärvårdsdirektör kommer Eva Ek att leda …")
            return [(after[0], "title.apposition")]
        then = COPULA_THEN_TITLE.fullmatch(gap_after)
        if then and (then.group("title") is None or base_form(then.group("title"), self.lex)) and \
                (then.group("when") or then.group("title")):
            # "Ordförande från 1 juli 2019 är omsorgsdirektör Linda Berg": the chair, by a second title too
            return [(after[0], "title.apposition")]
        if before and after and "," in gap_after and re.fullmatch(PARTY + r"\s*,\s*", t[before[-1].end:title.start]):
            # "Lisa Berg, MAR i Kumla kommun, Eva Ek, MAR i …": a list of "name, title" pairs
            return [(before[-1], "title.after_name")]
        if before and after and (re.fullmatch(PARTY + r"[ \t]*,[ \t]*", t[before[-1].end:title.start]) or
                                 self._second_in_row(before[-1].end, title.start)) and \
                re.fullmatch(r"[ \t]+", gap_after) and (self._title_after_comma(after[0].end) or
                                                         PARTY_MARK.match(t, after[0].end)) and \
                not self._title_name_item(before[-1]):
            # (not "socialminister Eva Ek, regionrådet Per Ek, områdeschefen …": a list of "title name" items)
            # "Elise Berg, nämndsekreterare Gunnel Ek, förvaltningschef Björn Lind, …": minutes list "name, title"
            # pairs with no mark between them; the next name has its own title after its comma
            return [(before[-1], "title.after_name")]
        # ("Medicinskt Ansvarig Sjuksköterska" in title case after the name's comma is hers too)
        cased = " " in t[title.start:title.end] and t[title.start:title.end].istitle()
        if before and (not t[title.start].isupper() or cased) and \
                re.fullmatch(PARTY + r"[ \t]*,[ \t]*" + COMMON_OWNER, t[before[-1].end:title.start]) \
                and not (after and re.fullmatch(r"(?:en|n)?[ \t]+", t[title.end:after[0].start])):  # "…, socialchefen Maria Ek"
            # "Carina Berg (M), kommunalråd i Vetlanda hälsar på …": the name in front, whoever follows
            return [(r, "title.after_name") for r in self._sharing(earlier, title)]
        if before and after and gap_after.lstrip().startswith(",") and re.fullmatch(
                PARTY + r"\s*,?\s*som\s+(?:är|blir|blev|var)\s+", t[before[-1].end:title.start]):
            # "Eva Berg (M) som blir regionstyrelsens ordförande, Per Ek (KD) och …": the title is Eva's
            return [(before[-1], "title.after_name")]
        # "projektledare för Hemsjukvård för barn och Sara Ek": after "och" a new item of the list begins
        if after and (t[title.start].isupper() or t[title.start].isdigit()) and \
                re.fullmatch(r"[ \t]*(?::|[–-])[ \t]+", gap_after) and \
                (re.fullmatch(r"\s*", t[sent.start:title.start]) or t[title.start - 1:title.start] in ("", "\n") or
                 ":" in gap_after and before and re.fullmatch(PARTY + r"[ \t]+", t[before[-1].end:title.start])):
            # "Kassör: Malin Berg, …", "Vice ordförande – Agneta Ek, Klippan"; "Sekreterare: A Ordförande: B" where a
            # PDF ran a signature row together: the next field's label, not the title of the name before it
            # ("Programledare: Ida Ek & Eva Berg": both hold it)
            return [(r, "title.labelled") for r in self._named_run(after[0], joins=r"och|&")]
        if after and t[title.start].isupper() and LABEL_QUALIFIED.fullmatch(gap_after) and \
                re.fullmatch(r"[ \t]*(?:[•▪*–-][ \t]*)?", t[line_at(t, title.start).start:title.start]):
            # "• Verksamhetsområdeschef (sammankallande): Eva Ek", "• Socialchef från respektive kommun: A, B (t.f), C":
            # a list of a group's seats, each label the title of every name after it
            return [(r, "title.labelled") for r in self._named_run(after[0])]
        unit_word = re.fullmatch(rf"[ \t]+([{UPPER}][{LOWER}]{{2,}})[ \t]+", gap_after)
        # "verksamhetschef Rehab Carina Berg": the unit she heads stands between title and name
        apposed = " " if unit_word and unit_word.group(1) not in self.lex.first_names and \
            unit_word.group(1).casefold() not in NOT_NAME else gap_after
        # "Erik Jansen Revisionskonsult Jenny Ek Certifierad revisor": on a card row a capitalised title follows its
        # name, as the next name's title follows it (not "Sekreterare Eva Ek Ordförande Per Berg Justerande", a
        # signature row of labels before names)
        carded = before and after and t[title.start].isupper() and re.fullmatch(CARD_GAP, t[before[-1].end:title.start]) \
            and (self._capital_title_at(after[0].end) or re.fullmatch(r"[ \t]*,[ \t]*", gap_after) and any(
                after[0].end < o.start <= after[0].end + 2 for o in self.titles))  # "Eva Ek Områdeschef, Bo Ek läkare"
        # "Lina Berg är mottagningschef i Region X, Eva Ek är …": the title after a copula is its subject's, not the
        # next name's after the comma
        # ("Eva Ek (M), blev vald till ordförande för X, Bo Berg (C) till vice ordförande": the elected one's;
        # "Eva Ek (KD) blir ordförande i X efter Bo Berg (M)": not the predecessor's)
        subject = before and ("," in gap_after or re.search(r"\sefter\s+$", gap_after)) and re.fullmatch(
            PARTY + r"[ \t]+(?:är|var|blir|blev)[ \t]+(?:(?:nu|numera|också|även|sedan|en|ett)[ \t]+){0,2}"
            r"(?:" + ELECTED_PARTICIPLE + r"[ \t]+till[ \t]+)?", t[before[-1].end:title.start])
        # "Eva Ek, ordförande X och andre vice ordförande i Y, Bo Berg (S), …": a second title joined to the first
        # by "och" is still hers, though a comma and the next name follow it
        near = [r for r in people if r.end <= title.start and title.start - r.end <= 100]
        second = near and "," in gap_after and re.fullmatch(
            PARTY + r"[ \t]*,[^.!?\n,]{2,80}?[ \t]+och[ \t]+", t[near[-1].end:title.start])
        if second:
            return [(near[-1], "title.after_name")]
        if after and not carded and not subject and re.fullmatch(r"[\s,]*(?:\([A-ZÅÄÖ]{2,6}\)\s*)?(?:som heter\s+)?|\s+(?:för|i|på|vid|inom|hos)\s+[^.!?\d]{0,50}?(?<!\soch)\s+|"
                                  # "Vi som valts som ledamöter till KPR är A, B och C"
                                  r"\s+till\s+[^.!?\d]{0,50}?\s+(?:är|blir|blev)\s+|"
                                  r"\s+(?:är|var|blir|har varit|har blivit|utsågs|utses|har utsetts|heter)\s+|"
                                  # "vem det nya regionrådet blir: Moderaten Eva Ek"
                                  r"\s+(?:är|blir|blev|heter)[ \t]*:[ \t]*(?:" + PARTY_MEMBER + r"[ \t]+)?", apposed) and \
                not re.search(rf",\s*(?:{'|'.join(SAYS)}|och)\s", gap_after) and \
                not CLAUSE_THEN_NAME.search(gap_after):  # "… i X, säger kommundirektör Per Ek"
            # ("metodutvecklare i X kommun, och pensionärerna Eva Ek": after ", och" another item of the list)
            chosen = [after[0]]
            copula = re.fullmatch(r"\s+(?:är|var|blir|har varit|har blivit)\s+", gap_after)
            counted = COUNTED.search(t[max(0, title.start - 12):title.start])  # "Laholms tre kommunråd, A, B och C"
            if title.plural or copula or counted:  # "Projektledare är Anna Berg, Region X, och Lars Ek, Y kommun"
                tail = after[0]
                # ("Projektledarna Eva Ek, anhörigkonsulent Sala, och Bo Berg": each one's workplace between)
                aside = r"(?:\s*,[^,.!?\n]{2,50}?)?" if copula or title.plural else ""
                for r in [r for r in people if r.start > after[0].start]:  # the list runs on past the first 60
                    # ("undersköterskorna Eva Ek (specialistundersköterska) och Bo Berg": a note in brackets between)
                    # (the aside holds no one else: "utredarna A och B, analytikerna C och D" are two lists)
                    if re.fullmatch(PARTY + aside + r"(?:[ \t]*\([^()\n]{2,40}\))?\s*(?:,[ \t]*(?:och|samt)|,|och|samt)\s*",
                                    t[tail.end:r.start]) and not any(tail.end < p.start < r.start for p in people):
                        chosen.append(r)
                        tail = r
            return [(r, "title.apposition") for r in chosen]
        # "Ordförande ……" is a signature line, for the name below it, not a card's title for the name above
        signature = SIGNATURE_DOTS.match(t, title.end) is not None
        if before and re.fullmatch(CARD_GAP + r"|[ \t]*\n[ \t]*", t[before[-1].end:title.start]) and \
                t[title.start].isupper() and not signature:
            return [(before[-1], "title.card")]  # "Helena Berg Verksamhetsutvecklare, …" on a card or byline
        named = self._name_above(title.start) if t[title.start].isupper() and not signature else None
        if named:  # "Sofia Berg" on a line of her own, then "Överläkare i psykiatri och …"
            return [(named, "title.card")]
        below = self._name_below_in_contact(title) if t[title.start].isupper() else None
        if below:  # "KONTAKTINFORMATION ⏎ Sjuksköterska (MAS) ⏎ Anna Berg ⏎ Telefon …": the card's title, then name
            return [(below, "title.contact_card")]
        row = [r for r in people if r.end <= title.start and title.start - r.end <= 100]
        if row and t[title.start - 1:title.start] == "(" and t[title.end:title.end + 1] == ")" and \
                re.fullmatch(r"[ \t]*,[^()\n.!?]{2,80}\(", t[row[-1].end:title.start]):
            return [(row[-1], "title.after_name")]  # "Berg, Jan, kommundirektör, Arvika kommun (ordförande)"
        if earlier and title.start - earlier[-1].end <= 100 and re.fullmatch(AT_ORG_AS, t[earlier[-1].end:title.start]):
            return [(earlier[-1], "title.after_name")]  # "Eva Ek har funnits på plats vid X som verksamhetschef"
        if before:
            gap = t[before[-1].end:title.start]
            # (", som också är huvudskyddsombud": an adverb in the relative clause)
            if re.fullmatch(PARTY + r"\s*(?:,|som är|och är|som|är|,\s*en av|,\s*och|,\s*som (?:arbetar|jobbar) som|"
                            r",?\s*som (?:också|även|dessutom|numera|nu) är)\s*"
                            r"(?:(?!samt\s)[a-zåäö]+\s+){0,2}|"  # (", samt politiker": a new item of a list)
                            # "Eva Ek är en av tre äldresköterskor på X", "… är en av våra sjuksköterskor"
                            r"\s+(?:är|var)\s+(?:en|ett)\s+av\s+(?:[a-zåäö]+\s+)?|"
                            # "klart att Eva Ek blir hälso- och sjukvårdsdirektör": the post she is appointed to
                            # ("Eva Ek (KD) blir ordförande i regionstyrelsen", "Eva Ek (M), blev vald till ordförande")
                            + PARTY + r"\s+(?:blir|blev)\s+(?:(?:nu|också|även|därmed|alltså|formellt)\s+)?"
                            r"(?:" + ELECTED_PARTICIPLE + r"\s+till\s+)?|"
                            # "Eva Ek, 58, blir interim socialchef": her age in apposition first
                            r"\s*,\s*\d{2}(?:\s+år)?\s*,\s+(?:blir|blev|är)\s+(?:(?:nu|också|även|ny|nya)\s+)?|"
                            # "säger Eva Ek socialdemokrat och ordförande i förbundet": her party, then her title
                            r"[ \t]*,?[ \t]+" + PARTY_MEMBER + r"(?:[ \t]*,[ \t]*|[ \t]+och[ \t]+)|"
                            # "Eva Ek har varit chef för X sedan 2018", "Eva Ek, som för närvarande är tf chef"
                            r"\s+har\s+(?:sedan\s+\d{4}\s+)?varit\s+(?:[a-zåäö]+\s+){0,2}|"
                            # "I nämnden har Eva Ek hittills varit vice ordförande": "har" before her name
                            r"(?:\s+(?:hittills|tidigare|länge|också|även|redan|sedan\s+\d{4}))?\s+varit\s+|"
                            r"\s*,\s*som\s+(?:nu|numera|för\s+närvarande|sedan\s+\d{4}|i\s*dag|till\s+vardags|annars)\s+"
                            r"(?:är|har\s+varit|jobbar\s+som|arbetar\s+som)\s+"
                            r"(?:[a-zåäö]+\s+){0,2}|" + PARTY + r"(?:\s+[a-zåäö]+){1,3}"
                            # "Eva Ek arbetar sedan fem år tillbaka som förvaltningschef": how long, before "som"
                            r"(?:\s+sedan\s+(?:\d{4}|[a-zåäö0-9]+\s+(?:år|månader)(?:\s+tillbaka)?))?"
                            r"\s+som\s+(?:nytt?\s+|nya\s+)?|"
                            r"\s*,\s*\([A-ZÅÄÖ]{1,3}\)\s*|"  # "Eva Ek (C) fortsätter som regionråd"
                            rf"(?:[ \t]*{BRACKET_PARTY})?[ \t]+[–-][ \t]+|\s*,\s*[a-zåäö-]+\s*/\s*|"
                            rf"[ \t]*{BRACKET_PARTY}[ \t]+|"
                            r"\s*,\s*[A-ZÅÄÖ]{2,6}-[a-zåäö]+(?:ets|ens)\s+", gap):  # "Eva Ek, PRO-distriktets ordförande"
                # "… på uppdraget som <title>", "Anna Berg, (KD) <title>", "AB - Anna Berg - Sjukvårdsdirektör",
                # "Anna Berg (S) - socialminister",
                # "Anna Berg, sjuksköterska/projektledare", "säger Anna Berg (KD) ordförande i X"
                return [(r, "title.after_name") for r in self._sharing(earlier, title)]
            if APPOINTED.fullmatch(gap):  # "Roland Berg har utsetts till projektledare", "som fått tjänst som"
                return [(before[-1], "title.appointed")]
            if re.fullmatch(r"[ \t]+(?:ny|nye|nya)[ \t]+", gap) and (
                    not t[line_at(t, before[-1].start).start:before[-1].start].strip() or
                    re.search(r"(?<![\w-])(?:är|blir|blev)[ \t]+$", t[max(sent.start, before[-1].start - 6):before[-1].start])):
                # a headline: "Eva Ek ny chef för Psykiatrin X"; the verb before its subject: "Sedan den 1 februari är
                # Eva Ek ny enhetschef för X"
                return [(before[-1], "title.appointed")]
            if not after and PARTY_AND.fullmatch(gap):  # "men Eva Ek (KD) och ordförande i nämnden ser det inte så"
                return [(before[-1], "title.after_name")]
        if earlier and not before and APPOINTED.fullmatch(t, earlier[-1].end, title.start):
            return [(earlier[-1], "title.appointed")]  # "Eva Ek (S), Norrbotten, utsågs till sammankallande"
        if earlier and not before and ASIDE_IS.fullmatch(t, earlier[-1].end, title.start):
            return [(earlier[-1], "title.after_name")]  # "Eva Ek, som är här för första gången, är enhetschef"
        pronoun = PRONOUN_IS.search(t, max(0, sent.start - 2), title.start)
        if pronoun:
            # "där hon är …" looks back into its own sentence too: "Eva Ek har planer för länet där hon är regionråd"
            bound = pronoun.start() if pronoun.group().lstrip().startswith("där") else sent.start
            earlier = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"
                       and sent.start - 300 <= r.start < bound]
            if not earlier:  # a portrait's paragraphs of quotes since her name: further back, if she is all it names
                further = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"
                           and sent.start - 800 <= r.start < bound]
                earlier = further if len({r.key for r in further}) == 1 else []
            if bound > sent.start and earlier and earlier[-1].start >= sent.start:
                earlier = [r for r in earlier if r.start >= sent.start]  # the one person of her own sentence
            given = t[earlier[-1].start:earlier[-1].end].split()[0] if earlier else ""
            if earlier and len({r.key for r in earlier[-2:]}) == 1 and not any(
                    w.group() in self.lex.first_names and w.group() != given
                    for w in re.finditer(rf"(?<![\w-])[{UPPER}][{LOWER}]+(?![\w-])", t[earlier[-1].end:title.start])):
                # "Du har samma titel som Anna hade. Hon är …": an unresolved given name stands nearer; her own
                # given name does not ("Eva Ek … Eva kommer från Y där hon nu är …")
                return [(earlier[-1], "title.pronoun")]
        counted = self._counted_then_named(title, sent.end) if not people else []
        if counted:
            return [(r, "title.counted") for r in counted]
        they = self._they_are(title, sent) if not people else []
        if they:
            return [(r, "title.they_are") for r in they]
        return self._slide_bio(title)

    def _they_are(self, title: Title, sent) -> list[Ref]:
        """ "Maria Svahns kollegor Hassan Ek och Sara Berg är också nöjda. De är provtagningssköterskor": a plural
        title after "De är" belongs to the names the sentence before joined with "och"."""
        t = self.text.text
        if not title.plural or sent.start < 2 or \
                not THEY_ARE.fullmatch(t, sent.start, title.start):
            return []
        before = sentence_at(t, sent.start - 2)
        if "\n\n" in t[before.start:sent.start]:
            return []
        people = [r for r in self.within(before.start, before.end, {"Person"}) if r.rule != "person.speaker_label"]
        if len(people) < 2:
            return []
        chain = self._group_ending(people, len(people) - 1, r"[ \t]*(?:,|och|samt)[ \t]*")
        return chain if len(chain) > 1 else []

    def _named_by_common_genitive(self, title: Title, person: Ref) -> Ref | None:
        """ "Eva Ek, hälsocentralens verksamhetschef": the care unit the text named last with that common noun
        ("Gamleby hälsocentral", "Vårdcentralen Åsen"), when the genitive stands right before her title."""
        t = self.text.text
        m = COMMON_GENITIVE.search(t, max(0, title.start - 30), title.start)
        if not m or not (person.end <= m.start() or person.start >= title.end):
            return None
        earlier = reversed(self.starting(max(0, title.start - 1500), m.start()))
        if m.group(2):  # "Det är företaget PHC Resurs som …": the company named after that noun
            return next((r for r in earlier if r.kind == "Organisation" and
                         re.search(rf"(?<![\w-]){m.group(2)}et[ \t]+$", t[max(0, r.start - 12):r.start])), None)
        noun = m.group(1).casefold()
        return next((r for r in earlier if r.kind == "Organisation" and noun in r.key[1].casefold()), None)

    def _title_name_item(self, person: Ref) -> bool:
        """Whether the title right before ``person`` was given to her: "socialminister Eva Ek, regionrådet …" is a
        list of "title name" items, "Ylva Berg, nämndsekreterare Eva Ek, …" one of "name, title" pairs."""
        singular, listed = self._title_ends
        # ("regionråden Eva Ek, Bo Berg och Per Lind, regiondirektör Sven Ek, …": the plural's list is of such items)
        return any(f.subject == person.key and f.predicate == "title" and (
            0 < person.start - f.end <= 1 and f.end in singular or f.rule == "title.apposition" and f.start in listed
            and f.start < person.start and "." not in self.text.text[f.start:person.start]) for f in self.facts)

    @cached_property
    def _title_ends(self) -> tuple[set[int], set[int]]:
        """The ends of the singular titles (not a heading, "Ledamöter Eva Ek, C, ordförande …"), and the starts of the
        plural ones written in lower case inside a sentence ("regionråden A, B och C")."""
        return ({x.end for x in self.titles if not x.plural},
                {x.start for x in self.titles if x.plural and self.text.text[x.start].islower()})

    def _title_after_comma(self, at: int) -> bool:
        """Whether a title follows ``at`` after a comma (and perhaps a party's letters): "Gunnel Ek, förvaltningschef"."""
        k = bisect.bisect_right(self._title_starts, at)
        return k < len(self.titles) and re.fullmatch(PARTY + r"[ \t]*,[ \t]*", self.text.text[at:self.titles[k].start]) \
            is not None

    def _capital_title_at(self, at: int) -> bool:
        """Whether a capitalised title follows ``at`` after spaces only: "Jenny Ek| Certifierad kommunal revisor"."""
        k = bisect.bisect_left(self._title_starts, at)
        nxt = self.titles[k] if k < len(self.titles) else None
        return nxt is not None and nxt.start > at and self.text.text[nxt.start].isupper() and \
            re.fullmatch(CARD_GAP, self.text.text[at:nxt.start]) is not None

    def _second_in_row(self, name_end: int, at: int) -> bool:
        """Whether a name's first title stands between it and ``at``: "Eva Ek, sektionschef, <at>"."""
        k = bisect.bisect_left(self._title_starts, name_end)
        first = self.titles[k] if k < len(self.titles) else None
        t = self.text.text
        return first is not None and first.end <= at and re.fullmatch(r"[ \t]*,[ \t]*", t[name_end:first.start]) \
            is not None and re.fullmatch(r"[ \t]*,[ \t]*", t[first.end:at]) is not None

    def _block_at(self, at: int) -> int | None:
        """The index of the paragraph that ``at`` opens."""
        i = bisect.bisect_left(self._block_starts, at)
        return i if i < len(self.text.blocks) and self._block_starts[i] == at else None

    def _name_above(self, at: int) -> Ref | None:
        """The person whose name is the whole paragraph before the one that ``at`` opens (not an e-mail address,
        which ends the card above)."""
        blocks = self.text.blocks
        i = self._block_at(at)
        if not i:
            return None
        above = blocks[i - 1]
        return next((r for r in self.within(above.start, above.end, {"Person"})
                     if not self.text.text[above.start:r.start].strip() and not self.text.text[r.end:above.end].strip()
                     and r.rule != "person.email"), None)

    def _name_below_in_contact(self, title: Title) -> Ref | None:
        """The person whose name is the whole paragraph after a paragraph that is only this title (and its
        abbreviation in brackets), on a contact card: a "Kontakt…" heading above, or a telephone or e-mail line
        below the name."""
        t = self.text.text
        blocks = self.text.blocks
        i = self._block_at(title.start)
        if i is None or i + 1 >= len(blocks) or blocks[i].start != title.start or \
                not re.fullmatch(r"[ \t]*(?:\([A-ZÅÄÖ]{2,6}\))?[ \t:]*", t[title.end:blocks[i].end]):
            return None
        below = blocks[i + 1]
        # ("Bengt Berg, C": her party after the name; "Emma Berg 0382-154 88": her number on the name's line)
        named = next((r for r in self.within(below.start, below.end, {"Person"})
                      if not t[below.start:r.start].strip() and (re.fullmatch(PARTY + r"[,; \t]*", t[r.end:below.end])
                                                                 or CONTACT_LINE.match(t, r.end, below.end))), None)
        if named is None:
            return None
        above = t[blocks[i - 1].start:blocks[i - 1].end] if i else ""
        after = t[blocks[i + 2].start:blocks[i + 2].end] if i + 2 < len(blocks) else ""
        return named if re.match(r"(?i)kontakt", above.strip()) or CONTACT_LINE.match(after) or \
            CONTACT_LINE.match(t, named.end, below.end) else None

    def _counted_then_named(self, title: Title, sent_end: int) -> list[Ref]:
        """ "… föreslå fem regionråd. Det handlar om Eva Berg (M), Per Ek (KD) och Lars Lind (C).": a counted
        title, then the next sentence names its holders."""
        t = self.text.text
        if not COUNTED.search(t[max(0, title.start - 12):title.start]):
            return []
        naming = NAMED_NEXT.match(t, sent_end)
        if not naming:
            return []
        people = [r for r in self.within(naming.end(), sentence_at(t, naming.end()).end, {"Person"})
                  if r.rule != "person.speaker_label"]
        if not people or people[0].start != naming.end():
            return []
        chain = [people[0]]
        for r in people[1:]:
            # ("Det är Eva Ek (Region Skåne), Bo Berg (Region Halland) och …": each with her employer in brackets)
            if not re.fullmatch(PARTY + r"(?:\s*\([^()\n]{2,50}\))?(?:\s+som\s+[^,.!?\n]{2,60}?)?\s*(?:,|och|samt)\s*",
                                t[chain[-1].end:r.start]):
                break
            chain.append(r)
        return chain if len(chain) > 1 else []

    def _sharing(self, before: list[Ref], title: Title) -> list[Ref]:
        """ "Eva Berg och Anne Lind, sjuksköterskor på X": a plural title after a comma belongs to every name of
        the list it closes; a singular one only to the last name."""
        if not title.plural or not re.fullmatch(PARTY + r"[ \t]*,[ \t]*", self.text.text[before[-1].end:title.start]):
            return before[-1:]
        return self._group_ending(before, len(before) - 1, r"[ \t]*(?:,|och|samt|&)[ \t]*")

    def _joined(self, people: list[Ref], last: int, glue: str) -> list[Ref]:
        """people[last] with the names before it that ``glue`` joins to it, in order."""
        t = self.text.text
        chain = [people[last]]
        for r in reversed(people[:last]):
            if not re.fullmatch(PARTY + glue, t[r.end:chain[0].start]):
                break
            chain.insert(0, r)
        return chain

    def _group_ending(self, people: list[Ref], last: int, glue: str) -> list[Ref]:
        """people[last] with the names before it that ``glue`` joins to it: "A, B och C". Without "och" before the
        last name the commas list names ("A, B, Org"), not one group: then the last name alone."""
        t = self.text.text
        chain = self._joined(people, last, glue)
        if len(chain) > 1 and not re.search(r"\s(?:och|samt|&)\s", t[chain[-2].end:chain[-1].start]):
            return chain[-1:]
        return chain

    def _name_org_title(self, title: Title, people: list[Ref]) -> Ref | None:
        """ "Anna Berg, Region Dalarna, ordförande" as a row of a list: the title that ends the row
        belongs to the name that begins it, over the organisation between them."""
        t = self.text.text
        # the row ends with the title, or with the unit it heads ("förvaltningschef, Arbete och välfärd")
        # (or a contact field follows it: "Jörgen Ek, Koncernkontoret, kommunikatör, tel. 076-…")
        # (or the next row follows in the same line: "A, Region X, ordf, B, Region X, C, …")
        if not re.match(r"[ \t]*(?:\n|$|[;.])|(?:[ \t]+|[ \t]*,[ \t]*)[^\n,.;]{2,40}[ \t]*(?:\n|$)|"
                        r"[ \t]*,[ \t]*(?:tel|telefon|mobil|e-post|mejl)\b|"
                        r"[ \t]*,[ \t]*(?-i:[A-ZÅÄÖ][a-zåäö]+(?:[ \t]+[A-ZÅÄÖ]{1,2})?[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]*,)",
                        t[title.end:title.end + 60], re.I):
            return None
        before = [r for r in people if r.end <= title.start and title.start - r.end <= 90]
        if not before:
            return None
        orgs = self.within(before[-1].end, title.start, {"Organisation"})
        if len(orgs) == 1 and re.fullmatch(PARTY + ROW_FIELD + r"[ \t]*,[ \t]*", t[before[-1].end:orgs[0].start]) and \
                re.fullmatch(r"[ \t]*,[ \t]*", t[orgs[0].end:title.start]):
            return before[-1]
        return None

    def _coordinated_before(self, start: int, title_start: int, people: list[Ref]) -> list[Ref]:
        """Two or more people, each perhaps with an employer in commas, joined by "och", then "är": the
        subject of the title that follows ("A, B och C är några av ReCalls forskare" too)."""
        t = self.text.text
        before = [r for r in people if r.end <= title_start]
        aside = r"(?:\s*,[^,.!?\n]{2,50},)?"  # ", Timrå kommun,"
        if len(before) < 2 or not re.fullmatch(aside + r"\s*(?:(?:är|var|jobbar som|arbetar som)\s+(?:båda\s+|alla\s+)?|"
                                                        r",?\s*(?:båda|bägge|alla)\s+)|,?" + SOME_OF, t[before[-1].end:title_start]):
            return []
        chain = self._joined_up_to(before)
        return chain if len(chain) >= 2 else []

    def _joined_up_to(self, before: list[Ref]) -> list[Ref]:
        """The last of ``before`` and the people joined to it by commas and "och" (each perhaps with an employer
        in commas): "A, B och C"."""
        t = self.text.text
        chain = [before[-1]]
        for r in reversed(before[:-1]):
            # ("A (C), B (MP), och C": each with her party)
            gap = t[r.end:chain[0].start]
            if not re.fullmatch(PARTY + r"(?:\s*,[^,.!?\n]{2,50},)?\s*(?:,\s*och|,|och)?\s*", gap) or \
                    not re.search(r",|(?<![\w-])och(?![\w-])", gap):
                break
            chain.insert(0, r)
        return chain

    def _slide_bio(self, title: Title) -> list[tuple[Ref, str]]:
        """A slide about a person: the name alone on a line, titles on the lines below it."""
        t = self.text.text
        if any(b.kind == "turn" for b in self.text.blocks) or SIGNATURE_DOTS.match(t, title.end):
            return []  # "Ordförande ……": a signature line
        if title.plural or STAFF_OF_KIND.search(t, max(0, title.start - 80), title.start):
            # "I teamet, som arbetar …, finns arbetsterapeuter, biståndshandläggare och sjuksköterskor": staff of a
            # kind, deep in a paragraph, no one's title
            return []
        blocks = [b for b in self.text.blocks if b.end <= title.start or b.start <= title.start < b.end]
        for back, block in enumerate(reversed(blocks[-5:])):
            if block.end - block.start > 300:  # too long to be a name alone; ask only whether it names anyone
                if any(r.kind == "Person" and r.end <= block.end for r in self.starting(block.start, block.end)):
                    return []
                continue
            people = [r for r in self.within(block.start, block.end, {"Person"})]
            if not people:
                continue
            if all(r.rule == "person.email" for r in people):
                return []  # "eva.ek@x.se" closes the card above; the title below opens the next one
            rest = t[block.start:block.end]
            for r in people:  # "Personalbild Anna Berg Anna Berg": one name, written twice under a picture
                rest = rest.replace(t[r.start:r.end], " ")
            alone = len({r.key for r in people}) == 1 and all(w.casefold() in NOT_NAME for w in rest.split())
            return [(people[0], "title.slide_bio")] if alone else []
        return []

    def _signature(self, title: Title, people: list[Ref]) -> Ref | None | bool:
        """ "Underskrift Styrgruppsordförande Underskrift Projektledare Anna Berg Per Ek": a form's signature block
        lists the roles, then the names in the same order. The name in this title's place; False when the block has
        no name there; None when the title stands in no signature block."""
        t = self.text.text
        if not re.search(r"(?i)underskrift[ \t]+$", t[max(0, title.start - 16):title.start]):
            return None
        block = [title]
        for other in self.titles:  # the signature fields after this one
            if other.start > block[-1].end and re.fullmatch(r"(?i)[ \t]+underskrift[ \t]+", t[block[-1].end:other.start]):
                block.append(other)
        before = [o for o in self.titles if o.end <= title.start and
                  re.search(r"(?i)underskrift[ \t]+$", t[max(0, o.start - 16):o.start])]
        first = next((p for p in people if p.start >= block[-1].end), None)
        if first is None or not re.fullmatch(r"[ \t]+", t[block[-1].end:first.start]):
            return False
        names = [first]
        for p in people:
            if p.start > names[-1].end and re.fullmatch(r"[ \t]+", t[names[-1].end:p.start]):
                names.append(p)
        chain = [o for o in before if re.fullmatch(r"(?i)[ \t]+underskrift[ \t]+", t[o.end:title.start])]
        place = len(chain)
        return names[place] if place < len(names) else False

    def titles_and_employers(self) -> None:
        t = self.text.text
        last: tuple[Title, list[tuple[Ref, str]]] | None = None
        for title in self.titles:
            if APPLIED_FOR.search(t, max(0, title.start - 60), title.start):
                # "En av dem som sökt jobbet som Blekinges nya sjukvårdsdirektör är Kjell Ek": a post sought, not held
                last = (title, [])
                continue
            holders = self._person_for_title(title)
            if title.title in GROUP_WORDS and any(h.start > title.end for h, _ in holders):
                holders = []  # "politikerna A, B och C", "Deltagande politiker var A och B": who they are, no post
            # "Bo Ek, styrelseledamot i X och ordförande i Y samtalar med Eva Ek": a verb stands between the second
            # title and the next name, so the title is still Bo's
            verbed = len(holders) == 1 and holders[0][1] == "title.apposition" and holders[0][0].start > title.end and \
                VERB_BETWEEN.search(t, title.end, holders[0][0].start) is not None
            # ("medicinskt ansvarig sjuksköterska, MAS i X": the short form after a comma names the same post)
            short = re.fullmatch(r"[ \t]*,[ \t]+", t[last[0].end:title.start]) and t[title.start:title.end].isupper() \
                if last else False
            if (not holders or verbed) and last and last[1] and (SECOND_TITLE.fullmatch(t, last[0].end, title.start)
                                                                 or short) and \
                    not self.within(last[0].end, title.start, {"Person"}):
                # "sjukhusdirektör på X och ordförande för Y": a second title of the same person
                holders = [(r, "title.second") for r, _ in last[1]]
            last = (title, holders)
            owner = next((r for r in self.starting(title.start - 300, title.start) if r.kind == "Organisation"
                          and OWNER_OF_TITLE.fullmatch(t, r.end, title.start)), None)
            # "Region Skånes hälso- och sjukvårdsdirektör Anna Berg": a genitive owner employs; "FSS ordförande" need not
            genitive = owner is not None and self.genitive(owner)
            # "välfärdsnämndens ordförande Eva Ek": the board named inside the title is hers to chair
            board = next((r for r in self.starting(title.start, title.start + 1) if r.kind == "Organisation" and
                          r.end < title.end and is_board(r.key[1])), None) \
                if title.title.endswith(CHAIR_TITLES) and "vice" not in title.title.split() else None
            after = BOARD_AFTER.match(t, title.end) if board is None and title.title == "ordförande" else None
            if after:  # "ordförande i socialnämnden" in a text that names "Socialnämnden" as such: its chair
                board = next((r for r in self.refs if r.kind == "Organisation" and
                              r.key[1].casefold() == squash(after.group(2)).casefold() and is_board(r.key[1])), None)
            # "chef för myndighetsavdelningen": the unit the title names, in lower case inside it, is hers to head
            headed = next((r for r in self.starting(title.start, title.end) if r.rule == "organisation.headed_unit"
                           and r.end <= title.end and re.search(r"chef[ \t]+för[ \t]+$", t[title.start:r.start])), None)
            for person, rule in holders:
                self.add(person.key, "title", title.title, title.start, title.end, rule, 0.8)
                if board is not None:
                    self.add(person.key, "leads", board.key, title.start, title.end, "leads.chair_of_board", 0.7)
                if headed is not None:
                    self.add(person.key, "worksFor", headed.key, title.start, title.end, "employer.after_title", 0.75)
                    self.add(person.key, "leads", headed.key, title.start, title.end, "leads.head_of", 0.7)
                named = self._named_by_common_genitive(title, person)
                if named:  # "säger Eva Ek, hälsocentralens verksamhetschef" where the text named "Gamleby hälsocentral"
                    self.add(person.key, "worksFor", named.key, person.start, title.end, "employer.genitive", 0.7)
                    if _heads_unit(title.title, named):
                        self.add(person.key, "leads", named.key, person.start, title.end, "leads.unit_head", 0.65)
                bracket = re.match(r"[ \t]*\(([^()\n]{2,80})\)", t[title.end:title.end + 90])
                inside = self.within(title.end, title.end + bracket.end(), {"Organisation"}) if bracket and \
                    person.end <= title.start else []
                if inside and re.fullmatch(r"[ \t]*\)", t[inside[-1].end:title.end + bracket.end()]):
                    # "Eva Ek, distriktssköterska (Primärvård, Region X)", "läkare (Falck Hälsopartner)": her employer
                    self.add(person.key, "worksFor", inside[-1].key, person.start, inside[-1].end, "employer.bracket",
                             0.7)
                at = self.within(person.end, title.start, {"Organisation"}) if person.end <= title.start else []
                if len(at) == 1 and re.fullmatch(AT_ORG_AS, t[person.end:title.start]):
                    # "Eva Ek har funnits på plats vid X som verksamhetschef": the place before the title employs her
                    self.add(person.key, "worksFor", at[0].key, person.start, title.end, "employer.at_as", 0.7)
                    if _heads_unit(title.title, at[0]):
                        self.add(person.key, "leads", at[0].key, person.start, title.end, "leads.unit_head", 0.65)
                among = ONE_OF_WHO_WORK.match(t, title.end) if title.plural and person.end <= title.start and \
                    re.search(r"(?<![\w-])(?:en|ett)[ \t]+av[ \t]+(?:(?:de|dom|våra|alla|flera)[ \t]+)?$",
                              t[max(0, title.start - 30):title.start]) else None
                where = next((r for r in self.starting(among.end(), among.end() + 1) if r.kind == "Organisation"),
                             None) if among else None
                if where:  # "Eva Ek är en av de sjuksköterskor som jobbar i X kommun": one of its staff
                    self.add(person.key, "worksFor", where.key, person.start, where.end, "employer.one_of_staff", 0.7)
                if owner and owner.subtype not in ("Region", "Municipality", "OrganisationalUnit") and \
                        title.title.endswith(CHAIR_TITLES) and "vice" not in title.title.split() and \
                        (person.end <= owner.start or person.start >= title.end):  # "SPF:s förbundsordförande" too
                    # "Lars Lind … är FSS nyvalde ordförande", "Vårdförbundets ordförande Eva Berg": the association's
                    self.add(person.key, "leads", owner.key, min(person.start, owner.start), max(person.end, title.end),
                             "leads.chair_of_organisation", 0.7)
                org = next((r for r in self.starting(title.end, title.end + 101) if r.kind == "Organisation"), None)
                if org is not None:  # "ordförande i Riksdagens Socialutskott": the longest name written there
                    org = max((r for r in self.starting(org.start, org.start + 1) if r.kind == "Organisation"),
                              key=lambda r: r.end)
                own = self.owned_board_after(org) if org else None
                if own and re.fullmatch(r"\s+(?:i|för)\s+", t[title.end:org.start]) and \
                        title.title.endswith(CHAIR_TITLES) and "vice" not in title.title.split():
                    # "ordförande i Region Värmlands hälso- och sjukvårdsnämnd": she chairs the board, not the region
                    self.add(person.key, "leads", own.key, title.start, own.end, "leads.chair_of_board", 0.75)
                    continue
                link = org  # what the title's link reaches: the organisation, or the owner of the unit named
                if org and (t[org.end:org.end + 2] == ":s" or t[org.end - 1] == "s" or
                            re.match(r"s[ \t]", t[org.end:org.end + 2])) and (  # "Kommunförbundet Skåne|s beredning"
                        # ("sjuksköterska på Björkekärrshus säger": a name ending in s, then the verb of a quote)
                        # ("generaldirektör för Vårdanalys den 1 september": a name's own s, then an article; no
                        # genitive is followed by one)
                        re.match(rf"(?::s|s)?[ \t]+(?!(?:och|samt|eller|i|på|om|med|för|som|är|har|sedan|sen|till|från|"
                                 rf"under|nu|numera|också|även|den|det|de|en|ett|{'|'.join(SAYS)})\b)[{LOWER}]",
                                 t[org.end:org.end + 12]) or any(r.kind in ("CollaborationForum", "Project") or
                                                                  r.subtype == "OrganisationalUnit" for r in
                                                                  self.starting(org.end, org.end + 4))):
                    # "ordförande i SKL:s e-beredning", "i Läkarförbundets Utbildnings- och forskningsråd": of what the
                    # organisation owns, not of it; "chef … inom Region Skånes förvaltning Skånevård Kryh": of the unit
                    # ("enhetschef för Socialstyrelsens Nationellt kompetenscentrum för X": the unit it names)
                    org = next((r for r in self.starting(org.end, org.end + 30) if r.rule in OWNED_RULES or
                                r.subtype == "OrganisationalUnit" and r.start <= org.end + 4), None)
                    if org is not None and org.subtype == "OrganisationalUnit" and title.title.endswith(("chef", "direktör")) \
                            and link.subtype in ("NationalBody", "Region", "Municipality"):
                        # "chef SKL:s avdelning för vård och omsorg": the body that has the unit employs its head
                        self.add(person.key, "worksFor", link.key, title.start, org.end, "employer.unit_owner", 0.65)
                if org and org.subtype not in ("Region", "Municipality") and \
                        title.title.endswith(CHAIR_TITLES) and \
                        (re.fullmatch(r"\s+(?:(?:i|för)\s+)?(?:Sveriges\s+|Svenska\s+)?", t[title.end:org.start]) or
                         # "Ordförande, avdelningsstyrelsen Vårdförbundet Jämtland": the chair of its board, signing
                         re.fullmatch(r"[ \t]*,?[ \t]+(?:avdelnings|förbunds|distrikts|lokal)?styrelsen[ \t]+(?:i[ \t]+)?",
                                      t[title.end:org.start]) or
                         # "ordförande i styrelsen för Västtrafik AB": the company's board, whose chair leads it
                         re.fullmatch(r"[ \t]+i[ \t]+[Ss]tyrelsen[ \t]+för[ \t]+", t[title.end:org.start]) or
                         re.fullmatch(r"[ \t]*,[ \t]*", t[title.end:org.start])):
                    # "Eva Ek (ordförande, Diabetes Sverige)", "Per Ek ordförande, SKR": a panel's list or a podcast's
                    # notes, the association she chairs
                    # "ordförande (i) Svensk förening för allmänmedicin": chairs the association, employed elsewhere
                    # ("ordförande i Sveriges Distriktsläkarföreningen": a country's name the lexicon writes otherwise);
                    # a vice chair neither leads it nor works for it
                    if "vice" not in title.title.split():  # "förste vice ordförande" too
                        self.add(person.key, "leads", org.key, title.start, org.end, "leads.chair_of_organisation",
                                 0.75)
                    elif is_board(org.key[1]):  # "2:e vice ordförande Vårdstyrelsen": a seat on the board
                        self.add(person.key, "participatesIn", org.key, title.start, org.end, "participates.board_seat",
                                 0.7)
                elif org and is_board(org.key[1]) and title.title.endswith(SEAT_TITLES) and \
                        re.fullmatch(r"\s+(?:(?:i|för)\s+)?", t[title.end:org.start]):
                    # "ledamot Sjukhusstyrelsen", "ersättare i Vårdstyrelsen": a member of the board
                    self.add(person.key, "participatesIn", org.key, title.start, org.end, "participates.board_seat", 0.7)
                elif org and EMPLOY_LINK.match(t[title.end:link.start]) and "\n\n" not in t[title.end:link.start] and \
                        not re.search(r"(?<![\w-])till\s*$", t[title.end:link.start]) and not any(
                        x.end <= link.start for x in self.starting(title.end, link.start + 1)) and \
                        org.rule != "organisation.municipality_list" and not title.title.endswith(SEAT_TITLES):
                    # ("Divisionschef, Nära vård Krokom, Åre": an area; "ledamot Sjukhusstyrelsen", "ledamot i styrelsen
                    # för X": a seat, no post)
                    # ("säger Eva Ek, ordförande i nämnden, till Nyheterna": the paper she spoke to is not hers)
                    self.add(person.key, "worksFor", org.key, min(person.start, title.start), org.end,
                             "employer.after_title", 0.8)
                    parent = next((r for r in self.starting(org.end, org.end + 200) if r.kind == "Organisation"
                                   and (re.fullmatch(r"\s*,\s*|\s+vid\s+", t[org.end:r.start]) or
                                        org.rule in ("organisation.unit_at", "organisation.headed_unit")
                                        and re.fullmatch(r"[ \t]+(?:(?:i|på|inom)\s+)?", t[org.end:r.start]))), None)
                    # "avdelningschef, Medicinkliniken, Hallands sjukhus", "chef för omsorgsförvaltningen i X kommun"
                    if parent and org.subtype == "OrganisationalUnit":
                        self.add(person.key, "worksFor", parent.key, person.start, parent.end, "employer.unit_parent", 0.7)
                    # "chef för X"; "generaldirektör för Vårdanalys", "förvaltningsdirektör för X i Region Y": a director
                    # of what is not a region or municipality heads it
                    # ("ledare för forskningsmiljön X": its leader)
                    # ("direktör för Region Uppsalas förvaltning X": the unit the owner's genitive names)
                    # ("avdelningschef hälsovalskontoret Region X": a card's line leaves "för" out)
                    bare = org.rule in ("organisation.headed_unit", "organisation.after_title") and \
                        not t[title.end:link.start].strip()
                    if (re.match(r"\s*(?:för|över)\s*$", t[title.end:link.start]) or bare) and \
                            not FUNCTION_HEAD.match(title.title.split()[-1]) and (title.title.endswith("chef") or (
                            title.title.endswith("direktör") or title.title == "ledare") and
                            org.subtype not in ("Region", "Municipality")):
                        self.add(person.key, "leads", org.key, title.start, org.end, "leads.head_of", 0.75)
                    elif _heads_unit(title.title, org) and link is org and not re.fullmatch(
                            r"\s+för\s+(?:bland\s+annat\s+)?[a-zåäö]+(?:en|et|na)\s+(?:på|vid)\s+", t[title.end:link.start]):
                        # "chef för primärvården inom X:s förvaltning Y" (not "verksamhetschef för akuten på Östra
                        # sjukhuset": the head of a ward there, not of the hospital)
                        self.add(person.key, "leads", org.key, title.start, org.end, "leads.unit_head", 0.7)
                elif org and rule == "title.card" and CARD_BELOW.fullmatch(t, title.end, org.start) and \
                        re.match(r"[ \t]*(?:\n|$)", t[org.end:org.end + 2]):
                    # a report's cover or a contact card: "Eva Ek ⏎⏎ Systemförvaltare ⏎⏎ IT-avdelningen ⏎⏎ Region X",
                    # the employer alone on its line below the title, at most a unit's line between
                    self.add(person.key, "worksFor", org.key, person.start, org.end, "employer.card", 0.7)
                elif org is None or not EMPLOY_LINK.match(t[title.end:org.start]):
                    # "Verksamhetsutvecklare, Utveckling Nära vård och hälsa, region Uppsala": a unit, then its owner
                    row = UNIT_THEN_OWNER.match(t, title.end)
                    row = None if row and self.within(title.end, row.end(), {"Person"}) else row  # a name is no unit
                    owner_org = next((r for r in self.starting(row.end(), row.end() + 1) if r.kind == "Organisation"
                                      and r.subtype in ("Region", "Municipality", "NationalBody", "OrganisationalUnit")),
                                     None) if row else None
                    if owner_org:
                        self.add(person.key, "worksFor", owner_org.key, person.start, owner_org.end,
                                 "employer.unit_owner", 0.65)
                        if _heads_unit(title.title, owner_org):  # "verksamhetschef Nära vård, Stenhagens Vårdcentral"
                            self.add(person.key, "leads", owner_org.key, title.start, owner_org.end,
                                     "leads.unit_head", 0.65)
                if genitive and (person.start >= title.end or rule in ("title.some_of", "title.owners")):
                    if title.title in CHAIR_TITLES and owner.subtype not in ("Region", "Municipality") and \
                            not is_board(owner.key[1]):
                        # "SKR:s ordförande Per Ek", "Närhälsans ordförande": chairs it, employed elsewhere
                        self.add(person.key, "leads", owner.key, owner.start, person.end, "leads.chair_of_organisation",
                                 0.7)
                    else:  # "Anna Berg är några av ReCalls forskare": the owner in the genitive employs them
                        self.add(person.key, "worksFor", owner.key, owner.start, person.end, "employer.genitive", 0.75)
                        if _heads_unit(title.title, owner) and owner.subtype in ("OrganisationalUnit", "NationalBody"):
                            # "Tåbelunds chef Sofia Berg": the head of the care centre the genitive names
                            self.add(person.key, "leads", owner.key, owner.start, person.end, "leads.unit_head", 0.7)
        self._slide_columns()

    def _slide_columns(self) -> None:
        """Slide layout: role headers ("Processledare HSF:") side by side, names on a line below."""
        t = self.text.text
        for line in re.finditer(r"(?m)^[^\n]+$", t):
            people = [r for r in self.within(line.start(), line.end(), {"Person"}) if r.rule != "person.speaker_label"]
            if len(people) < 2 or re.sub(r"[\s,]", "", t[line.start():line.end()]) != "".join(
                    re.sub(r"[\s,]", "", t[r.start:r.end]) for r in people):
                continue
            headers = [x for x in self.titles if line.start() - 2500 < x.start < line.start()
                       and re.match(r"[^:.!?]{0,30}:", t[x.end:x.end + 31])
                       and (x.start == 0 or t[x.start - 1] == "\n")]
            if len(headers) == len(people):
                for person, title in zip(people, headers):
                    self.add(person.key, "title", title.title, title.start, title.end, "title.slide_column", 0.6)

    def email_employers(self) -> None:
        """The organisation an address's domain names employs its owner; on a contact card that names a unit
        ("Anna Berg ⏎ Qulturum ⏎ … ⏎ anna.berg@rjl.se"), the unit employs her and is part of that organisation."""
        carded = set()
        for card in self.text.cards():
            person = next((r for r in self.within(card[0].start, card[0].end, {"Person"})), None)
            unit = next((u for u in self.within(card[1].start, card[-2].end, {"Organisation"})
                         if u.rule == "organisation.card_unit"), None)
            if person is None or unit is None:
                continue
            self.add(person.key, "worksFor", unit.key, person.start, unit.end, "employer.card_unit", 0.7)
            for org in self.within(card[-1].start, card[-1].end, {"Organisation"}):
                if org.rule == "organisation.email_domain":
                    self.add(unit.key, "partOf", org.key, unit.start, org.end, "part_of.card_unit", 0.6)
                    carded.add(org.start)
        subtypes = {r.key: r.subtype for r in self.refs if r.kind == "Organisation"}
        for r in self.refs:
            if r.rule == "person.email" and r.start not in carded:
                org = next((o for o in self.refs if o.kind == "Organisation" and o.start == r.start
                            and o.rule == "organisation.email_domain"), None)
                # "Eva Ek, enhetschef Närhälsan ⏎ eva.ek@vgregion.se": the line above names where she works
                named = any(f.subject == r.key and f.predicate == "worksFor" and f.object != org.key and
                            subtypes.get(f.object) not in ("Region", "Municipality") and r.start - 200 < f.start < r.start
                            for f in self.facts) if org else False
                if org and not named:
                    self.add(r.key, "worksFor", org.key, r.start, r.end, "employer.email_domain", 0.85)

    def from_employers(self) -> None:
        """ "Anna Berg arbetar på Mora kommun", "jag jobbar i Region Dalarna" (the speaker);
        "Projektledare är Fatima Hassan från FoU Västernorrland": a person "från" an organisation;
        "Delprojektledare: Oskar Dahl, Karlstads kommun": a name and an organisation ending a line;
        "Från SKR deltog A och B, som mötte …": the people a sentence that opens with the body names, before "som";
        "A, läkare, och B, utvecklingsledare – alla från Region X": everyone the sentence named before it;
        "Representanterna från Region X var A, B och C", "Region X representerades av A och B": everyone the sentence
        names after it."""
        t = self.text.text

        def named_after(org: Ref, start: int) -> None:
            """Everyone the sentence names from ``start`` on, up to a "som" that turns to something else."""
            sent = sentence_at(t, start)
            stop = re.compile(r"(?<![\w-])som(?![\w-])").search(t, start, sent.end)
            for r in self.within(start, stop.start() if stop else sent.end, {"Person"}):
                self.add(r.key, "worksFor", org.key, org.start, r.end, "employer.came_from", 0.6)

        for m in FROM_ORG_CAME.finditer(t):
            org = next((o for o in self.starting(m.start(1), m.start(1) + 1) if o.kind == "Organisation"), None)
            if org is not None and re.fullmatch(r"[ \t]+", t[org.end:m.start(2)]) and org.subtype != "PoliticalParty":
                named_after(org, m.end())
        for m in chain(REPRESENTING.finditer(t), ORG_REPRESENTED.finditer(t)):
            org = next((o for o in self.starting(m.end(), m.end() + 1) if o.kind == "Organisation"), None)
            were = (REPRESENTING_WERE if m.re is REPRESENTING else REPRESENTED_BY).match(t, org.end) \
                if org is not None else None
            if were is not None and org.subtype != "PoliticalParty":
                named_after(org, were.end())
        for m in ALL_FROM.finditer(t):
            org = next((o for o in self.starting(m.end(), m.end() + 1) if o.kind == "Organisation"), None)
            sent = sentence_at(t, m.start())
            named = [r for r in self.within(sent.start, m.start(), {"Person"}) if r.rule != "person.speaker_label"]
            if org is None or org.subtype == "PoliticalParty" or len({r.key for r in named}) < 2:
                continue
            for r in named:
                self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.all_from", 0.65)
        for m in WORKS_AT.finditer(t):
            org = next((o for o in self.starting(m.end(), m.end() + 1) if o.kind == "Organisation"), None)
            via = WORKS_IN_FIELD.match(t, m.end()) if org is None else None
            if via:  # "jobbar i hemtjänsten i Kalix kommun": the field she works in, then where
                org = next((o for o in self.starting(via.end(), via.end() + 1) if o.kind == "Organisation"), None)
            sent = sentence_at(t, m.start())
            if org is None or re.search(r"(?i)\b(?:inte|aldrig|ej)\b", t[sent.start:m.end()]):
                continue
            who = [r for r in self._subjects_before(sent.start, m.start()) if r.kind == "Person"]
            head = t[sent.start:m.start()]
            counted = ALL_OF_THEM.fullmatch(head)
            if not who and counted and sent.start >= 2:
                before = sentence_at(t, sent.start - 2)
                named = [r for r in self.within(before.start, before.end, {"Person"}) if r.rule != "person.speaker_label"]
                many = COUNT_OF.get(counted.group(1) or "")
                if many and len({r.key for r in named}) < many:
                    # "Ansvarig har varit Urban Ek. … av Maria Berg. … har även David Ros ingått. Alla tre är verksamma
                    # vid …": the three people the paragraph named last, one sentence each
                    block = self._block_at(sent.start)
                    opens = self.text.blocks[block].start if block is not None else max(0, sent.start - 800)
                    last: dict = {}
                    for r in self.within(opens, sent.start, {"Person"}):
                        if r.rule != "person.speaker_label":
                            last.pop(r.key, None)
                            last[r.key] = r
                    named = list(last.values())[-many:] if len(last) == many else []
                but = re.match(r"[^.!?]*?\b(?:förutom|utom|utom[ \t]+för)[ \t]+", t[org.end:sent.end])
                spared = {r.key for r in self.within(org.end + but.end(), sent.end, {"Person"})} if but else set()
                who = [r for r in named if r.key not in spared] if len({r.key for r in named}) >= 2 else []
            if not who and re.search(r"\s(?:och|för\s+att)\s+$", head):
                # "Jag heter Anna Berg och jobbar på …", "Anna Berg är sjuksköterska och arbetar i …", "Anna Berg är
                # tjänstledig för att doktorera vid …": the subject of the clause before
                first = next((r for r in self.within(sent.start, m.start(), {"Person"})
                              if r.rule != "person.speaker_label"), None)
                speaker = self.speaker_at(m.start())
                if re.match(r"(?i)\s*(?:[^\W\d][\w .-]{0,40}:\s*)?jag\s", head) and speaker:
                    who = [Ref(m.start(), m.start(), "Person", speaker, "speaker")]
                elif first and (not t[sent.start:first.start].strip() or
                                re.fullmatch(r"(?i)\s*(?:jag\s+heter|mitt\s+namn\s+är)\s+", t[sent.start:first.start])):
                    who = [first]
            for r in who:
                self.add(r.key, "worksFor", org.key, min(r.start, m.start()), org.end, "employer.works_at", 0.7)
        people = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"]
        for i, r in enumerate(people):
            org = next((o for o in self.starting(r.end, r.end + 8) if o.kind == "Organisation"), None)
            if org and FROM.fullmatch(t[r.end:org.start]):
                also = next((o for o in self.starting(org.end + 1, org.end + 3) if o.kind == "Organisation"), None)
                # "Eva Berg och Lars Ek från socialdepartementet": both names the "från" closes
                for p in self._group_ending(people, i, r"[ \t]*(?:,|och|samt)[ \t]*"):
                    self.add(p.key, "worksFor", org.key, p.start, org.end, "employer.from", 0.65)
                    if also and t[org.end:also.start] == "/":  # "Sofie Berg på 1177/Inera": one post, both names
                        self.add(p.key, "worksFor", also.key, p.start, also.end, "employer.from", 0.6)
            elif org is None:  # "Roland Berg börjar hos Region Västerbotten den 1 april"
                org = next((o for o in self.starting(r.end, r.end + 40) if o.kind == "Organisation"), None)
                if org and FROM_KIND.fullmatch(t, r.end, org.start):  # "Lisa Berg från tankesmedjan Arena Idé"
                    self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.from", 0.65)
                elif org and POSTED_AT.fullmatch(t, r.end, org.start):  # "Anders Berg, verksam vid X"
                    self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.works_at", 0.7)
                elif org and STARTS_AT.fullmatch(t[r.end:org.start]):
                    self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.starts_at", 0.65)
            elif org and re.fullmatch(r"[ \t]*,[ \t]*", t[r.end:org.start]) and ROW_END.match(t, org.end):
                self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.name_row", 0.65)
            elif org and self._alone_above(r, org):
                # "Lisa Berg ⏎⏎ Länsstyrelsen i Västerbotten, projektledare": a table's name, the employer below it
                self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.card", 0.65)
                line = line_at(t, org.start)
                # ("Region X, Folkhälsoenheten" or "Länsstyrelsen X, Biträdande enhetschef Samhällsutvecklingsenheten":
                # the unit ending the line is hers, and the organisation's that opens it)
                unit = next((u for u in self.within(org.end, line.end, {"Organisation"})
                             if u.subtype == "OrganisationalUnit" and not t[u.end:line.end].strip()), None)
                if unit and re.match(r"[ \t]*,", t[org.end:unit.start]) and \
                        re.fullmatch(r"[ \t]*,[ \t]*(?:[^,\n]{2,60}[ \t]+)?", t[org.end:unit.start]):
                    self.add(r.key, "worksFor", unit.key, r.start, unit.end, "employer.card_unit", 0.65)
                    self.add(unit.key, "partOf", org.key, org.start, unit.end, "part_of.card_unit", 0.6)
            elif org and re.fullmatch(r"[ \t]+|[ \t]*\n[ \t]*\n?[ \t]*", t[r.end:org.start]) and CONTACT_FIELD.match(t, org.end) and \
                    not t[line_at(t, r.start).start:r.start].strip():
                # "Ingela Berg Robertsfors kommun E-post": a contact card whose lines ran together
                self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.contact_card", 0.65)

    def row_place_employers(self) -> None:
        """ "Malmö Anna Berg Socialdirektör": the municipality that opens a table's row employs the person after it."""
        t = self.text.text
        for r in self.refs:
            if r.rule != "organisation.row_place":
                continue
            person = next((p for p in self.starting(r.end, r.end + 30) if p.kind == "Person"), None)
            if person and re.fullmatch(r"(?:[ \t]+\([^()\n]{1,20}\))?[ \t]+", t[r.end:person.start]):
                self.add(person.key, "worksFor", r.key, r.start, person.end, "employer.row_place", 0.6)

    def apposed_employers(self) -> None:
        """ "Anna Berg, Region Dalarna, och Lars Ek, Mora kommun", "Maj Ek och Per Berg, SKR.": a person, or
        people joined by "och", with an organisation in apposition and nothing else between."""
        t = self.text.text
        people = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"]
        hometowns = self._hometown_rows()
        for i, person in enumerate(people):
            org = next((r for r in self.starting(person.end, person.end + 40) if r.kind == "Organisation"), None)
            # "Josefina Ek och Martin Berg (Flens kommun)": the organisation alone in brackets after the names
            bracketed = org is not None and re.fullmatch(r"[ \t]*\([ \t]*", t[person.end:org.start]) and \
                re.match(r"[ \t]*\)", t[org.end:org.end + 3])
            # ("Per Ek och Eva Berg mfl, Region X": and others; "Eva Berg, Region X Villkorsbeslut bifogas": a
            # programme's next field)
            # "• Per Lind – Vinnova, Forum X": a list's row, the name and then, after a dash, her organisation
            dashed = org is not None and re.fullmatch(r"[ \t]+[–—-][ \t]+", t[person.end:org.start]) and \
                not t[line_at(t, person.start).start:person.start].strip(" \t•▪*–-") and \
                re.match(r"[ \t]*(?:,|\n|$)", t[org.end:org.end + 2])
            # "Beslutande: Bo Ek, Bjurholms kommun Eva Berg, Umeå kommun …": a roster a PDF ran onto one line, the next
            # row's name right after the organisation
            after = people[i + 1] if i + 1 < len(people) else None
            run_on = org is not None and after is not None and re.fullmatch(r"[ \t]+", t[org.end:after.start]) and \
                re.match(r"[ \t]*,", t[after.end:after.end + 2]) is not None
            if not org or not bracketed and not dashed and (
                    not re.fullmatch(PARTY + ROW_FIELD + r"(?:[ \t]+m\.?[ \t]?fl\.?)?[ \t]*,[ \t]*" + KIND_OF_BODY,
                                     t[person.end:org.start]) or
                    not run_on and not re.match(r"[ \t]*(?:[,.;:)\n]|och\b|samt\b|$)|[ \t]+[A-ZÅÄÖ][a-zåäö]+[ \t]+[a-zåäö]|"
                                 r"[ \t]+tillsammans[ \t]+med\b|"  # a caption: "A och B, Region X tillsammans med …"
                                 # "Bo Ek (S), Kalmar kommun - vice ordförande": a row's seat after a dash
                                 + SEAT_DASH + r"\b|"
                                 # "Lennart Ek, Astma- och Allergiförbundet berättade om …": the speaker's own
                                 r"[ \t]+(?:berättade|berättar|presenterade|presenterar|beskrev|beskriver|talade|talar|"
                                 r"visade|visar|föreläste|föreläser|inledde|inleder)\b",
                                 t[org.end:org.end + 20])) or \
                    org.subtype == "PoliticalParty":
                continue
            if person.start in hometowns:
                continue
            group = self._group_ending(people, i, r"\s*(?:,|och|samt)\s*")  # "Maj Ek och Per Berg, SKR"
            listed = self._line_of_names(people, i, org)
            if re.search(rf"{BODY_KINDS}[ \t]+$", t[person.end:org.start]):
                # "kommunalrådet Eva Ek (C) och Per Berg, fackförbundet Kommunal": a body described by its kind
                # is the last name's alone
                group, listed = [person], []
            for r in listed or group:
                self.add(r.key, "worksFor", org.key, r.start, org.end, "employer.apposed", 0.7)

    def _hometown_rows(self) -> Covered:
        """The rows of a list of politicians by their home towns ("Eva Ek (s), Luleå ⏎ Bo Berg (c), Nyåker"): where
        one row's place is no municipality, the places are where they live, not who employs them."""
        t = self.text.text
        out = Covered(len(t))
        run: list[re.Match] = []
        for m in [*HOMETOWN_ROW.finditer(t), None]:
            if m is not None and run and not t[run[-1].end():m.start()].strip():
                run.append(m)
                continue
            if len(run) >= 3 and any(r.group(1) not in self._towns for r in run):
                for r in run:
                    out.add(r.start(), r.end())
            run = [m] if m is not None else []
        return out

    @cached_property
    def _towns(self) -> frozenset[str]:
        """The short names of all municipalities ("Luleå", "Storuman")."""
        return frozenset(p.short for p in self.lex.municipalities)

    def spaced_employers(self) -> None:
        """ "Fredrik Ek Region Värmland, Per Berg Arvika kommun, Eva Höög moderator": in a programme's line of
        speakers a name and its organisation stand side by side, with no comma, between commas or "och"."""
        t = self.text.text
        starts = set(self._block_starts)
        for person in (r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"):
            org = next((r for r in self.starting(person.end + 1, person.end + 2) if r.kind == "Organisation"), None)
            if org is None or t[person.end:org.start] != " " or org.subtype == "PoliticalParty":
                continue
            # ("Eva Ek EU-projektkontoret Region Västerbotten, …": a unit, then the region it is part of)
            owner = next((r for r in self.starting(org.end + 1, org.end + 2) if r.kind == "Organisation" and
                          r.subtype in ("Region", "Municipality") and t[org.end:r.start] == " "), None) \
                if org.subtype == "OrganisationalUnit" else None
            end = owner.end if owner else org.end
            town = re.match(rf"[ \t]+([{UPPER}][{LOWER}]+)(?=[ \t]+[–-][ \t])", t[end:end + 40])
            if town and town.group(1) in self._towns:
                end += town.end()  # "Peter Ek Glesbygdsmedicinskt centrum Storuman - …": where the centre is
            # the pair opens its paragraph, or follows a comma or "och" on a line no sentence has ended on
            in_line = person.start in starts or (
                re.search(r"(?:,|:|\boch)[ \t]+$", t[max(0, person.start - 5):person.start]) and
                re.search(r"(?:^|\n)[^.!?\n]*$", t[max(0, person.start - 200):person.start]))
            # "… enligt bilaga. Per Ek Nordbo AB, redovisar sin rapport": minutes open an item with who reports it
            # (or a talk: "… (SKL). Peter Ek Glesbygdsmedicinskt centrum Storuman - "Primärvård i utkant"")
            reports = sentence_at(t, person.start).start == person.start and (
                REPORTS.match(t, org.end) or re.match(r"[ \t]*[–-][ \t]", t[end:end + 4]))
            # ("Åke Ek Borgholms HC - "Det digitaliserade …"": a programme's line, the talk's title after a dash)
            # ("Linda Ek Åtvidaberg ordförande": a roster's town, then her title)
            if (in_line or reports) and (re.match(r"[ \t]*(?:,|och\b|\n|$|[–-][ \t])", t[end:end + 4]) or
                                         org.rule == "organisation.row_place") and not self.genitive(org):
                self.add(person.key, "worksFor", org.key, person.start, org.end, "employer.spaced", 0.6)

    def _line_of_names(self, people: list[Ref], last: int, org: Ref) -> list[Ref]:
        """ "Peter Ek, Lena Berg, Eva Åkerlund, Region Värmland" as a paragraph of its own (a programme's speakers):
        every name the commas list works for the organisation that ends the line."""
        t = self.text.text
        chain = self._joined(people, last, r"[ \t]*,[ \t]*")
        i = self._block_of(chain[0].start)
        block = self.text.blocks[i] if i >= 0 else None
        rest = t[org.end:block.end].strip(" \t.") if block is not None else ""
        # ("…, Jenny Höög, Region Värmland och Pernilla Åberg, Attityd": the line ends on one more name and her own)
        another = re.match(r"[ \t]+(?:och|samt)[ \t]+", t[org.end:org.end + 8])
        if another and any(r.kind == "Person" for r in self.starting(org.end + another.end(), org.end + another.end() + 1)) \
                and re.fullmatch(r"(?:och|samt)[ \t]+[^,\n]{3,60},[^,\n]{2,60}", rest):
            rest = ""
        if len(chain) < 2 or block is None or t[block.start:chain[0].start].strip(" \t•▪*–-") or rest or \
                org.end > block.end:
            return []
        return chain

    def paired_employers(self) -> None:
        """ "Anna Berg, verksamhetschef och Eva Ek, sjuksköterska på Ekby vårdcentral": two people, each with her
        title, share the workplace named once at the end; a head's title there heads it."""
        t = self.text.text
        titles = {(f.subject, f.start): f for f in self.facts if f.predicate == "title"}
        employs = {(f.subject, f.start): f for f in self.facts if f.predicate == "worksFor"}
        employed = {f.subject for f in employs.values()}
        for first in (r for r in self.refs if r.kind == "Person" and r.key not in employed):
            comma = re.match(r"[ \t]*,[ \t]*", t[first.end:first.end + 4])
            own = comma and titles.get((first.key, first.end + comma.end()))
            joint = own and re.match(r"[ \t]+och[ \t]+", t[own.end:own.end + 8])
            second = joint and next((r for r in self.starting(own.end + joint.end(), own.end + joint.end() + 1)
                                     if r.kind == "Person"), None)
            comma = second and re.match(r"[ \t]*,[ \t]*", t[second.end:second.end + 4])
            theirs = comma and titles.get((second.key, second.end + comma.end()))
            at = theirs and re.match(r"[ \t]+(?:på|vid)[ \t]+", t[theirs.end:theirs.end + 8])
            org = at and next((r for r in self.starting(theirs.end + at.end(), theirs.end + at.end() + 1)
                               if r.kind == "Organisation"), None)
            if org is None or not any(f.object == org.key for k, f in employs.items() if k[0] == second.key):
                continue
            self.add(first.key, "worksFor", org.key, first.start, org.end, "employer.paired", 0.65)
            if _heads_unit(own.object, org):
                self.add(first.key, "leads", org.key, first.start, org.end, "leads.unit_head", 0.65)

    def shared_titles(self) -> None:
        """ "Helena Berg och Ulla Ek, handläggare på X": two people joined by "och", then one title whose plural is its
        singular (-are) and one workplace: both hold that title there."""
        t = self.text.text
        titles = {(f.subject, f.start): f for f in self.facts if f.predicate == "title"}
        employs = {(f.subject, f.start): f for f in self.facts if f.predicate == "worksFor"}
        own = {f.subject for f in self.facts if f.predicate in ("title", "worksFor")}
        for first in (r for r in self.refs if r.kind == "Person" and r.key not in own):
            joint = re.match(r"[ \t]+och[ \t]+", t[first.end:first.end + 8])
            second = joint and next((r for r in self.starting(first.end + joint.end(), first.end + joint.end() + 1)
                                     if r.kind == "Person"), None)
            comma = second and re.match(r"[ \t]*,[ \t]*", t[second.end:second.end + 4])
            theirs = comma and titles.get((second.key, second.end + comma.end()))
            if not theirs or not str(theirs.object).endswith("are"):
                continue
            self.add(first.key, "title", theirs.object, first.start, theirs.end, "title.shared", 0.6)
            for f in employs.values():
                if f.subject == second.key and f.start <= second.start and theirs.end <= f.end:
                    self.add(first.key, "worksFor", f.object, first.start, f.end, "employer.shared", 0.6)

    def row_employers(self) -> None:
        """ "• Eva Berg, enhetschef på avdelningen för analys, Socialstyrelsen": a row that opens with a name
        and a title and ends with an organisation after a comma names her employer last."""
        t = self.text.text
        for block in self.text.blocks:
            if not self.is_item(block):
                continue
            person = next(iter(self.within(block.start, block.end, {"Person"})), None)
            orgs = self.within(block.start, block.end, {"Organisation"})
            if person is None or not orgs or t[block.start:person.start].strip(" \t•▪*–-") or \
                    t[orgs[-1].end:block.end].strip(" \t.") or not re.search(r",[ \t]*$", t[person.end:orgs[-1].start]):
                continue
            between = [f for f in self.facts if f.subject == person.key and person.end <= f.start < orgs[-1].start]
            employed = any(f.subject == person.key and f.predicate == "worksFor" and block.start <= f.start < block.end
                           for f in self.facts)  # "…, Region Halland, Södra sjukvårdsregionen": the region employs
            if any(f.predicate == "title" for f in between) and not employed \
                    and len(self.within(block.start, block.end, {"Person"})) == 1:
                self.add(person.key, "worksFor", orgs[-1].key, block.start, block.end, "employer.row_end", 0.65)

    def association_chairs(self) -> None:
        """ "ordföranden Mikaela Berg, Astma- och allergiförbundet": the chair of an association named
        beside her leads it."""
        t = self.text.text
        chairs = {(f.subject, sentence_at(t, f.start).start) for f in self.facts
                  if f.predicate == "title" and f.object in ("ordförande", "förbundsordförande")}
        for f in list(self.facts):
            name = f.object[1].casefold() if f.predicate == "worksFor" else ""
            if ("förbund" in name or "förening" in name) and (f.subject, sentence_at(t, f.start).start) in chairs:
                self.add(f.subject, "leads", f.object, f.start, f.end, "leads.chair_of_organisation", 0.7)
        led = {f.subject for f in self.facts if f.predicate == "leads"}
        for f in list(self.facts):
            if f.predicate != "title" or f.object != "förbundsordförande" or f.subject in led:
                continue
            # "För Akademikerförbundet SSR innebär det …, säger förbundsordförande Eva Ek": the one federation her
            # paragraph named before her title
            i = self._block_of(f.start)
            start = self.text.blocks[i].start if i >= 0 else 0
            unions = {r.key for r in self.within(start, f.start, {"Organisation"}) if "förbund" in r.key[1].casefold()}
            if len(unions) == 1:
                self.add(f.subject, "leads", unions.pop(), f.start, f.end, "leads.chair_of_organisation", 0.6)

    def listed_staff(self) -> None:
        """ "Från Region X finns dessa på plats:" and a list of names: each works there."""
        t = self.text.text
        for i, block, line in self.colon_lines():
            orgs = self.within(max(block.start, block.end - 120), block.end, {"Organisation"})[-1:]
            if not orgs or not (re.search(r"(?i)(?:^|\s)från\s+$", t[block.start:orgs[0].start])
                                or not t[orgs[0].end:block.end].strip(" :")):
                continue
            for nxt in self.items_after(i):
                person = next(iter(self.within(nxt.start, nxt.end, {"Person"})), None)
                if person and not t[nxt.start:person.start].strip("•▪*–- \t"):
                    self.add(person.key, "worksFor", orgs[0].key, block.start, person.end, "employer.listed_under",
                             0.65)

    def caption_staff(self) -> None:
        """ "Vårdcentralen i X är omtyckt och personalen jobbar hårt. På bilden: A, B, enhetschef C och D": a photo
        of a unit's staff, named in the caption; each works at the unit the paragraph says they staff."""
        t = self.text.text
        for m in CAPTION.finditer(t):
            i = self._block_of(m.start())
            block = self.text.blocks[i] if i >= 0 and m.start() < self.text.blocks[i].end else None
            staff = list(STAFF_WORD.finditer(t, block.start, m.start())) if block else []
            orgs = self.within(block.start, m.start(), {"Organisation"}) if staff else []
            # "Medarbetarna som arbetar med Trygg hemgång idag. Från vänster: A, B, C och D": the project's team
            worked = [r for r in self.within(block.start, m.start(), {"Project"}) if staff and
                      re.search(r"(?:arbetar|jobbar)[ \t]+(?:med|i)[ \t]+$", t[max(block.start, r.start - 20):r.start])]
            for project in worked[:1]:
                for person in self.within(m.end(), sentence_at(t, m.end()).end, {"Person"}):
                    self.add(person.key, "participatesIn", project.key, m.start(), person.end,
                             "participates.caption", 0.6)
            if orgs:
                unit = min(orgs, key=lambda r: min(abs(r.start - w.end()) for w in staff))
            elif block and i > 0 and not t[block.start:m.start()].strip():
                # "Ekby hälsocentral ⏎ Från vänster: A, distriktssköterska, B, …": the unit alone on the line above
                above = self.text.blocks[i - 1]
                named = self.within(above.start, above.end, {"Organisation"})
                unit = named[0] if len(named) == 1 and t[above.start:above.end].strip() == \
                    t[named[0].start:named[0].end] and named[0].subtype not in ("Region", "Municipality", "NationalBody") \
                    else None
            else:
                unit = None
            if unit is None:
                continue
            for person in self.within(m.end(), sentence_at(t, m.end()).end, {"Person"}):
                self.add(person.key, "worksFor", unit.key, m.start(), person.end, "employer.caption", 0.6)
                # ("Från vänster: A, sjuksköterska, B, verksamhetschef, och C": the title after her name too)
                title = next((x for x in self.titles if 0 <= person.start - x.end <= 1 or
                              x.start > person.end and re.fullmatch(r"[ \t]*,[ \t]*", t[person.end:x.start]) and
                              not any(r.kind == "Person" for r in self.starting(x.end, x.end + 2))), None)
                if title and _heads_unit(title.title, unit):  # "…, enhetschef C och D": the unit's head among them
                    self.add(person.key, "leads", unit.key, title.start, person.end, "leads.unit_head", 0.6)

    def genitive_employers(self) -> None:
        """ "Socialstyrelsens Anna Berg", "Folkbladets Per Ek": a person written after an organisation's genitive,
        with nothing between, works there; so does "Anna Berg, Region Skånes hälso- och sjukvårdsdirektör"."""
        t = self.text.text
        for r in self.refs:
            if r.kind != "Person" or r.rule == "person.speaker_label":
                continue
            owner = next((o for o in self.starting(r.start - 80, r.start) if o.kind == "Organisation" and
                          re.fullmatch(r"(?::s)?[ \t]+", t[o.end:r.start]) and self.genitive(o)), None)
            if owner:
                self.add(r.key, "worksFor", owner.key, owner.start, r.end, "employer.genitive_owner", 0.7)
                continue
            # "Eva Ek, Kungsbacka kommuns medicinskt ansvariga sjuksköterska": in apposition, whose official she is
            owner = next((o for o in self.starting(r.end, r.end + 4) if o.kind == "Organisation" and
                          re.fullmatch(r"[ \t]*,[ \t]*", t[r.end:o.start]) and self.genitive(o) and
                          re.match(rf"(?::s|s(?=[ \t]))?[ \t]+[{LOWER}]", t[o.end:o.end + 4])), None)
            title = next((x for x in self.titles if owner.end < x.start <= owner.end + 40), None) if owner else None
            named = title and any(re.fullmatch(r"[ \t]+", t[title.end:p.start]) for p in
                                  self.starting(title.end, title.end + 3) if p.kind == "Person")
            if title and not named:  # ("Bo Ek, SPF:s förbundsordförande Eva Ek": the title is the next name's)
                self.add(r.key, "worksFor", owner.key, r.start, owner.end, "employer.genitive_owner", 0.7)

    def we_employers(self) -> None:
        """In a speaker's turn: "vi har … som heter X", "vår direktör X": X works where the speaker does."""
        t = self.text.text
        for r in self.refs:
            if r.kind != "Person" or r.rule == "person.speaker_label":
                continue
            speaker = self.speaker_at(r.start)
            if not speaker or speaker == r.key:
                continue
            employer = self.employer_of(speaker)
            if not employer:
                continue
            sent = sentence_at(t, r.start)
            head = t[sent.start:r.start]
            if not WE.search(head):
                continue
            our_title = any(0 <= r.start - x.end <= 2 and re.search(r"(?i)(?:vår|vårt|våra)(?:\s+nya)?\s+$",
                                                                    t[max(0, x.start - 12):x.start])
                            for x in self.titles)
            if re.search(r"som heter\s*$", head) or our_title or \
                    re.search(r"(?i)anställt[^.]{0,60},\s*som heter\s*$", head):
                self.add(r.key, "worksFor", employer, sent.start, r.end, "employer.our_colleague", 0.6)

    def home_employers(self) -> None:
        """ "regiondirektören Anna Berg", "kommunchef Bo Ek, tel …": an official whose title names the kind of
        employer (region, kommun) and who has none in the text works for the region or municipality the document
        is about, when one is named clearly more than any other."""
        employed = {f.subject for f in self.facts if f.predicate == "worksFor"}
        homes = {kind: self._home(kind) for kind in ("Region", "Municipality", "Association")}
        t = self.text.text
        for f in list(self.facts):
            if f.predicate != "title" or f.subject in employed:
                continue
            # "funktionschef inom kommunens hälso- och sjukvård": the title says whose care it is (a seat "i regionens
            # styrelse" is no post)
            within = HOME_WITHIN.match(t, f.end) if not str(f.object).endswith(CHAIR_TITLES + SEAT_TITLES) else None
            municipal = within is None and (HOME_FIELD.match(t, f.end) or str(f.object).casefold() in MUNICIPAL_POSTS)
            if within is None and not municipal and not str(f.object).endswith(("direktör", "chef", "kommunalråd")):
                continue
            words = str(f.object).split(" ")
            post = " ".join(words[1:]) if len(words) > 1 and words[0] in self.lex.qualifiers else str(f.object)
            administration = self._one_administration() if post in ADMINISTRATION_HEADS and within is None else None
            if administration:
                # "Hälso- och sjukvårdsförvaltningen är … ⏎ Eva Ek är förvaltningschef": the one administration the
                # page is about is the one its chief heads
                self.add(f.subject, "worksFor", administration, f.start, f.end, "employer.home_administration", 0.55)
                if str(f.object) in ADMINISTRATION_HEADS:  # (a "biträdande förvaltningschef" works there, not heads it)
                    self.add(f.subject, "leads", administration, f.start, f.end, "leads.home_administration", 0.55)
                employed.add(f.subject)
                continue
            kind = HOME_KINDS[within.group(1)] if within else "Municipality" if municipal else \
                next((k for prefix, k in HOME_TITLES if post.startswith(prefix)), None)
            home = homes[kind] if kind else None
            if home and not self._elsewhere(f.start, home) and not self._area_after(f.end):
                self.add(f.subject, "worksFor", home, f.start, f.end, "employer.home_of_title", 0.55)
                employed.add(f.subject)

    def agency_heads(self) -> None:
        """ "Lars Holm, generaldirektör Socialstyrelsen", "Eva Ek ⏎ Generaldirektör, Myndigheten för …": whoever
        is an agency's director-general, a university's vice-chancellor or a company's managing director where
        she works leads it (a region's or municipality's director does not lead the region)."""
        heads = {(f.subject, f.start) for f in self.facts if f.predicate == "title" and f.object.casefold() in AGENCY_HEADS}
        subtypes = {r.key: r.subtype for r in self.refs if r.kind == "Organisation"}
        for f in list(self.facts):
            if f.predicate == "worksFor" and subtypes.get(f.object) not in ("Region", "Municipality", "PoliticalParty") \
                    and any(s == f.subject and abs(start - f.start) <= 80 for s, start in heads):
                self.add(f.subject, "leads", f.object, f.start, f.end, "leads.agency_head", 0.7)

    def _definite_titles_before_names(self):
        """(title, person) for each title written in its definite form ("verksamhetschefen", "vd:n") right before
        the name of someone the text has given no employer yet."""
        t = self.text.text
        employed = {f.subject for f in self.facts if f.predicate == "worksFor"}
        for title in self.titles:
            if not t[title.start:title.end].endswith("n") or title.title.endswith("n"):
                continue
            person = next((r for r in self.starting(title.end, title.end + 2) if r.kind == "Person"), None)
            if person is not None and person.key not in employed and \
                    re.fullmatch(r"[ \t]+", t[title.end:person.start]):
                yield title, person

    def definite_heads_in_place(self) -> None:
        """ "På Ekby vårdcentral var det fullt. Verksamhetschefen Eva Ek …": a sentence opening with a title in its
        definite form and a name works where the sentence before, in the same paragraph, opened: at a named unit."""
        t = self.text.text
        for title, person in list(self._definite_titles_before_names()):
            sent = sentence_at(t, title.start)
            opened = re.match(r"(?:På|Vid|I)[ \t]+", t[sent.start:title.start])
            unit = next((r for r in self.starting(sent.start + opened.end(), sent.start + opened.end() + 1)
                         if r.kind == "Organisation" and r.subtype == "OrganisationalUnit"), None) if opened else None
            if unit is not None and PLACE_THEN_VERB.fullmatch(t, unit.end, title.start):
                # "På Hagalunds äldreboende i Växjö är enhetschefen Mattias Olsson på jobbet klockan 06"
                self.add(person.key, "worksFor", unit.key, sent.start, person.end, "employer.place_before", 0.6)
                if _heads_unit(title.title, unit):
                    self.add(person.key, "leads", unit.key, sent.start, person.end, "leads.unit_head", 0.6)
                continue
            if not t[title.start].isupper() or title.start < 2 or sent.start != title.start:
                continue
            before = sentence_at(t, title.start - 2)
            opening = re.match(r"(?:På|Vid|I)[ \t]+", t[before.start:before.end])
            unit = next((r for r in self.starting(before.start + opening.end(), before.start + opening.end() + 1)
                         if r.kind == "Organisation" and r.subtype == "OrganisationalUnit"), None) if opening else None
            if unit is None or "\n\n" in t[before.start:title.start] or \
                    len({r.key for r in self.within(before.start, title.start, {"Organisation"})}) != 1:
                continue
            self.add(person.key, "worksFor", unit.key, before.start, person.end, "employer.place_before", 0.6)
            if _heads_unit(title.title, unit):
                self.add(person.key, "leads", unit.key, before.start, person.end, "leads.unit_head", 0.6)

    def sole_centre_heads(self) -> None:
        """ "Tedans var något nytt som Ekby vårdcentral bjöd på … säger enhetschefen Inga Berg": a unit head
        named by the definite title alone, in a paragraph that names the one vårdcentral or hälsocentral of the
        document, heads that centre."""
        centres = {r.key: r for r in self.refs if r.kind == "Organisation" and r.subtype == "OrganisationalUnit"
                   and CARE_CENTRE_NAME.search(r.key[1].casefold())}
        if len(centres) != 1:
            return
        centre = next(iter(centres.values()))
        for title, person in list(self._definite_titles_before_names()):
            if not _heads_unit(title.title, centre):
                continue
            k = self._block_of(title.start)
            block = self.text.blocks[k] if k >= 0 else None
            if block is None or not any(r.key == centre.key for r in self.within(block.start, block.end,
                                                                                   {"Organisation"})):
                continue
            self.add(person.key, "worksFor", centre.key, title.start, person.end, "employer.sole_centre", 0.55)
            self.add(person.key, "leads", centre.key, title.start, person.end, "leads.unit_head", 0.55)

    def administration_chief_named(self) -> None:
        """ "Förvaltningens chef är socialdirektör Eva Ek": the chief of "förvaltningen", on the page of the one
        administration the document names, heads and works for it."""
        t = self.text.text
        administration = self._one_administration()
        if administration is None:
            return
        for m in ADMINISTRATION_CHIEF.finditer(t):
            person = next(iter(self.starting(m.end(), m.end() + 1)), None)
            if person is not None and person.kind == "Person":
                self.add(person.key, "worksFor", administration, m.start(), person.end, "employer.administration_chief",
                         0.6)
                self.add(person.key, "leads", administration, m.start(), person.end, "leads.administration_chief", 0.6)

    def company_heads(self) -> None:
        """ "Trots att Centrumkliniken är populär är vd:n Eva Ek inte nöjd": a director named by the definite title
        ("vd:n", "rektorn", "generaldirektören") in a sentence about one organisation heads that one."""
        t = self.text.text
        for title, person in list(self._definite_titles_before_names()):
            if title.title not in AGENCY_HEADS:
                continue
            sent = sentence_at(t, title.start)
            orgs = {r.key: r for r in self.within(sent.start, sent.end, {"Organisation"})}
            if len(orgs) == 1 and next(iter(orgs.values())).subtype not in ("Region", "Municipality", "PoliticalParty"):
                org = next(iter(orgs.values()))
                self.add(person.key, "worksFor", org.key, title.start, person.end, "employer.company_head", 0.6)

    def announced_heads(self) -> None:
        """ "Nu tillträder en ny primärvårdschef i Region Skåne med uppdrag att leda X. Den nya primärvårdschefen
        heter Eva Ek": the news names the post, where it is and what it leads, then the one who fills it."""
        t = self.text.text
        for title in self.titles:
            written = t[title.start:title.end]
            if not written.endswith("n") or not re.search(r"Den[ \t]+nya?[ \t]+$", t[max(0, title.start - 10):title.start]):
                continue
            sent = sentence_at(t, title.start)
            opening = re.fullmatch(r"Den[ \t]+nya?[ \t]+", t[sent.start:title.start])
            named = re.match(r"[ \t]+(?:heter|är)[ \t]+", t[title.end:title.end + 10])
            person = next((r for r in self.starting(title.end + named.end(), title.end + named.end() + 1)
                           if r.kind == "Person"), None) if opening and named else None
            if person is None or sent.start < 2:
                continue
            before = sentence_at(t, sent.start - 2)
            post = re.search(rf"(?<![\w-])en[ \t]+ny[ \t]+{re.escape(title.title)}[ \t]+(?:i|på|vid|inom|till)[ \t]+",
                             t[before.start:before.end])
            if post is None or "\n\n" in t[before.start:sent.start]:
                continue
            at = before.start + post.end()
            employer = next((r for r in self.starting(at, at + 1) if r.kind == "Organisation"), None)
            if employer is not None:
                self.add(person.key, "worksFor", employer.key, before.start, person.end, "employer.announced", 0.6)
            task = re.search(r"uppdrag(?:et)?[ \t]+att[ \t]+leda[ \t]+", t[at:before.end])
            unit = next((r for r in self.starting(at + task.end(), at + task.end() + 1)
                         if r.kind == "Organisation"), None) if task else None
            if unit is not None:
                self.add(person.key, "leads", unit.key, before.start, person.end, "leads.announced", 0.6)

    def unit_staff(self) -> None:
        """A news piece about one care unit ("Gamleby hälsocentral") whose head it quotes, in a text that names no
        municipality: the nurses, doctors and assistants it quotes with no employer or other role of their own work
        there, and so do "Maria Eks kollegor A och B"."""
        t = self.text.text
        units = {r.key for r in self.refs if r.kind == "Organisation" and r.subtype == "OrganisationalUnit"
                 and CARE_PLACE.search(r.key[1])}
        employers = {f.subject: f.object for f in self.facts if f.predicate == "worksFor"}
        heads = {f.object for f in self.facts if f.predicate == "leads"}
        if any(r.subtype == "Municipality" for r in self.refs):
            return  # a municipality's nurses could be the ones quoted
        # "En dag hos sjuksköterskorna på Ekby vårdcentral": the one care unit the headline names, named again below
        head = self.text.blocks[0] if self.text.blocks else None
        headline = {r.key for r in self.within(head.start, head.end, {"Organisation"}) if r.key in units} \
            if head and head.kind in ("heading", "paragraph") and HEADLINE.fullmatch(t, head.start, head.end) else set()
        again = len(headline) == 1 and any(r.key in headline for r in self.refs if r.start >= head.end)
        if not again and (len(units) != 1 or not units <= heads):
            return  # its head speaks for it
        unit = next(iter(headline)) if again else next(iter(units))
        if again:  # "verksamhetschefen Eva Ek" there, with no unit of her own named: its head
            for f in list(self.facts):
                if f.predicate == "title" and f.object == "verksamhetschef" and f.subject not in employers and \
                        not self.within(f.end, sentence_at(t, f.start).end, {"Organisation"}):
                    self.add(f.subject, "worksFor", unit, f.start, f.end, "employer.unit_staff", 0.55)
                    self.add(f.subject, "leads", unit, f.start, f.end, "leads.unit_head", 0.55)
                    employers[f.subject] = unit
        # whoever holds another title (a politician who is a nurse too) or leads something is not just its staff
        other = {f.subject for f in self.facts if f.predicate in ("leads", "participatesIn") or
                 f.predicate == "title" and not str(f.object).endswith(CARE_STAFF)}
        for f in list(self.facts):
            if f.predicate == "title" and f.subject not in employers and f.subject not in other and \
                    str(f.object).endswith(CARE_STAFF):
                self.add(f.subject, "worksFor", unit, f.start, f.end, "employer.unit_staff", 0.55)
                employers[f.subject] = unit
        people = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"]
        for i, r in enumerate(people):
            said = COLLEAGUES.match(t, r.end)
            if not said or r.key not in employers:
                continue
            named = [p for p in people[i + 1:] if p.start < said.end() + 120]
            if not named or named[0].start != said.end():
                continue
            chain = named[:1]
            for mate in named[1:]:
                if not re.fullmatch(r"[ \t]*(?:,|och|samt)[ \t]*", t[chain[-1].end:mate.start]):
                    break
                chain.append(mate)
            for mate in chain:
                if mate.key not in employers:
                    self.add(mate.key, "worksFor", employers[r.key], r.start, mate.end, "employer.colleague", 0.55)
                    employers[mate.key] = employers[r.key]

    def representatives(self) -> None:
        """ "Eva Ek ⏎ Representerar: Göteborgsregionens kommunalförbund ⏎ Roll: …" on a group's page: each name over a
        "Representerar:" field sits in the group the page is about."""
        t = self.text.text
        for i, block in enumerate(self.text.blocks):
            if not i or not re.match(r"[ \t]*Representerar[ \t]*:", t[block.start:block.end]):
                continue
            person = self._name_above(block.start)
            forum = self.page_forum(block.start) if person else None
            if forum is not None:
                self.add(person.key, "participatesIn", forum.key, person.start, block.end, "participates.represents",
                         0.6)

    def card_chairs(self) -> None:
        """ "Ordförande ⏎ Eva Ek (L) ⏎ Telefon: …" and "Samordnare ⏎ Bo Ek" as contact cards on the page of the one
        forum a heading of its own names ("Tillgänglighetsrådet"): they chair and coordinate it."""
        t = self.text.text
        headings = [r for b in self.text.blocks if b.kind == "heading"
                    for r in self.within(b.start, b.end, {"CollaborationForum"})
                    if r.start == b.start and not t[r.end:b.end].strip()]
        blocks = self.text.blocks
        for i, b in enumerate(blocks[:-1]):
            # "Beredningsgrupp X ⏎ Ordförande ⏎ Eva Ek, samordnare, …": the post a heading of its own, the name below
            # it, under the forum's heading just above
            if b.kind != "heading" or not re.fullmatch(r"(?:Ordförande|Sammankallande)[ \t]*:?[ \t]*", t[b.start:b.end]):
                continue
            person = next((r for r in self.starting(blocks[i + 1].start, blocks[i + 1].start + 1)
                           if r.kind == "Person"), None)
            above = [r for r in headings if b.start - 300 <= r.start < b.start]
            if person and above:
                self.add(person.key, "leads", above[-1].key, b.start, person.end, "leads.card", 0.6)
        if len({r.key for r in headings}) != 1:
            return
        forum = headings[0]
        for b in self.text.blocks:
            card = CARD_CHAIR.match(t, b.start, b.end) if b.kind == "heading" else None
            person = next((r for r in self.starting(card.end(), card.end() + 1) if r.kind == "Person"), None) \
                if card else None
            if person and re.fullmatch(PARTY + r"[ \t]*", t[person.end:b.end]):
                self.add(person.key, "leads", forum.key, b.start, person.end, "leads.card", 0.6)

    def card_employers(self) -> None:
        """ "Primärvården Gävle ⏎ Verksamhetschef ⏎ Eva Ek ⏎ eva.ek@…": on a contact card the organisation alone on the
        line above the title employs the one named below it; a head's title heads it."""
        t = self.text.text
        blocks = self.text.blocks
        for f in list(self.facts):
            i = self._block_at(f.start) if f.rule == "title.contact_card" else None
            if not i:
                continue
            above = blocks[i - 1]
            org = next((r for r in self.within(above.start, above.end, {"Organisation"})
                        if not t[above.start:r.start].strip() and not t[r.end:above.end].strip()), None)
            if org is None or org.subtype == "PoliticalParty":
                continue
            self.add(f.subject, "worksFor", org.key, org.start, f.end, "employer.card", 0.65)
            if _heads_unit(str(f.object), org):
                self.add(f.subject, "leads", org.key, org.start, f.end, "leads.unit_head", 0.6)

    def visited_staff(self) -> None:
        """ "På vårdcentralen i Ekby träffar vi Eva Ek, verksamhetschef, och …", "Ekby vårdcentral ligger i Ekby.
        Här finns Bo Berg, distriktsläkare": a reporter's visit to a place names whom she met there, its staff, unless
        the text gives them an employer of their own; its head's title heads it."""
        t = self.text.text
        employed = {f.subject for f in self.facts if f.predicate == "worksFor"}
        titles = {(f.subject, f.start): f for f in self.facts if f.predicate == "title"}
        people = [r for r in self.refs if r.kind == "Person" and r.rule != "person.speaker_label"]
        for org in (r for r in self.refs if r.kind == "Organisation" and r.subtype not in ("Region", "Municipality")):
            sent = sentence_at(t, org.start)
            met = None
            if re.fullmatch(r"(?:På|Vid|Hos)[ \t]+", t[sent.start:org.start]):
                met = VISIT.match(t, org.end)
            elif sent.start == org.start and sent.end < len(t):  # "X ligger i Y. Här finns Eva Ek"
                after = sentence_at(t, min(len(t) - 1, sent.end + 1))
                met = HERE_IS.match(t, after.start) if re.fullmatch(r"\s*", t[sent.end:after.start]) else None
            if not met:
                continue
            chain = [p for p in people if p.start == met.end()][:1]
            while chain:  # "Eva Ek, verksamhetschef, och Bo Berg, läkare"
                own = re.match(r"[ \t]*,[ \t]*", t[chain[-1].end:chain[-1].end + 4])
                title = own and titles.get((chain[-1].key, chain[-1].end + own.end()))
                at = title.end if title else chain[-1].end
                joint = re.match(r"[ \t]*,?[ \t]*(?:och|samt)[ \t]+", t[at:at + 8])
                mate = joint and next((p for p in people if p.start == at + joint.end()), None)
                if not mate:
                    break
                chain.append(mate)
            for person in chain:
                if person.key in employed:
                    continue
                self.add(person.key, "worksFor", org.key, org.start, person.end, "employer.visited", 0.6)
                employed.add(person.key)
                own = re.match(r"[ \t]*,[ \t]*", t[person.end:person.end + 4])
                title = own and titles.get((person.key, person.end + own.end()))
                if title and _heads_unit(title.object, org):
                    self.add(person.key, "leads", org.key, org.start, title.end, "leads.unit_head", 0.6)

    def foreword_staff(self) -> None:
        """A report's foreword ("Förord … Arbetet har letts av analyschef Eva Ek … ⏎ Bo Berg ⏎ Generaldirektör") in a
        document that names one organisation: the signer and the staff the foreword names with their titles work
        there, the organisation that writes it."""
        t = self.text.text
        heading = next((b for b in self.text.blocks if b.kind == "heading" and
                        re.fullmatch(r"[ \t]*Förord[ \t]*", t[b.start:b.end])), None)
        if heading is None:
            return
        # (the government whose commission the report answers writes none of it: "på regeringens uppdrag")
        # (nor a board or a committee, which politicians sit on: "beslutade socialförsäkringsutskottet att …")
        def writes(r: Ref) -> bool:
            return r.key[1] not in COMMISSIONERS and not is_board(r.key[1]) and not is_committee(r.key[1])

        orgs = {r.key for r in self.refs if r.kind == "Organisation" and writes(r)}
        # the signer under the foreword: "Bo Berg ⏎ Generaldirektör", or "Bo Berg, generaldirektör" on a line
        signed = [f for f in self.facts if f.predicate == "title" and f.rule in ("title.card", "title.row")
                  and f.start > heading.end]
        if not signed:
            return
        end = signed[0].end
        if len(orgs) != 1:  # (a report that names others: the one its foreword names is the one that writes it)
            orgs = {r.key for r in self.within(heading.end, end, {"Organisation"}) if writes(r)}
        if len(orgs) != 1:
            return
        author = next(iter(orgs))
        employed = {f.subject for f in self.facts if f.predicate == "worksFor"}
        staff = {f.subject: f for f in self.facts if f.predicate == "title" and heading.end <= f.start <= end}
        for person, f in sorted(staff.items()):
            if person not in employed:
                self.add(person, "worksFor", author, f.start, f.end, "employer.foreword", 0.6)

    def press_contacts(self) -> None:
        """A press release headed by its sender's name ("Regionförbundet X ⏎⏎ … ⏎ För mer information kontakta ⏎
        Eva Ek, samordnare, 0470-…"): the people its closing call lists with a title, and no employer of their own,
        work for the sender."""
        t, blocks = self.text.text, self.text.blocks
        if not blocks:
            return
        head = blocks[0]
        sender = next((r for r in self.within(head.start, head.end, {"Organisation"})
                       if r.start == head.start and not t[r.end:head.end].strip()), None)
        call = next((i for i, b in enumerate(blocks) if PRESS_CALL.fullmatch(t, b.start, b.end)), None)
        if sender is None or call is None:
            return
        employed = {f.subject for f in self.facts if f.predicate == "worksFor"}
        for block in blocks[call + 1:]:
            person = next(iter(self.within(block.start, block.end, {"Person"})), None)
            if person is None or person.start != block.start:
                return  # the list of contacts ends where a line no longer begins with a name
            titled = next((f for f in self.facts if f.subject == person.key and f.predicate == "title" and
                           block.start <= f.start < block.end), None)
            if titled and person.key not in employed and not self.within(person.end, block.end, {"Organisation"}):
                self.add(person.key, "worksFor", sender.key, person.start, titled.end, "employer.press_contact", 0.55)

    def _elsewhere(self, at: int, home: tuple[str, str]) -> bool:
        """ "Reportage från Hedemora med kommunalrådet Eva Ek": her sentence names another municipality or region by
        its bare name, so the one the document is mostly about need not be hers."""
        t = self.text.text
        sent = sentence_at(t, at)
        words = set(re.findall(rf"(?<![\w-])(?:från|i)[ \t]+([{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?)",
                               t[sent.start:sent.end]))
        return any(p.short in words and p.name != home[1] for p in (*self.lex.municipalities, *self.lex.regions))

    def _bullets_after(self, at: int) -> int | None:
        """Where the bullet lines end that follow a line ending at `at` ("… består av:" ⏎ "• A" ⏎ "• B"), or None
        where the line goes on or no bullet follows."""
        t = self.text.text
        pos = t.find("\n", at)
        if pos < 0 or t[at:pos].strip():
            return None
        end, start = None, pos + 1
        while start < len(t):  # (line by line, not the whole rest of the text at once)
            stop = t.find("\n", start)
            stop = len(t) if stop < 0 else stop
            line = t[start:stop]
            if not line.strip():
                pass  # (blank lines stand between the items of a list a page's text was flattened from)
            elif BULLET_LINE.match(line):
                end = stop
            else:
                break
            start = stop + 1
        return end

    def _area_after(self, end: int) -> bool:
        """ "Regionchef Norra Mellansverige": the title names its own area, a capitalised name right after it that is
        neither a person nor a body the text knows, so the region the document is about need not be hers."""
        t = self.text.text
        nxt = AREA_WORD.match(t, end)
        return nxt is not None and not any(r.start == nxt.start(1) for r in self.refs)

    def _one_administration(self) -> tuple[str, str] | None:
        """The administration ("…förvaltningen") a document names, when it names one and no other."""
        found = {r.key for r in self.refs if r.kind == "Organisation" and
                 re.search(r"(?i)förvaltning(?:en)?(?:[ \t]+(?:i|på)[ \t]+\S+(?:[ \t]+\S+)?)?$", r.key[1])}
        return next(iter(found)) if len(found) == 1 else None

    def _home(self, subtype: str) -> tuple[str, str] | None:
        """The region, municipality or municipal association the document names most, when it names it at least
        twice as often as any other of its kind."""
        counts: dict[tuple[str, str], int] = {}
        both = {p.name for p in self.lex.municipalities}  # Region Gotland is its island's municipality too
        for r in self.refs:
            if r.kind == "Organisation" and (r.subtype == subtype or subtype == "Municipality" and r.key[1] in both or
                                             subtype == "Association" and ASSOCIATION_NAME.search(r.key[1])):
                counts[r.key] = counts.get(r.key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
            return None
        return ranked[0][0]

    def leads(self) -> None:
        t = self.text.text
        for r in self.refs:
            if r.kind not in ("CollaborationForum", "Project", "Organisation"):
                continue
            label = FORUM_THEN_CHAIR.match(t, r.end) if r.kind == "CollaborationForum" else None
            person = next((p for p in self.starting(label.end(), label.end() + 1) if p.kind == "Person"), None) \
                if label else None
            if person:  # "Delregionalt samverkansorgan Skåne nordväst\nOrdförande – Anders Berg (KD), …"
                self.add(person.key, "leads", r.key, r.start, person.end, "leads.labelled_chair", 0.65)
            head = t[max(0, r.start - 40):r.start]
            if CHAIR.search(head):
                speaker = self.speaker_at(r.start)
                sent = sentence_at(t, r.start)
                if speaker and FIRST_PERSON.search(t[sent.start:r.start]) or speaker and re.search(
                        r"(?i)att vara ordförande", head):
                    self.add(speaker, "leads", r.key, sent.start, r.end, "leads.chair", 0.75)
        for title in self.titles:
            chair = title.title in CHAIR_TITLES  # "ordförande i X": not a vice chair
            # ("Eva Ek, projektägare Vänner för livet": the one who owns the named project leads it)
            owner = title.title == "projektägare"
            if not title.title.endswith(LEAD_TITLE) and not chair and not owner:
                continue
            holders = [f for f in self.facts if f.predicate == "title" and f.start == title.start]
            if not holders:
                continue
            nxt = next((r for r in self.starting(title.end, title.end + 26) if r.kind == "Project" and not chair
                        or r.kind == "CollaborationForum" and (chair or title.title.endswith("utredare"))), None)
            # "ordförande för förbundets Råd för läkemedel"; "ordförande digitaliseringsrådet", the forum's definite form
            gap = t[title.end:nxt.start] if nxt else ""
            # ("Eva Ek (KD), ordf, socialutskottet.": a panel's card, the chair, then what she chairs)
            # ("projektägare Vänner för livet": the project's name right after the title)
            if nxt and (ROLE_FOR.fullmatch(gap) or not chair and nxt.kind == "Project" and re.fullmatch(r"[ \t]+", gap) or
                        chair and re.fullmatch(r"[ \t]+", gap)
                        and (re.fullmatch(r"[a-zåäö]+(?:et|en)", t[nxt.start:nxt.end]) or
                             # "sammankallande Äldreplanens styrgrupp": a group named by its owner's genitive
                             re.fullmatch(rf"[{UPPER}][^\s]*s[ \t]+[{LOWER}-]+", t[nxt.start:nxt.end])) or
                        chair and nxt.kind == "CollaborationForum" and re.fullmatch(r"[ \t]*,[ \t]*", gap)):
                for f in holders:
                    self.add(f.subject, "leads", nxt.key, title.start, nxt.end, "leads.role_for", 0.8)
                continue
            if owner:
                continue
            own = sorted({r.key for r in self.refs if r.rule == "project.programme"}) or self.title_project()
            plan = sorted({r.key for r in self.refs if r.rule == "project.name_field"}) or self.title_project()
            if title.title.startswith("projektledare") and len(plan) == 1:  # on a project plan's title page
                for f in holders:
                    self.add(f.subject, "leads", plan[0], title.start, title.end, "leads.role_in_document", 0.6)
            elif title.title.startswith("program") and len(own) == 1:
                for f in holders:
                    self.add(f.subject, "leads", own[0], title.start, title.end, "leads.role_in_document", 0.6)
            elif title.title == "projektledare" and len(sole := {r.key for r in self.refs if r.kind == "Project"}) == 1 \
                    and not ROLE_TIED.match(t, title.end):
                # "Bilden visar projektledare Jan Berg" on a page about one project: he leads it
                for f in holders:
                    self.add(f.subject, "leads", next(iter(sole)), title.start, title.end, "leads.role_in_document",
                             0.55)
            elif title.title == "projektledare" and (main := self.page_project()) is not None \
                    and not ROLE_TIED.match(t, title.end):
                # "…, säger Camilla Berg, projektledare." on a page whose headline names its project: she leads it
                for f in holders:
                    self.add(f.subject, "leads", main.key, title.start, title.end, "leads.role_in_document", 0.5)
            elif (bare := BARE_LED.match(t, title.end)) and title.title.startswith(("projekt", "program")) and \
                    (target := self.initiative_before(title.start, 1500)) is not None and \
                    (target.kind == "Project" and bare.group(1) not in ("teamet", "mottagningen") or
                     any(w.removesuffix("et").removesuffix("en").endswith(bare.group(1)[:-2])
                         for w in target.key[1].casefold().split(" "))):
                # "Projektledaren för projektet, Eva Ek": of the project named before; "… för teamet": of the team
                # named before, whose name ends in the word
                for f in holders:
                    self.add(f.subject, "leads", target.key, title.start, bare.end(), "leads.role_in_context", 0.6)
            elif re.match(r"(?:är|var|blir|har varit|utsågs|utses|har utsetts)\b", t[title.end:title.end + 14].strip()) \
                    and title.title.startswith(("projekt", "program")):
                target = self.initiative_before(title.start, 500) or self.only_project(title.start)
                if target:  # "Projektledare är Sofia Berglund": of the project just named, or the page's only one
                    for f in holders:
                        self.add(f.subject, "leads", target.key, title.start, title.end, "leads.role_in_context",
                                 0.6)
        for r in self.refs:  # "Ordförande i rådet är just nu Gustav Eklund"
            if r.kind != "CollaborationForum" or not CHAIR_IS.search(t[max(0, r.start - 30):r.start]):
                continue
            tail = re.match(r"\s+(?:är|blir|har varit)\s+(?:(?:just\s+)?nu\s+|sedan\s+\S+\s+|numera\s+)?", t[r.end:r.end + 40])
            person = next((p for p in self.starting(r.end + tail.end(), r.end + tail.end() + 1) if p.kind == "Person"), None) if tail else None
            if person:
                self.add(person.key, "leads", r.key, r.start, person.end, "leads.chair_is", 0.75)
        for m in ACTIVE_LEAD.finditer(t):
            obj = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind in ("Project", "CollaborationForum")), None)
            end = obj.end if obj else None
            bare = BARE_PROJECT.match(t, m.end()) if obj is None else None
            if bare:  # "Eva Ek leder projektet", "Ansvarig för projektet är Eva Ek": the project the text is about
                obj = self.initiative_before(m.start(), 600)
                obj, end = (obj, bare.end()) if obj and obj.kind == "Project" else (None, None)
            sent = sentence_at(t, m.start())
            who = [r for r in self._subjects_before(sent.start, m.start()) if r.kind == "Person"]
            then = re.match(r"[ \t]+är[ \t]+", t[end:end + 8]) if obj and m.group(0).lower().startswith(
                ("med", "ansvarig", "huvudansvarig", "projektansvarig")) else None
            if then:  # "Som utredare med ansvar för utredningen X är Eva Ek …", "Ansvarig för projektet är Eva Ek"
                who = [r for r in self.starting(end + then.end(), end + then.end() + 1) if r.kind == "Person"]
            if obj and who:
                for r in who:
                    self.add(r.key, "leads", obj.key, sent.start, end, "leads.active", 0.7)
        for m in CHAIR_THERE.finditer(t):  # "Ordförande där är Gunilla", the forum named just before
            person = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Person"), None)
            forum = [r for r in self.starting(m.start() - 600, m.start()) if r.kind == "CollaborationForum"]
            if person and forum:
                self.add(person.key, "leads", forum[-1].key, m.start(), person.end, "leads.chair_there", 0.65)
        for m in ME_CHAIR.finditer(t):
            speaker = self.speaker_at(m.start())
            forum = [r for r in self.starting(m.start() - 600, m.start()) if r.kind == "CollaborationForum"]
            if speaker and forum:
                self.add(speaker, "leads", forum[-1].key, m.start(), m.end(), "leads.chair", 0.7)
        for m in CLEFT_CHAIR.finditer(t):
            person = next((r for r in self.starting(m.start("name"), m.start("name") + 1) if r.kind == "Person"
                           and r.end <= m.end("name")), None)
            sent = sentence_at(t, m.start())
            forum = [r for r in self.starting(m.end(), sent.end) if r.kind == "CollaborationForum"] or \
                [r for r in self.starting(m.start() - 600, m.start()) if r.kind == "CollaborationForum"][-1:]
            if person and forum:
                self.add(person.key, "title", m.group("role").casefold(), m.start("role"), m.end("role"),
                         "title.cleft", 0.7)
                self.add(person.key, "leads", forum[0].key, m.start(), m.end(), "leads.cleft", 0.65)
        for m in HAD_AS.finditer(t):
            sent = sentence_at(t, m.start())
            person = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Person"), None)
            chair = AS_CHAIR.search(t, m.end(), sent.end)
            target = [r for r in self.starting(sent.start, m.start()) if r.kind in ("Project", "CollaborationForum")]
            if person and chair and target:
                self.add(person.key, "leads", target[-1].key, m.start(), chair.end(), "leads.had_as", 0.7)
        associations = {b.name for b in self.lex.bodies if b.kind in ("förbund", "fackförbund")}
        for m in CHAIR_OF.finditer(t):  # "Rådets ordförande, Karl-Johan Ekholm"
            person = next((r for r in self.starting(m.end(), m.end() + 6) if r.kind == "Person"), None)
            stem = ASSOCIATION_GENITIVE.get(m.group(0).split()[0].casefold())
            if stem:  # "förbundets ordförande Eva Ek": the association the text names ("Reumatikerförbundet")
                bodies = [r for r in self.starting(m.start() - 1500, m.start()) if r.kind == "Organisation" and
                          (stem in r.key[1].casefold() or stem == "förbund" and r.key[1] in associations)
                          and r.subtype not in ("Region", "Municipality")]
                if person and bodies:
                    self.add(person.key, "leads", bodies[-1].key, m.start(), person.end, "leads.chair_of", 0.65)
                continue
            forums = [r for r in self.starting(m.start() - 600, m.start()) if r.kind == "CollaborationForum"]
            if person and forums:
                self.add(person.key, "leads", forums[-1].key, m.start(), person.end, "leads.chair_of", 0.65)
        for m in BOARD_CHAIR.finditer(t):
            person = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Person"), None)
            word = "nämnd" if "nämnd" in (m.group("a") or m.group("b")) else "styrelse"
            boards = {r.key for r in self.starting(max(0, m.start() - 1500), m.start()) if r.kind == "Organisation"
                      and is_board(r.key[1]) and word in r.key[1].casefold()}
            before = t[max(0, m.start() - 1500):m.start()].casefold()
            named = set(re.findall(rf"[\w-]+{word}(?:en|n)?(?![\w-])", before))
            if person and len(boards) == 1 and "vice" not in m.group(0).casefold() and \
                    all(w in next(iter(boards))[1].casefold() for w in named):
                # one board named before: hers ("Det beslutade södra hälso- och sjukvårdsnämnden … Enligt ordföranden
                # i nämnden, Eva Ek, …"); two, even one by its common name ("socialnämnden"), and "nämnden" could be
                # either
                self.add(person.key, "leads", boards.pop(), m.start(), person.end, "leads.chair_of", 0.65)

    def owned_projects(self) -> None:
        """ "Region Skånes projekt X", "SNS forskningsprojekt X": an organisation's own project, by its genitive (or an
        acronym ending in S, which takes none) right before the cue word and the name."""
        t = self.text.text
        for proj in self.refs:
            if proj.kind != "Project":
                continue
            # the cue word opens the project's span ("projekt Trygg vård") or stands before it
            before = OWNED_CUE.search(t, max(0, proj.start - 30), proj.start)
            at = proj.start if OWNED_CUE_AT.match(t, proj.start, proj.end) else before.start() if before else None
            owner = next((r for r in self.starting(at - 40, at) if r.kind == "Organisation" and
                          re.fullmatch(r"(?::s)?[ \t]+", t[r.end:at])), None) if at is not None else None
            if owner and (self.genitive(owner) or t[owner.end - 1:owner.end] == "S" and t[owner.start:owner.end].isupper()):
                self.add(owner.key, "participatesIn", proj.key, owner.start, proj.end, "participates.owner", 0.6)

    def title_columns(self) -> None:
        """Minutes whose table a PDF ran into one line: "Mats Ek (m) Eva Berg (c) Per Ring (s) Bo Al (v) ordförande
        1:e vice ordförande 2:e vice ordförande", or "Lena Ek Rune Berg Ann Ås landstingsdirektör ekonomidirektör
        informationschef": a column of three names or more, then a column of titles, each title the name's in the same
        row, in order ("kanslidirektör, sekreterare": two titles of one row)."""
        t = self.text.text
        people = sorted((r for r in self.refs if r.kind == "Person"), key=lambda r: r.start)
        starts = {x.start: x for x in self.titles}
        runs: list[list[Ref]] = []
        for p in people:
            if runs and COLUMN_GAP.fullmatch(t, runs[-1][-1].end, p.start):
                runs[-1].append(p)
            else:
                runs.append([p])
        for run in runs:
            if len(run) < 3:
                continue
            gap = COLUMN_GAP.match(t, run[-1].end)
            rows: list[list] = []
            pos = gap.end() if gap else -1
            while pos in starts and not t[pos].isupper():  # ("Ersättare" in capitals heads the next column)
                title = starts[pos]
                if rows and t[rows[-1][-1].end:pos] == ", ":
                    rows[-1].append(title)  # "kanslidirektör, sekreterare": a second title of the same row
                else:
                    rows.append([title])
                nxt = re.match(r",[ \t]|[ \t]+", t[title.end:title.end + 2])
                pos = title.end + nxt.end() if nxt else -1
            if len(rows) < 2 or len(rows) > len(run):
                continue
            for person, row in zip(run, rows):
                for title in row:
                    self.add(person.key, "title", title.title, title.start, title.end, "title.column", 0.6)

    def within_frame(self) -> None:
        """ "Trygg hemgång startade som ett projekt inom ramen för ”Bättre liv för sjuka äldre”": the project that
        opens the sentence is part of the effort it was started within."""
        t = self.text.text
        for m in re.finditer(r"(?<![\w-])inom[ \t]+ramen[ \t]+för[ \t]+[\"”“»]?", t):
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Project"), None)
            sent = sentence_at(t, m.start())
            part = next((r for r in self.starting(sent.start, sent.start + 1) if r.kind == "Project"), None)
            if whole and part and part.key != whole.key:
                self.add(part.key, "partOf", whole.key, part.start, whole.end, "part_of.within_frame", 0.65)

    def labelled_runs(self) -> None:
        """Minutes' fields a PDF ran into one line: "Politisk sekreterare Eva Ek (S) Bo Al (M) Per Berg (C)
        Sekreterare …": a title written as a label holds for every name of the run after it, each with a party's
        letters (not the members' "Ledamöter" or "Ersättare", a seat rather than a title)."""
        t = self.text.text
        people = {r.start: r for r in self.refs if r.kind == "Person"}
        for title in self.titles:
            if not t[title.start].isupper() or title.title.startswith(MEMBER_TITLES):
                continue
            gap = re.match(r"[ \t]+", t[title.end:title.end + 2])
            run: list[Ref] = []
            pos = title.end + gap.end() if gap else -1
            while pos in people:
                person = people[pos]
                party = RUN_PARTY.match(t, person.end)
                if not party:
                    break
                run.append(person)
                pos = party.end()
            if len(run) >= 2:
                for person in run:
                    self.add(person.key, "title", title.title, title.start, person.end, "title.labelled_run", 0.6)

    def office_staff(self) -> None:
        """ "Karl Berg, kansliet, t o m § 15" in the minutes of "KOMMUNFÖRBUNDET NORRBOTTEN": the body whose papers
        these are, named in their heading, employs the staff of its office."""
        t = self.text.text
        if not self.text.blocks:
            return
        head = self.text.blocks[0]
        owner = next((r for r in self.within(head.start, head.end, {"Organisation"})
                      if r.subtype != "PoliticalParty"), None)
        if owner is None:
            return
        for r in self.refs:
            row = OFFICE_ROW.match(t, r.end) if r.kind == "Person" else None
            if row:
                self.add(r.key, "worksFor", owner.key, r.start, row.end(), "employer.office_row", 0.6)

    def minutes_board(self) -> None:
        """A region's or a municipality's board whose minutes or notice this is ("Protokoll … Landstingsstyrelsen"):
        the chair its list of members names leads it, and it is a board of the one region (or municipality) the
        minutes name."""
        t = self.text.text
        boards = sorted({r.key for r in self.refs if r.rule == "organisation.minutes_board"})
        if len(boards) != 1:
            return
        board = boards[0]
        first = min(r.start for r in self.refs if r.key == board)
        for f in sorted(self.facts, key=lambda f: f.start):
            if f.predicate == "title" and f.object == "ordförande" and first < f.start < first + MINUTES_MEMBERS:
                self.add(f.subject, "leads", board, f.start, f.end, "leads.minutes_chair", 0.65)
                break  # the first chair listed; another further on chairs something else
        if board[1].endswith("nämnden"):
            return  # a committee: a municipality's or a region's, which its minutes need not say
        kind = "Municipality" if board[1].startswith("Kommun") else "Region"
        owners = {r.key for r in self.refs if r.kind == "Organisation" and r.subtype == kind}
        if len(owners) == 1:
            owner = next(iter(owners))
            self.add(board, "partOf", owner, first, first + len(board[1]), "part_of.minutes_board", 0.6)

    def participation(self) -> None:
        t = self.text.text
        # "ett samarbete mellan", "ett samarbetsprojekt mellan", "ett samverkansarbete mellan"
        for m in re.finditer(r"(?i)(?<![\w-])(?:[a-zåäö]*samarbete|[a-zåäö]*samverkan|samarbets[a-zåäö]+|samverkans[a-zåäö]+)"
                             r" mellan\s+(?:kommunerna\s+|regionerna\s+)?", t):
            sent = sentence_at(t, m.start())
            line_start = t.rfind("\n", 0, m.start()) + 1
            in_sentence = [r for r in self.refs if (r.kind in ("Project", "CollaborationForum") or
                                                    r.rule == "organisation.is_a")  # "X är en verksamhet i samverkan mellan"
                           and max(line_start, sent.start) <= r.start < m.start()]
            target = in_sentence[-1] if in_sentence else next(
                (r for r in self.refs if r.kind in ("Project", "CollaborationForum") and line_start <= r.start < m.start()),
                None)
            # ("Det här projektet har dels varit ett samarbete mellan …")
            if target is None and re.search(r"(?i)\b(?:projektet|programmet|satsningen|nätverket|det)\s+"
                                            r"(?:är|var|har\s+(?:[a-zåäö]+\s+)?varit)\s+(?:ett|en)\s+"
                                            r"(?:[a-zåäö]+\s+)?$",
                                            t[max(sent.start, m.start() - 40):m.start()]):
                target = self.initiative_before(m.start())  # "Projektet är ett samarbete mellan …"
            if not target:
                continue
            stop = t.find("\n", m.end())  # a slide item ends at its line, with or without a full stop
            for org in self.within(m.end(), max(sent.end, m.end() + 400), {"Organisation"}):
                if t[m.end():org.start].count(".") == 0 and (stop < 0 or org.end <= stop):
                    self.add(org.key, "participatesIn", target.key, org.start, org.end, "participates.collaboration",
                             0.85)
        for r in self.refs:
            if r.kind not in ("CollaborationForum", "Project"):
                continue
            speaker = self.speaker_at(r.start)
            if not speaker:
                continue
            sent = sentence_at(t, r.start)
            if not WE.search(t[sent.start:sent.end]):
                continue
            employer = self.employer_of(speaker)
            if r.kind == "CollaborationForum" and re.search(
                    r"(?i)(?:vi har|har vi)(?:\s+\w+){0,4}\s+(?:en|ett)\s+(?:\w+\s+){0,2}$", t[sent.start:r.start]):
                self.add(speaker, "participatesIn", r.key, sent.start, sent.end, "participates.we_have", 0.55)
            if employer:
                self.add(employer, "participatesIn", r.key, sent.start, sent.end, "participates.our_organisation", 0.5)

    def item_leads(self) -> None:
        """ "• Digitala vårdmöten – Greta Holmlund" under "Programområden för X, med programområdesansvarig:":
        the person after the dash leads the item, and holds the role the line above names."""
        t = self.text.text
        for i, block, line in self.colon_lines():
            roles = [x for x in self.titles if block.start <= x.start < block.end]
            for item in self.items_after(i):
                project = next((r for r in self.starting(item.start, item.end) if r.kind == "Project"), None)
                if project is None:
                    continue
                dash = re.match(r"[ \t]+[–-][ \t]+", t[project.end:item.end])
                person = next((r for r in self.starting(project.end + dash.end(), project.end + dash.end() + 1)
                               if r.kind == "Person"), None) if dash else None
                if person is None:
                    continue
                self.add(person.key, "leads", project.key, item.start, person.end, "leads.list_item", 0.65)
                for role in roles[:1]:
                    self.add(person.key, "title", role.title, role.start, role.end, "title.list_heading", 0.6)

    def heading_titles(self) -> None:
        """ "Projektledare" as a heading of its own, then one person a line ("• Eva Ek, utredare, UKÄ"): each holds the
        post the heading names, whatever else her line says."""
        t = self.text.text
        blocks = self.text.blocks
        for i, block in enumerate(blocks):
            if block.kind not in ("heading", "paragraph"):
                continue
            line = t[block.start:block.end].rstrip().rstrip(":").rstrip()
            role = next((x for x in self.titles if x.start == block.start and x.end == block.start + len(line)), None)
            if role is None or role.plural or not line[:1].isupper():
                continue
            for item in blocks[i + 1:i + 13]:
                at = ITEM_MARKER.match(t, item.start, item.end).end()
                person = next((r for r in self.starting(at, at + 1) if r.kind == "Person"), None)
                if person is None or item.kind not in ("bullet", "heading", "paragraph") or \
                        not re.match(r"[ \t]*(?:,|\([A-ZÅÄÖa-zåäö]{1,3}\)|$)", t[person.end:item.end]):
                    break
                self.add(person.key, "title", role.title, role.start, person.end, "title.heading", 0.6)

    def regions_listed_as_members(self) -> None:
        """ "… de fyra regionerna som ingår i Norra sjukvårdsregionen. De regioner som ingår är A, B och C":
        the regions listed take part in what the text said they belong to."""
        t = self.text.text
        for r in self.refs:
            if r.rule != "organisation.region_list":
                continue
            belongs = list(re.finditer(r"(?i)\bsom\s+ingår\s+i\s+", t[max(0, r.start - 400):r.start]))
            sent = sentence_at(t, r.start)
            # "Jo, det är det gemensamma kommunalförbundet för de fyra nordligaste regionerna, alltså: A, B …"
            body = MEMBERS_BODY.search(t, sent.start, r.start)
            if belongs:
                at = max(0, r.start - 400) + belongs[-1].end()
                whole = next((x for x in self.starting(at, at + 1) if x.kind in ("Organisation", "CollaborationForum",
                                                                                   "Project") and x.key != r.key), None)
            elif body:
                before = sentence_at(t, max(0, sent.start - 2))  # the question or sentence that names it
                named = [x for x in self.starting(min(before.start, sent.start), body.start())
                         if x.kind in ("Organisation", "CollaborationForum") and x.subtype != "Region"]
                whole = named[-1] if named else None
            else:
                continue
            if whole:
                self.add(r.key, "participatesIn", whole.key, r.start, r.end, "participates.listed_region", 0.6)

    def own_programme(self) -> None:
        """ "God och nära vård i Gävleborg" on a page that names Region Gävleborg: the region runs it."""
        regions = sorted({r.key for r in self.refs if r.kind == "Organisation" and r.subtype == "Region"})
        for r in self.refs:
            if r.rule != "project.good_care":
                continue
            place = without_county(r.key[1].rsplit(" i ", 1)[-1])
            for key in regions:
                p = next((p for p in self.lex.regions if p.name == key[1]), None)
                if p and place in (p.short, without_county(p.county)):
                    self.add(key, "participatesIn", r.key, r.start, r.end, "participates.own_programme", 0.6)

    def programme_areas(self) -> None:
        """ "Programområde Prevention (pdf)" on a page about one programme ("God och nära vård i Gävleborg"): each
        area is a part of it."""
        areas = [r for r in self.refs if r.rule == "project.programme_area"]
        whole = sorted({r.key for r in self.refs if r.kind == "Project" and r.rule != "project.programme_area"})
        if not areas or len(whole) != 1:
            return
        for r in areas:
            self.add(r.key, "partOf", whole[0], r.start, r.end, "part_of.programme_area", 0.6)

    def title_project(self) -> list[tuple[str, str]]:
        """The project a document's title names, when the title opens with it ("Vården närmare …")."""
        if not self.text.blocks:
            return []
        first = self.text.blocks[0]
        keys = {r.key for r in self.refs if r.kind == "Project" and first.start <= r.start <= first.start + 2}
        return sorted(keys) if len(keys) == 1 else []

    def _org_list(self, start: int, stop: int, kinds=("Organisation",)) -> list[Ref]:
        """The refs listed from start on: "A, B och C", "A tillsammans med B"; up to the first other word."""
        t = self.text.text
        out, pos = [], start
        for r in self.within(start, stop, set(kinds) | {"Person", "Organisation", "Project", "CollaborationForum"}):
            if r.start < pos:
                continue
            gap = t[pos:r.start]
            if out and r.key == out[-1].key and re.fullmatch(r"\s*\(?\s*", gap):
                pos = r.end  # "Sjukhuset i Västervik (SiV)": the acronym names the same one
                continue
            # the first may follow a title ("tillsammans med vår hälso- och sjukvårdsdirektör Kristina Ågren")
            # "de 6 kommuner (Essunga, Grästorp) och Sjukhuset i Lidköping (SiL) samt …": brackets hold a list or
            # an acronym
            # "Region Sörmland och kommunerna Eskilstuna, Flen …", "och länets sju kommuner, Sundsvall, Ånge": the
            # list goes on after a plural noun
            if out and not re.fullmatch(r"\)?(?:\s+kommuner)?" + ACRONYM_ASIDE + LIST_GLUE +
                                        r"(?:(?:kommunerna|regionerna|(?:länets|de)\s+(?:[a-zåäö0-9]+\s+)?kommuner,?)"
                                        r"\s+)?\(?", gap) or \
                    not out and not re.fullmatch(r"\s*(?:[a-zåäö0-9-]+\s+){0,6}\(?", gap):
                break
            if r.kind in kinds:
                out.append(r)
            pos = r.end
        return out

    def _initiative_in(self, sent, before: int) -> Ref | None:
        """What a sentence is about: a project or forum named in it before ``before``, else the one the text
        was last about."""
        named = [r for r in self.starting(sent.start, before) if r.kind in ("Project", "CollaborationForum")]
        return named[-1] if named else self.initiative_before(before, 400)

    def forum_members(self) -> None:
        """Who sits in a forum, as its own page words it: "Skånes Kommuners styrelse utser ledamöter",
        "består av 12 ledamöter där A utser sex … från B", "med representanter från A och B",
        "representanterna i X kommer att vara A, B och C"."""
        t = self.text.text
        for m in APPOINTS.finditer(t):
            sent = sentence_at(t, m.start())
            subject = [r for r in self.within(max(sent.start, m.start() - 30), m.start(), {"Organisation"})
                       if re.fullmatch(r"s?(?:[ \t]+[a-zåäö]+)?[ \t]*", t[r.end:m.start()])]
            # (not the subject's own board: "Skånes Kommuners styrelse utser ledamöter för kommunerna")
            forum = next((r for r in self.starting(sent.start, sent.end) if r.kind == "CollaborationForum"
                          and not (subject and r.start <= subject[-1].start < r.end)), None) or \
                self.page_forum(sent.start)
            if subject and forum is not None:
                self.add(subject[-1].key, "participatesIn", forum.key, subject[-1].start, m.end(),
                         "participates.appoints", 0.6)
        for m in SEATS.finditer(t):
            sent = sentence_at(t, m.start())
            forum = self._forum_of_sentence(sent.start, m.start())
            if forum is not None:
                for org in self.within(m.end(), sent.end, {"Organisation"}):
                    self.add(org.key, "participatesIn", forum.key, m.start(), org.end, "participates.seats", 0.6)
        for m in REPRESENTATIVES_FROM.finditer(t):
            sent = sentence_at(t, m.start())
            named = [r for r in self.within(sent.start, m.start(), {"CollaborationForum"})]
            if named:
                for org in self._org_list(m.end(), sent.end):
                    self.add(org.key, "participatesIn", named[-1].key, m.start(), org.end, "participates.represented", 0.65)
        for forum in self.refs:
            sent = sentence_at(t, forum.start) if forum.kind == "CollaborationForum" else None
            if sent is None or not REPRESENTATIVES_IN.search(t, max(sent.start, forum.start - 30), forum.start):
                continue
            verb = MEMBERS_VERB.match(t[forum.end:sent.end])
            if verb:
                # the paragraph goes on naming them: "För Kramfors räkning blir det A och B. Även C finns med."
                block = self._block_of(forum.start)
                end = max(sent.end, self.text.blocks[block].end) if block >= 0 else sent.end
                for person in self.within(forum.end + verb.end(), end, {"Person"}):
                    self.add(person.key, "participatesIn", forum.key, forum.start, person.end,
                             "participates.represented", 0.65)
                    if CHAIR_ASIDE.match(t, person.end):
                        self.add(person.key, "leads", forum.key, forum.start, person.end, "leads.chair_aside", 0.65)
                # "Övriga fackförbund i WoX-Sam är Kommunal, Lärarförbundet och Saco": bodies, listed in the sentence
                for org in self._org_list(forum.end + verb.end(), sent.end):
                    self.add(org.key, "participatesIn", forum.key, forum.start, org.end, "participates.represented",
                             0.65)

        for m in ASSOCIATION_MEMBERS_ARE.finditer(t):
            said = m.group(0).casefold()
            noun = "samordningsförbund" if "samordningsförbund" in said else "förening" if "förening" in said \
                else "förbund"
            owners = {r.key: r for r in self.refs if r.kind in ("Organisation", "CollaborationForum")
                      and noun in r.key[1].casefold() and " " in r.key[1]  # (not a bare "Samordningsförbundet")
                      and not r.key[1].casefold().startswith("sveriges")}
            if len(owners) > 1 and self.text.blocks:
                # ("Samordningsförbundet X–Y" as the page's title, the one it grew out of named after: the page's own)
                first = self.text.blocks[0]
                titled = {r.key: r for r in self.within(first.start, first.end, {"Organisation", "CollaborationForum"})
                          if r.key in owners}
                owners = titled if len(titled) == 1 else owners
            if len(owners) != 1:
                continue
            owner = next(iter(owners.values()))
            sent = sentence_at(t, m.start())
            # (the founder before the verb: "Sundbybergs stad inrättar ett samordningsförbund tillsammans med …")
            founders = [r for r in self._subjects_before(sent.start, m.start()) if r.kind == "Organisation"] \
                if m.group("founder") else []
            end = self._bullets_after(m.end()) or sent.end
            for org in founders + self.within(m.end(), end, {"Organisation"}):
                if org.key != owner.key:
                    self.add(org.key, "participatesIn", owner.key, m.start(), org.end, "participates.association_members",
                             0.65)
        for org in self.refs:
            # "Samordningsförbundet X ägs av A, B och C", "X ägs av …" by its own word: a federation's owners are its members
            owned = OWNED_BY.match(t, org.end) if org.kind == "Organisation" and "förbund" in org.key[1] else None
            if owned:
                for member in self.within(owned.end(), sentence_at(t, owned.end()).end, {"Organisation"}):
                    if member.key != org.key:
                        self.add(member.key, "participatesIn", org.key, org.start, member.end,
                                 "participates.association_members", 0.65)
        for m in GROUP_MEMBERS_ARE.finditer(t):
            # "Länsgrupp X fungerar som … Gruppens medlemmar är för närvarande: A, Region Y, ordf, B, …": the group
            # the paragraph is about
            k = self._block_of(m.start())
            if k < 0:
                continue
            block = self.text.blocks[k]
            # (the group it names most: "Länsgrupp X … fungerar som beredande organ till Y. Gruppens medlemmar …")
            named = Counter(r.key for r in self.within(block.start, m.start(), {"CollaborationForum"}))
            top = max(named.values(), default=0)
            forum = next((r for r in self.within(block.start, m.start(), {"CollaborationForum"})
                          if named[r.key] == top), None) or self.page_forum(m.start())
            if forum is None:
                continue
            for person in self.within(m.end(), block.end, {"Person"}):
                self.add(person.key, "participatesIn", forum.key, m.start(), person.end, "participates.represented", 0.65)
                if ROW_CHAIR.match(t, person.end) or CHAIR_ASIDE.match(t, person.end):
                    self.add(person.key, "leads", forum.key, m.start(), person.end, "leads.chair_aside", 0.65)
        for m in INCLUDES.finditer(t):  # "I den gemensamma nämnden för X ingår Region A och kommunerna B och C"
            body = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "CollaborationForum"
                         or r.subtype == "OrganisationalUnit"), None)
            verb = re.match(r"[ \t]+ingår[ \t]+(?:(?:även|också|nu|idag)[ \t]+)?", t[body.end:body.end + 30]) \
                if body else None
            listed = PARTIES_FOLLOW.match(t, body.end) if body else None
            if listed:
                # "I Närvårdssamverkan Södra Älvsborg samverkar följande parter: … Borås Stad, … samt Sjuhärads
                # kommunalförbund.": every organisation the list names, whatever words stand between them
                for org in self.within(listed.end(), sentence_at(t, listed.end()).end, {"Organisation"}):
                    if org.key != body.key:
                        self.add(org.key, "participatesIn", body.key, body.start, org.end, "participates.included",
                                 0.65)
            elif verb:
                for org in self._org_list(body.end + verb.end(), sentence_at(t, body.end).end):
                    if org.key == body.key:
                        continue
                    if body.rule == "organisation.area" and org.subtype == "OrganisationalUnit":
                        # "I närsjukvårdsområde norr ingår Lindesbergs lasarett": a unit of the care area, not a member
                        self.add(org.key, "partOf", body.key, body.start, org.end, "part_of.included", 0.65)
                    else:
                        self.add(org.key, "participatesIn", body.key, body.start, org.end, "participates.included",
                                 0.65)

    def _forum_of_sentence(self, start: int, end: int) -> Ref | None:
        """The forum a sentence is about: the first it names between start and end (its subject, not one
        it is compared with, "jämbördig med LGS"), or else the group the page is about."""
        named = [r for r in self.starting(start, end) if r.kind == "CollaborationForum"]
        return named[0] if named else self.page_forum(start)

    def participation_phrases(self) -> None:
        """ "drivs av A tillsammans med B", "A genomför piloten tillsammans med B", "Hylte kommun deltar i projektet",
        "Lovisa sitter med i X", "Styrgruppen består av A och B", "• Brukarrådet – PRO, SPF och RSMH",
        "Samverkande parter är A och B", "Name, för projektledningen för X"."""
        t = self.text.text
        for m in RUN_BY.finditer(t):
            sent = sentence_at(t, m.start())
            target = self._initiative_in(sent, m.start())
            if target is None and DEFINITE_SUBJECT.match(t, sent.start):
                # "Det treåriga projektet … har drivits gemensamt av A och B": the page's project, however far back
                target = self.page_project_before(sent.start)
            if target:
                for org in self._org_list(m.end(), sent.end):
                    self.add(org.key, "participatesIn", target.key, m.start(), org.end, "participates.run_by", 0.7)
        for m in GRANTED.finditer(t):
            # "• Ekby kommun får 2,6 miljoner kronor till projektet X": the body granted money for a named project
            target = next((r for r in self.starting(m.end(), m.end() + 12) if r.kind == "Project"), None)
            sent = sentence_at(t, m.start())
            grantee = [r for r in self.within(sent.start, m.start(), {"Organisation"}) if not t[r.end:m.start()].strip()]
            if target is not None and grantee and re.fullmatch(
                    r"[ \t]*(?:[a-zåäö-]*(?:projektet|satsningen|programmet|piloten|förstudien)[ \t]+)?",
                    t[m.end():target.start]):
                self.add(grantee[-1].key, "participatesIn", target.key, grantee[-1].start, target.end,
                         "participates.granted", 0.6)
        for m in BEHIND.finditer(t):
            # "Bakom projektet står A, B och C", "A och B står bakom satsningen X": the bodies behind an initiative
            sent = sentence_at(t, m.start())
            if m.group("what") is not None:
                named = self.within(m.start("what"), m.end("what"), {"Project", "CollaborationForum"})
                orgs = self._org_list(m.end(), sent.end)
            else:
                named = self.within(m.end(), sent.end, {"Project", "CollaborationForum"})[:1]
                listed = self._org_list(sent.start, m.start())  # "Region Skåne och Malmö stad står bakom …"
                orgs = listed if listed and not t[listed[-1].end:m.start()].strip() else []
            definite = DEFINITE_SUBJECT.match(t, m.start("what") if m.group("what") is not None else m.end())
            target = named[0] if named else self.page_project_before(m.start()) if definite else None
            for org in orgs if target is not None else ():
                if org.kind == "Organisation":
                    self.add(org.key, "participatesIn", target.key, m.start(), org.end, "participates.behind", 0.65)
        for m in MAKE_UP.finditer(t):
            # "Det är undersköterskorna A och B som utgör Trygg hemgång": the people the team is made of
            target = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind in ("Project", "CollaborationForum")),
                          None)
            sent = sentence_at(t, m.start())
            if target is not None and re.match(r"\s*Det\s+är\s", t[sent.start:m.start()]):
                for person in self.within(sent.start, m.start(), {"Person"}):
                    self.add(person.key, "participatesIn", target.key, person.start, target.end,
                             "participates.made_of", 0.65)
        for m in RUN_AS_PROJECT_IN.finditer(t):
            # "Sedan 2018 har Trygg hemgång funnits som projekt i Hagfors kommun": the municipality runs it
            org = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"
                        and r.subtype in ("Region", "Municipality")), None)
            sent = sentence_at(t, m.start())
            named = [r for r in self.starting(sent.start, m.start()) if r.kind == "Project"]
            target = named[-1] if named else self.page_project() if re.match(r"\s*Det\s", t[sent.start:m.start()]) \
                else None
            if org is not None and target is not None:
                self.add(org.key, "participatesIn", target.key, m.start(), org.end, "participates.run_by", 0.6)
        for m in TOGETHER.finditer(t):
            sent = sentence_at(t, m.start())
            named = {r.key: r for r in self.within(sent.start, sent.end, {"Project", "CollaborationForum"})}
            if not named and BARE_CUE.search(t, sent.start, m.start()):
                # "X har genomfört ett pilotprojekt tillsammans med Y. Projektet går under namnet Z": the next
                # sentence names it
                after = SPACE.match(t, sent.end).end()
                nxt = sentence_at(t, after) if BARE_INITIATIVE.match(t, after) else None
                named = {r.key: r for r in self.within(nxt.start, nxt.end, {"Project"}) if r.rule == "project.named_as"} \
                    if nxt else {}
            if len(named) != 1 or re.search(r"(?i)\b(?:inte|intresse)\b", t[sent.start:sent.end]):
                continue
            target = next(iter(named.values()))
            orgs = self._org_list(m.end(), sent.end)
            subject = [r for r in self.within(max(sent.start, m.start() - 40), m.start(), {"Organisation"})
                       if re.fullmatch(r"\s+(?:[a-zåäö]+\s+){0,2}", t[r.end:m.start()] + " ")] or \
                [r for r in self.within(sent.start, m.start(), {"Organisation"}) if RUNS_AFTER.match(t, r.end)]
            for org in orgs + subject[-1:]:
                self.add(org.key, "participatesIn", target.key, sent.start, sent.end, "participates.together", 0.65)
        for m in PARTIES_ARE.finditer(t):
            # ("Samordningsförbundet X bildades … Samverkande parter är A, B och C": else the association just named)
            target = self.field_target(m.start(), 1500) or self._association_before(m.start())
            if target is not None:
                for org in self._org_list(m.end(), sentence_at(t, m.start()).end):
                    self.add(org.key, "participatesIn", target.key, m.start(), org.end, "participates.listed", 0.65)
        for m in (*PARTNERS_ARE.finditer(t), *THE_PROJECT_WITH.finditer(t)):
            # "Projektet …": the last project named by its cue ("Projektet X pågår …"), before any other initiative
            # named on the way (an inquiry the project follows)
            cued = [r for r in self.refs if r.kind == "Project" and r.rule == "project.project" and r.end <= m.start()
                    and not re.match(r"(?i)utredningen", t[r.start:r.end])]
            target = cued[-1] if cued else self.field_target(m.start(), 1500)
            if target is None or target.kind != "Project":
                continue
            sent = sentence_at(t, m.start())
            besides = self.within(m.start(1), m.end(1), {"Organisation"}) if m.re is PARTNERS_ARE and m.group(1) else []
            for org in besides + self._org_list(m.end(), sent.end):
                self.add(org.key, "participatesIn", target.key, m.start(), org.end, "participates.partners", 0.65)
        forums = {r.key: r for r in self.refs if r.kind == "CollaborationForum"}
        for m in PARTIES_OF_THIS.finditer(t) if len(forums) == 1 else ():
            for org in self._org_list(m.end(), sentence_at(t, m.start()).end):
                self.add(org.key, "participatesIn", next(iter(forums)), m.start(), org.end, "participates.listed", 0.6)
        for forum in (r for r in self.refs if r.kind == "CollaborationForum"):
            # "Kommundirektörernas arbetsgrupp; Hans Ek, Arvika kommun, Eva Berg, Storfors kommun": a programme's
            # item, the group that presents it and then its members, on one line
            colon = re.match(r"[ \t]*[:;][ \t]*", t[forum.end:forum.end + 4])
            end = t.find("\n", forum.end)
            members = self.within(forum.end, len(t) if end < 0 else end, {"Person"}) if colon else []
            if len(members) >= 2 and members[0].start == forum.end + colon.end():
                for person in members:
                    self.add(person.key, "participatesIn", forum.key, forum.start, person.end,
                             "participates.forum_members", 0.6)
        for m in BEEN_IN_COLON.finditer(t):
            # "Några av dem som varit med i Karlspiloten: Eva Ek är …, Per Berg är …": everyone the list names
            target = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind in ("Project", "CollaborationForum")),
                          None)
            colon = re.match(r"[ \t]*:", t[target.end:target.end + 4]) if target else None
            if colon:
                sent = sentence_at(t, target.end + colon.end() + 1)
                for person in self.within(target.end + colon.end(), sent.end, {"Person"}):
                    self.add(person.key, "participatesIn", target.key, m.start(), person.end, "participates.listed", 0.65)
        for person in self.refs:
            m = IN_GROUP_OF.match(t, person.end) if person.kind == "Person" else None
            target = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind in ("Project", "CollaborationForum")),
                          None) if m else None
            if target is not None:
                self.add(person.key, "participatesIn", target.key, person.start, target.end, "participates.in_group", 0.65)
        for r in self.refs:  # "Samverkansnämnd för Landstinget Blekinge och Landstinget Kronoberg": a joint body of both
            inside = self.within(r.start, r.end, {"Organisation"}) if r.kind == "CollaborationForum" else []
            if len(inside) >= 2 and re.search(r"\s(?:för|mellan)\s+$", t[r.start:inside[0].start]) and all(
                    re.fullmatch(r"\s*(?:,|och|samt)\s*", t[a.end:b.start]) for a, b in zip(inside, inside[1:])):
                for org in inside:
                    self.add(org.key, "participatesIn", r.key, r.start, r.end, "participates.named_parties", 0.65)
        for title in self.titles:  # "utsetts till ordinarie ledamot i sjukvårdsdelegationen"
            # a vice chair and a secretary sit in the forum too: "1:e vice ordförande i sakområdessamrådet"
            if not title.title.endswith(MEMBER_TITLES + ("sekreterare",)) and not (
                    "vice" in title.title.split() and title.title.endswith("ordförande")):
                continue
            gap = MEMBER_OF.match(t, title.end)
            owner = next((r for r in self.starting(gap.end(), gap.end() + 1) if r.kind == "Organisation"), None) \
                if gap else None
            genitive = re.match(r"(?::s|s)?[ \t]+", t[owner.end:owner.end + 4]) if owner else None
            # "i Sveriges Kommuner och Regioners primärvårdsdelegation": the owner's forum
            at = owner.end + genitive.end() if genitive else gap.end() if gap else None
            article = re.match(r"(?:den|det)[ \t]+(?:(?:nya|nybildade|nystartade)[ \t]+)?", t[at:at + 16]) \
                if at is not None and not owner else None
            at = at + article.end() if article else at  # "ledamot i den politiska referensgruppen"
            forum = next((r for r in self.starting(at, at + 1) if r.kind == "CollaborationForum"), None) \
                if at is not None else None
            if forum is None and owner is not None:  # "ersättare i Region Dalarnas primärvårdsdelegation": named with it
                forum = next((r for r in self.starting(owner.start, owner.start + 1) if r.kind == "CollaborationForum"),
                             None)
            if forum is None:
                continue
            for f in self.facts:
                if f.predicate == "title" and f.start == title.start:
                    self.add(f.subject, "participatesIn", forum.key, title.start, forum.end, "participates.member_title",
                             0.7)
        for m in JOINS.finditer(t):
            sent = sentence_at(t, m.start())
            if re.search(r"(?i)\b(?:inte|aldrig|intresse)\b", t[sent.start:sent.end]):
                continue
            subjects = self._subjects_before(sent.start, m.start())
            if not subjects:
                continue
            target = None
            if re.match(r"\s*där\b", t[m.end():m.end() + 8]):  # "jag sitter med där tillsammans med …"
                target = self.initiative_before(m.start(), 600)
                if target is None:
                    continue
                together = TOGETHER.match(t, m.end() + len(re.match(r"\s*där\s*", t[m.end():]).group(0)))
                if together:
                    subjects = subjects + self._org_list(together.end(), sent.end, ("Person", "Organisation"))
            elif re.search(r"\s(?:i|till|av)\s+$", m.group(0)):
                # ("Region Värmland ingår i Sjukvårdsregion Mellansverige": the regions' own collaboration too)
                # ("Bodens kommun ansluter till Samordningsförbundet X": a federation's members are bodies)
                obj = next((r for r in self.refs if (r.kind in ("Project", "CollaborationForum") or
                                                     r.subtype == "HealthcareRegion" or is_federation(r)) and
                            m.end() <= r.start <= m.end() + 25 and
                            re.fullmatch(r"(?:[\wåäöÅÄÖ:-]+\s+)?", t[m.end():r.start])), None)
                if obj is not None and is_federation(obj) and not all(s.kind == "Organisation" for s in subjects):
                    continue
                if obj is not None and obj.subtype == "HealthcareRegion" and not all(
                        s.kind == "Organisation" and s.subtype == "Region" for s in subjects):
                    continue  # only a region is a member of a healthcare region
                if obj is None and BARE_INITIATIVE.match(t, m.end()):
                    obj = self.initiative_before(m.start(), 600)
                if obj is None:
                    continue
                if obj.kind == "Project" and any(s.kind == "Project" for s in subjects):
                    continue  # a project "ingår i" a project: part_of says so
                target = obj
            elif all(s.kind == "Organisation" for s in subjects):
                target = self.initiative_before(sent.start, 400)  # "Ljungby kommun och Markaryds kommun deltar sedan …"
                if target is None:
                    continue
                subjects += [r for r in self.within(m.end(), sent.end, {"Organisation"})]
            if target is None:
                continue
            for who in subjects:
                if who.kind in ("Person", "Organisation"):
                    self.add(who.key, "participatesIn", target.key, sent.start, sent.end, "participates.joins", 0.65)
        for m in JOINS_INVERTED.finditer(t):  # "Från och med 1 juni ansluter Bodens kommun till Samordningsförbundet X"
            who = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            to = re.match(r"[ \t]+(?:ny[ \t]+)?medlem[ \t]+i[ \t]+" if m.group("become") else r"[ \t]+(?:till|i)[ \t]+",
                          t[who.end:who.end + 16]) if who else None
            obj = next((r for r in self.starting(who.end + to.end(), who.end + to.end() + 1)
                        if r.kind in ("Project", "CollaborationForum") or is_federation(r)), None) if to else None
            if obj is not None and re.search(r"[\w,]\s+$", t[max(0, m.start() - 3):m.start()]):
                self.add(who.key, "participatesIn", obj.key, m.start(), obj.end, "participates.joins", 0.65)
        for m in STARTS.finditer(t):  # "Ronneby kommun har startat en pilot med digitala tillsynsbesök"
            sent = sentence_at(t, m.start())
            # "Våren 2020 startade GR projektet X": the subject after the verb, when the sentence opens otherwise
            inverted = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            gap = re.match(r"[ \t]+", t[inverted.end:]) if inverted else None
            after = inverted.end + gap.end() if gap else m.end()
            obj = next((r for r in self.starting(after, after + 40) if r.kind == "Project"
                        and INITIATIVE_GAP.fullmatch(t[after:r.start])), None)
            if obj is None or re.search(r"(?i)\b(?:inte|aldrig)\b", t[sent.start:m.start()]):
                continue
            for who in [inverted] if gap else self._subjects_before(sent.start, m.start()):
                if who.kind == "Organisation":
                    self.add(who.key, "participatesIn", obj.key, sent.start, obj.end, "participates.runs", 0.6)
                elif who.kind == "Person" and re.search(r"(?i)\bdriver|\bdrev", m.group(0)):
                    # "Hon driver utredningen X": a person who drives an initiative leads it
                    self.add(who.key, "leads", obj.key, sent.start, obj.end, "leads.drives", 0.6)
        for m in COOPERATED.finditer(t):  # "Under åren 2019-2022 samverkade A och B samt C i ett projekt kallat X"
            sent = sentence_at(t, m.start())
            # "… i ett projekt kallat X"; "A, B och C arbetar tillsammans för att … genom utvecklingsarbetet X"
            target = next((r for r in self.starting(m.end(), sent.end) if r.kind in ("Project", "CollaborationForum")
                           and re.search(r"(?:^|\s)(?:i|genom)\s", t[m.end():r.start])), None)
            partners = re.match(r"\s+med\s+", t[m.end():m.end() + 8])
            named = self.within(sent.start, m.start(), {"Project", "CollaborationForum"})
            if target is None and partners and named:
                # "I projektet X är A projektägare och samarbetar med B, C och D": the project the sentence opened
                # with; its owner before the verb and the partners after it
                for org in self.within(named[0].end, m.start(), {"Organisation"}) + \
                        self._org_list(m.end() + partners.end(), sent.end):
                    if org.kind == "Organisation":
                        self.add(org.key, "participatesIn", named[0].key, sent.start, org.end,
                                 "participates.cooperated", 0.6)
                continue
            if target is None:
                continue
            who = self._org_list(m.end(), target.start) or [
                r for r in self._subjects_before(sent.start, m.start()) if r.kind == "Organisation"]
            for org in who:
                self.add(org.key, "participatesIn", target.key, sent.start, target.end, "participates.cooperated", 0.65)
        for m in IS_OWNER.finditer(t):
            # "Projektet heter ”X”. … Almi Företagspartner AB är projektägare": the owner takes part in the project
            # the text is about; "(där) Vingåkers kommun är projektägare"
            owner = next((r for r in self.within(m.start() - 120, m.start(), {"Organisation"})
                          if re.fullmatch(r"[ \t]+", t[r.end:m.start()])), None)
            sent = sentence_at(t, m.start())
            # "Projektet är ett samverkansprojekt där X är projektägare": "Projektet" is the page's own
            anaphor = re.match(r"[ \t]*Projektet[ \t]", t[sent.start:m.start()])
            target = anaphor and self.page_project_before(m.start()) or self.field_target(m.start())
            if owner is not None and target is not None and target.kind == "Project":
                self.add(owner.key, "participatesIn", target.key, owner.start, m.end(), "participates.owner", 0.6)
        for m in CONSISTS_OF.finditer(t):  # "Pilotens styrgrupp består av A, B och en representant för C"
            sent = sentence_at(t, m.start())
            head = t[sent.start:m.start()]
            owner = re.search(r"(?i)\b(?:pilotens|projektets|programmets|satsningens|förstudiens)\s+\w+\s*$", head)
            forum = [r for r in self.within(sent.start, m.start(), {"CollaborationForum"})]
            # the subject: "X, som är jämbördig med LGS, består av …" is about X
            target = self.initiative_before(m.start(), 600) if owner else (forum[0] if forum else None)
            # "Norra sjukvårdsregionförbundet är ett kommunalförbund som består av Region Norrbotten, …": its members
            federation = next((r for r in self.within(sent.start, m.start(), {"Organisation"}) if is_federation(r) or
                               IS_FEDERATION.match(t, r.end)), None) if target is None and not owner else None
            if federation is not None and ":" not in m.group("colon"):
                for org in self._org_list(m.end(), sent.end):
                    if org.kind == "Organisation" and org.subtype in ("Region", "Municipality"):
                        self.add(org.key, "participatesIn", federation.key, m.start(), org.end,
                                 "participates.federation_members", 0.6)
                continue
            bare = re.search(r"(?:^|[\s•·▪*–-])([A-ZÅÄÖ][a-zåäö]+?)(?:en|et)\s+(?:ska\s+|skall\s+|kommer\s+att\s+)?$", head)
            if target is None and bare:  # "Styrgruppen ska bestå av:" on the page of "Styrgrupp hälso- och …"
                target = self._group_named(bare.group(1), m.start())
            if target and ":" in m.group("colon"):
                # "Styrgruppen ska bestå av: Kommunstyrelsens presidium: ordföranden A (s), …": everyone the block lists
                end = next((b.end for b in self.text.blocks if b.start <= m.start() < b.end), sent.end)
                for who in self.within(m.end(), end, {"Person"}):
                    self.add(who.key, "participatesIn", target.key, m.start(), who.end, "participates.members", 0.65)
            elif target:
                listed = self._org_list(m.end(), sent.end, ("Person", "Organisation"))
                # ("Gruppen består av A från räddningstjänsten, B från anhörigstöd samt C, verksamhetschef …": each
                # person the sentence names, whatever is said of each)
                keys = {x.key for x in listed}
                people = [r for r in self.within(m.end(), sent.end, {"Person"}) if r.key not in keys]
                for who in [*listed, *people] if listed and listed[0].kind == "Person" else listed:
                    self.add(who.key, "participatesIn", target.key, m.start(), who.end, "participates.members", 0.65)
        for r in self.refs:
            m = WHERE_MEET.match(t, r.end) if r.kind == "CollaborationForum" else None
            for org in self._org_list(m.start(1), m.end(1)) + self._org_list(m.start(2), m.end(2)) if m else ():
                self.add(org.key, "participatesIn", r.key, r.start, org.end, "participates.meet_there", 0.65)
        for block in self.text.blocks:  # "• Brukarrådet för nära vård – PRO, SPF Seniorerna och RSMH"
            if block.kind != "bullet":
                continue
            first = next(iter(self.within(block.start, block.end)), None)
            if not first or first.kind not in ("Project", "CollaborationForum") or \
                    t[block.start:first.start].strip("•▪*–- \t"):
                continue
            dash = re.match(r"\s+[–-]\s+(?:(?:pilot|piloter|test|tester)\s+i\s+)?", t[first.end:block.end])
            if dash:
                for org in self._org_list(first.end + dash.end(), block.end):
                    self.add(org.key, "participatesIn", first.key, block.start, org.end, "participates.listed", 0.65)
        for block in self.text.blocks:  # "Mobila Teamet i Sandviken: Eva Ek, sjuksköterska (…), Bo Ek, läkare (…)"
            first = next(iter(self.within(block.start, block.end)), None)
            colon = re.match(r"[ \t]*:[ \t]*", t[first.end:block.end]) if first and first.kind in (
                "Project", "CollaborationForum") and not t[block.start:first.start].strip() else None
            if not colon:
                continue
            end = re.search(r"(?:Foto|Bild|Text)[ \t]*:|[.!?](?:[ \t]|$)", t[first.end:block.end])
            end = first.end + end.start() if end else block.end
            members = self.within(first.end, end, {"Person"})
            if len(members) >= 2:  # a caption naming the team's members
                for who in members:
                    self.add(who.key, "participatesIn", first.key, block.start, who.end, "participates.listed_member",
                             0.6)

    def joint_committee_parties(self) -> None:
        """ "Landstinget Halland samt Falkenbergs, … och Halmstads kommuner har överenskommit om att inrätta en
        gemensam nämnd kallad Patientnämnden Halland": the bodies that set up a joint committee take part in it; where
        the sentence gives it no name ("… har inrättat en gemensam nämnd"), it is the one the page is about."""
        t = self.text.text
        for m in JOINT_COMMITTEE.finditer(t):
            sent = sentence_at(t, m.start())
            verb = re.search(r"(?<![\w-])(?:har|hade|ska|kommer)(?![\w-])", t[sent.start:m.start()])
            if verb is None:
                continue
            parties = [r for r in self.within(sent.start, sent.start + verb.start(), {"Organisation"})
                       if r.subtype in ("Region", "Municipality")]
            called = re.match(r"[ \t]+(?:kallad|benämnd|med[ \t]+namnet)[ \t]+", t[m.end():m.end() + 20])
            target = next((r for r in self.starting(m.end() + called.end(), m.end() + called.end() + 1)
                           if r.kind in ("Organisation", "CollaborationForum")), None) if called else \
                self.page_forum(m.start())
            if target is None or len({r.key for r in parties}) < 2:
                continue
            for r in parties:
                self.add(r.key, "participatesIn", target.key, r.start, m.end(), "participates.joint_committee", 0.65)

    def sole_initiative_joiners(self) -> None:
        """ "Från Gotland deltar regiondirektör Eva Ek och …", "I dialogen medverkar politiker … från Region X": on a
        page about one forum or project, whoever the sentence says takes part, and the organisations they come
        from."""
        t = self.text.text
        named = [r.key for r in self.refs if r.kind in ("Project", "CollaborationForum")]
        if len(set(named)) != 1 or len(named) < 2:
            return  # one initiative, named more than once: what the page is about
        target = named[0]
        for m in TAKES_PART.finditer(t):
            sent = sentence_at(t, m.start())
            if sent.start != m.start() or re.search(r"(?i)\b(?:inte|ej)\b", t[sent.start:sent.end]):
                continue
            for person in self.within(m.end(), sent.end, {"Person"}):
                self.add(person.key, "participatesIn", target, sent.start, person.end, "participates.takes_part", 0.6)
            for at in re.finditer(r"(?<![\w-])från[ \t]+", t[m.end():sent.end]):
                for org in self._org_list(m.end() + at.end(), sent.end):
                    if org.subtype in ("Region", "Municipality"):
                        self.add(org.key, "participatesIn", target, sent.start, org.end, "participates.takes_part", 0.6)

    def _group_named(self, stem: str, before: int) -> Ref | None:
        """The forum a capitalised definite group word ("Styrgruppen") opening a sentence points at: one whose
        name starts with that word, the one the page's heading names if it does."""
        named = [r for r in self.refs if r.kind == "CollaborationForum" and r.start < before
                 and r.key[1].casefold().startswith(stem.casefold() + " ")]
        if not named:
            # "… en särskild grupp, fallförebyggande styrgruppen, som … Gruppen består av A, B och C": the group just
            # named whose word ends in it
            word = re.compile(rf"{re.escape(stem.casefold())}(?:en|et)?(?![\w-])")
            near = [r for r in self.refs if r.kind == "CollaborationForum" and before - 400 <= r.start < before
                    and word.search(r.key[1].casefold())]
            return near[-1] if near else None
        heading = self.text.blocks[2].end if len(self.text.blocks) > 2 else len(self.text.text)
        return next((r for r in named if r.start < heading), named[-1] if named else None)

    def _subjects_before(self, start: int, verb: int) -> list[Ref]:
        """Who a verb is said of: the names right before it ("A och B deltar"), or the speaker ("jag", "vi")."""
        t = self.text.text
        head = t[start:verb]
        pronoun = re.search(r"(?i)(?:^|\s)(jag|vi)\s+(?:har\s+|är\s+)?(?:också\s+|även\s+)?$", head)
        if pronoun:
            speaker = self.speaker_at(verb)
            if not speaker:
                return []
            if pronoun.group(1).casefold() == "jag":
                return [Ref(verb, verb, "Person", speaker, "speaker")]
            employer = self.employer_of(speaker)
            return [Ref(verb, verb, "Organisation", employer, "speaker")] if employer else []
        if re.fullmatch(r"(?is).*?(?:^|[.!?]\s+)(?:hon|han)\s+(?:har\s+|är\s+)?(?:också\s+|även\s+)?", head):
            before = sentence_at(t, start - 2) if start >= 2 else None
            earlier = [r for r in self.within(before.start, start, {"Person"}) if r.rule != "person.speaker_label"] \
                if before else []
            # "Hon sitter också i …": the one person the sentence before was about
            return [earlier[-1]] if earlier and len({r.key for r in earlier}) == 1 else []
        refs = [r for r in self.within(start, verb) if r.kind in ("Person", "Organisation", "Project")]
        # "Marie Berg (M) kommer att leda", "A (S) och B (M) deltar": a party's letters stand with the name
        # ("Falu och Borlänge kommuner ska driva": the plural noun the listed places share)
        # ("Leksands kommun vill fortsätta att vara en del av X": the auxiliaries before the verb)
        if not refs or not re.fullmatch(rf"{PARTY_ASIDE}(?:\s+(?:kommuner|regioner)(?=\s))?\s*(?:,?\s*som\s+{SOM_ADVERBIAL})?"
                                        rf"(?:också|även|själv|nu|numera)?\s*{AUXILIARIES}",
                                        t[refs[-1].end:verb]):  # "… förutom Lisa Berg som arbetar på X"
            # "Eva Ek, undersköterska i Tierps kommun, deltar i …": she is, not the aside about her
            aside = next((r for r in reversed(refs) if r.kind == "Person" and re.fullmatch(
                rf"{PARTY_ASIDE}\s*,[^,.!?\n]{{2,80}}?,\s*(?:och\s+)?(?:också|även|själv)?\s*", t[r.end:verb])), None)
            if aside:
                return [aside]
            # "Bo Ek är läkare på Mora lasarett och arbetar i …": the sentence's subject, the verbs joined by "och"
            first = refs[0] if refs else None
            joined = first is not None and first.kind == "Person" and re.fullmatch(r"\s*", t[start:first.start]) and \
                not any(r.kind == "Person" and r.key != first.key for r in refs) and \
                re.fullmatch(r"\s+(?:är|var)\s+[^.!?\n]*?\s+och\s+(?:också\s+|även\s+)?", t[first.end:verb])
            return [first] if joined else []
        out = [refs[-1]]
        for r in reversed(refs[:-1]):
            if re.fullmatch(rf"{PARTY_ASIDE}\s*(?:,|och|samt)\s*", t[r.end:out[0].start]) and r.kind == out[0].kind:
                out.insert(0, r)
            else:
                break
        return out

    def attendance(self) -> None:
        """Minutes: the people under "Närvarande" take part in the forum whose meeting it is; "(ordförande)" chairs it."""
        t = self.text.text
        m = ATTENDANCE.search(t)
        if not m:
            return
        # (not "Lokala arbetsgrupper" opening a page on one of them: a kind of group, named in the plural)
        forums = [r for r in self.refs if r.kind == "CollaborationForum" and r.start < m.start() and
                  not PLURAL_GROUP.search(r.key[1])]
        boards = {r.key: r for r in self.refs if r.kind == "Organisation" and is_board(r.key[1])}
        label_end = t.find("\n", m.start())
        # "Ledamöter styrgrupp": the label names the group
        labelled = self.within(m.start(), len(t) if label_end < 0 else label_end, {"CollaborationForum"})
        if not labelled and not forums and len(boards) != 1:
            return
        # (else the minutes of the forum named first, or of the one board they name)
        # "Minnesanteckningar från sammanträde med Skogsgruppen i Luleå Deltagande …": the forum the line names
        # just before the label
        line_start = t.rfind("\n", 0, m.start()) + 1
        named = [r for r in forums if r.start >= max(line_start, m.start() - 150) and MEETING_OF.search(
            t, max(line_start, r.start - 40), r.start)]
        forum = (labelled[0] if labelled else named[-1] if named else forums[0] if forums
                 else next(iter(boards.values())))
        stop = ABSENT.search(t, m.end())
        end = stop.start() if stop else min(len(t), m.end() + 2000)
        people = [r for r in self.within(m.end(), end, {"Person"})]
        line_end = t.find("\n", m.end())
        inline = [r for r in people if line_end < 0 or r.end <= line_end]
        if len(inline) >= 2 and line_end >= 0 and "\n\n" in t[line_end:line_end + 3]:
            # "Närvarande från BA: A, B, C" on a line of its own: the list ends with its line, and who speaks under
            # the items after it did not sit there
            end = line_end
            people = inline
        for i, r in enumerate(people):
            if re.search(r"\b(?:ersätter|ers\.?[ \t]+för)[ \t]+$", t[max(m.end(), r.start - 12):r.start]):
                continue  # "Britta Berg PRO ersätter Hasse Ek", "tjg ers för Eva Ek": the one replaced was not there
            self.add(r.key, "participatesIn", forum.key, r.start, r.end, "participates.attendance", 0.7)
            sender = next((o for o in self.starting(r.end, r.end + 3) if o.kind == "Organisation"
                           and o.rule not in ("organisation.email_domain", "organisation.document_region")
                           and r.rule != "person.email" and re.fullmatch(r"[ \t]+", t[r.end:o.start])), None)
            if sender is not None:  # "Hasse Berg PRO Eva Ek SPF": the organisation each member comes from takes part
                self.add(sender.key, "participatesIn", forum.key, r.start, sender.end, "participates.attendance", 0.65)
            upto = people[i + 1].start if i + 1 < len(people) else end
            # "Linda Berg, ordförande Norra hälso- och sjukvårdsnämnden" chairs that board, not this forum
            # ("Eva Ek (S) ordförande, Bo Ek (M) …": her party's letters, then the chair)
            chair = re.search(r"\((?:ordförande|ordf\.?)\)|,\s*ordförande\b|^[ \t]*\([A-ZÅÄÖa-zåäö]{1,3}\)[ \t]*,?[ \t]*"
                              r"ordförande\b", t[r.end:upto])
            # (where a PDF ran the rows together, the next member's name follows her title: "…, ordförande Eva Ek, C")
            if chair and (not CHAIR_OF_OTHER.match(t, r.end + chair.end()) or not t[r.end + chair.end():upto].strip()):
                self.add(r.key, "leads", forum.key, r.start, upto, "leads.chair_listed", 0.7)

    def inquiry_members(self) -> None:
        """A government inquiry's preface: who "förordnades att vara särskild utredare" leads the inquiry, the
        experts, advisers and secretaries "i utredningen" take part in it (the one inquiry the document names)."""
        t = self.text.text
        inquiries = {r.key for r in self.refs if r.rule == "project.inquiry"}
        if len(inquiries) != 1:
            return
        inquiry = next(iter(inquiries))
        # "Den 11 mars 2024 entledigades Bo Ek och Eva Ek": relieved since, no longer in it
        relieved = {r.key for m in re.finditer(r"\bentledigades[ \t]+", t)
                    for r in self.within(m.end(), sentence_at(t, m.end()).end, {"Person"})}
        # ("Malin Ek entledigades den 19 januari": the one named just before it)
        relieved |= {r.key for m in re.finditer(r"(?<=[ \t])entledigades\b", t)
                     for r in self.within(max(0, m.start() - 60), m.start(), {"Person"})
                     if re.fullmatch(r"[ \t]+", t[r.end:m.start()])}
        for m in INQUIRY_ROLE.finditer(t):
            start = sentence_at(t, m.start()).start
            # (a list of experts runs longer than a sentence is let to: it ends at the full stop after a word or a
            # bracket, within its line)
            line_end = line_at(t, m.end()).end
            stop = FULL_STOP.search(t, m.end(), line_end)
            end = max(sentence_at(t, m.start()).end, stop.end() if stop else line_end)
            for r in self.within(start, end, {"Person"}):
                if r.key in relieved:
                    continue
                if m.group("lead"):
                    self.add(r.key, "leads", inquiry, start, end, "leads.inquiry_chair", 0.7)
                else:
                    self.add(r.key, "participatesIn", inquiry, start, end, "participates.inquiry", 0.7)

    def project_staff(self) -> None:
        """ "Eva Ek, projektmedarbetare i EU-projektet X", "Bo Berg arbetar 50 procent i projektet": who works in a
        project takes part in it."""
        t = self.text.text
        for f in [f for f in self.facts if f.predicate == "title" and f.object.split()[-1] in PROJECT_STAFF]:
            m = IN_PROJECT.match(t, f.end)
            # (the project's mention may open with its cue: "EU-projektet X")
            project = next((r for r in self.starting(f.end, m.end() + 1) if r.kind == "Project"), None) if m else None
            if project is not None:
                self.add(f.subject, "participatesIn", project.key, f.start, project.end, "participates.project_staff",
                         0.65)
        for m in PROJECT_PEOPLE.finditer(t):
            # "Övriga resurser i förstudien har varit; A, titel X, B, Y": the page's project's people, listed after
            project = self.page_project_before(m.start())
            sent = sentence_at(t, m.start())
            # ("… C arbetsterapeut För mer information eller kontakt: Eva Ek": the next field, after its colon)
            colon = t.find(":", m.end(), sent.end)
            for person in self.within(m.end(), sent.end if colon < 0 else colon, {"Person"}) if project is not None else ():
                self.add(person.key, "participatesIn", project.key, m.start(), person.end, "participates.project_staff",
                         0.6)
        for m in WORKS_IN_PROJECT.finditer(t):
            sent = sentence_at(t, m.start())
            who = [r for r in self.within(sent.start, m.start(), {"Person"}) if r.rule != "person.speaker_label"]
            project = self.initiative_before(m.start(), 1200)
            if len({r.key for r in who}) == 1 and project is not None and project.kind == "Project":
                self.add(who[0].key, "participatesIn", project.key, who[0].start, m.end(), "participates.project_staff",
                         0.6)

    def initiative_before(self, offset: int, reach: int = 600) -> Ref | None:
        """The project or forum the text was last about ("Projektet är ett samarbete …")."""
        before = [r for r in self.starting(offset - reach, offset) if r.kind in ("Project", "CollaborationForum")
                  and r.rule not in ("forum.bare_reference",)]
        return before[-1] if before else None

    def field_target(self, offset: int, reach: int = 600) -> Ref | None:
        """What a field ("Projektägare:", "Styrgrupp:") belongs to: the initiative just named, or else the
        one the page is about, named before the field and more often than any other."""
        near = self.initiative_before(offset, reach)
        if near:
            return near
        return self.page_project_before(offset)

    def _association_before(self, offset: int, reach: int = 300) -> Ref | None:
        """The association ("Samordningsförbundet X", "Kommunalförbundet Y") named last just before ``offset``."""
        named = [r for r in self.within(max(0, offset - reach), offset, {"Organisation"})
                 if "förbund" in r.key[1].casefold() and " " in r.key[1]]
        return named[-1] if named else None

    @cached_property
    def _page_project(self) -> Ref | None:
        titled = next((r for r in self.refs if r.rule == "project.page_title"), None)
        if titled is not None:
            return titled
        if self.text.blocks and (first := self.text.blocks[0]).end - first.start <= 150:
            # "50 miljoner till samverkansprojektet X": the one project a page's headline names is the page's
            headline = {r.key: r for r in self.within(first.start, first.end, {"Project"})}
            if len(headline) == 1:
                return next(iter(headline.values()))
        mentions: dict[tuple[str, str], list[Ref]] = {}
        for r in self.refs:
            if r.kind == "Project":
                mentions.setdefault(r.key, []).append(r)
        ranked = sorted(mentions.values(), key=len, reverse=True)
        if ranked and len(ranked[0]) >= 2 and (len(ranked) == 1 or len(ranked[0]) > len(ranked[1])):
            return ranked[0][0]
        return None

    def only_project(self, before: int) -> Ref | None:
        """The one project the document names, if it names exactly one and names it before ``before``."""
        projects = [r for r in self.refs if r.kind == "Project"]
        if len({r.key for r in projects}) == 1 and projects[0].start < before:
            return projects[0]
        return None

    def page_project(self) -> Ref | None:
        """The project a page names most, at its first mention; None when no project stands out."""
        return self._page_project

    def page_project_before(self, offset: int) -> Ref | None:
        """The page's project, when the page has named it before ``offset``."""
        main = self._page_project
        return main if main is not None and main.start < offset else None

    def owned_board_after(self, owner: Ref) -> Ref | None:
        """The board or administration a region or municipality's name owns in the genitive right after it
        ("Region Värmlands hälso- och sjukvårdsnämnd", "Region Örebro läns …", whose name may stop before "läns")."""
        if owner.subtype not in ("Region", "Municipality"):
            return None
        t = self.text.text
        return next((r for r in self.starting(owner.end, owner.end + 9) if r.rule == "organisation.owned_board"
                     and re.fullmatch(r"(?:[ \t]+läns|s)?[ \t]+", t[owner.end:r.start])), None)

    def profile_fields(self) -> None:
        """A profile's fields: "Namn: Anna Berg ⏎ Yrke: Sjuksköterska ⏎ Arbetsplats: Uppsala kommun"."""
        t = self.text.text
        for m in PROFILE_NAME.finditer(t):
            person = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Person"), None)
            line = t.find("\n", m.end()) + 1 if person is not None else 0
            while line > 0:  # the fields stand one a line, right under the name, up to the first line that is none
                if t.startswith("\n", line):  # (one blank line between fields: each its own paragraph)
                    line += 1
                field = PROFILE_FIELD.match(t, line)
                if field is None:
                    break
                at, end = field.end(), t.find("\n", field.end())
                end = len(t) if end < 0 else end
                label = field.group(1).casefold()
                title = next((x for x in self.titles if x.start == at), None) if label in PROFILE_TITLES else None
                if title is not None:
                    self.add(person.key, "title", title.title, title.start, title.end, "title.profile", 0.7)
                if label in PROFILE_EMPLOYERS:
                    for org in self.within(at, end, {"Organisation"}):
                        self.add(person.key, "worksFor", org.key, org.start, org.end, "employer.profile", 0.7)
                line = end + 1 if end < len(t) else 0

    def labelled_lines(self) -> None:
        """Fact boxes and slides: "Projektledare: Anna Berg", "Parter: A, B och C", "Pilot i A och B"."""
        t = self.text.text
        for m in LABEL_LINE.finditer(t):
            label = re.sub(r"parters$", "parter", m.group("label").casefold())  # "Samverkansparters" is common
            if m.group("alone") is not None and ":" not in m.group("alone") and label not in PARTY_LABELS:
                continue  # "Ordförande" alone on a line is a card's title; "Parter" alone is a heading
            target = self.field_target(m.start(), 400)
            if not target and label in CHAIR_TITLES:  # "Ordförande: X" signing the minutes of the page's group
                target = self.page_forum(m.start())
            if not target:
                continue
            end = t.find("\n", m.end())
            end = len(t) if end < 0 else end
            field = NEXT_FIELD.search(t, m.end(), end)
            if field:  # "Projektägare: Anna Berg, X Författare: …": up to the next field
                end = field.start()
            elif t[t.rfind("\n", 0, m.start()) + 1:m.start()].strip(" \t•▪*–-"):
                end = min(end, m.end() + 80)  # a label inside a run-together line reaches no further than its value
            if m.group("alone") is not None:  # "Projektledare:" on a line of its own, the names in the paragraph below
                below = next((b for b in self.text.blocks if b.start > m.end()), None)
                if below is None or below.kind == "bullet":
                    continue
                if label not in PARTY_LABELS and label not in TRIAL_LABELS:
                    people = []  # each paragraph below that opens with a name, a contact card each
                    for b in self.text.blocks:
                        if b.start < below.start:
                            continue
                        inside = self.within(b.start, b.end, {"Person"})
                        if not inside or inside[0].start != b.start:
                            break
                        people += inside
                    for person in people:
                        if label in CONTACT_LABELS:
                            self.add(person.key, "participatesIn", target.key, m.start(), person.end,
                                     "participates.contact", 0.6)
                            continue
                        self.add(person.key, "leads", target.key, m.start(), person.end, "leads.labelled", 0.7)
                        if label not in ("ansvarig", *CHAIR_TITLES):
                            self.add(person.key, "title", label, m.start(), m.start() + len(m.group("label")),
                                     "title.labelled", 0.65)
                    continue
                end = below.end
            if label in PARTY_LABELS or label in TRIAL_LABELS:
                orgs = self.within(m.end(), end, {"Organisation"})
                # ("Projektägare är Landstingsdirektör Bo Ek och …": the label and its copula, the owners after it)
                copula = re.match(r"är[ \t]+", t[m.end():]) if label == "projektägare" else None
                value = m.end() + (copula.end() if copula else 0)
                owner = next((r for r in self.starting(value, value + 1) if r.kind == "Person"), None)
                if owner is None and copula:
                    owner = next(iter(self.within(value, sentence_at(t, value).end, {"Person"})), None)
                if label == "projektägare" and owner is not None:
                    # "Projektägare: Anna Berg, Utvecklingsavdelningen NLL": her role, her unit, and its organisation
                    # owns the project; she takes part in it, and so does each owner named with her ("Projektägare:
                    # Eva Ek, enhetschef Täby, och Bo Berg, socialchef Vallentuna")
                    owners = [owner, *(r for r in self.within(owner.end, min(end, sentence_at(t, owner.start).end),
                                                              {"Person"}) if r.key != owner.key)]
                    for who in owners:
                        self.add(who.key, "title", label, m.start(), who.end, "title.labelled", 0.7)
                        self.add(who.key, "participatesIn", target.key, m.start(), who.end, "participates.owner", 0.65)
                    if orgs and re.fullmatch(r"[ \t]*,[ \t]*", t[owner.end:orgs[0].start]):
                        self.add(owner.key, "worksFor", orgs[0].key, owner.start, orgs[0].end, "employer.labelled", 0.7)
                    for unit, whole in zip(orgs, orgs[1:]):
                        if unit.subtype == "OrganisationalUnit" and whole.subtype != "OrganisationalUnit" and \
                                re.fullmatch(r"[ \t]+", t[unit.end:whole.start]):
                            self.add(unit.key, "partOf", whole.key, unit.start, whole.end, "part_of.unit_in", 0.7)
                    orgs = [o for o in orgs if o.subtype != "OrganisationalUnit"]
                for org in orgs:
                    self.add(org.key, "participatesIn", target.key, m.start(), org.end, "participates.listed", 0.7)
                continue
            person = next(iter(self.within(m.end(), min(end, m.end() + 60), {"Person"})), None)
            if person is None or (":" not in m.group(0) and person.start != m.end()):
                continue  # "Ordförande i rådet är X" is a sentence, not a label
            for person in (person, *self._cards_below(person)):
                if label in CONTACT_LABELS:
                    self.add(person.key, "participatesIn", target.key, m.start(), person.end, "participates.contact",
                             0.6)
                    continue
                self.add(person.key, "leads", target.key, m.start(), person.end, "leads.labelled", 0.75)
                if label not in ("ansvarig", *CHAIR_TITLES):
                    self.add(person.key, "title", label, m.start(), m.start() + len(m.group("label")),
                             "title.labelled", 0.7)

    def _cards_below(self, person: Ref) -> list[Ref]:
        """ "Projektledare: Eva Ek ⏎ eva.ek@… ⏎⏎ Bo Berg ⏎ bo.berg@…": the cards that follow a label's one name, each a
        name alone over its address or number, hold the label too."""
        t = self.text.text
        blocks = self.text.blocks
        i = next((k for k, b in enumerate(blocks) if b.start <= person.start < b.end), None)
        if i is None or t[person.end:blocks[i].end].strip():
            return []
        cards = []
        for b in blocks[i + 1:]:
            if CONTACT_LINE.match(t, b.start, b.end):  # the card's address, number or "Telefon …"
                continue
            inside = self.within(b.start, b.end, {"Person"})
            if len(inside) != 1 or t[b.start:inside[0].start].strip() or t[inside[0].end:b.end].strip():
                break
            cards.append(inside[0])
        return cards

    def forum_rows(self) -> None:
        """ "Sjukvårdsdelegationen: Bo Ek (M), Region Halland": a line that opens with a forum's name and a colon
        names one of its people; under a line about chairs ("förslag till ordförandeposterna:") its chair."""
        t = self.text.text
        blocks = self.text.blocks
        labels = None
        for i, block in enumerate(blocks):
            forum = next((r for r in self.starting(block.start, block.start + 1) if r.kind == "CollaborationForum"),
                         None)
            colon = re.match(r"[ \t]*:[ \t]*", t[forum.end:forum.end + 4]) if forum else None
            person = next((r for r in self.starting(forum.end + colon.end(), forum.end + colon.end() + 1)
                           if r.kind == "Person"), None) if colon else None
            alone = colon is not None and forum.end + colon.end() == block.end  # "Sjukvårdsdelegationen:" on its own
            # the rows under it ("Johan Ek (S), Kalmar kommun - vice ordförande"), each a name, its party, a comma
            rows = [person] if person else []
            for nxt in blocks[i + 1:] if person or alone else ():
                below = next((r for r in self.starting(nxt.start, nxt.start + 1) if r.kind == "Person"), None)
                if below is None or not LISTED_ROW_TAIL.fullmatch(t, below.end, nxt.end):
                    break
                rows.append(below)
            if not rows:
                continue
            labels = labels if labels is not None else [(b.end, line) for _, b, line in self.colon_lines()]
            intro = [line for end, line in labels if forum.start - 800 < end <= forum.start]
            # (the sentence that opens the list, not a chair named earlier in its paragraph)
            if intro and re.search(r"(?i)ordförande|sammankallande", re.split(r"[.!?][ \t]+", intro[-1])[-1]):
                self.add(rows[0].key, "leads", forum.key, forum.start, rows[0].end, "leads.forum_row", 0.65)
                continue
            for row in rows:
                self.add(row.key, "participatesIn", forum.key, forum.start, row.end, "participates.forum_row", 0.6)
                seat = ROW_SEAT_DASH.search(t, row.end, line_at(t, row.start).end)
                if seat is None:
                    continue
                # "Roland Ek (C), Mönsterås kommun - ordförande": the seat the row holds in the group
                self.add(row.key, "title", seat.group(1), seat.start(1), seat.end(1), "title.forum_row", 0.6)
                if seat.group(1) in CHAIR_TITLES:
                    self.add(row.key, "leads", forum.key, forum.start, seat.end(1), "leads.forum_row", 0.6)

    def page_roster(self) -> None:
        """ "Möt Mora kommuns krisledningsgrupp", a paragraph about it, then "Peter Ek – Kommundirektör" row after row:
        the first people a group's own page lists, each on a line with a dash and a post, sit in the group; in a
        body's own management group ("… kommuns ledningsgrupp") they are its staff."""
        t = self.text.text
        blocks = self.text.blocks
        forum = self.page_forum(len(t)) if blocks else None
        if forum is None:
            return
        rows = []
        for block in blocks[1:]:
            person = next(iter(self.within(block.start, block.end, {"Person"})), None)
            if person is not None and person.start == block.start and DASH_POST_ROW.fullmatch(t, person.end, block.end):
                rows.append(person)
                continue
            if rows or person is not None or any(r.kind in ("CollaborationForum", "Project") and r.key != forum.key
                                                 for r in self.within(block.start, block.end)):
                break  # the rows end, or a name or another group comes before them
        if len(rows) < 3:
            return
        owner = next((r for r in self.within(forum.start, forum.end, {"Organisation"})
                      if r.subtype in ("Region", "Municipality")), None) \
            if re.search(r"(?i)ledningsgrupp(?:en)?$", forum.key[1]) else None
        for person in rows:
            self.add(person.key, "participatesIn", forum.key, forum.start, person.end, "participates.page_roster", 0.6)
            if owner is not None:
                self.add(person.key, "worksFor", owner.key, forum.start, person.end, "employer.page_roster", 0.6)

    def group_members(self) -> None:
        """ "Styrgrupp: Anna Berg, socialchef, X kommun (ordförande) Bo Ek, …": the members of a project's
        own group take part in the project."""
        t = self.text.text
        blocks = self.text.blocks
        for i, block in enumerate(blocks):
            # "Framtagna av projektgrupp Säker Dos i Västerbotten" above its rows: the group named by its project
            named = next((r for r in self.within(block.start, block.end, {"Project"})
                          if PROJECT_GROUP.search(t, max(block.start, r.start - 30), r.start)), None)
            if block.kind == "bullet" or not (named or GROUP_LABEL.match(t, block.start) or block.kind == "heading" and
                                              GROUP_HEADING.fullmatch(t[block.start:block.end].strip())):
                continue
            target = named or self.field_target(block.start, 1500)
            if target is None or target.kind != "Project":
                continue
            members = [(r, block) for r in self.within(block.start, block.end, {"Person"})]
            for nxt in self.items_after(i):
                members += [(r, nxt) for r in self.within(nxt.start, nxt.end, {"Person"})][:1]
            for r, row in members:
                self.add(r.key, "participatesIn", target.key, block.start, r.end, "participates.group_member", 0.6)
                if row is not block and CHAIR_ROW.search(t, r.end, row.end):  # "Bo Ek, direktör - ordförande"
                    self.add(r.key, "leads", target.key, block.start, row.end, "leads.group_chair", 0.6)
                if row is not block and LEAD_ROW.search(t, r.end, row.end):  # "Eva Ek, apotekare, X (projektledare)"
                    self.add(r.key, "leads", target.key, block.start, row.end, "leads.listed_project_lead", 0.6)

    def represented_by(self) -> None:
        """ "Ängelholms kommun representeras i styrgruppen av Olle Berg": Olle works for the municipality
        and, when the group is the project's own, takes part in the project."""
        t = self.text.text
        for org in self.refs:
            m = REPRESENTED.match(t, org.end) if org.kind == "Organisation" else None
            person = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Person"), None) if m else None
            seats = (m and not m.group("group")) or (org.kind == "Organisation" and SEATS_FILLED.match(t, org.end))
            forum = self.section_forum(org.start) if seats and person is None else None
            if forum is not None and forum.kind == "CollaborationForum" and forum.key != org.key:
                # under the heading "Välfärdsrådet": "Regionens ledamöter utgörs av presidiet i nämnden",
                # "Kommunerna representeras av socialcheferna": who fills the group's seats sits in it
                self.add(org.key, "participatesIn", forum.key, org.start, org.end, "participates.seats_filled", 0.6)
            if person is None:
                continue
            self.add(person.key, "worksFor", org.key, org.start, person.end, "employer.represents", 0.6)
            group = m.group("group")
            if group and GROUP_LABEL.fullmatch(group + ":"):
                target = self.field_target(org.start, 1500)
                if target is not None and target.kind == "Project":
                    self.add(person.key, "participatesIn", target.key, org.start, person.end,
                             "participates.group_member", 0.6)

    def run_in_members(self) -> None:
        """ "Ordinarie ledamöter: Ordförande Eva Ek (M) Ekby, Bo Berg (S) Åby, …" and "Ersättare: …" as a paragraph
        of its own, just after one that names the group (or on the group's page): everyone it names sits in that
        group, and the one written after "Ordförande" chairs it."""
        t = self.text.text
        blocks = self.text.blocks
        for i, block in enumerate(blocks):
            label = RUN_IN_MEMBERS.match(t, block.start, block.end)
            if not label:
                continue
            near = {r.key: r for b in blocks[max(0, i - 3):i] for r in self.within(b.start, b.end, {"CollaborationForum"})}
            forum = next(iter(near.values())) if len(near) == 1 else None if near else self.page_forum(block.start)
            if forum is None:
                continue
            for person in self.within(label.end(), block.end, {"Person"}):
                self.add(person.key, "participatesIn", forum.key, block.start, person.end, "participates.run_in", 0.6)
                if CHAIR_BEFORE.search(t, max(block.start, person.start - 12), person.start):
                    self.add(person.key, "leads", forum.key, block.start, person.end, "leads.run_in", 0.6)

    def flattened_rolls(self) -> None:
        """ "Direktionen har haft 8 möten Ordinarie ledamöter Ordförande Eva Ek (S) Ekby Bo Berg (M) Åby (adjungerad)
        Ersättare Kim Lund (S) Åby Revisorer …": a board's roll flattened from PDF into its paragraph. Each name after
        a members' label, with a party's letters after it, sits in the group the paragraph named before; the label
        is each one's post, until a label of people outside the group ("Revisorer")."""
        t = self.text.text
        for block in self.text.blocks:
            labels = list(ROLL_LABEL.finditer(t, block.start, block.end))
            if not labels:
                continue
            forums = {r.key: r for r in self.within(block.start, labels[0].start(), {"CollaborationForum"})}
            forum = next(iter(forums.values())) if len(forums) == 1 else None
            if forum is None:
                continue
            for k, label in enumerate(labels):
                end = labels[k + 1].start() if k + 1 < len(labels) else block.end
                if label.group("outside"):
                    continue
                post = "ersättare" if label.group("deputy") else \
                    "ordinarie ledamot" if label.group("regular") else "ledamot"
                people = self.within(label.end(), end, {"Person"})
                if not people or not ROLL_PARTY.match(t, people[0].end):
                    continue
                for i, person in enumerate(people):
                    after = people[i + 1].start if i + 1 < len(people) else end
                    if not ROLL_LOCAL_PARTY.match(t, person.end) or i and re.search(r"[.!?]", t[people[i - 1].end:person.start]):
                        break
                    self.add(person.key, "participatesIn", forum.key, label.start(), person.end, "participates.roll", 0.6)
                    seat = ROLL_SEAT.search(t, max(label.start(), person.start - 22), person.start)
                    if not seat:  # ("Vice ordförande Eva Ek (S)": her seat is her post)
                        self.add(person.key, "title", post, label.start(), label.end(), "title.roll", 0.55)
                    if re.search(r"\((?:adjungerad|adj\.?)\)", t[person.end:after]):
                        self.add(person.key, "title", "adjungerad", person.start, after, "title.roll", 0.55)
                    if seat and not seat.group(1):
                        self.add(person.key, "leads", forum.key, label.start(), person.end, "leads.roll", 0.6)

    def members_under_heading(self) -> None:
        """ "Styrgrupp" or "Ledamöter centralt samverkansorgan" as a heading, then one person per bullet
        (under sub-headings such as "För Region Skåne"): the people listed sit in that forum."""
        t = self.text.text
        blocks = self.text.blocks
        for i, block in enumerate(blocks):
            if block.kind not in ("heading", "paragraph"):
                continue
            line = t[block.start:block.end].strip()
            forums = [r for r in self.starting(block.start, block.end) if r.kind == "CollaborationForum"]
            if forums and (forums[0].rule == "forum.list_heading" or MEMBERS_HEADING.match(line) or
                           forums[0].start == block.start and (COUNTED_MEMBERS.search(line) or
                                                               CONSISTS_COLON.search(line)) or
                           self._named_over_people(forums[0], block, i)):
                forum = forums[0]
            elif MEMBERS_HEADING.fullmatch(line.rstrip(":").strip()) or MEMBERS_FROM.fullmatch(line.rstrip(":").strip()) \
                    or MEMBERS_FOLLOW.search(line):  # "AC Konsensus består av följande ledamöter under 2019"
                follow = MEMBERS_FOLLOW.search(t, block.start, block.end)
                named = [r for r in forums if follow and r.start > follow.end()]
                # "… har utsett följande representanter att ingå i den politiska styrgruppen för X."
                forum = named[0] if named else self.page_forum(block.start)  # "Representanter:" on a group's page
                if forum is None and follow and follow.group(0).casefold().startswith("här"):
                    # "Ordförande i delegationen är … Nu har övriga ledamöter utsetts. Här är ledamöterna:"
                    forum = next((r for r in reversed(forums) if r.end <= follow.start()), None)
                projects = sorted({r.key for r in self.refs if r.kind == "Project"})
                if forum is None and GROUP_CONSISTS.search(line) and len(projects) == 1:
                    # "Styrgruppen består av följande personer:" on the page of one project: they take part in it
                    forum = next(r for r in self.refs if r.key == projects[0])
                if forum is None and MEMBERS_SUBHEADING.fullmatch(line):
                    forum = self._elected_of(i)  # "Förtroendevalda i X ⏎ Ordinarie ledamöter:"
                if forum is None:
                    continue
                for org in self.within(block.start, block.end, {"Organisation"}):  # "… Norrbottens Kommuner"
                    self.add(org.key, "participatesIn", forum.key, block.start, org.end, "participates.members", 0.6)
            elif MEMBERS_SUBHEADING.fullmatch(line) and (elected := self._elected_of(i)):
                forum = elected  # "Förtroendevalda i X ⏎ Ordinarie ledamöter:"
            else:
                continue
            roster = MEMBERS_HEADING.match(line) is not None  # "Sammansättning X", "Ledamöter": the list follows
            described, listed = 0, False
            home = None  # "Region Norrbotten:" on a line of its own: the members under it are its staff
            for j, nxt in enumerate(blocks[i + 1:], i + 1):
                words = t[nxt.start:nxt.end].split()
                columns = self._table_row(nxt)
                if MEMBERS_SUBHEADING.fullmatch(t, nxt.start, nxt.end) or \
                        self._card_employer_line(nxt) and self._card_person_line(blocks[j - 1]):
                    continue  # "Övriga medlemmar"; a card's "Bjurholms kommun E-post" under its name
                if VACANT.match(t, nxt.start):
                    continue  # "Vakant (MP)": a seat no one holds
                if STAFF_PHOTO.match(t, nxt.start):
                    break  # "Personalbild Åsa Berg": the page's staff cards begin, the roster has ended
                if not self.is_item(nxt) and not self._card_person_line(nxt) and not self._member_line(nxt) and \
                        not self._home_row(nxt) and not columns and not self._name_title_org_row(nxt):
                    # bullets, or "Anna Berg, Region X" lines of their own
                    orgs = self.within(nxt.start, nxt.end, {"Organisation"})
                    alone = len(orgs) == 1 and orgs[0].start == nxt.start and t[orgs[0].end:nxt.end].strip() in ("", ":")
                    if len(words) <= 6 and (words[0] in ("För", "Från") or alone) and \
                            not self.within(nxt.start, nxt.end, {"Person"}):
                        for org in self.within(nxt.start, nxt.end, {"Organisation"}):
                            self.add(org.key, "participatesIn", forum.key, nxt.start, org.end, "participates.members",
                                     0.6)
                        home = orgs[0] if alone and orgs[0].subtype != "PoliticalParty" else None
                        continue  # "För Region Skåne": whose members follow, a sub-heading inside the list
                    if roster and not listed and nxt.kind == "paragraph" and described < 2:
                        described += 1  # "Sammansättning CS ⏎ CS är ett … ⏎ För Region Skåne …": what it is, first
                        continue
                    if listed and ROSTER_NAME.fullmatch(t, nxt.start, nxt.end) and not orgs:
                        continue  # "Sussi Berg": a name whose given name no list holds, the roster goes on below
                    if orgs and self._only_bodies(nxt, orgs):
                        # "Region Värmland Arvika kommun Eda kommun": a row of the bodies that are its parties
                        for org in orgs:
                            self.add(org.key, "participatesIn", forum.key, nxt.start, org.end, "participates.members",
                                     0.6)
                        listed = True
                        continue
                    break
                listed = True
                for other in columns[1:]:  # "Eva Ek, ordförande Bo Berg, Malmö, vice ordförande": a table's row
                    self.add(other.key, "participatesIn", forum.key, nxt.start, other.end, "participates.listed_member",
                             0.55)
                    if home is not None and not self.within(other.end, nxt.end, {"Organisation"}):
                        self.add(other.key, "worksFor", home.key, home.start, other.end, "employer.roster_heading", 0.6)
                person = next(iter(self.within(nxt.start, nxt.end, {"Person"})), None)
                label = SEAT_LABEL.fullmatch(t, nxt.start, person.start) if person else None
                if label and forum.rule == "forum.list_heading":
                    # "• Verksamhetsområdeschef (sammankallande): Eva Ek", "• Socialchef från respektive kommun: A, B":
                    # a seat's label, then whoever holds it; the convener leads the group
                    for held in self._named_run(person):
                        self.add(held.key, "participatesIn", forum.key, nxt.start, held.end,
                                 "participates.listed_member", 0.6)
                        if CONVENER.search(label.group(0)):
                            self.add(held.key, "leads", forum.key, nxt.start, held.end, "leads.listed_chair", 0.6)
                    continue
                alone = self.within(nxt.start, nxt.end, {"Organisation"}) if person is None and \
                    forum.rule == "forum.list_heading" else []
                if len(alone) == 1 and not t[nxt.start:alone[0].start].strip(" \t•▪*–-") and alone[0].end == nxt.end:
                    # "• Polisen": a body holds a seat of its own
                    self.add(alone[0].key, "participatesIn", forum.key, nxt.start, alone[0].end,
                             "participates.listed_member", 0.6)
                    continue
                if person and not t[nxt.start:person.start].strip(" \t•▪*–-"):
                    self.add(person.key, "participatesIn", forum.key, nxt.start, person.end,
                             "participates.listed_member", 0.6)
                    if home is not None and not self.within(person.end, nxt.end, {"Organisation"}):
                        self.add(person.key, "worksFor", home.key, home.start, person.end, "employer.roster_heading",
                                 0.6)
                    # ("ordförande Bo Berg, Malmö" in a table's row: the next column's name, no other body)
                    chair = any(f.subject == person.key and f.predicate == "title" and nxt.start <= f.start < nxt.end
                                and f.object in CHAIR_TITLES and (not CHAIR_OF_OTHER.match(t, f.end) or any(
                                    o.start > f.end and not t[f.end:o.start].strip() for o in columns))
                                for f in self.facts)
                    if chair:  # "Rickard Berg, Region Örebro län, ordförande"
                        self.add(person.key, "leads", forum.key, nxt.start, nxt.end, "leads.listed_chair", 0.6)
                    project = self._project_of_group(forum)
                    if project is not None and any(
                            f.subject == person.key and f.predicate == "title" and nxt.start <= f.start < nxt.end
                            and f.object.startswith("projektledare") for f in self.facts):
                        # "Arbetsgruppen för Primärvårdskvalitet ⏎ • Eva Ek, projektledare": she leads the project
                        self.add(person.key, "leads", project.key, nxt.start, nxt.end, "leads.listed_project_lead",
                                 0.6)

    def _only_bodies(self, block, orgs: list[Ref]) -> bool:
        """Whether a line holds nothing but the organisations named in it, and commas or "och" between them."""
        t, at, rest = self.text.text, block.start, []
        for org in orgs:
            rest.append(t[at:org.start])
            at = max(at, org.end)
        rest.append(t[at:block.end])
        return not self.within(block.start, block.end, {"Person"}) and \
            re.fullmatch(r"(?:[\s,;•▪*–-]|\b(?:och|samt)\b)*", "".join(rest)) is not None

    def _table_row(self, block) -> list[Ref]:
        """The people of a members table's row, its columns run together on one line ("Anna Ek, ordförande Bo Berg,
        Malmö, vice ordförande", "Eva Ek Per Berg, Eslöv"): a short line that opens with a name and holds another,
        with no sentence in it."""
        t = self.text.text
        people = self.within(block.start, block.end, {"Person"})
        if block.kind == "heading" and len(people) == 1 and people[0].start == block.start and \
                re.fullmatch(r"[ \t]+[Vv]akant[ \t]*", t[people[0].end:block.end]):
            return people  # "Eva Ek Vakant": the other column's seat is empty
        if block.kind != "heading" or len(people) < 2 or people[0].start != block.start or \
                block.end - block.start > 120 or re.search(r"[.!?:;]", t[block.start:block.end]) or \
                re.search(r"(?<![\w-])(?:och|samt|är|har|säger)(?![\w-])", t[block.start:block.end]):
            return []
        return people

    def _project_of_group(self, forum: Ref) -> Ref | None:
        """ "Arbetsgruppen för Primärvårdskvalitet": the project a group is named for, when the text names it."""
        name = forum.key[1].casefold()
        return next((r for r in self.refs if r.kind == "Project" and name.endswith(" för " + r.key[1].casefold())),
                    None)

    def _named_over_people(self, forum: Ref, block, i: int) -> bool:
        """ "Arbetsgruppen för X" as a heading of its own over bullets that open with a name: the list is
        the group's members."""
        t = self.text.text
        blocks = self.text.blocks
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt and MEMBERS_SUBHEADING.fullmatch(t, nxt.start, nxt.end) and i + 2 < len(blocks):
            nxt = blocks[i + 2]  # "Region X:s pensionärsråd ⏎ Ordinarie ⏎ Eva Ek, Malmö"
        person = next(iter(self.within(nxt.start, nxt.end, {"Person"})), None) if nxt else None
        return block.kind == "heading" and (forum.start, forum.end) == (block.start, block.end) and \
            person is not None and (self.is_item(nxt) or self._home_row(nxt)) and \
            not t[nxt.start:person.start].strip(" \t•▪*–-")

    def _home_row(self, block) -> bool:
        """A member's row by her home town: "Eva Ek, Malmö", where the town is no organisation named."""
        person = next(iter(self.within(block.start, block.end, {"Person"})), None)
        return person is not None and person.start == block.start and not self.within(person.end, block.end) and \
            re.fullmatch(rf"[ \t]*,[ \t]*[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?[ \t]*", self.text.text[person.end:block.end]) \
            is not None

    def _elected_of(self, i: int) -> Ref | None:
        """ "Förtroendevalda i kommunalförbundet X" or "Ledamöter i X" a heading or two above a list's label: the
        body (a forum, a board, a kommunalförbund) whose members the list names; not a region or municipality."""
        t = self.text.text
        for block in reversed(self.text.blocks[max(0, i - 2):i]):
            said = ELECTED_IN.match(t, block.start)
            rest = t[said.end():block.end].strip(" \t:").casefold() if said else ""
            # the body by a ref where the heading names it, or by its name written in lower case
            body = next((r for r in self.starting(said.end(), said.end() + 1) if r.kind in ("CollaborationForum",
                         "Organisation") and r.subtype not in ("Region", "Municipality")), None) if said else None
            body = body or next((r for r in self.refs if rest and r.key[1].casefold() == rest and r.kind in (
                "CollaborationForum", "Organisation") and r.subtype not in ("Region", "Municipality")), None)
            if body is not None:
                return body
        return None

    def _name_title_org_row(self, block) -> bool:
        """A row of its own read as a paragraph for its length: "Eva Ek, verksamhetschef Regionalt stöd, Region X"."""
        t = self.text.text
        person = next(iter(self.within(block.start, block.end, {"Person"})), None)
        orgs = self.within(block.start, block.end, {"Organisation"})
        # ("Eva Ek , Region X", "Eva Ek, Region X,", "Eva Ek, Region X, ordförande": a stray comma, the seat's role)
        return person is not None and person.start == block.start and t[person.end:person.end + 2].lstrip(" \t")[:1] == "," \
            and bool(orgs) and ROW_SEAT_TAIL.fullmatch(t, orgs[-1].end, block.end) is not None and \
            "\n" not in t[block.start:block.end] and len(t[block.start:block.end].split()) <= 16

    def _member_line(self, block) -> bool:
        """A member's row of its own: "Eva Ek (S)", "Olle Berg, ordförande (M)"."""
        person = next(iter(self.within(block.start, block.end, {"Person"})), None)
        return person is not None and person.start == block.start and \
            MEMBER_ROW.fullmatch(self.text.text, person.end, block.end) is not None

    def _alone_above(self, person: Ref, org: Ref) -> bool:
        """A name alone in its paragraph, and the organisation opening the short line below it."""
        t = self.text.text
        i = self._block_at(org.start)
        below = self.text.blocks[i] if i is not None else None
        return below is not None and below.kind == "heading" and len(t[below.start:below.end].split()) <= 12 and \
            (org.end == below.end or t[org.end] == ",") and self._name_above(org.start) == person

    def _card_person_line(self, block) -> bool:
        """A contact card's first line: a name alone, or with its employer and a contact field ("Eva Ek Mora kommun
        E-post")."""
        t = self.text.text
        person = next(iter(self.within(block.start, block.end, {"Person"})), None)
        if block.kind != "heading" or person is None or person.start != block.start:
            return False
        org = next(iter(self.within(person.end, block.end, {"Organisation"})), None)
        rest = t[org.end if org else person.end:block.end]
        return CONTACT_TAIL.fullmatch(rest) is not None and (
            org is None or not t[person.end:org.start].strip())

    def _card_employer_line(self, block) -> bool:
        """ "Bjurholms kommun E-post": the line under a card's name."""
        org = next(iter(self.within(block.start, block.end, {"Organisation"})), None)
        return block.kind == "heading" and org is not None and org.start == block.start and \
            CONTACT_TAIL.fullmatch(self.text.text, org.end, block.end) is not None

    def section_forum(self, at: int) -> Ref | None:
        """The group a paragraph is about: the first forum it names before ``at``, or the one its heading names."""
        i = next((k for k, b in enumerate(self.text.blocks) if b.start <= at < b.end), None)
        if i is None:
            return None
        block = self.text.blocks[i]
        named = [r for r in self.within(block.start, at, {"CollaborationForum"})]
        if named:
            return named[0]
        # "Driftnämnden Kungsbacka ansvarar för … Ordförande är Eva Ek": the board last the subject of a sentence
        t = self.text.text
        boards = [r for r in self.within(block.start, at, {"Organisation"}) if is_board(r.key[1])
                  and BOARD_SUBJECT.match(t, r.end)]
        if boards:
            return boards[-1]
        heading = self.text.blocks[i - 1] if i and self.text.blocks[i - 1].kind == "heading" else None
        named = [r for r in self.within(heading.start, heading.end, {"CollaborationForum"})] if heading else []
        return named[0] if named else None

    def page_chair(self) -> None:
        """ "Roland Berg, Ordförande" on a line of its own, on the page of one group: he chairs it."""
        t = self.text.text
        for f in list(self.facts):
            if f.predicate != "title" or f.object not in CHAIR_TITLES:
                continue
            line = line_at(t, f.start)
            named = [r for r in self.within(line.start, line.start + len(line.text),
                                            {"Organisation", "Project", "CollaborationForum"})
                     if r.rule != "organisation.email_domain"]  # a contact line may end in the address
            forum = self.page_forum(f.start)
            sent = sentence_at(t, f.start)
            opens = re.fullmatch(r"\s*", t[sent.start:f.start]) and COPULA_THEN_TITLE.match(t, f.end) \
                and not self.within(sent.start, sent.end, {"Project", "CollaborationForum"})
            group = (forum or self.section_forum(f.start)) if opens else None
            if group is not None:
                # "Ordförande från 1 juli 2019 är Linda Berg …" on the group's page, or in the paragraph about it
                self.add(f.subject, "leads", group.key, f.start, sent.end, "leads.page_chair", 0.6)
            elif forum is not None and not named and re.fullmatch(r"[ \t]*[^,]+,[ \t]*\S+(?:[ \t]+\S+@\S+)?[ \t]*",
                                                                line.text):
                self.add(f.subject, "leads", forum.key, line.start, line.start + len(line.text), "leads.page_chair", 0.6)
            elif forum is not None and self._names_page_forum(forum, f.end):
                # "… är ordförande för samrådet" on the page of "Samråd vård och omsorg"
                self.add(f.subject, "leads", forum.key, f.start, f.end, "leads.page_chair", 0.6)
        # "2018-2020 är ordförande Magnus Berg, Falköping och vice ordförande Sandra Ek" on the group's page
        for f in list(self.facts):
            if f.predicate != "title" or f.object not in (*CHAIR_TITLES, "vice ordförande"):
                continue
            sent = sentence_at(t, f.start)
            person = next((r for r in self.starting(f.end, f.end + 2) if r.key == f.subject), None)
            forum = self.page_forum(f.start)
            if person is None or forum is None or self.within(sent.start, sent.end, {"Project", "CollaborationForum"}) \
                    or not re.search(r"(?:^|\s)(?:är|blir|var)\s+(?:(?:vice\s+)?ordförande\s+[^.!?]{2,80}?\s+och\s+)?"
                                     r"(?:\d:[ae]\s+)?$", t[sent.start:f.start]):
                continue
            if f.object == "vice ordförande":
                self.add(f.subject, "participatesIn", forum.key, f.start, person.end, "participates.page_deputy", 0.6)
            else:
                self.add(f.subject, "leads", forum.key, f.start, person.end, "leads.page_chair", 0.6)
        # "Nämnden består av elva ledamöter. Eva Ek (M) är ordförande, Bo Berg (S) är 1:e vice ordförande" in the
        # paragraph about the group, on its page
        for f in list(self.facts):
            if f.predicate != "title" or not (f.object in CHAIR_TITLES or f.object.endswith("vice ordförande")):
                continue
            person = next((r for r in self.starting(f.start - 40, f.start) if r.key == f.subject and
                           re.fullmatch(PARTY_ASIDE + r"[ \t]+är[ \t]+", t[r.end:f.start])), None)
            forum = self.page_forum(f.start) if person is not None else None
            k = self._block_of(f.start)
            if forum is None or k < 0 or not any(r.key == forum.key for r in self.within(
                    self.text.blocks[k].start, f.start, {"Organisation", "CollaborationForum"})):
                continue
            if f.object in CHAIR_TITLES:
                self.add(f.subject, "leads", forum.key, person.start, f.end, "leads.page_chair", 0.6)
            else:
                self.add(f.subject, "participatesIn", forum.key, person.start, f.end, "participates.page_deputy", 0.6)
        # "Vice ordförande är Eva Ek (M), …", or "Ordförande är A och vice ordförande är B", on the group's page
        chaired = [f.start for f in self.facts if f.rule == "leads.page_chair"]
        for f in list(self.facts):
            if f.predicate != "title" or f.object != "vice ordförande" or not re.match(r"[ \t]+(?:är|var)[ \t]",
                                                                                   t[f.end:f.end + 5]):
                continue
            sent = sentence_at(t, f.start)
            opens = re.fullmatch(r"\s*", t[sent.start:f.start]) or (
                re.search(r"[ \t](?:och|samt)[ \t]+$", t[sent.start:f.start]) and
                any(sent.start <= c < f.start for c in chaired))
            # (or in the paragraph under the group's heading, on a page of several groups)
            forum = self.page_forum(f.start) or (self.section_forum(f.start) if opens else None)
            clause = t.find(",", f.end, sent.end)  # the clause that names the deputy, not her other posts
            if forum is not None and opens and \
                    not self.within(sent.start, clause if clause > 0 else sent.end, {"Project", "CollaborationForum"}):
                self.add(f.subject, "participatesIn", forum.key, f.start, sent.end, "participates.page_deputy", 0.6)

    def elected_roles(self) -> None:
        """ "Vid Samverkansnämndens sammanträde valdes Eva Berg till ny ordförande. Till vice ordförande valdes
        Per Ek": the one elected chair leads the group the sentence names, or the one the paragraph's last
        election named; a deputy sits in it."""
        t = self.text.text
        body = None
        for f in sorted((f for f in self.facts if f.rule == "title.elected"), key=lambda f: f.start):
            sent = sentence_at(t, f.start)
            named = [r for r in self.within(sent.start, f.start, {"CollaborationForum", "Organisation"})
                     if r.kind == "CollaborationForum" or is_board(r.key[1])]
            if named:
                body = named[0]
            elif body is None or self._block_of(body.start) != self._block_of(f.start):
                continue
            if f.object in CHAIR_TITLES:
                self.add(f.subject, "leads", body.key, f.start, f.end, "leads.elected", 0.6)
            else:
                self.add(f.subject, "participatesIn", body.key, f.start, f.end, "participates.elected", 0.6)

    def _org_end(self, at: int, before: int) -> int:
        """Where the organisation named right after ``at`` ends ("VD| Nordbo Energi AB|, Per Ek"), or ``at``."""
        org = next((r for r in self.starting(at + 1, at + 2) if r.kind == "Organisation"), None)
        return org.end if org is not None and org.end <= before and self.text.text[at:org.start] == " " else at

    def _block_of(self, at: int) -> int:
        """The index of the paragraph that holds ``at``."""
        return bisect.bisect_right(self._block_starts, at) - 1

    def secretariat(self) -> None:
        """ "Som processtöd i samrådets sekretariat finns Eva Ek och Anna Berg": the people who serve a group
        as its secretariat sit in it. The group is the forum named before the cue in the sentence, or the
        page's forum when "samrådets" is the definite form of its first word."""
        t = self.text.text
        for m in SECRETARIAT.finditer(t):
            sent = sentence_at(t, m.start())
            named = [r for r in self.starting(sent.start, m.end()) if r.kind == "CollaborationForum"]
            forum = named[-1] if named else self.page_forum(m.start())
            if not named and (forum is None or not (
                    m.group("owner") and self._definite_of_page_forum(forum, m.group("owner").casefold())
                    or not m.group("owner") and re.fullmatch(r"\s*", t[sent.start:m.start()]))):
                continue
            for person in self.within(m.end(), sent.end, {"Person"}):
                self.add(person.key, "participatesIn", forum.key, m.start(), person.end, "participates.secretariat",
                         0.6)

    @staticmethod
    def _definite_of_page_forum(forum: Ref, word: str) -> bool:
        """ "samrådet" for "Samråd vård och omsorg": the definite form of the first word of a forum's name."""
        first = forum.key[1].split(" ")[0].casefold()
        return " " in forum.key[1] and word in {first + "et", first + "en", first + "n"}

    def _names_page_forum(self, forum: Ref, at: int) -> bool:
        """ "ordförande för samrådet" right after a title: the definite form of the first word of the page's
        forum ("Samråd vård och omsorg") points back at it."""
        m = re.match(r"[ \t]+(?:för|i)[ \t]+([a-zåäö]+)(?![\w-])", self.text.text[at:at + 40])
        return bool(m) and self._definite_of_page_forum(forum, m.group(1))

    @cached_property
    def _boards(self) -> set[tuple[str, str]]:
        """The boards and committees the document names."""
        return {r.key for r in self.refs if r.kind == "Organisation" and is_board(r.key[1])}

    @cached_property
    def _kind_before_name(self) -> re.Pattern[str]:
        """ "Politisk styrgrupp Vård i samverkan": a heading that says, by a forum's cue word, what kind of group the
        name after it is."""
        heads = "|".join(re.escape(h) for h in sorted(forum_heads(self.lex), key=len, reverse=True))
        return re.compile(rf"(?i)(?:[a-zåäö]+[ \t]+)?[a-zåäö]*(?:{heads})[ \t]+")

    def page_forum(self, before: int) -> Ref | None:
        """The group a page is about: the forum that opens its first heading or its first paragraph, when
        that comes before ``before``."""
        boards = self._boards
        for block in self.text.blocks[:2]:
            # a board's own page too: "Nämnden för vård och omsorg ansvarar för …" opening it, the one board it names
            named = [r for r in self.within(block.start, block.end, {"CollaborationForum", "Organisation"})
                     if r.kind == "CollaborationForum" or len(boards) == 1 and r.key in boards]
            # "Protokoll från samråd för …": minutes name the group whose meeting they record
            if named and (named[0].start == block.start or MINUTES_OF.fullmatch(self.text.text, block.start,
                                                                                  named[0].start) or
                          block.kind == "heading" and PAGE_LEAD.fullmatch(self.text.text, block.start, named[0].start) or
                          self._kind_before_name.fullmatch(self.text.text, block.start, named[0].start)) \
                    and named[0].start < before:
                return named[0]
        return None

    def listed_participants(self) -> None:
        """ "I projektet har följande kommuner deltagit:" and a bullet list of organisations under it."""
        for i, block, line in self.colon_lines():
            if not (PARTICIPATED.search(line) or line.rstrip(":").strip().casefold() in PARTY_LABELS):
                continue
            target = ([r for r in self.refs if r.kind in ("Project", "CollaborationForum")
                       and block.start <= r.start < block.end] or [self.field_target(block.start, 1200)])[-1]
            if target is None:
                continue
            for nxt in self.items_after(i):
                for org in self.within(nxt.start, nxt.end, {"Organisation"}):
                    self.add(org.key, "participatesIn", target.key, block.start, org.end, "participates.listed", 0.7)

    def passive_leads(self) -> None:
        """ "Trygg natt leds av Sanna Lindahl", "Det samordnas av Erik Nordlund"."""
        t = self.text.text
        for m in PASSIVE_LEAD.finditer(t):
            person = next((r for r in self.starting(m.end(), m.end() + 41) if r.kind == "Person"), None)
            if person is None:
                continue
            sent = sentence_at(t, m.start())
            target = ([r for r in self.refs if r.kind in ("Project", "CollaborationForum")
                       and sent.start <= r.start < m.start()] or [self.initiative_before(m.start(), 1200)])[-1]
            if target is None and m.group(0)[:2].casefold() == "le":
                # "Vård- och omsorgsförvaltningen leds av förvaltningschef Eva Ek": the unit just before it
                # ("Socialförvaltningen i Sunne kommun leds av …": the unit, not the municipality it stands in)
                orgs = [r for r in self.refs if r.kind == "Organisation" and sent.start <= r.start < m.start()]
                chain = []
                for r in reversed(orgs):
                    if not re.fullmatch(r"[ \t]+" if not chain else r"[ \t]+(?:i|vid|inom)[ \t]+",
                                        t[r.end:chain[0].start if chain else m.start()]):
                        break
                    chain.insert(0, r)
                subject = orgs[0] if orgs and not t[sent.start:orgs[0].start].strip() else None
                if not chain and subject and COORDINATED_VERB.fullmatch(t, subject.end, m.start()):
                    chain = [subject]  # "Rehabenheten ingår i förvaltningen och leds av …": the sentence's subject
                target = chain[0] if chain else None
            if target:
                heads = [person]
                other = next((r for r in self.starting(person.end, person.end + 8) if r.kind == "Person"), None)
                if other and re.fullmatch(r"[ \t]+(?:och|samt)[ \t]+", t[person.end:other.start]):
                    heads.append(other)  # "kommittén leds av Barbro Ek och Kent Holm": both lead it
                for head in heads:
                    self.add(head.key, "leads", target.key, m.start(), head.end, "leads.passive", 0.75)
                    if target.kind == "Organisation" and target.subtype == "OrganisationalUnit" and \
                            not is_board(target.key[1]):  # the head of an administration works there; a chair not
                        self.add(head.key, "worksFor", target.key, m.start(), head.end, "employer.passive_head", 0.7)
                vice = VICE_AFTER.search(t, person.end, sent.end)
                deputy = next((r for r in self.starting(vice.end(), vice.end() + 1) if r.kind == "Person"),
                              None) if vice else None
                if deputy:  # "… leds av A och vice ordförande B": the deputy sits in it
                    self.add(deputy.key, "participatesIn", target.key, m.start(), deputy.end, "participates.deputy",
                             0.65)

    def led_at_the_head(self) -> None:
        """ "Närsjukvårdsteamet, med läkaren Eva Ek i spetsen, …": the team, project or unit before "med" is hers."""
        t = self.text.text
        for m in AT_THE_HEAD.finditer(t):
            person = next((r for r in self.starting(m.start(1), m.start(1) + 1) if r.kind == "Person"), None)
            target = next((r for r in self.refs if r.kind in ("Project", "CollaborationForum", "Organisation")
                           and m.start() - 3 <= r.end <= m.start() and re.fullmatch(r",?[ \t]*", t[r.end:m.start()])),
                          None)
            if person and target and person.end <= m.end():
                self.add(person.key, "leads", target.key, target.start, m.end(), "leads.at_the_head", 0.65)

    def _org_part_of(self) -> None:
        """Units in their organisation: "X är en del av Y", "Socialförvaltningen i Halmstads kommun", an organisation
        chart (a unit bulleted under a unit, "Område medicin – Centrallasarettet Växjö och Ljungby lasarett")."""
        t = self.text.text
        units = [r for r in self.refs if r.kind == "Organisation" and r.subtype in ("OrganisationalUnit",
                                                                                      "ResearchOrganisation")]
        for m in ORG_PART_OF.finditer(t):
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            sent = sentence_at(t, m.start())
            part = [r for r in units if sent.start <= r.start < m.start()]
            if whole and part and part[-1].key != whole.key and not re.search(r"[.!?]", t[part[-1].end:m.start()]):
                self.add(part[-1].key, "partOf", whole.key, part[-1].start, whole.end, "part_of.stated", 0.75)
        for u in units:
            m = UNIT_CONSISTS.match(t, u.end)
            for r in self._org_list(m.end(), line_at(t, u.start).end) if m else ():
                if r.subtype == "OrganisationalUnit" and r.key != u.key:
                    self.add(r.key, "partOf", u.key, u.start, r.end, "part_of.stated", 0.7)
        for m in re.finditer(r"[ \t]*,?[ \t]+som[ \t]+(?:numera[ \t]+|nu[ \t]+)?ingår[ \t]+i[ \t]+", t):
            # "Privatmottagningen Ellenbogen som ingår i Praktikertjänst": a care unit in the company or body after
            part = next((r for r in units if r.end == m.start()), None)
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            if part and whole and part.key != whole.key:
                self.add(part.key, "partOf", whole.key, part.start, whole.end, "part_of.stated", 0.7)
        for m in re.finditer(r"\s+ingår\s+i\s+", t):
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            owner = next((r for r in self.refs if r.end == m.start() and r.kind == "Organisation"), None)
            if whole and owner and whole.subtype == "OrganisationalUnit" and owner.subtype == "Region" and \
                    SECTOR_JOINS.search(t, line_at(t, owner.start).start, owner.start):
                self.add(whole.key, "partOf", owner.key, owner.start, whole.end, "part_of.stated", 0.65)
        for m in LIES_UNDER.finditer(t):
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            sent = sentence_at(t, m.start())
            subject = next(iter(self.within(sent.start, m.start(), {"Organisation"})), None)
            if whole and subject and subject.key != whole.key and subject.subtype in ("OrganisationalUnit",
                                                                                      "ResearchOrganisation"):
                self.add(subject.key, "partOf", whole.key, subject.start, whole.end, "part_of.stated", 0.7)
        for m in UNIT_WITHIN.finditer(t):
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Organisation"), None)
            subject = next((r for r in self.refs if r.end == m.start() and r.kind == "Organisation"), None)
            if whole and subject and subject.key != whole.key and subject.subtype not in ("Region", "Municipality"):
                self.add(subject.key, "partOf", whole.key, subject.start, whole.end, "part_of.stated", 0.7)
        named = {r.key for r in self.refs}
        forms = {form: body.name for body in self.lex.bodies for form in (body.name, *body.aliases)}
        for r in self.refs:  # "PRO i Myssjö-Oviken" is a branch of PRO, where the text names PRO too
            if r.rule == "organisation.branch":
                whole = ("Organisation", forms.get(r.key[1].split(" i ")[0], r.key[1].split(" i ")[0]))
                if whole in named and whole != r.key:
                    self.add(r.key, "partOf", whole, r.start, r.end, "part_of.branch", 0.7)
        federations = {r.key for r in self.refs if r.kind == "Organisation" and is_association(r.key[1], r.subtype)}
        for r in self.refs:  # "Direktionen", the one kommunalförbund's board
            if r.rule == "forum.federation_board" and len(federations) == 1:
                self.add(r.key, "partOf", next(iter(federations)), r.start, r.end, "part_of.federation_board", 0.6)
        for owner, r in zip(self.refs, self.refs[1:]):  # "Region Skånes förvaltning Skånevård Kryh"
            if r.rule in OWNED_RULES and owner.kind == "Organisation" and \
                    re.fullmatch(r"s?[ \t]+(?!(?:och|samt|eller|vid|på|i|inom|hos)[ \t])[a-zåäö]+[ \t]+", t[owner.end:r.start]):
                self.add(r.key, "partOf", owner.key, owner.start, r.end, "part_of.genitive", 0.7)
        listed: dict[int, Ref] = {}  # a unit's start -> the whole the list it opens lies in
        for u in reversed(units):
            # ("Glesbygdsmedicinskt centrum, GMC, inom Västerbottens läns landsting": its short form between)
            whole = next((r for r in self.refs if r.kind == "Organisation" and r.start > u.end
                          and re.fullmatch(rf"{UNIT_SHORT_FORM}\s+(?:i|vid|inom|på)\s+", t[u.end:r.start])), None)
            owned = self.owned_board_after(whole) if whole is not None else None
            whole = owned or whole  # "inom Region Gotlands socialförvaltning": in the administration, not just the region
            if whole is None:  # "Institutionen för A (IA) och Institutionen för B (IB) vid X universitet": both in it
                # (units of one kind: "Sophiahemmets högskola, Karolinska … och Akademiskt primärvårdscentrum vid …"
                # lists three bodies, only the last in what follows "vid")
                whole = next((listed[r.start] for r in units if r.start > u.end and r.start in listed and
                              re.fullmatch(rf"{UNIT_SHORT_FORM}\s*(?:,|och|samt)\s*", t[u.end:r.start]) and
                              t[u.start:u.end].split()[0].casefold() == t[r.start:r.end].split()[0].casefold()), None)
            if whole is None and t[u.start:u.start + 1].islower() and DEPARTMENT_AT_RE.match(t, u.start):
                # "handläggare vid avdelningen för vård och omsorg, Sveriges Kommuner och Regioner": a department in
                # lower case, the comma and the body that has it
                whole = next((r for r in self.refs if r.kind == "Organisation" and r.start > u.end and
                              r.subtype != "OrganisationalUnit" and re.fullmatch(r",[ \t]+", t[u.end:r.start])), None)
            if whole and whole.key != u.key:  # "Vård- och omsorgsförvaltningen i Alvesta kommun", "… vid X universitet"
                listed[u.start] = whole
                self.add(u.key, "partOf", whole.key, u.start, whole.end, "part_of.unit_in", 0.75)
        orgs = {r.key[1]: r for r in self.refs if r.kind == "Organisation" and r.subtype != "OrganisationalUnit"}
        for r in self.refs:
            owner = re.match(r"(\S+(?:[ \t]+\S+)?)s[ \t]", t[r.start:r.end]) if r.kind == "CollaborationForum" else None
            whole = orgs.get(squash(owner.group(1))) if owner else None
            if whole is not None and whole.subtype not in ("Region", "Municipality"):
                # "Södra sjukvårdsregionens ledningsgrupp": a body's own group, named with it
                self.add(r.key, "partOf", whole.key, r.start, r.end, "part_of.genitive", 0.7)
        for r, whole in zip(self.refs, self.refs[1:]):
            # "sjukvårdsdelegationen inom Sveriges kommuner och landsting": a national body's own group
            if r.kind == "CollaborationForum" and whole.kind == "Organisation" and whole.subtype not in (
                    "Region", "Municipality", "OrganisationalUnit") and re.fullmatch(r"\s+inom\s+", t[r.end:whole.start]):
                self.add(r.key, "partOf", whole.key, r.start, whole.end, "part_of.within", 0.7)
        for owner, r in zip(self.refs, self.refs[1:]):
            # "Region Kalmar läns nämnd för folkhälsa", "SKR:s sjukvårdsdelegation": the owner's own body
            if owner.kind != "Organisation" or owner.key == r.key or owner.subtype == "OrganisationalUnit" or \
                    not re.fullmatch(r"(?:[ \t]+län)?(?::s|s)?[ \t]+", t[owner.end:r.start]) or \
                    not re.search(r"(?::s|[^s]s)[ \t]+$", t[owner.start:r.start]):
                continue
            if (r.kind == "Organisation" and r.subtype not in ("Region", "Municipality", "NationalBody")) or (
                    r.kind == "CollaborationForum" and re.search(r"(?i)(?:beredning|delegation|nämnd|utskott|råd)[a-zåäö]*$",
                                                                 t[r.start:r.end])):
                self.add(r.key, "partOf", owner.key, owner.start, r.end, "part_of.genitive", 0.7)
        parent = None
        for block in self.text.blocks:
            first = next(iter(self.within(block.start, block.end)), None)
            opens = first if first and first.kind == "Organisation" and first.subtype == "OrganisationalUnit" \
                and not t[block.start:first.start].strip("•▪*–- \t") else None
            if block.kind != "bullet":
                parent = None
                continue
            if block.level == 0:
                parent = opens
            elif opens and parent and opens.key != parent.key:
                self.add(opens.key, "partOf", parent.key, block.start, opens.end, "part_of.chart", 0.65)
            if opens:
                dash = re.match(r"\s+[–-]\s+", t[opens.end:block.end])
                if dash:
                    for r in self._org_list(opens.end + dash.end(), block.end):
                        if r.subtype == "OrganisationalUnit" and r.key != opens.key:
                            self.add(r.key, "partOf", opens.key, block.start, r.end, "part_of.chart", 0.6)

    def _home_administrations(self) -> None:
        """ "Älvdalens kommun söker en förvaltningschef för Barn- och utbildningsförvaltningen": in a text that names
        one municipality, an administration it names with no parent of its own is that municipality's (a region's
        administrations stand in a text naming a region too, unless their remit is a municipality's)."""
        towns = {r.key for r in self.refs if r.subtype == "Municipality"}
        regions = {r.key for r in self.refs if r.subtype == "Region" and r.rule != "organisation.document_region"}
        if len(towns) != 1:
            return
        town = next(iter(towns))
        placed = {f.subject for f in self.facts if f.predicate == "partOf"}
        seen = set()
        for r in self.refs:
            if r.subtype != "OrganisationalUnit" or r.key in placed or r.key in seen or \
                    not MUNICIPAL_ADMINISTRATION.fullmatch(r.key[1]):
                continue
            seen.add(r.key)
            if not regions or MUNICIPAL_REMIT.search(r.key[1]):
                self.add(r.key, "partOf", town, r.start, r.end, "part_of.home_municipality", 0.55)

    def _area_parts(self) -> None:
        """ "Område nära vård består av … samt område habilitering och hjälpmedel", "Till området Område
        specialiserad vård hör tidigare område A, område B samt område C": the areas a reorganisation puts inside
        another are part of it."""
        t = self.text.text
        areas = [r for r in self.refs if r.rule == "organisation.area"]
        for whole in areas:
            sent = sentence_at(t, whole.start)
            rest = [r for r in areas if whole.end <= r.start < sent.end and r.key != whole.key]
            if not rest:
                continue
            between = t[whole.end:rest[0].start]
            opens = re.match(r"\s*Till\b", t[sent.start:whole.start]) and re.search(r"(?<![\w-])hör(?![\w-])", between)
            if re.search(r"(?<![\w-])består(?![\w-])[^.!?]{0,80}?\bav\b", between) or opens:
                for r in rest:
                    self.add(r.key, "partOf", whole.key, whole.start, r.end, "part_of.area_parts", 0.6)

    def _company_units(self) -> None:
        """ "Capio Vårdcentral Ringen", "Närhälsan i Åmål": a unit named after the company or provider that runs it is
        part of that, when the text names it on its own too."""
        orgs = {r.key[1]: r.key for r in self.refs if r.kind == "Organisation" and r.subtype != "OrganisationalUnit"
                or r.rule in ("organisation.regional_provider", "organisation.national_body")}
        for r in self.refs:
            if r.rule != "organisation.company_unit":
                continue
            owner = next((orgs[n] for n in orgs if r.key[1].startswith(n + " ") and n != r.key[1]), None)
            if owner is not None:
                self.add(r.key, "partOf", owner, r.start, r.end, "part_of.company_unit", 0.6)

    def part_of(self) -> None:
        t = self.text.text
        for m in PART_OF_RE.finditer(t):  # "Hemmaplan Gästrikland är i sin tur en del av … program X"
            sent = sentence_at(t, m.start())
            whole = next((r for r in self.starting(m.end(), m.end() + 61) if r.kind == "Project"), None)
            part = [r for r in self.starting(sent.start, m.start()) if r.kind == "Project"]
            if not part and whole and DEFINITE_SUBJECT.match(t, sent.start):
                # "Projektet är en del av omställningsarbetet X": the page's project
                part = [main] if (main := self.page_project_before(sent.start)) is not None else []
            if whole and part and part[-1].key != whole.key:
                self.add(part[-1].key, "partOf", whole.key, part[-1].start, whole.end, "part_of.stated", 0.75)
        for cue, items in chart_units(self.text):
            # "Region Gotland består av sex förvaltningar …; • Socialförvaltningen (SOF) – …": each bullet's unit is
            # part of the organisation the chart's sentence opens with
            sent = sentence_at(t, cue)
            whole = self.within(sent.start, cue, {"Organisation"})
            if not whole or not re.fullmatch(r"[ \t]+(?:är[ \t]+)?", t[whole[-1].end:cue]):
                continue
            for a, _ in items:
                unit = next((r for r in self.starting(a, a + 1) if r.kind == "Organisation"), None)
                if unit is not None and unit.key != whole[-1].key:
                    self.add(unit.key, "partOf", whole[-1].key, unit.start, unit.end, "part_of.chart", 0.65)
        self._org_part_of()
        self._company_units()
        self._area_parts()
        self._home_administrations()
        for m in PROJECT_IN.finditer(t):
            whole = next((r for r in self.starting(m.end(), m.end() + 1) if r.kind == "Project"), None)
            if whole is None:
                continue
            sent = sentence_at(t, m.start())
            part = [r for r in self.starting(sent.start, m.start()) if r.kind == "Project"]
            if not part and PART_SUBJECT.search(t[sent.start:m.start()]):
                before = [r for r in self.refs if r.kind == "Project" and m.start() - 600 <= r.start < sent.start
                          and r.key != whole.key and r.rule not in ("name.repeated",)]
                part = before[-1:]
            if part and part[-1].key != whole.key:
                self.add(part[-1].key, "partOf", whole.key, part[-1].start, whole.end, "part_of.included", 0.7)
        orgs = [r for r in self.refs if r.kind == "Organisation"]
        for a, b, c in zip(orgs, orgs[1:], orgs[2:] + [None]):
            if a.rule == "organisation.chain_unit" and re.fullmatch(r"\s*,\s*", t[a.end:b.start]) and a.key != b.key and \
                    b.subtype in ("OrganisationalUnit", "Region", "Municipality", "NationalBody"):
                # "enhetschef, Äldre och samverkan, Hälso- och sjukvårdsförvaltningen, Region X": each part of the next
                self.add(a.key, "partOf", b.key, a.start, b.end, "part_of.apposition", 0.65)
                continue
            if re.fullmatch(r"\s*,\s*", t[a.end:b.start]) and re.match(r"(?i)institutionen\s", t[a.start:a.end]) and \
                    re.match(r"(?i)fakulteten\s", t[b.start:b.end]):
                # "Institutionen för hälsovetenskaper, Fakulteten för medicin och hälsa, X universitet": in its faculty
                self.add(a.key, "partOf", b.key, a.start, b.end, "part_of.apposition", 0.65)
                continue
            if c is not None and re.fullmatch(r"\s*(?:,|och|samt)\s*", t[b.end:c.start]) or \
                    re.search(r"(?<![\w-])mellan\s+(?:[^.!?,]{0,40}\s)?$", t[max(0, a.start - 60):a.start]):
                continue  # "mellan Hallands sjukhus, Halmstads kommun, Laholms kommun och …" is a list
            gap = t[a.end:b.start]  # "Laponia hälsocentral Region Norrbotten": a care unit, then its region
            bracketed = re.fullmatch(r"[ \t]*\([ \t]*", gap) and t[b.end:b.end + 1] == ")"  # "Område X (Region Y)"
            shape = re.fullmatch(r"\s*,\s*", gap) or a.subtype == "OrganisationalUnit" and (
                re.fullmatch(r"[ \t]+", gap) and b.subtype == "Region" or bracketed)
            # "Hagalunds äldreboende, Kosmo AB": a care home, the company running it
            company = b.rule == "organisation.company" and a.rule == "organisation.care_unit"
            # (not "tillsammans med Jönköping University, Jönköpings kommun och …": a university is no town's)
            if shape and (b.subtype in ("ResearchOrganisation", "Region", "Municipality") or company) \
                    and a.subtype not in ("Region", "Municipality", "NationalBody") and a.key != b.key and \
                    not (UNIVERSITY.search(a.key[1]) and b.subtype in ("Region", "Municipality")) and \
                    not (HEALTH_CARE_UNIT.search(a.key[1]) and b.subtype == "Municipality"):
                # (nor "Stenblommans Vårdcentral (Kungsbacka kommun)": a care centre stands in the town, the region's
                # or a company's, never the municipality's)
                self.add(a.key, "partOf", b.key, a.start, b.end, "part_of.apposition", 0.7)
        for r in self.refs:
            if r.listed_under is not None:
                parent = next((x for x in self.refs if x.start == r.listed_under and x.kind == "Project"), None)
                if parent and parent.key != r.key:
                    self.add(r.key, "partOf", parent.key, r.start, r.end, "part_of.listed_under", 0.7)
