"""Sending one issue to 10,000 confirmed subscribers, killing the worker half-way.

Everything runs as it does in production: PostgreSQL, the database task backend
(django_tasks_db) and one `manage.py db_worker` process, SMTP to a local aiosmtpd sink
started here on a loopback port. Half-way the worker is killed (SIGKILL: a crash, not a
graceful stop) and started again, with `newsletter_send` run every ten seconds as cron
would; the sink must then have received exactly 10,000 messages, one per reader.

Run with `.venv/bin/pytest -m bench tests/bench/bench_newsletter_send.py -s`. It uses its
own database (NEWSLETTER_BENCH_DATABASE_URL, default tw_newsletter_bench on the local
PostgreSQL), dropped and created afresh.
"""

import collections
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from email.parser import BytesHeaderParser
from pathlib import Path
from urllib.parse import urlsplit

import psycopg2
import pytest
from aiosmtpd.controller import Controller

pytestmark = pytest.mark.bench

# 10,000 by default; fewer for a quicker look (NEWSLETTER_BENCH_READERS=2000).
READERS = int(os.environ.get("NEWSLETTER_BENCH_READERS", "10000"))
ROOT = Path(__file__).resolve().parents[2]
DATABASE_URL = os.environ.get(
    "NEWSLETTER_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tw_newsletter_bench"
)
TIMEOUT = 3600  # seconds for the whole send
CRON_INTERVAL = 10  # seconds between runs of `newsletter_send` (each is a Django start-up)

SET_UP = f"""
from django.utils import timezone
from wagtail.models import Page, Site
from newsletter.models import (
    CURRENT_CONSENT_VERSION, NewsletterArchivePage, NewsletterIssuePage, Subscriber,
)
from home.models import HomePage

root = Page.get_first_root_node()
Page.objects.filter(depth=2).delete()
home = root.add_child(instance=HomePage(title="Home", slug="home", hero_heading="Hello"))
Site.objects.all().delete()
Site.objects.create(hostname="localhost", root_page=home, is_default_site=True, site_name="Bench")
archive = home.add_child(instance=NewsletterArchivePage(title="Issues", slug="issues"))
body = [
    {{"type": "intro", "value": "<p>Hello from the editors: ten thousand of you now.</p>"}},
    {{"type": "text", "value": "<p>Tom &amp; Jerry's <a href='/news/'>peels</a>.</p>"}},
    {{"type": "call_out", "value": {{"heading": "Ask Alice", "text": "Questions answered.",
        "page": None, "external_url": "https://www.example.org/ask/", "button_label": "Ask"}}}},
]
issue = archive.add_child(instance=NewsletterIssuePage(
    title="Bench issue", slug="bench", subject="Ten thousand", preheader="A test", body=body,
))
issue.save_revision()
now = timezone.now()
Subscriber.objects.bulk_create(
    [
        Subscriber(
            email=f"reader{{n}}@example.com", email_normalised=f"reader{{n}}@example.com",
            status="confirmed", consent_version=CURRENT_CONSENT_VERSION,
            consent_given_at=now, created_at=now, confirmed_at=now,
        )
        for n in range({READERS})
    ],
    batch_size=2000,
)
"""
START = """
from newsletter.models import NewsletterIssuePage
from newsletter.sending import start_sending
print(start_sending(NewsletterIssuePage.objects.get(slug="bench")))
"""


class CountingSink:
    """aiosmtpd handler: counts messages and their Message-IDs (headers only)."""

    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.message_ids = collections.Counter()
        self.one_click = 0

    async def handle_DATA(self, server, session, envelope):
        headers = BytesHeaderParser().parsebytes(envelope.content)
        with self.lock:
            self.count += 1
            self.message_ids[headers["Message-ID"]] += 1
            if headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click":
                self.one_click += 1
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def recreate_database():
    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = psycopg2.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username,
        password=parts.password, dbname="postgres",
    )  # fmt: skip
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    admin.close()


def query(sql):
    parts = urlsplit(DATABASE_URL)
    with psycopg2.connect(
        host=parts.hostname, port=parts.port or 5432, user=parts.username,
        password=parts.password, dbname=parts.path.lstrip("/"),
    ) as connection, connection.cursor() as cursor:  # fmt: skip
        cursor.execute(sql)
        return cursor.fetchall()


def peak_memory_mb(pid):
    """The process's peak resident memory so far (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def test_ten_thousand_readers_each_get_one_copy_through_a_crash(tmp_path):
    sink = CountingSink()
    port = free_port()
    # A fixed server name: else aiosmtpd looks up this host's name for every connection.
    controller = Controller(sink, hostname="127.0.0.1", port=port, server_hostname="sink.local")
    controller.start()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tweakments.settings.production",
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "DATABASE_URL": DATABASE_URL,
        "ALLOWED_HOSTS": "localhost",
        "SECURE_SSL_REDIRECT": "0",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "SITE_URL": "https://www.tweakments.example",
        "NEWSLETTER_BATCH_SIZE": "200",
        "NEWSLETTER_BATCH_PAUSE_SECONDS": "0",
        "NEWSLETTER_RETRY_SECONDS": "5",
        "NEWSLETTER_STALLED_AFTER_SECONDS": "10",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    log = (tmp_path / "worker.log").open("w")

    def manage(*args, **kwargs):
        return subprocess.run(  # noqa: S603 - our own manage.py, arguments as a list
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
            capture_output=True, text=True, **kwargs,
        )  # fmt: skip

    def start_worker():
        return subprocess.Popen(  # noqa: S603 - our own manage.py, arguments as a list
            [sys.executable, "manage.py", "db_worker", "--interval", "0.05",
             "--no-startup-delay", "--no-reload", "-v", "0"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip

    try:
        recreate_database()
        manage("migrate", "--noinput", "-v", "0")
        manage("shell", "-c", SET_UP)
        worker = start_worker()
        peak = 0.0
        started = time.perf_counter()
        assert manage("shell", "-c", START).stdout.split()[-1] == str(READERS)

        while sink.count < READERS // 2:
            peak = max(peak, peak_memory_mb(worker.pid))
            assert time.perf_counter() - started < TIMEOUT, "stuck before half-way"
            time.sleep(0.05)
        killed_at = sink.count
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        crash_at = time.perf_counter()
        time.sleep(1)
        worker = start_worker()
        down = time.perf_counter() - crash_at

        last_cron = 0.0
        while True:
            peak = max(peak, peak_memory_mb(worker.pid))
            [(status,)] = query("SELECT status FROM newsletter_mailing")
            if status == "sent":
                break
            assert time.perf_counter() - started < TIMEOUT, f"stuck at {sink.count}"
            if time.perf_counter() - last_cron > CRON_INTERVAL:
                manage("newsletter_send")
                last_cron = time.perf_counter()
            time.sleep(0.1)
        total = time.perf_counter() - started
        time.sleep(1)  # anything still in flight would arrive now
        figures = dict(query("SELECT status, count(*) FROM newsletter_delivery GROUP BY status"))
    finally:
        if "worker" in locals():
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=30)
        controller.stop()
        log.close()

    duplicates = sum(count - 1 for count in sink.message_ids.values() if count > 1)
    print(
        f"\nnewsletter send: {READERS} readers, worker killed at {killed_at} and restarted "
        f"after {down:.1f} s\n"
        f"  total {total:.1f} s, {READERS / total:.0f} messages/s overall "
        f"({READERS / (total - down):.0f} messages/s without the downtime)\n"
        f"  peak worker memory {peak:.0f} MB\n"
        f"  sink: {sink.count} messages, {len(sink.message_ids)} distinct Message-IDs, "
        f"{duplicates} duplicates, {sink.one_click} with one-click unsubscribe\n"
        f"  deliveries: {figures}"
    )
    assert figures == {"sent": READERS}
    assert len(sink.message_ids) == READERS
    assert sink.count == READERS, f"{duplicates} sent twice"
    assert sink.one_click == READERS
