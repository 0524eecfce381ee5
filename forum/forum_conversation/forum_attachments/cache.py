"""machina keeps the files of a post being previewed in a file cache (CACHES
["machina_attachments"]) until it is sent. Here only the cleaned files go there (uploads.py):
a refused file is never kept, and a picture's metadata never reaches the disk."""

from django.core.exceptions import ValidationError
from django.utils.datastructures import MultiValueDict
from machina.apps.forum_conversation.forum_attachments.cache import (
    AttachmentCache as MachinaAttachmentCache,
)

from .uploads import clean_upload, mark_clean


class AttachmentCache(MachinaAttachmentCache):
    def set(self, key, files):
        cleaned = MultiValueDict()
        for name, upload in files.items():
            try:
                cleaned[name] = clean_upload(upload)
            except ValidationError:
                continue  # the form says why; the file is not kept
        super().set(key, cleaned)

    def get(self, key):
        files = super().get(key)
        for upload in files.values():
            mark_clean(upload)  # only cleaned files were stored
        return files


cache = AttachmentCache()
