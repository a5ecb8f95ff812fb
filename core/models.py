from typing import NamedTuple

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.dispatch import Signal
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction, Site
from wagtail.search import index

from .blocks import NavigationLinkBlock, StandardBodyBlock
from .panels import page_panels

# Sent by `update()` on querysets of records that public pages show (which send no
# post_save): whoever keeps copies of pages listens.
rows_updated = Signal()


class RowsUpdatedQuerySet(models.QuerySet):
    def update(self, **kwargs):
        count = super().update(**kwargs)
        if count:
            rows_updated.send(sender=self.model)
        return count


class SitePageQuerySet(PageQuerySet):
    def for_serving(self):
        """What a page of this type needs to be served, fetched with it (page types add
        their own: the author, the hero picture...)."""
        return self

    def private_q(self):
        """Pages in a private section, as a subquery: Wagtail's own reads every view
        restriction in a query of its own each time `public()` is called."""
        return Q(InPrivateSection())


class InPrivateSection(models.Expression):
    """Whether a page has a view restriction on it or above it (Wagtail's `private_q`), as
    SQL written out: the same subquery built with Exists() over a join costs a listing's
    query about 2.7M instructions to build and compile, a twentieth of an article."""

    output_field = models.BooleanField()
    # A restriction's page is the page itself or an ancestor when its path starts the
    # page's (Treebeard's paths are digits and capitals: nothing LIKE would read). "%%" is
    # one "%" once the driver has put the query's parameters in.
    sql = (
        "EXISTS (SELECT 1 FROM {restrictions} private_section_restriction"
        " INNER JOIN {pages} private_section_page"
        " ON private_section_page.id = private_section_restriction.page_id"
        " WHERE {path} LIKE private_section_page.path || '%%')"
    )

    def __init__(self, path=None):
        super().__init__()
        self.path = path if path is not None else models.F("path")

    def get_source_expressions(self):
        return [self.path]

    def set_source_expressions(self, expressions):
        (self.path,) = expressions

    def as_sql(self, compiler, connection):
        path, params = compiler.compile(self.path)
        quote = connection.ops.quote_name
        tables = {
            "restrictions": quote(PageViewRestriction._meta.db_table),
            "pages": quote(Page._meta.db_table),
        }
        return self.sql.format(path=path, **tables), params


SitePageManager = PageManager.from_queryset(SitePageQuerySet)


class SitePage(Page):
    """Base of every public page: what search engines and link previews read."""

    objects = SitePageManager()
    # Boxes other apps add to pages of this type, in order (see core/panels.py).
    page_panels = ()

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["panels"] = page_panels(self, request)
        return context

    def get_meta_description(self):
        return self.search_description or ""

    def get_social_image(self):
        return None

    def route(self, request, path_components):
        """Wagtail's routing, level by level, with every page on the path read in one
        query and only the deepest loaded whole. A child is the page whose url_path is this
        page's plus the fewest next components (usually one: the newsletter archive sets
        its own, two deep)."""
        on_path = pages_on_path(request, self, path_components)
        if not path_components:
            return super(SitePage, on_path.get(self.url_path, self)).route(request, [])
        for taken in range(1, len(path_components) + 1):
            child = on_path.get(self.url_path + "".join(f"{c}/" for c in path_components[:taken]))
            if child is not None and child.depth == self.depth + 1:
                child._cached_parent_obj = self
                return child.route(request, path_components[taken:])
        raise Http404

    @cached_property
    def breadcrumbs(self):
        """Ancestors below the tree root, home first: the pages routing passed through, or
        one query."""
        trail, page = [], self
        while (parent := getattr(page, "_cached_parent_obj", None)) is not None:
            trail.insert(0, parent)
            page = parent
        if trail and trail[0].depth == 2:
            return trail
        return list(self.get_ancestors().filter(depth__gt=1).specific(defer=True))

    def get_view_restrictions(self):
        """Routing already knows whether any page on the path is private (most are not)."""
        if getattr(self, "on_public_path", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def get_structured_data(self, request):
        """schema.org objects for this page's JSON-LD."""
        return breadcrumb_list(
            [(page.title, page.get_full_url(request)) for page in [*self.breadcrumbs, self]]
        )


def pages_on_path(request, start, path_components):
    """{url_path: page} of the pages below `start` on the requested path, kept on the
    request: the deepest whole (it is usually the one served), the others as their own
    types with Page's fields only (they just route).

    One query reads them, tells whether any page on the path or above it is private, and
    reads the home page's children for `top_pages` (menus, the footer and panels link to
    them)."""
    if getattr(request, "pages_on_path", None) is None:
        url_paths = [
            start.url_path + "".join(f"{c}/" for c in path_components[:taken])
            for taken in range(len(path_components) + 1)
        ]
        rows = list(
            Page.objects.filter(
                Q(url_path__in=url_paths)
                | Q(depth=1)
                | Q(depth=start.depth + 1, path__startswith=start.path)
            )
            .annotate(private=InPrivateSection())
            .order_by("depth", "path")
        )
        on_path = [row for row in rows if row.url_path in url_paths or row.depth == 1]
        if getattr(request, "top_pages", None) is None and start.depth == 2:
            request.top_pages = {
                row.pk: row for row in rows if row.depth == 3 and row.live and not row.private
            }
        public = not any(row.private for row in on_path)
        below = [row for row in on_path if row.depth > start.depth]
        if not below and start.get_deferred_fields():
            below = [start]  # the site's root page, served: read whole now
        pages = [row.specific_deferred for row in below[:-1]] + [serving(row) for row in below[-1:]]
        for page in [start, *pages]:
            page.on_public_path = public
        request.pages_on_path = {page.url_path: page for page in pages}
    return request.pages_on_path


def serving(row):
    """The page of this row as its own type, with what it is served with."""
    pages = row.specific_class.objects.all()
    if isinstance(pages, SitePageQuerySet):
        pages = pages.for_serving()
    return pages.get(pk=row.pk)


def chosen_live_pages(links, field):
    """The live pages editors chose through `links` (an inline of chooser rows whose
    ParentalKey is `page`), in their order, with only what a link to them needs: their
    title and URL."""
    rows = links.select_related(field).only(
        "page", *(f"{field}__{name}" for name in ("title", "slug", "url_path", "live"))
    )
    return [getattr(row, field) for row in rows if getattr(row, field).live]


def top_pages(request):
    """{pk: Page} of the home page's live, public children (the sections, About...); once
    per request, or found while routing."""
    if getattr(request, "top_pages", None) is None:
        site = Site.find_for_request(request)
        pages = SitePageQuerySet(Page)
        children = pages.child_of(site.root_page) if site else pages.none()
        request.top_pages = {page.pk: page for page in children.live().public()}
    return request.top_pages


def breadcrumb_list(items):
    """A schema.org BreadcrumbList from (name, absolute URL) pairs; none for a lone page."""
    if len(items) < 2:
        return []
    return [
        {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": name, "item": url}
                for position, (name, url) in enumerate(items, start=1)
            ],
        }
    ]


class SectionIndexPage(SitePage):
    """The one page at the top of a section (/news/, /tweakments/, /ask-alice/, ...).

    Other pages link to it through `find()`.
    """

    introduction = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two at the top of the page; also its meta description.",
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.introduction

    @classmethod
    def find(cls, request=None):
        """The live section page, or None. A page links to several sections (menus, panels,
        the footer), so with a request all of them are looked up at once, once."""
        if request is None:
            return cls.objects.live().first()
        found = (page for page in top_pages(request).values() if page.specific_class is cls)
        page = next(found, None)
        return page and page.specific_deferred


class HeroImageMixin(models.Model):
    """A wide image at the top of a page, with alt text that falls back to the image's own."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Wide image at the top; set its focal point so crops keep the subject.",
    )
    hero_image_alt = models.CharField(
        "Hero image alt text",
        max_length=250,
        blank=True,
        help_text="Describe the picture for people who can't see it. "
        "Leave blank to use the image's own description.",
    )

    class Meta:
        abstract = True

    @property
    def hero_alt(self):
        if self.hero_image_alt:
            return self.hero_image_alt
        return getattr(self.hero_image, "description", "") or ""

    def get_social_image(self):
        return self.hero_image


class StandardPage(SitePage):
    """About, Terms and conditions, Privacy policy and other plain pages."""

    introduction = models.TextField(
        max_length=400, blank=True, help_text="A short summary shown under the title."
    )
    body = StreamField(StandardBodyBlock(), blank=True)
    last_updated = models.DateField(
        null=True, blank=True, help_text="Shown on legal pages: when the text last changed."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("last_updated"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "tweakments.StandardPage"]
    subpage_types = ["tweakments.StandardPage"]

    class Meta:
        verbose_name = "page"

    def get_meta_description(self):
        return self.search_description or Truncator(self.introduction).chars(160)


@register_setting(icon="cog")
class SiteSettings(BaseGenericSetting):
    site_name = models.CharField(
        max_length=80,
        default="The Tweakments Guide",
        help_text="Used in the header, page titles, feeds and link previews.",
    )
    strapline = models.CharField(
        max_length=120,
        default="The independent guide to non-surgical cosmetic treatments",
        help_text="Shown under the logo and in search results.",
    )
    contact_email = models.EmailField(
        blank=True, help_text="Shown in the footer for readers who want to get in touch."
    )
    ask_question_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where 'Post a Question' links go (for example Ask Alice).",
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editorial_policy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="How we make our content: health pages link to it from their foot.",
    )
    main_menu = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        help_text="The sections in the header, in order. New sections join here.",
    )
    footer_menu = StreamField(
        [("link", NavigationLinkBlock())],
        blank=True,
        help_text="Extra links in the footer (terms and privacy are always there).",
    )
    instagram_url = models.URLField(blank=True)
    facebook_url = models.URLField(blank=True)
    x_url = models.URLField("X (Twitter) URL", blank=True)
    youtube_url = models.URLField("YouTube URL", blank=True)
    tiktok_url = models.URLField("TikTok URL", blank=True)

    # The other linked pages are the home page's children, which the request has anyway
    # (`linked_page`); the editorial policy sits below About.
    select_related = ("editorial_policy_page",)

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("site_name"),
                    FieldPanel("strapline"),
                    FieldPanel("contact_email"),
                    MultiFieldPanel(
                        [
                            FieldPanel("ask_question_page"),
                            FieldPanel("terms_page"),
                            FieldPanel("privacy_page"),
                            FieldPanel("editorial_policy_page"),
                        ],
                        heading="Pages the footer links to",
                    ),
                ],
                heading="Site",
            ),
            ObjectList([FieldPanel("main_menu"), FieldPanel("footer_menu")], heading="Navigation"),
            ObjectList(
                [
                    FieldPanel("instagram_url"),
                    FieldPanel("facebook_url"),
                    FieldPanel("x_url"),
                    FieldPanel("youtube_url"),
                    FieldPanel("tiktok_url"),
                ],
                heading="Social media",
            ),
        ]
    )

    class Meta:
        verbose_name = "Site settings"

    @property
    def social_links(self):
        links = [
            ("Instagram", self.instagram_url),
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("TikTok", self.tiktok_url),
        ]
        return [(name, url) for name, url in links if url]

    def linked_page(self, name, request):
        """The live page a `..._page` setting names, found among the top-level pages the
        request already has (they usually are), else read."""
        pk = getattr(self, f"{name}_id")
        page = top_pages(request).get(pk) if pk and request is not None else None
        return page or (getattr(self, name) if pk else None)

    def menu_links(self, menu, request):
        """[MenuLink] of `main_menu` or `footer_menu`, its pages found among the top-level
        pages the request already has (`top_pages`): no query for a menu of sections."""
        known = top_pages(request)
        values = [link["value"] for link in getattr(self, menu).raw_data]
        missing = {value["page"] for value in values if value.get("page")} - set(known)
        found = {**known, **Page.objects.live().in_bulk(missing)} if missing else known
        links = []
        for value in values:
            page = found.get(value.get("page"))
            url = page.get_url(request) if page else value.get("external_url")
            if url:
                links.append(MenuLink(url, value.get("label") or (page.title if page else url)))
        return links


class MenuLink(NamedTuple):
    url: str
    text: str


class OutboundEmailQuerySet(models.QuerySet):
    def to_address(self, address):
        return self.filter(to__iexact=address.strip()) if address.strip() else self.none()

    def about(self, obj):
        """E-mails about `obj` (a question, a subscriber...), whoever they went to."""
        return self.filter(about_type=ContentType.objects.get_for_model(obj), about_id=obj.pk)

    def about_model(self, model):
        return self.filter(about_type=ContentType.objects.get_for_model(model))

    def about_any(self, model, ids):
        return self.about_model(model).filter(about_id__in=ids)

    def sent_before(self, moment):
        return self.filter(status=OutboundEmail.Status.SENT, sent_at__lt=moment)


class OutboundEmail(models.Model):
    """An e-mail waiting to be sent, or a record of one that was (see tweakments/email.py).

    `about` is the record the e-mail concerns, so that privacy requests find e-mails by
    what they are about and their recipient, never by searching their text; deleting that
    record deletes its e-mails (through a GenericRelation on its model).
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to send"
        # Handed to the mail server, the outcome not yet recorded; one left so by a crash
        # is never sent again (it may have arrived).
        SENDING = "sending", "Being sent (or stopped mid-send)"
        SENT = "sent", "Sent"

    to = models.EmailField()
    subject = models.CharField(max_length=250)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    about_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    about_id = models.PositiveBigIntegerField(null=True, blank=True)
    about = GenericForeignKey("about_type", "about_id")

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["about_type", "about_id"]),
        ]
        verbose_name = "outgoing e-mail"

    def __str__(self):
        return f"{self.subject} → {self.to}"

    def export_personal_data(self):
        return {
            "to": self.to,
            "subject": self.subject,
            "body": self.body_text,
            "status": self.status,
            "created_at": self.created_at.isoformat(),
            "sent_at": self.sent_at.isoformat() if self.sent_at else None,
        }
