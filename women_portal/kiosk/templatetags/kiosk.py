from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("kiosk/bar.html", takes_context=True)
def kiosk_bar(context) -> dict:
    """On a kiosk: the shared-computer notice, End my session, and the idle warning."""
    request = context.get("request")
    if getattr(request, "kiosk", None) is None:
        return {"on_kiosk": False}
    idle = settings.KIOSK_IDLE_SECONDS
    return {
        "on_kiosk": True,
        "idle_seconds": idle,
        "idle_minutes": max(1, round(idle / 60)),
        "warning_seconds": min(settings.KIOSK_WARNING_SECONDS, idle // 2),
    }


@register.filter
def kiosk_private(field, request):
    """A form field the browser must not remember on a kiosk (`{{ field|kiosk_private:request }}`)."""
    if getattr(request, "kiosk", None) is None:
        return field
    return field.as_widget(attrs={"autocomplete": "off"})
