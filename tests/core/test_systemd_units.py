"""deploy/systemd/: the units parse (systemd-analyze verify, where installed), every timer
starts a unit that exists, and every job it runs is one of our management commands."""

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import get_commands

REPO = Path(__file__).resolve().parents[2]
UNITS = REPO / "deploy" / "systemd"
INSTALLED_AT = "/srv/tweakments"


def read(unit):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(UNITS / unit)
    return parser


def timers():
    return sorted(path.name for path in UNITS.glob("*.timer"))


def started_by(timer):
    return read(timer)["Timer"]["Unit"]


def unit_file(name):
    """The file behind a unit name: itself, or the template of an instance."""
    return UNITS / re.sub(r"@[^.]+\.", "@.", name)


@pytest.mark.parametrize("timer", timers())
def test_each_timer_starts_a_unit_we_ship(timer):
    assert unit_file(started_by(timer)).exists()


def test_the_jobs_are_our_commands_and_cover_the_schedule():
    jobs = {
        re.match(r"tweakments-job@(.+)\.service", started_by(timer))[1]
        for timer in timers()
        if started_by(timer).startswith("tweakments-job@")
    }
    assert jobs == {
        *("publish_scheduled", "send_queued_email", "newsletter_send", "questions_digest"),
        *("prune", "clearsessions", "chatbot_prune", "newsletter_purge_pending"),
    }
    reindex = (UNITS / "tweakments-reindex.service").read_text()
    commands = set(get_commands())
    assert jobs <= commands
    assert {"update_index", "chatbot_reindex", "db_worker"} <= commands
    assert "manage.py update_index" in reindex and "manage.py chatbot_reindex" in reindex


def test_the_web_server_uses_the_gunicorn_config_and_the_worker_a_fixed_id():
    web = read("tweakments-web.service")["Service"]
    assert web["ExecStart"].endswith("gunicorn --config deploy/gunicorn.conf.py")
    worker = read("tweakments-worker@.service")["Service"]
    assert "db_worker --worker-id %H-worker-%i" in worker["ExecStart"]
    for unit in ("tweakments-web.service", "tweakments-worker@.service", "tweakments-job@.service"):
        service = read(unit)["Service"]
        assert service["Environment"] == "DJANGO_SETTINGS_MODULE=tweakments.settings.production"
        assert service["EnvironmentFile"] == "/etc/tweakments/env"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze not installed")
def test_systemd_analyze_verify_finds_nothing_wrong(tmp_path):
    """The units as installed, with this checkout standing in for /srv/tweakments (verify
    checks that each command exists)."""
    environment = tmp_path / "env"
    environment.write_text("")
    for path in UNITS.iterdir():
        text = path.read_text().replace(INSTALLED_AT, str(REPO))
        (tmp_path / path.name).write_text(text.replace("/etc/tweakments/env", str(environment)))
    names = [
        "tweakments.target",
        "tweakments-web.service",
        "tweakments-worker@1.service",
        "tweakments-reindex.service",
        *(started_by(timer) for timer in timers()),
        *timers(),
    ]
    result = subprocess.run(  # noqa: S603 - a system tool with our own file names
        [shutil.which("systemd-analyze"), "verify", "--man=no", *sorted(set(names))],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
