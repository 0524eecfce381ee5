from wagtail.admin.forms import WagtailAdminPageForm

from .review import is_reviewer


class LibraryItemForm(WagtailAdminPageForm):
    """Contributors file items under one of their own organisations, never another's, and
    attach files they uploaded themselves."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None or is_reviewer(user):
            return
        if "organisation" in self.fields:
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(members=user)
            field.required = True
        if "document" in self.fields:
            field = self.fields["document"]
            field.queryset = field.queryset.filter(uploaded_by_user=user) | field.queryset.filter(
                pk=self.instance.document_id
            )
