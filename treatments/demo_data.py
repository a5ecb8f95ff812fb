"""Demo content for seed_demo: concerns, areas and tweakments, written for this project.

Prices are typical UK clinic prices per session in whole pounds; facts were written for
the demo and are reviewed like any other page before going live.
"""

FINDER = {
    "slug": "tweakments",
    "title": "Tweakment Finder",
    "introduction": (
        "Every tweakment we cover, with what it treats, what it typically costs in the UK, "
        "how much downtime to expect and who is allowed to do it. Narrow the list by "
        "concern, area, budget and downtime, or browse the A–Z."
    ),
    "search_description": (
        "Find the right non-surgical cosmetic treatment: filter tweakments by concern, area, "
        "UK price and downtime, and compare up to three side by side."
    ),
}

CONCERNS = [
    ("lines-and-wrinkles", "Lines and wrinkles", "Frown lines, crow's feet, forehead lines."),
    ("volume-loss", "Volume loss", "Hollow cheeks and temples, flattened contours."),
    ("pigmentation", "Pigmentation", "Sun spots, melasma, uneven skin tone."),
    ("redness", "Redness and thread veins", "Rosacea, flushing and broken capillaries."),
    ("texture-and-scarring", "Texture and scarring", "Enlarged pores, acne scars, rough skin."),
    ("skin-laxity", "Skin laxity", "Loose or sagging skin on the face, jaw and neck."),
    ("dull-skin", "Dull or dehydrated skin", "Skin that looks tired, flat or crêpey."),
    ("acne", "Acne and breakouts", "Active spots and oily, congested skin."),
    ("under-eye-hollows", "Under-eye hollows", "Tear troughs, dark circles, crêpey lids."),
    ("stubborn-fat", "Stubborn fat", "A double chin or pockets that diet won't shift."),
    ("unwanted-hair", "Unwanted hair", "Facial and body hair you'd rather not shave."),
    ("excessive-sweating", "Excessive sweating", "Underarm sweating (hyperhidrosis)."),
]

AREAS = [
    ("face", "Face", "Forehead, cheeks, jawline and chin."),
    ("eyes", "Eyes", "Crow's feet, under-eyes and eyelids."),
    ("lips", "Lips", "The lips and the lines around the mouth."),
    ("neck-and-chest", "Neck and chest", "The neck and décolletage."),
    ("hands", "Hands", "The backs of the hands."),
    ("body", "Body", "Tummy, thighs, arms, legs and underarms."),
]

PRESCRIBER = (
    "A doctor, dentist, nurse or pharmacist prescriber must assess you face to face "
    "before it is prescribed."
)
ENGLAND_LICENSING = (
    "England plans a licensing scheme for non-surgical cosmetic procedures, but until it "
    "starts there is no legal minimum training for whoever does it."
)
LASER_RULES = (
    "In England, cosmetic lasers and IPL have not been overseen by the Care Quality "
    "Commission since 2010 and some councils license them; in Wales clinics using them must "
    "register with Healthcare Inspectorate Wales."
)

TREATMENTS = [
    {
        "slug": "anti-wrinkle-injections",
        "title": "Anti-wrinkle injections",
        "also_known_as": "Botox, botulinum toxin, tox, Azzalure, Bocouture, wrinkle relaxers",
        "summary": (
            "Tiny doses of botulinum toxin relax the muscles that crease the skin, softening "
            "frown lines, forehead lines and crow's feet for three to four months."
        ),
        "concerns": ["lines-and-wrinkles", "excessive-sweating"],
        "areas": ["face", "eyes", "neck-and-chest", "body"],
        "price": (180, 350),
        "sessions": (1, None),
        "downtime": 0,
        "downtime_detail": "Small bumps for 20 minutes; no lying flat or exercise for 4 hours.",
        "results_last": "3–4 months",
        "repeat_every_months": 4,
        "pain": 2,
        "who": PRESCRIBER,
        "status": "prescription_only",
        "note": (
            "Botulinum toxin is a licensed prescription-only medicine. Since 2021 it is illegal "
            "to give it to under-18s for cosmetic reasons. " + ENGLAND_LICENSING
        ),
        "body": {
            "what": "The best-known tweakment of all: a purified protein that stops a muscle "
            "contracting fully, so the skin above it stops folding into a line.",
            "how": "The toxin blocks the nerve signal that tells a muscle to tighten. It takes "
            "three to five days to start working and two weeks to take full effect, which is "
            "when a good practitioner will check you and top up if needed.",
            "expect": "A consultation, a few quick injections with a very fine needle and "
            "you are done in 15 minutes. Most people go straight back to work.",
            "risks": "Headache and bruising are common. Less often, a drooping brow or eyelid "
            "if the product spreads; it wears off within weeks.",
            "aftercare": "Stay upright for four hours, skip the gym until tomorrow and don't "
            "massage the area.",
        },
        "image": {"palette": ["#f3e6ef", "#6b1f5c"], "motif": "rings"},
    },
    {
        "slug": "dermal-fillers",
        "title": "Dermal fillers",
        "also_known_as": "Hyaluronic acid filler, cheek filler, jawline filler, Juvederm, "
        "Restylane",
        "summary": (
            "Gels of hyaluronic acid injected to restore lost volume, lift cheeks, define a "
            "jawline or soften deep folds; results last from six months to well over a year."
        ),
        "concerns": ["volume-loss", "lines-and-wrinkles", "skin-laxity"],
        "areas": ["face", "hands"],
        "price": (280, 650),
        "sessions": (1, 2),
        "downtime": 1,
        "downtime_detail": "Swelling and possible bruising for 2–5 days.",
        "results_last": "6–18 months, depending on product and area",
        "repeat_every_months": 12,
        "pain": 3,
        "who": "Legally anyone over 18; choose a medical professional who can dissolve filler "
        "and manage a blocked blood vessel.",
        "status": "unregulated",
        "note": (
            "Fillers are medical devices, not medicines, so no prescription is needed and "
            "they can't be given to under-18s for cosmetic reasons. " + ENGLAND_LICENSING
        ),
        "body": {
            "what": "Hyaluronic acid is a sugar the skin makes itself; filler is a thickened, "
            "cross-linked version that stays put for months.",
            "how": "Injected with a needle or a blunt cannula, it replaces volume lost from fat "
            "pads and bone with age. Firmer gels lift and define; softer ones smooth.",
            "expect": "Numbing cream, then injections over 30–45 minutes. The result shows at "
            "once but settles over two weeks as swelling goes down.",
            "risks": "Bruising, swelling and lumps are common. The rare serious risk is filler "
            "blocking a blood vessel, which needs dissolving at once with hyaluronidase.",
            "aftercare": "No make-up for 12 hours, no saunas, facials or hard exercise for "
            "two days, and call the clinic about any pain or skin colour change.",
        },
        "warning": (
            "Signs of a blocked blood vessel",
            "<p>Severe pain, white or blotchy mottled skin, or any change in vision after "
            "filler is an emergency: contact your practitioner or go to A&amp;E "
            "immediately.</p>",
        ),
        "image": {"palette": ["#fbeee6", "#8a4b2a"], "motif": "drops"},
    },
    {
        "slug": "lip-filler",
        "title": "Lip filler",
        "also_known_as": "Lip augmentation, lip enhancement, lip flip",
        "summary": (
            "Soft hyaluronic acid filler that adds shape, definition or hydration to the lips "
            "and softens the fine lines around them."
        ),
        "concerns": ["volume-loss", "lines-and-wrinkles"],
        "areas": ["lips"],
        "price": (250, 450),
        "sessions": (1, None),
        "downtime": 1,
        "downtime_detail": "Lips are swollen for 2–3 days and can bruise.",
        "results_last": "6–12 months",
        "repeat_every_months": 9,
        "pain": 3,
        "who": "Legally anyone over 18; choose a medical professional who can dissolve filler.",
        "status": "unregulated",
        "note": "Filler is a medical device, not a medicine. " + ENGLAND_LICENSING,
        "body": {
            "what": "A small amount of soft filler, usually half to one syringe, placed in the "
            "body or border of the lips.",
            "how": "The gel binds water and adds volume where it is placed; a skilled injector "
            "works with your natural shape rather than against it.",
            "expect": "Numbing cream and often a dental-style block, then 20–30 minutes of "
            "injecting. Expect them to look bigger on day two than they will at two weeks.",
            "risks": "Swelling, bruising, cold-sore flare-ups, lumps and, rarely, a blocked "
            "blood vessel.",
            "aftercare": "No lipstick for a day, avoid hot drinks and kissing for the first "
            "evening, and tell the clinic if you get cold sores.",
        },
        "image": {"palette": ["#fde8ec", "#a33a5a"], "motif": "petals"},
    },
    {
        "slug": "tear-trough-filler",
        "title": "Tear trough filler",
        "also_known_as": "Under-eye filler",
        "summary": (
            "A tiny amount of soft filler placed under the eyes to smooth the hollow that "
            "makes people look tired. One of the most technical filler treatments."
        ),
        "concerns": ["under-eye-hollows", "volume-loss"],
        "areas": ["eyes"],
        "price": (400, 700),
        "sessions": (1, None),
        "downtime": 1,
        "downtime_detail": "Bruising is common and may need concealer for a week.",
        "results_last": "9–18 months",
        "repeat_every_months": 12,
        "pain": 2,
        "who": "Legally anyone over 18; this area is best left to experienced medical injectors.",
        "status": "unregulated",
        "note": "Filler is a medical device, not a medicine. " + ENGLAND_LICENSING,
        "body": {
            "what": "Filler placed deep, next to the bone, along the groove between lower lid "
            "and cheek.",
            "how": "It replaces the support that thins with age so the skin no longer dips and "
            "casts a shadow. It does not remove puffy bags; it can make them worse.",
            "expect": "Usually a blunt cannula through one entry point, 20 minutes, and "
            "a review at two weeks.",
            "risks": "Bruising, a bluish tinge if placed too shallow, puffiness from fluid "
            "retention and, rarely, a blocked blood vessel near the eye.",
            "aftercare": "Sleep with an extra pillow for two nights, no rubbing and no hard "
            "exercise for 48 hours.",
        },
        "image": {"palette": ["#eef0fb", "#34456e"], "motif": "waves"},
    },
    {
        "slug": "skin-boosters",
        "title": "Skin boosters",
        "also_known_as": "Profhilo, Seventy Hyal, Restylane Skinboosters, injectable moisturiser",
        "summary": (
            "Very runny hyaluronic acid injected in tiny deposits to hydrate the skin from "
            "within, for glow and bounce rather than added volume."
        ),
        "concerns": ["dull-skin", "skin-laxity", "lines-and-wrinkles"],
        "areas": ["face", "neck-and-chest", "hands"],
        "price": (250, 450),
        "sessions": (2, 3),
        "downtime": 0,
        "downtime_detail": "Small bumps at the injection points for up to 24 hours.",
        "results_last": "About 6 months after a course",
        "repeat_every_months": 6,
        "pain": 2,
        "who": "Legally anyone over 18; most are given by doctors, dentists and nurses.",
        "status": "unregulated",
        "note": "Skin boosters are medical devices, not medicines. " + ENGLAND_LICENSING,
        "body": {
            "what": "Hyaluronic acid with little or no cross-linking, so it spreads through "
            "the skin instead of sitting in one place.",
            "how": "It attracts water and is thought to nudge the skin's own collagen and "
            "elastin production, so skin looks smoother and more hydrated.",
            "expect": "Usually two sessions a month apart, each about 15 minutes with five "
            "injection points per side of the face.",
            "risks": "Bumps, bruising and tenderness; infection is rare.",
            "aftercare": "No make-up for 12 hours and no facials or saunas for two days.",
        },
        "image": {"palette": ["#e8f6f3", "#2f5d62"], "motif": "drops"},
    },
    {
        "slug": "polynucleotides",
        "title": "Polynucleotides",
        "also_known_as": "PN, salmon DNA injections, Plinest, Nucleofill",
        "summary": (
            "Purified fragments of fish DNA injected to support skin repair, popular for thin, "
            "crêpey skin under the eyes."
        ),
        "concerns": ["under-eye-hollows", "dull-skin", "texture-and-scarring"],
        "areas": ["eyes", "face", "neck-and-chest"],
        "price": (250, 450),
        "sessions": (2, 3),
        "downtime": 0,
        "downtime_detail": "Bumps and redness for a day; the eye area can bruise.",
        "results_last": "6–12 months after a course",
        "repeat_every_months": 6,
        "pain": 3,
        "who": "Legally anyone over 18; choose a medical professional.",
        "status": "unregulated",
        "note": "Polynucleotides are sold as medical devices. " + ENGLAND_LICENSING,
        "body": {
            "what": "Highly purified DNA chains, usually from salmon or trout, in an "
            "injectable gel.",
            "how": "They are thought to support the cells that make collagen and to calm "
            "inflammation, so thin skin slowly thickens and looks healthier.",
            "expect": "A course of two or three treatments two to three weeks apart. The "
            "injections sting more than most boosters.",
            "risks": "Bumps, bruising and swelling; people with fish allergies should avoid them.",
            "aftercare": "No make-up for 12 hours and no hard exercise for a day.",
        },
        "image": {"palette": ["#fff4e6", "#b45309"], "motif": "waves"},
    },
    {
        "slug": "microneedling",
        "title": "Microneedling",
        "also_known_as": "Collagen induction therapy, Dermapen, SkinPen",
        "summary": (
            "A pen of fine needles makes thousands of tiny channels in the skin, prompting "
            "it to repair itself with fresh collagen: good for texture and acne scars."
        ),
        "concerns": ["texture-and-scarring", "lines-and-wrinkles", "dull-skin"],
        "areas": ["face", "neck-and-chest", "body"],
        "price": (150, 300),
        "sessions": (3, 6),
        "downtime": 1,
        "downtime_detail": "Redness like mild sunburn for 1–3 days.",
        "results_last": "Builds over 3 months; lasts a year or more",
        "repeat_every_months": 6,
        "pain": 3,
        "who": "Trained aestheticians and medical professionals; deeper needling belongs in a "
        "medical clinic.",
        "status": "cosmetic_product",
        "note": "Microneedling is a cosmetic procedure with no product licence. "
        + ENGLAND_LICENSING,
        "body": {
            "what": "Controlled micro-injury with needles 0.5–2.5 mm long.",
            "how": "The skin treats each tiny puncture as a wound and repairs it, laying down "
            "new collagen and elastin over the following weeks.",
            "expect": "Numbing cream for 30 minutes, then about 30 minutes of needling. Skin "
            "is pink and tight afterwards.",
            "risks": "Redness, dryness and, if hygiene is poor, infection. Darker skin can "
            "develop pigmentation if the needling is too aggressive.",
            "aftercare": "Gentle cleanser, no active skincare for five days and strict SPF 50.",
        },
        "image": {"palette": ["#f1ecfa", "#5b3f8c"], "motif": "grid"},
    },
    {
        "slug": "rf-microneedling",
        "title": "RF microneedling",
        "also_known_as": "Radiofrequency microneedling, Morpheus8, Secret RF, Potenza",
        "summary": (
            "Microneedling that delivers radiofrequency heat deep in the skin, tightening "
            "and resurfacing at once: stronger results than plain needling, more downtime."
        ),
        "concerns": ["texture-and-scarring", "skin-laxity", "lines-and-wrinkles"],
        "areas": ["face", "neck-and-chest", "body"],
        "price": (450, 1000),
        "sessions": (1, 3),
        "downtime": 1,
        "downtime_detail": "Redness, swelling and grid marks for 3–5 days.",
        "results_last": "A year or more; collagen builds for 3 months",
        "repeat_every_months": 12,
        "pain": 4,
        "who": "Best done by doctors or experienced nurses; settings need skill on darker skin.",
        "status": "medical_device",
        "note": "The machines are regulated medical devices; who uses them is not. "
        + ENGLAND_LICENSING,
        "body": {
            "what": "Insulated needles that heat the deeper skin with radiofrequency energy.",
            "how": "The heat contracts and remodels collagen while the needling stimulates "
            "repair, so skin tightens and scars soften.",
            "expect": "Strong numbing cream for up to an hour, then 30–60 minutes of "
            "treatment that feels hot and prickly.",
            "risks": "Swelling, grid marks, burns and pigment change if the settings are wrong.",
            "aftercare": "Cool compresses, no make-up for 24 hours, gentle skincare and SPF 50.",
        },
        "image": {"palette": ["#fde9e1", "#9c3d1c"], "motif": "grid"},
    },
    {
        "slug": "chemical-peels",
        "title": "Chemical peels",
        "also_known_as": "Skin peel, glycolic peel, salicylic peel, TCA peel, Jessner peel",
        "summary": (
            "An acid solution that dissolves the outer layer of dead skin, brightening tone, "
            "fading pigmentation and clearing congestion; depth decides the downtime."
        ),
        "concerns": ["pigmentation", "acne", "texture-and-scarring", "dull-skin"],
        "areas": ["face", "neck-and-chest", "hands"],
        "price": (90, 400),
        "sessions": (3, 6),
        "downtime": 1,
        "downtime_detail": "None for light peels; flaking for 3–7 days after medium peels.",
        "results_last": "Weeks to months; regular peels keep the glow",
        "repeat_every_months": 3,
        "pain": 2,
        "who": "Beauty therapists do light peels; medium and deep peels need a doctor or nurse.",
        "status": "cosmetic_product",
        "note": "Peel solutions are sold as cosmetic products. " + ENGLAND_LICENSING,
        "body": {
            "what": "Acids such as glycolic, lactic, salicylic or trichloroacetic acid painted "
            "on and neutralised or left to self-neutralise.",
            "how": "The acid loosens the bonds between dead cells so they shed, and deeper "
            "peels trigger repair that evens pigment and texture.",
            "expect": "Tingling or stinging for a few minutes; the appointment takes 30 "
            "minutes. Preparing the skin for two weeks beforehand helps.",
            "risks": "Irritation, cold-sore flare-ups and, in darker skin, patches of darker "
            "or lighter pigment after stronger peels.",
            "aftercare": "Don't pick flaking skin, moisturise, and wear SPF 50 every day.",
        },
        "image": {"palette": ["#fffbe6", "#a16207"], "motif": "circles"},
    },
    {
        "slug": "co2-laser-resurfacing",
        "title": "CO2 laser resurfacing",
        "also_known_as": "Fractional CO2 laser, CO2RE, carbon dioxide laser",
        "summary": (
            "The strongest skin-resurfacing laser: it vaporises columns of skin to rebuild "
            "texture, lines and scars. Dramatic results, and a week or more of healing."
        ),
        "concerns": ["texture-and-scarring", "lines-and-wrinkles", "pigmentation", "skin-laxity"],
        "areas": ["face", "eyes", "neck-and-chest"],
        "price": (800, 3000),
        "sessions": (1, None),
        "downtime": 2,
        "downtime_detail": "Raw, weeping then crusting skin for 7–14 days; pink for weeks.",
        "results_last": "Years, with sun protection",
        "repeat_every_months": None,
        "pain": 4,
        "who": "A doctor or a highly experienced laser practitioner with medical back-up.",
        "status": "medical_device",
        "note": "The laser is a regulated medical device. " + LASER_RULES,
        "body": {
            "what": "A fractional laser that removes tiny columns of skin, leaving healthy "
            "skin between them to speed healing.",
            "how": "The wounds and heat trigger a big wave of collagen remodelling for "
            "months afterwards.",
            "expect": "Numbing cream or nerve blocks, about an hour of treatment, then a "
            "careful week at home.",
            "risks": "Infection, prolonged redness, scarring and pigment change; not usually "
            "suited to darker skin types.",
            "aftercare": "Follow the clinic's wound care exactly, keep out of the sun and "
            "wear SPF 50 for months.",
        },
        "image": {"palette": ["#fdecea", "#8c2f2a"], "motif": "circles"},
    },
    {
        "slug": "ipl-photofacial",
        "title": "IPL photofacial",
        "also_known_as": "Intense pulsed light, BBL, photorejuvenation",
        "summary": (
            "Flashes of broad-spectrum light that fade sun spots and calm redness and thread "
            "veins, with little or no downtime."
        ),
        "concerns": ["pigmentation", "redness"],
        "areas": ["face", "neck-and-chest", "hands"],
        "price": (150, 350),
        "sessions": (3, 5),
        "downtime": 0,
        "downtime_detail": "Brown spots darken and flake off over a week.",
        "results_last": "A year or more with daily SPF",
        "repeat_every_months": 12,
        "pain": 2,
        "who": "Trained laser and IPL practitioners; a medical assessment of moles first.",
        "status": "medical_device",
        "note": "IPL machines are regulated medical devices. " + LASER_RULES,
        "body": {
            "what": "Not a laser, but a lamp filtered to the wavelengths that pigment and "
            "blood absorb.",
            "how": "The light heats brown pigment and red blood vessels, which the body then "
            "clears away.",
            "expect": "Cooling gel, goggles and a snap like an elastic band with each flash; "
            "20–30 minutes.",
            "risks": "Burns and pigment change if used on tanned or darker skin.",
            "aftercare": "No sun, no fake tan for two weeks, and SPF 50 every day.",
        },
        "image": {"palette": ["#e6f4fb", "#1d5f86"], "motif": "rings"},
    },
    {
        "slug": "laser-hair-removal",
        "title": "Laser hair removal",
        "also_known_as": "Diode laser, Alexandrite laser, permanent hair reduction",
        "summary": (
            "Laser light that damages hair follicles for long-term hair reduction on the "
            "face and body, over a course of sessions."
        ),
        "concerns": ["unwanted-hair"],
        "areas": ["face", "body"],
        "price": (60, 300),
        "sessions": (6, 8),
        "downtime": 0,
        "downtime_detail": "Some redness and bumps for a few hours.",
        "results_last": "Long-term reduction; occasional top-ups",
        "repeat_every_months": 12,
        "pain": 2,
        "who": "Trained laser practitioners; ask about their laser safety training.",
        "status": "medical_device",
        "note": "Hair-removal lasers are regulated medical devices. " + LASER_RULES,
        "body": {
            "what": "A laser tuned to melanin in the hair shaft, with settings for each skin type.",
            "how": "The hair conducts heat to the follicle, which stops it growing; only "
            "hairs in the growing phase respond, hence a course.",
            "expect": "Shave the day before; each session takes minutes for small areas and "
            "up to an hour for legs. Sessions are four to eight weeks apart.",
            "risks": "Burns, blistering and pigment change if settings don't suit your skin.",
            "aftercare": "No sun or fake tan for two weeks, and no waxing between sessions.",
        },
        "image": {"palette": ["#eef6ea", "#3f6b2a"], "motif": "waves"},
    },
    {
        "slug": "exosome-treatments",
        "title": "Exosome treatments",
        "also_known_as": "Exosome facial, exosome serum, extracellular vesicles",
        "summary": (
            "Serums of exosomes, the tiny messengers cells use to talk to each other, applied "
            "after needling or laser to boost healing and glow. Human-derived ones are not "
            "allowed in UK cosmetics."
        ),
        "concerns": ["texture-and-scarring", "dull-skin", "lines-and-wrinkles"],
        "areas": ["face", "neck-and-chest"],
        "price": (500, 800),
        "sessions": (1, 3),
        "downtime": 1,
        "downtime_detail": "Depends on the needling or laser it is paired with; usually 1–3 days.",
        "results_last": "Not well studied; clinics suggest months",
        "repeat_every_months": 6,
        "pain": 3,
        "who": "Doctors and nurses, usually alongside microneedling or laser.",
        "status": "not_allowed",
        "note": (
            "Products of human origin can't be used in cosmetics under UK law, so exosomes "
            "from human cells are off limits; plant-derived ones, such as rose exosomes, are "
            "sold as cosmetic ingredients. No exosome product is a licensed medicine for skin."
        ),
        "body": {
            "what": "Nano-sized sacs that almost every cell releases, carrying proteins and "
            "genetic signals to other cells. Skin products use exosomes from plants, animals "
            "or, illegally here, human cells.",
            "how": "The signals are thought to switch on repair: more collagen, calmer "
            "inflammation, faster healing. Applied after needling or laser, they reach "
            "deeper skin through the fresh channels.",
            "expect": "Usually an add-on: a microneedling, RF needling or laser session, then "
            "layers of exosome serum. Adding exosomes to a needling session typically adds "
            "£500–£800 to the bill; premium combined treatments in London cost over £2,500.",
            "risks": "Little long-term evidence, products that vary hugely in what they "
            "contain, and the legal problem with anything of human origin.",
            "aftercare": "As for the needling or laser it is paired with: gentle skincare and "
            "SPF 50.",
        },
        "warning": (
            "Ask where the exosomes come from",
            "<p>Exosomes of human origin aren't allowed in cosmetics in the UK. Ask for the "
            "product name and its source, and walk away from vague answers.</p>",
        ),
        "image": {"palette": ["#f3e6ef", "#4a1240"], "motif": "circles"},
    },
    {
        "slug": "led-light-therapy",
        "title": "LED light therapy",
        "also_known_as": "LED facial, red light therapy, blue light therapy, Dermalux",
        "summary": (
            "Panels of red, near-infrared or blue light that calm inflammation, help healing "
            "and target acne bacteria: relaxing, painless, and best done regularly."
        ),
        "concerns": ["acne", "redness", "dull-skin"],
        "areas": ["face", "neck-and-chest"],
        "price": (40, 90),
        "sessions": (6, 12),
        "downtime": 0,
        "downtime_detail": "None.",
        "results_last": "Weeks; keeps working with regular sessions",
        "repeat_every_months": 1,
        "pain": 1,
        "who": "Anyone trained to use the device; no medical qualification needed.",
        "status": "medical_device",
        "note": "Clinic LED panels are usually regulated medical devices; home masks vary. "
        "No licence is needed to use them.",
        "body": {
            "what": "Light-emitting diodes at set wavelengths, with no heat and no damage to "
            "the skin.",
            "how": "Red and near-infrared light are absorbed by cells and appear to boost "
            "their energy and repair; blue light kills acne bacteria.",
            "expect": "Lie under the panel with goggles on for 20 minutes, often twice a week "
            "for a course.",
            "risks": "Very few; people on light-sensitising medicines or with epilepsy should "
            "check first.",
            "aftercare": "None needed.",
        },
        "image": {"palette": ["#fdeaea", "#b91c1c"], "motif": "circles"},
    },
    {
        "slug": "hifu",
        "title": "HIFU skin tightening",
        "also_known_as": "High-intensity focused ultrasound, Ultherapy, Sofwave, Ultraformer",
        "summary": (
            "Focused ultrasound that heats the deep support layers of the skin to lift and "
            "tighten the jawline, brows and neck, with no cuts and no downtime."
        ),
        "concerns": ["skin-laxity", "lines-and-wrinkles"],
        "areas": ["face", "eyes", "neck-and-chest"],
        "price": (500, 2500),
        "sessions": (1, None),
        "downtime": 0,
        "downtime_detail": "Some tenderness and swelling for a few days.",
        "results_last": "12–18 months; builds over 3 months",
        "repeat_every_months": 12,
        "pain": 4,
        "who": "Trained practitioners; look for a doctor-led clinic using a genuine device.",
        "status": "medical_device",
        "note": "HIFU machines are regulated medical devices; cheap copies are not. "
        + ENGLAND_LICENSING,
        "body": {
            "what": "Ultrasound energy brought to a focus a few millimetres under the skin, "
            "where it makes tiny heated points.",
            "how": "The heat contracts tissue and triggers new collagen in the layer a surgical "
            "facelift tightens, so skin lifts gradually.",
            "expect": "Painkillers beforehand and 60–90 minutes of hot, deep twinges along "
            "the jaw and brow.",
            "risks": "Temporary numbness, bruising or nerve irritation; fat loss if done badly.",
            "aftercare": "Nothing special; results appear over two to three months.",
        },
        "image": {"palette": ["#e8eefb", "#34456e"], "motif": "rings"},
    },
    {
        "slug": "thread-lift",
        "title": "Thread lift",
        "also_known_as": "PDO threads, Silhouette Soft, barbed threads, mini facelift",
        "summary": (
            "Dissolvable barbed threads placed under the skin to lift sagging cheeks, jowls "
            "or brows, and to stimulate collagen as they dissolve."
        ),
        "concerns": ["skin-laxity"],
        "areas": ["face", "neck-and-chest"],
        "price": (900, 2500),
        "sessions": (1, None),
        "downtime": 2,
        "downtime_detail": "Swelling, bruising and tightness for 5–10 days.",
        "results_last": "12–18 months",
        "repeat_every_months": 18,
        "pain": 3,
        "who": "Doctors and experienced nurse or dental prescribers trained in threads.",
        "status": "unregulated",
        "note": (
            "Threads are medical devices. Higher-risk procedures such as threads are expected "
            "to be restricted to qualified professionals in regulated premises once England's "
            "licensing scheme starts."
        ),
        "body": {
            "what": "Threads of polydioxanone or polylactic acid with tiny cones or barbs.",
            "how": "Inserted through a cannula, the barbs grip tissue so it can be lifted and "
            "anchored; the threads dissolve over months, leaving collagen behind.",
            "expect": "Local anaesthetic, 45–60 minutes, and a tight, sore feeling for a week.",
            "risks": "Dimpling, threads showing through, infection and asymmetry.",
            "aftercare": "Sleep on your back, avoid wide yawns, dental work and facials for "
            "two weeks.",
        },
        "image": {"palette": ["#f5efe6", "#6b4f2a"], "motif": "waves"},
    },
    {
        "slug": "fat-dissolving-injections",
        "title": "Fat-dissolving injections",
        "also_known_as": "Deoxycholic acid, Aqualyx, Belkyra, Kybella, double chin injections",
        "summary": (
            "Injections of a bile-acid compound that break down small pockets of fat, most "
            "often under the chin, over a course of treatments."
        ),
        "concerns": ["stubborn-fat"],
        "areas": ["face", "body"],
        "price": (200, 450),
        "sessions": (2, 4),
        "downtime": 1,
        "downtime_detail": "Marked swelling and tenderness for 3–7 days.",
        "results_last": "Permanent if your weight stays stable",
        "repeat_every_months": None,
        "pain": 3,
        "who": PRESCRIBER,
        "status": "prescription_only",
        "note": (
            "Deoxycholic acid sold as a medicine for under the chin is prescription-only; some "
            "other fat-dissolving products are marketed as medical devices. " + ENGLAND_LICENSING
        ),
        "body": {
            "what": "A version of the acid the body uses to digest fat, injected into the "
            "fat layer.",
            "how": "It bursts fat cells, which the body then clears over several weeks; the "
            "cells don't come back.",
            "expect": "Many small injections, a burning feeling for 15 minutes, and a puffy "
            "chin for days. Two to four sessions, six weeks apart.",
            "risks": "Swelling, bruising, numbness and, rarely, nerve injury that affects the "
            "smile for a while.",
            "aftercare": "Cold packs, a high pillow, and a scarf if you're shy about swelling.",
        },
        "image": {"palette": ["#eef6ea", "#4d7c0f"], "motif": "drops"},
    },
    {
        "slug": "fat-freezing",
        "title": "Fat freezing",
        "also_known_as": "Cryolipolysis, CoolSculpting",
        "summary": (
            "Controlled cooling that kills fat cells in pinchable pockets such as the tummy, "
            "flanks and under the chin, with no needles."
        ),
        "concerns": ["stubborn-fat"],
        "areas": ["body", "face"],
        "price": (500, 1500),
        "sessions": (1, 3),
        "downtime": 0,
        "downtime_detail": "Numbness, aching and bruising for a few weeks.",
        "results_last": "Permanent if your weight stays stable",
        "repeat_every_months": None,
        "pain": 2,
        "who": "Trained practitioners using a genuine, maintained device.",
        "status": "medical_device",
        "note": "Cryolipolysis machines are regulated medical devices. " + ENGLAND_LICENSING,
        "body": {
            "what": "An applicator that sucks a roll of fat into a cup and chills it for 35–60 "
            "minutes.",
            "how": "Fat cells are more sensitive to cold than skin; the damaged cells are "
            "cleared over two to three months.",
            "expect": "Intense cold and pulling for ten minutes, then numbness; read or work "
            "through the rest.",
            "risks": "Rarely, the treated fat grows larger instead (paradoxical adipose "
            "hyperplasia), which needs surgery to correct.",
            "aftercare": "Massage the area if advised; keep your weight steady.",
        },
        "image": {"palette": ["#e6f4fb", "#0e7490"], "motif": "petals"},
    },
    {
        "slug": "hydrafacial",
        "title": "HydraFacial",
        "also_known_as": "Hydradermabrasion, Aquagold, hydra facial",
        "summary": (
            "A machine facial that cleanses, exfoliates, extracts and infuses serums in one "
            "go: an instant glow with no downtime."
        ),
        "concerns": ["dull-skin", "acne", "texture-and-scarring"],
        "areas": ["face", "neck-and-chest"],
        "price": (130, 250),
        "sessions": (1, None),
        "downtime": 0,
        "downtime_detail": "None; skin may be slightly pink for an hour.",
        "results_last": "1–2 weeks",
        "repeat_every_months": 1,
        "pain": 1,
        "who": "Trained beauty therapists and clinics.",
        "status": "cosmetic_product",
        "note": "A cosmetic treatment with no special licence. " + ENGLAND_LICENSING,
        "body": {
            "what": "A branded device with a spiral tip that works like a tiny vacuum.",
            "how": "Mild acids loosen dead skin and debris, suction lifts it out of pores, and "
            "hydrating serums go on last.",
            "expect": "A relaxing 30–60 minutes; skin looks fresher straight away.",
            "risks": "Very few; a flare if you have active rosacea.",
            "aftercare": "Skip strong actives for a day and wear SPF.",
        },
        "image": {"palette": ["#e6f7fb", "#155e75"], "motif": "drops"},
    },
    {
        "slug": "sclerotherapy",
        "title": "Sclerotherapy",
        "also_known_as": "Thread vein injections, microsclerotherapy",
        "summary": (
            "Injections of a medicine that seals thread veins on the legs so they fade, the "
            "standard treatment for spider veins."
        ),
        "concerns": ["redness"],
        "areas": ["body"],
        "price": (200, 350),
        "sessions": (2, 4),
        "downtime": 1,
        "downtime_detail": "Compression stockings for 1–2 weeks; bruising fades over weeks.",
        "results_last": "Treated veins go for good; new ones can appear",
        "repeat_every_months": None,
        "pain": 2,
        "who": PRESCRIBER,
        "status": "prescription_only",
        "note": "The sclerosant solution is a prescription-only medicine. " + ENGLAND_LICENSING,
        "body": {
            "what": "A detergent-like solution injected into small veins with a very fine needle.",
            "how": "It irritates the vein lining so the walls stick together; the body "
            "reabsorbs the closed vein.",
            "expect": "30 minutes of small injections, then stockings on before you leave.",
            "risks": "Bruising, brown staining along the vein, and small clusters of new "
            "veins; blood clots are rare.",
            "aftercare": "Wear the stockings as told, walk daily and avoid hot baths and sun.",
        },
        "image": {"palette": ["#fdecef", "#9f1239"], "motif": "waves"},
    },
    {
        "slug": "vascular-laser",
        "title": "Vascular laser for facial redness",
        "also_known_as": "Nd:YAG laser, pulsed dye laser, V-Beam, thread vein laser",
        "summary": (
            "Lasers tuned to blood vessels that clear broken capillaries on the face and calm "
            "the background redness of rosacea."
        ),
        "concerns": ["redness"],
        "areas": ["face", "neck-and-chest"],
        "price": (150, 350),
        "sessions": (1, 3),
        "downtime": 0,
        "downtime_detail": "Redness and slight swelling for a day or two.",
        "results_last": "Years for treated vessels; rosacea may need yearly top-ups",
        "repeat_every_months": 12,
        "pain": 3,
        "who": "Trained laser practitioners, ideally in a doctor-led clinic.",
        "status": "medical_device",
        "note": "Lasers are regulated medical devices. " + LASER_RULES,
        "body": {
            "what": "A laser whose light is absorbed by the red of haemoglobin.",
            "how": "Heat collapses the small vessel without harming the skin around it.",
            "expect": "Goggles, a cooling tip and a hot flick with each pulse; 15–30 minutes.",
            "risks": "Bruising with some lasers, blistering or pigment change if settings are "
            "wrong.",
            "aftercare": "Cool the skin, avoid heat and alcohol for 48 hours, wear SPF.",
        },
        "image": {"palette": ["#fdeaea", "#9b1c1c"], "motif": "rings"},
    },
    {
        "slug": "dermaplaning",
        "title": "Dermaplaning",
        "also_known_as": "Blade exfoliation, peach fuzz removal",
        "summary": (
            "A sterile blade gently scrapes away dead skin and fine facial hair, leaving "
            "skin smooth and make-up sitting better."
        ),
        "concerns": ["dull-skin", "texture-and-scarring", "unwanted-hair"],
        "areas": ["face"],
        "price": (50, 90),
        "sessions": (1, None),
        "downtime": 0,
        "downtime_detail": "None.",
        "results_last": "3–4 weeks",
        "repeat_every_months": 1,
        "pain": 1,
        "who": "Trained beauty therapists.",
        "status": "cosmetic_product",
        "note": "A beauty treatment with no special licence.",
        "body": {
            "what": "Manual exfoliation with a surgical scalpel held at a shallow angle.",
            "how": "It removes the top layer of dead cells and vellus hair in one pass.",
            "expect": "Twenty relaxing minutes; it often comes before a peel or facial.",
            "risks": "Nicks and irritation; not for active acne or rosacea. Hair does not "
            "grow back thicker.",
            "aftercare": "Gentle skincare for a day and SPF.",
        },
        "image": {"palette": ["#faf5f0", "#7c5a3a"], "motif": "petals"},
    },
    {
        "slug": "pico-laser",
        "title": "Picosecond laser for pigmentation",
        "also_known_as": "PicoSure, PicoWay, pico laser, pico toning",
        "summary": (
            "Ultra-short laser pulses that shatter pigment into fine dust for the body to "
            "clear, used for sun spots, uneven tone and some acne scarring."
        ),
        "concerns": ["pigmentation", "texture-and-scarring"],
        "areas": ["face", "neck-and-chest", "hands"],
        "price": (250, 500),
        "sessions": (3, 5),
        "downtime": 1,
        "downtime_detail": "Redness for a day; treated spots darken then flake within a week.",
        "results_last": "Long-lasting with sun protection",
        "repeat_every_months": None,
        "pain": 3,
        "who": "Trained laser practitioners; melasma is best assessed by a doctor first.",
        "status": "medical_device",
        "note": "Lasers are regulated medical devices. " + LASER_RULES,
        "body": {
            "what": "A laser firing pulses a trillionth of a second long.",
            "how": "The speed shatters pigment with a pressure wave rather than heat, so there "
            "is less risk of burning.",
            "expect": "Numbing cream, then a crackle of snaps for 20 minutes.",
            "risks": "Temporary darkening or lightening of the skin; melasma can flare.",
            "aftercare": "Strict SPF 50 and no picking at the flakes.",
        },
        "image": {"palette": ["#f2effb", "#4c1d95"], "motif": "grid"},
    },
    {
        "slug": "radiofrequency-skin-tightening",
        "title": "Radiofrequency skin tightening",
        "also_known_as": "Thermage, Exilis, Profound, RF tightening",
        "summary": (
            "Radiofrequency energy heats the deep skin through the surface to tighten loose "
            "skin on the face, eyelids and body, with no downtime."
        ),
        "concerns": ["skin-laxity", "lines-and-wrinkles"],
        "areas": ["face", "eyes", "body"],
        "price": (1500, 3000),
        "sessions": (1, None),
        "downtime": 0,
        "downtime_detail": "Pinkness for a few hours.",
        "results_last": "1–2 years; builds over 6 months",
        "repeat_every_months": 18,
        "pain": 3,
        "who": "Trained practitioners in a clinic with the genuine device.",
        "status": "medical_device",
        "note": "RF tightening machines are regulated medical devices. " + ENGLAND_LICENSING,
        "body": {
            "what": "A treatment tip that heats the dermis while cooling the surface.",
            "how": "The heat makes collagen fibres contract at once and stimulates new "
            "collagen over the following months.",
            "expect": "Deep heat pulses over 45–90 minutes, depending on the area.",
            "risks": "Rarely, burns or small dents in the fat layer.",
            "aftercare": "None; a good skincare routine helps keep results.",
        },
        "image": {"palette": ["#fdf0e6", "#9a3412"], "motif": "rings"},
    },
]

# Which demo articles discuss which treatments (article slug → treatment slugs).
ARTICLE_TREATMENTS = {
    "exosomes-explained": ["exosome-treatments", "microneedling", "rf-microneedling"],
    "how-to-choose-a-safe-practitioner": [
        "anti-wrinkle-injections",
        "dermal-fillers",
        "lip-filler",
    ],
    "hifu-ultherapy-ultrasound-lifting": ["hifu", "radiofrequency-skin-tightening"],
    "co2-laser-resurfacing-explained": ["co2-laser-resurfacing"],
    "are-led-face-masks-worth-it": ["led-light-therapy"],
    "microneedling-and-rf-microneedling": [
        "microneedling",
        "rf-microneedling",
        "exosome-treatments",
    ],
    "polynucleotides-under-eyes": ["polynucleotides", "tear-trough-filler"],
    "chemical-peels-demystified": ["chemical-peels", "pico-laser"],
    "skin-boosters-profhilo-explained": ["skin-boosters", "polynucleotides"],
    "dermal-fillers-explained": ["dermal-fillers", "lip-filler", "tear-trough-filler"],
    "anti-wrinkle-injections-guide": ["anti-wrinkle-injections"],
}

LAST_REVIEWED = "2025-06-02"
