"""The deployment files in docs/deploy/ work as written."""

import http.client
import os
import shutil
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings

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


def write_nginx_conf(tmp_path: Path, site: str) -> Path:
    """nginx's main file around the site file, with a self-signed certificate, in tmp_path."""
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
    site = site.replace("/etc/letsencrypt/live/portal.example.org/", f"{tmp_path}/")
    (tmp_path / "site.conf").write_text(site)
    conf = tmp_path / "nginx.conf"
    # As root (CI), workers would drop to "nobody" and could not read tmp_path.
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf.write_text(
        f"{user}pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    return conf


def test_nginx_accepts_the_site_file(tmp_path):
    binary = nginx()
    conf = write_nginx_conf(tmp_path, (DEPLOY / "nginx.conf").read_text())
    result = subprocess.run(
        [binary, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# Reads what it is sent and answers 200 "application": where nginx lets a request through.
STAND_IN_APPLICATION = """
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

class Application(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200)
        self.send_header("Content-Length", "11")
        self.end_headers()
        self.wfile.write(b"application")

HTTPServer(("127.0.0.1", int(sys.argv[1])), Application).serve_forever()
"""


@pytest.fixture
def running_nginx(tmp_path):
    """The site file served by a real nginx on a free port, its media from tmp_path/var,
    and a stand-in for the application behind it."""
    binary = nginx()
    https, app = free_port(), free_port()
    site = (
        (DEPLOY / "nginx.conf")
        .read_text()
        .replace("listen [::]:80;", "")
        .replace("listen [::]:443 ssl http2;", "")
        .replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https} ssl;")
        .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app};")
        .replace("/srv/women-portal/var", f"{tmp_path}/var")
    )
    conf = write_nginx_conf(tmp_path, site)
    application = subprocess.Popen(
        [sys.executable, "-c", STAND_IN_APPLICATION, str(app)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    subprocess.run([binary, "-p", str(tmp_path), "-c", str(conf)], check=True)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", app)) == 0:
                    break
            time.sleep(0.1)
        yield https, tmp_path / "var" / "media"
    finally:
        subprocess.run([binary, "-p", str(tmp_path), "-c", str(conf), "-s", "stop"], check=False)
        application.terminate()
        application.wait(10)


def through_nginx(port: int, method: str, path: str, body=None, headers=None) -> int:
    context = ssl._create_unverified_context()  # the test's self-signed certificate
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=30)
    try:
        connection.request(
            method, path, body=body, headers={"Host": "portal.example.org", **(headers or {})}
        )
        return connection.getresponse().status
    except (BrokenPipeError, ConnectionResetError):
        return 413  # nginx answered and closed while the body was still being sent
    finally:
        connection.close()


def test_nginx_serves_every_public_media_folder_and_nothing_else(running_nginx):
    port, media = running_nginx
    for folder in settings.PUBLIC_MEDIA_FOLDERS:
        (media / folder).mkdir(parents=True)
        (media / folder / "picture.webp").write_bytes(b"RIFF")
        assert through_nginx(port, "GET", f"/media/{folder}picture.webp") == 200, folder
    (media / "documents").mkdir()
    (media / "documents" / "in-review.pdf").write_bytes(b"%PDF-1.7")
    assert through_nginx(port, "GET", "/media/documents/in-review.pdf") == 404
    assert through_nginx(port, "GET", "/media/images/../documents/in-review.pdf") == 404


def test_nginx_refuses_bodies_larger_than_the_address_takes(running_nginx):
    port, _media = running_nginx
    too_large = {"Content-Length": str(settings.MAX_PUBLIC_REQUEST_BODY + 1024 * 1024)}
    assert through_nginx(port, "POST", "/ar/forum/", headers=too_large) == 413
    library_file = b"x" * (settings.MAX_PUBLIC_REQUEST_BODY + 1024 * 1024)
    assert through_nginx(port, "POST", "/admin/documents/multiple/add/", body=library_file) == 200
    too_large = {"Content-Length": str(settings.MAX_ADMIN_REQUEST_BODY + 1024 * 1024)}
    assert through_nginx(port, "POST", "/admin/documents/multiple/add/", headers=too_large) == 413


def test_cron_runs_the_commands_that_exist():
    cron = (DEPLOY / "women-portal.cron").read_text()
    commands = Path(__file__).resolve().parents[2]
    for command in ("publish_scheduled", "backup"):
        assert f"manage.py {command}" in cron
    assert (
        commands / "women_portal" / "backups" / "management" / "commands" / "backup.py"
    ).exists()
