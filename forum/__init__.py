"""django-machina's `forum` app, overridden (apps.py).

machina's get_class("forum.views", name) looks for an overriding class on the app's package
itself when, as here, the app is a top-level package (for a dotted app path it would look in
its `views` module). So the views of forum/views.py that machina should use are offered here,
imported when machina asks for them (the package cannot import models at its own import)."""

FROM_VIEWS = {"IndexView", "ForumView"}


def __getattr__(name: str):
    if name in FROM_VIEWS:
        from . import views

        return getattr(views, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
