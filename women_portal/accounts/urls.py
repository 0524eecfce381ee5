from django.urls import include, path

from . import views

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/export/", views.export_data, name="profile_export"),
    path("profile/delete/", views.delete_account, name="profile_delete"),
    path("", include("allauth.urls")),
]
