"""Post bodies: Markdown (CommonMark, through markdown-it-py), then sanitised (nh3, the
Ammonia sanitiser) before they are stored for display.

HTML typed in a post is shown as text, never read as HTML, in code blocks as anywhere else;
a line break is a line break. Whatever got through anyway — event handlers, `javascript:`
or `data:` links, SVG — cannot reach a reader's browser; links to other sites carry
rel="nofollow ugc noopener noreferrer". (machina's default, markdown2, dropped or mangled
parts of code blocks and double-escaped link titles.)"""

import nh3
from django.utils.encoding import smart_str
from markdown_it import MarkdownIt

TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "a",
    "h3",
    "h4",
    "hr",
}
ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto"}


MARKDOWN = MarkdownIt("commonmark", {"html": False, "breaks": True})


def render(text: str) -> str:
    html = MARKDOWN.render(smart_str(text))
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener noreferrer",
        strip_comments=True,
    ).strip()
