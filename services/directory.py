"""The help page's list: services filtered by category and delegation with plain links
(no JavaScript), each link saying how many services it leads to."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count

from .models import CATEGORIES, DELEGATIONS, ServicePage

CARD_RELATED = ("organisation",)
CARD_PREFETCHED = ("phones", "categories", "languages")


@dataclass
class Choice:
    key: str
    label: str
    count: int
    url: str
    current: bool


def shown_services(help_page):
    """What readers may see under this help page: live, public services."""
    return ServicePage.objects.child_of(help_page).live().public()


class Directory:
    def __init__(self, help_page, params):
        self.page = help_page
        category, delegation = params.get("category", ""), params.get("delegation", "")
        # Only known values: anything else is as if nothing was chosen.
        self.category = category if category in dict(CATEGORIES) else ""
        self.delegation = delegation if delegation in dict(DELEGATIONS) else ""

    def url(self, **chosen) -> str:
        params = {"category": self.category, "delegation": self.delegation, **chosen}
        query = urlencode({name: value for name, value in params.items() if value})
        return f"{self.page.url}?{query}" if query else self.page.url

    def in_category(self, services):
        return services.filter(categories__key=self.category) if self.category else services

    def in_delegation(self, services):
        # A service of the whole governorate (no delegation) serves every delegation.
        if not self.delegation:
            return services
        return services.filter(delegation__in=[self.delegation, ""])

    @property
    def services(self):
        services = self.in_delegation(self.in_category(shown_services(self.page)))
        return (
            services.select_related(*CARD_RELATED)
            .prefetch_related(*CARD_PREFETCHED)
            .order_by("-delegation", "title")
        )

    def categories(self) -> list[Choice]:
        counts = dict(
            self.in_delegation(shown_services(self.page))
            .order_by()
            .values_list("categories__key")
            .annotate(count=Count("pk", distinct=True))
        )
        return [
            Choice(key, label, counts.get(key, 0), self.url(category=key), key == self.category)
            for key, label in CATEGORIES
        ]

    def delegations(self) -> list[Choice]:
        counts = dict(
            self.in_category(shown_services(self.page))
            .order_by()
            .values_list("delegation")
            .annotate(count=Count("pk", distinct=True))
        )
        everywhere = counts.get("", 0)  # counted in every delegation
        return [
            Choice(
                key,
                label,
                counts.get(key, 0) + everywhere,
                self.url(delegation=key),
                key == self.delegation,
            )
            for key, label in DELEGATIONS
        ]

    @property
    def chosen(self) -> bool:
        return bool(self.category or self.delegation)

    @property
    def print_url(self) -> str:
        url = self.url()
        return f"{url}{'&' if '?' in url else '?'}print=1"
