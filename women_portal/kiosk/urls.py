from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="kiosk_start"),
    path("end/", views.end, name="kiosk_end"),
    path("still-here/", views.still_here, name="kiosk_still_here"),
    path("leave/", views.leave, name="kiosk_leave"),
]
