"""Embeds for YouTube, Vimeo, Facebook and X built from the URL alone.

Wagtail's default finders ask each provider's oEmbed endpoint, which sends the server's
address to the provider and fails without internet. These players can be built from the URL,
so the server never contacts them; the reader's browser does, only after she clicks
"Load content" on the facade (see blocks.EmbedFacadeBlock). Each player is an iframe, so no
provider script ever runs in our pages.
"""

import re
from urllib.parse import parse_qs, quote, urlsplit

from django.utils.html import format_html
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
NUMERIC_ID = re.compile(r"^\d{1,25}$")


def youtube_id(url) -> str | None:
    host, path = url.hostname or "", url.path
    if host in {"youtu.be", "www.youtu.be"}:
        candidate = path.strip("/").split("/")[0]
    elif host.endswith("youtube.com") or host.endswith("youtube-nocookie.com"):
        if path == "/watch":
            candidate = parse_qs(url.query).get("v", [""])[0]
        else:
            parts = path.strip("/").split("/")
            candidate = (
                parts[1] if len(parts) > 1 and parts[0] in {"embed", "shorts", "live"} else ""
            )
    else:
        return None
    return candidate if YOUTUBE_ID.match(candidate) else None


def vimeo_id(url) -> str | None:
    if not (url.hostname or "").endswith("vimeo.com"):
        return None
    candidate = url.path.strip("/").split("/")[-1]
    return candidate if NUMERIC_ID.match(candidate) else None


def x_status_id(url) -> str | None:
    if (url.hostname or "").removeprefix("www.").removeprefix("mobile.") not in {
        "x.com",
        "twitter.com",
    }:
        return None
    parts = url.path.strip("/").split("/")
    if len(parts) >= 3 and parts[1] == "status" and NUMERIC_ID.match(parts[2]):
        return parts[2]
    return None


def is_facebook(url) -> bool:
    host = (url.hostname or "").removeprefix("www.").removeprefix("m.").removeprefix("web.")
    return host in {"facebook.com", "fb.watch"} and len(url.path.strip("/")) > 0


def player(provider: str, kind: str, src: str, width: int, height: int) -> dict:
    html = format_html(
        '<iframe src="{}" title="{}" width="{}" height="{}" loading="lazy" allowfullscreen '
        'allow="autoplay; encrypted-media; picture-in-picture; fullscreen" '
        'referrerpolicy="strict-origin-when-cross-origin"></iframe>',
        src,
        provider,
        width,
        height,
    )
    return {"provider_name": provider, "type": kind, "html": html, "width": width, "height": height}


def player_for(url_string: str) -> dict | None:
    """The provider's player for a post or video URL, or None if we cannot embed it."""
    url_string = url_string.strip()
    url = urlsplit(url_string)
    if url.scheme not in {"http", "https"}:
        return None
    if video := youtube_id(url):
        src = f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1&rel=0"
        return player("YouTube", "video", src, 560, 315)
    if video := vimeo_id(url):
        return player(
            "Vimeo", "video", f"https://player.vimeo.com/video/{video}?dnt=1&autoplay=1", 560, 315
        )
    if status := x_status_id(url):
        src = f"https://platform.twitter.com/embed/Tweet.html?id={status}&dnt=true"
        return player("X", "rich", src, 550, 600)
    if is_facebook(url):
        plugin = "video" if "/videos/" in url.path or url.hostname == "fb.watch" else "post"
        href = quote(url_string, safe="")
        src = f"https://www.facebook.com/plugins/{plugin}.php?href={href}&show_text=true&width=500"
        return player("Facebook", "rich", src, 500, 600)
    return None


class ProviderEmbedFinder(EmbedFinder):
    def __init__(self, **options):
        pass

    def accept(self, url: str) -> bool:
        return player_for(url) is not None

    def find_embed(self, url: str, max_width=None, max_height=None) -> dict:
        player = player_for(url)
        if player is None:
            raise EmbedNotFoundException
        return {"title": "", "author_name": "", "thumbnail_url": "", **player}
