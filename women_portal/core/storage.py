"""Uploaded files on the server's disk. A write the disk refuses (full, or mounted
read-only) leaves no partial file behind: Django's storage keeps what it wrote before the
error, a file no row points at. The error itself reaches the reader as the site's page
"files cannot be saved just now" (women_portal/core/errors.py)."""

from contextlib import suppress

from django.core.files.storage import FileSystemStorage


class MediaStorage(FileSystemStorage):
    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except FileExistsError:
            raise
        except OSError:
            # The name is new (Django opens it with O_EXCL): what is there is ours, partial.
            with suppress(OSError):  # a read-only disk refuses this too
                self.delete(name)
            raise
