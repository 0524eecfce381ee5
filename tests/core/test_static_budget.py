"""The stylesheet and script every page loads stay small once compressed."""

import gzip
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "static"


def compressed_size(*names: str) -> int:
    return sum(len(gzip.compress((STATIC / name).read_bytes())) for name in names)


def test_css_under_30_kb_compressed():
    assert compressed_size("css/portal.css") < 30 * 1024


def test_javascript_under_15_kb_compressed_and_deferred():
    assert compressed_size("js/portal.js") < 15 * 1024
    base = (STATIC.parent / "templates" / "base.html").read_text()
    assert "<script src=\"{% static 'js/portal.js' %}\" defer></script>" in base
