"""Demo site settings: the municipality of El Kef and the real national helplines
(../shared/data/real-figures.md: verify the numbers again before launch). The social-media
accounts are left empty: only the municipality can say which are its own.

The municipality and the helplines are published as the admin does it, through a first
revision, so each starts its history."""

from wagtail.models import Locale, Site

from .models import Helpline, Municipality, PortalSettings

MUNICIPALITY = {
    "ar": {
        "name": "بلدية الكاف",
        "tagline": "موقع خاص بالمرأة وبمشاغلها",
        "credit": "التعهد عدد 17 من خطة عمل شراكة الحكومة المفتوحة لبلدية الكاف",
    },
    "fr": {
        "name": "Commune du Kef",
        "tagline": "Un site consacré aux femmes et à leurs préoccupations",
        "credit": "Engagement n° 17 du plan d'action du Partenariat pour un gouvernement ouvert de la commune du Kef",
    },
    "en": {
        "name": "Municipality of El Kef",
        "tagline": "A website for women and their concerns",
        "credit": "Commitment 17 of El Kef's Open Government Partnership action plan",
    },
}

# number -> language -> (name, hours)
HELPLINES = {
    "1899": {
        "ar": ("الخط الأخضر للتبليغ عن العنف ضد المرأة", "مجاني، 24 ساعة على 24"),
        "fr": ("Numéro vert pour signaler les violences faites aux femmes", "Gratuit, 24 h/24"),
        "en": ("Free line to report violence against women", "Free, 24 hours a day"),
    },
    "1809": {
        "ar": ("خط الإصغاء والدعم النفسي لضحايا العنف", "من 8:00 إلى 24:00"),
        "fr": ("Écoute et soutien psychologique aux victimes de violence", "De 8 h à minuit"),
        "en": ("Psychological support line for victims of violence", "8:00 to midnight"),
    },
}


def publish(snippet) -> None:
    """Saved as a draft, then its first revision published (live, with a history)."""
    snippet.live = False
    snippet.save()
    snippet.save_revision().publish()


def load() -> None:
    for site in Site.objects.all():
        PortalSettings.for_site(site)  # the defaults, saved now rather than on a first visit
    source_locale = Locale.get_default()
    municipality = Municipality.objects.filter(locale=source_locale).first()
    if municipality is None:
        municipality = Municipality(locale=source_locale, **MUNICIPALITY["ar"])
        publish(municipality)
    for code, fields in MUNICIPALITY.items():
        locale = Locale.objects.get(language_code=code)
        if municipality.get_translation_or_none(locale) is None:
            translated = municipality.copy_for_translation(locale)
            for name, value in fields.items():
                setattr(translated, name, value)
            publish(translated)

    if not Helpline.objects.exists():
        for order, (number, texts) in enumerate(HELPLINES.items()):
            name, hours = texts["ar"]
            line = Helpline(
                locale=source_locale, name=name, number=number, hours=hours, sort_order=order
            )
            publish(line)
            for code in ("fr", "en"):
                translated = line.copy_for_translation(Locale.objects.get(language_code=code))
                translated.name, translated.hours = texts[code]
                publish(translated)
