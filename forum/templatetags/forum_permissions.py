"""machina's `get_permission` tag without its cost: machina lists the permission handler's
methods with `inspect.getmembers` on every call, twice per post of a topic page (a tenth of
the page's time). The same rule, checked directly: only the handler's public methods."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def get_permission(context, method: str, *args, **kwargs):
    handler = context["request"].forum_permission_handler
    check = getattr(handler, method, None) if not method.startswith("_") else None
    if not callable(check):
        raise template.TemplateSyntaxError(f"{method!r} is not a permission check")
    return check(*args, **kwargs)
