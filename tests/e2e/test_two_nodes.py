"""Two app servers (gunicorn, each with its own memory) on one PostgreSQL and one Redis, with
the Varnish of deploy/varnish in front: an editor publishes through node A, and node B and
Varnish serve the change on the next request.

With the e2e journeys because the database must be committed for the servers to read it."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.db import connection
from playwright.sync_api import Page, expect

from tests.core.factories import StandardPageFactory

from .test_varnish_edge_cache import free_port, start_varnish, wait_for

pytestmark = pytest.mark.varnish

REPO = Path(__file__).resolve().parents[2]
USERNAME, PASSWORD = "editor", "a-long-editor-password-42"


def required(reason):
    if os.environ.get("CI"):
        pytest.fail(f"CI must run the two-node test: {reason}")
    pytest.skip(reason)


def database_url():
    if connection.vendor != "postgresql":
        required("the servers share the test database, which needs PostgreSQL")
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def redis_url():
    with socket.socket() as sock:
        if sock.connect_ex(("127.0.0.1", 6379)) != 0:
            required("no Redis at 127.0.0.1:6379")
    return "redis://127.0.0.1:6379/8"


@pytest.fixture
def nodes(transactional_db, home_page, tmp_path):
    """Varnish on one port, nodes A and B behind it, sharing the database and Redis."""
    database, redis = database_url(), redis_url()
    ports = {"A": free_port(), "B": free_port()}
    varnish_port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tweakments.settings.dev",
        "DATABASE_URL": database,
        "REDIS_URL": redis,
        "CACHE_KEY_PREFIX": f"two-nodes-{uuid.uuid4().hex}",
        "VARNISH_URL": f"http://127.0.0.1:{varnish_port}",
        "SITE_URL": "http://testserver",
        "ALLOWED_HOSTS": "*",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "LOG_LEVEL": "WARNING",
    }
    servers = [
        subprocess.Popen(  # noqa: S603 - our own app
            [sys.executable, "-m", "gunicorn", "tweakments.wsgi:application"]
            + ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--log-level", "warning"],
            cwd=REPO,
            env=environment,
        )
        for port in ports.values()
    ]
    try:
        for port in ports.values():
            wait_for(port, seconds=30)
        # The editor is made by a node's code, with the password hashers the nodes use.
        made = subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", "createsuperuser", "--noinput"]
            + ["--username", USERNAME, "--email", "editor@example.com"],
            cwd=REPO,
            env={**environment, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
            capture_output=True,
            text=True,
        )
        assert made.returncode == 0, made.stderr
        with start_varnish(tmp_path, [ports["A"], ports["B"]], varnish_port) as varnish:
            yield {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}, varnish
    finally:
        for server in servers:
            server.terminate()
            server.wait(20)


def fetch(base, path):
    request = urllib.request.Request(base + path, headers={"Host": "testserver"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
        return response.headers, response.read().decode()


def test_a_publish_through_node_a_is_served_by_node_b_and_varnish(page: Page, nodes, home_page):
    (node, varnish) = nodes
    about = StandardPageFactory(parent=home_page, title="About the guide", slug="about")

    # Both nodes and Varnish keep the page.
    for _ in range(2):
        headers, body = fetch(node["B"], "/about/")
    assert headers["X-Page-Cache"] == "hit" and "About the guide" in body
    fetch(varnish, "/about/")
    time.sleep(1.1)
    headers, _ = fetch(varnish, "/about/")
    assert int(headers["Age"]) > 0

    page.goto(node["A"] + "/admin/login/")
    page.get_by_label("Username").fill(USERNAME)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(node["A"] + "/admin/")
    page.goto(f"{node['A']}/admin/pages/{about.pk}/edit/")
    page.get_by_role("textbox", name=re.compile(r"^Title")).fill("About the independent guide")
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("has been published")).to_be_visible()

    _, from_b = fetch(node["B"], "/about/")
    assert "About the independent guide" in from_b
    _, from_varnish = fetch(varnish, "/about/")
    assert "About the independent guide" in from_varnish
