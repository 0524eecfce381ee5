"""Factories for the objects every suite needs: a site whose home page exists in each language."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from women_portal.core.models import Helpline, Municipality, PortalSettings


class HomePageFactory(wagtail_factories.PageFactory):
    title = "بوابة المرأة"
    hero_message = "مرحبا بكن"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"صفحة {n}")
    intro = "مقدمة"

    class Meta:
        model = StandardPage


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = "بلدية الكاف"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Municipality


class HelplineFactory(factory.django.DjangoModelFactory):
    name = "الخط الأخضر"
    number = "1899"
    hours = "24/24"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Helpline


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def publish_translation(page: Page, code: str, **fields) -> Page:
    translated = page.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def make_site_tree(languages=("fr", "en")) -> dict[str, HomePage]:
    """Replace Wagtail's welcome page with an Arabic HomePage and its translations."""
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="portal")
    site.root_page = home
    site.save()
    welcome.delete()
    PortalSettings.for_site(site)  # created on first use otherwise, which empties the cache
    homes = {"ar": home}
    titles = {"fr": "Portail des femmes", "en": "Women's Portal"}
    for code in languages:
        homes[code] = publish_translation(home, code, title=titles[code])
    return homes
