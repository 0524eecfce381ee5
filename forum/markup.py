"""Post bodies: Markdown, then sanitised (nh3, the Ammonia sanitiser) before they are stored
for display. Whatever Markdown lets through — raw HTML, event handlers, `javascript:` or
`data:` links, SVG — cannot reach a reader's browser; links to other sites carry
rel="nofollow ugc noopener noreferrer"."""

import nh3
from django.utils.encoding import smart_str
from markdown2 import markdown

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


def render(text: str, **markdown_options) -> str:
    html = markdown(smart_str(text), **markdown_options)
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow ugc noopener noreferrer",
        strip_comments=True,
    ).strip()
