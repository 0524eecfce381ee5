"""Open data: the directory as Open Referral HSDS 3.0 (https://docs.openreferral.org/).

Two forms of the same data, for another municipality or a national portal to take it up:

* /api/help/hsds.json — the services as the HSDS API's GET /services answers with full
  details: a Page object whose `contents` are fully nested services (organization,
  service_at_locations → location → addresses and accessibility, phones, schedules,
  languages, service_areas, cost_options, attributes → taxonomy_term → taxonomy_detail).
* /api/help/hsds.zip — HSDS's tabular form: one CSV per table (services.csv, phones.csv…)
  and datapackage.json, zipped. It is the only CSV form HSDS defines, so tools written for
  HSDS read it without knowing this site; it holds exactly what the JSON holds (a flat
  "one line per service" CSV would be our own invention, with phones, categories and
  languages crammed into cells).

Both give the live, public services of one language's help page (default: the default
locale, Arabic; ?language=fr), never a draft, a private page or sample (demonstration)
services: other directories copy this data, and a made-up address must not reach a woman
through them. The importer (manage.py import_hsds) reads both forms back.

Identifiers are UUIDs that do not change from one export to the next: a service's is the one
it was imported with (ServicePage.hsds_id), else uuid5 of its translation key, so every
translation of a service has the same id; every other id is uuid5 of the service's id and
what the row is (".../phone/0"), or of the organisation's slug, or of the category's key.

Mapping (ours ↔ HSDS):

    ServicePage.hsds_id / translation_key   service.id
    title                                   service.name
    summary                                 service.description
    website                                 service.url
    email                                   service.email
    (live and public)                       service.status = "active"
    last_checked                            service.assured_date; service.last_modified
                                            (midnight, El Kef time, that day)
    cost                                    cost_options[0].option (free, low, paid),
                                            .amount_description, amount 0 TND when free;
                                            service.fees_description (its label)
    organisation                            service.organization_id, service.organization
      name (in the export's language)         organization.name
      description                             organization.description
      contact_email, website                  organization.email, .website
    categories                              attributes → taxonomy_term (code = key) of the
                                            taxonomy "kinds of help"
    children_welcome, wheelchair_access     attributes (value yes/no) → terms
                                            children-welcome, wheelchair-access of the
                                            taxonomy "facts"; wheelchair access also as
                                            location.accessibility[].description, in words
    delegation                              service_areas[0].name: the delegation's French
                                            spelling, or "Gouvernorat du Kef" when empty
    address                                 location.addresses[0].address_1 (address_type
                                            physical, city = the delegation, state_province
                                            Le Kef, country TN, postal_code empty)
    directions                              location.description
    latitude, longitude                     location.latitude, location.longitude
    hours                                   schedules[0].description
    languages                               languages[].code (ar, fr, en, tzm, sgn), .name
    phones (ServicePhone.number)            phones[].number
    is_sample                               (never exported)
"""

import csv
import datetime
import io
import json
import math
import re
import uuid
import zipfile
import zoneinfo

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from women_portal.core.ratelimits import limited

from .directory import shown_services
from .models import CATEGORIES, DELEGATIONS, LANGUAGES_SPOKEN, Answer, Cost, ServicePage

# Every id below is uuid5 in this namespace (itself uuid5(NAMESPACE_URL,
# "urn:kef-women-portal:hsds")): never change it, or every id changes.
NAMESPACE = uuid.UUID("83a5b35d-cd0e-5815-9462-36fe159d2088")
GOVERNORATE = "Gouvernorat du Kef"
STATE_PROVINCE = "Le Kef"
COUNTRY = "TN"
CURRENCY = "TND"

CATEGORIES_TAXONOMY = {
    "id": str(uuid.uuid5(NAMESPACE, "taxonomy/categories")),
    "name": "El Kef Women's Portal: kinds of help",
    "description": "The kinds of help in the directory of services for women of the "
    "governorate of El Kef, Tunisia. Codes: " + ", ".join(key for key, _label in CATEGORIES),
    "version": "1",
}
FACTS_TAXONOMY = {
    "id": str(uuid.uuid5(NAMESPACE, "taxonomy/facts")),
    "name": "El Kef Women's Portal: facts about a service",
    "description": "Whether she may come with her children (children-welcome) and whether "
    "women with disabilities can get in (wheelchair-access); the attribute's value is yes "
    "or no.",
    "version": "1",
}
FACTS = {"children-welcome": "children_welcome", "wheelchair-access": "wheelchair_access"}


def uid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def service_ids(pages) -> dict[int, str]:
    """Each page's HSDS id. A page copied in the admin carries its original's hsds_id: the
    oldest page keeps it, a copy has its own (from its translation key)."""
    ids, taken = {}, set()
    for page in sorted(pages, key=lambda page: page.pk):
        service_id = page.hsds_id
        if not service_id or service_id in taken:
            service_id = uid("service", str(page.translation_key))
        taken.add(service_id)
        ids[page.pk] = service_id
    return ids


def organisation_id(organisation) -> str:
    return uid("organisation", organisation.slug)


def untranslated(label) -> str:
    """The msgid: delegations' names in their French spelling, whatever the language."""
    with translation.override(None):
        return str(label)


DELEGATION_NAMES = {key: untranslated(label) for key, label in DELEGATIONS}


# --- The JSON form ------------------------------------------------------------------------


def organization_document(organisation) -> dict:
    document = {
        "id": organisation_id(organisation),
        "name": organisation.name or "",
        "description": organisation.description or "",  # required by HSDS, even empty
    }
    if organisation.contact_email:
        document["email"] = organisation.contact_email
    if organisation.website:
        document["website"] = organisation.website
    return document


def term(taxonomy: dict, code: str, name: str, language: str) -> dict:
    return {
        "id": uid(taxonomy["id"], code),
        "code": code,
        "name": name,
        "description": name,
        "taxonomy": taxonomy["name"],
        "language": language,
        "taxonomy_id": taxonomy["id"],
        "taxonomy_detail": dict(taxonomy),
    }


def attribute(service_id: str, taxonomy_term: dict, value: str = "") -> dict:
    document = {
        "id": uid(service_id, "attribute", taxonomy_term["code"]),
        "link_id": service_id,
        "taxonomy_term_id": taxonomy_term["id"],
        "link_entity": "service",
    }
    if value:
        document["value"] = value
    document["taxonomy_term"] = taxonomy_term
    return document


def field_label(name: str) -> str:
    return capfirst(str(ServicePage._meta.get_field(name).verbose_name))


def location_document(page, service_id: str) -> dict | None:
    has_place = page.latitude is not None and page.longitude is not None
    if not (page.address or page.directions or has_place or page.wheelchair_access):
        return None
    location_id = uid(service_id, "location")
    document = {"id": location_id, "location_type": "physical"}
    if page.organisation:
        document["organization_id"] = organisation_id(page.organisation)
    document["name"] = page.title
    if page.directions:
        document["description"] = page.directions
    if has_place:
        document["latitude"] = float(page.latitude)
        document["longitude"] = float(page.longitude)
    document["addresses"] = []
    if page.address:
        document["addresses"].append(
            {
                "id": uid(location_id, "address"),
                "location_id": location_id,
                "address_1": page.address,
                "city": DELEGATION_NAMES.get(page.delegation, ""),
                "state_province": STATE_PROVINCE,
                "postal_code": "",
                "country": COUNTRY,
                "address_type": "physical",
            }
        )
    document["accessibility"] = []
    if page.wheelchair_access:
        answer = Answer(page.wheelchair_access).label
        document["accessibility"].append(
            {
                "id": uid(location_id, "accessibility"),
                "location_id": location_id,
                "description": f"{field_label('wheelchair_access')}: {answer}",
            }
        )
    return document


def service_document(page, service_id: str, language: str) -> dict:
    organisation = page.organisation
    document = {"id": service_id}
    if organisation:
        document["organization_id"] = organisation_id(organisation)
    document["name"] = page.title
    document["description"] = page.summary
    if page.website:
        document["url"] = page.website
    if page.email:
        document["email"] = page.email
    document["status"] = "active"
    if page.cost:
        document["fees_description"] = str(Cost(page.cost).label)
    document["assured_date"] = page.last_checked.isoformat()
    document["last_modified"] = datetime.datetime.combine(
        page.last_checked, datetime.time(), zoneinfo.ZoneInfo(settings.TIME_ZONE)
    ).isoformat()
    if organisation:
        document["organization"] = organization_document(organisation)
    document["phones"] = [
        {"id": uid(service_id, "phone", str(index)), "service_id": service_id, "number": number}
        for index, number in enumerate(phone.number for phone in page.phones.all())
    ]
    document["schedules"] = []
    if page.hours:
        document["schedules"].append(
            {"id": uid(service_id, "schedule"), "service_id": service_id, "description": page.hours}
        )
    area = {"id": uid(service_id, "area"), "service_id": service_id}
    if page.delegation:
        area["name"] = DELEGATION_NAMES[page.delegation]
        area["description"] = page.get_delegation_display()
    else:
        area["name"] = GOVERNORATE
    document["service_areas"] = [area]
    location = location_document(page, service_id)
    document["service_at_locations"] = []
    if location:
        document["service_at_locations"].append(
            {
                "id": uid(service_id, "at", location["id"]),
                "service_id": service_id,
                "location_id": location["id"],
                "location": location,
            }
        )
    spoken = {language.code for language in page.languages.all()}
    document["languages"] = [
        {
            "id": uid(service_id, "language", code),
            "service_id": service_id,
            "name": str(label),
            "code": code,
        }
        for code, label in LANGUAGES_SPOKEN
        if code in spoken
    ]
    document["cost_options"] = []
    if page.cost:
        cost = {"id": uid(service_id, "cost"), "service_id": service_id, "option": page.cost}
        if page.cost == Cost.FREE:
            cost |= {"currency": CURRENCY, "amount": 0}
        cost["amount_description"] = str(Cost(page.cost).label)
        document["cost_options"].append(cost)
    keys = {category.key for category in page.categories.all()}
    document["attributes"] = [
        attribute(service_id, term(CATEGORIES_TAXONOMY, key, str(label), language))
        for key, label in CATEGORIES
        if key in keys
    ]
    for code, field in FACTS.items():
        value = getattr(page, field)
        if value:
            taxonomy_term = term(FACTS_TAXONOMY, code, field_label(field), language)
            document["attributes"].append(attribute(service_id, taxonomy_term, value))
    return document


def help_page_for(language: str):
    from .models import HelpIndexPage

    return HelpIndexPage.objects.live().filter(locale__language_code=language).first()


def exported_services(help_page):
    return (
        shown_services(help_page)
        .filter(is_sample=False)
        .select_related("organisation")
        .prefetch_related("phones", "categories", "languages")
    )


def export(language: str | None = None) -> dict:
    """The HSDS JSON document of one language's directory."""
    language = language or Locale.get_default().language_code
    help_page = help_page_for(language)
    pages = list(exported_services(help_page)) if help_page else []
    ids = service_ids(pages)
    with translation.override(language):
        services = sorted(
            (service_document(page, ids[page.pk], language) for page in pages),
            key=lambda service: service["id"],
        )
    return {
        "total_items": len(services),
        "total_pages": 1,
        "page_number": 1,
        "size": len(services),
        "first_page": True,
        "last_page": True,
        "empty": not services,
        "contents": services,
    }


def dumps(document) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- The tabular form ---------------------------------------------------------------------

# HSDS 3.0's tables (the file is the table's name + .csv) and their columns, less the fields
# 3.0 deprecates. Columns we do not fill stay empty, as tools expect every column.
TABLES = {
    "organizations": [
        "id", "name", "alternate_name", "description", "email", "website", "year_incorporated",
        "legal_status", "logo", "uri", "parent_organization_id",
    ],
    "services": [
        "id", "organization_id", "program_id", "name", "alternate_name", "description", "url",
        "email", "status", "interpretation_services", "application_process",
        "fees_description", "accreditations", "eligibility_description", "minimum_age",
        "maximum_age", "assured_date", "assurer_email", "alert", "last_modified",
    ],
    "service_at_location": ["id", "service_id", "location_id", "description"],
    "locations": [
        "id", "location_type", "url", "organization_id", "name", "alternate_name",
        "description", "transportation", "latitude", "longitude", "external_identifier",
        "external_identifier_type",
    ],
    "addresses": [
        "id", "location_id", "attention", "address_1", "address_2", "city", "region",
        "state_province", "postal_code", "country", "address_type",
    ],
    "accessibility": ["id", "location_id", "description", "details", "url"],
    "phones": [
        "id", "location_id", "service_id", "organization_id", "contact_id",
        "service_at_location_id", "number", "extension", "type", "description",
    ],
    "schedules": [
        "id", "service_id", "location_id", "service_at_location_id", "valid_from", "valid_to",
        "dtstart", "timezone", "until", "count", "wkst", "freq", "interval", "byday",
        "byweekno", "bymonthday", "byyearday", "description", "opens_at", "closes_at",
        "schedule_link", "attending_type", "notes",
    ],
    "service_areas": [
        "id", "service_id", "service_at_location_id", "name", "description", "extent",
        "extent_type", "uri",
    ],
    "languages": ["id", "service_id", "location_id", "phone_id", "name", "code", "note"],
    "cost_options": [
        "id", "service_id", "valid_from", "valid_to", "option", "currency", "amount",
        "amount_description",
    ],
    "attributes": ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity", "value"],
    "taxonomy_terms": [
        "id", "code", "name", "description", "parent_id", "taxonomy", "language",
        "taxonomy_id", "term_uri",
    ],
    "taxonomies": ["id", "name", "description", "uri", "version"],
}  # fmt: skip
NUMBERS = {
    "year_incorporated", "minimum_age", "maximum_age", "latitude", "longitude", "extension",
    "timezone", "count", "interval", "amount",
}  # fmt: skip
DATES = {"assured_date", "valid_from", "valid_to", "dtstart", "until"}
# Required by HSDS even when we have nothing to say: an empty cell is an empty string.
REQUIRED = {
    "organizations": {"description"},
    "addresses": {"address_1", "city", "state_province", "postal_code", "country"},
}

# How the nested JSON is made of the tables: (table, property, child table, child's column,
# parent's column, one or many).
RELATIONS = [
    ("services", "organization", "organizations", "id", "organization_id", False),
    ("services", "phones", "phones", "service_id", "id", True),
    ("services", "schedules", "schedules", "service_id", "id", True),
    ("services", "service_areas", "service_areas", "service_id", "id", True),
    ("services", "service_at_locations", "service_at_location", "service_id", "id", True),
    ("services", "languages", "languages", "service_id", "id", True),
    ("services", "cost_options", "cost_options", "service_id", "id", True),
    ("services", "attributes", "attributes", "link_id", "id", True),
    ("service_at_location", "location", "locations", "id", "location_id", False),
    ("locations", "addresses", "addresses", "location_id", "id", True),
    ("locations", "accessibility", "accessibility", "location_id", "id", True),
    ("attributes", "taxonomy_term", "taxonomy_terms", "id", "taxonomy_term_id", False),
    ("taxonomy_terms", "taxonomy_detail", "taxonomies", "id", "taxonomy_id", False),
]


def flatten(document: dict) -> dict[str, list[dict]]:
    """The tables of an export: one row per object, each object once."""
    tables: dict[str, list[dict]] = {table: [] for table in TABLES}
    seen: set[tuple[str, str]] = set()

    def add(table: str, item: dict) -> None:
        if (table, item["id"]) in seen:
            return
        seen.add((table, item["id"]))
        tables[table].append({column: item[column] for column in TABLES[table] if column in item})
        for parent, prop, child, _child_column, _parent_column, many in RELATIONS:
            if parent == table and prop in item:
                for nested in item[prop] if many else [item[prop]]:
                    add(child, nested)

    for service in document["contents"]:
        add("services", service)
    return tables


def cell(value) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)  # numbers as JSON writes them: 0, 36.1


def table_csv(table: str, rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180, as HSDS asks
    writer.writerow(TABLES[table])
    for row in rows:
        writer.writerow([cell(row[column]) if column in row else "" for column in TABLES[table]])
    return out.getvalue()


def field_type(column: str) -> str:
    if column in NUMBERS:
        return "number"
    if column in DATES:
        return "date"
    return "datetime" if column == "last_modified" else "string"


def datapackage(language: str) -> dict:
    return {
        "profile": "tabular-data-package",
        "name": f"kef-women-portal-services-{language}",
        "title": "El Kef Women's Portal: where to get help (HSDS 3.0)",
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [{"name": column, "type": field_type(column)} for column in columns],
                    "primaryKey": ["id"],
                },
            }
            for table, columns in TABLES.items()
        ],
    }


def zip_package(document: dict, language: str) -> bytes:
    """The tabular form, the same bytes for the same data (a fixed date on every file)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:

        def write(name: str, text: str) -> None:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, text.encode())

        write("datapackage.json", dumps(datapackage(language)))
        for table, rows in flatten(document).items():
            write(f"{table}.csv", table_csv(table, rows))
    return out.getvalue()


def typed(column: str, text: str):
    """A cell's value as the JSON form has it; ValueError for a number that is not one."""
    if column not in NUMBERS:
        return text
    text = text.strip()
    if re.fullmatch(r"[-+]?[0-9]+", text):
        return int(text)
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(text)
    return number


def assemble(tables: dict[str, list[dict]], make=dict) -> list[dict]:
    """The nested services of a tabular package (rows already typed, empty cells left out
    but for REQUIRED ones). `make(row)` makes each object from its row (the importer keeps
    where the row was)."""
    index: dict[tuple[str, str], dict[str, list[dict]]] = {}

    def rows_by(table: str, column: str) -> dict[str, list[dict]]:
        if (table, column) not in index:
            grouped: dict[str, list[dict]] = {}
            for row in tables.get(table, []):
                if column in row:
                    grouped.setdefault(row[column], []).append(row)
            index[table, column] = grouped
        return index[table, column]

    def build(table: str, row: dict) -> dict:
        item = make(row)
        for parent, prop, child, child_column, parent_column, many in RELATIONS:
            if parent != table:
                continue
            found = rows_by(child, child_column).get(row.get(parent_column), [])
            if child == "attributes":  # those of other kinds of record (locations…)
                found = [one for one in found if one.get("link_entity", "service") == "service"]
            if many:
                item[prop] = [build(child, one) for one in found]
            elif found:
                item[prop] = build(child, found[0])
        return item

    return [build("services", row) for row in tables.get("services", [])]


# --- The API ------------------------------------------------------------------------------


def chosen_language(request) -> tuple[str | None, HttpResponse | None]:
    codes = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("language") or Locale.get_default().language_code
    if language not in codes:
        message = _("Unknown %(parameter)s “%(value)s”. Use one of: %(allowed)s.") % {
            "parameter": "language",
            "value": language[:50],
            "allowed": ", ".join(codes),
        }
        response = JsonResponse(
            {"error": message}, status=400, json_dumps_params={"ensure_ascii": False}
        )
        response["Access-Control-Allow-Origin"] = "*"
        return None, response
    return language, None


def open_data(response: HttpResponse) -> HttpResponse:
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    return response


@require_GET
@limited("api")
def hsds_json(request):
    language, refused = chosen_language(request)
    if refused:
        return refused
    return open_data(
        HttpResponse(dumps(export(language)), content_type="application/json; charset=utf-8")
    )


@require_GET
@limited("api")
def hsds_zip(request):
    language, refused = chosen_language(request)
    if refused:
        return refused
    response = HttpResponse(zip_package(export(language), language), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="hsds-{language}.zip"'
    return open_data(response)
