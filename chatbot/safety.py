"""Questions the chatbot must not answer from the index, checked before any retrieval:
emergencies come first; then what a chat must never help with (injecting yourself, doses,
buying prescription medicines), what our pages can't advise on (pregnancy, medicines,
medical conditions), under-18s (the law, and no directory link) and brand recommendations.
Questions outside our subject are declined.
"""

import re
from enum import StrEnum

RED_FLAGS = [
    # Blanching: skin turning white, grey, blue or blotchy (a blocked vessel after filler).
    r"\bblanch\w*",
    r"\b(white|pale|grey|gray|blue|bluish|dusky|mottled|blotchy|purple|lacy)\b"
    r"[\w\s,]{0,25}\b(skin|patch\w*|area|mark\w*|discolou?r\w*)\b"
    r"[\w\s,]{0,30}\b(after|since|following)\b",
    r"\b(skin|lips?|nose|area|patch)\b[\w\s]{0,20}\b(gone|went|goes|turned|turning|going|is|looks?)\s+"
    r"(white|pale|grey|gray|blue|dusky|mottled|blotchy|purple)\b",
    # Vision.
    r"\b(blurr?(ed|y)|double|losing|lost|loss of|changes? (in|to)|dimm?(ed|ing)|patchy)\s+"
    r"(my\s+)?(vision|sight|eyesight)\b",
    r"\b(vision|sight|eyesight)\b[\w\s]{0,15}\b(blurr\w*|gone|changed|changing|dark|worse)\b",
    r"\b(can'?t|cannot|can not) see\b",
    r"\b(going|gone|went) blind\b|\bblindness\b",
    # Breathing and allergic reactions.
    r"\b(difficult\w*|trouble|struggl\w*|hard|problems?)\b[\w\s]{0,10}\bbreath\w*",
    r"\b(can'?t|cannot|can not) breathe?\b",
    r"\bshort(ness)? of breath\b",
    r"\b(throat|tongue)\b[\w\s',]{0,20}\b(swell\w*|swollen|closing|tight\w*)\b",
    # Swallowing and speech (botulism can show up to 4 weeks after toxin).
    r"\b(difficult\w*|trouble|struggl\w*|hard|problems?|pain)\b[\w\s]{0,10}\bswallow\w*",
    r"\b(can'?t|cannot|can not) swallow\b",
    r"\bslurr\w*\b[\w\s]{0,10}\b(speech|words|talk\w*)\b|\bspeech\b[\w\s]{0,10}\bslurr\w*",
    r"\banaphyla\w*",
    # Severe pain.
    r"\b(severe|extreme|unbearable|excruciating|agoni[sz]ing|intense|terrible|horrendous)\s+"
    r"(\w+\s+)?(pain|ache|throbbing)\b",
    r"\bpain\b[\w\s]{0,15}\b(unbearable|getting worse|worse and worse|severe)\b",
    # Infection.
    r"\b(pus|oozing|abscess\w*)\b",
    r"\b(fever|high temperature|shivering|chills)\b",
    r"\b(hot|red)\b[\w\s,]{0,10}\b(swollen|hard|throbbing)\b[\w\s,]{0,20}\b(after|since)\b",
    r"\bspreading (redness|red)\b",
    r"\binfect(ed|ion)\b[\w\s]{0,30}\b(after|since|my|filler|injection|lips?|treatment)\b",
    r"\b(after|since)\b[\w\s]{0,40}\binfect(ed|ion)\b",
]
RED_FLAG_PATTERN = re.compile("|".join(f"(?:{pattern})" for pattern in RED_FLAGS), re.IGNORECASE)

# Clearly outside the subject, whatever words they share with our pages.
OFF_TOPIC = re.compile(
    r"\b(poems?|poetry|sonnet|haiku|limerick|song lyrics|lyrics|jokes?|weather|forecast|"
    r"mortgages?|remortgag\w*|loans?|pensions?|bitcoin|crypto\w*|stocks?|shares|recipes?|"
    r"football|premier league|cricket|lottery|capital (city )?of|elections?|prime minister|"
    r"homework|essay|train times|flights? to|translate)\b",
    re.IGNORECASE,
)


# Words of our subject: a question with none of them that our pages can't answer is off
# topic, and is not offered to Ask Alice.
SUBJECT = re.compile(
    r"\b(skin|face|facial|lips?|wrinkl\w*|lines|frown|forehead|crow'?s feet|fillers?|botox|"
    r"toxin|tox|inject\w*|laser\w*|peels?|clinics?|practitioners?|aesthetic\w*|cosmetic\w*|"
    r"tweakments?|treatments?|beauty|beautician|acne|scars?|scarring|pigment\w*|melasma|"
    r"rosacea|hair|eyes?|eyebrows?|brows?|jowls?|chin|neck|jaw\w*|sagg\w*|cellulite|fat|"
    r"collagen|serums?|spf|sunscreen|retino\w*|vitamin|moistur\w*|age?ing|wrinkly|surgery|"
    r"surgeon|facelift|nose|boob|breasts?|teeth|veins?|sweat\w*|tattoos?|alice|newsletter|"
    r"privacy|cookies|website|guide|exosomes?|microneedling|hifu|ultherapy|morpheus8|ipl|led|"
    r"profhilo|polynucleotides?|dermaplaning|hydrafacial|sclerotherapy|coolsculpting)\b",
    re.IGNORECASE,
)

INJECTABLE = re.compile(
    r"\b(botox|toxins?|botulinum|tox|anti[- ]wrinkle|fillers?|hyaluronidase|dysport|azzalure|"
    r"bocouture|xeomin|letybo|injections?|injectables?|sclerotherapy|fat[- ]dissolv\w*|"
    r"aqualyx|lemon bottle|profhilo|skin boosters?|polynucleotides?|tretinoin|"
    r"prescription(-only)? (medicines?|drugs?))\b",
    re.IGNORECASE,
)
YOURSELF = r"\b(myself|yourself|my ?self|at home|on my own|on myself)\b"
# Injecting yourself, doses or units, buying prescription medicines or injectables.
SELF_TREATMENT = re.compile(
    "|".join(
        [
            r"\b(inject\w*|give|giving)\s+(myself|yourself|my ?self)\b",
            rf"\binject\w*\b[\w\s-]{{0,30}}{YOURSELF}",
            rf"\b(do|doing|use|using|put|try|trying)\s+(my own |it |them |some |the )?"
            rf"({INJECTABLE.pattern})[\w\s-]{{0,20}}{YOURSELF}",
            rf"\bself[- ]?(inject\w*|administ\w*)|\bdiy\b.{{0,20}}({INJECTABLE.pattern})",
            rf"({INJECTABLE.pattern}).{{0,20}}\bdiy\b",
            r"\bhow (many|much) (units?|ml|mls|millilit\w*)\b",
            rf"\bunits? of ({INJECTABLE.pattern})",
            rf"\b(what|right|correct|safe|max\w*|recommended|normal|usual) (dose|dosage)\b"
            rf".*({INJECTABLE.pattern})|({INJECTABLE.pattern}).*\b(dose|dosage|dosing)\b",
            rf"\bhow much ({INJECTABLE.pattern})[\w\s]{{0,20}}\b(need|inject|use|put|should)\b",
            r"\b(buy|buying|bought|(?<!in )order|ordering|purchas\w*|get hold of|sourcing)\b"
            rf".*({INJECTABLE.pattern})",
            rf"({INJECTABLE.pattern}).*\b(online|for sale|amazon|ebay)\b",
            r"\bhyaluron(ic)? pens?\b|\bneedle[- ]?free (filler|pen|injector)\w*",
        ]
    ),
    re.IGNORECASE,
)

PREGNANCY = (
    r"\bpregnan\w*|\bbreast[- ]?f(ee|e)d\w*|\bnursing (a |my )?(baby|newborn)\b|"
    r"\btrying (for a baby|to conceive|to get pregnant)\b|\bttc\b|\bivf\b|"
    r"\bexpecting (a baby|twins)\b|\bjust had (a|my) baby\b|\bpost[- ]?partum\b"
)
MEDICINES = (
    r"\b(warfarin|apixaban|rivaroxaban|clopidogrel|aspirin|ibuprofen|blood[- ]thinn\w*|"
    r"anticoagulants?|antibiotics?|antidepressants?|sertraline|fluoxetine|citalopram|steroids?|"
    r"prednisolone|roaccutane|accutane|isotretinoin|metformin|insulin|ozempic|wegovy|"
    r"mounjaro|semaglutide|tirzepatide|hrt|beta[- ]blockers?|statins?|methotrexate|"
    r"immunosuppress\w*|antihistamines?|the pill|contracepti\w*)\b|"
    r"\b(i'?m on|i am on|im on|i take|i'?m taking|i am taking|im taking|while taking|"
    r"been prescribed)\b.*\b(medication|medicines?|meds|tablets|pills|drugs?)\b|"
    r"\b(my|on) (medication|meds)\b"
)
CONDITIONS = (
    r"\b(diabet\w*|epilep\w*|seizures?|autoimmune|lupus|myasthenia|multiple sclerosis|"
    r"cancer|chemo(therapy)?|heart (condition|disease|problems?|murmur)|pacemaker|"
    r"high blood pressure|hypertension|thyroid|kidney disease|liver disease|ha?emophilia|"
    r"bleeding disorder|hiv|hepatitis|bell'?s palsy|rheumatoid|crohn'?s|colitis|pcos|"
    r"ana?emi(a|c)|glaucoma)\b"
)
# What a GP, midwife or pharmacist should answer: our pages don't cover it.
SEE_A_PROFESSIONAL = re.compile(f"{PREGNANCY}|{MEDICINES}|{CONDITIONS}", re.IGNORECASE)

MINOR_AGE = r"1[0-7]"
NOT_AN_AGE = (
    r"(?!\s*(%|per ?cent|£|months?|weeks?|days?|hours?|minutes?|mins?|ml|mls|units?|"
    r"sessions?|syringes?|areas?|times?|am\b|pm\b|o'?clock|mm|nm|spf|stone|kg))"
)
# The visitor, or the person they ask for, is under 18; or the question is the age limit.
MINOR = re.compile(
    rf"\b(i'?m|i am|im|she'?s|he'?s|she is|he is|they'?re|is|aged?|age of|at|turning|"
    rf"just turned|only)\s+({MINOR_AGE})\b{NOT_AN_AGE}|"
    rf"\b({MINOR_AGE})\s*-?\s*(years?|yrs?|yo|y/o)\b|"
    r"\b(under[- ]?18s?|under[- ]?age|minors?|teen(age|ager)?s?|sixth form|gcses?)\b|"
    r"\b(what|which|minimum|legal|min) age\b(?! should)|\bage (limit|restrictions?)\b|"
    r"\bhow old\b[\w\s]{0,25}\b(be|have to|need|must)\b|\bold enough\b",
    re.IGNORECASE,
)

BRANDS = (
    r"botox|dysport|azzalure|bocouture|xeomin|letybo|alluzience|relfydess|nuceiva|"
    r"juv[eé]derm|restylane|belotero|teosyal|radiesse|profhilo|sculptra"
)
# Asking us to recommend a brand or product (the rules on advertising prescription-only
# medicines forbid promoting toxin brands to the public, and we promote none).
BRAND_RECOMMENDATION = re.compile(
    r"\b(which|what|best|better|recommend\w*|favourite|top|good)\b.{0,30}\bbrands?\b|"
    r"\bbrands?\b.{0,30}\b(best|better|recommend\w*|good|use|choose)\b|"
    r"\b(which|best)\b.{0,15}\b(botox|toxin|fillers?)\b.{0,30}\b(best|recommend\w*)\b|"
    rf"\b({BRANDS})\b.{{0,30}}\b(better|best|vs|versus|or|compared)\b.{{0,30}}\b({BRANDS})\b",
    re.IGNORECASE,
)


class Rule(StrEnum):
    """The safety rules, in the order they are checked (emergencies come before all)."""

    UNDER_18 = "under_18"
    SELF_TREATMENT = "self_treatment"
    SEE_A_PROFESSIONAL = "see_a_professional"
    BRANDS = "brands"


def is_urgent(question):
    return bool(RED_FLAG_PATTERN.search(question))


def is_about_a_minor(question):
    """Someone under 18 (or the age limit) is asked about: no directory link, whatever
    the treatment."""
    return bool(MINOR.search(question))


def rule_for(question):
    """The safety rule a (non-urgent) question falls under, or None. The under-18 law
    covers toxin and filler; a minor asking about a facial is answered (without a
    directory link)."""
    if is_about_a_minor(question) and INJECTABLE.search(question):
        return Rule.UNDER_18
    if SELF_TREATMENT.search(question):
        return Rule.SELF_TREATMENT
    if SEE_A_PROFESSIONAL.search(question):
        return Rule.SEE_A_PROFESSIONAL
    if BRAND_RECOMMENDATION.search(question):
        return Rule.BRANDS
    return None


def is_off_topic(question):
    return bool(OFF_TOPIC.search(question))


def is_on_our_subject(question):
    return bool(SUBJECT.search(question))
