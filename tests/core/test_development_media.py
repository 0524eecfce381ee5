"""Under the development settings (`make run`), uploaded files are served as nginx serves
them in production: the public folders only. A library file in review is never a plain
address away (it goes through /documents/…, which checks who asks)."""

import importlib
from pathlib import Path

from django.conf import settings
from django.test import Client, override_settings
from django.urls import clear_url_caches, set_urlconf

import women_portal.urls


def development_urls():
    """The URLconf as DEBUG builds it."""
    with override_settings(DEBUG=True):
        module = importlib.reload(women_portal.urls)
    return module


def test_development_serves_public_media_and_never_documents(tmp_path, db):
    with override_settings(MEDIA_ROOT=tmp_path):
        for folder in [*settings.PUBLIC_MEDIA_FOLDERS, "documents/"]:
            (Path(tmp_path) / folder).mkdir(parents=True)
            (Path(tmp_path) / folder / "file.webp").write_bytes(b"RIFF")
        module = development_urls()
        try:
            with override_settings(ROOT_URLCONF=module.__name__):
                clear_url_caches()
                client = Client()
                for folder in settings.PUBLIC_MEDIA_FOLDERS:
                    assert client.get(f"/media/{folder}file.webp").status_code == 200, folder
                assert client.get("/media/documents/file.webp").status_code == 404
        finally:
            importlib.reload(women_portal.urls)
            clear_url_caches()
            set_urlconf(None)
