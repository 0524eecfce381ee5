from django.apps import apps
from django.core import checks

from . import registry


@checks.register()
def declared_models_exist(app_configs=None, **kwargs) -> list:
    """A label misspelt in an app's declaration would leave its changes unseen."""
    declared = registry.SHOWN_ON_PAGES | set(registry.SHOWN_FIELDS) | registry.SHOWN_ONCE_CHANGED
    known = {model._meta.label_lower for model in apps.get_models()}
    return [
        checks.Error(
            f"The page cache is told to follow '{label}', which is no installed model.",
            id="pagecache.E001",
        )
        for label in sorted(declared - known)
    ]
