"""Demo content for seed_demo: the Ask Alice page and answered questions, written for this
project. Askers are invented; `answered_by` names an Expert from the articles demo (None is
Alice herself)."""

ASK_ALICE = {
    "title": "Ask Alice",
    "slug": "ask-alice",
    "introduction": (
        "Wondering whether a tweakment is right for you, what it should cost or whether "
        "something you've been offered is safe? Ask Alice. She and our panel of doctors, "
        "nurses and skin specialists answer readers' questions here."
    ),
    "search_description": (
        "Post a question about non-surgical cosmetic treatments and read Alice Hart-Davis's "
        "and our experts' answers to readers' questions."
    ),
}

QUESTIONS = [
    {
        "name": "Priya Shah",
        "email": "priya.shah@example.com",
        "anonymous": False,
        "days_ago": 4,
        "question": (
            "I'm 38 and starting to notice lines between my eyebrows when I'm tired. Is it too "
            "early to think about anti-wrinkle injections, or should I wait until the lines "
            "are there all the time?"
        ),
        "answered_by": None,
        "topics": ["Injectables"],
        "treatments": ["anti-wrinkle-injections"],
        "answer": (
            "<p>It's not too early, but there's no rush either. Lines that only show when "
            "you frown or are tired are 'dynamic' lines, and a small dose of toxin softens "
            "them very effectively. The argument for starting now is that relaxing the "
            "muscle stops those lines etching in to become permanent ones, which are much "
            "harder to shift.</p><p>If you do go ahead, ask for a conservative dose and a "
            "review appointment two weeks later. And make sure the person treating you is a "
            "doctor, dentist or nurse prescriber who examines you face to face before "
            "prescribing.</p>"
        ),
    },
    {
        "name": "Helen Marsh",
        "email": "h.marsh@example.com",
        "anonymous": True,
        "days_ago": 9,
        "question": (
            "I had lip filler three weeks ago and one side still looks bigger than the other, "
            "with a small hard lump. The clinic says to give it time. How long should I wait "
            "before going back?"
        ),
        "answered_by": "Emma Whitlock",
        "topics": ["Injectables", "Safety and regulation"],
        "treatments": ["dermal-fillers"],
        "answer": (
            "<p>Swelling after lip filler can be uneven for up to two weeks, so at three "
            "weeks it is reasonable to go back and be seen. A small firm area is often just "
            "filler that needs gentle massage, or a slightly uneven placement that a touch "
            "more product can balance.</p><p>What you should <b>not</b> do is wait if the "
            "lump is painful, red, hot or growing, or if the skin over it changes colour. "
            "Those are reasons to contact the practitioner the same day. A good clinic will "
            "see you promptly and, if needed, can dissolve hyaluronic acid filler.</p>"
        ),
    },
    {
        "name": "Tom Ellery",
        "email": "tom.ellery@example.com",
        "anonymous": False,
        "days_ago": 15,
        "question": (
            "Are exosome facials worth the money? My salon is offering a course of three for "
            "£600 and says the exosomes come from roses."
        ),
        "answered_by": "Dr Kate Goldie",
        "topics": ["Exosomes", "Prices"],
        "treatments": [],
        "answer": (
            "<p>Plant-derived exosomes are legal to use on the skin in the UK, and some "
            "people do notice calmer, brighter skin after treatment, especially when the "
            "serum is applied after microneedling or a laser, when it can get further into "
            "the skin.</p><p>But the evidence for plant exosomes is still thin compared with "
            "well-established treatments, and products vary enormously. Before you spend "
            "£600, ask the salon which product they use, what it is combined with and what "
            "results they have seen in clients with skin like yours.</p>"
        ),
    },
    {
        "name": "Gráinne O'Sullivan",
        "email": "grainne@example.com",
        "anonymous": True,
        "days_ago": 21,
        "question": (
            "I have melasma on my cheeks and upper lip. Is laser a good idea, or will it make "
            "things worse?"
        ),
        "answered_by": "Dr Rohan Mehta",
        "topics": ["Lasers and energy devices", "Skincare"],
        "treatments": [],
        "answer": (
            "<p>Melasma is one of the trickiest conditions to treat, and the wrong laser at "
            "the wrong settings can make it darker. It is driven by hormones, heat and "
            "light, so the foundation is daily broad-spectrum SPF 50 and a prescription "
            "skincare routine, which can include tranexamic acid or a carefully supervised "
            "course of a lightening cream.</p><p>Some low-energy lasers help as part of a "
            "plan, but only in experienced hands and usually after the skin has been "
            "prepared for several weeks. See a dermatologist first.</p>"
        ),
    },
    {
        "name": "Sophie Turner-Wells",
        "email": "sophie.tw@example.com",
        "anonymous": False,
        "days_ago": 28,
        "question": (
            "How do I check that the person offering me Botox is properly qualified? The "
            "beautician at my gym is very cheap."
        ),
        "answered_by": None,
        "topics": ["Safety and regulation", "Injectables"],
        "treatments": ["anti-wrinkle-injections"],
        "answer": (
            "<p>Botulinum toxin is a prescription-only medicine, so it has to be prescribed "
            "by a doctor, dentist, nurse prescriber or pharmacist prescriber after a "
            "face-to-face consultation. You can look up doctors on the GMC register, dentists "
            "on the GDC register and nurses on the NMC register.</p><p>Ask who is "
            "prescribing, whether they will see you in person, and what happens if something "
            "goes wrong. A very low price often means the product has been bought without a "
            "proper prescription, which is both illegal and a risk to you.</p>"
        ),
    },
    {
        "name": "Anna Kowalski",
        "email": "anna.k@example.com",
        "anonymous": False,
        "days_ago": 35,
        "question": (
            "What's the difference between a skin booster like Profhilo and ordinary filler? "
            "I don't want to look 'done'."
        ),
        "answered_by": "Dr Sarah Okafor",
        "topics": ["Skin boosters", "Injectables"],
        "treatments": ["skin-boosters"],
        "answer": (
            "<p>Filler is a gel that adds volume where it is placed, for example to restore "
            "a cheek or define a jawline. A skin booster is a much runnier hyaluronic acid "
            "that spreads through the skin to hydrate it and improve its quality; it doesn't "
            "change the shape of your face.</p><p>If your concern is crepey, dull or "
            "dehydrated skin, a booster is the gentler choice and you won't look 'done'. "
            "Most people have two sessions a month apart, then top-ups every six months or "
            "so.</p>"
        ),
    },
    {
        "name": "李小红",
        "email": "xiaohong@example.com",
        "anonymous": True,
        "days_ago": 42,
        "question": (
            "I have dark circles under my eyes that never go away even when I sleep well. "
            "Would under-eye filler help?"
        ),
        "answered_by": "Mr James Aldridge",
        "topics": ["Injectables"],
        "treatments": ["dermal-fillers"],
        "answer": (
            "<p>It depends on what is causing them. Where a hollow between the lower lid and "
            "the cheek casts a shadow, a small amount of filler placed deep by an "
            "experienced injector can help. Where the darkness is pigment or visible blood "
            "vessels, filler won't help and can make things look puffier.</p><p>The "
            "under-eye area is one of the riskiest places to inject, so choose someone who "
            "treats it often and who will tell you honestly if you are not a good "
            "candidate.</p>"
        ),
    },
    {
        "name": "Jo Adeyemi",
        "email": "jo.adeyemi@example.com",
        "anonymous": False,
        "days_ago": 50,
        "question": (
            "Is it safe to have a chemical peel in summer? I'm going on holiday in August."
        ),
        "answered_by": "Lucy Brennan",
        "topics": ["Skincare"],
        "treatments": [],
        "answer": (
            "<p>A light peel can be done in summer if you are strict about sun protection "
            "afterwards, but I wouldn't have one in the three or four weeks before a beach "
            "holiday. Freshly peeled skin burns and pigments more easily.</p><p>Have a "
            "gentle peel now, or wait until autumn for a stronger one, which is when most "
            "skin therapists prefer to do a course anyway.</p>"
        ),
    },
    {
        "name": "Marcus Reid",
        "email": "marcus.reid@example.com",
        "anonymous": True,
        "days_ago": 58,
        "question": (
            "I'm a man in my fifties with quite heavy jowls. Is there anything non-surgical "
            "that actually makes a difference, or is a facelift the only real option?"
        ),
        "answered_by": "Mr Tunc Tiryaki",
        "topics": ["Lasers and energy devices", "Regenerative aesthetics"],
        "treatments": [],
        "answer": (
            "<p>Non-surgical treatments can tighten and firm the lower face a little: "
            "focused ultrasound and radiofrequency microneedling both stimulate new "
            "collagen, and carefully placed filler along the jawline can make the jowl less "
            "noticeable.</p><p>But where there is a lot of loose skin, no device moves it "
            "the way surgery does. Have an honest consultation with someone who offers both, "
            "so the advice isn't shaped by what they happen to sell.</p>"
        ),
    },
    {
        "name": "Eilidh Fraser",
        "email": "eilidh.f@example.com",
        "anonymous": False,
        "days_ago": 66,
        "question": (
            "My dentist has started offering anti-wrinkle injections. Is a dentist a good "
            "choice for this?"
        ),
        "answered_by": "Dr Fiona Campbell",
        "topics": ["Injectables", "Safety and regulation"],
        "treatments": ["anti-wrinkle-injections"],
        "answer": (
            "<p>Dentists can be an excellent choice. They are regulated by the General "
            "Dental Council, can prescribe, and spend their working lives injecting around "
            "the face with a detailed knowledge of its anatomy.</p><p>As with anyone, ask "
            "about their specific training and experience in aesthetics, and how many "
            "patients they treat each month.</p>"
        ),
    },
    {
        "name": "Rachel Green",
        "email": "rachel.g@example.com",
        "anonymous": False,
        "days_ago": 74,
        "question": (
            "How much should I expect to pay for anti-wrinkle injections in London compared "
            "with elsewhere in the UK?"
        ),
        "answered_by": None,
        "topics": ["Prices", "Injectables"],
        "treatments": ["anti-wrinkle-injections"],
        "answer": (
            "<p>In London, expect roughly £250 to £400 for one area and £350 to £550 for "
            "three areas with an experienced doctor or nurse prescriber. Outside London "
            "prices are often £50 to £100 lower.</p><p>A review appointment should be "
            "included. Be wary of prices far below these: they usually mean corners are "
            "being cut somewhere.</p>"
        ),
    },
    {
        "name": "Ffion Pryce-Jones",
        "email": "ffion.pj@example.com",
        "anonymous": True,
        "days_ago": 81,
        "question": (
            "Can I have microneedling if I'm prone to breakouts? I'd love to improve my acne scars."
        ),
        "answered_by": "Dr Dev Patel",
        "topics": ["Skincare", "Regenerative aesthetics"],
        "treatments": [],
        "answer": (
            "<p>Microneedling is one of the best treatments for rolled and boxcar acne "
            "scars, but it shouldn't be done over active spots, as it can spread bacteria "
            "and inflame the skin further.</p><p>Get the acne under control first, with your "
            "GP or a dermatologist, then start a course of microneedling once the skin has "
            "been calm for a few weeks. Most people need three to six sessions.</p>"
        ),
    },
]
