"""A small site the chatbot answers from: an exosomes article, treatment pages (two with
rules by nation, aftercare and medical review dates, one of them overdue), About, Ask Alice
with published answers, the practitioner directory, the UK rules tracker with two entries
and the "Something went wrong?" guide with its routes."""

import datetime

import pytest
from django.db import transaction
from wagtail.models import Page, Site

from chatbot import indexing
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory, ExpertFactory
from tests.conftest import ensure_root_page
from tests.core.factories import StandardPageFactory
from tests.home.factories import HomePageFactory
from tests.practitioners.factories import DirectoryPageFactory
from tests.questions.factories import AskAlicePageFactory, QuestionFactory
from tests.rules.factories import (
    ComplaintRouteFactory,
    ComplaintsGuidePageFactory,
    RuleEntryPageFactory,
    RulesTrackerPageFactory,
)
from tests.treatments.factories import TreatmentIndexPageFactory, TreatmentPageFactory

LEGAL_SENTENCE = (
    "Human-derived exosomes cannot legally be used in cosmetic treatments in the UK, "
    "even when they are only applied to the skin."
)
COST_SENTENCE = "Adding exosomes after a needling session typically puts £500 to £800 on the bill."
FILLERS_LAST = "Depending on the product and the area, results typically last from 6–18 months."
WEDDING_ANSWER = (
    "Have the toxin two weeks before the wedding and the lip filler at least a week apart "
    "from it, so any swelling or bruising has settled and you can tell which did what."
)
# The toxin page was reviewed in March 2026 and is current; lip filler's review is overdue.
TOXIN_REVIEWED = datetime.date(2026, 3, 3)
LIP_FILLER_REVIEWED = datetime.date(2024, 1, 10)
SCOTLAND_PREMISES = "Only clinics registered with Healthcare Improvement Scotland may offer it."
ENGLAND_AGE = "Illegal for anyone under 18 for cosmetic reasons (since 1 October 2021)."
LIPS_DAY_0_NORMAL = "Lips are swollen, tender and may bruise."
LIPS_DAYS_1_3_NORMAL = "Swelling goes down; lips may feel firm or slightly lumpy."
LIPS_DAY_0_999 = "Part of your lip turns white, grey or blotchy, often with strong pain."


def rule(applies_in, topic, text):
    return {"type": "rule", "value": {"applies_in": applies_in, "topic": topic, "text": text}}


def stage(name, *signs):
    return {
        "type": "stage",
        "value": {"stage": name, "signs": [{"level": lv, "text": text} for lv, text in signs]},
    }


def lip_filler_aftercare():
    return [
        stage("day-0", ("normal", LIPS_DAY_0_NORMAL), ("999", LIPS_DAY_0_999)),
        stage(
            "days-1-3",
            ("normal", LIPS_DAYS_1_3_NORMAL),
            ("practitioner", "A cold sore appears on or near your lips."),
        ),
        stage("first-2-weeks", ("111", "Redness, heat or swelling that spreads or gets worse.")),
    ]


def paragraph(*sentences):
    return {"type": "paragraph", "value": "<p>" + " ".join(sentences) + "</p>"}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def exosome_body(expert):
    filler = (
        "Clinics describe these tiny vesicles in many ways, and the products on sale vary "
        "a great deal in what they contain and where they come from."
    )
    return [
        heading("What exactly are exosomes?"),
        paragraph(
            "Exosomes are nano-sized bubbles that almost every cell releases.",
            "They carry proteins and genetic signals from one cell to another.",
            filler,
            filler,
        ),
        heading("Are human-derived exosomes legal in the UK?"),
        paragraph(
            "Plenty of practitioners believe that applying them to the skin is fine.",
            LEGAL_SENTENCE,
            "Under UK cosmetics regulation, ingredients of human origin are prohibited.",
            filler,
        ),
        {
            "type": "expert_quote",
            "value": {
                "expert": expert.pk,
                "quote": "Plant exosomes are legal, but the evidence for them is still thin.",
            },
        },
        heading("What do exosome treatments cost?"),
        paragraph(COST_SENTENCE, "Premium combined treatments in London cost over £2,500.", filler),
        {
            "type": "price_callout",
            "value": {
                "heading": "What it costs",
                "prices": [{"item": "Exosome serum after microneedling", "price": "£500–£800"}],
                "note": "Typical UK prices.",
            },
        },
    ]


def treatment_sections(*sections):
    body = []
    for title, text in sections:
        body += [heading(title), paragraph(text)]
    return body


def build_treatments(finder):
    lip_filler = TreatmentPageFactory(
        parent=finder,
        title="Lip filler",
        slug="lip-filler",
        hero_image=None,
        also_known_as="Lip augmentation, lip enhancement",
        summary="Soft hyaluronic acid filler that adds shape and definition to the lips.",
        price_from=250,
        price_to=450,
        downtime=1,
        downtime_detail="Lips are swollen for 2–3 days and can bruise.",
        results_last="6–12 months",
        pain=3,
        who_can_perform="Legally anyone over 18; choose a medical professional.",
        regulatory_note="Filler is a medical device, not a medicine. In England, since 2021, it "
        "is illegal to give it to under-18s for cosmetic reasons.",
        body=treatment_sections(
            ("Risks and side effects", "Swelling, bruising, lumps and, rarely, a blocked vessel."),
            ("Aftercare", "No lipstick for a day, and avoid hot drinks for the first evening."),
        ),
        nation_rules=[
            rule("uk", "advertising", "Ads must not be aimed at under-18s."),
            rule("england", "age", ENGLAND_AGE),
            rule("scotland", "premises", SCOTLAND_PREMISES),
        ],
        rules_checked_on=datetime.date(2026, 12, 7),
        aftercare=lip_filler_aftercare(),
        last_reviewed=LIP_FILLER_REVIEWED,
        next_review_due=datetime.date(2025, 1, 10),
    )
    toxin = TreatmentPageFactory(
        parent=finder,
        title="Anti-wrinkle injections",
        slug="anti-wrinkle-injections",
        hero_image=None,
        also_known_as="Botox, botulinum toxin, Azzalure, Bocouture",
        summary="Tiny doses of botulinum toxin relax the muscles that crease the skin.",
        price_from=180,
        price_to=350,
        results_last="3–4 months",
        who_can_perform="A prescriber must assess you face to face before it is prescribed.",
        regulatory_status="prescription_only",
        regulatory_note="Botulinum toxin is a licensed prescription-only medicine.",
        nation_rules=[rule("scotland", "premises", SCOTLAND_PREMISES)],
        aftercare=[
            stage(
                "later",
                ("111", "Up to 4 weeks after: double or blurred vision."),
                ("999", "Up to 4 weeks after: difficulty swallowing or breathing."),
            )
        ],
        last_reviewed=TOXIN_REVIEWED,
        next_review_due=datetime.date.today() + datetime.timedelta(days=200),
    )
    return lip_filler, toxin


def build_rules(home_page, lip_filler, toxin):
    """The tracker with an English and a Scottish entry, and the complaints guide."""
    tracker = RulesTrackerPageFactory(parent=home_page)
    england = RuleEntryPageFactory(
        parent=tracker,
        title="No Botox or fillers for under-18s in England",
        slug="under-18s-england",
        what_it_means="Since 1 October 2021 it has been against the law in England to inject "
        "toxin or fillers into anyone under 18 for cosmetic reasons.",
        treatments=[lip_filler, toxin],
    )
    scotland = RuleEntryPageFactory(
        parent=tracker,
        title="Scotland's Non-surgical Procedures Act 2026",
        slug="scotland-act",
        england=False,
        scotland=True,
        stage="passed",
        topic="licensing",
        in_force_on=None,
        passed_on=datetime.date(2026, 5, 12),
        what_it_means="Once its rules start, cosmetic injections in Scotland may only be given "
        "in permitted premises, and never to anyone under 18.",
        treatments=[lip_filler, toxin],
    )
    guide = ComplaintsGuidePageFactory(parent=home_page)
    routes = [
        (1, "", "", "The practitioner or clinic", "Tell them what happened as soon as you can."),
        (2, "GMC", "", "General Medical Council (GMC)", "For doctors."),
        (2, "NMC", "", "Nursing and Midwifery Council (NMC)", "For nurses."),
        (4, "", "", "MHRA Yellow Card scheme", "For a side effect of a medicine."),
        (6, "", "england", "Care Quality Commission (CQC)", "For clinics it registers."),
        (6, "", "scotland", "Healthcare Improvement Scotland (HIS)", "For clinics in Scotland."),
    ]
    for kind, register, nation, name, when in routes:
        ComplaintRouteFactory(
            kind=kind, register=register, nation=nation, name=name, when_to_use=when
        )
    return {
        "tracker": tracker,
        "england_entry": england,
        "scotland_entry": scotland,
        "guide": guide,
    }


def build_site(home_page):
    expert = ExpertFactory(name="Mr Tunc Tiryaki", job_title="Consultant plastic surgeon")
    news = ArticleIndexPageFactory(parent=home_page)
    article = ArticlePageFactory(
        parent=news,
        title="What's the buzz about exosomes, and are they legal in the UK?",
        slug="exosomes",
        standfirst="Tiny cellular messengers are the newest word in aesthetic medicine.",
        author=expert,
        hero_image=None,
        body=exosome_body(expert),
    )
    finder = TreatmentIndexPageFactory(parent=home_page)
    treatment = TreatmentPageFactory(
        parent=finder,
        title="Fat freezing",
        slug="fat-freezing",
        hero_image=None,
        also_known_as="Cryolipolysis, CoolSculpting",
        summary="Controlled cooling that kills fat cells in pinchable pockets of fat.",
        price_from=500,
        price_to=1500,
        results_last="Permanent if your weight stays stable",
    )
    lip_filler, toxin = build_treatments(finder)
    fillers = ArticlePageFactory(
        parent=news,
        title="Dermal fillers explained",
        slug="dermal-fillers",
        standfirst="Hyaluronic acid fillers restore lost volume.",
        author=expert,
        hero_image=None,
        body=[heading("What are fillers made of?"), paragraph(FILLERS_LAST)],
    )
    about = StandardPageFactory(
        parent=home_page,
        title="About the guide",
        slug="about",
        introduction="An independent guide to non-surgical cosmetic treatments, edited by "
        "the beauty journalist Alice Hart-Davis, who has tried hundreds of treatments.",
    )
    ask_page = AskAlicePageFactory(parent=home_page)
    answer = QuestionFactory(
        published=True,
        question="Is it safe to have a chemical peel in summer before my holiday?",
        answer="<p>A light peel can be done in summer if you are strict about sun protection "
        "afterwards, but avoid one in the weeks before a beach holiday.</p>",
    )
    wedding = QuestionFactory(
        published=True,
        question="Can I have lip filler and botox on the same day before my wedding?",
        answer=f"<p>{WEDDING_ANSWER}</p>",
    )
    directory = DirectoryPageFactory(parent=home_page)
    rules = build_rules(home_page, lip_filler, toxin)
    indexing.reindex_all()
    return {
        "home": home_page,
        "article": article,
        "treatment": treatment,
        "lip_filler": lip_filler,
        "toxin": toxin,
        "fillers": fillers,
        "wedding": wedding,
        "about": about,
        "ask_page": ask_page,
        "answer": answer,
        "directory": directory,
        "expert": expert,
        **rules,
    }


@pytest.fixture(scope="module")
def chat_site_data(django_db_setup, django_db_blocker):
    """Built once per test module inside a transaction that is rolled back at its end; each
    test runs in a savepoint within it (pytest-django's `db`), so tests stay independent."""
    with django_db_blocker.unblock(), transaction.atomic():
        root = ensure_root_page()
        Page.objects.filter(depth=2).delete()
        home = HomePageFactory(parent=root)
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
        yield build_site(home)
        transaction.set_rollback(True)


@pytest.fixture
def chat_site(db, chat_site_data):
    return chat_site_data
