"""Open data: the directory as HSDS 3.0 (services/hsds.py), and its importer
(manage.py import_hsds): all or nothing, each problem named by its line."""

import csv
import datetime
import io
import json
import uuid
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.core.validators import URLValidator
from django.utils import translation
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from wagtail.models import PageViewRestriction

from library.models import Organisation
from services import hsds
from services.management.commands.import_hsds import read_package
from services.models import ServicePage
from tests.factories import publish_translation
from tests.library.factories import OrganisationFactory
from tests.services.factories import HelpIndexPageFactory, ServicePageFactory

SCHEMAS = Path(__file__).parent / "hsds_schema"


def hsds_validator() -> Draft202012Validator:
    schemas = [json.loads(path.read_text()) for path in SCHEMAS.glob("*.json")]
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )
    checker = FormatChecker()  # uuid, email and date; uri and date-time need more:

    @checker.checks("uri", raises=ValidationError)
    def is_uri(value) -> bool:
        URLValidator()(value)
        return True

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value) -> bool:
        return datetime.datetime.fromisoformat(value).tzinfo is not None

    page = next(schema for schema in schemas if schema["$id"].endswith("/service_page.json"))
    return Draft202012Validator(page, registry=registry, format_checker=checker)


def schema_errors(document) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in hsds_validator().iter_errors(document)
    ]


@pytest.fixture
def help_pages(homes):
    arabic = HelpIndexPageFactory(parent=homes["ar"])
    return {"ar": arabic, "fr": publish_translation(arabic, "fr", title="Où trouver de l'aide")}


@pytest.fixture
def organisation(db):
    return OrganisationFactory(
        name_ar="جمعية النساء الديمقراطيات",
        name_fr="Association des femmes démocrates",
        slug="femmes-democrates",
        website="https://femmes.example.org",
        contact_email="contact@femmes.example.org",
    )


def full_service(parent, organisation, **fields):
    """Every field filled in, a summary and an address on several lines."""
    return ServicePageFactory(
        parent=parent,
        **{
            "title": "مركز الإنصات والتوجيه",
            "summary": "إنصات للنساء ضحايا العنف.\nوتوجيه نحو المحامين.",
            "organisation": organisation,
            "delegation": "dahmani",
            "address": "نهج الحرية\nالطابق الأول",
            "directions": "وراء المستشفى الجهوي",
            "hours": "من الاثنين إلى الجمعة، 8:00–17:00",
            "cost": "free",
            "wheelchair_access": "yes",
            "children_welcome": "no",
            "email": "ecoute@example.org",
            "website": "https://example.org/ecoute",
            "latitude": Decimal("35.94312"),
            "longitude": Decimal("8.82900"),
            "last_checked": datetime.date(2026, 3, 1),
            "categories": ["violence", "listening"],
            "languages": ["ar", "fr", "tzm"],
            "phones": ["78 200 300", "+216 71 000 000"],
            **fields,
        },
    )


@pytest.fixture
def directory(help_pages, organisation):
    """Three services: one with everything, one with only what is required, one between;
    each summary on two lines."""
    return [
        full_service(help_pages["ar"], organisation),
        ServicePageFactory(
            parent=help_pages["ar"],
            title="خدمة بسيطة",
            summary="مساعدة قانونية.\nمجانا.",
            categories=["legal"],
        ),
        ServicePageFactory(
            parent=help_pages["ar"],
            title="مكتب الشغل",
            summary="تكوين وقروض صغيرة.\nللنساء.",
            organisation=organisation,
            cost="low",
            delegation="sers",
            categories=["work", "social-aid"],
            phones=["78 111 222"],
        ),
    ]


def by_name(document) -> dict[str, dict]:
    return {service["name"]: service for service in document["contents"]}


def delete_services() -> None:
    for page in ServicePage.objects.all():
        page.delete()


def write(tmp_path, name: str, content) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def import_file(path: str, *args) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_hsds", path, *args, stdout=out)
    return out.getvalue()


def refusal(path: str, *args) -> str:
    with translation.override("en"), pytest.raises(CommandError) as refused:
        call_command("import_hsds", path, *args, stdout=io.StringIO())
    return str(refused.value)


def line_of(text: str, fragment: str) -> int:
    """The line of the file where a fragment is, found by reading it as text."""
    matches = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(matches) == 1, (fragment, matches)
    return matches[0]


def state() -> list:
    """Everything an import could change."""
    return [
        sorted(ServicePage.objects.values_list("title", "live", "latest_revision_id")),
        sorted(Organisation.objects.values_list("slug", "name_ar")),
    ]


# --- The export ---------------------------------------------------------------------------


def test_the_export_validates_against_the_hsds_schema(directory):
    document = hsds.export()
    assert schema_errors(document) == []
    assert (document["total_items"], document["empty"]) == (3, False)
    full = by_name(document)["مركز الإنصات والتوجيه"]
    assert full["description"] == "إنصات للنساء ضحايا العنف.\nوتوجيه نحو المحامين."
    assert full["organization"]["name"] == "جمعية النساء الديمقراطيات"
    assert full["organization_id"] == full["organization"]["id"]
    assert (full["assured_date"], full["status"], full["url"]) == (
        "2026-03-01",
        "active",
        "https://example.org/ecoute",
    )
    assert [phone["number"] for phone in full["phones"]] == ["78 200 300", "+216 71 000 000"]
    assert [language["code"] for language in full["languages"]] == ["ar", "fr", "tzm"]
    assert full["schedules"][0]["description"] == "من الاثنين إلى الجمعة، 8:00–17:00"
    assert full["service_areas"][0]["name"] == "Dahmani"
    assert full["cost_options"][0] | {"id": ""} == {
        "id": "",
        "service_id": full["id"],
        "option": "free",
        "currency": "TND",
        "amount": 0,
        "amount_description": full["fees_description"],
    }
    assert full["fees_description"]
    location = full["service_at_locations"][0]["location"]
    assert (location["latitude"], location["longitude"]) == (35.94312, 8.829)
    assert location["description"] == "وراء المستشفى الجهوي"
    assert location["addresses"][0]["address_1"] == "نهج الحرية\nالطابق الأول"
    assert location["addresses"][0]["city"] == "Dahmani"
    assert len(location["accessibility"]) == 1
    codes = {
        attribute["taxonomy_term"]["code"]: attribute.get("value")
        for attribute in full["attributes"]
    }
    assert codes == {
        "violence": None,
        "listening": None,
        "children-welcome": "no",
        "wheelchair-access": "yes",
    }
    simple = by_name(document)["خدمة بسيطة"]
    assert "organization" not in simple and simple["service_at_locations"] == []
    assert simple["service_areas"][0]["name"] == "Gouvernorat du Kef"


def test_the_schema_check_catches_what_hsds_forbids(directory):
    """The shipped schema is not a formality: each of these breaks HSDS 3.0."""
    for path, value in [
        (("status",), "open"),
        (("id",), "service-1"),
        (("organization", "website"), "not a web address"),
        (("service_at_locations", 0, "location", "latitude"), "35.9"),
        (("assured_date",), "01/03/2026"),
        (("last_modified",), "2026-03-01"),
        (("colour",), "green"),
    ]:
        document = hsds.export()
        target = by_name(document)["مركز الإنصات والتوجيه"]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        assert schema_errors(document), path
    document = hsds.export()
    del by_name(document)["خدمة بسيطة"]["name"]
    assert schema_errors(document)


def test_ids_are_uuids_the_same_at_every_export_and_in_every_language(directory, help_pages):
    first = hsds.export()
    service = directory[0]
    service.title = "مركز الإنصات"
    service.save_revision().publish()
    second = hsds.export()
    assert [s["id"] for s in first["contents"]] == [s["id"] for s in second["contents"]]
    assert first != second  # the title changed, not the ids
    tables = hsds.flatten(second)
    for table, rows in tables.items():
        ids = [row["id"] for row in rows]
        assert len(ids) == len(set(ids)), table
        assert all(str(uuid.UUID(one)) == one for one in ids), table

    publish_translation(service, "fr", title="Centre d'écoute")
    french = hsds.export("fr")
    assert [s["name"] for s in french["contents"]] == ["Centre d'écoute"]
    arabic_id = by_name(second)["مركز الإنصات"]["id"]
    assert french["contents"][0]["id"] == arabic_id
    assert french["contents"][0]["organization"]["name"] == "Association des femmes démocrates"
    assert schema_errors(french) == []


def test_an_unpublished_private_or_sample_service_is_never_exported(help_pages):
    ServicePageFactory(parent=help_pages["ar"], title="منشورة")
    ServicePageFactory(parent=help_pages["ar"], title="مسودة", live=False)
    withdrawn = ServicePageFactory(parent=help_pages["ar"], title="سحبت")
    withdrawn.unpublish()
    private = ServicePageFactory(parent=help_pages["ar"], title="خاصة")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    ServicePageFactory(parent=help_pages["ar"], title="مثال", is_sample=True)
    ServicePageFactory(parent=help_pages["fr"], title="En français seulement")

    assert [s["name"] for s in hsds.export("ar")["contents"]] == ["منشورة"]
    assert [s["name"] for s in hsds.export("fr")["contents"]] == ["En français seulement"]
    package = zipfile.ZipFile(io.BytesIO(hsds.zip_package(hsds.export("ar"), "ar")))
    assert "مسودة" not in package.read("services.csv").decode()
    assert "خاصة" not in package.read("services.csv").decode()


def test_csv_and_json_agree(directory):
    document = hsds.export()
    package = zipfile.ZipFile(io.BytesIO(hsds.zip_package(document, "ar")))
    for table, columns in hsds.TABLES.items():
        rows = list(csv.reader(io.StringIO(package.read(f"{table}.csv").decode())))
        assert rows[0] == columns
        assert len(rows) - 1 == len(hsds.flatten(document)[table]), table
    services, problems = read_package(hsds.zip_package(document, "ar"))
    assert problems == []
    assert services == document["contents"]
    resources = json.loads(package.read("datapackage.json"))["resources"]
    assert [resource["path"] for resource in resources] == [f"{t}.csv" for t in hsds.TABLES]


def test_the_api_serves_both_forms_to_any_site(client, directory):
    response = client.get("/api/help/hsds.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert json.loads(response.content) == hsds.export("ar")

    publish_translation(directory[0], "fr", title="Centre d'écoute")
    french = json.loads(client.get("/api/help/hsds.json?language=fr").content)
    assert [s["name"] for s in french["contents"]] == ["Centre d'écoute"]

    unknown = client.get("/api/help/hsds.json?language=de")
    assert unknown.status_code == 400 and "language" in unknown.json()["error"]

    package = client.get("/api/help/hsds.zip")
    assert package.status_code == 200
    assert package["Content-Type"] == "application/zip"
    assert package["Content-Disposition"] == 'attachment; filename="hsds-ar.zip"'
    assert package["Access-Control-Allow-Origin"] == "*"
    assert package.content == hsds.zip_package(hsds.export("ar"), "ar")


def test_the_api_is_cached_until_a_service_changes(client, directory, page_cache):
    assert client.get("/api/help/hsds.json")["X-Page-Cache"] == "miss"
    cached = client.get("/api/help/hsds.json")
    assert cached["X-Page-Cache"] == "hit"
    assert cached["Access-Control-Allow-Origin"] == "*"
    service = directory[1]
    service.title = "عنوان جديد"
    service.save_revision().publish()
    fresh = client.get("/api/help/hsds.json")
    assert fresh["X-Page-Cache"] == "miss"
    assert "عنوان جديد" in fresh.content.decode()


# --- The importer -------------------------------------------------------------------------


def test_export_delete_import_export_gives_the_same_json(directory, tmp_path):
    before = hsds.dumps(hsds.export())
    path = write(tmp_path, "directory.json", before)
    delete_services()
    assert hsds.export()["contents"] == []
    assert import_file(path, "--dry-run").startswith("Dry run, nothing written: 3 new")
    assert ServicePage.objects.count() == 0

    output = import_file(path)

    assert "3 new, 0 changed, 0 unchanged" in output
    assert hsds.dumps(hsds.export()) == before
    assert all(page.live and page.hsds_id for page in ServicePage.objects.all())


def test_export_delete_import_export_gives_the_same_zip(directory, tmp_path):
    before = hsds.zip_package(hsds.export(), "ar")
    path = write(tmp_path, "hsds-ar.zip", before)
    delete_services()

    import_file(path)

    assert hsds.zip_package(hsds.export(), "ar") == before


def test_importing_updates_services_by_id_and_again_changes_nothing(directory, tmp_path):
    document = hsds.export()
    full = by_name(document)["مركز الإنصات والتوجيه"]
    full["name"] = "مركز الإنصات"
    full["phones"].pop()
    # A new service, from an organisation known by its French name, in a file made
    # elsewhere: ids of its own, and another organisation new here.
    newcomer = json.loads(json.dumps(by_name(document)["خدمة بسيطة"]))
    newcomer |= {"id": "0b7c3c55-2bd8-4f4c-9a43-5b0b5a8b1e01", "name": "مكتب المساعدة القانونية"}
    newcomer["organization"] = {
        "id": "6a1f0d2e-0c43-4c7c-8d5e-3f3b1f9d2a11",
        "name": "Association des femmes démocrates",
        "description": "",
    }
    another = json.loads(json.dumps(newcomer))
    another |= {"id": "5d7e1c66-1f2a-4c65-bd43-0b8f4a1c9e22", "name": "خدمة جمعية جديدة"}
    another["organization"] = {
        "id": "8c1f0d2e-0c43-4c7c-8d5e-3f3b1f9d2a12",
        "name": "Femmes du Kef",
        "description": "",
    }
    document["contents"] += [newcomer, another]
    path = write(tmp_path, "changes.json", hsds.dumps(document))
    page_ids = sorted(page.pk for page in directory)

    assert "2 new, 1 changed, 2 unchanged" in import_file(path)

    renamed = ServicePage.objects.get(pk=directory[0].pk)
    assert (renamed.title, renamed.live, renamed.has_unpublished_changes) == (
        "مركز الإنصات",
        True,
        False,
    )
    assert [phone.number for phone in renamed.phones.all()] == ["78 200 300"]
    assert sorted(ServicePage.objects.filter(pk__in=page_ids).values_list("pk", flat=True)) == (
        page_ids
    )
    known = ServicePage.objects.get(title="مكتب المساعدة القانونية")
    assert known.organisation == directory[0].organisation
    created = Organisation.objects.get(name_ar="Femmes du Kef")
    assert created.slug == "femmes-du-kef"
    assert ServicePage.objects.get(title="خدمة جمعية جديدة").organisation == created

    assert "0 new, 0 changed, 5 unchanged" in import_file(path)

    withdrawn = by_name(document)["مركز الإنصات"] | {"status": "inactive"}
    gone = by_name(document)["خدمة بسيطة"] | {"status": "defunct", "id": str(uuid.uuid4())}
    path = write(tmp_path, "withdrawn.json", hsds.dumps({"contents": [withdrawn, gone]}))
    assert "0 new, 0 changed, 0 unchanged, 1 unpublished, 1 inactive" in import_file(path)
    assert not ServicePage.objects.get(pk=directory[0].pk).live


def test_a_json_file_with_two_bad_services_is_refused_whole_naming_both_lines(directory, tmp_path):
    document = hsds.export()
    by_name(document)["خدمة بسيطة"]["name"] = "اسم جديد"  # a good change, not saved either
    full = by_name(document)["مركز الإنصات والتوجيه"]
    full["phones"][1]["number"] = "call us"
    work = by_name(document)["مكتب الشغل"]
    work["status"] = "open"
    del work["description"]
    text = hsds.dumps(document)
    path = write(tmp_path, "bad.json", text)
    before = state()

    message = refusal(path)

    assert state() == before
    assert message.startswith("Nothing was imported:")
    phone_line = line_of(text, '"number": "call us"')
    status_line = line_of(text, '"status": "open"')
    work_line = line_of(text, f'"id": "{work["id"]}"') - 1  # its object's opening brace
    assert f"Line {phone_line}, “number”: A phone number is made of digits" in message
    assert f"Line {status_line}, “status”: must be one of: active, inactive" in message
    assert f"Line {work_line}, “description”: is missing." in message
    assert len(message.splitlines()) == 4


def test_a_zip_with_two_bad_rows_is_refused_whole_naming_both_lines(directory, tmp_path):
    package = zipfile.ZipFile(io.BytesIO(hsds.zip_package(hsds.export(), "ar")))
    tables = {name: package.read(name).decode() for name in package.namelist()}
    # The last service of services.csv gets a bad e-mail: every summary before it is on
    # two lines, so its line is not its row's number.
    rows = list(csv.reader(io.StringIO(tables["services.csv"], newline="")))
    last_id = rows[-1][0]
    rows[-1][hsds.TABLES["services"].index("email")] = "someone at example.org"
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    services = out.getvalue()
    phones = tables["phones.csv"].replace("78 111 222", "78-111-222")
    tables |= {"services.csv": services, "phones.csv": phones}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as changed:
        for name, text in tables.items():
            changed.writestr(f"hsds/{name}", text)
    path = write(tmp_path, "bad.zip", out.getvalue())
    before = state()

    message = refusal(path)

    assert state() == before
    email_line = line_of(services, last_id + ",")  # where its row begins
    phone_line = line_of(phones, "78-111-222")
    assert email_line == 6  # after the header and two rows of two lines
    assert f"services.csv, line {email_line}, “email”: is not an e-mail address." in message
    assert f"phones.csv, line {phone_line}, “number”: A phone number is made of" in message
    assert len(message.splitlines()) == 3


def test_a_file_that_is_not_json_is_refused_naming_its_line(help_pages, tmp_path):
    path = write(tmp_path, "broken.json", '{\n  "contents": [\n    {"id": "x",,}\n  ]\n}\n')
    assert "Line 3: this is not valid JSON" in refusal(path)
    path = write(tmp_path, "other.json", '{"type": "FeatureCollection"}')
    assert "This is not an HSDS file" in refusal(path)


def test_a_service_this_site_cannot_hold_is_refused(help_pages, tmp_path):
    service = {
        "id": "0b7c3c55-2bd8-4f4c-9a43-5b0b5a8b1e01",
        "name": "Centre",
        "description": "Aide",
        "status": "active",
        "service_areas": [{"id": "1b7c3c55-2bd8-4f4c-9a43-5b0b5a8b1e01", "name": "Sousse"}],
        "attributes": [],
    }
    text = json.dumps({"contents": [service, service]}, indent=2)
    message = refusal(write(tmp_path, "elsewhere.json", text))
    assert "“name”: is not a delegation of El Kef" in message
    assert "“attributes”: has no kind of help this directory knows" in message
    assert "“id”: the same id as the service on line 3." in message
    assert ServicePage.objects.count() == 0


def test_importing_in_french_makes_translations_of_the_same_services(
    directory, help_pages, tmp_path
):
    document = hsds.export("ar")
    full = by_name(document)["مركز الإنصات والتوجيه"]
    full["name"] = "Centre d'écoute et d'orientation"
    path = write(tmp_path, "fr.json", hsds.dumps({"contents": [full]}))

    assert "1 new" in import_file(path, "--language", "fr")

    french = ServicePage.objects.get(locale__language_code="fr")
    assert french.translation_key == directory[0].translation_key
    assert french.get_parent().pk == help_pages["fr"].pk
    assert hsds.export("fr")["contents"][0]["id"] == full["id"]
