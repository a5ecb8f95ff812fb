"""Demo content for seed_demo: the home page and the plain pages."""

HOME = {
    "title": "Home",
    "hero_heading": "Honest, expert advice on non-surgical cosmetic treatments",
    "hero_text": (
        "Independent, jargon-free guidance on tweakments, from anti-wrinkle injections to "
        "lasers and the latest regenerative treatments: what works, what it costs and how to "
        "find someone safe to do it."
    ),
    "hero_link_text": "Read the latest",
    "image": {
        "palette": ["#f6e7df", "#7a2e4f"],
        "motif": "waves",
        "alt": "Gentle overlapping waves in blush pink and deep berry",
    },
    "search_description": (
        "The independent UK guide to tweakments: honest advice on non-surgical cosmetic "
        "treatments, what they cost and how to find a safe practitioner."
    ),
}

SITE = {
    "site_name": "The Tweakments Guide",
    "strapline": "Honest, independent advice on non-surgical cosmetic treatments",
    "contact_email": "hello@tweakments.test",
    "instagram_url": "https://www.instagram.com/tweakmentsguide/",
    "youtube_url": "https://www.youtube.com/@tweakmentsguide",
}

NEWS_INDEX = {
    "title": "News and reviews",
    "slug": "news",
    "introduction": (
        "The latest news, treatment guides and honest reviews from Alice Hart-Davis and our "
        "panel of experts."
    ),
    "search_description": (
        "News, in-depth treatment guides and honest reviews of non-surgical cosmetic "
        "treatments from The Tweakments Guide."
    ),
}

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About the guide",
        "introduction": (
            "The Tweakments Guide is an independent source of clear, honest information about "
            "non-surgical cosmetic treatments, edited by the beauty journalist Alice "
            "Hart-Davis."
        ),
        "search_description": (
            "Who we are, how the guide stays independent, how we choose the practitioners and "
            "experts we feature, and why our content is not medical advice."
        ),
        "last_updated": None,
        "body": [
            ("heading", "What the guide is"),
            (
                "paragraph",
                "<p>Tweakments are the small, non-surgical treatments that can refresh the way "
                "your face and skin look: anti-wrinkle injections, fillers, skin boosters, "
                "peels, lasers, energy devices and the newest regenerative therapies. The "
                "market for them has grown enormously, and so has the confusion. Clinics use "
                "different names for similar treatments, prices vary wildly and regulation is "
                "still catching up. We set up the guide to cut through all that, with "
                "plain-English explanations of what each treatment involves, what it can and "
                "can't do, what it costs and what the risks are.</p>",
            ),
            ("heading", "Who is behind it"),
            (
                "paragraph",
                "<p>Alice Hart-Davis is an award-winning beauty journalist who has spent more "
                "than two decades writing about aesthetics for national newspapers and "
                "magazines. She has tried hundreds of treatments herself, because she believes "
                "the best way to explain what a tweakment feels like, and whether it's worth "
                "the money, is to experience it. Every article is researched with practising "
                "doctors, dentists, nurses and skin specialists, whose views are quoted and "
                "credited.</p>",
            ),
            ("heading", "Our independence"),
            (
                "paragraph",
                "<p>The guide is editorially independent. We don't accept payment for "
                "coverage, and no clinic, brand or manufacturer can buy a place in our "
                "articles or influence what we write. When Alice has been offered a treatment "
                "to try, we say so, and if something doesn't work, we say that too. Any "
                "advertising or sponsorship on the site is clearly labelled and kept separate "
                "from our editorial content.</p>",
            ),
            ("heading", "How we choose practitioners"),
            (
                "paragraph",
                "<p>The experts we quote and the practitioners we mention are chosen for their "
                "qualifications, experience and standing among their peers, never for "
                "commercial reasons. We expect them to:</p><ul><li>be registered with a UK "
                "healthcare regulator, such as the GMC, GDC, NMC or GPhC, where a treatment "
                "needs a prescriber or medical oversight;</li><li>carry out a thorough "
                "consultation before treatment, and be willing to say no;</li><li>work in "
                "clinical premises, with appropriate insurance and a clear plan for managing "
                "complications.</li></ul><p>We review these expectations regularly as the law "
                "changes.</p>",
            ),
            ("heading", "Questions from readers"),
            (
                "paragraph",
                "<p>Alice answers readers' questions about treatments on the site. You can "
                "send yours using the question form; if you'd rather not be named, we'll "
                "publish only your initials.</p>",
            ),
            ("heading", "This is not medical advice"),
            (
                "paragraph",
                "<p>Everything on this site is general information, written to help you "
                "understand your options and ask better questions. It is not a substitute for "
                "a consultation with a qualified practitioner who can assess you in person, "
                "and it should not be relied on to make decisions about your treatment. If "
                "you're worried about a treatment you've had, contact the practitioner who "
                "carried it out or your GP, call NHS 111 for urgent advice or, in an "
                "emergency, dial 999.</p>",
            ),
        ],
    },
    {
        "slug": "terms",
        "title": "Terms and conditions",
        "introduction": (
            "The rules for using this website. Please read them before you use the site or "
            "send us a question."
        ),
        "search_description": (
            "The terms and conditions for using The Tweakments Guide website, including how we "
            "use reader questions and why our content is not medical advice."
        ),
        "last_updated": "2026-09-01",
        "body": [
            ("heading", "About these terms"),
            (
                "paragraph",
                "<p>These terms apply to your use of The Tweakments Guide website (the site). "
                "By using the site, you agree to them; if you don't agree, please don't use "
                "it. We may update these terms from time to time. The date at the top of this "
                "page shows when they last changed, and the version published here is the one "
                "that applies.</p>",
            ),
            ("heading", "No medical advice"),
            (
                "paragraph",
                "<p>The content on the site is for general information only. It is not medical "
                "advice and is not a substitute for a consultation with a qualified healthcare "
                "professional who can assess you in person. Treatments, prices and regulations "
                "change, and although we work hard to keep our articles accurate and up to "
                "date, we can't guarantee that every detail is complete or current. Always "
                "talk to a qualified practitioner before making decisions about treatment.</p>",
            ),
            ("heading", "Using our content"),
            (
                "paragraph",
                "<p>The articles, images, videos and other material on the site belong to us "
                "or are used with permission, and are protected by copyright. You may view, "
                "print and share links to our content for your own personal, non-commercial "
                "use. You may not copy, republish, sell or adapt our content, or use it to "
                "train software, without our written permission.</p>",
            ),
            ("heading", "Questions you send us"),
            (
                "paragraph",
                "<p>When you send us a question, you agree that we may edit it for length and "
                "clarity and publish it, with our answer, on the site and in our newsletter. "
                "We'll publish your name unless you ask us not to: if you choose to post "
                "anonymously, we'll use only your initials. Please don't include other "
                "people's personal details, or health information you wouldn't want to appear "
                "in public. We aren't obliged to publish every question, and we can't answer "
                "every one individually.</p><p>You must not send anything that is unlawful, "
                "defamatory, offensive or misleading, that infringes anyone else's rights, or "
                "that promotes a business. We may decline or remove any contribution at our "
                "discretion.</p>",
            ),
            ("heading", "Other businesses and websites"),
            (
                "paragraph",
                "<p>Where we mention clinics, practitioners, products or other websites, we do "
                "so for information only. A mention is not an endorsement, and we aren't "
                "responsible for the services those businesses provide or the content of their "
                "sites.</p>",
            ),
            ("heading", "Our liability"),
            (
                "paragraph",
                "<p>We provide the site free of charge and as it is. As far as the law allows, "
                "we are not liable for any loss or damage arising from your use of the site or "
                "your reliance on its content, including any decision you make about "
                "treatment. Nothing in these terms limits our liability for death or personal "
                "injury caused by our negligence, for fraud, or for anything else that cannot "
                "be limited by law.</p>",
            ),
            ("heading", "Governing law"),
            (
                "paragraph",
                "<p>These terms are governed by the law of England and Wales, and the courts "
                "of England and Wales have jurisdiction over any dispute, although if you live "
                "in Scotland or Northern Ireland you may also bring proceedings in your local "
                "courts. If you have a question about these terms, e-mail us at "
                "hello@tweakments.test.</p>",
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy policy",
        "introduction": (
            "How we collect, use and protect your personal information, and the rights you "
            "have over it."
        ),
        "search_description": (
            "How The Tweakments Guide handles your personal information: what we collect, how "
            "long we keep it, the cookies we use and your rights under the UK GDPR."
        ),
        "last_updated": "2026-09-01",
        "body": [
            ("heading", "Who we are"),
            (
                "paragraph",
                "<p>The Tweakments Guide (we, us) runs this website and is the controller of "
                "the personal information described in this policy. If you have any questions "
                "about this policy, e-mail hello@tweakments.test.</p>",
            ),
            ("heading", "What we collect and why"),
            (
                "paragraph",
                "<ul><li><b>Questions you send us.</b> When you post a question, we collect "
                "your name, your e-mail address and the question itself. We use them to "
                "consider and answer your question, to publish it on the site if we choose to "
                "(with only your initials if you ask to stay anonymous) and to contact you "
                "about it. Our lawful basis is our legitimate interest in running a reader "
                "question service that you have chosen to use.</li><li><b>Newsletter "
                "subscriptions.</b> If you sign up to our newsletter, we collect your e-mail "
                "address and keep a record of your consent: when you gave it and the wording "
                "you agreed to. We use your address only to send you the newsletter. Our "
                "lawful basis is your consent, which you can withdraw at any time using the "
                "unsubscribe link in every e-mail.</li><li><b>Messages you send us.</b> If you "
                "e-mail us, we keep the correspondence so that we can reply.</li></ul><p>We "
                "don't ask for health information. If you include any in a question, we treat "
                "it with extra care and remove it before anything is published.</p>",
            ),
            ("heading", "How long we keep it"),
            (
                "paragraph",
                "<p>We keep questions, and the contact details that come with them, for up to "
                "two years after we have answered or closed them. If a question is published, "
                "the published version stays on the site for as long as the answer does. We "
                "keep newsletter subscriptions until you unsubscribe; after that, we keep a "
                "minimal record of your consent and its withdrawal for up to two years, so "
                "that we can show we acted lawfully, and then delete it.</p>",
            ),
            ("heading", "Who we share it with"),
            (
                "paragraph",
                "<p>We don't sell your personal information or share it with advertisers. We "
                "use a small number of trusted service providers, such as our website host and "
                "our e-mail delivery service, who process information on our behalf, under "
                "contract and only on our instructions. If any of them process data outside "
                "the UK, we make sure appropriate safeguards are in place.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>We use only the cookies that are strictly necessary for the site to work: "
                "a session cookie, which keeps track of your visit, and a security (CSRF) "
                "cookie, which protects the forms on the site from misuse. We don't use "
                "advertising, analytics or tracking cookies. Because these cookies are "
                "essential, they don't need your consent, but you can block them in your "
                "browser; some features, such as the question form, may then not work.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<p>Under UK data protection law, including the UK GDPR, you have the right "
                "to:</p><ul><li>ask for a copy of the personal information we hold about "
                "you;</li><li>receive your information in a structured, commonly used format, "
                "so that you can take it elsewhere;</li><li>ask us to correct information that "
                "is wrong or incomplete;</li><li>ask us to erase your "
                "information;</li><li>object to, or ask us to restrict, how we use "
                "it;</li><li>withdraw your consent at any time, where we rely on "
                "consent.</li></ul><p>To use any of these rights, e-mail hello@tweakments.test "
                "and we will respond within one month. If you're unhappy with how we have "
                "handled your information, you can complain to the Information Commissioner's "
                "Office (ICO), although we'd appreciate the chance to put things right "
                "first.</p>",
            ),
            ("heading", "Changes to this policy"),
            (
                "paragraph",
                "<p>We'll update this policy if the way we handle personal information "
                "changes; the date at the top shows when it was last revised.</p>",
            ),
        ],
    },
]
