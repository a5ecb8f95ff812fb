"""Varnish (deploy/varnish/default.vcl) in front of a live server: it keeps our public pages,
never a visitor's search, and drops them all when a publish purges the site.

Here with the e2e journeys because live_server's flush must run after the other tests."""

import contextlib
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.core.factories import StandardPageFactory

pytestmark = pytest.mark.varnish

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "default.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, seconds=15):
    """Until something listens on the port."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")


@contextlib.contextmanager
def start_varnish(folder, app_ports, port):
    """varnishd with deploy/varnish's VCL, in front of the app servers on `app_ports`."""
    if not Path(VARNISHD).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the Varnish tests: apt-get install varnish")
        pytest.skip("varnishd not installed")
    backends = "\n".join(
        f'backend app{n} {{ .host = "127.0.0.1"; .port = "{app}"; }}'
        for n, app in enumerate(app_ports, start=1)
    )
    nodes = "\n".join(f"    nodes.add_backend(app{n});" for n in range(1, len(app_ports) + 1))
    vcl = (
        VCL.read_text()
        .replace('backend app1 { .host = "127.0.0.1"; .port = "8000"; }', backends)
        .replace("    nodes.add_backend(app1);", nodes)
    )
    vcl_path = folder / "test.vcl"
    vcl_path.write_text(vcl)
    process = subprocess.Popen(  # noqa: S603 - our own binary and arguments
        [VARNISHD, "-F", "-j", "none", "-n", str(folder / "varnish"), "-a", f"127.0.0.1:{port}"]
        + ["-f", str(vcl_path), "-s", "malloc,32m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    port = free_port()
    with start_varnish(tmp_path, [urlsplit(live_server.url).port], port) as url:
        settings.PAGE_CACHE_ENABLED = True
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": url,
            },
        }
        yield url


def fetch(base, path):
    # The host of SITE_URL, as a purge names it.
    request = urllib.request.Request(base + path, headers={"Host": "testserver"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
        return response.headers, response.read().decode()


def test_varnish_keeps_public_pages_and_a_publish_purges_them(varnish, home_page):
    about = StandardPageFactory(parent=home_page, title="About the guide", slug="about")

    first_headers, first = fetch(varnish, "/about/")
    time.sleep(1.1)
    headers, body = fetch(varnish, "/about/")
    assert "About the guide" in first and body == first
    assert int(headers["Age"]) > 0
    assert "Set-Cookie" not in headers

    fetch(varnish, "/about/?page=2")  # a query-string variant, kept too

    about.title = "About the independent guide"
    about.save_revision().publish()

    _, fresh = fetch(varnish, "/about/")
    assert "About the independent guide" in fresh
    headers, variant = fetch(varnish, "/about/?page=2")
    assert "About the independent guide" in variant


def test_varnish_never_keeps_a_visitors_search(varnish, home_page):
    StandardPageFactory(parent=home_page, title="About the guide", slug="about")
    for _ in range(2):
        headers, _ = fetch(varnish, "/search/?q=my+lip+filler")
    assert int(headers.get("Age", 0)) == 0
    assert "private" in headers["Cache-Control"]
