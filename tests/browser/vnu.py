"""The Nu HTML Checker (vnu, the W3C validator), run as a local server once per test session.

vnu.jar comes from npm (package.json's vnu-jar, installed by `make test` with `npm ci`); it
runs on the machine's Java (Debian's default-jre-headless). Starting Java for every page
would cost seconds each; the server answers in milliseconds once warm.
"""

import json
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

JAR = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)
STARTUP_SECONDS = 120


class HtmlChecker:
    def __init__(self, process: subprocess.Popen, url: str):
        self.process = process
        self.url = url

    def errors(self, html: str) -> list[str]:
        """Every error vnu finds in the document, one readable line each."""
        request = urllib.request.Request(
            f"{self.url}?out=json",
            data=html.encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (our own server)
            messages = json.load(response)["messages"]
        lines = html.splitlines()
        return [
            f"line {message.get('lastLine')}: {message['message']} — "
            + (lines[message["lastLine"] - 1].strip()[:160] if message.get("lastLine") else "")
            for message in messages
            if message["type"] in {"error", "non-document-error"}
        ]


def missing() -> str | None:
    """Why the checker cannot run on this machine, or None."""
    if shutil.which("java") is None:
        return (
            "the HTML was not validated: no Java runtime "
            "(apt-get install default-jre-headless, then run the tests again)"
        )
    return None


def start() -> HtmlChecker:
    if not JAR.exists():
        raise FileNotFoundError(
            f"{JAR} is missing: run `make test` (or `npm ci --ignore-scripts`) once to install it"
        )
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    process = subprocess.Popen(  # noqa: S603 (a fixed command)
        [
            "java",
            "-Xss1m",
            "-Xmx512m",
            "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "-cp",
            str(JAR),
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + STARTUP_SECONDS
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).close()  # noqa: S310 (our own server)
            return HtmlChecker(process, url)
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("the HTML checker (vnu) did not start") from None
            time.sleep(0.25)


def stop(checker: HtmlChecker) -> None:
    checker.process.terminate()
    try:
        checker.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        checker.process.kill()
        checker.process.wait()
