from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator, slugify
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

from tweakments.models import SectionIndexPage, SiteSettings, breadcrumb_list

from .names import first_name_and_initial, initials

ALICE = "Alice Hart-Davis"
QUESTION_MAX_LENGTH = 1000
ANSWERS_PER_PAGE = 10
SIMILAR_LIMIT = 5


class QuestionTag(TaggedItemBase):
    """Topics of a question: the same taggit tags the articles use."""

    content_object = ParentalKey(
        "questions.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class QuestionQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self):
        """Answered questions readers can see, newest answer first."""
        return self.filter(status=Question.Status.PUBLISHED).order_by("-published_at", "-pk")

    def waiting(self):
        """New questions no editor has published or rejected yet, oldest first."""
        return self.filter(status=Question.Status.NEW).order_by("created_at", "pk")

    def for_listing(self):
        """What a list of answers shows, in a fixed number of queries."""
        return self.select_related("answered_by").prefetch_related("tags")

    def with_topic(self, tag):
        return self.filter(tagged_items__tag=tag)

    def matching(self, terms):
        """Search by meaning words: any word may match, the best matches first.

        Used by the answers page and by the "similar answers" hint, so both agree.
        """
        return self.search(terms, operator="or")

    def for_email(self, email):
        return self.filter(email__iexact=email.strip()) if email.strip() else self.none()


class Question(index.Indexed, ClusterableModel):
    """A reader's question for Alice and, once answered, its published answer.

    The asker's name and e-mail are private: the public site prints only
    `asker_display`, and neither is in the search index.
    """

    class Status(models.TextChoices):
        NEW = "new", "New (waiting)"
        PUBLISHED = "published", "Published"
        REJECTED = "rejected", "Rejected"

    name = models.CharField(max_length=100, blank=True, help_text="Private: never shown in full.")
    email = models.EmailField(blank=True, help_text="Private: used only to reply.")
    anonymous = models.BooleanField(
        "post anonymously", default=False, help_text="Print only the asker's initials."
    )
    question = models.TextField(
        max_length=QUESTION_MAX_LENGTH,
        help_text="You may tidy the wording before publishing (and remove personal details).",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW, db_index=True)
    answer = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        help_text="Shown under the question when it is published.",
    )
    answered_by = models.ForeignKey(
        "articles.Expert",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="answers",
        help_text=f"Leave empty when {ALICE} answers herself.",
    )
    tags = ClusterTaggableManager(
        through=QuestionTag,
        blank=True,
        verbose_name="Topics",
        help_text="The same topics the articles use, e.g. 'Injectables'.",
    )
    treatments = ParentalManyToManyField(
        "treatments.TreatmentPage",
        blank=True,
        related_name="questions",
        help_text="Treatments the answer is about; the question is listed on their pages.",
    )
    consented_at = models.DateTimeField(
        null=True, blank=True, help_text="When the asker agreed to the terms and privacy policy."
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)
    asker_notified_at = models.DateTimeField(
        null=True, blank=True, help_text="When the asker was e-mailed the link to the answer."
    )

    search_fields = [
        # Only what the public sees: never the name or the e-mail address.
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("id"),
        index.FilterField("status"),
        index.FilterField("published_at"),
    ]

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "published_at"])]

    def __str__(self):
        return self.title

    def cached_pages_showing(self):
        """Its answer page, the Ask Alice listing, its treatments and home's latest answers
        (for tweakments.purging). A question nobody has seen yet is shown nowhere."""
        if self.published_at is None and self.status != self.Status.PUBLISHED:
            return []
        ask_page = AskAlicePage.objects.live().first()
        pages = [*self.treatments.all(), "/"]
        if ask_page is not None:
            pages += [ask_page, ask_page.question_url(self), ask_page.url + f"{self.pk}/"]
        return pages

    @property
    def title(self):
        return Truncator(" ".join(self.question.split())).chars(90)

    @property
    def slug(self):
        return slugify(Truncator(self.question).words(10, truncate="")) or "question"

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def asker_display(self):
        """What the public site prints for the asker."""
        return initials(self.name) if self.anonymous else first_name_and_initial(self.name)

    @property
    def answerer_name(self):
        return self.answered_by.name if self.answered_by else ALICE

    @property
    def answered_by_label(self):
        return self.answerer_name if self.answer else ""

    @property
    def related_treatments(self):
        return self.treatments.live().public().order_by("title")

    @property
    def answer_text(self):
        # A space before each tag keeps paragraphs from running together.
        return " ".join(strip_tags(self.answer.replace("<", " <")).split())

    def publish(self):
        """Show the answer on the site; the asker is e-mailed once (see notifications)."""
        self.status = self.Status.PUBLISHED
        self.published_at = self.published_at or timezone.now()

    def reject(self):
        self.status = self.Status.REJECTED

    def erase_personal_data(self):
        """Forget the asker. A published answer stays, printed as "Anonymous"."""
        if not self.is_published:
            self.delete()
            return
        self.name = ""
        self.email = ""
        self.anonymous = True
        self.save(update_fields=["name", "email", "anonymous", "updated_at"])

    def export_personal_data(self):
        return {
            "id": self.pk,
            "name": self.name,
            "email": self.email,
            "anonymous": self.anonymous,
            "question": self.question,
            "status": self.status,
            "answer": self.answer_text,
            "answered_by": self.answerer_name if self.answer else "",
            "topics": [tag.name for tag in self.tags.all()],
            "treatments": [page.title for page in self.treatments.all()],
            "consented_at": self.consented_at.isoformat() if self.consented_at else None,
            "created_at": self.created_at.isoformat(),
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "shown_as": self.asker_display,
        }


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

    def get_cached_paths(self):
        """What a purge of this page covers (wagtail.contrib.frontend_cache)."""
        return ["/", self.reverse_subpage("similar")]

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
        from .forms import AnswerFilterForm

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
        from .forms import QuestionForm

        return self.render_form_page(request, QuestionForm.for_request(request))

    @path("submit/", name="submit")
    def submit_route(self, request):
        from .views import submit_question

        return submit_question(request, self)

    @path("thanks/", name="thanks")
    def thanks_route(self, request):
        from .views import ASKED_AS_SESSION_KEY

        return self.render(
            request,
            template="questions/thanks.html",
            context_overrides={"asked_as": request.session.pop(ASKED_AS_SESSION_KEY, "")},
        )

    @path("similar/", name="similar")
    def similar_route(self, request):
        from .forms import AnswerFilterForm

        terms = AnswerFilterForm(request.GET, topics=Tag.objects.none()).search_terms()
        matches = (
            list(Question.objects.published().for_listing().matching(terms)[:SIMILAR_LIMIT])
            if terms
            else []
        )
        return JsonResponse(
            {
                "results": [
                    {
                        "question": question.title,
                        "url": self.question_url(question, request),
                        "answered_by": question.answerer_name,
                    }
                    for question in matches
                ]
            }
        )

    @path("<int:question_id>/", name="question_short")
    @path("<int:question_id>/<str:slug>/", name="question")
    def question_route(self, request, question_id, slug=None):
        question = get_object_or_404(Question.objects.published().for_listing(), pk=question_id)
        if slug != question.slug:
            return redirect(self.question_url(question, request), permanent=True)
        return self.render(
            request,
            template="questions/question_page.html",
            context_overrides={
                "question": question,
                "trail": [*self.breadcrumbs, self],
                "canonical_url": request.build_absolute_uri(self.question_url(question, request)),
                "structured_data": self.question_structured_data(question, request),
            },
        )

    def question_structured_data(self, question, request):
        url = request.build_absolute_uri(self.question_url(question, request))
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
        return [qa_page, *breadcrumb_list([*trail, (question.title, url)])]


def admin_edit_url(question):
    return reverse("wagtailsnippets_questions_question:edit", args=[question.pk])
