import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .forms import DeleteAccountForm, ProfileForm
from .models import Profile
from .privacy import export, forget


def own_profile(user) -> Profile:
    profile, _created = Profile.objects.get_or_create(
        user=user, defaults={"pseudonym": f"member-{user.pk}"}
    )
    return profile


@login_required
def profile(request):
    form = ProfileForm(
        request.POST or None, request.FILES or None, instance=own_profile(request.user)
    )
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
@require_POST
def export_data(request):
    """Everything the portal keeps about her, as a JSON file (POST: not a link to follow)."""
    body = json.dumps(export(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="my-data-womens-portal.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        forget(request.user)
        logout(request)
        messages.success(request, _("Your account is deleted. Take care."))
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form})


def locked_out(request, credentials=None, *args, **kwargs):
    """Too many failed logins (django-axes): a clear page with the HTTP status 429."""
    return render(request, "accounts/locked.html", status=429)


def login_name(request, credentials=None) -> str | None:
    """The account a login attempt is for: the site's form says "login" (an e-mail
    address), the Wagtail admin's says "username"."""
    credentials = credentials or {}
    return (
        credentials.get("email")
        or credentials.get("username")
        or request.POST.get("login")
        or request.POST.get("username")
    )
