"""What the library accepts as a file: the type read from the bytes, not from the name."""

from pathlib import PurePath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import UnidentifiedImageError
from wagtail.documents.forms import BaseDocumentForm

from women_portal.core.pictures import check_picture

# Extension → the types filetype may report for it. DOCX/ODT/EPUB are ZIP files; filetype
# looks inside for their own markers.
ACCEPTED = {
    "pdf": {"pdf"},
    "epub": {"epub"},
    "docx": {"docx"},
    "odt": {"odt"},
    "png": {"png"},
    "jpg": {"jpg"},
    "jpeg": {"jpg"},
}
PICTURES = {"png", "jpg"}
DEFAULT_MAX_SIZE = 50 * 1024 * 1024


def max_upload_size() -> int:
    return getattr(settings, "LIBRARY_MAX_UPLOAD_SIZE", DEFAULT_MAX_SIZE)


def check_upload(upload) -> None:
    """Refuse files that are too big or whose bytes do not match their extension."""
    if upload.size > max_upload_size():
        raise ValidationError(
            _("This file is %(size)s; the library accepts files up to %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_upload_size())}
        )
    extension = PurePath(upload.name).suffix.lower().lstrip(".")
    if extension not in ACCEPTED:
        raise ValidationError(
            _("The library accepts PDF, EPUB, DOCX, ODT, PNG and JPEG files only.")
        )
    upload.seek(0)
    kind = filetype.guess(upload.read(8192))
    upload.seek(0)
    if kind is None or kind.extension not in ACCEPTED[extension]:
        raise ValidationError(
            _(
                "The content of this file is not a %(type)s file, whatever its name says. "
                "Export it again from the program that made it, or choose the original."
            )
            % {"type": extension.upper()}
        )
    if kind.extension in PICTURES:
        try:
            check_picture(upload)
        except UnidentifiedImageError:
            raise ValidationError(_("This picture cannot be read.")) from None


class SafeDocumentForm(BaseDocumentForm):
    """Every document upload in the admin (WAGTAILDOCS_DOCUMENT_FORM_BASE) goes through this."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            check_upload(upload)
        return upload

    def add_error(self, field, error):
        """Wagtail's Document.clean() checks the extension of the file on the document,
        which a refused upload never reached: its "File extension “” is not allowed" would
        follow the message that says what is wrong. Only that second message is left out."""
        errors = getattr(error, "error_dict", None)
        if field is None and errors and "file" in errors and self.has_error("file"):
            others = {name: value for name, value in errors.items() if name != "file"}
            if not others:
                return
            error = ValidationError(others)
        super().add_error(field, error)
