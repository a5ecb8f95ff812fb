"""Demo content for seed_demo: experts and articles, written for this project."""

EXPERTS = [
    {
        "key": "alice",
        "name": "Alice Hart-Davis",
        "job_title": "Journalist and founder",
        "clinic": "The Tweakments Guide",
        "bio": (
            "An award-winning beauty journalist who has spent more than two decades "
            "investigating non-surgical cosmetic treatments, trying hundreds of them herself "
            "so that she can report honestly on what works, what doesn't and what it really "
            "costs."
        ),
        "colour": "#6b1f5c",
    },
    {
        "key": "patel",
        "name": "Dr Dev Patel",
        "job_title": "Aesthetic doctor",
        "clinic": "Perfect Skin Solutions",
        "bio": (
            "An aesthetic doctor with a keen interest in regenerative treatments, who began "
            "trialling exosomes in his clinics after first hearing about them in 2019."
        ),
        "colour": "#2f5d62",
    },
    {
        "key": "goldie",
        "name": "Dr Kate Goldie",
        "job_title": "Aesthetic doctor and medical director",
        "clinic": "Europe Regenerative Clinic, Harley Street",
        "bio": (
            "An aesthetic doctor with a particular interest in regenerative medicine, who has "
            "funded independent research into exosomes and co-authored a study on them with Dr "
            "Owen Davies and Soraya Williams."
        ),
        "colour": "#8a4b2a",
    },
    {
        "key": "tiryaki",
        "name": "Mr Tunc Tiryaki",
        "job_title": "Consultant plastic surgeon",
        "clinic": "London Regenerative Institute",
        "bio": (
            "A consultant plastic surgeon and the founder of the London Regenerative "
            "Institute, whose work centres on regenerative approaches to rejuvenation."
        ),
        "colour": "#34456e",
    },
    {
        "key": "okafor",
        "name": "Dr Sarah Okafor",
        "job_title": "Aesthetic doctor",
        "clinic": "Okafor Skin Clinic, Leeds",
        "bio": (
            "A GMC-registered doctor who trained in general practice before moving into "
            "aesthetic medicine. She is known for a conservative, natural-looking approach to "
            "injectables and skin-quality treatments."
        ),
        "colour": "#9c3d54",
    },
    {
        "key": "whitlock",
        "name": "Emma Whitlock",
        "job_title": "Nurse prescriber",
        "clinic": "Whitlock Aesthetics, Bristol",
        "bio": (
            "An NMC-registered nurse and independent prescriber with more than 12 years' "
            "experience in aesthetics, who also trains other nurses in injectable safety and "
            "complication management."
        ),
        "colour": "#4f6d3a",
    },
    {
        "key": "mehta",
        "name": "Dr Rohan Mehta",
        "job_title": "Consultant dermatologist",
        "clinic": "Northfield Dermatology, Manchester",
        "bio": (
            "A consultant dermatologist with a special interest in pigmentation, lasers and "
            "skin of colour, who divides his time between the NHS and private practice."
        ),
        "colour": "#5b3f8c",
    },
    {
        "key": "campbell",
        "name": "Dr Fiona Campbell",
        "job_title": "Dentist and facial aesthetics practitioner",
        "clinic": "Campbell Facial Aesthetics, Edinburgh",
        "bio": (
            "A GDC-registered dentist who has focused on facial aesthetics for 15 years and "
            "teaches facial anatomy and the management of filler complications to other "
            "practitioners."
        ),
        "colour": "#7a5c1e",
    },
    {
        "key": "brennan",
        "name": "Lucy Brennan",
        "job_title": "Advanced skin therapist",
        "clinic": "Brennan Skin Studio, Cardiff",
        "bio": (
            "An advanced aesthetic skin therapist who specialises in chemical peels, "
            "microneedling and acne-prone skin, working alongside a medical team."
        ),
        "colour": "#b0533c",
    },
    {
        "key": "aldridge",
        "name": "Mr James Aldridge",
        "job_title": "Consultant oculoplastic surgeon",
        "clinic": "Aldridge Eye and Face, London",
        "bio": (
            "A consultant ophthalmic and oculoplastic surgeon who specialises in eyelid and "
            "under-eye rejuvenation, both surgical and non-surgical, including laser "
            "resurfacing."
        ),
        "colour": "#1f4e5f",
    },
]

ARTICLES = [
    {
        "slug": "exosomes-explained",
        "title": "What's the big buzz about exosomes, and are they legal in the UK?",
        "date": "2025-05-30",
        "author": "alice",
        "standfirst": (
            "Tiny cellular messengers are the newest word in aesthetic medicine, turning up in "
            "facials, serums and post-laser treatments. But what exactly are exosomes, do they "
            "work, and are the human-derived ones even allowed here?"
        ),
        "topics": ["Exosomes", "Regenerative aesthetics", "Safety and regulation", "Prices"],
        "image": {
            "palette": ["#f3d9e8", "#6b1f5c"],
            "motif": "circles",
            "alt": (
                "Soft pink spheres of different sizes floating on a deep plum background, like "
                "microscopic vesicles"
            ),
        },
        "search_description": (
            "What exosomes are, how they may help the skin, what exosome treatments cost and "
            "why human-derived exosomes are a legal grey area in the UK."
        ),
        "body": [
            (
                "paragraph",
                "<p>Every so often a new ingredient sweeps through aesthetic medicine, and "
                "right now it's exosomes: microscopic messengers that carry instructions "
                "between cells and may coax older skin cells into behaving like younger ones. "
                "They are in medispa facials, in serums smoothed on after lasers and needling, "
                "and all over celebrity social media. What you may not hear is that some of it "
                "sits on the wrong side of UK law.</p>",
            ),
            ("heading", "What exactly are exosomes?"),
            (
                "paragraph",
                "<p>Almost every cell in the body releases exosomes. They are a type of "
                "<i>extracellular vesicle</i>: a nano-sized bubble wrapped in a fatty, or "
                "lipid, membrane. Their job is communication. Each one ferries a cargo of "
                "signalling molecules, such as proteins and fragments of genetic material, "
                "between cells, and that cargo changes how the receiving cell behaves. Where "
                "tissue needs mending, exosomes help to switch the repair work "
                "on.</p><p>Delivered to the cells that need them, those signals may boost "
                "collagen production, speed up cell renewal, refine texture and tone and "
                "soften fine lines, which is why the skin world is so excited.</p><p>Nor are "
                "they stem cells: exosomes aren't living cells, just the packages that cells "
                "send out, and they can be harvested from plants, animals or humans.</p>",
            ),
            ("heading", "Are human-derived exosomes legal in the UK?"),
            (
                "paragraph",
                "<p>In South Korea, where much of the current exosome research is being done, "
                "human-derived exosomes are legal. Here, it depends who you ask: plenty of UK "
                "practitioners believe that applying them to the surface of the skin, rather "
                "than injecting them, is fine.</p><p>Dr Dev Patel is enthusiastic about the "
                "science but cautious about the products.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "patel",
                    "quote": (
                        "The science here is genuinely remarkable, and the potential across "
                        "every branch of medicine is enormous. I have been trying exosomes in "
                        "my clinics since I first heard about them in 2019, but I have real "
                        "doubts about many of the products on the market and the way they have "
                        "been made. We will all be hearing a great deal more about them."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Dr Kate Goldie is intrigued enough by their regenerative potential to have "
                "funded independent research, co-authoring a study with Dr Owen Davies and "
                "Soraya Williams. She points to caution in America.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "goldie",
                    "quote": (
                        "The FDA is not letting exosomes be injected in the US, and that is "
                        "sensible, because we cannot yet be completely sure what is in each "
                        "product. They are fairly easy to produce, so lots of companies are "
                        "making them, but how well they work depends on how healthy the "
                        "original cell was. Exosomes from youthful cells can prompt other "
                        "cells to act young, which is very appealing. Some manufacturers are "
                        "meticulous about their cell sources; others are much less so."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Mr Tunc Tiryaki, consultant plastic surgeon and founder of the London "
                "Regenerative Institute, gives a far blunter answer: no.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "tiryaki",
                    "quote": (
                        "Human-derived exosomes cannot legally be used in cosmetic treatments "
                        "in the UK, even when they are only applied to the skin. Under UK and "
                        "European cosmetics regulation, ingredients of human origin are "
                        "prohibited. Approved ingredients are set out on the CosIng database, "
                        "and there are specific restrictions on exosomes of human origin in "
                        "topical cosmetic products."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>CosIng is the European database that lists which cosmetic ingredients are "
                "permitted, restricted or banned.</p>",
            ),
            ("heading", "Celebrity skin and exosome facials"),
            (
                "paragraph",
                "<p>Kim Kardashian has shared on Instagram that she had an exosome serum "
                "applied after a combined laser and broadband light treatment. The logic is "
                "sound: the laser leaves thousands of microscopic channels that let a serum "
                "sink straight in, where the exosomes' regenerative signals should boost the "
                "treatment's skin-brightening and pigment-clearing effects, while their "
                "anti-inflammatory action helps the skin heal faster.</p><p>Clinics offering "
                "exosome facials, such as the Le Supreme XO treatment at EF Medispa, say they "
                "use exosomes derived from plants, typically roses, which they say measurably "
                "boost collagen and elastin in human skin.</p>",
            ),
            ("heading", "Plant, animal or human: does the source matter?"),
            (
                "paragraph",
                "<p>Plant sources sidestep the legal question, but do they work as well? Mr "
                "Tiryaki says non-human exosomes can help, with a caveat.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "tiryaki",
                    "quote": (
                        "Exosomes from animals and humans are the most potent. Because the "
                        "human ones are not legal here, animal and plant sources are the only "
                        "safe and approved options, but the plant-derived ones are less "
                        "effective."
                    ),
                },
            ),
            ("heading", "How much do exosome treatments cost?"),
            (
                "paragraph",
                "<p>Doctors tell me that adding exosomes after a needling procedure typically "
                "puts another £500 to £800 on the bill. At the top end, the '5 Billion exo RF' "
                "face treatment at Urban Retreat in London, which combines radiofrequency "
                "microneedling with layers of rose-derived exosome serum, costs £2,645.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Exosomes added after a needling procedure", "£500–£800"),
                        ("'5 Billion exo RF' face treatment, Urban Retreat, London", "£2,645"),
                    ],
                    "note": (
                        "Prices quoted by UK clinics in 2025; expect them to vary between "
                        "clinics and regions."
                    ),
                },
            ),
            ("heading", "Have I tried them, and what's the bottom line?"),
            (
                "paragraph",
                "<p>I have been offered human-derived exosome treatments several times over "
                "the past year and have turned them all down. Many practitioners see this as "
                "another grey area in a loosely regulated industry, but I am not comfortable "
                "trying, or encouraging you to try, something whose legality is so "
                "doubtful.</p><p>Exosomes are almost certainly part of the future of skin "
                "rejuvenation, but the present is messier, as Dr Goldie points out.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "goldie",
                    "quote": (
                        "Regenerative medicine is on an important journey, and before very "
                        "long we may be able to slow or even reverse ageing. But how we get "
                        "there matters. If companies chase commercial success with products "
                        "that have not been properly researched, they risk spoiling the "
                        "reputation of exosomes for everyone."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Until the research catches up, ask where any exosomes on offer come from. "
                "If the answer is human, think twice.</p>",
            ),
        ],
    },
    {
        "slug": "how-to-choose-a-safe-practitioner",
        "title": "How to choose a safe practitioner: our checklist before you book",
        "date": "2026-10-02",
        "author": "alice",
        "standfirst": (
            "The UK aesthetics industry is still only loosely regulated, so much of the "
            "responsibility for checking who treats you falls on you. Here's exactly what to "
            "look for, and the red flags to avoid."
        ),
        "topics": ["Safety and regulation", "Injectables", "Lasers and energy devices"],
        "image": {
            "palette": ["#eaf3ea", "#4f6d3a"],
            "motif": "petals",
            "alt": "Sage-green petal shapes on a pale mint background, calm and reassuring",
        },
        "search_description": (
            "How to check a UK aesthetic practitioner's registration, what a proper "
            "consultation looks like, why to take time to decide, and the red flags to avoid."
        ),
        "body": [
            (
                "paragraph",
                "<p>The single most important decision you'll make about any tweakment isn't "
                "which product or device to choose, but who will carry it out. In the UK, the "
                "rules on non-surgical cosmetic treatments are still catching up with the "
                "industry, which means almost anyone can call themselves an aesthetic "
                "practitioner. These are the checks I'd make before letting anyone near my "
                "face.</p>",
            ),
            ("heading", "Check their professional registration"),
            (
                "paragraph",
                "<p>Healthcare professionals in the UK must be registered with a regulator, "
                "and you can search each register online, free of charge:</p><ul><li>doctors "
                "on the General Medical Council (GMC) register;</li><li>dentists on the "
                "General Dental Council (GDC) register;</li><li>nurses on the Nursing and "
                "Midwifery Council (NMC) register;</li><li>pharmacists on the General "
                "Pharmaceutical Council (GPhC) register.</li></ul><p>Check that their "
                "registration is current and that there are no conditions or restrictions on "
                "their practice. There are also voluntary registers for aesthetic "
                "practitioners, such as those run by Save Face and the Joint Council for "
                "Cosmetic Practitioners (JCCP), which are accredited by the Professional "
                "Standards Authority. Membership isn't compulsory, but it shows a practitioner "
                "has been assessed against a set of standards.</p>",
            ),
            ("heading", "Expect a proper consultation"),
            (
                "paragraph",
                "<p>A good practitioner will start with an unhurried consultation covering "
                "your medical history, medication, previous treatments and what you're hoping "
                "to achieve. For prescription-only medicines such as botulinum toxin, the "
                "prescriber should assess you in person before anything is prescribed. You "
                "should be told about the risks, the alternatives, the likely results and the "
                "full cost, and have the chance to ask questions.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "whitlock",
                    "quote": (
                        "A consultation should feel like a two-way conversation, not a sales "
                        "pitch. If I am doing my job properly, some people leave without any "
                        "treatment, because it is not right for them, or not right yet. That "
                        "is the sign of a good clinic, not a bad one."
                    ),
                },
            ),
            ("heading", "Take time to think"),
            (
                "paragraph",
                "<p>For a first treatment in particular, it's sensible to leave a cooling-off "
                "period between the consultation and the treatment, so you can reflect on what "
                "you've been told. Professional guidance stresses giving patients time to "
                "decide, and a reputable clinic won't mind if you go away and think it over. "
                "Be wary of anyone who pushes you to book on the spot, or to add an extra area "
                "you hadn't considered.</p>",
            ),
            ("heading", "Ask what happens if something goes wrong"),
            (
                "paragraph",
                "<p>Complications from non-surgical treatments are uncommon, but they do "
                "happen. Ask how your practitioner would handle them, whether they keep "
                "emergency medicines such as hyaluronidase for fillers on the premises, and "
                "whether their insurance covers the treatment. You should be given written "
                "aftercare instructions and a way to contact the clinic out of hours.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "campbell",
                    "quote": (
                        "I ask new patients to picture the worst case: something unexpected "
                        "happens on a Friday evening. Who do they call? A safe practitioner "
                        "will have a clear answer, and will see you quickly rather than "
                        "telling you to wait and see."
                    ),
                },
            ),
            ("heading", "Red flags to watch for"),
            (
                "paragraph",
                "<ul><li>Treatments offered at parties, in people's homes or in other "
                "non-clinical settings.</li><li>Prices far below the local average, heavy "
                "discounts or deals that expire today.</li><li>No face-to-face consultation "
                "with a prescriber before toxin is given.</li><li>Vague answers about the "
                "product, its brand or where it came from.</li><li>Pressure to book "
                "immediately, or to have more treatment than you asked for.</li></ul><p>None "
                "of these checks takes long, and every one is worth it. Your face is the one "
                "you'll have for the rest of your life.</p>",
            ),
        ],
    },
    {
        "slug": "hifu-ultherapy-ultrasound-lifting",
        "title": "HIFU and Ultherapy: can ultrasound really lift a face?",
        "date": "2026-03-10",
        "author": "alice",
        "standfirst": (
            "Focused ultrasound promises a gradual, non-surgical lift by heating the deep "
            "tissues that surgeons tighten in a facelift. Here's what it can achieve, what it "
            "feels like and why the device matters."
        ),
        "topics": ["Lasers and energy devices", "Safety and regulation"],
        "image": {
            "palette": ["#e9eef5", "#1f4e5f"],
            "motif": "rings",
            "alt": (
                "Concentric rings in slate blue radiating across a pale grey background, like "
                "ultrasound waves"
            ),
        },
        "search_description": (
            "How HIFU and Ultherapy use focused ultrasound to tighten skin, what treatment "
            "feels like, the risks of cheap devices and UK prices."
        ),
        "body": [
            (
                "paragraph",
                "<p>Of all the non-surgical lifting treatments, focused ultrasound gets "
                "closest to the anatomy of a facelift. Rather than working on the surface, it "
                "delivers heat deep beneath the skin, to the same supportive layer a surgeon "
                "would tighten. The results are subtle rather than dramatic, but for the right "
                "person they can be well worth having.</p>",
            ),
            ("heading", "How does it work?"),
            (
                "paragraph",
                "<p>High-intensity focused ultrasound (HIFU) concentrates ultrasound energy at "
                "precise depths below the skin, creating tiny points of heat without damaging "
                "the surface. The heated tissue contracts, and over the following months the "
                "body lays down new collagen. The deepest setting targets the SMAS, the "
                "fibrous layer of tissue that supports the face, while shallower settings work "
                "on the skin itself.</p><p>Ultherapy is the best-known brand of this "
                "technology. Its distinguishing feature is built-in ultrasound imaging, which "
                "lets the practitioner see the layers beneath the skin and place the energy "
                "accurately. In the US it is cleared by the FDA to lift the brow and the skin "
                "on the neck and under the chin, and to improve lines on the chest.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "okafor",
                    "quote": (
                        "Ultherapy works best for people from their late thirties to their "
                        "fifties with early laxity: a softening jawline, a slightly heavy "
                        "brow. It will not give you a facelift result, and I am honest about "
                        "that. What it does well is tighten and firm gradually, so people look "
                        "fresher without anyone quite knowing why."
                    ),
                },
            ),
            ("heading", "What does it feel like?"),
            (
                "paragraph",
                "<p>It can be uncomfortable. Each pulse delivers a deep, hot, prickling "
                "sensation, particularly over bony areas, and a full face and neck treatment "
                "can take an hour or more. Clinics typically suggest painkillers beforehand, "
                "and some use numbing cream or cooling as well. Afterwards the skin may be a "
                "little pink or swollen, and occasionally tender or numb in patches for a few "
                "weeks.</p><p>There's no real downtime, but results aren't instant. Tightening "
                "builds over two to three months, with the full effect at around six months, "
                "and it lasts for a year or more. Many people have a top-up treatment every 12 "
                "to 18 months.</p>",
            ),
            ("heading", "Why the device and the operator matter"),
            (
                "paragraph",
                "<p>Not all HIFU is created equal. Alongside established medical devices there "
                "are many cheaper machines on the market, some sold for use in beauty salons, "
                "with little evidence behind them and limited safety features. Used badly, "
                "focused ultrasound can cause burns, nerve irritation or even unwanted fat "
                "loss that leaves the face looking hollow.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "whitlock",
                    "quote": (
                        "Before you book, ask exactly which device will be used, whether it is "
                        "a genuine, properly serviced machine, and how many treatments the "
                        "practitioner has carried out. Focused ultrasound heats tissue close "
                        "to nerves and fat pads. Price should never be the deciding factor."
                    ),
                },
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Prices depend on the device, the number of areas treated and the "
                "practitioner. Genuine Ultherapy costs considerably more than generic HIFU, "
                "partly because of the price of the machine and its single-use cartridges.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Ultherapy, full face and neck", "£2,500–£4,500"),
                        ("Ultherapy, brow or lower face only", "£800–£1,800"),
                        ("Generic HIFU, full face", "£300–£900"),
                    ],
                    "note": (
                        "Typical UK prices in 2026; prices vary widely between devices and "
                        "practitioners."
                    ),
                },
            ),
            ("heading", "The verdict"),
            (
                "paragraph",
                "<p>For mild to moderate laxity, genuine micro-focused ultrasound in "
                "experienced hands can deliver a quiet, natural lift. If your skin is very "
                "loose, or you are hoping to erase jowls, a consultation with a surgeon may be "
                "more realistic. Either way, ask to see before-and-after photographs of the "
                "practitioner's own patients, taken at least three months after treatment.</p>",
            ),
        ],
    },
    {
        "slug": "co2-laser-resurfacing-explained",
        "title": "Laser resurfacing: what CO2 really involves, downtime and all",
        "date": "2025-11-05",
        "author": "alice",
        "standfirst": (
            "Fractional CO2 laser is one of the most powerful ways to tackle sun damage, lines "
            "and scarring without surgery. It also comes with a week or more of downtime. "
            "Here's what to expect."
        ),
        "topics": ["Lasers and energy devices", "Safety and regulation"],
        "image": {
            "palette": ["#fde8d7", "#7a2e1f"],
            "motif": "grid",
            "alt": (
                "A fine grid of warm amber dots on a blush background, like the pattern left "
                "by a fractional laser"
            ),
        },
        "search_description": (
            "Fractional CO2 and other resurfacing lasers explained: results, recovery, who "
            "they suit, how lasers are regulated in the UK and typical prices."
        ),
        "body": [
            (
                "paragraph",
                "<p>If you want the biggest improvement in skin texture that's possible "
                "without a scalpel, a resurfacing laser is hard to beat. But these are serious "
                "treatments with serious recovery times, and the results depend heavily on the "
                "skill of the person holding the handpiece.</p>",
            ),
            ("heading", "Ablative or non-ablative?"),
            (
                "paragraph",
                "<p>Resurfacing lasers fall into two broad groups. Ablative lasers, such as "
                "the carbon dioxide (CO2) and erbium:YAG lasers, vaporise tiny portions of the "
                "skin's surface and heat the tissue below, prompting a strong healing "
                "response. Non-ablative lasers, such as Fraxel and similar devices, heat "
                "deeper layers while leaving the surface intact, so recovery is quicker but "
                "more sessions are needed for a comparable result.</p><p>Most CO2 treatments "
                "today are <i>fractional</i>: instead of removing the whole surface, the laser "
                "treats a pattern of microscopic columns, leaving untouched skin in between to "
                "speed healing. Fully ablative CO2 resurfacing still exists, but it is "
                "reserved for very specific cases because of its long recovery.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "aldridge",
                    "quote": (
                        "Fractional CO2 can do things no cream or injection can: soften deep "
                        "lines around the eyes and mouth, smooth acne scarring and tighten "
                        "crêpey eyelid skin. But it is a medical procedure. Patients need a "
                        "proper assessment, a plan for their recovery and someone experienced "
                        "enough to adjust the settings for their skin."
                    ),
                },
            ),
            ("heading", "What is recovery like?"),
            (
                "paragraph",
                "<p>Treatment is done under strong numbing cream, sometimes with injected "
                "local anaesthetic and cold air cooling. Afterwards, the skin looks and feels "
                "badly sunburnt. Over the next five to seven days, expect swelling, some "
                "weeping and then a bronzed, sandpapery crust that flakes away. Most people "
                "need a week to ten days before they feel ready to be seen, and pinkness can "
                "linger for several weeks more, though it can be covered with "
                "make-up.</p><p>If you're prone to cold sores, you'll usually be given "
                "antiviral tablets beforehand. Meticulous aftercare, meaning gentle cleansing, "
                "a bland barrier ointment and strict sun avoidance, is essential, and results "
                "keep improving for three to six months as new collagen forms.</p>",
            ),
            ("heading", "Who is it not for?"),
            (
                "paragraph",
                "<p>Darker skin tones are at higher risk of pigment changes after ablative "
                "lasers, so practitioners may suggest gentler options or very conservative "
                "settings. Laser resurfacing isn't suitable if you have an active skin "
                "infection, have recently taken isotretinoin for acne, or are prone to keloid "
                "scarring. Summer is best avoided, as healing skin must be kept out of the "
                "sun.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "mehta",
                    "quote": (
                        "The laser complications I see almost always come down to the wrong "
                        "treatment for the skin type, or settings that were too aggressive. A "
                        "good practitioner will often do a test patch and start cautiously. "
                        "Nobody should feel rushed into a resurfacing laser."
                    ),
                },
            ),
            ("heading", "Regulation and safety"),
            (
                "paragraph",
                "<p>Medical-grade lasers are powerful devices, yet the rules vary across the "
                "UK. In Wales, clinics using the most powerful classes of laser for cosmetic "
                "treatments must register with Healthcare Inspectorate Wales, and Scotland "
                "regulates independent clinics run by healthcare professionals, while "
                "oversight in England is patchier. So ask who will operate the laser, what "
                "training and medical supervision they have, and what will happen if something "
                "goes wrong.</p>",
            ),
            ("heading", "What does it cost?"),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Fractional CO2, full face", "£1,500–£3,500"),
                        ("Fractional CO2, around the eyes or mouth", "£600–£1,200"),
                        ("Non-ablative fractional laser, per session", "£400–£900"),
                    ],
                    "note": (
                        "Typical UK prices in 2025; most clinics include aftercare products "
                        "and a review appointment."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>The verdict: for deep lines, sun damage and scarring, fractional CO2 "
                "offers results that few other non-surgical treatments can match. Plan it for "
                "the autumn or winter, clear your diary for at least a week, and choose your "
                "practitioner with as much care as you would a surgeon.</p>",
            ),
        ],
    },
    {
        "slug": "are-led-face-masks-worth-it",
        "title": "Are LED face masks worth the money?",
        "date": "2025-09-18",
        "author": "alice",
        "standfirst": (
            "Light therapy masks promise clinic results at home. We look at what red, "
            "near-infrared and blue light can really do, how to pick a device worth buying and "
            "how to use it safely."
        ),
        "topics": ["Skincare", "Lasers and energy devices"],
        "image": {
            "palette": ["#ffe3e0", "#a3223a"],
            "motif": "rings",
            "alt": (
                "Glowing red rings on a soft pink background, suggesting the lights of an LED mask"
            ),
        },
        "search_description": (
            "What red, near-infrared and blue LED light can do for skin, how to choose an "
            "at-home LED mask, safety tips and what to expect to pay."
        ),
        "body": [
            (
                "paragraph",
                "<p>A few years ago, LED light therapy was something you had in a clinic, "
                "lying under a panel of glowing red bulbs. Now it's a booming category of "
                "at-home gadgets, from flexible silicone masks to rigid visors, with prices "
                "from a few pounds to several hundred. So are they worth it?</p>",
            ),
            ("heading", "How does LED light therapy work?"),
            (
                "paragraph",
                "<p>Light-emitting diodes (LEDs) deliver specific wavelengths of light that "
                "are absorbed by cells in the skin. Unlike lasers, they don't heat or damage "
                "the skin; instead, the light appears to give cells an energy boost, a process "
                "known as photobiomodulation. Different colours do different "
                "things:</p><ul><li><b>Red light</b>, at around 630 to 660 nanometres, is "
                "thought to encourage collagen production and reduce "
                "inflammation.</li><li><b>Near-infrared light</b>, at around 830 nanometres, "
                "penetrates deeper and is associated with healing and calming "
                "redness.</li><li><b>Blue light</b>, at around 415 nanometres, targets the "
                "bacteria involved in acne.</li></ul>",
            ),
            (
                "expert_quote",
                {
                    "expert": "mehta",
                    "quote": (
                        "There is reasonable evidence that red and near-infrared light can "
                        "help with fine lines, inflammation and healing, and that blue light "
                        "helps mild acne. The effects are modest, and they depend on the right "
                        "wavelength, enough power and regular use. Think of LED as a helpful "
                        "extra, not a replacement for proven treatments."
                    ),
                },
            ),
            ("heading", "Clinic versus home"),
            (
                "paragraph",
                "<p>Clinic LED panels are usually more powerful than home masks, so each "
                "session delivers more energy. Home devices make up for that with frequency: "
                "most are designed to be used for ten minutes or so, three to five times a "
                "week. Results, where they come, tend to show after four to eight weeks of "
                "consistent use, and fade if you stop.</p><p>LED is also a useful add-on after "
                "treatments such as microneedling or peels, where its anti-inflammatory effect "
                "can help skin settle faster, and many clinics include a session as part of a "
                "facial.</p>",
            ),
            ("heading", "How to choose a mask"),
            (
                "paragraph",
                "<p>Look for a device that states its wavelengths and, ideally, its power "
                "output, rather than just its colours. Independent clinical testing, or "
                "clearance from a recognised medical device regulator, is a good sign. Cheap "
                "masks with a dozen colour settings often say little about the specifications "
                "that matter. Fit counts, too: the closer the LEDs sit to your skin, the more "
                "light reaches it.</p><p>In my experience, the masks that earn their keep are "
                "the ones comfortable enough to wear while you're doing something else, "
                "whether that's answering e-mails or making supper. The best device in the "
                "world won't help you if it lives in a drawer.</p>",
            ),
            ("heading", "Is it safe?"),
            (
                "paragraph",
                "<p>LED is considered very low risk for most people. The light can be "
                "uncomfortably bright, so use any eye protection provided and don't stare into "
                "the LEDs. Check with your doctor first if you take medication that makes you "
                "sensitive to light, have a condition made worse by light, or have had "
                "seizures triggered by light, and always follow the manufacturer's "
                "instructions.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "brennan",
                    "quote": (
                        "I love LED after a peel or needling because it really does help the "
                        "skin calm down. At home, consistency is everything. Ten minutes most "
                        "evenings will do far more than an hour once a fortnight."
                    ),
                },
            ),
            ("heading", "What does it cost?"),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Well-specified at-home LED mask", "£250–£450"),
                        ("Budget LED mask", "£50–£150"),
                        ("In-clinic LED session", "£50–£100"),
                    ],
                    "note": "Typical UK prices in 2025.",
                },
            ),
            (
                "paragraph",
                "<p>The verdict: a good LED mask won't transform your face, but used regularly "
                "it can calm redness, help breakouts and give skin a gentle lift in radiance. "
                "Buy the best-specified device you can afford, and only if you're sure you'll "
                "use it.</p>",
            ),
        ],
    },
    {
        "slug": "microneedling-and-rf-microneedling",
        "title": "Microneedling and RF microneedling: from Dermapen to Morpheus8",
        "date": "2025-04-08",
        "author": "alice",
        "standfirst": (
            "Controlled injury to trigger the skin's repair response is one of the oldest "
            "ideas in rejuvenation. Add radiofrequency energy and it becomes more powerful. "
            "Here's how to choose, and what to expect."
        ),
        "topics": ["Lasers and energy devices", "Regenerative aesthetics", "Exosomes", "Prices"],
        "image": {
            "palette": ["#f1ece4", "#5b3f8c"],
            "motif": "grid",
            "alt": (
                "A loose grid of small violet squares on a warm stone background, like tiny "
                "treatment points"
            ),
        },
        "search_description": (
            "How microneedling and RF microneedling such as Morpheus8 work, the downtime "
            "involved, who they suit and what they cost in the UK."
        ),
        "body": [
            (
                "paragraph",
                "<p>There's something counterintuitive about puncturing your skin with "
                "hundreds of tiny needles to make it look better. But microneedling is one of "
                "the best-evidenced ways to improve texture, fine lines and acne scarring, and "
                "its souped-up cousin, radiofrequency (RF) microneedling, has become a "
                "favourite with people who want firmer skin without surgery.</p>",
            ),
            ("heading", "How does microneedling work?"),
            (
                "paragraph",
                "<p>A microneedling pen, such as a Dermapen or SkinPen, uses a cartridge of "
                "fine needles to create thousands of tiny channels in the skin. The skin "
                "treats each one as a small wound and sets about repairing it, producing new "
                "collagen and elastin in the process. Because the injuries are so small and "
                "the surface heals quickly, recovery is usually brief: expect redness like "
                "mild sunburn for a day or two.</p><p>Needle depth is adjusted for each area, "
                "from a fraction of a millimetre on the forehead to around two millimetres for "
                "acne scars. A course of three to six sessions, four to six weeks apart, is "
                "typical, and results keep improving for several months.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "brennan",
                    "quote": (
                        "Microneedling is one of the most versatile treatments I offer. It "
                        "suits most skin types and tones, and it is brilliant for texture and "
                        "scarring. The key is aftercare: gentle products, no strong actives "
                        "for a few days and rigorous sun protection. It is not something I "
                        "would recommend trying at home with a roller."
                    ),
                },
            ),
            ("heading", "What does RF microneedling add?"),
            (
                "paragraph",
                "<p>RF microneedling devices, of which Morpheus8 is the best known, combine "
                "needles with radiofrequency energy. The needles, insulated along most of "
                "their length, release heat at their tips, deep in the skin and even into the "
                "fat layer beneath. That heat tightens and remodels the tissue, stimulating "
                "more collagen than needling alone and giving a subtle firming effect along "
                "the jawline, under the chin and on the lower face.</p><p>It's a more intense "
                "experience. Strong numbing cream is essential, and downtime is longer: expect "
                "redness, swelling and a grid of tiny marks for several days, sometimes up to "
                "a week. One to three sessions, four to six weeks apart, are usually "
                "recommended.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "mehta",
                    "quote": (
                        "RF microneedling can be very effective for mild laxity and scarring, "
                        "but the settings matter enormously. Too aggressive, particularly on "
                        "darker skin, and you risk pigmentation problems or even burns. Choose "
                        "someone who uses the device every day and can show you results on "
                        "skin like yours."
                    ),
                },
            ),
            ("heading", "Who should think twice?"),
            (
                "paragraph",
                "<p>Needling isn't suitable over active acne, cold sores, eczema or any skin "
                "infection, and you'll usually be asked to wait a few months after finishing a "
                "course of isotretinoin. Tell your practitioner if you scar easily or are "
                "prone to keloids, if you are pregnant, or if you take blood-thinning "
                "medication. If you have darker skin, ask how they adjust needle depth and "
                "energy settings to keep the risk of pigmentation low.</p>",
            ),
            ("heading", "Can it be combined with other treatments?"),
            (
                "paragraph",
                "<p>Because needling opens temporary channels in the skin, practitioners often "
                "apply a serum straight afterwards, from simple hyaluronic acid to growth "
                "factors and, increasingly, plant-derived exosomes. These may speed healing "
                "and boost results, but they add considerably to the cost, so ask what you are "
                "paying for and what evidence there is for it.</p>",
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Most clinics offer a discount on a course. The neck, décolletage and body "
                "areas are usually priced separately.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Microneedling, per session", "£200–£350"),
                        ("RF microneedling such as Morpheus8, full face", "£700–£1,200"),
                        ("Exosome serum added after needling", "£500–£800"),
                    ],
                    "note": "Typical UK prices in 2025.",
                },
            ),
            (
                "paragraph",
                "<p>The verdict? For texture and scarring, classic microneedling is excellent "
                "value. For firmness, RF microneedling goes further, as long as you're in "
                "experienced hands.</p>",
            ),
        ],
    },
    {
        "slug": "polynucleotides-under-eyes",
        "title": "Polynucleotides: can salmon DNA really help tired under-eyes?",
        "date": "2025-02-14",
        "author": "alice",
        "standfirst": (
            "Injections made from purified fish DNA are being hailed as the answer to thin, "
            "crêpey under-eye skin. Here's what polynucleotides are, what the evidence says "
            "and what a course will cost you."
        ),
        "topics": ["Regenerative aesthetics", "Skin boosters", "Injectables"],
        "image": {
            "palette": ["#fdf1e7", "#c2673f"],
            "motif": "petals",
            "alt": "Soft coral petal shapes scattered across a warm cream background",
        },
        "search_description": (
            "What polynucleotide injections are, how they work on thin under-eye skin, what "
            "the evidence says and what a course costs in the UK."
        ),
        "body": [
            (
                "paragraph",
                "<p>The under-eye area is one of the hardest parts of the face to treat. The "
                "skin there is thin and delicate, dark circles can have several different "
                "causes, and filler in the tear trough, while transformative in the right "
                "hands, can easily go wrong. So it's no surprise that polynucleotides, which "
                "promise to thicken and brighten the skin without adding volume, have become "
                "one of the most requested tweakments of the past couple of years.</p>",
            ),
            ("heading", "What are polynucleotides?"),
            (
                "paragraph",
                "<p>Polynucleotides are chains of nucleotides, the building blocks of DNA. "
                "Those used in aesthetics are highly purified fragments of DNA, usually from "
                "salmon or trout, processed so that they are compatible with human tissue. "
                "Injected into the skin, they are thought to act as both a scaffold and a "
                "stimulus, helping fibroblasts, the cells that make collagen, to work more "
                "effectively, while improving hydration and calming inflammation.</p><p>They "
                "have been used in medicine, particularly to help wounds heal, for some years, "
                "and brands such as Plinest and Nucleofill are now widely available in UK "
                "clinics. That puts them firmly in the fast-growing field of regenerative "
                "aesthetics: treatments that aim to improve how the skin functions rather than "
                "simply filling or freezing it.</p>",
            ),
            ("heading", "Why the under-eye area?"),
            (
                "paragraph",
                "<p>Because polynucleotides don't add volume, they are a good fit for skin "
                "that is thin, crêpey or faintly hollow-looking, particularly when filler "
                "isn't suitable. Practitioners report that treated skin looks smoother and "
                "more opaque, which can make dark circles caused by thin skin less "
                "obvious.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "okafor",
                    "quote": (
                        "For patients whose under-eye skin is thin and crinkly rather than "
                        "hollow, polynucleotides are now often my first choice. They are "
                        "gentle, there is no risk of a puffy filler look, and the skin quality "
                        "improves in a way make-up cannot copy. But they will not fix a deep "
                        "tear trough or inherited pigmentation, and I say so at the "
                        "consultation."
                    ),
                },
            ),
            ("heading", "What does treatment involve?"),
            (
                "paragraph",
                "<p>A typical course is three sessions, two to three weeks apart, followed by "
                "maintenance every six to 12 months. Numbing cream goes on first, then the "
                "product is placed with tiny injections or a fine blunt cannula. Expect small "
                "bumps that settle within a day or two, and possibly some swelling and "
                "bruising, so plan a quiet few days.</p><p>Results are gradual, building over "
                "eight to 12 weeks. Because the products come from fish, tell your "
                "practitioner if you have a fish allergy. And, as with any injectable, make "
                "sure treatment takes place in a clinical setting with proper hygiene.</p>",
            ),
            ("heading", "What does the evidence say?"),
            (
                "paragraph",
                "<p>There is encouraging clinical data, much of it from Italy, where these "
                "products were developed, but most studies are small and many are funded by "
                "manufacturers. That doesn't mean polynucleotides don't work, and plenty of "
                "experienced practitioners rate them highly, but it does mean that claims of "
                "dramatic rejuvenation deserve a raised eyebrow.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "mehta",
                    "quote": (
                        "The biology makes sense and I have seen good results, but we need "
                        "larger, independent trials. I would encourage anyone considering them "
                        "to think of polynucleotides as a skin-quality treatment with modest, "
                        "natural-looking benefits, not a substitute for dealing with sun "
                        "damage or significant structural change."
                    ),
                },
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Most clinics price polynucleotides per session and offer a reduction if "
                "you book a full course. Treating other areas, such as the neck or the backs "
                "of the hands, is priced separately.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Polynucleotides, under-eye area, per session", "£250–£450"),
                        ("Course of three sessions", "£700–£1,200"),
                        ("Maintenance session", "£250–£450"),
                    ],
                    "note": "Typical UK prices in 2025.",
                },
            ),
        ],
    },
    {
        "slug": "chemical-peels-demystified",
        "title": "Chemical peels demystified: from lunchtime glow to serious resurfacing",
        "date": "2024-11-27",
        "author": "alice",
        "standfirst": (
            "Peels range from a gentle acid that leaves skin glowing by teatime to deep "
            "treatments that need weeks of recovery. Here's how to choose the right strength "
            "for your skin, and how to prepare."
        ),
        "topics": ["Skincare", "Safety and regulation"],
        "image": {
            "palette": ["#fff4dc", "#b0533c"],
            "motif": "waves",
            "alt": "Layered waves in honey and terracotta tones, like layers of skin",
        },
        "search_description": (
            "Superficial, medium and deep chemical peels explained: what they do, how to "
            "prepare, peels for darker skin and typical UK prices."
        ),
        "body": [
            (
                "paragraph",
                "<p>The word <i>peel</i> conjures up images of raw, flaking skin, and some "
                "peels deliver exactly that. But most peels done in UK clinics today are far "
                "gentler: a carefully chosen acid applied for a few minutes to dissolve dead "
                "cells, clear pores and kick-start renewal. Choosing the right one for your "
                "skin, and preparing properly, makes all the difference.</p>",
            ),
            ("heading", "How do peels work?"),
            (
                "paragraph",
                "<p>A chemical peel uses an acid, or a blend of acids, to loosen the bonds "
                "between skin cells so that the outer layers shed more quickly. The skin "
                "responds by renewing itself, which brightens dullness, softens fine lines and "
                "evens out pigmentation over time. How deep the acid penetrates determines how "
                "dramatic the results are, and how long recovery "
                "takes.</p><ul><li><b>Superficial peels</b> use alpha hydroxy acids (AHAs) "
                "such as glycolic, lactic or mandelic acid, or the beta hydroxy acid salicylic "
                "acid, which is particularly good for oily, breakout-prone skin. Expect "
                "tingling, a little pinkness and perhaps some light "
                "flaking.</li><li><b>Medium-depth peels</b>, often using trichloroacetic acid "
                "(TCA), reach further into the skin. They can make a real difference to "
                "pigmentation and sun damage, but expect around a week of visible "
                "peeling.</li><li><b>Deep peels</b>, traditionally using phenol, are now "
                "rarely performed. They are powerful, need medical supervision and involve a "
                "long recovery.</li></ul>",
            ),
            (
                "expert_quote",
                {
                    "expert": "brennan",
                    "quote": (
                        "Most people do not need a dramatic peel. A course of superficial "
                        "peels, say four to six sessions a few weeks apart, combined with good "
                        "homecare, will often outperform one aggressive treatment, with a "
                        "fraction of the downtime and risk."
                    ),
                },
            ),
            ("heading", "Preparing your skin"),
            (
                "paragraph",
                "<p>A good practitioner will usually ask you to prepare your skin for two to "
                "four weeks beforehand, often with a retinoid, a gentle acid or a pigment "
                "inhibitor, plus daily SPF. This helps the peel penetrate evenly and reduces "
                "the risk of complications. You'll also be asked to stop retinoids and "
                "exfoliants a few days before the appointment itself, and to mention any "
                "history of cold sores, as peels can trigger them.</p><p>On the day, your skin "
                "is cleansed and degreased, then the acid is applied and timed before being "
                "neutralised or left to neutralise itself, depending on the peel. Most people "
                "feel warmth or stinging for a few minutes, which a small handheld fan helps "
                "to ease.</p>",
            ),
            ("heading", "Peels and darker skin tones"),
            (
                "paragraph",
                "<p>People with darker skin can certainly have peels, but they are at greater "
                "risk of post-inflammatory hyperpigmentation (PIH): dark patches that can "
                "appear if the skin becomes irritated or inflamed. The choice of acid, careful "
                "preparation and the practitioner's experience all matter.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "mehta",
                    "quote": (
                        "For skin of colour I favour gentler acids such as mandelic or lactic, "
                        "thorough preparation and a conservative approach. Going in too strong "
                        "can create the very pigmentation someone came to have treated. Ask "
                        "how many patients with your skin type the practitioner has peeled, "
                        "and what results they had."
                    ),
                },
            ),
            ("heading", "Aftercare and safety"),
            (
                "paragraph",
                "<p>After any peel, your skin will be more sensitive to the sun, so daily "
                "broad-spectrum SPF 30 or higher is non-negotiable. Resist picking at flaking "
                "skin, use a bland moisturiser and leave out active ingredients until your "
                "skin has settled. Stronger peels, particularly TCA peels, should be carried "
                "out by a medical professional or an experienced therapist working under "
                "medical oversight, never at home with products bought online.</p>",
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Superficial peels are usually sold as a course. Medium-depth peels cost "
                "more, and the price normally includes a review appointment.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Superficial peel, per session", "£80–£150"),
                        ("Course of six superficial peels", "£400–£800"),
                        ("Medium-depth TCA peel", "£300–£600"),
                    ],
                    "note": (
                        "Typical UK prices in 2024; skincare to prepare your skin is usually extra."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "skin-boosters-profhilo-explained",
        "title": "Skin boosters explained: what Profhilo and friends can (and can't) do",
        "date": "2024-10-21",
        "author": "alice",
        "standfirst": (
            "Injectable treatments that improve the quality of your skin, rather than changing "
            "the shape of your face, have become one of the biggest tweakment categories. "
            "Here's how they work and what a course costs."
        ),
        "topics": ["Skin boosters", "Injectables", "Prices"],
        "image": {
            "palette": ["#e6f4f1", "#2f5d62"],
            "motif": "rings",
            "alt": (
                "Translucent aqua rings rippling outwards on a teal background, like drops in water"
            ),
        },
        "search_description": (
            "What skin boosters such as Profhilo do, how a course works, who they suit and "
            "what they cost at UK clinics."
        ),
        "body": [
            (
                "paragraph",
                "<p>Not everyone wants to change the shape of their face. Many of the readers "
                "who write to me simply want their skin to look better: less crêpey, more "
                "hydrated, with the bounce and glow that seem to go missing somewhere in your "
                "forties. That's the job of a skin booster.</p>",
            ),
            ("heading", "What is a skin booster?"),
            (
                "paragraph",
                "<p>Skin boosters are injectable treatments, usually based on hyaluronic acid, "
                "designed to improve the quality of the skin rather than add volume. Where a "
                "filler is a cohesive gel that stays where it's placed to lift or contour, a "
                "skin booster is far more fluid. It spreads through the skin, attracting water "
                "and, in many cases, encouraging the skin to make more of its own collagen and "
                "elastin.</p><p>The best known is Profhilo, which contains a high "
                "concentration of hyaluronic acid in a blend of high and low molecular "
                "weights. It's injected at just five points on each side of the face, from "
                "where it diffuses across the area. Other options include Restylane "
                "Skinboosters, Juvéderm Volite and Sunekos, which combines hyaluronic acid "
                "with amino acids.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "whitlock",
                    "quote": (
                        "I describe skin boosters as hydration from the inside. They will not "
                        "lift a jowl or fill a hollow, but they make skin look healthier and "
                        "feel firmer, and they work beautifully alongside good skincare. They "
                        "are also a gentle first step into injectables for people who feel "
                        "nervous."
                    ),
                },
            ),
            ("heading", "What does treatment involve?"),
            (
                "paragraph",
                "<p>With Profhilo, the standard course is two sessions about four weeks apart, "
                "each taking around 15 minutes. The injections feel like a quick sting, and "
                "you'll have small raised bumps at the injection points, which usually settle "
                "within 24 hours. Bruising is possible, so don't book the day before a big "
                "event. For the first 12 hours or so, avoid make-up on the treated areas, and "
                "skip saunas, intense exercise and alcohol until the next day.</p><p>Results "
                "build over the following weeks as the skin responds, and are usually at their "
                "best around two months after the second session. To keep them, most "
                "practitioners suggest a maintenance session every six months or so.</p>",
            ),
            ("heading", "Who is it for?"),
            (
                "paragraph",
                "<p>Skin boosters suit people whose main concern is dull, dehydrated or finely "
                "lined skin, and they are popular for areas that are hard to treat in other "
                "ways, such as the neck, the décolletage and the backs of the hands. They are "
                "less useful if your main issue is significant volume loss or sagging, where "
                "other treatments will do more.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "mehta",
                    "quote": (
                        "Skin boosters are a sensible option, but they are not magic. The "
                        "people who get the best results have realistic expectations and a "
                        "consistent routine with daily sunscreen and ideally a retinoid. "
                        "Nobody should expect a couple of syringes to undo years of sun "
                        "damage."
                    ),
                },
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Prices vary by brand and region, and by how many syringes you need. "
                "Treating the neck or hands as well as the face adds to the bill.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Profhilo, per session", "£300–£450"),
                        ("Course of two sessions, a month apart", "£600–£900"),
                        ("Other skin boosters, per session", "£200–£400"),
                    ],
                    "note": "Typical UK clinic prices in 2024.",
                },
            ),
            ("heading", "The verdict"),
            (
                "paragraph",
                "<p>If your skin looks tired rather than saggy, a skin booster is one of the "
                "most reliable, lowest-risk ways to refresh it. The usual rules still apply: "
                "have it done by a qualified practitioner, in a clinical setting, after a "
                "proper consultation. Skin boosters also combine well with other tweakments: "
                "many practitioners use them alongside anti-wrinkle injections, or to prepare "
                "the skin before energy-based treatments, because well-hydrated skin tends to "
                "respond and heal better.</p>",
            ),
        ],
    },
    {
        "slug": "dermal-fillers-explained",
        "title": "Dermal fillers: the honest guide to natural-looking results",
        "date": "2024-09-03",
        "author": "alice",
        "standfirst": (
            "Hyaluronic acid fillers can restore lost volume, define a jawline or soften deep "
            "folds. They can also go wrong. Here's how they work, how they can be reversed and "
            "what's changing in the law."
        ),
        "topics": ["Injectables", "Safety and regulation"],
        "image": {
            "palette": ["#fbeee6", "#9c3d54"],
            "motif": "drops",
            "alt": (
                "Glossy rose-coloured droplets on a peach background, suggesting hyaluronic "
                "acid gel"
            ),
        },
        "search_description": (
            "How hyaluronic acid fillers work, how long they last, how they can be dissolved, "
            "what they cost and how UK rules on fillers are changing."
        ),
        "body": [
            (
                "paragraph",
                "<p>Fillers have an image problem. Say the word and many people picture "
                "overfilled cheeks, or lips that arrive in the room before their owner. Yet "
                "used with restraint by a skilled practitioner, dermal fillers are one of the "
                "most effective tools in aesthetic medicine, and the best work is the kind "
                "nobody notices.</p>",
            ),
            ("heading", "What are fillers made of?"),
            (
                "paragraph",
                "<p>Most fillers used in the UK are based on hyaluronic acid (HA), a sugar "
                "molecule found naturally in the skin, where it binds water and helps keep "
                "tissues plump. In fillers, the HA is <i>cross-linked</i> to make a gel that "
                "lasts longer in the body. Different products are engineered to be softer or "
                "firmer, so a fine gel for the lips behaves very differently from a dense one "
                "designed to support a cheekbone or chin.</p><p>Depending on the product and "
                "the area, results typically last from six to 18 months, as the body gradually "
                "breaks the gel down. Other types of filler exist, including longer-lasting "
                "collagen stimulators such as calcium hydroxylapatite, but HA is usually the "
                "first choice because of one crucial advantage.</p>",
            ),
            ("heading", "Can fillers be dissolved?"),
            (
                "paragraph",
                "<p>Yes. HA fillers can be broken down with an enzyme called hyaluronidase, "
                "itself a prescription-only medicine. That is useful if you don't like the "
                "result, or if filler has moved or formed lumps, and above all in an "
                "emergency. The most serious risk with filler is a vascular occlusion, where "
                "product blocks or compresses a blood vessel. Recognised quickly and treated "
                "with hyaluronidase, it can usually be resolved; missed, it can damage the "
                "skin and, very rarely, affect eyesight.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "campbell",
                    "quote": (
                        "Before I inject anyone, I need to know I can deal with the worst-case "
                        "scenario. Anyone using filler should have hyaluronidase in the room, "
                        "know facial anatomy inside out and be able to tell you exactly what "
                        "they would do if something went wrong. If they cannot answer that, do "
                        "not let them near your face."
                    ),
                },
            ),
            ("heading", "Why the law is catching up"),
            (
                "paragraph",
                "<p>Unlike botulinum toxin, dermal fillers are not prescription-only "
                "medicines; they are classed as medical devices. That is why, for years, "
                "almost anyone could buy and inject them after a short course. Things are "
                "slowly changing. Since October 2021 it has been illegal in England to give "
                "fillers or toxin for cosmetic reasons to anyone under 18, under the Botulinum "
                "Toxin and Cosmetic Fillers (Children) Act 2021.</p><p>The Health and Care Act "
                "2022 then gave the government powers to introduce a licensing scheme for "
                "non-surgical cosmetic procedures in England, so that practitioners and "
                "premises must meet consistent standards of training, hygiene and insurance. "
                "The details have taken time to work out, but the direction of travel is "
                "clear.</p>",
            ),
            ("heading", "What makes a good filler treatment?"),
            (
                "paragraph",
                "<p>Modern filler work is less about filling individual lines and more about "
                "restoring support. As we age we lose bone and fat in the mid-face and "
                "temples, and a small amount of product placed strategically there can lift "
                "and soften the lower face far more naturally than filling the folds around "
                "the mouth directly.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "okafor",
                    "quote": (
                        "I often use less filler than people expect. A couple of well-placed "
                        "millilitres over two appointments will look far more natural than a "
                        "syringe in the lips every few months. If someone asks for more when "
                        "they do not need it, I tell them so."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Expect a thorough consultation, numbing cream or a filler that contains "
                "local anaesthetic, and some swelling and possibly bruising for a few days. A "
                "review appointment at two weeks is good practice, and it's when any small "
                "adjustments should be made.</p>",
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Filler is usually priced per syringe, most of which contain 1ml of "
                "product. The brand, the area and, above all, the injector's skill all affect "
                "the price.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("Lip filler, 0.5–1ml", "£250–£450"),
                        ("Cheek or jawline filler, per 1ml syringe", "£300–£500"),
                        ("Dissolving filler with hyaluronidase", "£150–£350"),
                    ],
                    "note": (
                        "Typical UK prices in 2024. Cheap filler is a false economy if it "
                        "later needs to be corrected."
                    ),
                },
            ),
        ],
    },
    {
        "slug": "anti-wrinkle-injections-guide",
        "title": "Anti-wrinkle injections: everything to know before your first appointment",
        "date": "2024-07-12",
        "author": "alice",
        "standfirst": (
            "Botulinum toxin is the UK's most popular tweakment, and for good reason. Here's "
            "how it works, how long it lasts, what it costs and how to make sure you're in "
            "safe hands."
        ),
        "topics": ["Injectables", "Safety and regulation"],
        "image": {
            "palette": ["#eef2f7", "#34456e"],
            "motif": "waves",
            "alt": (
                "Smooth pale blue waves fading into deep navy, suggesting relaxed, softened lines"
            ),
        },
        "search_description": (
            "How anti-wrinkle injections work, how long they last, what they cost in the UK "
            "and why botulinum toxin is a prescription-only medicine."
        ),
        "body": [
            (
                "paragraph",
                "<p>If you've ever wondered whether a few well-placed injections could soften "
                "a frown line, you're in good company: botulinum toxin is the most popular "
                "non-surgical cosmetic treatment in the UK. Done well, it's quick, predictable "
                "and subtle. Done badly, it can leave you looking startled or heavy-browed for "
                "months. Here's how to make sure you get the first version.</p>",
            ),
            ("heading", "How does it work?"),
            (
                "paragraph",
                "<p>Botulinum toxin type A is a purified protein that temporarily blocks the "
                "signal from a nerve to a muscle. Injected in tiny amounts into specific "
                "facial muscles, it relaxes them so they can't crease the skin so forcefully. "
                "That softens <i>dynamic</i> lines, the ones that appear when you frown, raise "
                "your eyebrows or smile, and helps stop them etching in more deeply over "
                "time.</p><p>You'll hear it called Botox, but that is just one brand. Others "
                "widely used in the UK include Azzalure, Bocouture and newer arrivals such as "
                "Letybo. They are variations on the same theme, and a good practitioner will "
                "tell you which one they use and why. Beyond wrinkles, toxin is also used to "
                "slim overactive jaw muscles in people who clench or grind their teeth, and to "
                "treat excessive underarm sweating.</p>",
            ),
            ("heading", "Why it's a prescription-only medicine"),
            (
                "paragraph",
                "<p>In the UK, botulinum toxin is a prescription-only medicine. It must be "
                "prescribed by a qualified prescriber, such as a doctor, dentist, nurse "
                "prescriber or pharmacist prescriber, after a consultation. Professional "
                "guidance is clear that the prescriber should assess you face to face, not by "
                "phone or video, and take responsibility for your care.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "whitlock",
                    "quote": (
                        "A proper consultation is not a formality. I want to know your medical "
                        "history, any medication you take, what is bothering you and what you "
                        "are hoping for. Sometimes the right answer is a smaller dose than you "
                        "expected, and sometimes it is no treatment at all."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Be wary of anyone offering toxin at a party, in a salon with no prescriber "
                "involved, or at a price that seems too good to be true. Ask which product "
                "you're having, and ask to see the packaging.</p>",
            ),
            ("heading", "What happens on the day?"),
            (
                "paragraph",
                "<p>After the consultation, your skin will be cleaned and you'll be asked to "
                "frown, raise your brows and smile so the practitioner can map the muscles. "
                "The injections themselves take a few minutes and feel like quick, sharp "
                "scratches. You may have small bumps that settle within half an hour, and "
                "occasionally a tiny bruise.</p><p>Afterwards, you'll usually be advised to "
                "stay upright for a few hours, to skip strenuous exercise, saunas and hot yoga "
                "for the rest of the day, and not to rub or massage the treated areas.</p>",
            ),
            ("heading", "When will I see results, and how long do they last?"),
            (
                "paragraph",
                "<p>The effect builds gradually. Most people notice a change after three to "
                "five days, with the full result at around two weeks, which is when a good "
                "practitioner will want to see you for a review and, if needed, a small "
                "top-up. Results typically last three to four months, and as muscle activity "
                "returns, so do the lines.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "okafor",
                    "quote": (
                        "The best result is one where your friends think you have had a good "
                        "holiday. Movement matters for expression, so for most people I aim to "
                        "soften rather than freeze, particularly on the forehead. It is always "
                        "easier to add a little more at the review than to wait for too much "
                        "to wear off."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Side effects are usually minor: bruising, a mild headache or a little "
                "tenderness. Less commonly, toxin can affect a neighbouring muscle and cause a "
                "drooping brow or eyelid. It is temporary but can last several weeks, which is "
                "why experience and careful technique matter so much.</p>",
            ),
            ("heading", "What does it cost?"),
            (
                "paragraph",
                "<p>Prices vary with where you live and the practitioner's experience. Most "
                "clinics charge by area, with a lower price per area when several are treated "
                "at once. Treat very low prices with suspicion: genuine product, proper "
                "training, insurance and a follow-up appointment all cost money.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What it costs",
                    "prices": [
                        ("One area, such as frown lines", "£200–£400"),
                        ("Three areas: forehead, frown lines and crow's feet", "£350–£550"),
                        ("Review and top-up at two weeks", "Often included"),
                    ],
                    "note": (
                        "Typical UK prices in 2024; London clinics tend to sit at the higher end."
                    ),
                },
            ),
            (
                "paragraph",
                "<p>Which brings us back to the most important decision of all: who does the "
                "injecting. Our checklist for choosing a safe practitioner explains what to "
                "look for before you book.</p>",
            ),
        ],
    },
    {
        "slug": "spf-retinoids-vitamin-c-skincare-essentials",
        "title": (
            "SPF, retinoids and vitamin C: the skincare that makes every tweakment work harder"
        ),
        "date": "2024-06-20",
        "author": "mehta",
        "standfirst": (
            "Before you spend money on injectables or lasers, get these three basics right. "
            "They are the best-evidenced products in skincare, and they protect the results of "
            "everything else you do."
        ),
        "topics": ["Skincare", "Safety and regulation"],
        "image": {
            "palette": ["#fff7e0", "#d08a1e"],
            "motif": "circles",
            "alt": "Warm golden circles like sunlight on a pale cream background",
        },
        "search_description": (
            "Why daily SPF, a retinoid and vitamin C are the skincare essentials that protect "
            "your skin and your tweakment results, and how to use them."
        ),
        "body": [
            (
                "paragraph",
                "<p>Ask any aesthetic practitioner what they wish patients did before booking "
                "a treatment, and the answer is almost always the same: look after your skin "
                "at home. No tweakment can outrun daily sun damage, and the right routine "
                "makes clinic treatments work better and last longer. The good news is that "
                "you don't need a ten-step regime. Three products do most of the heavy "
                "lifting.</p>",
            ),
            ("heading", "1. Sunscreen, every day"),
            (
                "paragraph",
                "<p>Ultraviolet light is the biggest single cause of visible skin ageing, from "
                "lines and loss of firmness to uneven pigmentation. UVB burns; UVA penetrates "
                "deeper, passes through cloud and window glass and drives much of the "
                "long-term damage. In the UK, look for SPF 30 or higher for UVB protection, "
                "plus a high UVA rating, such as four or five stars, or the UVA logo in a "
                "circle.</p><p>Apply it every morning, all year round, as the last step of "
                "your skincare, and use enough. Most of us apply far less than the amount used "
                "in testing, which means far less protection than the label promises.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "brennan",
                    "quote": (
                        "If you only use one product, make it sunscreen. I see people spending "
                        "hundreds on treatments for pigmentation while skipping SPF, and the "
                        "pigmentation simply comes back. The best sunscreen is the one you "
                        "will happily wear every single day."
                    ),
                },
            ),
            ("heading", "2. A retinoid, at night"),
            (
                "paragraph",
                "<p>Retinoids are derivatives of vitamin A and the most thoroughly researched "
                "anti-ageing ingredients available. They speed up cell turnover, encourage "
                "collagen production, help with breakouts and fade pigmentation. "
                "Over-the-counter options include retinol and the more potent retinaldehyde, "
                "or retinal; tretinoin, the strongest, is a prescription-only medicine in the "
                "UK.</p><p>Start slowly, two or three nights a week, and build up as your skin "
                "adjusts. Some dryness and flaking in the first few weeks is common. Retinoids "
                "make skin more sensitive to the sun, which is one more reason for daily SPF, "
                "and they should be avoided if you are pregnant, trying to conceive or "
                "breastfeeding.</p>",
            ),
            (
                "expert_quote",
                {
                    "expert": "okafor",
                    "quote": (
                        "I ask most of my patients to use a retinoid for a few weeks before a "
                        "peel or needling treatment, because well-conditioned skin heals "
                        "better and responds better. Just remember to pause it for a few days "
                        "beforehand if your practitioner tells you to."
                    ),
                },
            ),
            ("heading", "3. Vitamin C, in the morning"),
            (
                "paragraph",
                "<p>Vitamin C is an antioxidant: it helps to neutralise the free radicals "
                "generated by UV light and pollution. Worn under sunscreen, it adds an extra "
                "layer of defence, and it also brightens the skin and supports collagen "
                "production. L-ascorbic acid is the most studied form, typically at "
                "concentrations of 10 to 20 per cent, but it can be unstable and irritating; "
                "gentler derivatives are a good alternative for sensitive skin. Look for "
                "opaque, airtight packaging, and replace any serum that has turned dark "
                "orange.</p>",
            ),
            ("heading", "What about everything else?"),
            (
                "paragraph",
                "<p>Beyond these three, choose products to suit your skin: a gentle cleanser, "
                "a moisturiser that feels comfortable, and perhaps niacinamide for redness or "
                "a hydrating hyaluronic acid serum. Expensive doesn't necessarily mean better. "
                "Formulation, packaging and using something consistently matter far more than "
                "the price tag.</p><p>Putting it together is simple. In the morning: cleanse, "
                "apply vitamin C, moisturise if you need to, then sunscreen. At night: "
                "cleanse, apply your retinoid, then moisturiser. Give any new routine at least "
                "three months before you judge it, and if your skin becomes sore or inflamed, "
                "scale back rather than pushing through.</p>",
            ),
            (
                "price_callout",
                {
                    "heading": "What a solid routine costs",
                    "prices": [
                        ("Broad-spectrum SPF 30+ for the face", "£10–£40"),
                        ("Retinol or retinal serum", "£15–£60"),
                        ("Vitamin C serum", "£15–£80"),
                    ],
                    "note": (
                        "Typical UK high-street and pharmacy prices in 2024. Prescription "
                        "tretinoin requires a consultation with a prescriber."
                    ),
                },
            ),
        ],
    },
]
