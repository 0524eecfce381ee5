"""The workflows' and tasks' names in the admin user's language.

Wagtail stores a workflow's or a task's name as data and prints it as it is: an editor using
the admin in Arabic or French read "Moderators approval" (made by Wagtail's first migration)
or "Library review" (library/review.py). Those names stay stored in English, as made; when a
workflow or a task is loaded, a name of SHOWN_TRANSLATED becomes a ShownName: the stored
text wherever code compares it, saves it or writes it into a log entry, and its translation
wherever it is printed (templates, %-formatted messages, form choices). The workflow
history's log messages, which keep the names of the time, are shown the same way
(wagtail_hooks.py).

A name an editor types is saved and shown as she typed it, in every language. The edit form
shows a made name translated: saved unchanged (or typed as one of its translations), the
English name is kept, so each language keeps its own.
"""

from django.conf import settings
from django.db.models.signals import post_init, pre_save
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, gettext_noop

# The names the portal's own code makes, each an msgid of locale/. Apps add theirs (show_translated).
SHOWN_TRANSLATED = {gettext_noop("Moderators approval")}  # Wagtail's migration 0048


def show_translated(*names: str) -> None:
    SHOWN_TRANSLATED.update(names)


class ShownName(str):
    """A stored name (the str itself) printed in the active language."""

    def __str__(self) -> str:
        return gettext(str.__str__(self))

    def __format__(self, format_spec: str) -> str:
        return format(str(self), format_spec)

    def __html__(self) -> str:
        return escape(str(self))


def shown(name):
    """The name as the admin prints it: translated if the portal made it."""
    if isinstance(name, str) and not isinstance(name, ShownName) and name in SHOWN_TRANSLATED:
        return ShownName(name)
    return name


def stored(name: str) -> str:
    """What to store for a name saved from the admin: a made name's translation is the name."""
    if isinstance(name, ShownName) or not isinstance(name, str):
        return name
    for made in SHOWN_TRANSLATED:
        for language, _label in settings.LANGUAGES:
            with translation.override(language):
                if name.strip() == gettext(made):
                    return ShownName(made)
    return shown(name)


def _on_load(sender, instance, **kwargs) -> None:
    if "name" in instance.__dict__:  # not deferred
        instance.name = shown(instance.name)


def _on_save(sender, instance, **kwargs) -> None:
    instance.name = stored(instance.name)


def connect(models) -> None:
    """Called once the models are ready, with Workflow, Task and every kind of Task."""
    for model in models:
        post_init.connect(_on_load, sender=model, dispatch_uid=f"shown-name-{model._meta.label}")
        pre_save.connect(_on_save, sender=model, dispatch_uid=f"stored-name-{model._meta.label}")
