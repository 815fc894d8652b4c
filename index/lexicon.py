"""General English word lists the analysis uses: reporting and denial verbs, discrediting words, dates, abbreviations.

Nothing here belongs to one news story: each list is what news writing in general uses, so that a new article
and a new question go through the same words. Verbs are given as lemmas (spaCy's `lemma_`).
"""

from __future__ import annotations

# Verbs that report what someone said, wrote or asserted ("X said", "X told", "X claimed").
REPORTING_VERBS = frozenset(
    """say tell add claim state announce report write tweet post insist confirm allege assert accuse warn
    argue note acknowledge concede explain reply respond suggest declare maintain stress emphasise emphasize
    reiterate quote cite describe call label brand characterize characterise""".split()
)
# Verbs of opinion and expectation: what follows them is not stated as fact ("officials believed ...").
BELIEF_VERBS = frozenset("""believe think fear expect hope suspect doubt worry assume predict guess feel""".split())
# Verbs whose subject denies, rejects or discredits a statement.
DENIAL_VERBS = frozenset(
    """deny dispute reject refute rebut dismiss debunk contradict disavow repudiate denounce discredit
    disprove ridicule deride downplay""".split()
)
# Verbs of checking a statement: "could not be verified" is an outlet's caveat, not a denial.
VERIFYING_VERBS = frozenset("verify corroborate substantiate confirm".split())
# Nouns of the same meaning ("a denial", "the rebuttal").
DENIAL_NOUNS = frozenset({"denial", "rebuttal", "refutation", "repudiation"})
# Words that call a statement untrue or worthless, whoever says them ("rubbish", "100 percent false").
DISCREDITING = frozenset(
    """false falsely falsehood untrue fake fabricated fabrication fabrications lie lies lying nonsense rubbish
    baseless groundless unfounded absurd ridiculous hoax disinformation misinformation propaganda misleading
    bogus garbage fantasy fiction fictitious concocted inaccurate incorrect erroneous smear""".split()
)
# Phrases of the same meaning that are more than one word.
DISCREDITING_PHRASES = (
    "no evidence",
    "not true",
    "no truth",
    "no basis",
    "no way",
    "played down",
    "plays down",
    "playing down",
    "is wrong",
    "was wrong",
    "are wrong",
    "were wrong",
    "simply wrong",
    "completely wrong",
    "plainly wrong",
    "made up",
    "made-up",
    "fairy tale",
    "without any basis",
    "without basis",
    "no foundation",
    "without foundation",
)
# Auxiliary verbs that open a question of whether something is so ("did ...", "is ...").
AUXILIARIES = "did does do is was were are has have had can could will would should may might".split()
# Words people put before a question in a chat ("so did ...", "hmm is ..."), and chat words around it that never
# find a passage (also stop words, below).
OPENERS = "so and but then ok okay well also hey now hmm lol yo".split()
CHAT_WORDS = "hmm hm um uh nah yeah yep nope ok okay lol pls plz please hey yo btw tbh idk imo u ur r".split()
# Ranks, titles and roles in a name ("U.S. Air Force Colonel John Dorrian"): what kind of person, not which one.
TITLES = frozenset(
    """major colonel col lt gen general sgt capt adm president secretary minister spokesman spokeswoman
    spokesperson senator sen rep gov mr mrs ms dr""".split()
)
# Nouns for a person by their role ("which spokesman ...", "what official ..."): asking for one is asking for a
# person's name.
ROLE_NOUNS = frozenset(
    """official officials spokesman spokeswoman spokesperson person guy man woman expert analyst reporter journalist
    commander general minister diplomat lawmaker senator colonel major secretary envoy ambassador boss head chief
    leader chairman chairwoman chair director president""".split()
)
# Words that name a kind of body ("the Defense Ministry", "the Foreign Office"), not which one.
BODY_WORDS = frozenset(
    """ministry department forces force command government agency office council committee army navy air press
    service news media state states union nations defense defence foreign interior""".split()
)
# Words for someone in general ("the Pentagon guy", "officials").
PERSON_WORDS = frozenset("guy guys man woman people person official officials folks side".split()) | TITLES
# Words that negate the clause they stand in.
NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "n't", "without", "none", "nothing", "nobody"})

# Words too common to find a passage by (English function words, and the words of reporting itself).
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not of off on once only or other our ours out over own same she should so some such than
    that the their theirs them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours s t don says said say
    tell told according also many much us""".split()
) | frozenset(CHAT_WORDS)

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# Words that place an event in time against another one ("days after", "before the talks", "two years ago").
TEMPORAL = frozenset(
    """after before since until till during ago later earlier previously recently meanwhile afterwards
    yesterday today tomorrow tonight""".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Abbreviations people type for common words ("the State Dept", "Gen. Smith"), and the word each stands for.
ABBREVIATIONS = {
    "dept": "department",
    "depts": "departments",
    "govt": "government",
    "gov": "government",
    "admin": "administration",
    "intl": "international",
    "natl": "national",
    "mil": "military",
    "mod": "ministry of defence",
    "intel": "intelligence",
    "info": "information",
    "op": "operation",
    "ops": "operations",
    "photo": "photograph",
    "photos": "photographs",
    "pic": "picture",
    "pics": "pictures",
    "sec": "secretary",
    "secy": "secretary",
    "pres": "president",
    "gen": "general",
    "col": "colonel",
    "maj": "major",
    "lt": "lieutenant",
    "capt": "captain",
    "sgt": "sergeant",
    "adm": "admiral",
    "sen": "senator",
    "rep": "representative",
    "spox": "spokesperson",
    "dod": "pentagon",
    "approx": "approximately",
}

# Institutions the news names in several ways, and the one word the keyword index reads for each way: a question
# about "the Defense Department" finds what "the Pentagon" said.
INSTITUTION_NAMES = {
    "Department of Defense": "Pentagon",
    "Department of Defence": "Pentagon",
    "Defense Department": "Pentagon",
    "Defence Department": "Pentagon",
    "Department of State": "State Department",
    "Capitol Hill": "Congress",
}

# British and American spellings of common news words ("the Defence Ministry", "the Defense Ministry"): the
# keyword index reads both as the American one. Pairs of whole words; their inflections follow by stemming.
SPELLINGS = (
    ("defence", "defense"),
    ("offence", "offense"),
    ("licence", "license"),
    ("organisation", "organization"),
    ("organise", "organize"),
    ("recognise", "recognize"),
    ("criticise", "criticize"),
    ("authorise", "authorize"),
    ("emphasise", "emphasize"),
    ("apologise", "apologize"),
    ("mobilise", "mobilize"),
    ("stabilise", "stabilize"),
    ("realise", "realize"),
    ("characterise", "characterize"),
    ("analyse", "analyze"),
    ("colour", "color"),
    ("honour", "honor"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("neighbour", "neighbor"),
    ("behaviour", "behavior"),
    ("rumour", "rumor"),
    ("harbour", "harbor"),
    ("armour", "armor"),
    ("centre", "center"),
    ("metre", "meter"),
    ("kilometre", "kilometer"),
    ("programme", "program"),
    ("manoeuvre", "maneuver"),
    ("travelled", "traveled"),
    ("cancelled", "canceled"),
    ("catalogue", "catalog"),
    ("grey", "gray"),
)

# The same names as alternatives for a regular expression, capitalised as written in text.
MONTH_PATTERN = "|".join(m.capitalize() for m in MONTHS)
WEEKDAY_PATTERN = "|".join(d.capitalize() for d in WEEKDAYS)

# News names a country by its adjective, its people or its capital as often as by its name ("Russian jets",
# "Washington said"); questions tend to use the name. Countries of general news, not of one story.
NATIONALITIES = {
    "russian": "russia",
    "american": "usa",
    "turkish": "turkey",
    "syrian": "syria",
    "british": "uk",
    "iranian": "iran",
    "iraqi": "iraq",
    "israeli": "israel",
    "ukrainian": "ukraine",
    "chinese": "china",
    "french": "france",
    "german": "germany",
    "kurdish": "kurd",
    "saudi": "saudi-arabia",
    "egyptian": "egypt",
    "jordanian": "jordan",
}
PEOPLES = {
    "russians": "russia",
    "americans": "usa",
    "turks": "turkey",
    "syrians": "syria",
    "iranians": "iran",
    "iraqis": "iraq",
    "israelis": "israel",
    "ukrainians": "ukraine",
    "germans": "germany",
    "kurds": "kurd",
}
CAPITALS = {
    "moscow": "russia",
    "washington": "usa",
    "ankara": "turkey",
    "damascus": "syria",
    "london": "uk",
    "tehran": "iran",
    "baghdad": "iraq",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "beijing": "china",
    "paris": "france",
    "berlin": "germany",
}
COUNTRY_WORDS = {**NATIONALITIES, **PEOPLES, **CAPITALS, "america": "usa", "britain": "uk"}
# Adjectives of nationality, capitalised as written: after a name they start a new phrase ("according to Sputnik
# Russian and Turkish planes ...").
DEMONYMS = frozenset(w.capitalize() for w in NATIONALITIES)
