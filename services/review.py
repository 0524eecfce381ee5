"""Services go through the library's review: contributing organisations add and change
services of their own organisation and submit them; the editor publishes
(library/review.py). Made sure of after every `migrate` and when a help page is created."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from library.review import open_for_contributions

from .models import HelpIndexPage


def open_help_pages_for_contributions(**kwargs) -> None:
    for help_page in HelpIndexPage.objects.all():
        open_for_contributions(help_page)


@receiver(post_save, sender=HelpIndexPage)
def new_help_page(sender, instance, created, **kwargs) -> None:
    if created:
        open_for_contributions(instance)
