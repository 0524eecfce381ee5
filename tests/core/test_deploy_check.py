"""The production settings pass Django's deployment checklist."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_check_deploy_reports_nothing():
    # (The browser tests allow Django's ORM under Playwright's event loop; production does not.)
    env = {
        **{
            name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
        },
        "DJANGO_SETTINGS_MODULE": "women_portal.settings.production",
        "SECRET_KEY": "a-long-random-secret-key-for-the-check-" + "x" * 30,
        "ALLOWED_HOSTS": "portal.example.org",
        "REDIS_URL": "redis://127.0.0.1:6379/0",  # not reached by the check
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_says_it_needs_redis():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "women_portal.settings.production",
        "SECRET_KEY": "a-long-random-secret-key-for-the-check-" + "x" * 30,
        "ALLOWED_HOSTS": "portal.example.org",
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0 and "Set the REDIS_URL environment variable." in result.stderr
