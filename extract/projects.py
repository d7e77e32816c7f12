"""Projects and programmes: named by a cue word, by a naming construction, or by slide structure.

"programmet Nära vård", "projektet X", "X-projektet", "en satsning på mobil familjeläkare",
"en förstudie runt X", "X på test", "den kallar vi för mottagningen för tidiga insatser",
and on slides the items listed under a programme's heading.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain

from .lexicons import Lexicon
from .model import Found, Text
from .patterns import CAP, LOWER, NOT_NAME, ONE_BREAK, UPPER, capitalise, key, line_at, sentence_at, squash
from .titles import base_form

# "Nära vård" is the reform's own name and is written with either case; it names things.
PROPER = rf"(?:[Nn]ära\s+vård|{CAP}(?:\s+{CAP})*)"
# ("i Indal-Liden": a place in two parts; not "i Ljungby kommun", the municipality that runs it)
PLACE = rf"(?:\s+i\s+(?:(?!(?:Region|Landstinget)[ \t]+[{UPPER}]){CAP}(?:[-/]{CAP})?(?:\s+län)?(?![\w-])(?![ \t]+(?:kommun|stad)(?![\w-]))|länet))?"
NP_WORD = rf"[{LOWER}]+(?:-[{LOWER}]+)?"
NP = rf"{NP_WORD}(?:\s+{NP_WORD}){{0,2}}(?:\s+(?:för|med|i)\s+{NP_WORD}(?:\s+{NP_WORD})?)?"
STOP = frozenset(
    "som där när och att men så är har var blir kan ska skulle vill det den de dom vi ni jag du man "
    "också även ju väl då nu här sedan inte bara mycket lite alla något någon annat andra samt får fick".split()
)
GAP = ONE_BREAK
# a name after its cue: Swedish capitalises only the first word ("programmet Trygg hemgång"), so
# a few lower-case words may follow, up to a function word or a verb form
# "Läkemedelsrobot i hemmet", "Nattro i inlandet": "i" and a definite noun end a name
IN_DEFINITE = (rf"[ \t]+i[ \t]+(?:[{LOWER}]+(?:et|en)\b(?![ \t]+(?!(?:och|som|är|har|ska|kan|var|blir|med|för|på|i|till|"
               rf"sedan|men)\b|[{LOWER}]+(?:ar|er|år|är|as|ade|te|de)\b)[{LOWER}])|[{LOWER}]+(?=[ \t]*(?:\(|\n|[ \t][–-][ \t]|$)))")
# the reform's name inside a longer one: "Samordnad utveckling för god och nära vård i glesbygdsperspektiv"
WITH_REFORM = rf"(?:[ \t]+(?:för|av|mot|med|i)[ \t]+(?:en[ \t]+)?[Gg]od[ \t]+och[ \t]+[Nn]ära[ \t]+vård(?:[ \t]+i[ \t]+[{LOWER}{UPPER}]+)?)"
# "projektet Riktad primärvård för äldre, vars …": who the work is for, one word closing the clause
# (not "för nämnden": a definite noun is whom it is presented to)
FOR_WHOM = re.compile(rf"[ \t]+för[ \t]+(?!att\b|den\b|det\b|de\b|dem\b|oss\b)[{LOWER}]{{3,}}(?<!en|et|na)"
                      rf"(?=[ \t]*[,.;:!?)\n]|$)")
# a subtitle after a dash to the end of the sentence: "Nära vård – modellområde Östra Norrbotten"
SUBTITLE = rf"(?:[ \t]+–[ \t]+(?:[{LOWER}]+[ \t]+)?{CAP}(?:[ \t]+{CAP}){{0,3}}(?=[ \t]*(?:[.!?\n]|$)))"
# "Vård- och omsorgscollege": a name opening on two nouns that share their last part; (a name's lower-case words
# stop at "i" and at "mellan 2007", "sedan 2019": when it ran, not what it is called)
SHARED_HEAD = rf"(?:[{UPPER}][{LOWER}]+-[ \t]+(?:och|eller)[ \t]+[{LOWER}]{{3,}}(?![\w-])|{CAP})"
NAMED = (rf"(?:(?:(?:(?:{CAP}[ \t]+)?[Gg]od[ \t]+och[ \t]+|[{UPPER}][{LOWER}]+[ \t]+och[ \t]+)?[Nn]ära\s+vård(?:[ \t]+{CAP}|[ \t]+20\d\d)?|{SHARED_HEAD}(?:[ \t]+{CAP})*(?:{WITH_REFORM}|[ \t]+(?!(?:i|mellan|sedan)\b)[{LOWER}]+\b(?![.@]\w))"
         rf"{{0,4}}(?:{IN_DEFINITE})?(?:[ \t]+\d+\+?)?){SUBTITLE}?)")
# "forskningsprojektet WELL CARE", "EU-projektet CIRCE-JA", "projektet RESTART": a name in capitals (or a code
# of capitals with a small letter or digits inside: "projektet FOSiR10")
# ("Det kunskapsbaserade äldreboendet": an article, an adjective and a definite noun; "SNAC-Blekinge": capitals,
# then a place; "Medical Intelligence for Assistive Management Interface": an English name's small words between
# its capitalised ones)
NAMED = rf"(?:[{UPPER}]{{2,}}(?:[ \t]+[{UPPER}]{{2,}}){{1,3}}(?![\w-])|[{UPPER}]{{3,}}-(?:[{UPPER}0-9]{{1,4}}|{CAP})(?![\w-])|" \
        rf"(?:Det|Den)[ \t]+[{LOWER}]{{3,}}[ae][ \t]+[{LOWER}]{{3,}}(?:et|en)(?![\w-])|" \
        rf"[{UPPER}]{{4,}}(?![\w-])|[{UPPER}]{{2,}}(?:[{LOWER}]{{1,2}}[{UPPER}0-9]+|[{UPPER}]?[0-9]{{1,3}})(?![\w-])|" \
        rf"{CAP}(?:[ \t]+{CAP})*(?:[ \t]+(?:of|for|and|the|to|in)[ \t]+{CAP}(?:[ \t]+{CAP})*)+" \
        rf"(?:[ \t]+(?:inom|för|i)[ \t]+[{LOWER}]+)?{SUBTITLE}?(?![\w-])|{NAMED})"
PROGRAMME_RE = re.compile(rf"(?<![\w-])([Pp]rogram(?:met)?){GAP}({NAMED}{PLACE})")
# "… för Utredningen om en äldreomsorgslag och stärkt medicinsk kompetens i kommuner": a government inquiry by
# its capitalised name inside a sentence, up to the end of its clause (at most fifteen words)
INQUIRY_RE = re.compile(rf"(?<=[{LOWER},:] )(Utredningen[ \t]+(?:om|för|av)(?:[ \t]+[{LOWER}{UPPER}0-9][\w-]*){{1,14}}?)"
                        rf"(?=[ \t]*(?:[.,;:)!?(]|\n|$)|[ \t]+(?:som|har|ska|är|leds|lämnade|lämnar)(?![\w-]))")
# "Utredningen har tagit namnet Samordnad utveckling för god och nära vård (S 2017:01)": the name an inquiry took,
# up to its number in brackets or the sentence's end
INQUIRY_NAMED_RE = re.compile(rf"(?<![\w-])[Uu]tredningen[ \t]+har[ \t]+(?:an)?tagit[ \t]+(?:sig[ \t]+)?namnet"
                              rf"[ \t]+[”\"“]?"
                              rf"([{UPPER}][^.!?\n(”\"“]{{2,120}}?)[”\"“]?(?=[ \t]*(?:\([A-ZÅÄÖ]{{1,3}}[ \t]+\d{{4}}:\d+\)|[.!?]|\n|$))")
# "Försöksverksamheten … har fått det lite vitsiga namnet Bra för äldre.": a piece of work given its name
GIVEN_NAME_RE = re.compile(rf"(?<![\w-])(?:fått|fick|får|tagit|tog|bär|har)[ \t]+(?:det|ett)?[ \t]*(?:[a-zåäö-]+[ \t]+){{0,3}}?"
                           rf"namnet[ \t]+[”\"“]?([{UPPER}][^.!?\n(”\"“,:;]{{2,60}}?)[”\"“]?(?=[ \t]*(?:[.!?,;]|\n|$))")
WORK_CUE = re.compile(r"(?i)(?:projekt|satsning|försöksverksamhet|verksamhet|pilot|initiativ|program|arbetet|"
                      r"modell|team|mottagning)")
# "Breddinförandeprojektet Mobil närvård", "EU-projektet X", "innovationssatsningen X": a compound of the cue names
# what follows
PROJECT_RE = re.compile(rf"(?<![\w-])((?:[{UPPER}]{{2,}}-|[{UPPER}{LOWER}][{LOWER}]{{2,}})?(?:[Pp]rojekt(?:et)?|[Ss]atsningen)|[Pp]iloten|[Ii]nitiativet|"
                        rf"(?:[Uu]tvecklings|[Ff]örbättrings|[Ff]örändrings|[Oo]mställnings)arbetet|"  # "utvecklingsarbetet Nya perspektiv"
                        rf"[Ff]örstudien|[Dd]elprojektet|[Kk]onceptet|[Uu]tredningen|[Tt]estbädden|"
                        # "en del av samarbetet X", "i samarbetet X"
                        rf"(?:(?<=(?:det|ett)[ \t])|(?<=\bav[ \t])|(?<=\bi[ \t])|(?<=inom[ \t]))"
                        rf"(?:[{LOWER}]+[ \t]+)?samarbetet){GAP}({NAMED}{PLACE})")
# "projektgrupp Säker Dos i Västerbotten", "projektgruppen för Trygg hemgång": the group named by its project
PROJECT_GROUP_WORDS = r"(?<![\w-])[Pp]rojektgrupp(?:en)?[ \t]+(?:för[ \t]+)?"
PROJECT_GROUP_RE = re.compile(rf"{PROJECT_GROUP_WORDS}({NAMED}{PLACE})")
# quoted names after a cue noun: samverkansprojekten "Första linjen" och "Minimaria"
# "projekt närsjukvård i Hagfors": a lower-case name after the cue, made a name by its place
LOWER_PLACE_RE = re.compile(rf"(?<![\w-])([Pp]rojekt(?:et)?[ \t]+((?:[{LOWER}]+[ \t]+){{1,2}}i[ \t]+({CAP})))(?![\w-])")
# "Primärvårdsprojektet" as a heading: a project named by its own compound
COMPOUND_HEADING_RE = re.compile(rf"(?m)^[ \t]*([{UPPER}][{LOWER}]{{3,}}(?:projektet|programmet))[ \t]*$")
# "ett resultat av det så kallade Tiohundraprojektet": the compound capitalised inside a sentence is a name
COMPOUND_INSIDE_RE = re.compile(rf"(?<=[{LOWER},] )([{UPPER}][{LOWER}]{{3,}}(?:projektet|programmet))(?![\w-])")
# "Tiohundrasamarbetet är det första i sitt slag": a cooperation named by its own capitalised compound, wherever it
# stands
COOPERATION_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{3,}}-?samarbetet)(?![\w-])")
# "nämnde Järvalyftet", "genom Äldreomsorgslyftet": an initiative named as a lift, capitalised inside a sentence
LIFT_RE = re.compile(rf"(?<=[{LOWER},] )([{UPPER}][{LOWER}]{{3,}}-?lyftet)(?![\w-])")
CAMEL_TAIL = re.compile(rf"(?:[{UPPER}][{LOWER}]+)+(?![\w-])")
# "Växjömodellen", "Norrtälje-modellen": a working model named by its place
PLACE_MODEL_RE = re.compile(rf"(?<![\w-])(([{UPPER}][{LOWER}]{{2,}}?)s?-?modellen)(?![\w-])")
QUOTE = r"[\"”“»]([^\"”“»«\n]{3,100})[\"”“«]"
# ('utredningen »Samordnad utveckling för god och nära vård«', 'uppdraget "X"': an inquiry or a remit by its quoted name;
# 'ESF-projektet ”X”', 'FoU-projektet ”X”': a funder's or a kind's initials before the cue)
QUOTED_RE = re.compile(rf"(?<![\w-])(?:[{UPPER}][{UPPER}{LOWER}]?[{UPPER}]{{0,4}}-)?(?:[{UPPER}]?[{LOWER}]*(?:projekt|program|pilot|satsning|initiativ|koncept|plattform|"
                       rf"utredning|uppdrag)|"
                       rf"(?:Projekt|Program|Pilot|Satsning|Initiativ|Koncept|Plattform|Utredning|Uppdrag))[{LOWER}]*[ \t]+"  # 'Projektet "X"'
                       rf"({QUOTE}(?:[ \t]*(?:,|och|samt)[ \t]*{QUOTE})*)")
# ”Integrerad vård på distans (iVPD)”, ett nordiskt samarbete: a quoted name the text then calls a project
QUOTED_IS_A_RE = re.compile(rf"{QUOTE}(?:[ \t]*\([^()\n]{{2,12}}\))?,?[ \t]+(?:är[ \t]+)?(?:ett|en)[ \t]+(?:[{LOWER}]+[ \t]+){{0,2}}"
                            rf"[{LOWER}]*(?:samarbete|projekt|program|satsning|initiativ)\b")
# "Hemma med IT Slutrapport", "1 Gemensamma kvalitetsindikatorer - äldreomsorg SLUTRAPPORT Gemensamt projekt …": a
# final report's title page opens with the name of the project it reports on (not "… Slutrapport från utvärderingen")
FINAL_REPORT_RE = re.compile(rf"\A[ \t\n]*(?:\d+[ \t]+){{0,2}}([{UPPER}][^\n.:!?]{{3,80}}?)[ \t]+(?:Slutrapport|SLUTRAPPORT)"
                             rf"(?![\w-])(?![ \t]+(?:från|av|om)[ \t])")
# "EU-projekt ger stöd åt demenssjuka": a headline's short verbs, too short for their endings to tell
SHORT_VERBS = frozenset({"ger", "får", "gör", "tar", "går", "når", "ser", "fick", "gav", "tog", "gick"})
# a sentence's opening determiner, which no name begins with
DEMONSTRATIVES = frozenset({"Denna", "Detta", "Dessa", "Där", "Här"})  # ("Det goda livet" may be a name)
PREPOSITIONS = frozenset({"på", "för", "med", "av", "till", "mot", "om"})
TITLE_PREPOSITIONS = PREPOSITIONS | {"under", "efter", "över", "genom", "utifrån", "inför", "kring", "mellan", "inom",
                                     "bland", "vid", "i"}
# (drivs, leds, görs: passive; "har projekt X funnits i …", "startats": a supine)
VERB_ENDINGS = ("as", "ade", "ar", "år", "är", "er", "te", "de", "vs", "ds", "rs", "ls", "js", "its", "ats")
COMPOUND_RE = re.compile(rf"(?<![\w-])({PROPER})[-‐](projektet|programmet)")
# "IKA-projektet", "ESF-projektet": an acronym alone names nothing a reader knows, so the compound is the name
FUNDERS = frozenset({"eu", "esf", "eruf", "it", "ikt"})  # "EU-projektet", "IT-projektet": a kind of project
ACRONYM_COMPOUND_RE = re.compile(rf"(?<![\w-])([{UPPER}]{{2,6}}[-‐](?:projektet|programmet))(?![\w-])")
CUE_NP_RE = re.compile(
    rf"(?i:satsning(?:en)? på|förstudie(?:n)? (?:runt|om|kring)|pilot(?:en|projekt(?:et)?)? (?:med|för|om)|"
    rf"kallar vi (?:för )?|som vi kallar (?:för )?)\s+({NP})"
)
# "Mobila närvårdsteamet", "Närsjukvårdsteamet", "mobila sjukvårdsteamet i Hudiksvall", "Mobilt närvårdsteam i Heby":
# a team named by its compound, capitalised, or mobile, or with its place
# ("Mobila Teamet i Sandviken": a mobile team by its place alone)
TEAM_RE = re.compile(rf"(?<![\w-])(?:(?P<mobile>[Mm]obil[at][ \t]+(?:[{LOWER}]{{4,}}team|(?P<bare>[Tt]eam))(?:et)?)|"
                     rf"(?P<compound>[{UPPER}][{LOWER}]{{6,}}team(?:et|(?=[ \t]+i[ \t]))))(?P<place>[ \t]+i[ \t]+{CAP})?(?![\w-])")
# "som leder genomförandet av Skånsk livskraft": the named work someone leads the carrying out of
LED_WORK_RE = re.compile(rf"(?<![\w-])(?:leder|ledde|samordnar|samordnade|driver|drev)[ \t]+(?:genomförandet|arbetet|"
                         rf"införandet)[ \t]+(?:av|med)[ \t]+({CAP}(?:[ \t]+[{LOWER}]+){{0,3}}?)(?=[ \t]*[.,;:!?]|[ \t]+(?:och|i|på|som)[ \t])")
# "Kumlas hemtagningsteam": a team named by the town that runs it, in the genitive
TOWN_TEAM_RE = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]+)s[ \t]+[{LOWER}]{{4,}}team(?:et)?(?![\w-])")
ON_TRIAL_RE = re.compile(rf"(?<![\w-])(?:en|ett)\s+({NP_WORD}\s+{NP_WORD})\s+på test\b")
PROGRAMME_ROLE_RE = re.compile(rf"(?<![\w-])[Pp]rogram(?:ledare|styrgrupp|styrgruppen|kontor|samordnare|ledning)[ \t]+"
                               rf"(?![Ff]ör\b)({NAMED})")
# "Projektnamn: Testbädd personcentrerad närsjukvård", "Projektplan Testbädd …": a project plan's name field or title,
# up to the line's end or the next field
NAME_FIELD_RE = re.compile(rf"(?<![\w-])(?:(?:Projektnamn|Projektets namn|Namn på projektet|Projekttitel|Projektets titel)"
                           rf"[ \t]*:[ \t]*[”\"“]?|"
                           # ("Projektnamn Region 2015" opening a line: a form's field without its colon)
                           rf"(?:^|(?<=\n))[ \t]*(?:Projektnamn|Projektets[ \t]+namn|Projekttitel)[ \t]+|"
                           # ("Projektplan Projektnamn X Datum 140122": the plan's head run onto one line, its fields)
                           rf"(?i:projektplan)(?:en)?(?:[ \t]+för)?(?:[ \t]+Projektnamn(?:[ \t]*:)?)?)[ \t]*"
                           rf"([{UPPER}][^:\n]{{2,140}}?)(?=[ \t]*(?:\n|$)|[ \t]+[{UPPER}][{LOWER}]+(?:[ \t]+[{LOWER}]+)?:|[ \t]+\d+\.|"
                           rf"[ \t]+(?:Datum|Version|Dnr|Diarienummer)[ \t]+\d|"
                           rf"[ \t]+\d+(?:[ \t]+\d+)?[ \t]+\(\d+\))")  # (a page's head: "1 1 (26)")
# "Pilotprojekt: Jämlik hälsa i Västerbotten", "Projekt: Trygg hemgång": a heading that labels a project's name
# "Projekt 1: Att mäta det omätbara – nyttoeffekter av …": numbered, a lower-case subtitle after the dash is no name
LABELLED_RE = re.compile(rf"(?m)^[ \t]*(?:[•▪*–-][ \t]*)?(?:[Pp]ilotprojekt|[Pp]rojekt|[Pp]ilot|[Ff]örstudie)(?:[ \t]+\d{{1,2}})?"
                         rf"[ \t]*:[ \t]*([{UPPER}][^:.!?\n]{{2,70}}?)[ \t]*(?:[ \t][–-][ \t]+[{LOWER}][^\n]*)?$")
# "Programområde Vårdform 1: Digitala vårdmöten (pdf)" on a line of its own: one part of a programme, named in full
PROGRAMME_AREA_RE = re.compile(rf"(?m)^[ \t]*(?:[•▪*–-][ \t]*)?(Programområde[ \t]+[{UPPER}][^\n()]{{2,80}}?)"
                               rf"(?:[ \t]*\((?i:pdf|word|docx?)[^)\n]*\))?[ \t]*$")
SUBPROJECT_RE = re.compile(rf"(?im)^[ \t]*(?:[•▪*–-][ \t]*)?delprojekt(?:et)?[ \t]*:[ \t]*({NAMED})")
NAMED_AS_RE = re.compile(rf"(?<![\w-])(?i:projekt(?:et)?|pilot(?:en)?|[a-zåäö]*modell(?:en)?|program(?:met)?|satsning(?:en)?|initiativ(?:et)?|"
                         rf"förstudie(?:n)?|koncept(?:et)?)\b[^.!?\n,]{{0,60}}?(?:,[ \t]*)?\b(?:som heter|heter|som kallas|kallat|kallad|kallas|"
                         rf"som (?:vi|man) kallar(?: för)?|kallar vi(?: för)?|(?:går|gick|löper|drivs) under (?:namnet|arbetsnamnet)|"
                         rf"(?:har )?(?:fått|fick) (?:namnet|arbetsnamnet)|har (?:namnet|arbetsnamnet))\s+({NAMED})")
# 'Projektet heter ”Ägarskiftescentrum – Ägarskiften …”': the quoted name after the naming verb, whole
NAMED_AS_QUOTED_RE = re.compile(rf"(?<![\w-])(?i:projekt(?:et)?|pilot(?:en)?|program(?:met)?|satsning(?:en)?|"
                                rf"initiativ(?:et)?|förstudie(?:n)?)[ \t]+(?:som[ \t]+)?(?:heter|kallas|har[ \t]+namnet|"
                                rf"(?:har[ \t]+)?fått[ \t]+namnet)[ \t]+{QUOTE}")
# "Lead title för X": "projektledare för Hemnära team", "programledare för Vården närmare"
LEAD_UNTIL_IS = re.compile(rf"({CAP}[^.,!?\n]{{0,40}}?)\s+(?:är|blir|var|har varit)\s+[{UPPER}]")
LEAD_ROLES = r"(?i:(?:del)?projektledare|programledare|projektsamordnare|programsamordnare|projektchef|programchef)(?:n|na)?"
LEAD_FOR_RE = re.compile(rf"(?<![\w-]){LEAD_ROLES}\s+för\s+(?:(?i:projektet|programmet|satsningen)\s+)?({NAMED})")
# "Trygg hemgång startade för tio år sedan som ett projekt": a name opening a sentence that began as a project
STARTED_AS_RE = re.compile(rf"(?m)(?:^|(?<=[.!?])\s+)({CAP}(?:[ \t]+[{LOWER}]+){{0,3}}(?:[ \t]+{CAP})*)[ \t]+"
                           rf"(?:startade|började|inleddes|drogs[ \t]+igång)(?:[ \t]+[\w-]+){{0,5}}?[ \t]+som[ \t]+"
                           rf"(?:ett[ \t]+)?(?:[{LOWER}]+[ \t]+)?[{LOWER}]*(?:projekt|pilot)(?![\w-])")
# "andra projekt inom Effektiv och nära vård": the programme that projects run under, by its capitalised name
WITHIN_NAMED_RE = re.compile(rf"(?<![\w-])(?:projekt|delprojekt|projekten|delprojekten|satsningar)[ \t]+inom[ \t]+({NAMED})")
# "inom ramen för ”Bättre liv för sjuka äldre”": the quoted name of the effort something is part of
WITHIN_QUOTED_RE = re.compile(rf"(?<![\w-])inom[ \t]+ramen[ \t]+för[ \t]+{QUOTE}")
# "X är ett samarbete mellan …", "X är ett projekt som …": a name opening a sentence or a bullet
# ("Bo bra på äldre dar är ett regeringsuppdrag som leds av …": a government's commission, five words long)
IS_A_RE = re.compile(rf"(?m)(?:^|(?<=[.!?:])\s+)[ \t]*(?:[•▪*–-][ \t]*)?({CAP}(?:[ \t]+[{LOWER}]+){{0,4}}(?:[ \t]+{CAP})*)"
                     rf"\s+är\s+(?:ett|en)\s+(?:[{LOWER}]+\s+)?(?:[{LOWER}]*(?:samarbete|projekt|program|initiativ|"
                     rf"satsning)|pilot|förstudie|koncept|regeringsuppdrag|plattform[ \t]+för)\b")  # "X är en plattform för länets …"
# "En uppföljning har gjorts av Vårdbrygga Norra Kusten som är ett projekt som …": a capitalised name inside a
# sentence, said to be one in a relative clause
IS_A_RELATIVE_RE = re.compile(rf"(?<=[{LOWER}] )({CAP}(?:[ \t]+(?:(?:på|i|för)[ \t]+)?{CAP}){{0,4}})[ \t]+som[ \t]+är[ \t]+(?:ett|en)[ \t]+"
                              rf"(?:[{LOWER}]+[ \t]+)?[{LOWER}]*(?:projekt|program|satsning|initiativ|pilot|förstudie)"
                              rf"(?![\w-])")
# "Projektrapport 1(27) Innovativa modeller för måltider - En förstudie": a report's title names its pilot study
STUDY_TITLE_RE = re.compile(rf"(?m)(?:^|(?<=\)[ \t]))[ \t]*({CAP}(?:[ \t]+(?:[{LOWER}]+|{CAP})){{1,9}})[ \t]+[-–][ \t]+"
                            rf"[Ee]n[ \t]+förstudie(?![\w-])")
COLLABORATION_RE = re.compile(rf"(?m)^[ \t]*({CAP}(?:\s+[{LOWER}]+){{0,4}}(?:\s+{CAP})*)\s*[-–]\s*ett samarbete mellan")
NOT_SUBJECT = frozenset({"det", "detta", "den", "projektet", "programmet", "satsningen", "piloten", "initiativet", "målet",
                         "syftet", "tanken", "arbetet", "nätverket", "uppdraget", "samarbetet", "verksamheten",
                         "förslaget", "studien", "pilotprojektet"})
CUE_WORDS = frozenset({"delprojekt", "projekt", "program", "pilot", "satsning", "förstudie", "delprojekten",
                       "projekten", "programmet", "projektet"})
LIST_HEADING = re.compile(r"(?i)\b(?:del)?projekt(?:en)?\b|\bsatsningar(?:na)?\b|\binsatser(?:na)?\b|\binitiativ(?:en)?\b")
# "God och nära vård i Gävleborg", "projektledare för god och nära vård i södra Lappland": the reform's
# name with a place is one region's programme
DIRECTIONS = "norra|södra|östra|västra|mellersta|sydöstra|nordöstra|sydvästra|nordvästra|inre|övre|nedre"
COUNTRYSIDE = r"(?:gles|lands)bygd(?:en)?(?:\s+och\s+(?:gles|lands)bygd(?:en)?)?"
GOOD_CARE_RE = re.compile(rf"(?<![\w-])((?:[Gg]od\s+och\s+)?[Nn]ära\s+vård)[ \t]+((?:i|på)[ \t]+)?((?:(?:{DIRECTIONS})\s+)?"
                          rf"(?:{CAP}\s+län|{CAP})|{COUNTRYSIDE})(?P<version>[ \t]+\d+\.\d+)?(?![\w-])")
PLACE_ALSO = re.compile(rf"[ \t]+och[ \t]+({CAP})(?=[ \t]*(?:[.,;:!?\n]|$))")
GOOD_CARE_LEAD = re.compile(rf"{LEAD_ROLES}\s+för\s+((?:(?:omställningsarbetet|omställningen|arbetet)\s+"
                            r"(?:mot|till|med)\s+(?:en\s+)?)?)$")
BULLET_CUES = ("team", "mottagning", "mottagningen", "program", "programmet", "projekt", "projektet",
               "pilot", "förstudie", "satsning")


def _trim_name(phrase: str) -> str:
    """Cut a name after its cue word at the first function word or verb form."""
    if re.match(r"[Nn]ära\s+vård", phrase) or re.fullmatch(rf"(?:Det|Den)\s+[{LOWER}]+[ae]\s+[{LOWER}]+(?:et|en)", phrase):
        return phrase  # ("Det kunskapsbaserade äldreboendet": its adjective is no verb)
    words = re.findall(r"\S+|\s+", phrase)
    keep, place = [], False
    for i, w in enumerate(words):
        if w.isspace():
            keep.append(w)
            continue
        low = w.casefold()
        nxt = next((x for x in words[i + 1:] if not x.isspace()), "")
        prev = next((x for x in reversed(keep) if not x.isspace()), "")
        if w == "–" and keep:  # a subtitle: kept whole
            keep.extend(words[i:])
            break
        # "… för god och nära vård", "Effektiv och nära vård 2030"
        if low == "och" and (prev.casefold() == "god" or prev[:1].isupper()) and nxt.casefold() == "nära":
            keep.append(w)
            continue
        # "Vård- och omsorgscollege", "In- och utskrivningsklar …": two nouns that share their last part
        if prev.endswith("-") and low in ("och", "eller") or len(keep) >= 4 and keep[-4].endswith("-") \
                and keep[-2] in ("och", "eller"):
            keep.append(w)
            continue
        if low == "i":
            place = True
        elif low in PREPOSITIONS and nxt and nxt.islower() and nxt not in STOP and not nxt.endswith(VERB_ENDINGS):
            pass  # "Tillsammans på väg"
        # ("Projekt för äldre i Bollnäs får stöd": a function word or "får" ends it after its place too)
        elif not w[:1].isupper() and (low in STOP or not place and low.endswith(VERB_ENDINGS) and
                                      not low.endswith(("ande", "ende"))) and len(keep) > 0:
            # ("för en åldrande bygd": a present participle is an adjective, no verb)
            # ("Projektet Lugna kvällar genomförs …": an adjective's plural, then a plural noun, then the verb)
            plural = sum(not x.isspace() for x in keep) == 1 and prev[:1].isupper() and prev.endswith("a") and low.endswith(("ar", "er", "or")) \
                and low not in STOP and nxt.casefold().endswith(VERB_ENDINGS) and nxt[:1].islower()
            if not plural:
                break
        keep.append(w)
    # ("Första veckan hemma med en …": the words the name's reach ended on, an article and its preposition)
    while keep and (keep[-1].isspace() or keep[-1].casefold() in PREPOSITIONS | {"en", "ett"}):
        keep.pop()
    return "".join(keep).rstrip()


def _trim_np(phrase: str) -> str:
    words = squash(phrase).split(" ")
    # ("satsningen på hälsovalet innebär en …": a noun phrase ends before an article; what stood between was the verb)
    cut = next((i for i, w in enumerate(words) if i > 0 and w in ("en", "ett")), None)
    if cut is not None:
        words = words[:cut - 1] if cut >= 2 and words[cut - 1].endswith(("r", "de", "te")) else words[:cut]
    while words and (words[-1].casefold() in STOP or words[-1] in PREPOSITIONS | {"i", "hos", "vid", "från", "inom"}):
        words.pop()
    return " ".join(words)


def find_projects(text: Text, lex: Lexicon) -> list[Found]:
    t = text.text
    out: list[Found] = []

    def add(a: int, b: int, name: str, rule: str, conf: float) -> None:
        name = squash(name)
        camel = CAMEL_TAIL.match(t, b)
        if camel and name.endswith(t[b - 1]):  # "testbädden InnoMera": a name written in camel case, cut at its capital
            name, b = name + camel.group(), camel.end()
        if len(name) < 4 or name.casefold() in STOP or t[b:b + 1].isalnum():
            return  # ("samverkansprojekt Författaren FoU-rapport": a name does not end inside a word)
        if re.fullmatch(r"(?i)(?:del|pilot)?projekt(?:et|en)?|program(?:met)?|satsning(?:en)?", name):
            return  # "Projekt Projekt som ingår i …": a glossary's entry for the word itself
        out.append(Found("Project", capitalise(name), a, b, t[a:b], rule, conf))

    places = {p.short for p in (*lex.regions, *lex.municipalities)} | {p.county for p in lex.regions}
    for m in PROGRAMME_RE.finditer(t):
        name = _trim_name(m.group(2))
        if name.split()[0].casefold() in GENRE:  # "Program ⏎ 18 av 18 ⏎ Publicerad …": a page's menu and dateline
            continue
        after = re.match(r"([Nn]ära\s+vård)[ \t]+(\S+)$", name)
        if after and after.group(2) not in places:  # "Nära vård Gävleborg", not "Nära vård Gemensamma"
            name = after.group(1)
        # "Program Nära vård" is the name; "programmet X" names X, unless X only names the reform itself
        titled = m.group(1) == "Program" or squash(name).casefold() in lex.cue("domain_term")
        add(m.start(), m.start(2) + len(name), ("Program " if titled else "") + capitalise(squash(name)),
            "project.programme", 0.85)
    for m in INQUIRY_RE.finditer(t):  # "särskild utredare för Utredningen om en äldreomsorgslag …"
        add(m.start(1), m.end(1), m.group(1), "project.inquiry", 0.75)
    for m in INQUIRY_NAMED_RE.finditer(t):  # "Utredningen har tagit namnet X (S 2017:01)."
        add(m.start(1), m.end(1), squash(m.group(1)), "project.inquiry", 0.8)
    for m in GIVEN_NAME_RE.finditer(t):
        sent = t[sentence_at(t, m.start()).start:m.start()]
        if WORK_CUE.search(sent) and len(m.group(1).split()) <= 6 and m.group(1).split()[0] not in lex.first_names:
            add(m.start(1), m.end(1), squash(m.group(1)), "project.given_name", 0.7)
    for m in PROGRAMME_ROLE_RE.finditer(t):
        name = _trim_name(m.group(1))
        add(m.start(1), m.start(1) + len(name), name, "project.programme", 0.7)
    for m in FINAL_REPORT_RE.finditer(t):
        name = squash(m.group(1))
        first = name.split()[0]
        if 2 <= len(name.split()) <= 8 and first not in lex.first_names and first not in places and \
                first.casefold() not in ("region", "regionen", "kommun", "landstinget", "utvärdering"):
            add(m.start(1), m.start(1) + len(m.group(1)), name, "project.final_report", 0.7)
    for m in PROJECT_RE.finditer(t):
        name = _trim_name(m.group(2))
        if name.split()[0] in DEMONSTRATIVES:
            continue  # "Delrapport från IKA-projektet Denna studie handlar om …": a new sentence, run on
        if re.fullmatch(r"(?i)(?:projekt|satsning|program)\w*(?:ets|ens)", name.split()[0]):
            continue  # "Uppgifter om projektet Projektets namn MÖTAS": a form's field, the cue's own genitive
        whole = re.match(r"[^.!?,;:\n]{0,80}?(?=[.!?]\s|[.!?]?$|\n)", t[m.start(2):m.start(2) + 90])
        if " " not in name and name.endswith("s") and whole and re.match(r"[ \t]+och[ \t]+[a-zåäö]+s[ \t]",
                                                                           t[m.start(2) + len(name):]):
            # "forskningsprojekt Vårdens och äldreomsorgens organisering och finansiering.": a genitive opens the
            # name, which runs to the end of its sentence
            name = whole.group(0).rstrip()
        for_whom = FOR_WHOM.match(t, m.start(2) + len(name)) if " " in name else None
        if for_whom:
            name = t[m.start(2):for_whom.end()]
        add(m.start(), m.start(2) + len(name), squash(name), "project.project", 0.85)
    for m in WITHIN_NAMED_RE.finditer(t):
        name = _trim_name(m.group(1))
        first = name.split()[0]
        if " " in name and first not in places and first.casefold() not in ("region", "regionen", "kommun") and \
                first not in lex.first_names:
            add(m.start(1), m.start(1) + len(name), squash(name), "project.programme_of", 0.7)
    for m in PROJECT_GROUP_RE.finditer(t):  # "Framtagna av projektgrupp Säker Dos i Västerbotten": the project's group
        name = _trim_name(m.group(1))
        if " " in name:
            add(m.start(1), m.start(1) + len(name), squash(name), "project.project_group", 0.7)
    for m in LOWER_PLACE_RE.finditer(t):
        words = m.group(2).split()
        if m.group(3) in places and not STOP & set(words[:-2]) and not any(w.endswith(VERB_ENDINGS) for w in words[:-2]) \
                and " ".join(words[:-2]) != "nära vård":  # "projekt nära vård i X" is the reform's: _good_care
            add(m.start(), m.end(), "Projekt " + squash(m.group(2)), "project.project", 0.75)
    for m in chain(COMPOUND_HEADING_RE.finditer(t), COMPOUND_INSIDE_RE.finditer(t), COOPERATION_RE.finditer(t)):
        add(m.start(1), m.end(1), m.group(1), "project.compound", 0.75)
    for m in PLACE_MODEL_RE.finditer(t):
        if m.group(2) in lex.place_words:  # "Växjömodellen", "Norrtälje-modellen": a place's way of working
            add(m.start(1), m.end(1), m.group(1), "project.place_model", 0.65)
    for m in COMPOUND_RE.finditer(t):
        name = squash(m.group(1))
        if m.group(2).startswith("program"):
            name = "Program " + capitalise(name)
        add(m.start(), m.end(), name, "project.compound", 0.75)
    for m in LIFT_RE.finditer(t):
        add(m.start(1), m.end(1), m.group(1), "project.compound", 0.7)
    for m in ACRONYM_COMPOUND_RE.finditer(t):
        after = re.match(rf"[ \t]+([{UPPER}][{LOWER}]+)", t[m.end():m.end() + 20])
        if m.group(1)[:-9].rstrip("-‐").casefold() not in FUNDERS and \
                (after is None or after.group(1) in DEMONSTRATIVES):  # "EU-projektet Hemma": PROJECT_RE
            add(m.start(1), m.end(1), m.group(1).replace("‐", "-"), "project.compound", 0.7)
    for m in CUE_NP_RE.finditer(t):
        if re.search(r"(?:,\s*(?:en|ett)|\b(?:det vill säga|dvs\.?|alltså))\s+$", t[max(0, m.start() - 16):m.start()]) or \
                re.match(r"\s+(?:som heter|som kallas|som vi kallar)\b", t[m.end(1):m.end(1) + 20]):
            continue  # "X, en satsning på …" describes X; "en pilot med … som heter Y" names Y
        phrase = _trim_np(m.group(1))
        first = phrase.split(" ")[0]
        if first.casefold() in ("den", "det", "de") or first in ("en", "ett") or \
                phrase.casefold() in lex.cue("domain_term") or \
                (phrase + " vård").casefold() in lex.cue("domain_term") and t.startswith(" vård", m.start(1) + len(phrase)):
            continue  # "satsningen på den nära vården", "satsning på nära vård", "satsning på en god och nära vård"
        if len(phrase.split(" ")) >= 2 or any(phrase.casefold().endswith(c) for c in BULLET_CUES):
            add(m.start(1), m.start(1) + len(phrase), phrase, "project.cue", 0.7)
    for m in TEAM_RE.finditer(t):
        place = m.group("place") and m.group("place").split()[-1] in places
        if m.group("bare") and not (place and m.group("mobile")[0].isupper()):
            continue  # "det tredje mobila teamet i Gävleborg" counts teams; "Mobila Teamet i Sandviken" names one
        if m.group("compound") or place or m.group("mobile")[0].isupper():
            end = m.end() if place else m.end("mobile" if m.group("mobile") else "compound")
            add(m.start(), end, t[m.start():end], "project.team", 0.65)
    for m in LED_WORK_RE.finditer(t):
        first = m.group(1).split()[0]
        if first not in lex.first_names and first not in places and first.casefold() not in NOT_NAME:
            add(m.start(1), m.end(1), m.group(1), "project.led_work", 0.6)
    for m in TOWN_TEAM_RE.finditer(t):
        if m.group(1) in places:
            add(m.start(), m.end(), m.group(0), "project.team", 0.6)
    for m in ON_TRIAL_RE.finditer(t):
        add(m.start(1), m.end(1), m.group(1), "project.trial", 0.7)
    for m in NAMED_AS_RE.finditer(t):
        name = _trim_name(m.group(1))
        if name.split(" ")[0] not in lex.first_names:
            add(m.start(1), m.start(1) + len(name), name, "project.named_as", 0.75)
    for m in LEAD_FOR_RE.finditer(t):
        until = LEAD_UNTIL_IS.match(t, m.start(1))  # "Projektledare för Trygga hemgångar är Greta Holmlund"
        name = squash(until.group(1)) if until else _trim_name(m.group(1))
        if name.split(" ")[0] not in lex.first_names:
            add(m.start(1), m.start(1) + len(name), name, "project.led_for", 0.75)
    for m in NAMED_AS_QUOTED_RE.finditer(t):
        name = squash(m.group(1))
        if name[:1].isupper() and len(name.split(" ")) <= 12:
            add(m.start(1), m.start(1) + len(m.group(1).rstrip()), name, "project.named_as", 0.75)
    for m in QUOTED_RE.finditer(t):
        for q in re.finditer(QUOTE, m.group(1)):
            name = squash(q.group(1))
            # 'projektet ”Invest in X – för fler hållbara investeringar”': a subtitle after a dash is part of it
            if name[:1].isupper() and len(name.split(" ")) <= (12 if " – " in name else 8):
                at = m.start(1) + q.start(1)
                add(at, at + len(q.group(1)), name, "project.quoted", 0.7)
    for m in QUOTED_IS_A_RE.finditer(t):
        inner = re.match(r"(.*?)(?:[ \t]*\([^()]*\))?$", m.group(1))
        name = squash(inner.group(1))
        if name[:1].isupper() and len(name.split(" ")) <= 8:
            add(m.start(1), m.start(1) + len(inner.group(1)), name, "project.quoted", 0.7)
    for m in IS_A_RE.finditer(t):
        # the subject whole where no function word stands in it: the copula is its verb ("Bo bra på äldre dar är …")
        whole = not STOP & set(m.group(1).casefold().split())
        name, start = squash(m.group(1)) if whole else _trim_name(m.group(1)), m.start(1)
        cue = re.match(r"(\S+)\s+(?=\S)", name)
        if cue and cue.group(1).casefold() in NOT_SUBJECT:  # "Projektet Vårdbron är ett samarbete …"
            name, start = name[cue.end():], start + cue.end()
        words = name.split(" ")
        # (a given name may open a phrase of lower-case words: "Bo bra på äldre dar", not "Eva Ek")
        if (words[0] not in lex.first_names or len(words) >= 3 and words[1].islower()) and \
                name.casefold() not in NOT_SUBJECT and \
                not STOP & set(m.group(1).casefold().split()[1:]):  # "Betona att programmet inte är ett …"
            add(start, start + len(name), name, "project.is_a", 0.7)
    for m in IS_A_RELATIVE_RE.finditer(t):
        # ("studiebesök på Navet på Gärdet som är ett samarbetsprojekt": a place after "på" is part of the name,
        # but a name does not open on one: "i Umeå i Y som är …")
        first = m.group(1).split(" ")[0]
        if first not in lex.first_names and first not in lex.place_words and m.group(1).casefold() not in NOT_NAME:
            add(m.start(1), m.end(1), squash(m.group(1)), "project.is_a", 0.7)
    for m in STARTED_AS_RE.finditer(t):
        name = _trim_name(m.group(1))
        if name.split(" ")[0] not in lex.first_names and name.casefold() not in NOT_SUBJECT and " " in name:
            add(m.start(1), m.start(1) + len(name), name, "project.started_as", 0.7)
    for m in WITHIN_QUOTED_RE.finditer(t):
        name = squash(m.group(1))
        if name[:1].isupper() and len(name.split(" ")) <= 8:
            add(m.start(1), m.end(1), name, "project.quoted", 0.7)
    for m in NAME_FIELD_RE.finditer(t):
        name = m.group(1).rstrip(" .,;")
        add(m.start(1), m.start(1) + len(name), capitalise(squash(name)), "project.name_field", 0.85)
    for m in LABELLED_RE.finditer(t):
        if m.group(1).split(" ")[0] not in lex.first_names:
            add(m.start(1), m.end(1), squash(m.group(1)), "project.labelled", 0.7)
    for m in PROGRAMME_AREA_RE.finditer(t):
        add(m.start(1), m.end(1), squash(m.group(1)), "project.programme_area", 0.7)
    for m in SUBPROJECT_RE.finditer(t):
        name = _trim_name(m.group(1).strip())
        parent = [f for f in out if f.start < m.start() and f.rule != "project.subproject"]
        add(m.start(1), m.start(1) + len(name), name, "project.subproject", 0.7)
        if parent and out and out[-1].name == capitalise(squash(name)):
            last = out.pop()
            out.append(Found(last.kind, last.name, last.start, last.end, last.surface, last.rule, last.confidence,
                             codes=(("listed_under", str(parent[-1].start)),)))
    for m in COLLABORATION_RE.finditer(t):
        add(m.start(1), m.end(1), m.group(1), "project.collaboration", 0.8)
    for m in STUDY_TITLE_RE.finditer(t):
        add(m.start(1), m.end(1), m.group(1), "project.study_title", 0.7)
    out.extend(_good_care(text, lex, places, out))
    out.extend(_slide_items(text, lex, out))
    out.extend(_part_lists(text, out))
    out.extend(_numbered_items(text, out))
    out.extend(_page_title(text, lex, out))
    # the lines that stand alone as a heading or a title: "Service i samverkan." over the page about it
    titles = {t[b.start:b.end].strip().rstrip(".").strip() for k, b in enumerate(text.blocks)
              if b.kind == "heading" or k == 0 and len(t[b.start:b.end].split()) <= 8}
    return _completed(t, [_cut_back(t, f) if f.rule == "project.project" else f for f in out], titles)


def _cut_back(t: str, f: Found) -> Found:
    """ "Nu får utvecklingsarbetet Nya perspektiv nationell uppmärksamhet": lower-case words a name ran on with
    once, where the text writes the name at least twice more without them ("Nya perspektiv drivs av …", "Nya
    perspektiv i Värmland"), are the sentence's, not the name's."""
    words = f.name.split(" ")
    at = f.end - len(f.name)
    if len(words) < 3 or t[at:f.end] != f.name or not words[-1].islower():
        return f
    for k in range(len(words) - 1, 1, -1):
        if not all(w.islower() for w in words[k:]):
            break
        short = " ".join(words[:k])
        others = [m for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", t) if m.start() != at]
        if len(others) >= 2 and not any(t.startswith(f.name, m.start()) for m in others):
            end = at + len(short)
            return Found(f.kind, short, f.start, end, t[f.start:end], f.rule, f.confidence, f.subtype, f.codes)
    return f


# a page that goes on about "Projektet" or has a "Projektperiod" field is a project's page
# ("Projektets löptid" as a field; "Syftet med förstudien"; "Projektägare:" and "Projektorganisation" as a flattened
# report's labels, in the middle of a line)
ABOUT_PROJECT = re.compile(r"(?m)(?:^|[.!?]\s+)Projektet\b|^[ \t]*Projekt(?:period|tid|tiden|ägare|ledare|ledning)\b|"
                           r"^[ \t]*(?:Styrgrupp|Projektgrupp)[ \t]*$|^[ \t]*Projektets[ \t]+(?:löptid|syfte|mål|ägare)\b|"
                           r"(?<![\w-])[Ss]yftet[ \t]+med[ \t]+(?:projektet|förstudien|piloten)\b|"
                           r"(?<![\w-])Projekt(?:ägare[ \t]*:|organisation[ \t]+Projektet\b)")
GENRE = frozenset("pressmeddelande nyhet nyheter verksamhetsplan rapport protokoll minnesanteckningar avsnitt "
                  "transkribering startsida startsidan meny podd podcast podcasten kontakt innehåll sammanfattning "
                  "bakgrund syfte inledning publicerad artikel logotyp logo skip creators guests".split())


DEFINITE_CUES = frozenset("projektet programmet satsningen piloten förstudien initiativet arbetet".split())


def _page_title(text: Text, lex: Lexicon, found: list[Found]) -> list[Found]:
    """A web page titled by a heading of its own ("Innovationer för nära vård", after a breadcrumb) whose
    text goes on about "Projektet", or whose title holds a project cue ("Mobila team närsjukvård"), is that
    project's page: the title is the project's name."""
    t = text.text
    about = ABOUT_PROJECT.search(t) is not None
    for block in text.blocks[:3]:
        # "Digga Hälsocentral - projekt för ökad digitalisering": the name, before what kind of work it is
        line = re.sub(r"[ \t]+[–-][ \t]+(?:(?:ett|en)[ \t]+)?(?:projekt|pilotprojekt|pilot|satsning|program)\b.*$", "",
                      t[block.start:block.end].strip())
        # "Uppföljningsrapport Innovationssluss Västra Götaland": a report's title, then what it reports on
        # ("Slutrapport för Bästa samverkansplatsen", "Delrapport från projektet X": the words between them too)
        # (a report on it is as good a cue as the text's "Projektet")
        line, reported = re.subn(rf"^(?:[{UPPER}][{LOWER}]*rapport(?:[ \t]+(?:för|om|från))?(?:[ \t]+projektet)?|"
                                 rf"Utvärdering[ \t]+av)[ \t]+(?=[{UPPER}])", "", line)
        words = line.split()
        if len(words) > 12 and not line.endswith("."):
            break  # the page's headline: a short heading below it ("Två kvinnor") is a section's, not the title
        if block.kind != "heading":
            if len(line) > 100:
                break  # the body has begun
            continue
        if any(f.start < block.end and block.start < f.end for f in found):
            break  # the title already names a project
        if not 2 <= len(words) <= 8 or not line[:1].isupper() or line.isupper() or re.search(r"[:|?!.,;\d]", line):
            continue
        if not about and not reported and not {w.casefold() for w in words[:-1]} & set(BULLET_CUES):
            continue  # "Mobila team närsjukvård": the title says what it is
        if GENRE & {w.casefold() for w in words} or words[0] in lex.first_names or words[-1].casefold() in STOP | PREPOSITIONS | {"i", "och"}:
            continue
        if base_form(words[0], lex):
            continue  # "Apotekare på vårdcentraler": a heading about a profession
        if words[-1].casefold() in DEFINITE_CUES:
            continue  # "Om projektet", "Mer om satsningen": a section's heading about the project, not its name
        # ("… utifrån lärdomar under coronapandemin": a preposition, and a plural noun after one, are no verbs)
        # ("Rehabresurs samarbete": a noun in "-ete" is no past tense)
        if any(w.islower() and (w in STOP or w in SHORT_VERBS or w.endswith(VERB_ENDINGS) and len(w) > 4 and not before.endswith("a")
                                and not w.endswith("ete")
                                and w not in TITLE_PREPOSITIONS and before.casefold() not in TITLE_PREPOSITIONS)
               for before, w in zip(words, words[1:])):
            continue  # a headline with a verb ("Läkaren kommer hem"), not a name ("Digitala vårdkontakter" is one)
        a = block.start + t[block.start:block.end].index(line)
        return [Found("Project", capitalise(squash(line)), a, a + len(line), line, "project.page_title", 0.6)]
    return []


def without_county(name: str) -> str:
    """ "… i Gävleborgs län" and "… i Uppsala län" name the same place as "… i Gävleborg", "… i Uppsala"."""
    return re.sub(r"(?<=[a-zåäö])s?\s+län$", "", name)


def _good_care(text: Text, lex: Lexicon, places: set[str], found: list[Found]) -> list[Found]:
    """ "God och nära vård i Gävleborg" written with a capital inside a sentence or as a page's heading,
    "God och nära vård Västernorrland", or "projektledare för (omställningsarbetet mot en) god och nära
    vård i södra Lappland": the reform carried out in one place, which a region runs as its programme.
    "arbetet kring Nära vård i Värmland" too, inside a sentence; in a document about "programmet Nära
    vård" it is that programme. One name per place in a document: "… i Gävleborgs län" and "… i glesbygd
    och landsbygd" take the name first written."""
    t = text.text
    out: list[Found] = []
    reform = next((f.name for f in found if f.rule == "project.programme" and key(f.name) in (
        "program nära vård", "nära vård")), None)
    named: dict[str, str] = {}  # place -> the name first written for it
    for m in GOOD_CARE_RE.finditer(t):
        area = m.group(3)
        stop = m.end()
        two = re.match(rf"[ \t]+({CAP})(?![\w-])", t[stop:]) if not m.group("version") else None
        if two and f"{area} {two.group(1)}" in places:  # "i Jämtland Härjedalen", "i Västra Götaland": a two-word place
            area, stop = f"{area} {two.group(1)}", stop + two.end()
        known = area.split(" ")[-1] in places or without_county(area) in places or not area[:1].isupper() or \
            re.match(DIRECTIONS, area)
        if not known or not m.group(2) and (not m.group(1).startswith("God") or not area[:1].isupper()):
            continue
        start = m.start()
        line = line_at(t, start)
        opens = re.search(r"(?:^|[.!?:]\s+|[»\"”])$", t[line.start:start])
        if m.group(1)[:1].islower():
            lead = GOOD_CARE_LEAD.search(t, max(0, start - 80), start)
            if not lead:
                continue
            start = lead.start(1)
        elif not m.group(1).startswith("God") and (opens or t[start - 2:start] == ", "):
            continue  # "Nära vård i Västmanland" as a slide's heading is the reform there
        elif opens and line.text.strip() != t[m.start():stop]:
            continue  # a sentence about the reform, not a heading naming the programme
        end = stop
        also = PLACE_ALSO.match(t, end) if not m.group("version") else None
        if also and also.group(1) in places:  # "God och nära vård i Skellefteå och Norsjö.": both places'
            end = also.end()
        name = capitalise(squash(t[m.start():end]))
        if reform and not name.startswith("God"):
            name = reform
        # "… på landsbygd 2.0" continues "… på landsbygd": a project of its own
        place = without_county(area).split(" och ")[0].casefold() + (m.group("version") or "")
        name = named.setdefault(place, name)
        out.append(Found("Project", name, start, end, t[start:end], "project.good_care", 0.7))
    return out


# the lower-case words a name may run on with, to a mark that closes it: "Minnet ej| att förglömma" - …
RUN_ON = re.compile(rf"((?:[ \t]+(?:[{LOWER}]+|i[ \t]+{CAP}(?:[ \t]+län)?)){{1,5}})(?=[ \t]*(?:[.,;:!?\"”)\n]|[ \t][–-][ \t]|$))")
# words that go on the sentence, not the name ("… Trygg hemgång är …")
CLAUSE_WORDS = frozenset("är var har hade ska kan kommer blir blev får fick som men där när och eller samt med".split())


def _run_on(t: str, name: str) -> str:
    """The lower-case words the mentions of ``name`` run on with up to a closing mark, when at least two do and
    all that do agree: "projektet Minnet ej" cut at "att", where the report's title and cover say "Minnet ej att
    förglömma" - …. Empty otherwise."""
    ends = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t):
        run = RUN_ON.match(t, m.end())
        ends.append(squash(run.group(1)) if run else "")
    runs = [e for e in ends if e]
    if len(runs) < 2 or len(set(runs)) != 1 or runs[0].split(" ")[0] in CLAUSE_WORDS or \
            any(w in CLAUSE_WORDS for w in runs[0].split(" ")[1:]):
        return ""
    return runs[0]


def _repeated_run(t: str, name: str) -> str:
    """ "projekt Trygg och effektiv utskrivning Innehållsförteckning", and "överenskommelsen för trygg och effektiv
    utskrivning" further on: a one-word name cut at "och" runs on with the lower-case words that the text writes
    after it again elsewhere (the longest such run). Empty when none repeats.

    Every place the name stands, in any case, is read once and the runs after it counted, so a text that writes
    the name ten thousand times costs ten thousand short reads, not as many passes over the text."""
    counts: Counter[tuple[str, ...]] = Counter()
    folded = t.casefold()
    for m in re.finditer(rf"(?<![\w-]){re.escape(name.casefold())}(?![\w-])", folded):
        run = re.match(r"(?:[ \t]+[^\W\d_]+){1,5}", folded[m.end():m.end() + 80])
        words = tuple(run.group(0).split()) if run else ()
        counts.update(words[:k] for k in range(1, len(words) + 1))
    best = ""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t):
        run = re.match(rf"(?:[ \t]+[{LOWER}]+){{1,5}}(?![\w-])", t[m.end():m.end() + 80])
        words = run.group(0).split() if run else []
        for k in range(len(words), 0, -1):
            if words[k - 1] in STOP | PREPOSITIONS | CLAUSE_WORDS:
                continue
            if counts[tuple(w.casefold() for w in words[:k])] >= 2:
                best = max(best, " ".join([name, *words[:k]]), key=len)
                break
    return best


def _completed(t: str, found: list[Found], titles: set[str] = frozenset()) -> list[Found]:
    """ "delprojektet Lugna nätter Tierp" was cut at "nätter": where the text goes on with a longer name
    the document gives elsewhere, or with the same words each time it writes the name, or with the words of
    a heading that is the name and lower-case words after it ("Service i samverkan."), the mention takes
    that name."""
    written = {f.name for f in found if t[f.end - len(f.name):f.end] == f.name}
    runs = {f"{name} {run}" for name in written if (run := _run_on(t, name))}
    runs |= {title for title in titles for name in written if title.startswith(name + " ") and
             re.fullmatch(rf"(?:[ \t]+[{LOWER}]+){{1,4}}", title[len(name):]) and
             not CLAUSE_WORDS & set(title[len(name):].split())}
    runs |= {longer for name in written if " " not in name and (longer := _repeated_run(t, name))}
    names = sorted({f.name for f in found} | runs, key=len, reverse=True)
    out = []
    for f in found:
        at = f.end - len(f.name)
        longer = next((n for n in names if n.startswith(f.name + " ") and t.startswith(n, at)), None) \
            if t[at:f.end] == f.name else None
        out.append(Found(f.kind, longer, f.start, at + len(longer), t[f.start:at + len(longer)], f.rule, f.confidence,
                         f.subtype, f.codes) if longer else f)
    return out


# "Programområden för God och nära vård i Gävleborgs län, med programområdesansvarig:" and the bullets under it
PARTS_LINE = re.compile(r"(?i)(?:[a-zåäö]*områden|(?:del)?projekt(?:en)?|spår(?:en)?|insatser(?:na)?|satsningar(?:na)?)"
                        r"\s+(?:för|inom|i)\s+[^\n]*:[ \t]*$")


def _part_lists(text: Text, found: list[Found]) -> list[Found]:
    """A line that introduces the parts of a named programme ("Programområden för X:", "Delprojekt inom X:")
    and the bullet items under it: each item is a project, partOf X. An item may end in its lead
    ("Digitala vårdmöten – Greta Holmlund"), which relations.py reads."""
    t = text.text
    out: list[Found] = []
    for i, block in enumerate(text.blocks):
        line = t[block.start:block.end]
        m = PARTS_LINE.match(line)
        if block.kind != "paragraph" or not m:
            continue
        parent = next((f for f in found if f.kind == "Project" and block.start <= f.start < block.end), None)
        if parent is None:
            continue
        for item in text.blocks[i + 1:]:
            if item.kind != "bullet":
                break
            hit = _item_name(t, item.start, item.end)
            if hit and not any(f.start <= hit[0] < f.end for f in found):
                a, b, name = hit
                out.append(Found("Project", capitalise(squash(name)), a, b, t[a:b], "project.part_list", 0.65,
                                 codes=(("listed_under", str(parent.start)),)))
    return out


NUMBERED = re.compile(rf"[ \t]*\d{{1,2}}[.)][ \t]+({CAP}(?:[ \t]+(?:{CAP}|[{LOWER}]+|\d+\+?)){{0,6}})[ \t]*$")
FIELD = re.compile(r"[^:.!?]{1,40}:")


def _numbered_items(text: Text, found: list[Found]) -> list[Found]:
    """A web page's "Delprojekt inom programmet" and its numbered sub-headings ("1. Lugna nätter Höganäs"),
    each followed by a description and fields: the sub-projects of the page's programme."""
    t = text.text
    out: list[Found] = []
    parent, active = None, False
    for block in text.blocks:
        words = t[block.start:block.end]
        item = NUMBERED.fullmatch(words) if block.kind == "heading" else None
        if item and active:
            name = squash(item.group(1))
            if len(name) >= 4 and name.casefold() not in STOP:
                out.append(Found("Project", capitalise(name), block.start + item.start(1), block.start + item.end(1),
                                 item.group(1), "project.numbered", 0.65,
                                 codes=(("listed_under", str(parent.start)),) if parent else ()))
        elif block.kind == "heading" and not FIELD.match(words):
            active = bool(LIST_HEADING.search(words)) and not item
            parent = main_project(text, found) if active else None
    return out


# a finite verb that makes a list item or a quote's line a sentence
# ("• Ekby kommun får 2 miljoner kronor till projektet X": a grant's line, not a project's name)
ITEM_VERB = re.compile(r"(?i)(?<![\w-])(?:är|var|har|hade|blir|blev|ska|skall|kommer|finns|får|fick)(?![\w-])")


def _item_name(t: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The name in a bullet item: up to a parenthesis, comma, colon or dash."""
    s = t[start:end].lstrip("•▪*–- \t")
    m = re.match(r"(?i:förslag\s*[-–:]|ex\.?|t\.ex\.|exempel\s*[-–:]|exempelvis)\s*", s)
    if m:
        s = s[m.end():]
    cut = re.search(r"\s*(?:\(|,|:|\s[-–]\s|\n)", s)
    name = (s[:cut.start()] if cut else s).strip()
    # "Mobila närvårdsteam i noderna …", "Mottagningen för tidiga insatser för barn 0-6 med …"
    qualifier = re.search(r"\s(?:i|med)\s(?=[a-zåäö])", name)
    if qualifier and re.fullmatch(r"\si\s[a-zåäö]+(?:et|en)", name[qualifier.start():]):
        qualifier = None  # "Digital tillsyn i hemmet": "i" and a definite noun end the name
    if qualifier and len(name[:qualifier.start()].split()) >= 2:
        name = name[:qualifier.start()]
    words = name.split()
    if words and words[-1].casefold() in STOP | {"för", "med", "i", "av", "på"}:
        return None
    if name.casefold() in CUE_WORDS:  # "• Delprojekt: Trygg natt" names Trygg natt, not "Delprojekt"
        return None
    if ITEM_VERB.search(name):  # "– Det är en satellitmottagning, som …": a quote's sentence, no name
        return None
    if not (1 <= len(words) <= 7) or not name[:1].isupper() or name.endswith((".", "?", "!")):
        return None
    a = t.find(name, start)
    return a, a + len(name), name


def _slide_items(text: Text, lex: Lexicon, found: list[Found]) -> list[Found]:
    """Bullet items on a slide: projects when they carry a project cue, or when the slide's heading
    names a programme (they are then partOf it, which relations.py states)."""
    t = text.text
    out = []
    programme_heads = _programme_headings(text, found)
    listed = _project_list_headings(text, found)
    for i, block in enumerate(text.blocks):
        if block.kind != "bullet":
            continue
        item = _item_name(t, block.start, block.end)
        if not item:
            continue
        a, b, name = item
        words = [w.casefold() for w in name.split(" ")]
        generic = {"och", "stora", "små", "nya", "olika", "flera", "många", "alla", "våra", "andra"}
        has_cue = any(words[-1].endswith(c) and (len(words[-1]) >= len(c) + 3 or (
            len(words) >= 2 and not generic & set(words))) for c in BULLET_CUES) or any(
            words[0].endswith(c) and len(words[0]) >= len(c) + 3 for c in BULLET_CUES)
        under = (("listed_under", str(programme_heads[i].start)),) if i in programme_heads else \
            (("listed_under", str(listed[i].start)),) if listed.get(i) else ()
        if has_cue:
            out.append(Found("Project", capitalise(squash(name)), a, b, t[a:b], "project.slide_cue", 0.6,
                             codes=under))
        elif under:
            out.append(Found("Project", capitalise(squash(name)), a, b, t[a:b], "project.slide_item", 0.65,
                             codes=under))
        elif i in listed:
            parent = listed[i]
            out.append(Found("Project", capitalise(squash(name)), a, b, t[a:b], "project.listed", 0.6,
                             codes=(("listed_under", str(parent.start)),) if parent else ()))
    return out


def _project_list_headings(text: Text, found: list[Found]) -> dict[int, Found | None]:
    """Bullets under a heading that announces projects ("Programmets delprojekt", "Våra satsningar"):
    block index -> the document's one programme when the heading says they are its parts."""
    only = main_project(text, found)
    out: dict[int, Found | None] = {}
    current, active = None, False
    for i, block in enumerate(text.blocks):
        if block.kind in ("heading", "paragraph"):
            words = text.text[block.start:block.end]
            active = block.kind == "heading" and bool(LIST_HEADING.search(words))
            current = only if active and re.match(r"(?i)program(?:mets|met)\b|delprojekt\b", words) else None
        elif block.kind == "bullet" and active and block.level == 0:
            out[i] = current
        elif block.kind == "turn":
            active = False
    return out


def main_project(text: Text, found: list[Found]) -> Found | None:
    """The programme a document is about: its one "programmet X", or else the project its title names
    (a deck whose first slide is "Vården närmare / Länsgemensamt program för …")."""
    programmes = {f.name: f for f in found if f.rule == "project.programme"}
    if len(programmes) == 1:
        return next(iter(programmes.values()))
    if programmes or not text.blocks:
        return None
    first = text.blocks[0]
    opening = text.text[first.start:first.end].casefold()
    titled = {f.name: f for f in found if opening.startswith(f.name.casefold())}
    if not titled:  # a web page: a breadcrumb, then the title on a line of its own
        for block in text.blocks[1:3]:
            words = text.text[block.start:block.end].strip().casefold()
            titled = {f.name: f for f in found if block.kind == "heading" and words == f.name.casefold()}
            if titled:
                break
    return next(iter(titled.values())) if len(titled) == 1 else None


def _programme_headings(text: Text, found: list[Found]) -> dict[int, Found]:
    """Block index of each bullet -> the programme named by a heading shortly above it."""
    programmes = [f for f in found if f.rule == "project.programme"]
    out: dict[int, Found] = {}
    current: Found | None = None
    distance = 0
    for i, block in enumerate(text.blocks):
        if block.kind in ("heading", "paragraph"):
            hit = next((f for f in programmes if block.start <= f.start < block.end), None)
            if hit and block.kind == "heading" and len(text.text[block.start:block.end].strip()) <= hit.end - hit.start + 2:
                current, distance = hit, 0
                continue
            if text.text[block.start:block.end].rstrip().endswith(":"):
                current = None
            distance += 1
            if distance > 6:
                current = None
        elif block.kind == "bullet" and current is not None and block.level == 0:
            out[i] = current
        elif block.kind == "turn":
            current = None
    return out


def programme_of_items(text: Text, found: list[Found]) -> dict[int, Found]:
    """For relations: bullet block index -> the programme it is listed under."""
    return _programme_headings(text, found)
