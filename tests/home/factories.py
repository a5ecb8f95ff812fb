import wagtail_factories

from home.models import HomePage

# What a new site's home page shows, in order (the demo content sets its own).
DEFAULT_SECTIONS = [
    {"type": "articles", "value": {"heading": "Latest news and reviews", "latest_count": 6}},
    {"type": "finder", "value": {"heading": "Tweakment Finder"}},
    {"type": "answers", "value": {"heading": "Latest answers from Alice", "count": 3}},
    {"type": "practitioner_search", "value": {"heading": "Find a practitioner"}},
]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Honest advice on tweakments"
    hero_text = "Independent, expert reviews of non-surgical treatments."
    sections = DEFAULT_SECTIONS

    class Meta:
        model = HomePage


def feature_articles(home_page, articles):
    """Choose the home page's featured articles, in order."""
    sections = home_page.sections.raw_data
    for section in sections:
        if section["type"] == "articles":
            section["value"]["featured"] = [article.pk for article in articles]
    home_page.sections = list(sections)
    home_page.save()
