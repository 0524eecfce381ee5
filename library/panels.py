from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class DocumentStatusPanel(Panel):
    """Tells the editor what was read out of the item's file (pages, text, thumbnail)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Reading the file"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "library/admin/document_status.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["analysis"] = self.instance.analysis
            return context
