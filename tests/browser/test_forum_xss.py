"""A moderator (her posts appear at once and no rate limit stops her) writes 63 ways of
running script into the forum's real form — in the subject and in the bodies, as HTML and
as Markdown — and Chromium shows the topic to her and to a reader: no dialog opens, no
payload runs, and no post carries an event handler or a script link (and the
Content-Security-Policy reports nothing, which open_page checks)."""

from django.contrib.auth import get_user_model
from machina.apps.forum.models import Forum
from machina.apps.forum_conversation.models import Topic

from tests.browser.test_forum import signed_in_page
from tests.forum.test_markup import PAYLOADS

POSTS = 7  # the payloads are spread over a topic and its replies, several in each post
# Each payload both opens a dialog and sets a flag, should it ever run.
RUN = "alert(window.xssFired=1)"
SUBJECT = f"<img src=x onerror={RUN}><script>{RUN}</script> XSS"

# Everything inside the posts that could run script, load something or take input.
FIND_DANGER = """() => {
  const bad = [];
  const forbidden = /^(script|iframe|frame|object|embed|svg|math|style|link|meta|base|form|input|
    button|textarea|select|img|video|audio|source|details|template|noscript|marquee|body)$/;
  for (const el of document.querySelectorAll(".post-content, .post-content *, h1")) {
    const tag = el.tagName.toLowerCase();
    if (forbidden.test(tag)) bad.push(tag);
    for (const attribute of el.attributes) {
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
      if (attribute.name.toLowerCase().startsWith("on")) bad.push(`${tag} ${attribute.name}`);
      if (/^(javascript|vbscript|data):/.test(value)) bad.push(`${tag} ${attribute.name}=${value}`);
    }
    if (tag === "a" && el.href && !/^(https?|mailto):$/.test(new URL(el.href).protocol)) {
      bad.push(`a ${el.href}`);
    }
  }
  for (const el of document.querySelectorAll("a[href], [src], [action], [formaction]")) {
    for (const name of ["href", "src", "action", "formaction"]) {
      const value = (el.getAttribute(name) || "").replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
      if (value.startsWith("javascript:")) bad.push(`${el.tagName} ${name}=${value}`);
    }
  }
  return bad;
}""".replace("|\n    ", "|")


def bodies() -> list[str]:
    """The payloads, dealt out over the posts in turn (neighbours in the list, such as two
    reference-style links with the same name, land in different posts), each after a marker
    that shows it reached the page."""
    posts = [[] for _ in range(POSTS)]
    for number, payload in enumerate(PAYLOADS):
        posts[number % POSTS].append(
            f"payload-{number}-start\n\n{payload.replace('alert(1)', RUN)}"
        )
    return ["\n\n".join(post) for post in posts]


def submit(page, content: str) -> None:
    page.fill("#id_content", content)
    page.locator("main form input[type=submit]:not([name=preview])").click()
    page.wait_for_load_state()


def assert_nothing_ran(page, dialogs: list) -> None:
    assert page.evaluate(FIND_DANGER) == []
    text = page.locator("main").inner_text()
    missing = [number for number in range(len(PAYLOADS)) if f"payload-{number}-start" not in text]
    assert missing == [], "payloads that did not reach the page"
    for link in page.locator(".post-content a").all():
        link.hover(force=True)  # what a reader's pointer does: would run an onmouseover
    page.wait_for_timeout(300)  # time for any onload, onerror or animation to fire
    assert dialogs == []
    assert page.evaluate("window.xssFired") is None


def test_script_posted_through_the_forum_form_never_runs(open_page, demo_site):
    assert len(PAYLOADS) >= 30
    questions = Forum.objects.get(name="Questions and help")
    forum_url = f"{demo_site.url}/ar/forum/forum/{questions.slug}-{questions.pk}/"
    writer = signed_in_page(open_page, demo_site, "xss-moderator", "ar", "Moderators")
    dialogs = []
    writer.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        first, *replies = bodies()
        writer.goto(f"{forum_url}topic/create/")
        writer.fill("#id_subject", SUBJECT)
        submit(writer, first)
        topic = Topic.objects.get(subject=SUBJECT)
        assert topic.approved  # she posts without waiting for a moderator
        topic_url = f"{forum_url}topic/{topic.slug}-{topic.pk}/"
        for body in replies:
            writer.goto(f"{topic_url}post/create/")
            submit(writer, body)
        assert topic.posts.filter(approved=True).count() == POSTS

        writer.goto(topic_url)
        assert writer.locator(".post-content").count() == POSTS
        assert_nothing_ran(writer, dialogs)

        reader = open_page(None)
        reader.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        reader.goto(topic_url)
        assert "XSS" in reader.locator("h1").inner_text()
        assert_nothing_ran(reader, dialogs)
        reader.goto(forum_url)  # the subject, listed
        reader.wait_for_timeout(300)
        assert dialogs == [] and reader.evaluate("window.xssFired") is None
    finally:
        Topic.objects.filter(subject=SUBJECT).delete()
        get_user_model().objects.filter(username="xss-moderator").delete()
