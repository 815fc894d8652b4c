"""General English word lists the analysis uses: reporting and denial verbs, discrediting words, dates, abbreviations.

Nothing here belongs to one news story: each list is what news writing in general uses, so that a new article
and a new question go through the same words. Verbs are given as lemmas (spaCy's `lemma_`).
"""

from __future__ import annotations

# Verbs that report what someone said, wrote or asserted ("X said", "X told", "X claimed").
REPORTING_VERBS = frozenset(
    """say tell add claim state announce report write tweet post insist confirm allege assert accuse warn
    argue note acknowledge concede explain reply respond suggest declare maintain stress emphasise emphasize
    reiterate quote cite describe call label brand characterize characterise clarify reveal disclose admit
    indicate recount complain urge repeat ask express""".split()
)
# Words of regret, whose clause tells what happened ("We're sorry that you could not use your cards").
REGRET_WORDS = frozenset("sorry regret apologise apologize".split())
# What one claims as one's due, not as true ("passengers can claim a refund", "the fire claimed two lives"): "claim"
# of these reports nothing said. (Not "victims": a group that "has claimed 23 victims" says it attacked them.)
CLAIMED_THINGS = frozenset(
    """compensation refund refunds money damages benefit benefits expenses allowance allowances payment payments
    life lives prize title victory seat seats asylum""".split()
)
# Verbs that name what something is ("calls the claim 'a fabrication'", "described the report as false").
NAMING_VERBS = frozenset("call describe label brand term characterize characterise".split())
# Verbs of opinion and expectation: what follows them is not stated as fact ("officials believed ...").
BELIEF_VERBS = frozenset("""believe think fear expect hope suspect doubt worry assume predict guess feel""".split())
# Of those, the ones whose negation by their speaker negates what they govern: "we do not believe X" says X is not
# so, as "we believe X is not so" would (not "doubt", whose negation affirms, nor "fear" or "hope").
DISBELIEF_VERBS = frozenset("believe think expect suspect assume feel".split())
# Words that say the opposite of each other of one thing (of how it was done, whether it holds, is allowed, is
# safe): a sentence telling one answers "no" to a question of whether the other is so ("it was an error" to "was it
# deliberate?"). Plain English antonyms, each side of a pair a word list.
OPPOSITES = (
    (
        "deliberate deliberately intentional intentionally intended purposely",
        "accident accidental accidentally mistake mistaken error inadvertent inadvertently unintentional unintended",
    ),
    ("true accurate correct", "false untrue inaccurate incorrect wrong misleading"),
    ("safe", "unsafe dangerous hazardous"),
    ("legal lawful", "illegal unlawful"),
    ("guilty", "innocent"),
    ("alive", "dead"),
    ("voluntary voluntarily", "forced compulsory"),
    ("fair", "unfair"),
    ("aware", "unaware"),
    ("allowed permitted", "banned forbidden prohibited"),
)
# Verbs whose subject denies, rejects or discredits a statement.
DENIAL_VERBS = frozenset(
    """deny dispute reject refute rebut dismiss debunk contradict disavow repudiate denounce discredit
    disprove ridicule deride downplay disagree""".split()
)
# Verbs of leaving something out as possible ("ruled out", "excluded"): negated, they leave it possible ("has not
# ruled out sabotage"), which denies nothing. A verb read with its particle is written with it.
EXCLUDING_VERBS = frozenset({"exclude", "discount", "rule out"})
# Verbs of checking a statement: "could not be verified" is an outlet's caveat, not a denial.
VERIFYING_VERBS = frozenset("verify corroborate substantiate confirm".split())
# Verbs of knowing and guessing: "I don't know, and I won't guess" says what the speaker cannot tell, and denies
# nothing.
KNOWING_VERBS = frozenset("know guess recall remember".split())
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
    "cold water on",
    "cast doubt on",
    "casts doubt on",
    "casting doubt on",
    "pushed back on",
    "pushed back against",
    "pushes back on",
    "pushing back on",
    "took issue with",
    "takes issue with",
    "wide of the mark",
    "off the mark",
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
    leader chairman chairwoman chair director president pilot pilots officer officers soldier soldiers captain
    driver witness councillor councilor mayor governor teacher headteacher headmaster headmistress principal dean
    professor researcher scientist editor author organiser organizer manager inspector superintendent commissioner
    detective sergeant constable sheriff judge prosecutor lawyer solicitor attorney doctor surgeon nurse engineer
    coach owner founder treasurer auditor curator premier executive adviser advisor""".split()
)
# What a byline may say its author is after the name ("By Priya Nand, Local Democracy Reporter"): a job, no author.
JOURNALIST_ROLES = frozenset(
    """reporter correspondent editor writer analyst columnist contributor producer journalist staff presenter
    blogger photographer""".split()
)
# The labels of a broadcast transcript's own voices ("HOST:", "STEVE INSKEEP, HOST:", "ANCHOR (Jo Lee):"): the
# outlet speaking, as its reporters do.
BROADCAST_ROLES = JOURNALIST_ROLES | frozenset("host hosts anchor co-host interviewer newsreader byline".split())
# Titles of whoever leads a body: one asked for is named by any of them ("Who is the head of the agency?" by "the
# agency's director").
LEADER_TITLES = frozenset(
    """head chief leader boss director chairman chairwoman chairperson chair president commander secretary-general
    director-general governor chancellor""".split()
)
# Roles someone holds in a body and speaks for it in: "union chairman Arne Vik", "coast guard spokeswoman Hanne Lie".
OFFICER_ROLES = LEADER_TITLES | frozenset(
    """spokesman spokeswoman spokesperson secretary official officials representative inspector superintendent
    commissioner detective sergeant constable officer manager""".split()
)
# Verbs that ask who leads a body, in the present ("who heads the agency?", "who chairs the union?"): an article
# names its head by a title (LEADER_TITLES), seldom by the verb. ("Who led the raid?" asks of an act, not of a post.)
LEADING_VERBS = frozenset("leads heads chairs directs commands".split())
# Texts that bind or forbid, which a question asks what they "say" of as it would a speaker ("what does the treaty
# say about warnings?"): what they provide is told by the articles, not said by them.
TEXTS_OF_RULES = frozenset(
    w + e
    for w in """treaty law agreement accord convention charter constitution resolution deal contract rule regulation
    statute protocol""".split()
    for e in ("", "s")
) | {"treaties"}
# Nouns for what someone said, which a later sentence refers back to ("denied the allegations") or judges ("the
# statement was an attempt to ..."), singular and plural.
STATEMENT_NOUNS = frozenset(
    w + e
    for w in """statement claim allegation accusation charge report assertion account version story comment
    remark""".split()
    for e in ("", "s")
) | {"stories"}
# Verbs a question uses that say nothing of their own, whatever the articles' words ("what pay rise does the union
# want?", "what happened next?", "did anybody end up in hospital?"): an article need not have them to answer.
GENERIC_VERBS = frozenset(
    """want wants wanted need needs needed get gets got happen happens happened make makes made take takes took do
    does did go goes went come comes came give gives gave know knows knew think thinks thought mean means meant use
    uses used seem seems seemed speak speaks spoke talk talks talked react reacts reacted cause causes caused run runs
    ran end ends ended""".split()
)
# Relations a sentence must state to say who holds them ("who owns the ship?", "who made the blade?"): being
# named beside a thing says nothing of owning, making or paying for it. Each verb as a question writes it, and the
# words an answer states it by: its forms, its doer ("the ship's owner"), its passive ("is owned by").
STATED_RELATIONS = {
    verb: frozenset(words.split())
    for verbs, words in (
        ("own owns owned", "own owns owned owning owner owners ownership"),
        (
            "make makes made manufacture manufactures manufactured",
            "make makes made making maker makers manufacture manufactures manufactured manufacturer manufacturers",
        ),
        ("build builds built", "build builds built builder builders constructed constructs construct"),
        ("design designs designed", "designed designer designers architect architects"),
        ("founded", "founded founder founders co-founded co-founder established"),
        ("paint paints painted", "paint paints painted painter painting paintings"),
        ("invent invents invented", "invent invents invented inventor invention"),
        ("fund funds funded finance finances financed", "funded funding funder funders financed financing"),
        ("sponsor sponsors sponsored", "sponsor sponsors sponsored sponsorship"),
        ("insure insures insured", "insure insures insured insurer insurers"),
        ("buy buys bought", "buy buys bought buyer buyers purchased purchaser acquired"),
        ("sell sells sold", "sell sells sold seller sellers"),
        ("publish publishes published", "publish publishes published publisher publishers"),
    )
    for verb in verbs.split()
}
# Superlatives a question ranks things by ("what is the biggest city in Turkey?"), each with the words an answer
# may rank them by: only a sentence ranking something so answers ("Aleppo, the country's largest city").
SUPERLATIVES = {
    word: frozenset(group.split())
    for group in (
        "biggest largest greatest",
        "longest",
        "highest tallest",
        "oldest",
        "deepest",
        "widest broadest",
        "smallest tiniest",
        "shortest",
        "lowest",
        "busiest",
        "richest wealthiest",
        "poorest",
        "fastest quickest",
        "slowest",
        "heaviest",
        "hottest warmest",
        "coldest",
        "populous",  # ("the most populous": the word after "most" ranks)
    )
    for word in group.split()
}
# Seats of government that speak for their country ("the Pentagon said", "the Kremlin denied"), as its capital
# does ("Washington", "Moscow": COUNTRY_WORDS), read only of who speaks: a Pentagon spokesman is the United States'
# voice, and the Pentagon's words are the Pentagon's.
GOVERNMENT_SEATS = {
    "pentagon": "usa",
    "white house": "usa",
    "state department": "usa",
    "kremlin": "russia",
    "downing street": "uk",
    "whitehall": "uk",
    "elysee": "franc",
    "élysée": "franc",
}
# Words that ask whose doing something was ("was the driver to blame?", "whose fault was it?"): as "did the driver
# cause it?" does, and the articles tell it by who did what, without the word.
BLAME_WORDS = frozenset("blame blames blamed blaming fault faults culpable".split())
# Pronouns for something or someone unnamed ("is the UN doing anything?"): they name nothing an article must hold.
INDEFINITE_PRONOUNS = frozenset(
    """anything something everything nothing anyone someone everyone anybody somebody everybody nobody whoever
    whatever whichever""".split()
)
# Numbers written as words ("eleven members", "two countries"), and words that count ("dozens", "several").
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen dozens hundred hundreds thousand
    thousands million millions billion billions several scores""".split()
)
# Adverbs a question stresses itself with ("was it really a joint operation?"): they name nothing the articles must
# hold.
EMPHASIS_WORDS = frozenset(
    "really actually truly honestly indeed exactly basically genuinely seriously definitely certainly".split()
)
# Adverbs of a question that ask how things stand in time ("can trucks still get through?", "has it opened yet?"):
# its frame, which an answering article need not write.
STANDING_WORDS = frozenset("still yet already ever anymore currently now".split())
# Adjectives of a question that ask whether someone would or could do a thing ("is the union willing to talk?",
# "are the airlines able to fly?"): its frame, which an article answers by the thing ("we remain ready to talk").
DISPOSITION_WORDS = frozenset("willing unwilling able unable prepared keen eager".split())
# Function words a question ties its clauses with ("even though", "whether", "unless"), which name nothing: no word
# of what it asks, held by an article or not. (STOPWORDS leaves them to the keyword index, whose weights were
# measured with them.)
CONNECTIVES = frozenset(
    "even though although whether either unless despite upon onto via whose might must shall".split()
)
# Words that ask what came first ("who first reported the patrol?"): an article tells of the first report without
# the word.
ORDER_WORDS = frozenset("first originally initially earliest".split())
# Words for an organisation by its kind alone ("the company", "the group"): a question for its words refers to one
# the articles name otherwise ("Arctic Minerals"), so no speaker need share the word.
KIND_OF_ORGANISATION = frozenset(
    """company companies firm firms group operator organisation organization corporation business""".split()
)
# Verbs a question asks a cause by: "what caused / led to / triggered it?"
CAUSE_VERBS = ("caused", "causes", "led to", "leads to", "triggered", "sparked")
# Nouns for a kind of body, which a body's name may end in ("Brackwater District Council", "the Harbour Board").
ORG_NOUNS = frozenset(
    """house ministry department pentagon forces force command coalition government agency office council
    committee army navy kremlin press service newswire news media state states union nations company firm
    group party authority authorities board police court embassy military airline fund foundation trust charity
    society association institute institution organisation organization network centre center commission bank
    corporation observatory watch alliance federation league movement front brigade militia hospital clinic school
    university college academy museum library prison church club bureau airport""".split()
)
# Nouns for the weight of something rather than its size ("how big a deal", "how large is the risk?").
WEIGHT_NOUNS = frozenset(
    """deal problem issue threat impact role difference risk concern mistake blow effect share majority lead margin
    gap part budget debt loss sum""".split()
)
# Nouns for a body of people that acts or performs under a name of its own ("the band The Quiet Harbour", "the
# group Black Heron"): the name after one is a body's, whatever the tagger makes of it (index.nlp).
GROUP_NOUNS = frozenset("band group duo trio quartet orchestra choir ensemble club team crew gang collective".split())
# Nouns for a whole that is as big as how many it holds ("how big is the crowd?", "how large is the town?"); with
# the kinds of organisation above.
GATHERING_NOUNS = frozenset(
    """crowd protest army force team union network fleet population town city village workforce staff outbreak
    attack operation""".split()
)
# Nouns for kinds of places ("taken to hospital", "started in a storage room", "towed to a repair yard"): a place
# as much as a named one is, where the model tags no name as a place.
PLACE_NOUNS = frozenset(
    """hospital clinic yard shipyard port harbour harbor dock docks quay pier jetty wharf marina station airport
    airfield base camp shelter prison jail court courthouse morgue depot warehouse factory plant mine site building
    house home flat apartment room kitchen basement cellar garage attic roof street road motorway highway bridge
    tunnel square park market school church mosque hotel office river lake sea coast beach shore bay island border
    village town city suburb district field forest mountain hill valley farm centre center pool stadium arena museum
    library theatre theater gallery zoo gym venue""".split()
)
# Words that name a kind of body ("the Defense Ministry", "the Foreign Office"), not which one.
BODY_WORDS = frozenset(
    """ministry department forces force command government agency office council committee army navy air press
    service news media state states union nations defense defence foreign interior military""".split()
)
# Words that say which office a role holds ("defense secretary", "press secretary", "foreign minister"): a
# secretary of one is not a secretary of another.
PORTFOLIOS = frozenset(
    """defense defence foreign interior home press finance treasury health justice trade economy economic education
    energy transport environment agriculture labor labour state prime deputy vice""".split()
)
# Nouns for an office held or run: after a PORTFOLIOS word they name one office ("the foreign ministry", "the
# defense secretary"), which another office of the same country does not speak for.
OFFICE_NOUNS = frozenset("ministry ministries department office minister secretary".split())
# Words for someone in general ("the Pentagon guy", "officials", "the anonymous source").
PERSON_WORDS = (
    frozenset(
        """guy guys man woman people person official officials folks side source sources anonymous unnamed
        unidentified""".split()
    )
    | TITLES
)
# Words a question uses for commentators in general ("according to analysts", "what do experts say?"), with words
# that only qualify them ("independent experts"); and the words that show a speaker to be one, whatever the
# articles call them ("Petra Lind of the Baltic Security Institute", "a professor of law").
EXPERT_VOICES = frozenset(
    """analyst analysts expert experts observer observers commentator commentators specialist specialists researcher
    researchers scholar scholars academic academics pundit pundits independent outside""".split()
)
EXPERT_MARKS = frozenset(
    """analyst analysts expert experts researcher researchers scholar scholars academic academics professor
    lecturer fellow institute university think-tank""".split()
)
# Nouns for machines by class, singular: "what kind of jets" asks for a make or model of the class ("F-16");
# "weapon" stands for any class.
MACHINES = {
    "aircraft": frozenset(
        """aircraft plane airplane aeroplane jet warplane bomber fighter fighter-bomber helicopter chopper drone
        airliner""".split()
    ),
    "munition": frozenset("missile rocket bomb munition shell torpedo warhead".split()),
    "ship": frozenset("ship vessel warship boat submarine frigate destroyer cruiser carrier".split()),
    "vehicle": frozenset("tank vehicle truck lorry car".split()),
    "gun": frozenset("gun rifle artillery howitzer launcher".split()),
    "weapon": frozenset("weapon arm".split()),
}
# Nouns that "no" makes into a negation of the whole clause when they stand in a phrase of time or manner before
# its verb: "at no time", "at no point", "in no way", "under no circumstances", "on no account", "by no means".
NEGATING_NOUNS = frozenset("time point stage moment way circumstances circumstance account means".split())
# Words that negate the clause they stand in.
NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "n't", "without", "none", "nothing", "nobody"})
# Possessive determiners ("her own", "its staff"): whose a thing is, said by a pronoun.
POSSESSIVE_DETERMINERS = frozenset("my your his her its our their whose".split())
# Words before a noun that say which or how many, and name nothing ("The hotel", "told the passengers").
DETERMINERS = frozenset("the a an this that these those all any some every each".split()) | POSSESSIVE_DETERMINERS
# Pronouns for people as the object of a verb ("told us", "warned them").
OBJECT_PRONOUNS = frozenset("us me them him her you".split())
# Words that say a thing hardly happened or hardly exists ("They were given little information", "we were barely
# told anything"): a negation of what they qualify, unless "a" makes them a small amount ("a little information").
SCANT_WORDS = frozenset("little few hardly barely scarcely seldom rarely".split())

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
# Words for a time of day, which the model tags as a time only in some sentences ("shortly before dawn").
TIMES_OF_DAY = frozenset(
    """dawn daybreak sunrise morning noon midday afternoon evening dusk sunset nightfall night midnight
    overnight""".split()
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# Abbreviations and casual words people type for common words ("the State Dept", "Gen. Smith", "the locals"), and
# the word each stands for.
ABBREVIATIONS = {
    "dept": "department",
    "ppl": "people",
    "ceo": "chief executive",
    "locals": "residents",
    "cops": "police",
    "kids": "children",
    "kid": "child",
    "quit": "resign",
    "quits": "resigns",
    "quitting": "resigning",
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
    "boss": "chief",
    "bosses": "chiefs",
    "dod": "pentagon",
    "approx": "approximately",
    "max": "maximum",
    "tv": "television",
    "hurt": "injured",  # "who got hurt?", of "injuring two workers"
    # words cut short in speech ("the exam board" of "the Westmere Examinations Board")
    "exam": "examination",
    "exams": "examinations",
    "lab": "laboratory",
    "labs": "laboratories",
    "uni": "university",
    "maths": "mathematics",
    "math": "mathematics",
    "flu": "influenza",
    "bike": "bicycle",
    "bikes": "bicycles",
    "fridge": "refrigerator",
    "prof": "professor",
    "exec": "executive",
    "execs": "executives",
    "stats": "statistics",
    "rehab": "rehabilitation",
}

# British and American words for the same thing ("lorries" in a London wire, "trucks" in a question), read by the
# keyword index as the American one, as SPELLINGS are; only words with no other common sense in the news ("lift",
# "flat", "fall", "tyre" of "to tire" have one). Their plurals follow by stemming.
BRITISH_WORDS = (
    ("lorry", "truck"),
    ("petrol", "gasoline"),
    ("motorway", "highway"),
    ("railway", "railroad"),
    ("timetable", "schedule"),
    ("flyover", "overpass"),
    ("windscreen", "windshield"),
    ("postcode", "zipcode"),
    ("nappy", "diaper"),
    ("aeroplane", "airplane"),
    ("kerb", "curb"),
)

# Everyday phrases for what the news names in one word ("can I get my money back?" of "a full refund"), read by
# the keyword index as that word. Only phrases with no other sense.
PHRASES = {
    "money back": "refund",
    **dict.fromkeys(("say sorry", "says sorry", "said sorry", "saying sorry"), "apologise"),
    **dict.fromkeys(("step down", "steps down", "stepped down", "stepping down"), "resign"),
    **dict.fromkeys(("look into", "looks into", "looked into", "looking into"), "investigate"),
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
    # the wire services, by the initials they also go by ("AP", "A.P.")
    "Associated Press": "AP",
    "Agence France-Presse": "AFP",
    "Agence France Presse": "AFP",
    "United Press International": "UPI",
}

# What makes a sentence name a news outlet, for "Which news agency reported it?": words for an outlet by its kind
# ("the state-run newswire", "a state-owned Russian outlet"), words that end the names of papers and broadcasters
# ("... News", "... Times", "... Post"), and the wire services and broadcasters the world's news cites by name.
OUTLET_NOUNS = frozenset(
    """outlet outlets newswire newswires newspaper newspapers tabloid broadcaster broadcasters website websites
    site media agency agencies""".split()
)
OUTLET_NAME_WORDS = frozenset(
    """news times post daily mail telegraph journal herald tribune gazette guardian independent observer express
    chronicle wire tv television radio broadcasting press""".split()
)
NEWS_AGENCIES = frozenset(
    """ap reuters afp upi tass interfax ria novosti xinhua dpa efe ansa anadolu kyodo yonhap bloomberg bbc cnn
    npr""".split()
)

# Nouns for people as the news counts them ("11 passengers", "three civilians"), and the words that count people
# in general: "how many people were hurt?" is answered by "Eleven passengers were treated", and "how many
# passengers" by "11 people".
PEOPLE_NOUNS = frozenset(
    """civilians passengers residents soldiers troops militants rebels insurgents children men women adults workers
    employees staff crew crewmen sailors pilots officers policemen protesters demonstrators migrants refugees
    victims casualties patients students tourists visitors fans members officials journalists reporters prisoners
    detainees hostages survivors inhabitants villagers citizens voters miners farmers fishermen firefighters
    rescuers volunteers doctors nurses teachers people persons individuals smugglers gunmen suspects attackers
    kidnappers guards drivers hackers traffickers boys girls sons daughters mothers fathers parents teenagers pupils
    babies infants relatives owners customers neighbours neighbors shoppers commuters inspectors engineers managers
    players athletes academics scientists researchers experts specialists lawyers judges councillors councilors
    politicians ministers lawmakers colleagues riders guests campers audience""".split()
)
# Words a question asks by whether people were told what was happening ("were passengers kept informed?", "did the
# crew tell passengers?"), and the words a passage tells or denies such a telling by ("our staff spoke to riders",
# "we heard nothing", "they had been given little information", "two announcements"). "tell" and "told" count only
# as telling people (index.disputes.tells_of_telling), not as telling a newspaper.
INFORMING_WORDS = frozenset("inform informed informing tell told update updated notify notified".split())
TELLING_WORDS = INFORMING_WORDS | frozenset(
    """information update updates announce announced announcement announcements explain explained explaining
    speak spoke talk talked hear heard""".split()
)
# Things known by a title of their own, which "which painting / film / ship ...?" asks for: the title answers it.
# (in the singular: a plural adds "s")
TITLED_THINGS = frozenset(
    """painting picture portrait sculpture statue artwork film movie documentary book novel song album play opera
    show series programme program episode exhibition ship vessel ferry boat yacht tanker operation campaign""".split()
)
# Things known by a name or a code of their own, which "which hotel / strain ...?" asks one of: only a sentence
# naming one answers it ("the Palm Court hotel", "the O157 strain"), not one that only mentions one ("flights and
# hotel", "the strain found in the reservoir"). (in the singular: a plural adds "s"; not things named in lower
# case, as chemicals and illnesses are)
NAMED_KINDS = frozenset("hotel restaurant pub cafe shop supermarket strain variant brand app website".split())
# Words that count people of any kind: "eleven members of an armed gang" counts the smugglers asked for.
GENERIC_PEOPLE = frozenset("people persons individuals members".split())

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
# "Washington said"); questions tend to use the name. One line a country: its name as the keyword index reads it,
# then its adjectives, its peoples and its capitals ("-" for none). Left out where the word is common in another
# sense ("Polish", "Georgia", "Chad") or names two countries ("Korean").
_COUNTRY_TABLE = """
usa: american / americans / washington
uk: british / britons / london
russia: russian / russians / moscow
turkey: turkish / turks / ankara
syria: syrian / syrians / damascus
iran: iranian / iranians / tehran
iraq: iraqi / iraqis / baghdad
israel: israeli / israelis / -
ukraine: ukrainian / ukrainians / kyiv kiev
china: chinese / - / beijing
france: french / - / paris
germany: german / germans / berlin
kurd: kurdish / kurds / -
saudi-arabia: saudi / saudis / riyadh
egypt: egyptian / egyptians / cairo
jordan: jordanian / jordanians / amman
lebanon: lebanese / - / beirut
libya: libyan / libyans / tripoli
yemen: yemeni / yemenis / sanaa
qatar: qatari / qataris / doha
kuwait: kuwaiti / kuwaitis / -
bahrain: bahraini / bahrainis / manama
oman: omani / omanis / muscat
uae: emirati / emiratis / -
afghanistan: afghan / afghans / kabul
pakistan: pakistani / pakistanis / islamabad
india: indian / indians / delhi
bangladesh: bangladeshi / bangladeshis / dhaka
nepal: nepali nepalese / - / kathmandu
japan: japanese / - / tokyo
taiwan: taiwanese / - / taipei
vietnam: vietnamese / - / hanoi
thailand: thai / thais / bangkok
myanmar: burmese / - / naypyidaw
cambodia: cambodian / cambodians / -
malaysia: malaysian / malaysians / -
indonesia: indonesian / indonesians / jakarta
philippines: filipino philippine / filipinos / manila
singapore: singaporean / singaporeans / -
australia: australian / australians / canberra
canada: canadian / canadians / ottawa
mexico: mexican / mexicans / -
brazil: brazilian / brazilians / brasilia
argentina: argentine argentinian / argentines argentinians / -
chile: chilean / chileans / -
colombia: colombian / colombians / bogota
venezuela: venezuelan / venezuelans / caracas
cuba: cuban / cubans / havana
peru: peruvian / peruvians / lima
italy: italian / italians / rome
spain: spanish / spaniards / madrid
portugal: portuguese / - / lisbon
netherlands: dutch / - / amsterdam
belgium: belgian / belgians / brussels
switzerland: swiss / - / bern
austria: austrian / austrians / vienna
ireland: irish / - / dublin
norway: norwegian / norwegians / oslo
sweden: swedish / swedes / stockholm
denmark: danish / danes / copenhagen
finland: finnish / finns / helsinki
iceland: icelandic / icelanders / reykjavik
estonia: estonian / estonians / tallinn
latvia: latvian / latvians / riga
lithuania: lithuanian / lithuanians / vilnius
belarus: belarusian / belarusians / minsk
moldova: moldovan / moldovans / chisinau
czechia: czech / czechs / prague
slovakia: slovak / slovaks / bratislava
hungary: hungarian / hungarians / budapest
romania: romanian / romanians / bucharest
bulgaria: bulgarian / bulgarians / -
serbia: serbian / serbs / belgrade
croatia: croatian / croats / zagreb
bosnia: bosnian / bosnians / sarajevo
albania: albanian / albanians / tirana
greece: greek / greeks / athens
cyprus: cypriot / cypriots / nicosia
armenia: armenian / armenians / yerevan
azerbaijan: azerbaijani azeri / azerbaijanis azeris / baku
kazakhstan: kazakh / kazakhs / astana
uzbekistan: uzbek / uzbeks / tashkent
mongolia: mongolian / mongolians / ulaanbaatar
palestine: palestinian / palestinians / -
sudan: sudanese / - / khartoum
ethiopia: ethiopian / ethiopians / -
somalia: somali / somalis / mogadishu
kenya: kenyan / kenyans / nairobi
nigeria: nigerian / nigerians / abuja
algeria: algerian / algerians / algiers
morocco: moroccan / moroccans / rabat
tunisia: tunisian / tunisians / tunis
"""


def _country_words() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    adjectives: dict[str, str] = {}
    peoples: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for line in _COUNTRY_TABLE.strip().splitlines():
        country, rest = line.split(":")
        for words, table in zip(rest.split("/"), (adjectives, peoples, capitals), strict=True):
            table.update((w, country.strip()) for w in words.split() if w != "-")
    return adjectives, peoples, capitals


NATIONALITIES, PEOPLES, CAPITALS = _country_words()
COUNTRY_WORDS = {**NATIONALITIES, **PEOPLES, **CAPITALS, "america": "usa", "britain": "uk"}
# Adjectives of nationality, capitalised as written: after a name they start a new phrase ("according to Sputnik
# Russian and Turkish planes ...").
DEMONYMS = frozenset(w.capitalize() for w in NATIONALITIES)

# The world's countries by their names in English, lower case (several for some), for "which country ...?": a
# city named is no country's name ("a logistics firm in Gdansk" says nothing of which country a group is based in).
WORLD_COUNTRIES = frozenset(
    " ".join(name.split())
    for name in """afghanistan, albania, algeria, andorra, angola, antigua, argentina, armenia, australia, austria,
    azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia,
    botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, cape verde, chad, chile,
    china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus, czechia, czech republic, denmark, djibouti,
    dominica, dominican republic, ecuador, egypt, el salvador, england, equatorial guinea, eritrea, estonia,
    eswatini, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala,
    guinea, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory
    coast, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon,
    lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali,
    malta, marshall islands, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro,
    morocco, mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, new zealand, nicaragua, niger,
    nigeria, north korea, north macedonia, norway, oman, pakistan, palau, palestine, panama, papua new guinea,
    paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa, san marino, saudi arabia,
    scotland, senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, solomon islands, somalia,
    south africa, south korea, south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan,
    tajikistan, tanzania, thailand, east timor, togo, tonga, trinidad, tunisia, turkey, turkmenistan, tuvalu, uganda,
    ukraine, united arab emirates, uae, united kingdom, uk, britain, great britain, united states, usa, america,
    uruguay, uzbekistan, vanuatu, vatican, venezuela, vietnam, wales, yemen, zambia, zimbabwe""".split(",")
)
