"""machina's attachment form, with every new file checked and cleaned (uploads.py) before it
is saved; as many file fields as a post may carry are shown, since the forum's forms work
without JavaScript (machina's "add another file" needs it)."""

from django.core.files.uploadedfile import UploadedFile
from django.forms.models import modelformset_factory
from machina.apps.forum_conversation.forum_attachments.forms import (
    AttachmentForm as MachinaAttachmentForm,
)
from machina.apps.forum_conversation.forum_attachments.forms import BaseAttachmentFormset
from machina.conf import settings as machina_settings

from .models import Attachment
from .uploads import clean_upload


class AttachmentForm(MachinaAttachmentForm):
    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):  # a new file, not the one already attached
            return clean_upload(upload)
        return upload


AttachmentFormset = modelformset_factory(
    Attachment,
    AttachmentForm,
    formset=BaseAttachmentFormset,
    can_delete=True,
    extra=machina_settings.ATTACHMENT_MAX_FILES_PER_POST,
    max_num=machina_settings.ATTACHMENT_MAX_FILES_PER_POST,
    validate_max=True,
)
