"""`make bench`: the production server under load, measured with wrk, on PostgreSQL.

1. A fresh PostgreSQL database (BENCH_DATABASE_URL) with the demo content and the large data
   set of bench/make_data.py; Redis (BENCH_REDIS_URL) as the shared cache.
2. gunicorn with the production settings on loopback, once without and once with the page
   cache; wrk at 10 and 50 connections on each page and on a static file served by the same
   server (the machine's ceiling).
3. Page weights of a first visit at 360 px, measured in Chromium.
4. Faults: the page cache on, its Redis a redis-server of the bench's own; wrk at 50
   connections on a mix of pages (MIX_PAGES) for 60 s, Redis killed at 20 s and started
   again at 40 s; requests/s, statuses and page cache hits in each third (bench/mix.lua).
5. Soak: the same mix at 50 connections for 10 minutes, the server's memory (master and
   workers) sampled every 30 s; flat when every sample is within 10 % of the first one, at
   30 s (the first 30 s are warm-up: workers filling their caches of parts of pages).
Writes docs/benchmarks.md and docs/benchmarks.json. Not a test: it only reports.

To measure a part only (while working on it), without page weights and without touching
docs/ (the numbers are printed, and kept in var/bench-partial.json):
    BENCH_PAGES=forum,search   pages whose name contains one of these words (comma-separated),
                               plus the static baseline; the numbers are printed only
    BENCH_KEEP_DATA=1          keep the bench database of the last run instead of rebuilding
                               it (the data set takes several minutes to make)
    BENCH_MODES=fault,soak     these runs only (of uncached, cached, editing, fault, soak)
    BENCH_SOAK_SECONDS=120     a shorter soak (600 s by default)
"""

import functools
import itertools
import json
import math
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
    "soak_memory_drift": 0.10,
}
# The editing run: pages readers ask most, with the page cache on, while an editor types.
EDITED_PAGES = ("static file (baseline)", "home", "theme", "article", "library item")
MODES = ("uncached", "cached", "editing")  # wrk on each page in turn (load_runs)
FAULT_MODES = ("fault", "soak")  # wrk on a mix of pages (fault_run, soak_run)
SELECTED = [
    mode.strip() for mode in os.environ.get("BENCH_MODES", "").split(",") if mode.strip()
] or list(MODES + FAULT_MODES)
if set(SELECTED) - set(MODES + FAULT_MODES):
    raise SystemExit(f"BENCH_MODES: one or more of {', '.join(MODES + FAULT_MODES)}")
# The fault run and the soak: readers' pages, each asked in turn (bench/mix.lua).
MIX_PAGES = ("home", "article", "forum index", "library index (10,000 items)", "search")
MIX_CONNECTIONS = 50
FAULT_SECONDS = 60  # Redis killed after the first third, started again after the second
SOAK_SECONDS = int(os.environ.get("BENCH_SOAK_SECONDS", "600"))
SAMPLE_SECONDS = 30  # the soak's memory samples, and its periods of requests/s
if SOAK_SECONDS < 2 * SAMPLE_SECONDS:
    raise SystemExit(f"BENCH_SOAK_SECONDS: {2 * SAMPLE_SECONDS} or more")
# Only the whole bench writes docs/: a part of it is printed.
PARTIAL = bool(CHOSEN) or set(SELECTED) != set(MODES + FAULT_MODES) or SOAK_SECONDS != 600
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


def flush_redis(url: str = REDIS_URL) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()


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
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except FileNotFoundError:  # a worker recycled meanwhile (gunicorn's max_requests)
            continue
        total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    return total


def start_server(page_cache: bool, redis_url: str = REDIS_URL) -> subprocess.Popen:
    flush_redis(redis_url)
    env = {
        **ENV,
        "PAGE_CACHE_SECONDS": "600" if page_cache else "0",
        "BIND": ADDRESS,
        "REDIS_URL": redis_url,
    }
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
    return {
        **speed_of(result),
        "errors": result["status_errors"] + result["socket_errors"],
        "requests": result["requests"],
    }


def speed_of(result: dict) -> dict:
    """Requests per second and latency percentiles of what latency.lua/mix.lua printed."""
    seconds = result["duration_us"] / 1e6
    return {
        "requests_per_second": round(result["requests"] / seconds, 1),
        "p50_ms": round(result["p50_us"] / 1000, 1),
        "p95_ms": round(result["p95_us"] / 1000, 1),
        "p99_ms": round(result["p99_us"] / 1000, 1),
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
    for mode in (mode for mode in MODES if mode in SELECTED):
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


def redis_process():
    """A redis-server of the fault run's own on a free port, started and killed as
    tests/faults/test_redis_outage.py's (RedisProcess). That module imports the site's models:
    Django is set up for it, in this process only, with the test settings (the servers the
    bench starts have their own environment, ENV)."""
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "women_portal.settings.test"
    import django

    django.setup()
    from tests.faults.test_redis_outage import RedisProcess, free_port

    return RedisProcess(free_port())


def mix_paths(pages: dict[str, str]) -> list[str]:
    return [pages[name] for name in MIX_PAGES if name in pages]


def load_mix(wrk: str, paths: list[str], seconds: int, period: int, actions=()) -> dict:
    """wrk at MIX_CONNECTIONS on `paths` in turn for `seconds`, its answers counted per
    `period` of seconds (the last one ends with wrk); `actions`, (seconds after the start,
    function), are done meanwhile, on time. wrk starts on a whole second, so its periods
    (by os.time(), bench/mix.lua) end when the actions are done. A request may take up to
    gunicorn's timeout (30 s) before wrk counts it as an error."""
    start = math.ceil(time.time())
    time.sleep(max(0.0, start - time.time()))
    ends = [start + s for s in range(period, seconds, period)]
    client = subprocess.Popen(
        [
            wrk,
            "-t2",
            f"-c{MIX_CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "-s",
            str(ROOT / "bench" / "mix.lua"),
            BASE + paths[0],
            "--",
            ",".join(map(str, ends)) or "-",
            *paths,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    done = []
    try:
        for after, action in actions:
            time.sleep(max(0.0, start + after - time.time()))
            done.append(action())
        output = client.communicate(timeout=seconds + 120)[0]
    finally:
        if client.poll() is None:
            client.kill()
    if client.returncode:
        raise SystemExit(f"wrk failed ({client.returncode})")
    result = json.loads(output.split("RESULT ", 1)[1])
    bounds = [start, *ends, start + result["duration_us"] / 1e6]
    periods = []
    for number, (begin, end) in enumerate(itertools.pairwise(bounds), 1):
        counts = {
            key.split(":")[1]: n
            for key, n in result["counts"].items()
            if key.split(":")[0] == str(number)
        }
        answered = sum(n for key, n in counts.items() if key.endswith("xx"))
        periods.append(
            {
                "from_s": begin - start,
                "to_s": round(end - start, 1),
                "requests": answered,
                "requests_per_second": round(answered / (end - begin), 1),
                **{f"{c}xx": counts.get(f"{c}xx", 0) for c in range(1, 6)},
                "status_500": counts.get("500", 0),
                "page_cache_hits": counts.get("hit", 0),
            }
        )
    return {
        **speed_of(result),
        "non_2xx_3xx": result["status_errors"],
        "socket_errors": result["socket_errors"],
        "requests": result["requests"],
        "periods": periods,
        "actions": done,
    }


def fault_run(wrk: str, pages: dict[str, str]) -> dict:
    """The mix with the page cache on, Redis killed a third of the way and started again
    (empty, as after a crash: --save "") two thirds of the way."""
    print("== fault: Redis killed at 20 s, started again at 40 s", flush=True)
    paths = mix_paths(pages)
    redis = redis_process()
    redis.start()
    server = start_server(page_cache=True, redis_url=f"redis://127.0.0.1:{redis.port}/0")
    try:
        for path in paths:
            warm(path)
        third = FAULT_SECONDS // 3
        result = load_mix(
            wrk, paths, FAULT_SECONDS, third, [(third, redis.kill), (2 * third, redis.start)]
        )
        del result["actions"]
        result["seconds"] = FAULT_SECONDS
        # Still serving after the run (the server answers, Redis or not).
        settle(paths[0])
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        if redis.process.poll() is None:
            redis.kill()
    result["pages"] = paths
    for number, period in enumerate(result["periods"], 1):
        print(f"   third {number}: {period}", flush=True)
    return result


def soak_run(wrk: str, pages: dict[str, str]) -> dict:
    """The mix with the page cache on for SOAK_SECONDS, the server's memory sampled at the
    end of each SAMPLE_SECONDS."""
    print(f"== soak: {SOAK_SECONDS} s", flush=True)
    paths = mix_paths(pages)
    server = start_server(page_cache=True)
    try:
        for path in paths:
            warm(path)
        rss_before = rss_kib(server.pid)
        samples = range(SAMPLE_SECONDS, SOAK_SECONDS + 1, SAMPLE_SECONDS)
        result = load_mix(
            wrk,
            paths,
            SOAK_SECONDS,
            SAMPLE_SECONDS,
            [(after, functools.partial(rss_kib, server.pid)) for after in samples],
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    result["seconds"] = SOAK_SECONDS
    result["rss_kib_samples"] = result.pop("actions")
    result["rss_kib_before"] = rss_before
    result["pages"] = paths
    first = result["rss_kib_samples"][0]
    result["memory_drift"] = round(
        max(abs(s - first) for s in result["rss_kib_samples"]) / first, 4
    )
    print(f"   memory (KiB) every {SAMPLE_SECONDS} s: {result['rss_kib_samples']}", flush=True)
    return result


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


def status(ok: bool) -> str:
    return "met" if ok else "**not met**"


def verdict(runs: dict) -> list[str]:
    """Each budget, met or not, from the numbers below it. The search with a new word each
    time is judged on its own line, against the search's budget: the other pages are what
    readers ask again and again. Each budget is judged on the runs it needs (BENCH_MODES)."""
    loads = [mode for mode in MODES if mode in runs]
    lines = ["| budget | measured | |", "|---|---|---|"]
    if loads:
        lines += load_verdict(runs, loads)
    if "fault" in runs:
        fault = runs["fault"]
        five_hundreds = sum(p["status_500"] for p in fault["periods"])
        others = sum(p["5xx"] for p in fault["periods"]) - five_hundreds
        speeds = " / ".join(str(p["requests_per_second"]) for p in fault["periods"])
        lines.append(
            f"| no status 500 while Redis is killed at 20 s and started again at 40 s "
            f"({MIX_CONNECTIONS} conn., {FAULT_SECONDS} s, req/s in each third: {speeds}) | "
            f"{five_hundreds} (other 5xx: {others}, socket errors: {fault['socket_errors']}) | "
            f"{status(not five_hundreds)} |"
        )
    if "soak" in runs:
        soak = runs["soak"]
        samples = soak["rss_kib_samples"]
        wanted = BUDGETS["soak_memory_drift"]
        lines.append(
            f"| memory flat within {wanted:.0%} of its sample at {SAMPLE_SECONDS} s over a "
            f"soak of {soak['seconds']} s at {MIX_CONNECTIONS} conn. (sampled every "
            f"{SAMPLE_SECONDS} s) | {samples[0] / 1024:.0f} MiB at first, "
            f"{min(samples) / 1024:.0f} to {max(samples) / 1024:.0f} MiB: "
            f"{soak['memory_drift']:.1%} | {status(soak['memory_drift'] <= wanted)} |"
        )
    return [*lines, ""]


def load_verdict(runs: dict, loads: list[str]) -> list[str]:
    pages = [name for name in runs[loads[0]]["pages"] if name != "static file (baseline)"]
    repeated = [name for name in pages if WORDS_MARK not in PAGES[name]]

    def p95(name: str) -> float:
        return runs["uncached"]["pages"][name]["c10"]["p95_ms"]

    errors = {
        name: sum(r["errors"] for mode in loads for r in runs[mode]["pages"].get(name, {}).values())
        for name in runs[loads[0]]["pages"]
    }
    erring = ", ".join(f"{name}: {n}" for name, n in errors.items() if n) or "none"

    budget, search_budget = BUDGETS["uncached_p95_ms"], BUDGETS["new_search_p95_ms"]
    lines = []
    if repeated and "cached" in runs:
        baseline = baseline_of(runs)
        cached_ratio = min(
            runs["cached"]["pages"][name][f"c{c}"]["requests_per_second"] / baseline[c]
            for name in repeated
            for c in CONNECTIONS
        )
        lines.append(
            f"| cached pages ≥ {BUDGETS['cached_ratio']:.0%} of static | lowest {cached_ratio:.0%} | {status(cached_ratio >= BUDGETS['cached_ratio'])} |"
        )
    if repeated and "uncached" in runs:
        uncached_p95 = max(p95(name) for name in repeated)
        lines.append(
            f"| uncached p95 < {budget} ms at 10 conn. | highest {uncached_p95} ms | {status(uncached_p95 < budget)} |"
        )
    if "uncached" in runs:
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
    lines.append(
        f"| no errors | {sum(errors.values())} ({erring}) | {status(not sum(errors.values()))} |"
    )
    return lines


def tables(runs: dict) -> list[str]:
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
    if "fault" in runs:
        lines += fault_table(runs["fault"])
    if "soak" in runs:
        lines += soak_table(runs["soak"])
    return lines


def mix_summary(run: dict) -> str:
    return (
        f"{MIX_CONNECTIONS} connections on {', '.join(f'`{p}`' for p in run['pages'])} in "
        f"turn, the page cache on: {run['requests']} requests, {run['requests_per_second']} "
        f"req/s; p50 {run['p50_ms']} ms, p95 {run['p95_ms']} ms, p99 {run['p99_ms']} ms; "
        f"socket errors (wrk's timeout: 30 s, gunicorn's): {run['socket_errors']}."
    )


def fault_table(run: dict) -> list[str]:
    what = ("Redis up", "Redis killed (at 20 s)", "Redis started again, empty (at 40 s)")
    lines = [
        "## Redis killed and started again",
        "",
        mix_summary(run),
        "",
        "| third | Redis | req/s | 2xx | 3xx | 4xx | 5xx | of which 500 | page cache hits |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for period, redis in zip(run["periods"], what, strict=True):
        lines.append(
            f"| {period['from_s']:.0f}–{period['to_s']:.0f} s | {redis} | "
            f"{period['requests_per_second']} | {period['2xx']} | {period['3xx']} | "
            f"{period['4xx']} | {period['5xx']} | {period['status_500']} | "
            f"{period['page_cache_hits'] / max(period['requests'], 1):.0%} |"
        )
    return [*lines, ""]


def soak_table(run: dict) -> list[str]:
    lines = [
        f"## Soak, {run['seconds']} s",
        "",
        mix_summary(run),
        f"Server memory (master + workers) {run['rss_kib_before'] / 1024:.0f} MiB after "
        "warming up, before the load.",
        "",
        "| at | server memory | against the first sample | req/s in the last 30 s | non-2xx |",
        "|---|---|---|---|---|",
    ]
    first = run["rss_kib_samples"][0]
    for period, rss in zip(run["periods"], run["rss_kib_samples"], strict=False):
        non_2xx = period["requests"] - period["2xx"]
        lines.append(
            f"| {period['to_s']:.0f} s | {rss / 1024:.0f} MiB | {rss / first - 1:+.1%} | "
            f"{period['requests_per_second']} | {non_2xx} |"
        )
    return [*lines, ""]


def baseline_of(runs: dict, mode: str = "cached") -> dict:
    """The static file's speed in a run: the editing run is measured against its own."""
    return {
        c: runs[mode]["pages"]["static file (baseline)"][f"c{c}"]["requests_per_second"]
        for c in CONNECTIONS
    }


def report(runs: dict, weights: dict) -> None:
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
        f"*Redis killed and started again*: {MIX_CONNECTIONS} connections on a mix of "
        f"readers' pages for {FAULT_SECONDS} s, the page cache on, its Redis a redis-server "
        "of the bench's own, killed (SIGKILL) after the first third and started again, "
        "empty, after the second; requests/s and statuses in each third (bench/mix.lua). "
        f"*Soak*: the same mix for {SOAK_SECONDS // 60} minutes, the server's memory sampled "
        f"every {SAMPLE_SECONDS} s; flat when every sample is within "
        f"{BUDGETS['soak_memory_drift']:.0%} of the first one, at {SAMPLE_SECONDS} s (after "
        "the warm-up).",
        "",
    ]
    lines += verdict(runs)
    lines += tables(runs)
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
        "# a part of it, printed only (docs/ is left as it is):",
        "BENCH_KEEP_DATA=1 BENCH_MODES=fault,soak BENCH_SOAK_SECONDS=120 make bench",
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
    if mix_paths(pages):
        if "fault" in SELECTED:
            runs["fault"] = fault_run(wrk, pages)
        if "soak" in SELECTED:
            runs["soak"] = soak_run(wrk, pages)
    if PARTIAL:  # a part of the bench: printed, the report of the last full run stays as it is
        print("\n".join(verdict(runs) + tables(runs)))
        (ROOT / "var" / "bench-partial.json").write_text(json.dumps(runs, indent=2))
        print("(docs/ left as it is; these numbers: var/bench-partial.json)")
    else:
        weights = page_weights()
        report(runs, weights)
    print(f"bench took {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
