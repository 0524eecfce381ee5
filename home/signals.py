"""An article's theme follows it when it moves: Wagtail's move saves a plain Page, so
ArticlePage.save() (which sets theme_page from the parent) does not run."""

from django.dispatch import receiver
from wagtail.signals import post_page_move


@receiver(post_page_move)
def theme_follows_the_move(sender, instance, **kwargs) -> None:
    from .models import ArticlePage, ThemePage

    moved = ArticlePage.objects.descendant_of(instance, inclusive=True).select_related(None)
    for article in moved:
        parent = article.get_parent()
        theme = parent.pk if parent.specific_class is ThemePage else None
        if article.theme_page_id != theme:
            ArticlePage.objects.filter(pk=article.pk).update(theme_page_id=theme)
