from django import forms
from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.views.generic import (
    CreateView,
    EditView,
    IndexView,
    PermissionCheckedMixin,
)
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from . import devices, usage
from .models import KioskDevice

USAGE_DAYS = 90


class EnrolView(CreateView):
    """Adding a device enrols the browser the staff member is using."""

    page_title = gettext_lazy("Enrol this browser")
    template_name = "kiosk/admin/enrol.html"

    def save_instance(self):
        self.form.instance.enrolled_by = self.request.user
        return super().save_instance()

    def form_valid(self, form):
        response = super().form_valid(form)
        devices.set_cookie(response, self.object)
        return response

    def get_context_data(self, **kwargs):
        idle_minutes = max(1, round(settings.KIOSK_IDLE_SECONDS / 60))
        return super().get_context_data(idle_minutes=idle_minutes, **kwargs)

    def get_success_message(self, instance):
        return _(
            "This browser is now the kiosk “%(name)s”. Sign out of the admin before you "
            "leave it to the public."
        ) % {"name": instance.name}


class DeviceForm(forms.ModelForm):
    class Meta:
        model = KioskDevice
        fields = ["name", "location"]


class DeviceChangeForm(forms.ModelForm):
    enrol_this_browser = forms.BooleanField(
        label=gettext_lazy("Enrol this browser as this device"),
        help_text=gettext_lazy(
            "For the kiosk's own browser after its cookies were lost (for example a "
            "private-mode browser after a restart)."
        ),
        required=False,
    )

    class Meta:
        model = KioskDevice
        fields = ["name", "location", "revoked"]


class ReenrolView(EditView):
    def form_valid(self, form):
        response = super().form_valid(form)
        if form.cleaned_data["enrol_this_browser"] and not self.object.revoked:
            devices.set_cookie(response, self.object)
        return response


class DeviceIndexView(IndexView):
    add_item_label = gettext_lazy("Enrol this browser")


class KioskDeviceViewSet(ModelViewSet):
    model = KioskDevice
    icon = "desktop"
    add_to_admin_menu = False  # in the Kiosk submenu below
    index_view_class = DeviceIndexView
    add_view_class = EnrolView
    edit_view_class = ReenrolView
    list_display = ["name", "location", "enrolled_at", "last_seen", "revoked"]
    list_filter = ["revoked"]
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return DeviceChangeForm if for_update else DeviceForm


kiosk_devices = KioskDeviceViewSet("kiosk_devices")


class UsageView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    permission_policy = ModelPermissionPolicy(KioskDevice)
    permission_required = "view"
    page_title = gettext_lazy("Kiosk usage")
    header_icon = "table"
    template_name = "kiosk/admin/usage.html"

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return usage.as_csv(usage.daily(USAGE_DAYS), "kiosk-usage.csv")
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        labels = usage.section_labels()
        return super().get_context_data(
            rows=usage.daily(USAGE_DAYS),
            days=USAGE_DAYS,
            section_headings=[labels[name] for name in usage.SECTIONS],
            **kwargs,
        )


@hooks.register("register_admin_viewset")
def register_devices():
    return kiosk_devices


@hooks.register("register_admin_urls")
def register_usage_url():
    return [path("kiosk/usage/", UsageView.as_view(), name="kiosk_usage")]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("kiosk.view_kioskdevice")


@hooks.register("register_admin_menu_item")
def register_kiosk_menu():
    items = [
        StaffMenuItem(
            gettext_lazy("Kiosk devices"), reverse("kiosk_devices:index"), icon_name="desktop"
        ),
        StaffMenuItem(gettext_lazy("Kiosk usage"), reverse("kiosk_usage"), icon_name="table"),
    ]
    return SubmenuMenuItem(gettext_lazy("Kiosk"), Menu(items=items), icon_name="desktop", order=900)


@hooks.register("before_serve_page")
def note_section(page, request, serve_args, serve_kwargs):
    """Which section a page belongs to, for the kiosk's usage figures."""
    if getattr(request, "kiosk", None) is not None:
        request.kiosk_section = section_of_page(page)


def section_of_page(page) -> str:
    app_label = page.specific_class._meta.app_label
    if app_label in ("library", "statistics"):
        return app_label
    return "home" if page.depth <= 2 else "articles"
