import datetime

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import Count
from django.db.models.functions import TruncWeek
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from articles.models import ArticlePage
from core.models import SitePage, SitePageManager, SitePageQuerySet
from core.renditions import prefetch_renditions

from .blocks import NewsletterBodyBlock
from .deliveries import Mailing
from .feeds import IssueFeed
from .issue_email import render_preview

# Bump the version whenever the wording changes: each subscriber keeps the version
# they agreed to, and the old wording stays here so an export can show it.
CONSENT_WORDING = {
    "2026-05": (
        "Send me The Tweakments Guide newsletter: our latest articles and news, "
        "industry titbits and offers tailored to the topics I choose. About twice a "
        "month; unsubscribe with one click from any e-mail."
    ),
}
CURRENT_CONSENT_VERSION = "2026-05"

# A confirmation link works for a week; an unconfirmed signup is purged after that.
CONFIRMATION_MAX_AGE = datetime.timedelta(days=7)
# Unsubscribe and preference links sit in every e-mail and must keep working long
# after it was sent; a fresh one arrives with each newsletter.
MANAGE_LINK_MAX_AGE = datetime.timedelta(days=730)
# Signing up again with a pending address re-sends the confirmation at most this often.
RESEND_INTERVAL = datetime.timedelta(minutes=15)

# The archive's slug, under /newsletter/ (see newsletter/urls.py).
ARCHIVE_SLUG = "issues"
# What `newsletter_setup` gives a new archive; editors reword it like any page.
ARCHIVE_TITLE = "Newsletter issues"
ARCHIVE_INTRODUCTION = "Every issue of our newsletter, as it went out."

CONFIRM_SALT = "newsletter.confirm"
MANAGE_SALT = "newsletter.manage"
PREVIEW_SALT = "newsletter.preview"
# A test copy's "Read it in your browser" link shows an issue nobody can see yet; editors
# pass a test round for a while before sending, and then send themselves a fresh one.
PREVIEW_LINK_MAX_AGE = datetime.timedelta(days=14)


def normalise_email(address):
    return address.strip().lower()


def mailbox(address):
    """The inbox an address delivers to: "Ann+news@Example.com" → "ann@example.com"."""
    local, at, domain = normalise_email(address).rpartition("@")
    return f"{local.split('+', 1)[0]}{at}{domain}" if at else normalise_email(address)


def topics_in_use():
    """Topics of live, public articles: what a reader can choose as interests."""
    return ArticlePage.objects.live().public().topics()


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def pending(self):
        return self.filter(status=Subscriber.Status.PENDING)

    def interested_in(self, topics):
        return self.filter(
            pk__in=Subscriber.interests.through.objects.filter(tag__in=topics).values(
                "subscriber_id"
            )
        )

    def confirmed_since(self, moment):
        return self.confirmed().filter(confirmed_at__gte=moment)

    def expired_pending(self, now=None):
        """Pending signups whose last confirmation link has expired."""
        cutoff = (now or timezone.now()) - CONFIRMATION_MAX_AGE
        return self.pending().filter(confirmation_sent_at__lt=cutoff)

    def topic_counts(self):
        """(topic name, subscribers) for each topic these subscribers chose, most first."""
        chosen = Subscriber.interests.through.objects.filter(subscriber__in=self)
        return list(
            chosen.values_list("tag__name")
            .annotate(total=Count("pk"))
            .order_by("-total", "tag__name")
        )

    def weekly_confirmations(self, weeks, now=None):
        """[(Monday, confirmations that week)] for the last `weeks` weeks, oldest first."""
        today = timezone.localdate(now)
        first_monday = today - datetime.timedelta(days=today.weekday(), weeks=weeks - 1)
        start = timezone.make_aware(datetime.datetime.combine(first_monday, datetime.time()))
        counts = dict(
            self.filter(confirmed_at__gte=start)
            .annotate(week=TruncWeek("confirmed_at"))
            .values_list("week")
            .annotate(total=Count("pk"))
            .order_by()
        )
        by_monday = {timezone.localdate(week): total for week, total in counts.items()}
        mondays = [first_monday + datetime.timedelta(weeks=n) for n in range(weeks)]
        return [(monday, by_monday.get(monday, 0)) for monday in mondays]

    def status_counts(self):
        counts = dict(self.values_list("status").annotate(total=models.Count("pk")))
        return {status: counts.get(status, 0) for status in Subscriber.Status.values}

    def from_confirm_token(self, token):
        """The subscriber a confirmation link is for; raises signing.BadSignature
        (or its subclass SignatureExpired) and Subscriber.DoesNotExist."""
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRMATION_MAX_AGE)
        return self.get(pk=pk)

    def from_manage_token(self, token):
        pk = signing.loads(token, salt=MANAGE_SALT, max_age=MANAGE_LINK_MAX_AGE)
        return self.get(pk=pk)

    def subscribe(self, email, first_name="", interests=(), source_path=""):
        """Record a signup and say whether to send a confirmation e-mail.

        One row per normalised address, whatever happens concurrently: the database
        constraint decides who creates it, and everyone else locks and updates that
        row. A confirmed address is left alone (anyone can type it in); a pending or
        unsubscribed one records the new consent and waits for confirmation again,
        with the e-mail re-sent at most once per RESEND_INTERVAL.
        Returns (subscriber, send_confirmation).
        """
        now = timezone.now()
        consent = {
            "first_name": first_name,
            "consent_version": CURRENT_CONSENT_VERSION,
            "consent_given_at": now,
            "source_path": source_path,
        }
        try:
            with transaction.atomic():
                subscriber = self.create(
                    email=email, confirmation_sent_at=now, created_at=now, **consent
                )
                subscriber.interests.set(interests)
                return subscriber, True
        except IntegrityError:
            pass
        with transaction.atomic():
            subscriber = self.select_for_update().get(email_normalised=normalise_email(email))
            if subscriber.status == Subscriber.Status.CONFIRMED:
                return subscriber, False
            for field, value in consent.items():
                setattr(subscriber, field, value)
            subscriber.status = Subscriber.Status.PENDING
            last_sent = subscriber.confirmation_sent_at
            resend = last_sent is None or last_sent < now - RESEND_INTERVAL
            if resend:
                subscriber.confirmation_sent_at = now
            subscriber.save()
            subscriber.interests.set(interests)
        return subscriber, resend


class Subscriber(models.Model):
    """One address on the mailing list. Only confirmed subscribers receive newsletters."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    email = models.EmailField("e-mail address")
    email_normalised = models.CharField(max_length=254, editable=False)
    first_name = models.CharField(max_length=60, blank=True)
    interests = models.ManyToManyField(
        "taggit.Tag",
        blank=True,
        related_name="+",
        help_text="Topics they want to hear about, so offers can be tailored.",
    )
    status = models.CharField(max_length=12, choices=Status, default=Status.PENDING)
    consent_version = models.CharField(
        max_length=20, help_text="Which wording of the consent text they agreed to."
    )
    consent_given_at = models.DateTimeField(help_text="When they last submitted the form.")
    source_path = models.CharField(
        "signed up on", max_length=255, blank=True, help_text="The page the form was on."
    )
    created_at = models.DateTimeField("signed up", default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # The list's e-mails to this subscriber (they hold personal links); deleted with it.
    emails = GenericRelation(
        "tweakments.OutboundEmail", content_type_field="about_type", object_id_field="about_id"
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["email_normalised"], name="newsletter_one_subscriber_per_address"
            )
        ]
        indexes = [models.Index(fields=["status", "confirmed_at"])]
        permissions = [("export_subscribers", "Can export confirmed subscribers (CSV)")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip()
        self.email_normalised = normalise_email(self.email)
        if self.status == self.Status.CONFIRMED and not self.confirmed_at:
            self.confirmed_at = timezone.now()
        if self.status == self.Status.UNSUBSCRIBED and not self.unsubscribed_at:
            self.unsubscribed_at = timezone.now()
        super().save(*args, **kwargs)

    def interest_names(self):
        """For listings: uses prefetched interests when there are any."""
        return ", ".join(sorted(tag.name for tag in self.interests.all()))

    interest_names.short_description = "interests"  # the column heading in admin listings

    @property
    def masked_email(self):
        """Enough of the address to recognise it on a page reached by a forwarded link."""
        local, _, domain = self.email.rpartition("@")
        return f"{local[:1]}…@{domain}"

    @property
    def consent_wording(self):
        return CONSENT_WORDING.get(self.consent_version, "")

    @property
    def confirm_url(self):
        token = signing.dumps(self.pk, salt=CONFIRM_SALT)
        return reverse("newsletter:confirm", args=[token])

    @property
    def unsubscribe_url(self):
        return reverse("newsletter:unsubscribe", args=[self.manage_token])

    @property
    def preferences_url(self):
        return reverse("newsletter:preferences", args=[self.manage_token])

    @property
    def manage_token(self):
        return signing.dumps(self.pk, salt=MANAGE_SALT)

    def confirm(self):
        """Confirm a pending signup; True only for the request that did it (replays: False)."""
        now = timezone.now()
        done = Subscriber.objects.filter(pk=self.pk, status=self.Status.PENDING).update(
            status=self.Status.CONFIRMED, confirmed_at=now, unsubscribed_at=None
        )
        self.refresh_from_db()
        return bool(done)

    def unsubscribe(self):
        Subscriber.objects.filter(pk=self.pk).exclude(status=self.Status.UNSUBSCRIBED).update(
            status=self.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
        )
        self.refresh_from_db()


class NewsletterArchivePage(RoutablePageMixin, SitePage):
    """The public list of sent issues, at /newsletter/issues/ (a child of the home page).

    /newsletter/ itself belongs to the signup views (newsletter/urls.py), so this page's
    URL is set under it and newsletter/urls.py hands /newsletter/issues/… to Wagtail.
    """

    introduction = models.TextField(
        max_length=400, blank=True, help_text="A sentence or two above the list of issues."
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count = 1

    class Meta:
        verbose_name = "newsletter archive"

    def clean(self):
        super().clean()
        if self.slug != ARCHIVE_SLUG:
            raise ValidationError({"slug": f"The archive's address must end in /{ARCHIVE_SLUG}/."})

    @classmethod
    def ensure(cls, home):
        """The archive, created and published under the home page if the site has none
        yet; safe to call again (there is only ever one). Returns (archive, created)."""
        archive = cls.objects.first()
        if archive is not None:
            return archive, False
        archive = cls(title=ARCHIVE_TITLE, slug=ARCHIVE_SLUG, introduction=ARCHIVE_INTRODUCTION)
        home.add_child(instance=archive)
        archive.save_revision().publish()
        return archive, True

    def set_url_path(self, parent):
        self.url_path = f"{parent.url_path}newsletter/{self.slug}/"
        return self.url_path

    def route(self, request, path_components):
        # Reached through Wagtail's own catch-all at /<slug>/, the page would exist twice.
        if not request.path.startswith(self.get_url(request)):
            raise Http404
        return super().route(request, path_components)

    @property
    def issues(self):
        return NewsletterIssuePage.objects.child_of(self).in_archive()

    def get_meta_description(self):
        return self.search_description or self.introduction

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides={"issues": self.issues})

    @path("feed/", name="feed")
    def feed_route(self, request):
        return IssueFeed(self)(request)


class NewsletterIssuePageQuerySet(SitePageQuerySet):
    def in_archive(self):
        """Live issues that have gone out (or are going out), newest first."""
        return (
            self.live()
            .public()
            .filter(mailing__started_at__isnull=False)
            .select_related("mailing")
            .order_by("-mailing__started_at", "-pk")
        )

    def for_serving(self):
        return self.select_related("mailing")

    def from_preview_token(self, token):
        """The issue a test copy's web link is for; raises signing.BadSignature (or its
        subclass SignatureExpired) and NewsletterIssuePage.DoesNotExist."""
        pk = signing.loads(token, salt=PREVIEW_SALT, max_age=PREVIEW_LINK_MAX_AGE)
        return self.get(pk=pk)


class NewsletterIssuePage(SitePage):
    """One issue of the newsletter: e-mailed to subscribers, then kept in the archive."""

    class Audience(models.TextChoices):
        ALL = "all", "Everyone confirmed"
        TOPICS = "topics", "Only those interested in the topics below"

    subject = models.CharField(
        "e-mail subject",
        max_length=150,
        help_text="What the inbox shows; keep it under 60 characters.",
    )
    preheader = models.CharField(
        max_length=150,
        blank=True,
        help_text="The grey line after the subject in most inboxes; not shown in the e-mail.",
    )
    body = StreamField(NewsletterBodyBlock())
    audience = models.CharField(max_length=10, choices=Audience, default=Audience.ALL)
    topics = ParentalManyToManyField(
        "taggit.Tag",
        blank=True,
        related_name="+",
        help_text="Subscribers who chose any of these topics when they signed up.",
    )

    objects = SitePageManager.from_queryset(NewsletterIssuePageQuerySet)()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("subject"), FieldPanel("preheader")], heading="In the inbox"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("topics", widget=forms.CheckboxSelectMultiple)],
            heading="Who receives it",
        ),
    ]

    parent_page_types = ["newsletter.NewsletterArchivePage"]
    subpage_types = []
    preview_modes = [("", "Web version"), ("email", "E-mail: HTML and plain text")]

    class Meta:
        verbose_name = "newsletter issue"

    def clean(self):
        super().clean()
        # The topics are a ParentalManyToManyField: unsaved choices live on the instance.
        if self.audience == self.Audience.TOPICS and not self.topics.exists():
            raise ValidationError({"topics": "Choose at least one topic, or send to everyone."})

    def recipients(self):
        """The confirmed subscribers this issue is for, as things stand now."""
        subscribers = Subscriber.objects.confirmed()
        if self.audience == self.Audience.TOPICS:
            subscribers = subscribers.interested_in(self.topics.all())
        return subscribers

    @property
    def mailing_or_none(self):
        try:
            return self.mailing
        except Mailing.DoesNotExist:
            return None

    @property
    def preview_url(self):
        """The web version of the latest saved version, for anyone with this signed link
        until it expires: what a test copy links to before the issue is published."""
        return reverse("newsletter:preview", args=[signing.dumps(self.pk, salt=PREVIEW_SALT)])

    @property
    def sent_at(self):
        mailing = self.mailing_or_none
        return mailing.started_at if mailing else None

    def get_meta_description(self):
        return self.search_description or self.preheader or self.subject

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.sent_at else []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_renditions(
            image for block in self.body for image in getattr(block.value, "images", list)()
        )
        return context

    def serve(self, request, *args, **kwargs):
        if self.sent_at is None:
            raise Http404("This issue has not been sent yet")
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request, mode_name):
        if mode_name == "email":
            return render_preview(self, request)
        return super().serve(request)
