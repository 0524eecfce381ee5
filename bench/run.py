"""`make bench`: the production server under load, measured with wrk, on PostgreSQL.

1. A fresh PostgreSQL database (BENCH_DATABASE_URL) with the demo content and the large data
   set of bench/make_data.py; Redis (BENCH_REDIS_URL) as the shared cache.
2. gunicorn with the production settings on loopback, once without and once with the page
   cache; wrk at 10 and 50 connections on each page and on a static file served by the same
   server (the machine's ceiling).
3. Page weights of a first visit at 360 px, measured in Chromium.
Writes docs/benchmarks.md and docs/benchmarks.json. Not a test: it only reports.

To measure a few pages only (while working on them), without page weights and without
touching docs/:
    BENCH_PAGES=forum,search   pages whose name contains one of these words (comma-separated),
                               plus the static baseline; the numbers are printed only
    BENCH_KEEP_DATA=1          keep the bench database of the last run instead of rebuilding
                               it (the data set takes several minutes to make)
"""

import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/women_portal_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
ADDRESS = "127.0.0.1:8765"
BASE = f"http://{ADDRESS}"
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = (10, 50)
WORDS_MARK = "@WORD@"
PAGES = {
    "static file (baseline)": "/static/css/portal.css",
    "home": "/ar/",
    "theme": "/ar/protection/",
    "article": "/ar/participation/parity-local-elections/",
    "statistics index": "/ar/statistics/",
    "indicator": "/ar/statistics/municipal-councillors/",
    "search": "/ar/search/?q=%D8%A7%D9%84%D8%B9%D9%86%D9%81",
    "feed": "/fr/feed/",
    "library index (10,000 items)": "/ar/library/",
    "library, two facets": "/ar/library/?type=report&theme=work&sort=title",
    "library item": "/ar/library/ogp-self-assessment-2023/",
    "forum index": "/ar/forum/",
    # Addresses found in the data set once it is made (forum_paths).
    "forum page": "{forum}",
    "forum topic (400 posts, middle page)": "{topic}",
    "search, forum posts": "/ar/search/?q=%D8%A7%D9%84%D8%B9%D9%86%D9%81&group=forum",
    # Each request another word of the library's texts (bench/words.lua): what searching
    # costs when no earlier search for the same words can be reused.
    "search, a new word each time": "/ar/search/?q=" + WORDS_MARK,
}
CHOSEN = [word.strip() for word in os.environ.get("BENCH_PAGES", "").split(",") if word.strip()]
KEEP_DATA = os.environ.get("BENCH_KEEP_DATA") == "1"
WEIGHED = {
    "home": "/ar/",
    "article": "/ar/participation/parity-local-elections/",
    "indicator": "/fr/statistics/municipal-councillors/",
}
# Pages: the speed budget's; a search with new words: the search's own (200 ms at 10 conn.);
# cached pages while an editor's draft is autosaved every 500 ms (drafts renew nothing).
BUDGETS = {
    "cached_ratio": 0.5,
    "uncached_p95_ms": 150,
    "new_search_p95_ms": 200,
    "editing_cached_ratio": 0.6,
}
# The editing run: pages readers ask most, with the page cache on, while an editor types.
EDITED_PAGES = ("static file (baseline)", "home", "theme", "article", "library item")
MODES = ("uncached", "cached", "editing")
# As Wagtail 8's editor does while she types: a draft revision of a live article every
# 500 ms (what its autosave saves), in its own process on the same database and cache.
AUTOSAVE = """
import sys, time
from home.models import ArticlePage
page = ArticlePage.objects.live().get(url_path__endswith="/parity-local-elections/", locale__language_code="ar")
title, saved = page.title, 0
while True:
    page.title = f"{title} ({saved})"
    page.save_revision()
    saved += 1
    print(saved, flush=True)
    time.sleep(0.5)
"""

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "women_portal.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "0",
    "DATABASE_URL": DATABASE_URL,
    "DATABASE_CONN_MAX_AGE": "60",
    "REDIS_URL": REDIS_URL,
    "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
    "MEDIA_ROOT": str(ROOT / "var" / "bench-media"),
    "WAGTAILADMIN_BASE_URL": BASE,
    # wrk is one address: the per-address limits (women_portal/core/ratelimits.py) would
    # answer 429 after a few requests. Their counting is still measured.
    "RATE_LIMIT_SEARCH": "1000000/m",
    "RATE_LIMIT_API": "1000000/m",
}


def run(*command, env=ENV, **options):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **options)


def manage(*arguments):
    run(PYTHON, "manage.py", *arguments)


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        run("apt-get", "install", "-y", "-qq", "wrk", env=os.environ)
    return shutil.which("wrk")


def fresh_database() -> None:
    import psycopg

    name = urlsplit(DATABASE_URL).path.lstrip("/")
    server = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(server, autocommit=True) as connection:  # closed at the end
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def prepare() -> None:
    print("== data set (PostgreSQL)", flush=True)
    fresh_database()
    manage("migrate", "--noinput", "-v0")
    manage("load_demo_content")
    run(PYTHON, "manage.py", "shell", "-c", (ROOT / "bench" / "make_data.py").read_text())
    # What the data set queued for the task worker production runs beside the site (search
    # index of pages, reference index, text of the library's PDFs): done now, or search
    # would look through the forum's entries only (make_data.py indexes those itself).
    manage("db_worker", "--batch", "--no-startup-delay", "-v0")
    # Planner statistics for the new rows, as autovacuum would gather them on a live server
    # (without them PostgreSQL picks plans for empty tables: seconds instead of milliseconds).
    manage("dbshell", "--", "-c", "VACUUM ANALYZE")
    manage("collectstatic", "--noinput", "-v0")


def forum_paths() -> dict[str, str]:
    """The longest topic's middle page (make_data.py's topic of 400 posts) and its forum's
    first page, on the Arabic site."""
    code = """
import json
from django.urls import reverse
from django.utils import translation
from machina.apps.forum_conversation.models import Topic
from machina.conf import settings

translation.activate("ar")
topic = Topic.objects.select_related("forum").order_by("-posts_count").first()
forum = topic.forum
pages = (topic.posts_count - 1) // settings.TOPIC_POSTS_NUMBER_PER_PAGE + 1
url = reverse("forum_conversation:topic", args=[topic.forum.slug, topic.forum.pk, topic.slug, topic.pk])
print("PATHS", json.dumps({
    "forum": reverse("forum:forum", args=[forum.slug, forum.pk]),
    "topic": f"{url}?page={(pages + 1) // 2}",
}))
"""
    output = run(PYTHON, "manage.py", "shell", "-c", code, capture_output=True, text=True).stdout
    return json.loads(output.split("PATHS ", 1)[1])


def chosen_pages() -> dict[str, str]:
    """The pages to measure (BENCH_PAGES), the forum's addresses filled in."""
    paths = forum_paths()
    return {
        name: path.format(**paths)
        for name, path in PAGES.items()
        if not CHOSEN or name == "static file (baseline)" or any(w in name for w in CHOSEN)
    }


def rss_kib(pid: int) -> int:
    """Resident memory of gunicorn's master and workers."""
    total = 0
    pids = [pid] + [
        int(p)
        for p in subprocess.run(
            ["pgrep", "-P", str(pid)], capture_output=True, text=True
        ).stdout.split()
    ]
    for each in pids:
        status = Path(f"/proc/{each}/status").read_text()
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total


def start_server(page_cache: bool) -> subprocess.Popen:
    flush_redis()
    env = {**ENV, "PAGE_CACHE_SECONDS": "600" if page_cache else "0", "BIND": ADDRESS}
    server = subprocess.Popen(
        [str(Path(PYTHON).parent / "gunicorn"), "women_portal.wsgi"], cwd=ROOT, env=env
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(BASE + "/static/css/portal.css", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def warm(path: str) -> None:
    for _ in range(10):
        with urllib.request.urlopen(BASE + path, timeout=10) as response:
            response.read()


def settle(path: str) -> None:
    """Wait until the requests wrk left queued when it stopped are served (gunicorn serves
    them all, the client gone): the next run starts on an idle server, not behind a slow
    page's backlog."""
    with urllib.request.urlopen(BASE + path, timeout=300) as response:
        response.read()


def search_words() -> list[str]:
    """The Arabic words of the report the bench's library texts are drawn from
    (make_data.py), in a fixed order."""
    report = (ROOT / "library" / "demo_files" / "ogp-self-assessment-2023.txt").read_text()
    return sorted(set(re.findall(r"[\u0600-\u06FF]{3,}", report)))


def words_script(path: str, run: str) -> Path:
    """A wrk script asking for `path` with WORDS_MARK replaced by each word in turn, each
    thread from its own half of the list: no word is asked twice (and served from the
    cached results) until a thread has gone through its half. Every address carries the
    run's own token (`run`, a parameter the search ignores), so no run is served the results
    of an earlier one."""
    words = ", ".join(f'"{quote(word)}"' for word in search_words())
    prefix, suffix = path.split(WORDS_MARK)
    suffix += f"&run={run}"
    script = ROOT / "var" / "bench-words.lua"
    script.write_text(
        (ROOT / "bench" / "latency.lua").read_text()
        + f"""
local words = {{{words}}}
local threads = 0
setup = function(thread)
  thread:set("first", threads * math.floor(#words / 2))
  threads = threads + 1
end
local i = 0
request = function()
  i = i + 1
  local word = words[(first + i) % #words + 1]
  return wrk.format(nil, "{prefix}" .. word .. "{suffix}")
end
"""
    )
    return script


def one_address(path: str) -> str:
    """The address itself, or for the new-word search one search (to warm up, to wait on)."""
    return path.replace(WORDS_MARK, quote("مشاركة"))


def measure(wrk: str, path: str, connections: int) -> dict:
    script = ROOT / "bench" / "latency.lua"
    if WORDS_MARK in path:
        # New addresses, not a new cache generation: emptying the shared cache measured the
        # seconds after an editor's change (every worker reading the menus, footer and
        # permissions again) as well as the searches.
        script = words_script(path, secrets.token_hex(4))
        path = path.replace(WORDS_MARK, "")
    output = subprocess.run(
        [
            wrk,
            "-t2",
            f"-c{connections}",
            f"-d{SECONDS}s",
            "-s",
            str(script),
            BASE + path,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result = json.loads(output.split("RESULT ", 1)[1])
    seconds = result["duration_us"] / 1e6
    return {
        "requests_per_second": round(result["requests"] / seconds, 1),
        "p50_ms": round(result["p50_us"] / 1000, 1),
        "p95_ms": round(result["p95_us"] / 1000, 1),
        "p99_ms": round(result["p99_us"] / 1000, 1),
        "errors": result["status_errors"] + result["socket_errors"],
        "requests": result["requests"],
    }


def start_editor() -> subprocess.Popen:
    return subprocess.Popen(
        [PYTHON, "manage.py", "shell", "-c", AUTOSAVE],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        text=True,
    )


def stop_editor(editor: subprocess.Popen) -> int:
    """The number of drafts the editor saved (a run without them would prove nothing)."""
    editor.terminate()
    saved = editor.communicate(timeout=30)[0].split()
    if not saved:
        raise SystemExit("the editor saved no draft")
    return int(saved[-1])


def load_runs(wrk: str, pages: dict[str, str]) -> dict:
    runs = {}
    for mode in MODES:
        print(f"== load: {mode}", flush=True)
        if mode == "editing":
            pages = {name: path for name, path in pages.items() if name in EDITED_PAGES}
            if len(pages) < 2:  # BENCH_PAGES chose none of them
                continue
        server = start_server(page_cache=mode != "uncached")
        editor = start_editor() if mode == "editing" else None
        try:
            for path in pages.values():
                warm(one_address(path))
            rss_before = rss_kib(server.pid)
            results = {}
            for name, path in pages.items():
                results[name] = {}
                for c in CONNECTIONS:
                    settle(one_address(path))
                    results[name][f"c{c}"] = measure(wrk, path, c)
                print(f"   {name}: {results[name]}", flush=True)
            runs[mode] = {
                "pages": results,
                "rss_kib_before": rss_before,
                "rss_kib_after": rss_kib(server.pid),
            }
            if editor:
                runs[mode]["drafts_saved"] = stop_editor(editor)
        finally:
            if editor and editor.poll() is None:
                editor.kill()
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
    return runs


def page_weights() -> dict:
    """Bytes a first visit transfers at 360 px (HTML as gunicorn sends it, without nginx's gzip)."""
    from playwright.sync_api import sync_playwright

    server = start_server(page_cache=True)
    weights = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            for name, path in WEIGHED.items():
                page = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
                cdp = page.context.new_cdp_session(page)
                cdp.send("Network.enable")
                sizes = []
                cdp.on(
                    "Network.loadingFinished",
                    lambda event, sizes=sizes: sizes.append(event["encodedDataLength"]),
                )
                page.goto(BASE + path, wait_until="networkidle")
                weights[name] = {"requests": len(sizes), "bytes": int(sum(sizes))}
                page.context.close()
            browser.close()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return weights


def verdict(runs: dict, baseline: dict) -> list[str]:
    """Each budget, met or not, from the numbers below it. The search with a new word each
    time is judged on its own line, against the search's budget: the other pages are what
    readers ask again and again."""
    pages = [name for name in runs["uncached"]["pages"] if name != "static file (baseline)"]
    repeated = [name for name in pages if WORDS_MARK not in PAGES[name]]

    def p95(name: str) -> float:
        return runs["uncached"]["pages"][name]["c10"]["p95_ms"]

    errors = {
        name: sum(
            r["errors"] for mode in runs.values() for r in mode["pages"].get(name, {}).values()
        )
        for name in runs["uncached"]["pages"]
    }
    erring = ", ".join(f"{name}: {n}" for name, n in errors.items() if n) or "none"

    def status(ok: bool) -> str:
        return "met" if ok else "**not met**"

    budget, search_budget = BUDGETS["uncached_p95_ms"], BUDGETS["new_search_p95_ms"]
    lines = ["| budget | measured | |", "|---|---|---|"]
    if repeated:
        cached_ratio = min(
            runs["cached"]["pages"][name][f"c{c}"]["requests_per_second"] / baseline[c]
            for name in repeated
            for c in CONNECTIONS
        )
        uncached_p95 = max(p95(name) for name in repeated)
        lines += [
            f"| cached pages ≥ {BUDGETS['cached_ratio']:.0%} of static | lowest {cached_ratio:.0%} | {status(cached_ratio >= BUDGETS['cached_ratio'])} |",
            f"| uncached p95 < {budget} ms at 10 conn. | highest {uncached_p95} ms | {status(uncached_p95 < budget)} |",
        ]
    lines += [
        f"| {name}: p95 < {search_budget} ms at 10 conn. (the search's budget) | {p95(name)} ms | {status(p95(name) < search_budget)} |"
        for name in pages
        if name not in repeated
    ]
    if "editing" in runs:
        edited = runs["editing"]["pages"]
        editing_baseline = {
            c: edited["static file (baseline)"][f"c{c}"]["requests_per_second"] for c in CONNECTIONS
        }
        editing_ratio = min(
            edited[name][f"c{c}"]["requests_per_second"] / editing_baseline[c]
            for name in edited
            if name != "static file (baseline)"
            for c in CONNECTIONS
        )
        wanted = BUDGETS["editing_cached_ratio"]
        lines.append(
            f"| cached pages ≥ {wanted:.0%} of static while an editor autosaves every 500 ms "
            f"({runs['editing']['drafts_saved']} drafts saved) | lowest {editing_ratio:.0%} | "
            f"{status(editing_ratio >= wanted)} |"
        )
    lines += [
        f"| no errors | {sum(errors.values())} ({erring}) | {status(not sum(errors.values()))} |",
        "",
    ]
    return lines


def tables(runs: dict, baseline: dict) -> list[str]:
    lines = []
    titles = {
        "uncached": "Uncached",
        "cached": "Cached",
        "editing": "Cached, while an editor autosaves a draft every 500 ms",
    }
    for mode in (mode for mode in MODES if mode in runs):
        baseline = baseline_of(runs, mode)
        lines += [
            f"## {titles[mode]}",
            "",
            "| page | conn. | req/s | ratio | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for name, by_connections in runs[mode]["pages"].items():
            for c in CONNECTIONS:
                r = by_connections[f"c{c}"]
                ratio = r["requests_per_second"] / baseline[c]
                lines.append(
                    f"| {name} | {c} | {r['requests_per_second']} | {ratio:.0%} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | {r['errors']} |"
                )
        before, after = runs[mode]["rss_kib_before"], runs[mode]["rss_kib_after"]
        lines += [
            "",
            f"Server memory (master + workers): {before / 1024:.0f} MiB before, {after / 1024:.0f} MiB after the runs.",
            "",
        ]
    return lines


def baseline_of(runs: dict, mode: str = "cached") -> dict:
    """The static file's speed in a run: the editing run is measured against its own."""
    return {
        c: runs[mode]["pages"]["static file (baseline)"][f"c{c}"]["requests_per_second"]
        for c in CONNECTIONS
    }


def report(runs: dict, weights: dict) -> None:
    baseline = baseline_of(runs)
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (bench/run.py): the production settings under gunicorn "
        f"({os.cpu_count() * 2 + 1} sync workers) on loopback, PostgreSQL, Redis as the cache; "
        f"wrk, {SECONDS} s a run. Machine: {os.cpu_count()} cores, {platform.machine()}, "
        f"Python {platform.python_version()}. The static file is served by the same server "
        "(WhiteNoise): the ceiling of this machine. Ratio = requests/s against that baseline.",
        "",
        f"Budgets: cached pages ≥ {BUDGETS['cached_ratio']:.0%} of the static baseline; uncached "
        f"p95 < {BUDGETS['uncached_p95_ms']} ms at 10 connections; a search with new words "
        f"p95 < {BUDGETS['new_search_p95_ms']} ms at 10 connections (the search's own budget); "
        "no errors.",
        "",
        "Data: the demo content plus 2,000 articles, 1,000 observations, 10,000 library "
        "items and 50,000 forum posts in 2,500 topics of 1 to 60 posts and one of 400, by "
        "300 members, with their search entries (bench/make_data.py); each library item "
        "has a text of 60 words drawn from the municipality's report, so the searched word "
        "(العنف) is in about 600 items and 5,000 posts. Search looks through "
        "all of it; the forum page is the first page of a forum of about 310 topics, the "
        "topic the middle page of the one of 400 posts.",
        "",
        "*Uncached* is without the whole-page cache, as a member, a kiosk or a reader with a "
        "message is served: the parts of pages every reader is shown alike (bodies, menu, "
        "footer, forum posts, lists of topics, search results) still come from the cached "
        "parts (`{% cachedpart %}`), renewed at every change. *Search, a new word each time* "
        "asks for a different word of the report at each request, so no earlier search is "
        "reused: the cost of the search itself, in PostgreSQL. Every one of those words is "
        "common in the data (each is in 600 or more of the library's texts, some in thousands "
        "of posts): a harder test than readers' words.",
        "",
    ]
    lines += verdict(runs, baseline)
    lines += tables(runs, baseline)
    lines += [
        "## Page weight, first visit at 360 px (Chromium)",
        "",
        "| page | requests | bytes transferred |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {w['requests']} | {w['bytes']:,} |" for name, w in weights.items()]
    lines += [
        "",
        "HTML as gunicorn sends it; behind nginx (docs) it is gzip-compressed too.",
        "",
        "## Reproduce",
        "",
        "```sh",
        "make run   # once: the virtual environment",
        "make bench",
        "```",
        "",
    ]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(lines))
    (ROOT / "docs" / "benchmarks.json").write_text(
        json.dumps({"runs": runs, "page_weights": weights, "seconds": SECONDS}, indent=2)
    )
    print("\n".join(lines))


def main() -> None:
    if "--report-only" in sys.argv:  # rewrite the report from the last run's numbers
        saved = json.loads((ROOT / "docs" / "benchmarks.json").read_text())
        report(saved["runs"], saved["page_weights"])
        return
    started = time.monotonic()
    wrk = ensure_wrk()
    if KEEP_DATA:
        manage("collectstatic", "--noinput", "-v0")
    else:
        prepare()
    pages = chosen_pages()
    runs = load_runs(wrk, pages)
    if CHOSEN:  # a few pages: printed, the report of the last full run stays as it is
        baseline = baseline_of(runs)
        print("\n".join(verdict(runs, baseline) + tables(runs, baseline)))
    else:
        weights = page_weights()
        report(runs, weights)
    print(f"bench took {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
