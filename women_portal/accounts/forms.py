import io
import re
import time

from django import forms
from django.core import signing
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from women_portal.core.pictures import PictureField, open_picture

from .models import Profile

PSEUDONYM = re.compile(r"[\w .'-]{3,40}")
MIN_SECONDS_TO_SIGN_UP = 3  # people take longer than this to fill in the form; robots do not
AVATAR_MAX_BYTES = 2 * 1024 * 1024
AVATAR_SIZE = 256
STARTED_SALT = "accounts.signup.started"


def clean_pseudonym(value: str, profile: Profile | None = None) -> str:
    value = " ".join(value.split())
    if not PSEUDONYM.fullmatch(value) or value.isdigit():
        raise forms.ValidationError(
            _(
                "Choose a pseudonym of 3 to 40 letters or digits (spaces, dots and dashes "
                "allowed). It is the only name other members will see."
            )
        )
    taken = Profile.objects.filter(pseudonym__iexact=value)
    if profile is not None:
        taken = taken.exclude(pk=profile.pk)
    if taken.exists():
        raise forms.ValidationError(_("This pseudonym is already used. Please choose another."))
    return value


class SignupExtraForm(forms.Form):
    """Added to allauth's sign-up form (ACCOUNT_SIGNUP_FORM_CLASS): the pseudonym, and two
    checks against robots that need no outside service: a field people do not see (a robot
    fills it in) and the time taken to fill in the form."""

    pseudonym = forms.CharField(
        label=_("Pseudonym"),
        max_length=40,
        help_text=_("The only name shown to others. Do not use your real name if you prefer not."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    field_order = ["pseudonym", "email", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["started"].initial = signing.dumps(time.time(), salt=STARTED_SALT)

    def clean_pseudonym(self):
        return clean_pseudonym(self.cleaned_data["pseudonym"])

    def clean(self):
        cleaned = super().clean()
        refused = _("Your sign-up could not be accepted. Please check the form and send it again.")
        if cleaned.get("website"):
            raise forms.ValidationError(refused)
        try:
            started = float(signing.loads(cleaned.get("started") or "", salt=STARTED_SALT))
        except (signing.BadSignature, TypeError, ValueError):
            raise forms.ValidationError(refused) from None
        if time.time() - started < MIN_SECONDS_TO_SIGN_UP:
            # A person using autofill can be this fast: say so; what she typed stays.
            raise forms.ValidationError(
                _(
                    "The form was sent very quickly, as robots do. If you filled it in "
                    "automatically, check it and press the button again."
                )
            )
        return cleaned

    def signup(self, request, user):
        Profile.objects.create(user=user, pseudonym=self.cleaned_data["pseudonym"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["pseudonym", "bio", "avatar"]
        field_classes = {"avatar": PictureField}
        widgets = {"bio": forms.Textarea(attrs={"rows": 4, "maxlength": 500})}

    def clean_pseudonym(self):
        return clean_pseudonym(self.cleaned_data["pseudonym"], self.instance)

    def clean_avatar(self):
        """A small square picture, re-encoded: nothing of the original file (place, camera,
        date in its metadata) is kept."""
        upload = self.cleaned_data.get("avatar")
        if not upload or "avatar" not in self.changed_data:
            return upload
        if upload.size > AVATAR_MAX_BYTES:
            raise forms.ValidationError(_("The picture is too large: choose one under 2 MB."))
        try:
            with open_picture(upload) as picture:
                if picture.format not in {"JPEG", "PNG", "WEBP"}:
                    raise forms.ValidationError(_("Choose a JPEG, PNG or WebP picture."))
                picture.draft("RGB", (AVATAR_SIZE, AVATAR_SIZE))  # a JPEG decodes smaller
                picture = picture.convert("RGB")
                picture.thumbnail((AVATAR_SIZE, AVATAR_SIZE))
                out = io.BytesIO()
                picture.save(out, "WEBP", quality=80)
        except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
            raise forms.ValidationError(_("This file is not a picture.")) from None
        return InMemoryUploadedFile(
            out, "avatar", "avatar.webp", "image/webp", out.getbuffer().nbytes, None
        )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        if not self.user.check_password(self.cleaned_data["password"]):
            raise forms.ValidationError(_("This is not your password."))
        return self.cleaned_data["password"]
