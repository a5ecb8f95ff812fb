"""What a question asks about (its kind), and how to tell that a sentence states it.

"How long does lip filler last?" asks for a duration: an answer must quote a sentence that
gives one ("Results last: 6–12 months"), not one that merely shares words with the
question. A kind also names the treatment facts (the "At a glance" box of a treatment
page, see extract.treatment_facts) that answer it directly.
"""

import re
from dataclasses import dataclass


def pattern(*alternatives):
    return re.compile("|".join(alternatives), re.IGNORECASE)


# A length of time as our pages write one: "6–12 months", "two weeks", "a year or more".
SPAN = (
    r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|"
    r"a few|several|many)\b[^.;]{0,25}\b(minutes?|hours?|days?|weeks?|months?|years?)\b"
)


@dataclass(frozen=True)
class Kind:
    name: str
    # What it asks, as a non-answer says it: "Our pages don't say what it costs".
    label: str
    asks: re.Pattern
    # A sentence states this kind's fact when it matches `states`, or when it sits under a
    # heading that matches `heading` ("Risks and side effects"). Both None: any sentence.
    states: re.Pattern | None = None
    heading: re.Pattern | None = None
    # The treatment facts that answer it (keys of extract.treatment_facts).
    facts: tuple = ()

    def stated_by(self, sentence, heading=""):
        if self.states is None and self.heading is None:
            return True
        return bool(
            (self.states and self.states.search(sentence))
            or (self.heading and self.heading.search(heading))
        )


COST = Kind(
    "cost",
    "what it costs",
    pattern(
        r"\bcosts?\b|\bcosting\b|\bprices?\b|\bpriced\b|\bpricing\b|\bexpensive\b|\bafford\w*",
        r"\bcheapest\b|\b(i|you|we) pay\b|\bpay for\b|\bfees?\b|\bbudget\b|£",
    ),
    states=pattern(r"£\s?\d", r"\bfree of charge\b"),
    facts=("cost", "yearly_cost"),
)
DOWNTIME = Kind(
    "downtime",
    "how long the recovery takes",
    pattern(
        r"\bdowntime\b|\brecover\w*|\bheal\w*|\bback to work\b|\btime off\b|\bswell\w*|\bswollen\b",
        r"\bbruis\w*|\bredness\b|\bgo out\b|\bbe seen\b|\bhow long (before|until) (i|you) can\b",
    ),
    states=pattern(
        r"\bdowntime\b|\brecover|\bheal|\bback to work|\bbe seen\b|\bgo straight back\b",
        rf"(swell|swollen|bruis|red|pink|peel|flak|crust|weep|bumps|marks).{{0,60}}{SPAN}",
        rf"{SPAN}.{{0,40}}(swell|swollen|bruis|redness|pink|peeling|flak|crust|at home)",
    ),
    facts=("downtime",),
)
DURATION = Kind(
    "duration",
    "how long it lasts",
    pattern(
        r"\blast(s|ed|ing)?\b(?! (week|month|night|year|time|session))|\bwears? off\b",
        r"\bpermanent\w*|\bhow long (do|does|will|would) (the )?(results?|effects?)\b",
        r"\bkick in\b|\bstart working\b|\btakes? to work\b|\bwhen will i see\b",
        r"\bhow (long|soon) (until|before|till)\b.{0,30}\b(work|results?|see)",
    ),
    states=pattern(
        rf"\b(last|lasts|lasting|lasted|wears? off|results?|effects?|top-?ups?)\b.{{0,60}}{SPAN}",
        rf"{SPAN}.{{0,60}}\b(last|lasts|results?|top-?ups?)\b",
        r"\bpermanent|\bfor good\b|\blong-term\b|\blong-lasting\b|\bnot well studied\b",
        r"\bresults last\b",
    ),
    facts=("duration",),
)
PAIN = Kind(
    "pain",
    "how much it hurts",
    pattern(
        r"\bhurts?\b|\bhurting\b|\bpain(ful)?\b|\bsore\b|\bstings?\b|\bnumb(ing)?\b",
        r"\buncomfortable\b|\bdiscomfort\b|\bouch\b|\bfeels? like\b",
    ),
    states=pattern(
        r"\bpain|\bhurt|\bsore\b|\bsting|\bnumb|\buncomfortable|\bdiscomfort|\bscratch",
        r"\bpinch|\bprick|\btingl|\bburning\b|\bhot\b|\bsnap|\bfeels? like|\banaesthe",
    ),
    heading=pattern(r"feel like"),
    facts=("pain",),
)
WHO = Kind(
    "who",
    "who may do it, or what the law says",
    pattern(
        r"\blegal\w*|\billegal\b|\blaws?\b|\ballowed\b|\bbanned\b|\blicen[cs]\w*|\bregulat\w*",
        r"\bprescri\w*|\bqualif\w*|\bbeauticians?\b|\brules?\b",
        r"\bwho (can|could|should|may|is allowed to) (do|give|perform|inject|carry out|offer)\b",
        r"\bcan (a |my |an )?(nurse|dentist|doctor|pharmacist|therapist|aesthetician)s?\b",
    ),
    states=pattern(
        r"\blegal|\billegal|\blaw\b|\ballowed\b|\bbanned\b|\blicen[cs]|\bregulat|\bprescri",
        r"\bqualif|\bregist|\bdoctors?\b|\bnurses?\b|\bdentists?\b|\bpharmacist|\banyone\b",
        r"\bmedical (professional|device)|\bprohibited\b|\boff limits\b|\btrained\b",
        r"\bGeneral (Dental|Medical) Council\b",
    ),
    facts=("who", "status", "note"),
)
RISKS = Kind(
    "risks",
    "what the risks are",
    pattern(
        r"\brisks?\b|\brisky\b|\bside[- ]?effects?\b|\bsafe\b|\bsafely\b|\bsafety\b|\bunsafe\b",
        r"\bdanger\w*|\bcomplications?\b|\bgo(es)? wrong\b|\bburn\w*|\bharm\w*",
        r"\bis it (ok|okay|alright|a good idea) to\b",
    ),
    states=pattern(
        r"\brisk|\bside[- ]effect|\bcomplication|\bsafe|\bdanger|\bbruis|\bswell|\binfect",
        r"\bburn|\bscar|\blumps?\b|\bpigment|\bdroop|\bheadache|\brare|\bblocked\b|\bnerve",
        r"\bnumb|\ballerg|\btender|\birritat|\bblister|\bavoid\b|\bcaution|\bwary\b|\bflare",
        r"\bworse\b|\bwrong\b|\bnot (suitable|for)\b|\bshouldn't\b|\bshould not\b|\bprotection\b",
    ),
    heading=pattern(r"risk|side effect|safe"),
)
AFTERCARE = Kind(
    "aftercare",
    "what the aftercare is",
    pattern(
        r"\baftercare\b|\bafter ?care\b|\bavoid after\b|\bwhat (not|should i not) to do\b",
        r"\b(wear|put on|use) (make-?up|makeup|lipstick|foundation)\b",
        r"\b(after|afterwards)\b.{0,40}\b(exercise|gym|sauna|drink|make-?up|makeup|sun|sleep)",
        r"\b(exercise|gym|sauna|drink|make-?up|makeup|sun|sleep)\b.{0,40}\bafter\b",
        r"\bwhat should i (avoid|do) after\b",
    ),
    states=pattern(
        r"\bno (make-?up|lipstick|sun|exercise|waxing|hard exercise|facials?|active)",
        r"\bavoid|\bskip|\bstay upright|\bdon't (rub|massage|pick)|\bSPF\b|\bkeep out of",
        r"\bsleep (on|with)|\bgentle (cleanser|skincare|products)|\bcold packs?\b",
        r"\bmake-?up\b.{0,40}\b(hours?|day)",
    ),
    heading=pattern(r"aftercare|first 48 hours|day one|first evening"),
)
EXPECT = Kind(
    "expect",
    "what is normal afterwards",
    pattern(
        r"\bwhat (should|can|will|do|to) (i |you )?expect\b|\bwhat to expect\b",
        r"\bis (it|this|that) (normal|usual)\b",
        r"\b(normal|usual|common) to (have|get|be|feel|look|still)\b",
        r"\bnormal\b.{0,40}\b(after|following|post)\b",
        r"\bstill (swollen|bruised|red|sore|lumpy|tender|numb)\b",
        r"\b(should|do) i (be worried|worry)\b|\bwhen (should|do) i (worry|call|get help)\b",
        rf"{SPAN} (after|post|since|out from)\b|\bday \d+ (after|post|of)\b",
    ),
    states=pattern(
        r"\bnormal\b|\bexpect\b|\bsettle|\bfade|\bgo(es)? down\b|\bwear(s)? off\b",
        rf"(swell|swollen|bruis|red|tender|lump|bump|sore).{{0,60}}{SPAN}",
    ),
    heading=pattern(r"what to expect|after treatment|aftercare"),
)
SESSIONS = Kind(
    "sessions",
    "how many sessions you need",
    pattern(
        r"\bhow many (sessions|treatments|appointments|courses|times)\b",
        r"\bhow often\b|\bhow regularly\b",
    ),
    states=pattern(
        r"\bsessions?\b|\bcourse\b|\btimes a (day|week|month|year)\b|\b(weeks|months) apart\b",
        r"\bevery (\w+ )?(days?|weeks?|months?|years?|evening|morning)\b|\btop[- ]?ups?\b",
        r"\bmaintenance\b|\btwice\b|\bonce a\b|\bmost (days|evenings)\b",
    ),
    # How often it is repeated is in the yearly cost ("if repeated every 4 months").
    facts=("sessions", "yearly_cost"),
)
CHOOSING = Kind(
    "choosing",
    "how to choose who treats you",
    pattern(
        r"\bchoos\w*|\bfind (a|an) (good|safe|qualified|reputable)\b|\bred flags?\b",
        r"\bcheck\w*\b.{0,30}\b(qualified|registered|registration|legit|genuine)\b",
        r"\bwarning signs?\b|\bdodgy\b|\bcowboys?\b|\breputable\b|\btrustworthy\b",
        r"\bwhat (should i|to) (look for|ask)\b|\bquestions? (to|should i) ask\b",
        r"\bgood (injector|practitioner|clinic|doctor|nurse)\b|\bhow (do|can) i (know|tell)\b",
    ),
    states=pattern(
        r"\bregist|\bGMC\b|\bGDC\b|\bNMC\b|\bGPhC\b|\bconsultation|\binsur|\bqualif|\bprescriber",
        r"\bexperience|\bSave Face\b|\bJCCP\b|\bface[- ]to[- ]face\b|\bin person\b|\bpremises",
        r"\bclinical setting|\bask (who|how|which|what|about|to see)\b|\bwary\b|\bparties\b",
        r"\bpressure\b|\bfar below\b|\bhyaluronidase\b|\btraining\b|\bchoose\b",
    ),
    heading=pattern(r"red flag|warning sign|what to look for|check their|goes wrong"),
    facts=("who",),
)
SUITS = Kind(
    "suits",
    "who it suits",
    pattern(
        r"\bwho (is|are) [\w\s-]{0,30}\b(good|best|suitable|right|for)\b",
        r"\b(ok|okay|suitable|safe|good) for (my |people with |someone with )?"
        r"(dark|darker|black|brown|asian|pale|fair|sensitive|oily|dry|older|mature|thin)\b",
        r"\bskin of colou?r\b|\bdark(er)? skin\b|\bskin (type|tone)s?\b|\bsuit(able|s)?\b",
        r"\bcan (i|you) have [\w\s-]{1,40}\b(if|with) (i|my|you)\b",
    ),
    states=pattern(
        r"\bsuit|\b(dark|darker|black|brown|pale|fair|sensitive|oily|dry) skin|\bskin (type|tone)",
        r"\bskin of colou?r|\bnot for\b|\bisn't for\b|\bpeople (whose|with|who)\b|\bcandidate",
        r"\bif you (have|are|take|get)\b|\bprone to\b|\bshouldn't be done\b|\bbest for\b",
    ),
    heading=pattern(r"who (is it|should|it suits)|not for|think twice|skin tones?|darker skin"),
)
COMPLAIN = Kind(
    "complain",
    "where to complain or report",
    pattern(
        r"\bcomplain\w*|\bwent wrong\b|\bgone wrong\b|\bbotched\b|\bsue\b|\bcompensation\b",
        r"\breport (a |an |my |the |this )?(practitioner|injector|clinic|doctor|nurse|"
        r"beautician|salon|problem|side effect|reaction|fake)\b|\bwho (do|can|should) i report\b",
        r"\byellow card\b|\btrading standards\b|\bstruck off\b",
    ),
    states=pattern(
        r"\bcomplain|\bregulator|\bGMC\b|\bNMC\b|\bGDC\b|\bYellow Card|\btrading standards",
        r"\bSave Face\b|\bJCCP\b|\breport\b|\bconcern\b",
    ),
)
AGE = Kind(
    "age",
    "what the age rules are",
    pattern(
        r"\btoo (young|old|early|late)\b|\bwhat age\b|\bat my age\b|\bhow old\b",
        r"\bin my (teens|twenties|thirties|forties|fifties|sixties|\d0s)\b|\b(at|aged?) \d{2}\b",
    ),
    states=pattern(
        r"\btoo (young|early|late|old)\b|\bages?\b|\b\d0s\b|\b(twenties|thirties|forties|fifties)",
        r"\bolder\b|\byounger\b|\bunder-?18|\bover 18\b|\bstart(ing)? (now|early|young)\b",
    ),
    heading=pattern(r"\bage\b|too (early|young|late|old)|\bi'm \d\d\b|in my \w+ies"),
)
WHAT = Kind(
    "what",
    "what it is",
    pattern(
        r"^\s*(what|wat)('s| is| are| r)\b",
        r"\bwhat (exactly|actually) (is|are)\b|\bhow (does|do|did) [\w\s-]{1,30} work\b",
        r"\bwhat does [\w\s-]{1,30} do\b|\btell me (about|more)\b|\bexplain\b",
        r"\bmade (of|from)\b|\bwhat happens\b",
    ),
    # A sentence that says what something is or does (not, say, what it costs).
    states=pattern(
        r"\b(is|are|was|were|means|works?|helps?|made|uses?|contains?|does|do|can|acts?)\b",
        r"\b(will|includes?|covers?|lets|bans?|requires?)\b",
        r"\b(relax|block|boost|brighten|protect|reduc|stimulat|hydrat|kill|calm|heat|lift)\w*",
    ),
    heading=pattern(r"what (it is|is|are)|how (it|does it|do they|do|does) \w* ?works?"),
    facts=("summary",),
)

# In the order answers give them. Downtime comes before duration: "how long does the
# swelling last" asks about downtime, so a question that asks both keeps only downtime.
KINDS = [
    COST,
    DOWNTIME,
    DURATION,
    PAIN,
    WHO,
    RISKS,
    AFTERCARE,
    EXPECT,
    SESSIONS,
    SUITS,
    CHOOSING,
    COMPLAIN,
    AGE,
    WHAT,
]
HOW_MUCH = re.compile(r"\bhow much\b", re.IGNORECASE)


def kinds_of(question):
    """The kinds a question asks about, in answer order (none for a general question)."""
    found = [kind for kind in KINDS if kind.asks.search(question)]
    if DOWNTIME in found and DURATION in found:
        found.remove(DURATION)
    if not found and HOW_MUCH.search(question):
        # "How much" alone asks a price; "how much does it hurt" asks about pain.
        found = [COST]
    if WHAT in found and len(found) > 1:
        found.remove(WHAT)  # "what is the downtime": the downtime, not a definition
    return found
