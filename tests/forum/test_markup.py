"""Post bodies are Markdown rendered inert: 63 attempts at running script or leaking data
(tests/browser/test_forum_xss.py posts them through the forum's form in Chromium)."""

import re
from html.parser import HTMLParser

import pytest

from forum.markup import render

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](&#x6A;avascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![x](javascript:alert(1))",
    '![x" onerror="alert(1)](http://example.org/x.png)',
    '[x](http://example.org" onmouseover="alert(1))',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<object data=javascript:alert(1)>",
    "<embed src=javascript:alert(1)>",
    '<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
    "<link rel=stylesheet href=javascript:alert(1)>",
    "<base href=javascript:alert(1)//>",
    "<style>@import 'javascript:alert(1)';</style>",
    "<!--<script>alert(1)</script>-->",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "`<script>alert(1)</script>`",
    '<a href="http://example.org" target=_blank>x</a>',
    "<p onclick=alert(1)>x</p>",
    "[x](//evil.example/%0a%0dalert(1))",
    '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href=" &#14; javascript:alert(1)">x</a>',
    "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[click](<javascript:alert(1)>)",
    "[click]( javascript:alert(1) )",
    "<javascript:alert(1)>",
    '<http://example.org/" onmouseover="alert(1)>',
    "[reference][evil]\n\n[evil]: javascript:alert(1)",
    '[reference][evil]\n\n[evil]: http://example.org/ "x" onmouseover="alert(1)"',
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<svg><a xlink:href=javascript:alert(1)><text x=20 y=20>x</text></a></svg>",
    '<math href="javascript:alert(1)">x</math>',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<style>*{background:url("javascript:alert(1)")}</style>',
    "<template><script>alert(1)</script></template>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<video><source onerror=alert(1)></video>",
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<div onmouseover="alert(1)" style="position:fixed;inset:0">x</div>',
    "***[x](javascript:alert(1))***",
    "> [quoted](javascript:alert(1))",
    "<a href='javascript:alert(1)'>[markdown inside html](javascript:alert(1))</a>",
]
# Elements that can run script, load something or take input: none may come out.
DANGEROUS = {
    "script",
    "iframe",
    "frame",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "button",
    "img",
    "details",
    "body",
    "video",
    "audio",
    "textarea",
    "select",
}


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the HTML (text is text)."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_renders_inert(payload):
    parser = Elements()
    parser.feed(render(payload))
    for tag, attributes in parser.found:
        assert tag not in DANGEROUS, tag
        assert not [name for name in attributes if name.startswith("on")], attributes
        assert set(attributes) <= {"href", "title", "rel"}, attributes
        if "href" in attributes:
            scheme = re.match(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):", attributes["href"])
            assert scheme is None or scheme.group(1).lower() in {"http", "https", "mailto"}


def test_ordinary_markdown_still_works_and_links_are_marked():
    html = render("**مهم**: [الخط الأخضر](https://example.org/1899)")
    assert "<strong>مهم</strong>" in html
    assert 'href="https://example.org/1899"' in html
    assert 'rel="nofollow ugc noopener noreferrer"' in html


def test_code_blocks_keep_every_line_as_text():
    html = render("```\n<img src=x onerror=alert(1)>\n<b>gras</b>\nfin\n```")
    assert html == (
        "<pre><code>&lt;img src=x onerror=alert(1)&gt;\n&lt;b&gt;gras&lt;/b&gt;\nfin\n</code></pre>"
    )


def test_a_link_title_with_a_quote_is_escaped_once():
    html = render('[النص](https://example.org "قالت \\"لا\\"")')
    assert 'title="قالت &quot;لا&quot;"' in html


def test_a_line_break_is_kept_and_html_is_shown_as_text():
    assert render("سطر\nسطر <b>آخر</b>") == "<p>سطر<br>\nسطر &lt;b&gt;آخر&lt;/b&gt;</p>"
