"""`{% cachedpart "name" [vary_on …] %}…{% endcachedpart %}`: a part of a page that
every reader is shown alike, rendered once per change of the site.

Wagtail's fragment cache (`{% wagtailcache %}`: never used in previews), keyed by the
vary_on values (for a page's own part, `page.cache_key`: the page in its current state), by
the language and by the cache generation, so any change that empties the page cache
(pagecache.cache.purge_all) renews these parts too. Readers the whole-page cache cannot
serve (members, kiosks, pages with a message) still get these parts without their queries.

Only for what does not depend on who reads, or with what does among the vary_on values:
no form with a CSRF token, no member's name.
"""

from django import template
from django.template import Variable
from django.utils import translation
from wagtail.templatetags.wagtail_cache import WagtailCacheNode

from ..cache import CHROME_SECONDS, generation

register = template.Library()
GENERATION_VAR = "page_cache_generation"
LANGUAGE_VAR = "page_cache_language"


class CachedPartNode(WagtailCacheNode):
    def render(self, context):
        with context.update(
            {GENERATION_VAR: generation(), LANGUAGE_VAR: translation.get_language()}
        ):
            return super().render(context)


@register.tag("cachedpart")
def cached_part(parser, token):
    nodelist = parser.parse(("endcachedpart",))
    parser.delete_first_token()
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a fragment name.")
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    vary_on += [Variable(GENERATION_VAR), Variable(LANGUAGE_VAR)]
    return CachedPartNode(
        nodelist, parser.compile_filter(str(CHROME_SECONDS)), bits[1].strip("\"'"), vary_on, None
    )
