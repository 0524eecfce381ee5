"""The admin's speed as an editor meets it (login, opening an editor and publishing,
each under 1 s on the production settings). Not a test: it only measures and prints.

Against a server already running with the production settings (`make serve`: gunicorn and
women_portal.settings.production) and the demo content, through real Chromium (the editor's
form is built by Wagtail's JavaScript, so a publish is sent as a browser sends it):

1. the login form's POST (a fresh browser context each time);
2. the GET of an article's editor (/admin/pages/<id>/edit/);
3. the POST of "Publish" from that editor, the article unchanged but for its summary.

Each REPEAT times; the time of each request is the browser's own, from sending the request to
the end of the response (its redirect not included). Prints the median and the maximum.

    ADMIN_USERNAME=editor ADMIN_PASSWORD=… .venv/bin/python bench/admin_timing.py \\
        [--base http://127.0.0.1:8000] [--page ID] [--repeat 10] [--json out.json]

The account must be able to publish the page (the staff editor: Wagtail's Moderators group).
Without --page, the first Arabic article. Secure cookies (production) are accepted by
Chromium on 127.0.0.1 / localhost without TLS; set SECURE_SSL_REDIRECT=0 on the server.
"""

import argparse
import json
import os
import statistics
import sys
import time

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def request_ms(response) -> float:
    """From the request sent to the response's last byte, as the browser timed it."""
    response.finished()
    timing = response.request.timing
    return timing["responseEnd"] - timing["requestStart"]


def first_article(page, base: str) -> int:
    """The id of the first article of the explorer's search (no database access needed)."""
    page.goto(f"{base}/admin/pages/search/?q=&content_type=home.articlepage")
    link = page.locator("a[href*='/admin/pages/'][href$='/edit/']").first
    return int(link.get_attribute("href").rstrip("/").split("/")[-2])


def log_in(browser, base: str, username: str, password: str):
    context = browser.new_context(locale="ar")
    page = context.new_page()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    with page.expect_response(
        lambda r: r.request.method == "POST" and "/admin/login/" in r.url
    ) as posted:
        page.click("form button[type=submit]")
    response = posted.value
    if response.status != 302:
        sys.exit(f"login failed: {response.status} (wrong ADMIN_USERNAME / ADMIN_PASSWORD?)")
    page.wait_for_load_state()
    return context, page, request_ms(response)


def open_editor(page, base: str, page_id: int) -> float:
    response = page.goto(f"{base}/admin/pages/{page_id}/edit/")
    if response.status != 200:
        sys.exit(f"editor: {response.status}")
    return request_ms(response)


def publish(page, base: str, page_id: int, repetition: int) -> float:
    summary = page.locator("[name=summary]")
    text = summary.input_value().rstrip(" .")
    summary.fill(text + "." * (repetition % 2 + 1))  # a change, as an editor would make
    page.locator(".footer__container [data-w-dropdown-target='toggle']").first.click()
    with page.expect_response(
        lambda r: r.request.method == "POST" and f"/admin/pages/{page_id}/edit/" in r.url
    ) as posted:
        page.locator("button[name=action-publish]").click()
    response = posted.value
    if response.status != 302:
        sys.exit(f"publish: {response.status} (not published: the form has errors?)")
    page.wait_for_load_state()
    return request_ms(response)


def summary(times: list[float]) -> dict:
    return {
        "median_ms": round(statistics.median(times)),
        "max_ms": round(max(times)),
        "all_ms": [round(t) for t in times],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default=os.environ.get("BASE_URL", "http://127.0.0.1:8000"))
    parser.add_argument("--page", type=int, help="the article's page id (default: the first)")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--json", help="also write the numbers to this file")
    args = parser.parse_args()
    username, password = os.environ["ADMIN_USERNAME"], os.environ["ADMIN_PASSWORD"]
    times = {"login POST": [], "editor GET": [], "publish POST": []}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        for repetition in range(args.repeat):
            context, page, login_ms = log_in(browser, args.base, username, password)
            page_id = args.page or first_article(page, args.base)
            times["login POST"].append(login_ms)
            times["editor GET"].append(open_editor(page, args.base, page_id))
            times["publish POST"].append(publish(page, args.base, page_id, repetition))
            context.close()
            time.sleep(0.2)
        browser.close()
    results = {name: summary(values) for name, values in times.items()}
    for name, result in results.items():
        print(
            f"{name:14} median {result['median_ms']:5} ms   max {result['max_ms']:5} ms   "
            f"all {result['all_ms']}"
        )
    if args.json:
        with open(args.json, "w") as out:
            json.dump({"page": page_id, "repeat": args.repeat, **results}, out, indent=2)


if __name__ == "__main__":
    main()
