import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core import signing
from django.utils import timezone

from core.models import OutboundEmail
from newsletter.deliveries import Mailing
from newsletter.models import MANAGE_SALT, PREVIEW_LINK_MAX_AGE, NewsletterArchivePage
from newsletter.sending import send_test, start_sending
from tests.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from tests.newsletter.factories import NewsletterIssuePageFactory, SubscriberFactory, issue_body
from tests.newsletter.sending_helpers import send_to_the_end

pytestmark = pytest.mark.django_db


def sent(issue, days_ago=0):
    """Mark an issue as gone out `days_ago` (no mail: the archive only needs the date)."""
    issue.save_revision().publish()
    Mailing.objects.create(
        issue=issue,
        status=Mailing.Status.SENT,
        started_at=timezone.now() - datetime.timedelta(days=days_ago),
    )
    return issue


@pytest.fixture
def issues(archive):
    older = sent(NewsletterIssuePageFactory(parent=archive, title="Winter issue"), days_ago=30)
    newer = sent(NewsletterIssuePageFactory(parent=archive, title="Spring issue"), days_ago=2)
    draft = NewsletterIssuePageFactory(parent=archive, title="Draft issue", live=True)
    return {"older": older, "newer": newer, "draft": draft}


def test_archive_lists_sent_issues_newest_first_and_links_the_signup(client, issues):
    response = client.get("/newsletter/issues/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert html.index("Spring issue") < html.index("Winter issue")
    assert "Draft issue" not in html
    assert 'href="/newsletter/"' in html
    assert '<link rel="canonical" href="http://testserver/newsletter/issues/">' in html


def test_web_version_is_public_for_sent_issues_only(client, issues):
    assert client.get(issues["newer"].url).status_code == 200
    assert issues["draft"].url.startswith("/newsletter/issues/")
    assert client.get(issues["draft"].url).status_code == 404


def test_a_test_copy_links_to_a_signed_preview_of_the_unpublished_issue(client, issues, settings):
    draft = issues["draft"]
    draft.title = "Draft issue, revised"
    draft.save_revision()  # saved, not published
    send_test(draft, "ed@example.com")
    [test_copy] = OutboundEmail.objects.all()
    preview_url = draft.preview_url
    assert f"Read it in your browser: http://testserver{preview_url}" in test_copy.body_text
    assert f'href="http://testserver{preview_url}"' in test_copy.body_html

    settings.PAGE_CACHE_ENABLED = True
    for _ in range(2):  # never kept: the second answer is rendered again
        response = client.get(preview_url)
        assert response.status_code == 200 and "X-Page-Cache" not in response
    assert "<h1>Draft issue, revised</h1>" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert client.get(draft.url).status_code == 404  # its own address waits for the send


def test_a_preview_link_refuses_tampering_other_tokens_and_age(client, issues, signed_days_ago):
    draft = issues["draft"]
    token = draft.preview_url.split("/")[-2]
    assert client.get(f"/newsletter/preview/{token[:-2]}xx/").status_code == 404
    manage_token = signing.dumps(draft.pk, salt=MANAGE_SALT)  # signed for another purpose
    assert client.get(f"/newsletter/preview/{manage_token}/").status_code == 404
    assert client.get("/newsletter/preview/<script>/").status_code == 404
    expired = signed_days_ago(PREVIEW_LINK_MAX_AGE.days + 1, lambda: draft.preview_url)
    assert client.get(expired).status_code == 404
    fortnight_less_a_day = signed_days_ago(PREVIEW_LINK_MAX_AGE.days - 1, lambda: draft.preview_url)
    assert client.get(fortnight_less_a_day).status_code == 200
    draft.delete()
    assert client.get(f"/newsletter/preview/{token}/").status_code == 404


def test_the_archive_exists_only_under_newsletter(client, issues):
    assert client.get("/issues/").status_code == 404
    assert client.get("/issues/" + issues["newer"].slug + "/").status_code == 404
    assert client.get("/newsletter/issues/no-such-issue/").status_code == 404


def test_the_archive_slug_is_fixed(archive):
    archive.slug = "back-issues"
    with pytest.raises(Exception, match="/issues/"):
        archive.clean()


def test_web_version_carries_no_personal_data(client, archive, django_capture_on_commit_callbacks):
    reader = SubscriberFactory(first_name="Zebedee")
    issue = NewsletterIssuePageFactory(parent=archive)
    send_to_the_end(issue, django_capture_on_commit_callbacks)
    html = client.get(issue.url).content.decode()
    assert "Zebedee" not in html and reader.email not in html
    assert "/unsubscribe/" not in html and "/preferences/" not in html


def test_feed_lists_sent_issues(client, issues):
    response = client.get("/newsletter/issues/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    titles = [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]
    assert titles == ["Spring issue", "Winter issue"]


def test_sitemap_has_the_archive_and_sent_issues_only(client, issues):
    content = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/newsletter/issues/</loc>" in content
    assert issues["newer"].full_url in content
    assert issues["draft"].full_url not in content


def test_archive_and_issue_query_counts_stay_low(
    client, archive, issues, django_assert_max_num_queries
):
    """The shell costs most of these; the counts do not grow with issues or articles."""
    news = ArticleIndexPageFactory(parent=archive.get_parent())
    articles = [ArticlePageFactory(parent=news) for _ in range(6)]
    two = sent(NewsletterIssuePageFactory(parent=archive, body=issue_body(articles[:2])))
    six = sent(NewsletterIssuePageFactory(parent=archive, body=issue_body(articles)))
    counts = {}
    for url in ["/newsletter/issues/", two.url, six.url]:
        client.get(url)
        with django_assert_max_num_queries(22) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries.captured_queries)
    assert counts[two.url] == counts[six.url]
    for number in range(5):
        sent(NewsletterIssuePageFactory(parent=archive, title=f"Extra {number}"))
    client.get("/newsletter/issues/")  # a page change drops the shared menus; refill them
    with django_assert_max_num_queries(counts["/newsletter/issues/"]):
        client.get("/newsletter/issues/")


def test_archive_tolerates_junk_query_parameters(client, issues):
    response = client.get("/newsletter/issues/?page=abc&q=<script>")
    assert response.status_code == 200


def test_signup_page_links_to_past_issues(client, archive):
    assert f'href="{archive.url}"' in client.get("/newsletter/").content.decode()


def test_manage_topics_link_from_an_issue_good_expired_and_forged(client, topics, monkeypatch):
    reader = SubscriberFactory()
    url = reader.preferences_url
    assert client.get(url).status_code == 200
    forged = signing.dumps(reader.pk, salt="not-the-manage-salt")
    assert client.get(f"/newsletter/preferences/{forged}/").status_code == 400
    token = signing.dumps(reader.pk, salt=MANAGE_SALT)
    real_loads = signing.loads
    monkeypatch.setattr(
        signing,
        "loads",
        lambda value, **kwargs: real_loads(value, **{**kwargs, "max_age": -1}),
    )
    assert client.get(f"/newsletter/preferences/{token}/").status_code == 410


def test_only_one_archive_under_the_home_page(archive):
    assert not NewsletterArchivePage.can_create_at(archive.get_parent())


def test_an_issue_joins_the_archive_as_it_starts_sending(client, issues):
    # The archive was shown (and kept as a fragment) while the issue was only published.
    assert "Draft issue" not in client.get("/newsletter/issues/").content.decode()
    start_sending(issues["draft"])
    assert "Draft issue" in client.get("/newsletter/issues/").content.decode()
    assert client.get(issues["draft"].url).status_code == 200


def test_the_archive_is_in_the_page_cache_and_a_send_purges_it(
    client, settings, issues, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    assert client.get("/newsletter/issues/")["X-Page-Cache"] == "miss"
    assert client.get("/newsletter/issues/")["X-Page-Cache"] == "hit"
    assert client.get(issues["newer"].url)["X-Page-Cache"] == "miss"
    # Links with a subscriber's token are personal: never stored.
    subscriber = SubscriberFactory()
    assert "X-Page-Cache" not in client.get(subscriber.unsubscribe_url)

    with django_capture_on_commit_callbacks(execute=True):
        start_sending(issues["draft"])

    response = client.get("/newsletter/issues/")
    assert response["X-Page-Cache"] == "miss"
    assert "Draft issue" in response.content.decode()
