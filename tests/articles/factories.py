import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from articles.models import ArticleIndexPage, ArticlePage, Expert
from articles.review import CLINICAL_REVIEWERS


class ExpertFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Dr Expert {n}")
    job_title = "Aesthetic doctor"
    clinic = "Harley Street Skin"

    class Meta:
        model = Expert


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    introduction = "The latest articles."

    class Meta:
        model = ArticleIndexPage


def article_body(expert=None, heading="What are they?"):
    body = [
        {"type": "heading", "value": {"text": heading, "level": "h2"}},
        {"type": "paragraph", "value": "<p>" + "Tiny messengers between cells. " * 40 + "</p>"},
    ]
    if expert is not None:
        body.append(
            {
                "type": "expert_quote",
                "value": {"expert": expert.pk, "quote": "The science is remarkable."},
            }
        )
    return body


YOUTUBE_URL = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
VIMEO_URL = "https://vimeo.com/76979871"
# What the oEmbed finders answer for them, stored so that no test asks YouTube or Vimeo.
OEMBED = {
    YOUTUBE_URL: {
        "title": "Anti-wrinkle injections, step by step",
        "provider_name": "YouTube",
        "thumbnail_url": "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
        "html": '<iframe width="200" height="113" '
        'src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" '
        "allowfullscreen></iframe>",
    },
    VIMEO_URL: {
        "title": "Inside a laser clinic",
        "provider_name": "Vimeo",
        "thumbnail_url": "https://i.vimeocdn.com/video/452001751-640.jpg",
        "html": '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e&amp;'
        'app_id=122963" width="640" height="360" frameborder="0"></iframe>',
    },
}


def store_oembed(*urls):
    """The Embed rows Wagtail keeps for these addresses, as if an editor had saved them."""
    for url in urls:
        Embed.objects.create(url=url, hash=get_embed_hash(url), type="video", **OEMBED[url])


def video_body(*urls):
    return [*article_body(), *({"type": "embed", "value": url} for url in urls)]


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Article number {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    standfirst = "A short summary of the article."
    author = factory.SubFactory(ExpertFactory)
    hero_image = factory.SubFactory(wagtail_factories.ImageFactory)
    body = factory.LazyAttribute(lambda page: article_body(page.author))

    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(page, create, extracted, **kwargs):
        if extracted:
            page.tags.set(extracted)
            if create:
                page.save_revision().publish()


def make_clinical_reviewer(user, name="Dr Sarah Okafor", number="7012345"):
    """`user` in the Clinical reviewers group, as a GMC-registered Expert."""
    group, _ = Group.objects.get_or_create(name=CLINICAL_REVIEWERS)
    user.groups.add(group)
    return ExpertFactory(name=name, register="GMC", registration_number=number, user=user)
