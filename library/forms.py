from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from .review import is_reviewer


class FiledByOrganisationForm(WagtailAdminPageForm):
    """Contributors file pages (library items, services) under one of their own
    organisations, never another's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or is_reviewer(user):
            return
        if "organisation" in self.fields:
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(members=user)
            field.required = True
            # A list of her own organisations, not the chooser of every organisation (which
            # would then refuse the others with "Select a valid choice").
            field.widget = forms.Select(choices=field.choices)


class LibraryItemForm(FiledByOrganisationForm):
    """… and attach files they uploaded themselves."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or is_reviewer(user):
            return
        if "document" in self.fields:
            field = self.fields["document"]
            field.queryset = field.queryset.filter(uploaded_by_user=user) | field.queryset.filter(
                pk=self.instance.document_id
            )
