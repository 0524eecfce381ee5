"""nginx (docs/deploy/nginx.conf) gives each request the id Django logs, and logs failed
requests with it, without the reader's address."""

import http.client
import socket
import ssl
import subprocess
import sys
import time

import pytest

from tests.ops.test_deploy_files import DEPLOY, free_port, nginx, write_nginx_conf

SYSLOG = "syslog:server=unix:/dev/log,tag=women_portal_nginx,nohostname"

# Answers with the X-Request-ID it was sent; 500 for addresses under /fail/.
STAND_IN_APPLICATION = """
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

class Application(BaseHTTPRequestHandler):
    def do_GET(self):
        body = self.headers.get("X-Request-ID", "").encode()
        self.send_response(500 if "/fail/" in self.path else 200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

HTTPServer(("127.0.0.1", int(sys.argv[1])), Application).serve_forever()
"""


@pytest.fixture
def nginx_and_app(tmp_path):
    binary = nginx()
    https, app = free_port(), free_port()
    site = (DEPLOY / "nginx.conf").read_text()
    assert SYSLOG in site
    site = (
        site.replace(SYSLOG, str(tmp_path / "failures.log"))
        .replace("listen [::]:80;", "")
        .replace("listen [::]:443 ssl http2;", "")
        .replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https} ssl;")
        .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app};")
    )
    conf = write_nginx_conf(tmp_path, site)
    application = subprocess.Popen([sys.executable, "-c", STAND_IN_APPLICATION, str(app)])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", app)) == 0:
                break
        time.sleep(0.05)
    subprocess.run([binary, "-p", str(tmp_path), "-c", str(conf)], check=True)
    try:
        yield https, tmp_path / "failures.log", application
    finally:
        subprocess.run([binary, "-p", str(tmp_path), "-c", str(conf), "-s", "stop"], check=False)
        application.terminate()
        application.wait(10)


def get(port: int, path: str, headers=None) -> tuple[int, str]:
    context = ssl._create_unverified_context()  # the test's self-signed certificate
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": "portal.example.org", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read().decode()
    except OSError:
        return 0, ""
    finally:
        connection.close()


def test_each_request_gets_its_own_id_from_nginx(nginx_and_app):
    port, _log, _application = nginx_and_app
    ids = {get(port, path)[1] for path in ("/ar/", "/ar/", "/api/statistics/indicators/")}
    assert len(ids) == 3 and all(len(found) == 32 for found in ids), ids
    # A reader cannot choose the id that goes into the logs.
    status, found = get(port, "/ar/", {"X-Request-ID": "chosen-by-the-reader"})
    assert status == 200 and found != "chosen-by-the-reader"


def test_failed_requests_are_logged_with_their_id_and_nothing_about_the_reader(nginx_and_app):
    port, log, application = nginx_and_app
    status, request_id = get(port, "/fail/ar/?q=private+words")
    assert status == 500
    get(port, "/ar/")  # succeeded: not logged
    status, _ = get(port, "/fail/ar/accounts/password/reset/key/4-abcdef123/")
    assert status == 500
    application.terminate()  # gunicorn down: only nginx can tell
    application.wait(10)
    assert get(port, "/ar/")[0] == 502
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and log.read_text().count("\n") < 3:
        time.sleep(0.05)
    lines = log.read_text().splitlines()
    assert len(lines) == 3, lines
    assert f"request_id={request_id} status=500 GET /fail/ar/ " in lines[0]
    assert "/password/reset/key/[key]" in lines[1] and "abcdef" not in lines[1]
    assert "status=502 GET /ar/ upstream=502" in lines[2]
    text = "\n".join(lines)
    assert "127.0.0.1" not in text and "private" not in text
