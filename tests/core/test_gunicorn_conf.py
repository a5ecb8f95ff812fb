"""deploy/gunicorn.conf.py: what it reads from the environment, and what gunicorn then
believes about X-Forwarded-Proto (by default gunicorn believes it from loopback)."""

import os
import runpy
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CONF = REPO / "deploy" / "gunicorn.conf.py"
ENVIRONMENT = (
    *("FORWARDED_ALLOW_IPS", "GUNICORN_WORKERS", "GUNICORN_TIMEOUT", "GUNICORN_BIND"),
    "RUNTIME_DIRECTORY",
)


def load(monkeypatch, **environ):
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONF))


def test_defaults_trust_no_proxy_and_log_to_stdout(monkeypatch):
    conf = load(monkeypatch)
    assert conf["forwarded_allow_ips"] == ""
    assert conf["accesslog"] == "-" and conf["errorlog"] == "-"
    assert conf["wsgi_app"] == "tweakments.wsgi:application"
    assert conf["bind"] == "127.0.0.1:8000"
    assert conf["workers"] >= 2 and conf["timeout"] == 30


def test_settings_come_from_the_environment(monkeypatch):
    conf = load(
        monkeypatch,
        FORWARDED_ALLOW_IPS="10.0.0.5",
        GUNICORN_WORKERS="7",
        GUNICORN_TIMEOUT="45",
        GUNICORN_BIND="0.0.0.0:9000",
        RUNTIME_DIRECTORY="/run/tweakments-web",
    )
    assert conf["forwarded_allow_ips"] == "10.0.0.5"
    assert conf["control_socket"] == "/run/tweakments-web/gunicorn.ctl"
    assert (conf["workers"], conf["timeout"], conf["bind"]) == (7, 45, "0.0.0.0:9000")


ECHO_APP = """
def application(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [environ["wsgi.url_scheme"].encode()]
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scheme_seen_by_the_app(tmp_path, forwarded_allow_ips=None):
    """Serve an app that prints wsgi.url_scheme with gunicorn and our config, and ask it
    over plain HTTP from 127.0.0.1 with X-Forwarded-Proto: https."""
    (tmp_path / "echo_app.py").write_text(ECHO_APP)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ENVIRONMENT}
    env.update(GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_WORKERS="1")
    if forwarded_allow_ips is not None:
        env["FORWARDED_ALLOW_IPS"] = forwarded_allow_ips
    server = subprocess.Popen(  # noqa: S603 - our own interpreter and config
        [sys.executable, "-m", "gunicorn", "-c", str(CONF), "--chdir", str(tmp_path), "echo_app"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/", headers={"X-Forwarded-Proto": "https"}
        )
        for _ in range(100):
            try:
                with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
                    scheme = response.read().decode()
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not start")
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    return scheme, output


def test_gunicorn_believes_no_forwarded_scheme_unless_told(tmp_path):
    scheme, output = scheme_seen_by_the_app(tmp_path)
    assert scheme == "http"
    assert '"GET / HTTP/1.1" 200' in output  # the access log, on stdout
    scheme, _ = scheme_seen_by_the_app(tmp_path, forwarded_allow_ips="127.0.0.1")
    assert scheme == "https"
