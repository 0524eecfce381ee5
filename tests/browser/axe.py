from axe_playwright_python.sync_playwright import Axe

# Every rule axe-core runs by default, whatever its impact (minor and moderate included),
# and the WCAG 2.2 tap target size (24×24 CSS px), named here so that it never drops out.
OPTIONS = {"resultTypes": ["violations"], "rules": {"target-size": {"enabled": True}}}

# Links and controls shown on the page but of no size: a link whose only content is an icon
# that is not loaded, or words hidden for screen readers. axe's target-size passes them
# over; a finger or a keyboard's focus ring cannot find them.
ZERO_SIZE = """() => [...document.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]')]
  .filter((element) => element.checkVisibility({visibilityProperty: true}))
  .filter((element) => {
    const box = element.getBoundingClientRect();
    return box.width < 1 || box.height < 1;
  })
  .map((element) => element.outerHTML.slice(0, 160))"""


def accessibility_violations(page) -> list[str]:
    """axe-core's violations on the page, of any impact, and the controls of no size: one
    readable line each."""
    # At the top of the page, as it opens: when a page scrolls (to a focused error summary),
    # the sticky safety bar covers part of the header, which axe would count against the
    # header's links' tap size depending on where the page happens to be.
    page.evaluate("window.scrollTo(0, 0)")
    results = Axe().run(page, options=OPTIONS)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        + (f" (+{len(violation['nodes']) - 5})" if len(violation["nodes"]) > 5 else "")
        for violation in results.response["violations"]
    ] + [f"zero-size target: {html}" for html in page.evaluate(ZERO_SIZE)]
