import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from library.models import DocumentLanguage, LibraryIndexPage, LibraryItemPage, Organisation
from library.pdf_writer import pdf_document
from women_portal.core.models import Theme


class OrganisationFactory(factory.django.DjangoModelFactory):
    name_ar = factory.Sequence(lambda n: f"جمعية {n}")
    name_fr = factory.Sequence(lambda n: f"Association {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")

    class Meta:
        model = Organisation


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "المكتبة الرقمية"
    slug = "library"

    class Meta:
        model = LibraryIndexPage


def pdf_file(name="document.pdf", title="وثيقة", pages=("نص الوثيقة",)) -> ContentFile:
    return ContentFile(pdf_document(title, list(pages)), name=name)


class DocumentFactory(factory.django.DjangoModelFactory):
    title = "وثيقة"
    file = factory.LazyFunction(pdf_file)

    class Meta:
        model = get_document_model()


class LibraryItemPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"وثيقة {n}")
    description = "وصف الوثيقة"
    creators = "جمعية النساء"
    publication_date = factory.Faker("date_between", start_date="-10y")
    item_type = "report"
    licence = "cc-by"
    video_url = "https://www.youtube.com/watch?v=gkjW9PZBRfk"

    class Meta:
        model = LibraryItemPage
        skip_postgeneration_save = True  # the languages hook saves, once

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        keys = extracted or ["poverty"]
        self.themes.set(Theme.objects.filter(key__in=keys))

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        codes = extracted or ["ar"]
        self.languages.set(DocumentLanguage.objects.filter(code__in=codes))
        if create:
            self.save()
