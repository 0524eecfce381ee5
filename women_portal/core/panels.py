from django.conf import settings
from wagtail.admin.panels import FieldPanel


def in_every_language(field: str) -> list[FieldPanel]:
    """The field's translations (name_ar, name_fr, …), one panel each (modeltranslation)."""
    return [FieldPanel(f"{field}_{code}") for code, _name in settings.LANGUAGES]
