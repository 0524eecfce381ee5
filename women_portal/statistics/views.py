"""The editor's CSV import in the Wagtail admin: upload, preview, confirm."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .forms import ConfirmForm, UploadForm
from .importer import apply, plan_import

PREVIEW_ROWS = 50


@permission_required("statistics.add_observation", raise_exception=True)
def import_csv(request):
    context = {"upload_form": UploadForm()}
    if request.method == "POST" and "confirm" in request.POST:
        confirm = ConfirmForm(request.POST)
        if confirm.is_valid():
            plan = plan_import(confirm.cleaned_data["content"].encode("utf-8"))
            if plan.is_valid:
                apply(plan)
                messages.success(
                    request,
                    _("Imported: %(new)s new, %(changed)s changed, %(unchanged)s unchanged.")
                    % {
                        "new": len(plan.new),
                        "changed": len(plan.changed),
                        "unchanged": plan.unchanged,
                    },
                )
                return redirect("wagtailsnippets_statistics_indicator:list")
            context["plan"] = plan
    elif request.method == "POST":
        upload = UploadForm(request.POST, request.FILES)
        context["upload_form"] = upload
        if upload.is_valid():
            data = upload.cleaned_data["file"].read()
            plan = plan_import(data)
            context["plan"] = plan
            if plan.is_valid:
                context["confirm_form"] = ConfirmForm(initial={"content": data.decode("utf-8-sig")})
                context["preview"] = (plan.new + plan.changed)[:PREVIEW_ROWS]
    return TemplateResponse(request, "statistics/admin/import.html", context)
