import datetime

import factory
import wagtail_factories

from services.models import (
    HelpIndexPage,
    ServiceCategory,
    ServicePage,
    ServicePhone,
    SpokenLanguage,
)


class HelpIndexPageFactory(wagtail_factories.PageFactory):
    title = "أين أجد المساعدة"
    slug = "help"

    class Meta:
        model = HelpIndexPage


class ServicePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"خدمة {n}")
    summary = "استماع وتوجيه للنساء ضحايا العنف."
    last_checked = datetime.date(2026, 3, 1)

    class Meta:
        model = ServicePage
        skip_postgeneration_save = True  # the last hook saves, once

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        keys = extracted or ["listening"]
        self.categories.set(ServiceCategory.objects.filter(key__in=keys))

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        self.languages.set(SpokenLanguage.objects.filter(code__in=extracted or []))

    @factory.post_generation
    def phones(self, create, extracted, **kwargs):
        self.phones = [ServicePhone(number=number) for number in extracted or []]
        if create:
            self.save()
