"""Every page type under gunicorn: cold (every cache off), a page-cache hit and a Varnish
hit, beside a Django hello-world view and a static file served by nginx, in one run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_pages \\
        .venv/bin/python -m pytest -m bench -s tests/bench/bench_pages.py

DATABASE_URL names a PostgreSQL database the bench may create, migrate and seed with the
demo content (postcodes included). BENCH_REPO serves another checkout instead of this one
(a worktree of an older commit, with its own database), to compare before and after.

Each server is gunicorn with 2 sync workers and production settings on a loopback port;
the shared cache is Redis (database 7) when one runs at 127.0.0.1:6379. "Cold" runs with
every Django cache a dummy and the page cache off (a settings module written next to the
run), so each request does all its work. Each URL is loaded for a fixed time by 4 clients
with `wrk` (Debian's package), else Python threads. CPU ms per request is the serving
processes' user + system time from /proc over the requests served (gunicorn's workers,
nginx's workers or varnishd's child), so it leaves out PostgreSQL, Redis and the load
generator. Queries are counted by Django's test client with every cache off.
"""

import contextlib
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.test_varnish_edge_cache import start_varnish

pytestmark = pytest.mark.bench

HERE = Path(__file__).resolve().parent
REPO = Path(os.environ.get("BENCH_REPO") or HERE.parents[1]).resolve()
PORT = int(os.environ.get("BENCH_PORT", "8241"))
HOST = "localhost"
CLIENTS = 4
SECONDS = int(os.environ.get("BENCH_SECONDS", "4"))
WARM_UP_REQUESTS = 3
REDIS = ("127.0.0.1", 6379)
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
NO_CACHES = """from tweakments.settings.production import *  # noqa: F403
DUMMY = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
CACHES = {"default": DUMMY, "pages": DUMMY}
PAGE_CACHE_ENABLED = False
"""
NGINX = """daemon off; worker_processes 2; pid {folder}/nginx.pid; error_log {folder}/error.log;
events {{}}
http {{ access_log off;
  server {{ listen 127.0.0.1:{port}; location /static/ {{ alias {root}/; }} }} }}
"""


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
    connection = psycopg2.connect(parts._replace(path="/postgres").geturl())
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    connection.close()


def site_environment(url, settings="tweakments.settings.production", extra_path=None):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": url,
        "SECRET_KEY": "bench-pages-not-secret",
        "ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "SITE_URL": f"http://{HOST}",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "PAGE_CACHE_ENABLED": "1",
        "LOG_LEVEL": "WARNING",
    }
    if extra_path:
        env["PYTHONPATH"] = f"{extra_path}:{REPO}"
    if listening(REDIS):
        env["REDIS_URL"] = "redis://127.0.0.1:6379/7"
        env["CACHE_KEY_PREFIX"] = f"bench-pages-{os.getpid()}-{time.monotonic_ns()}"
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
    dev = {**site_environment(url), "DJANGO_SETTINGS_MODULE": "tweakments.settings.dev"}
    manage(dev, "migrate", "--noinput", "-v", "0")
    manage(dev, "load_postcodes", "--if-empty")
    manage(dev, "seed_demo", "--once")
    manage(site_environment(url), "collectstatic", "--noinput", "-v", "0")


def page_queries(env):
    out = manage(env, "shell", "-v", "0", stdin=(HERE / "page_queries.py").read_text())
    line = next(line for line in out.splitlines() if line.startswith("PAGE_QUERIES "))
    return json.loads(line.removeprefix("PAGE_QUERIES "))


def children(pid):
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def cpu_seconds(pids):
    total = 0
    for pid in pids:
        # Fields after the ")" that ends the command name: utime and stime are 12 and 13.
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        total += int(fields[11]) + int(fields[12])
    return total / CLOCK_TICKS


@contextlib.contextmanager
def serving(command, cwd, env, port, workers):
    """A server on `port` whose `workers` child processes do the work."""
    if listening(("127.0.0.1", port)):
        pytest.fail(f"port {port} is taken (set BENCH_PORT)")
    process = subprocess.Popen(command, cwd=cwd, env=env)  # noqa: S603
    deadline = time.monotonic() + 60
    while not (listening(("127.0.0.1", port)) and len(children(process.pid)) >= workers):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{command[0]} did not start")
        time.sleep(0.2)
    try:
        yield lambda: children(process.pid)
    finally:
        process.terminate()
        process.wait(20)


def gunicorn(app, cwd, env):
    command = [sys.executable, "-m", "gunicorn", app, "--workers", "2", "--worker-class", "sync"]
    command += ["--bind", f"127.0.0.1:{PORT}", "--log-level", "warning", "--chdir", str(cwd)]
    return serving(command, cwd, env, PORT, workers=2)


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": HOST})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("X-Page-Cache"), response.getheader("Age")
    finally:
        connection.close()


def python_load(port, path, seconds):
    """CLIENTS threads, each a request at a time."""
    deadline = time.monotonic() + seconds
    latencies, errors = [], []

    def client():
        while time.monotonic() < deadline:
            started = time.perf_counter()
            status = get(port, path)[0]
            latencies.append(time.perf_counter() - started)
            if status != 200:
                errors.append(status)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), time.monotonic() - started, len(errors)


def wrk_load(port, path, seconds):
    out = subprocess.run(  # noqa: S603 - Debian's wrk, loopback only
        [shutil.which("wrk"), "-t", "2", "-c", str(CLIENTS), "-d", f"{seconds}s"]
        + ["-H", f"Host: {HOST}", f"http://127.0.0.1:{port}{path}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    requests, elapsed, unit = re.search(r"(\d+) requests in ([\d.]+)(m?s)", out).groups()
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    seconds = float(elapsed) / (1000 if unit == "ms" else 1)
    return int(requests), seconds, int(bad.group(1)) if bad else 0


def load(port, path, workers, seconds=SECONDS):
    """(req/s, CPU ms per request of the serving processes, non-200 responses)."""
    for _ in range(WARM_UP_REQUESTS):
        get(port, path)
    before = cpu_seconds(workers())
    requests, elapsed, errors = (wrk_load if shutil.which("wrk") else python_load)(
        port, path, seconds
    )
    cpu = cpu_seconds(workers()) - before
    return requests / elapsed, cpu * 1000 / max(requests, 1), errors


def nginx_static_file(static_root):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        return None
    css = next(path for path in sorted(static_root.rglob("site*.css")))
    path = "/static/" + css.relative_to(static_root).as_posix()
    with tempfile.TemporaryDirectory() as folder:
        port = PORT + 2
        config = Path(folder) / "nginx.conf"
        config.write_text(NGINX.format(folder=folder, port=port, root=static_root))
        with serving([nginx, "-c", str(config), "-p", folder], folder, {}, port, 2) as workers:
            return load(port, path, workers)


def test_every_page_type_cold_cached_and_at_the_edge():
    url = database_url()
    prepare(url)
    with tempfile.TemporaryDirectory() as settings_folder:
        (Path(settings_folder) / "bench_no_caches.py").write_text(NO_CACHES)
        cold_env = site_environment(url, "bench_no_caches", settings_folder)
        pages = {name: page for name, page in page_queries(cold_env).items() if page}

        with gunicorn("hello_wsgi:application", HERE, {**os.environ}) as workers:
            hello = load(PORT, "/", workers)
        static = nginx_static_file(REPO / "staticfiles")

        results = {name: {} for name in pages}
        with gunicorn("tweakments.wsgi:application", REPO, cold_env) as workers:
            for name, page in pages.items():
                results[name]["cold"] = load(PORT, page["url"], workers)
        with gunicorn("tweakments.wsgi:application", REPO, site_environment(url)) as workers:
            for name, page in pages.items():
                get(PORT, page["url"])  # stores it
                if get(PORT, page["url"])[1] == "hit":
                    results[name]["hit"] = load(PORT, page["url"], workers)
            edge_port = PORT + 1
            with start_varnish(Path(settings_folder), [PORT], edge_port):
                # The newest varnishd is the child that serves (the manager started it).
                varnishd = subprocess.run(  # noqa: S603
                    [shutil.which("pgrep"), "-n", "varnishd"],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
                for name, page in pages.items():
                    if "hit" in results[name]:  # the edge keeps what the origin keeps
                        results[name]["edge"] = load(
                            edge_port, page["url"], lambda: [int(pid) for pid in varnishd]
                        )

    client = "wrk" if shutil.which("wrk") else "Python threads"
    print(f"\n{REPO} · gunicorn 2 sync workers · {CLIENTS} clients ({client}), {SECONDS} s each")
    print(
        f"{'page':22} {'queries':>7} │ {'cold req/s':>10} {'CPU ms':>7} │"
        f" {'hit req/s':>9} {'CPU ms':>7} {'÷hello':>6} │ {'Varnish req/s':>13} {'CPU ms':>7}"
    )

    def cells(figures, ratio=False):
        if figures is None:
            return f"{'—':>9} {'':>7}" + (f" {'':>6}" if ratio else "")
        rps, cpu, errors = figures
        text = f"{rps:9,.0f} {cpu:7.2f}" + (f" {rps / hello[0]:6.2f}" if ratio else "")
        return text + (f" ({errors} non-200)" if errors else "")

    for name, page in pages.items():
        row = results[name]
        queries = f"{page['queries']}" + ("" if page["status"] == 200 else f" ({page['status']})")
        print(
            f"{name:22} {queries:>7} │ {cells(row.get('cold')):>18} │"
            f" {cells(row.get('hit'), ratio=True)} │ {cells(row.get('edge')):>21}"
        )
    print(f"{'hello world (Django)':22} {'':>7} │ {cells(hello):>18} │")
    if static:
        print(f"{'static file (nginx)':22} {'':>7} │ {cells(static):>18} │")
    cold_cpu = statistics.median(row["cold"][1] for row in results.values())
    print(f"median cold CPU ms: {cold_cpu:.1f}")
    assert all(page["status"] == 200 for page in pages.values())
