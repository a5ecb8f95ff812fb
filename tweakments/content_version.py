"""One token for the site's content as it stands, and what is worked out from it.

Every page asks the same things: the Site for its host, the settings, the menus, where each
section lives, whether any page is private. They change only when an editor saves
something, so each process keeps the answers in memory (`remember`), and one round trip to
the shared cache per request (`ContentVersionMiddleware`) tells whether they still hold.
The token is renewed (`renew`) whenever a page, a setting, a snippet shown on pages or a
Site changes, which makes every process drop its copies at its next request.

Rendered HTML is kept the same way (`fragment`, and `{% fragment %}` in templates): a page's
content, its panels, its JSON-LD, the footer. Such a fragment is shared by everyone who
asks for the same thing (anonymous readers, editors, every query-string variant the page
cache stores apart) until anything on the site changes.

Outside a request (commands, background tasks) nothing is kept in memory: `remember` asks
the shared cache, where the answers are stored under the token too.
"""

import threading
import uuid
from collections import OrderedDict

from django.core.cache import cache
from django.db import transaction
from wagtail.models import Page

VERSION_KEY = "content:version"
# Answers and fragments are stored under the token, so an old one is never read again:
# it just expires.
ANSWER_TIMEOUT = 60 * 60 * 24
FRAGMENT_TIMEOUT = 60 * 60 * 24
# Fragments each process keeps in memory besides the shared cache: search terms and filter
# combinations are unbounded, so the least recently used go first.
FRAGMENTS_IN_MEMORY = 300

_request = threading.local()
_MISSING = object()


class _Memory:
    """This process's answers and most recently used fragments, valid for one token."""

    def __init__(self, token=None):
        self.token = token
        self.answers = {}
        self.fragments = OrderedDict()


_memory = _Memory()


def _shared_token():
    token = cache.get(VERSION_KEY)
    if token is None:
        # add(), not set(): when two processes start at once, the first token stays.
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        token = cache.get(VERSION_KEY)
    return token


def current():
    """The token this request saw (one shared-cache read per request), or the shared one."""
    return getattr(_request, "token", None) or _shared_token()


def remember(name, compute):
    """`compute()`'s answer, kept until the content changes.

    In a request it comes from this process's memory when it can (no round trip), else from
    the shared cache, else `compute()` works it out and both keep it."""
    token = getattr(_request, "token", None)
    if token is not None and _memory.token == token:
        answer = _memory.answers.get(name, _MISSING)
        if answer is not _MISSING:
            return answer
    answer = cache.get(f"content:{token or _shared_token()}:{name}", _MISSING)
    if answer is _MISSING:
        answer = compute()
        # compute() may itself have changed the content (a setting's first row), which
        # renewed this request's token: the answer belongs to the new one.
        token = getattr(_request, "token", None) or token
        cache.set(f"content:{token or _shared_token()}:{name}", answer, ANSWER_TIMEOUT)
    if token is not None:
        _keep(token, name, answer)
    return answer


def _keep(token, name, answer):
    global _memory
    if _memory.token != token:
        _memory = _Memory(token)
    _memory.answers[name] = answer


def fragment(name, render):
    """The HTML `render()` makes, kept until the content changes: in this process's memory
    (the most recently used) and in the shared cache."""
    token = getattr(_request, "token", None)
    in_memory = _memory.fragments if token is not None and _memory.token == token else None
    if in_memory is not None and name in in_memory:
        in_memory.move_to_end(name)
        return in_memory[name]
    key = f"fragment:{token or _shared_token()}:{name}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, FRAGMENT_TIMEOUT)
    if in_memory is not None and _memory.token == token:
        in_memory[name] = html
        if len(in_memory) > FRAGMENTS_IN_MEMORY:
            in_memory.popitem(last=False)
    return html


def renew(**kwargs):
    """The content changed: every process works its answers out again.

    Now, so the rest of this request sees the change, and again when the transaction
    commits, since another process may have stored answers read before the commit."""
    _set_new_token()
    transaction.on_commit(_set_new_token)


def renew_if_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        renew()


def _set_new_token():
    global _memory
    token = uuid.uuid4().hex
    cache.set(VERSION_KEY, token, None)
    _memory = _Memory()
    if getattr(_request, "token", None) is not None:
        _request.token = token


class ContentVersionMiddleware:
    """Reads the token once per request, for `remember` and fragment keys."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.token = _shared_token()
        try:
            return self.get_response(request)
        finally:
            _request.token = None
