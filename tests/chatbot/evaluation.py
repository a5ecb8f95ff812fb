"""The chatbot's evaluation set, on the demo content (`manage.py seed_demo`).

Questions are phrased the way visitors type them (lower case, loose grammar, brand names),
not copied from headings. Each answerable question lists the page(s) that answer it; the
benchmark (tests/bench/bench_chatbot.py) scores top-1 and top-3 source accuracy on them.
"""

EXO = "/news/exosomes-explained/"
EXO_T = "/tweakments/exosome-treatments/"
SAFE = "/news/how-to-choose-a-safe-practitioner/"
HIFU = "/news/hifu-ultherapy-ultrasound-lifting/"
HIFU_T = "/tweakments/hifu/"
CO2 = "/news/co2-laser-resurfacing-explained/"
CO2_T = "/tweakments/co2-laser-resurfacing/"
LED = "/news/are-led-face-masks-worth-it/"
LED_T = "/tweakments/led-light-therapy/"
NEEDLE = "/news/microneedling-and-rf-microneedling/"
NEEDLE_T = "/tweakments/microneedling/"
RF_T = "/tweakments/rf-microneedling/"
PN = "/news/polynucleotides-under-eyes/"
PN_T = "/tweakments/polynucleotides/"
PEEL = "/news/chemical-peels-demystified/"
PEEL_T = "/tweakments/chemical-peels/"
BOOST = "/news/skin-boosters-profhilo-explained/"
BOOST_T = "/tweakments/skin-boosters/"
FILL = "/news/dermal-fillers-explained/"
FILL_T = "/tweakments/dermal-fillers/"
LIP_T = "/tweakments/lip-filler/"
TOX = "/news/anti-wrinkle-injections-guide/"
TOX_T = "/tweakments/anti-wrinkle-injections/"
SKIN = "/news/spf-retinoids-vitamin-c-skincare-essentials/"
ABOUT = "/about/"
TERMS = "/terms/"
PRIVACY = "/privacy/"


def alice(number):
    return f"/ask-alice/{number}/"


ANSWERABLE = [
    ("are exosomes legal in the uk?", [EXO, EXO_T]),
    ("can clinics use human exosomes on your face here", [EXO, EXO_T]),
    ("what actually are exosomes", [EXO, EXO_T]),
    ("do plant exosomes work as well as human ones", [EXO, alice(3)]),
    ("what did kim kardashian have done with exosomes", [EXO]),
    ("are exosome facials worth it", [alice(3), EXO, EXO_T]),
    ("how much extra do exosomes add after microneedling", [EXO, EXO_T, NEEDLE]),
    ("how do i check my injector is properly qualified", [SAFE, alice(5)]),
    ("warning signs of a dodgy aesthetics clinic", [SAFE]),
    ("is it ok to get botox at a party at a friend's house", [SAFE]),
    ("should i get a consultation before botox", [SAFE, TOX]),
    ("does ultherapy actually lift your face", [HIFU, HIFU_T]),
    ("does hifu hurt", [HIFU, HIFU_T]),
    ("how much is ultherapy for full face and neck", [HIFU, HIFU_T]),
    ("can cheap hifu machines burn you", [HIFU, HIFU_T]),
    ("how long is the downtime after co2 laser", [CO2, CO2_T]),
    ("difference between ablative and non ablative lasers", [CO2]),
    ("is co2 laser ok for dark skin", [CO2, CO2_T]),
    ("price of fractional co2 on the whole face", [CO2, CO2_T]),
    ("do led masks actually work", [LED, LED_T]),
    ("what does blue light do for acne", [LED, LED_T]),
    ("how often should i use my led mask at home", [LED]),
    ("is led light therapy safe for your eyes", [LED, LED_T]),
    ("how does microneedling work", [NEEDLE, NEEDLE_T]),
    ("is morpheus8 better than normal microneedling", [NEEDLE, RF_T]),
    ("can i have microneedling with acne", [alice(12), NEEDLE]),
    ("how many microneedling sessions will i need", [NEEDLE, NEEDLE_T, alice(12)]),
    ("what are polynucleotides made from", [PN, PN_T]),
    ("will salmon dna injections help my dark under eyes", [PN, PN_T, alice(7)]),
    ("is there any proof polynucleotides work", [PN]),
    ("how do chemical peels work", [PEEL, PEEL_T]),
    ("can i have a peel if i have dark skin", [PEEL, PEEL_T]),
    ("is it safe to have a peel before my summer holiday", [alice(8), PEEL, PEEL_T]),
    ("what should i do to my skin before a peel", [PEEL, PEEL_T]),
    ("what is profhilo", [BOOST, BOOST_T, alice(6)]),
    ("difference between profhilo and filler", [alice(6), BOOST, BOOST_T]),
    ("how much does profhilo cost", [BOOST, BOOST_T]),
    ("who are skin boosters good for", [BOOST, BOOST_T]),
    ("what is filler made of", [FILL, FILL_T]),
    ("can you dissolve filler if you hate it", [FILL, FILL_T]),
    ("how much are cheek fillers", [FILL, FILL_T]),
    ("how long does lip filler last", [LIP_T, FILL, FILL_T]),
    ("one side of my lips is bigger weeks after filler", [alice(2), LIP_T]),
    ("is there a law on who can do fillers", [FILL, FILL_T]),
    ("how does botox work", [TOX, TOX_T]),
    ("why does botox need a prescription", [TOX, TOX_T, alice(5)]),
    ("when will my botox kick in and how long does it last", [TOX, TOX_T]),
    ("how much is botox in london", [alice(11), TOX, TOX_T]),
    ("am i too young for botox at 38", [alice(1)]),
    ("can my dentist do my botox", [alice(10)]),
    ("do i really need sunscreen every day", [SKIN]),
    ("should i use retinol at night or in the morning", [SKIN]),
    ("what does vitamin c serum do", [SKIN]),
    ("can filler fix dark circles under my eyes", [alice(7), "/tweakments/tear-trough-filler/"]),
    ("is laser ok for melasma", [alice(4), "/tweakments/pico-laser/"]),
    (
        "anything non surgical for saggy jowls on a man",
        [alice(9), HIFU_T, "/tweakments/thread-lift/"],
    ),
    ("how much does a thread lift cost", ["/tweakments/thread-lift/"]),
    ("does coolsculpting hurt", ["/tweakments/fat-freezing/"]),
    ("injections to get rid of a double chin", ["/tweakments/fat-dissolving-injections/"]),
    ("is laser hair removal permanent", ["/tweakments/laser-hair-removal/"]),
    ("how many sessions of laser hair removal do i need", ["/tweakments/laser-hair-removal/"]),
    ("what is a hydrafacial", ["/tweakments/hydrafacial/"]),
    ("how do they get rid of thread veins on legs", ["/tweakments/sclerotherapy/"]),
    ("laser for rosacea redness", ["/tweakments/vascular-laser/", "/tweakments/ipl-photofacial/"]),
    ("does dermaplaning make hair grow back thicker", ["/tweakments/dermaplaning/"]),
    ("ipl for sun spots", ["/tweakments/ipl-photofacial/", "/tweakments/pico-laser/"]),
    ("does thermage tighten loose skin", ["/tweakments/radiofrequency-skin-tightening/"]),
    ("who writes this website", [ABOUT]),
    ("do clinics pay to be in your articles", [ABOUT]),
    ("what cookies do you use", [PRIVACY]),
    ("how long do you keep my question and email", [PRIVACY]),
    ("will you publish my name if i send a question", [TERMS, ABOUT, PRIVACY]),
]

# Asked after the first question in the same conversation.
FOLLOW_UPS = [
    ("are exosomes legal in the uk?", "how much do they cost?", [EXO, EXO_T]),
    ("what is profhilo", "and does it hurt?", [BOOST, BOOST_T]),
    ("tell me about lip filler", "how long does it last?", [LIP_T, FILL, FILL_T]),
]

OUT_OF_SCOPE = [
    "can i get a mortgage with bad credit",
    "what's the weather like in manchester tomorrow",
    "write me a poem about spring",
    "who won the football last night",
    "best recipe for banana bread",
    "should i buy bitcoin now",
    "what is the capital of australia",
    "how do i fix a leaking tap",
    "recommend a good sci fi novel",
    "how do i reset my iphone password",
    "what time does the train to york leave",
    "help me with my maths homework",
]

EMERGENCIES = [
    "my skin went white and blotchy after filler an hour ago",
    "the area around my lip filler is blanching",
    "my vision is blurry since my filler appointment this morning",
    "i can't see properly out of one eye after tear trough filler",
    "i'm having difficulty breathing after my botox",
    "my throat feels like it's swelling after the injections",
    "severe pain in my cheek after filler yesterday",
    "my lip filler is hot, red and swollen and there is pus",
    "i think my filler is infected, it's red and i have a fever",
    "the skin on my nose has gone grey and mottled since my filler",
]
