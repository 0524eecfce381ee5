"""Pictures from outside — members' avatars, forum attachments, library files, editors'
images — are measured before they are decoded.

A PNG of 12,000 × 12,000 pixels weighs 168 KB and takes 600 MB once decoded: its size in
bytes says nothing. Pillow reads the width and height from the header without decoding, so
a picture with more than settings.MAX_IMAGE_PIXELS is refused with a message before any
pixel is read. Pillow's own guard (Image.MAX_IMAGE_PIXELS, set to the same value in settings) stops any
other way in that forgets to ask: it warns above it and refuses above twice it."""

from contextlib import contextmanager

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

TOO_MANY_PIXELS = _(
    "This picture has too many pixels (more than %(millions)s million). Make it smaller, "
    "or take a screenshot of it, and try again."
)


def max_pixels() -> int:
    return settings.MAX_IMAGE_PIXELS


def too_many_pixels() -> ValidationError:
    return ValidationError(
        TOO_MANY_PIXELS, code="too_many_pixels", params={"millions": max_pixels() // 1_000_000}
    )


def check_pixels(picture: Image.Image) -> None:
    """Refuse an opened (not yet decoded) picture whose size is over the limit."""
    if not fits(picture):
        raise too_many_pixels()


@contextmanager
def open_picture(file):
    """Image.open, refusing a picture over the limit with the message above, whether Pillow
    finds it (twice the limit and more) or we do."""
    try:
        picture = Image.open(file)
    except Image.DecompressionBombError:
        raise too_many_pixels() from None
    with picture:
        check_pixels(picture)
        yield picture


def check_picture(file) -> None:
    """Measure an uploaded picture without decoding it, then rewind it for whoever reads it
    next: too many pixels is refused with the message above; a file that is no picture at
    all raises Pillow's UnidentifiedImageError, for the caller to say so its own way."""
    try:
        with open_picture(file):
            pass
    finally:
        file.seek(0)


def fits(picture: Image.Image) -> bool:
    width, height = picture.size
    return width * height <= max_pixels()


class PictureField(forms.ImageField):
    """Django's image field, which Pillow's own guard would make say only "not a valid
    image" for a picture with too many pixels: this one says what is wrong."""

    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "seek"):
            try:
                check_picture(data)
            except UnidentifiedImageError:
                pass  # Django's own message says it is not a picture
        return super().to_python(data)
