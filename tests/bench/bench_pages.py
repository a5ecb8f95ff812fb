"""Throughput, latency and CPU of every page type under gunicorn, against a hello-world view.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_pages \\
        .venv/bin/python -m pytest -m bench -s tests/bench/bench_pages.py

DATABASE_URL names a PostgreSQL database the bench may create, migrate and seed with the
demo content (postcodes included: the directory is searched by postcode). BENCH_REPO serves
another checkout of the site instead of this one (e.g. a worktree of an older commit, with
its own database), to compare before and after.

Each server is gunicorn with 2 sync workers and production settings on a loopback port,
with Redis (database 7) as the shared cache when one runs at 127.0.0.1:6379. Each page is
loaded for a fixed time by 4 concurrent clients, `wrk` when it is installed (Debian's
package), else Python threads: once with the page cache off (PAGE_CACHE_ENABLED=0) and once
with it on, after a warm-up. CPU ms per request is the workers' user + system time (from
/proc) over the requests served, so it leaves out PostgreSQL, Redis and the load generator.
Queries per page are counted by Django's test client on a warm request, in the served
checkout with the same settings (tests/bench/page_queries.py); "cold" is the same client's
queries and median CPU ms for a request after the shared cache is emptied (as after a
change, before fragments and remembered answers are back), in one process, not gunicorn.
"""

import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.bench

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("BENCH_REPO") or HERE.parents[1]).resolve()
PORT = int(os.environ.get("BENCH_PORT", "8241"))
HOST = "localhost"
CLIENTS = 4
UNCACHED_SECONDS = 4
CACHED_SECONDS = 3
WARM_UP_REQUESTS = 3
REDIS = ("127.0.0.1", 6379)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def listening(address):
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(address) == 0


def database_url():
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("set DATABASE_URL to a PostgreSQL database the bench may seed")
    return url


def create_database(url):
    import psycopg2
    from psycopg2 import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = parts._replace(path="/postgres").geturl()
    connection = psycopg2.connect(server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    connection.close()


def site_environment(url, page_cache):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tweakments.settings.production",
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-pages-not-secret",
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "SITE_URL": f"http://{HOST}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "PAGE_CACHE_ENABLED": "1" if page_cache else "0",
        "LOG_LEVEL": "WARNING",
    }
    if listening(REDIS):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/7"
        env["CACHE_KEY_PREFIX"] = f"bench-pages-{os.getpid()}"
    return env


def manage(env, *args, stdin=None):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def prepare(url):
    """Migrate, load postcodes and seed the demo once; collect static files."""
    create_database(url)
    dev = {**site_environment(url, False), "DJANGO_SETTINGS_MODULE": "tweakments.settings.dev"}
    manage(dev, "migrate", "--noinput", "-v", "0")
    manage(dev, "load_postcodes", "--if-empty")
    manage(dev, "seed_demo", "--once")
    # The manifest storage of production needs the hashed files names.
    manage(site_environment(url, False), "collectstatic", "--noinput", "-v", "0")


def page_queries(url):
    script = (HERE / "page_queries.py").read_text()
    out = manage(site_environment(url, False), "shell", "-v", "0", stdin=script)
    line = next(line for line in out.splitlines() if line.startswith("PAGE_QUERIES "))
    return json.loads(line.removeprefix("PAGE_QUERIES "))


class Gunicorn:
    """gunicorn with 2 sync workers on PORT; the workers' CPU time read from /proc."""

    def __init__(self, app, cwd, env):
        self.command = [sys.executable, "-m", "gunicorn", app, "--workers", "2"]
        self.command += ["--worker-class", "sync", "--bind", f"127.0.0.1:{PORT}"]
        self.command += ["--log-level", "warning", "--chdir", str(cwd)]
        self.env = env

    def __enter__(self):
        if listening(("127.0.0.1", PORT)):
            pytest.fail(f"port {PORT} is taken (set BENCH_PORT)")
        self.process = subprocess.Popen(self.command, env=self.env)  # noqa: S603
        deadline = time.monotonic() + 60
        while not (listening(("127.0.0.1", PORT)) and len(self.workers()) == 2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.2)
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(20)

    def workers(self):
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return [int(child) for child in children]

    def cpu_seconds(self):
        total = 0
        for pid in self.workers():
            # Fields after the ")" that ends the command name: utime and stime are 12 and 13.
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            total += int(fields[11]) + int(fields[12])
        return total / CLOCK_TICKS


def get(path):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": HOST})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("X-Page-Cache")
    finally:
        connection.close()


def python_load(path, seconds):
    """CLIENTS threads, each a request at a time (sync workers close every connection)."""
    deadline = time.monotonic() + seconds
    latencies, errors = [], []

    def client():
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status, _ = get(path)
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(status)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    return len(latencies), elapsed, statistics.median(latencies) * 1000, len(errors)


WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk_load(path, seconds):
    out = subprocess.run(  # noqa: S603 - Debian's wrk, loopback only
        [shutil.which("wrk"), "-t", "2", "-c", str(CLIENTS), "-d", f"{seconds}s", "--latency"]
        + ["-H", f"Host: {HOST}", f"http://127.0.0.1:{PORT}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requests, elapsed = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out).groups()[:2]
    unit = re.search(r"requests in [\d.]+(m?s)", out).group(1)
    elapsed = float(elapsed) / (1000 if unit == "ms" else 1)
    p50, p50_unit = re.search(r"50%\s+([\d.]+)(us|ms|s)", out).groups()
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return int(requests), elapsed, float(p50) * WRK_UNITS[p50_unit], int(bad.group(1)) if bad else 0


def load(server, path, seconds):
    """(req/s, p50 ms, worker CPU ms per request, non-200 responses) of a fixed-time load."""
    for _ in range(WARM_UP_REQUESTS):
        get(path)
    before = server.cpu_seconds()
    run = wrk_load if shutil.which("wrk") else python_load
    requests, elapsed, p50, errors = run(path, seconds)
    cpu = server.cpu_seconds() - before
    return requests / elapsed, p50, cpu * 1000 / max(requests, 1), errors


def test_page_throughput_against_hello_world():
    url = database_url()
    prepare(url)
    pages = page_queries(url)

    with Gunicorn("hello_wsgi:application", HERE, {**os.environ}) as server:
        hello_rps, hello_p50, hello_cpu, _ = load(server, "/", CACHED_SECONDS)

    results = {}
    with Gunicorn("tweakments.wsgi:application", REPO, site_environment(url, False)) as server:
        for name, page in pages.items():
            if page:
                results[name] = {"uncached": load(server, page["url"], UNCACHED_SECONDS)}
    with Gunicorn("tweakments.wsgi:application", REPO, site_environment(url, True)) as server:
        for name, page in pages.items():
            if not page:
                continue
            get(page["url"])  # stores it
            if get(page["url"])[1] == "hit":
                results[name]["cached"] = load(server, page["url"], CACHED_SECONDS)

    client = "wrk" if shutil.which("wrk") else "Python threads"
    print(f"\n{REPO} · gunicorn 2 sync workers · {CLIENTS} clients ({client})")
    print(f"hello world: {hello_rps:,.0f} req/s, p50 {hello_p50:.1f} ms, {hello_cpu:.2f} CPU ms")
    header = f"{'page':22} {'queries':>7} │ {'cold':^15} │ {'uncached':^34} │ {'cached':^34}"
    columns = f"{'req/s':>7} {'p50 ms':>7} {'CPU ms':>7} {'÷hello':>9}"
    print(header)
    print(f"{'':22} {'':>7} │ {'queries':>7} {'CPU ms':>7} │ {columns} │ {columns}")

    def cells(figures):
        if figures is None:
            return f"{'— not cached —':^34}"
        rps, p50, cpu, errors = figures
        flag = f" ({errors} non-200)" if errors else ""
        return f"{rps:7,.0f} {p50:7.1f} {cpu:7.1f} {rps / hello_rps:9.3f}{flag}"

    for name, page in pages.items():
        if not page:
            print(f"{name:22} {'—':>7} │ {'':15} │ {'— no such page —':^34} │")
            continue
        figures = results[name]
        queries = f"{page['queries']}" + ("" if page["status"] == 200 else f" ({page['status']})")
        cold = f"{page.get('cold_queries', '—'):>7} {page.get('cold_cpu_ms', float('nan')):7.1f}"
        uncached, cached = cells(figures["uncached"]), cells(figures.get("cached"))
        print(f"{name:22} {queries:>7} │ {cold} │ {uncached} │ {cached}")
    assert all(page is None or page["status"] == 200 for page in pages.values())
