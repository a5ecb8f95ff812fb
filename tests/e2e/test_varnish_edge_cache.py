"""Varnish (deploy/varnish/default.vcl) in front of a live server: it keeps our public pages
and drops them when wagtail.contrib.frontend_cache purges after a publish.

Here with the e2e journeys because live_server's flush must run after the other tests."""

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
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError("varnishd did not start")


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    if not Path(VARNISHD).exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the Varnish test: apt-get install varnish")
        pytest.skip("varnishd not installed")
    app = urlsplit(live_server.url)
    vcl = VCL.read_text().replace(
        '.host = "127.0.0.1"; .port = "8000";', f'.host = "{app.hostname}"; .port = "{app.port}";'
    )
    vcl_path = tmp_path / "test.vcl"
    vcl_path.write_text(vcl)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 - our own binary and arguments
        [VARNISHD, "-F", "-j", "none", "-n", str(tmp_path / "varnish"), "-a", f"127.0.0.1:{port}"]
        + ["-f", str(vcl_path), "-s", "malloc,32m"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        settings.PAGE_CACHE_ENABLED = True
        settings.WAGTAILFRONTENDCACHE = {
            **settings.WAGTAILFRONTENDCACHE,
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
            },
        }
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def fetch(base, path):
    # The Host the Site is configured with, as a purge names it.
    request = urllib.request.Request(base + path, headers={"Host": "localhost"})  # noqa: S310
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

    about.title = "About the independent guide"
    about.save_revision().publish()

    _, fresh = fetch(varnish, "/about/")
    assert "About the independent guide" in fresh
