from django import forms
from django.utils.translation import gettext_lazy as _

from .importer import MAX_BYTES


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "The columns of the CSV download: indicator, period, geography, sex, value, flag, note."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 5 MB. Split it into smaller files.")
            )
        return upload


class ConfirmForm(forms.Form):
    """The checked file's text, sent back when the editor confirms the preview."""

    content = forms.CharField(widget=forms.HiddenInput, strip=False)
