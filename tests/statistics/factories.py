import factory

from women_portal.core.models import Theme
from women_portal.statistics.models import Indicator, Observation


class IndicatorFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"indicator-{n}")
    name_ar = factory.Sequence(lambda n: f"مؤشر {n}")
    name_fr = factory.Sequence(lambda n: f"Indicateur {n}")
    unit = "%"
    theme = factory.LazyFunction(lambda: Theme.objects.get(key="work"))
    source_name_ar = "المعهد الوطني للإحصاء"
    source_name_fr = "INS"

    class Meta:
        model = Indicator


class ObservationFactory(factory.django.DjangoModelFactory):
    indicator = factory.SubFactory(IndicatorFactory)
    period = "2024"
    geography = "municipality"
    sex = "women"
    value = "10"

    class Meta:
        model = Observation
