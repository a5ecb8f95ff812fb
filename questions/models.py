"""Ask Alice's models: the page (the form, the published answers and their permalinks),
and the question data from question.py."""

import datetime
from urllib.parse import urlencode

from django.core import signing
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Count
from django.http import HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.models import SectionIndexPage, SiteSettings, breadcrumb_list
from core.ratelimit import client_key, hit, refund, too_many_requests
from core.sites import absolute_url

from . import notifications
from .forms import AnswerFilterForm, QuestionForm
from .question import (  # noqa: F401 - the app's models are registered from here
    ALICE,
    ANSWERS_PER_PAGE,
    QUESTION_MAX_LENGTH,
    RESUBMISSION_WINDOW,
    SIMILAR_LIMIT,
    Question,
    QuestionQuerySet,
    QuestionTag,
    admin_edit_url,
)

SUBMISSIONS_PER_HOUR = 5
# The hint is asked for as the visitor pauses in typing: generous, but not a search API.
SIMILAR_LOOKUPS_PER_HOUR = 200
HOUR = 60 * 60
RATE_LIMIT_SCOPE = "ask-alice"
SIMILAR_SCOPE = "ask-alice-similar"
# The thank-you page's address carries a signed receipt naming the question, so it can say
# how the asker will be printed without a session (and its cookie) for every visitor.
RECEIPT_SALT = "questions.thanks"
RECEIPT_MAX_AGE = datetime.timedelta(hours=1)


class AskAlicePage(RoutablePageMixin, SectionIndexPage):
    """/ask-alice/: the question form, the published answers and their permalinks."""

    thank_you_text = models.TextField(
        max_length=600,
        default=(
            "Alice and our panel of experts read every question. We answer as many as we can "
            "and publish the answers here, usually within a few weeks. If we publish yours, "
            "we'll e-mail you the link."
        ),
        help_text="What happens next, shown after a visitor posts a question.",
    )

    content_panels = [*SectionIndexPage.content_panels, FieldPanel("thank_you_text")]
    subpage_types = []

    class Meta:
        verbose_name = "Ask Alice page"

    @property
    def answers(self):
        return Question.objects.published().for_listing()

    @cached_property
    def topics(self):
        """Topics of published answers, with how many each has."""
        return (
            Tag.objects.filter(questions_questiontag_items__content_object__status="published")
            .annotate(answer_count=Count("questions_questiontag_items"))
            .order_by("name")
        )

    def get_sitemap_urls(self, request=None):
        """This page, then every answer's permalink."""
        base = self.get_full_url(request)
        answers = Question.objects.published().only("id", "question", "updated_at")
        return [
            *super().get_sitemap_urls(request),
            *(
                {
                    "location": base + self.reverse_subpage("question", args=(q.pk, q.slug)),
                    "lastmod": q.updated_at,
                }
                for q in answers
            ),
        ]

    def question_url(self, question, request=None):
        return self.get_url(request) + self.reverse_subpage(
            "question", args=(question.pk, question.slug)
        )

    def question_full_url(self, question, request=None):
        return self.get_full_url(request) + self.reverse_subpage(
            "question", args=(question.pk, question.slug)
        )

    def submit_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("submit")

    def render_form_page(self, request, form, status=200):
        filters = AnswerFilterForm(request.GET, topics=self.topics)
        answers = filters.filter(self.answers)
        paged = Paginator(answers, ANSWERS_PER_PAGE).get_page(request.GET.get("page"))
        response = self.render(
            request,
            context_overrides={
                "form": form,
                "filters": filters,
                "answers": paged,
            },
        )
        response.status_code = status
        return response

    @path("")
    def index_route(self, request):
        return self.render_form_page(request, QuestionForm.for_request(request))

    @path("submit/", name="submit")
    def submit_route(self, request):
        """The POST of the Ask Alice form, wherever it is shown (page, footer, search).

        Only accepted questions count towards the hourly limit: a visitor correcting a
        mistake in the form is not locked out. The count is taken (atomically, in the
        cache) before the question is stored, so questions sent at once can't overrun it.
        """
        if request.method != "POST":
            return redirect(self.get_url(request))
        visitor = client_key(request)
        form = QuestionForm.for_request(request, data=request.POST)
        thanks_url = self.get_url(request) + self.reverse_subpage("thanks")
        if form.is_spam():
            hit(RATE_LIMIT_SCOPE, visitor, SUBMISSIONS_PER_HOUR, HOUR)
            return redirect(thanks_url)  # a bot: answer as if all went well, keep nothing
        if not form.is_valid():
            return self.render_form_page(request, form)
        if not hit(RATE_LIMIT_SCOPE, visitor, SUBMISSIONS_PER_HOUR, HOUR):
            return too_many_requests(request, HOUR)
        # The question and its e-mails commit together or not at all, so a retry after an
        # error stores it once; a retry after success (or racing it) finds the first copy.
        with transaction.atomic():
            question, created = form.save_once()
            if created:
                notifications.question_received(question, self)
        if not created:
            refund(RATE_LIMIT_SCOPE, visitor)
        receipt = signing.dumps(question.pk, salt=RECEIPT_SALT)
        return redirect(f"{thanks_url}?{urlencode({'receipt': receipt})}")

    @path("thanks/", name="thanks")
    def thanks_route(self, request):
        return self.render(
            request,
            template="questions/thanks.html",
            context_overrides={"asked_as": self.asked_as(request.GET.get("receipt", ""))},
        )

    @staticmethod
    def asked_as(receipt):
        """How the question a receipt names will be printed; "" for a bad or old one."""
        try:
            question_id = signing.loads(
                receipt, salt=RECEIPT_SALT, max_age=RECEIPT_MAX_AGE.total_seconds()
            )
        except signing.BadSignature:
            return ""
        question = Question.objects.filter(pk=question_id).only("name", "anonymous").first()
        return question.asker_display if question else ""

    @path("similar/", name="similar")
    def similar_route(self, request):
        # A POST, not a GET: the text is a draft health question, and query strings end up
        # in access logs and browser history.
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not hit(SIMILAR_SCOPE, client_key(request), SIMILAR_LOOKUPS_PER_HOUR, HOUR):
            return too_many_requests(request, HOUR)
        terms = AnswerFilterForm(request.POST, topics=Tag.objects.none()).search_terms()
        return JsonResponse({"results": self.similar_to(terms, request)})

    def similar_to(self, terms, request=None):
        """Published answers like a draft question, for the hint under the form."""
        matches = (
            Question.objects.published().for_listing().matching(terms)[:SIMILAR_LIMIT]
            if terms
            else []
        )
        return [
            {
                "question": question.title,
                "url": self.question_url(question, request),
                "answered_by": question.answerer_name,
            }
            for question in matches
        ]

    @path("<int:question_id>/", name="question_short")
    @path("<int:question_id>/<str:slug>/", name="question")
    def question_route(self, request, question_id, slug=None):
        question = get_object_or_404(
            Question.objects.published().select_related("answered_by", "reviewed_by"),
            pk=question_id,
        )
        if slug != question.slug:
            return redirect(self.question_url(question, request), permanent=True)
        return self.render(
            request,
            template="questions/question_page.html",
            context_overrides={
                "question": question,
                "trail": [*self.breadcrumbs, self],
                "canonical_url": absolute_url(self.question_url(question, request)),
                "structured_data": self.question_structured_data(question, request),
            },
        )

    def question_structured_data(self, question, request):
        url = absolute_url(self.question_url(question, request))
        author = {"@type": "Person", "name": question.answerer_name}
        if question.answered_by and question.answered_by.job_title:
            author["jobTitle"] = question.answered_by.job_title
        qa_page = {
            "@context": "https://schema.org",
            "@type": "QAPage",
            "url": url,
            "mainEntity": {
                "@type": "Question",
                "name": question.title,
                "text": question.question,
                "answerCount": 1,
                "dateCreated": question.created_at.isoformat(),
                "author": {"@type": "Person", "name": question.asker_display},
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": question.answer_text,
                    "dateCreated": question.published_at.isoformat(),
                    "url": url,
                    "author": author,
                },
            },
            "publisher": {
                "@type": "Organization",
                "name": SiteSettings.load(request_or_site=request).site_name,
            },
        }
        trail = [(page.title, page.get_full_url(request)) for page in [*self.breadcrumbs, self]]
        return [
            qa_page,
            question.medical_web_page(url, question.title),
            *breadcrumb_list([*trail, (question.title, url)]),
        ]
