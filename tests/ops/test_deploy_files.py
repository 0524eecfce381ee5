"""The deployment files in docs/deploy/ work as written."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "docs" / "deploy"


def nginx() -> str:
    path = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if path is None:
        message = "nginx is not installed (apt-get install nginx) to check docs/deploy/nginx.conf"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def test_nginx_accepts_the_site_file(tmp_path):
    binary = nginx()
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=portal.example.org",
            "-keyout",
            str(tmp_path / "privkey.pem"),
            "-out",
            str(tmp_path / "fullchain.pem"),
        ],
        check=True,
        capture_output=True,
    )
    site = (
        (DEPLOY / "nginx.conf")
        .read_text()
        .replace("/etc/letsencrypt/live/portal.example.org/", f"{tmp_path}/")
    )
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    result = subprocess.run(
        [binary, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_cron_runs_the_commands_that_exist():
    cron = (DEPLOY / "women-portal.cron").read_text()
    commands = Path(__file__).resolve().parents[2]
    for command in ("publish_scheduled", "backup"):
        assert f"manage.py {command}" in cron
    assert (
        commands / "women_portal" / "backups" / "management" / "commands" / "backup.py"
    ).exists()
