"""manage.py import_hsds FILE [--language ar] [--dry-run]: services from an HSDS 3.0 file.

FILE is either form of services/hsds.py: the JSON (a Page of services, a list of services or
one service) or the zipped tabular package (services.csv, phones.csv… at any depth of the
zip). Every service is checked before anything is written, and the import is all or
nothing: a file with any problem is refused whole, each problem named by its line — in the
JSON, the line of the field (or of its object when the field is missing); in the tabular
form, the file and the line of the row (the header is line 1).

Services are created or updated under the language's help page, matched by their HSDS id
(services/hsds.py: service_ids), and published; one whose status is not "active" is
unpublished if it is here, and skipped otherwise. Services of the site that the file does
not name are left alone. Organisations are matched by name, in any language, or created.
"""

import bisect
import csv
import datetime
import io
import json
import json.decoder
import json.scanner
import uuid
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from library.models import Organisation
from services import hsds
from services.models import (
    CATEGORIES,
    LANGUAGES_SPOKEN,
    Cost,
    HelpIndexPage,
    ServiceCategory,
    ServicePage,
    ServicePhone,
    SpokenLanguage,
)
from women_portal.core.slugs import latin_slug

MAX_BYTES = 5 * 1024 * 1024
MAX_UNZIPPED = 20 * 1024 * 1024
STATUSES = ["active", "inactive", "defunct", "temporarily closed"]
# ISO 639-2 and -3 codes of the languages this site knows by their ISO 639-1 code.
LANGUAGE_CODES = {"ara": "ar", "fra": "fr", "fre": "fr", "eng": "en"}
TITLE_LENGTH = 255
SUMMARY_LENGTH = ServicePage._meta.get_field("summary").max_length
HOURS_LENGTH = ServicePage._meta.get_field("hours").max_length
SERVICE_FIELDS = [
    "title",
    "summary",
    "website",
    "email",
    "cost",
    "delegation",
    "address",
    "directions",
    "hours",
    "latitude",
    "longitude",
    "wheelchair_access",
    "children_welcome",
    "last_checked",
]


@dataclass(frozen=True)
class Problem:
    line: int | None  # None: the whole file
    field: str | None
    message: str
    file: str | None = None  # the table of a zipped package

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        where = {"row": self.line, "field": self.field, "file": self.file, "message": self.message}
        if self.file and self.field:
            return _("%(file)s, line %(row)s, “%(field)s”: %(message)s") % where
        if self.file:
            return _("%(file)s, line %(row)s: %(message)s") % where
        if self.field:
            return _("Line %(row)s, “%(field)s”: %(message)s") % where
        return _("Line %(row)s: %(message)s") % where


class FileProblem(Exception):
    pass


class Located(dict):
    """An object of the file with where it was: its line, and the line of each field."""

    def __init__(self, *args, line: int = 1, file: str | None = None, lines=None):
        super().__init__(*args)
        self.line, self.file, self.lines = line, file, lines or {}


def problem_at(item, name: str | None, message: str) -> Problem:
    if isinstance(item, Located):
        line = item.lines.get(name, item.line) if name else item.line
        return Problem(line, name, message, item.file)
    return Problem(None, name, message)


# --- Reading ------------------------------------------------------------------------------


def decode(data: bytes, name: str | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = _("The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8”.")
        raise FileProblem(f"{name}: {message}" if name else message) from error


def parse_json(text: str):
    """json.loads, whose objects are Located: the pure-Python scanner, with each object's
    parser noting where each of its values starts."""
    newlines = [index for index, character in enumerate(text) if character == "\n"]

    def line_at(index: int) -> int:
        return bisect.bisect_left(newlines, index) + 1

    decoder = json.JSONDecoder()

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        starts = []

        def scan(string, index):
            starts.append(index)
            return scan_once(string, index)

        pairs, end = json.decoder.JSONObject(s_and_end, strict, scan, None, list, memo)
        lines = {key: line_at(start) for (key, _value), start in zip(pairs, starts, strict=False)}
        return Located(pairs, line=line_at(s_and_end[1] - 1), lines=lines), end

    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


def read_json(data: bytes) -> list:
    if len(data) > MAX_BYTES:
        raise FileProblem(_("The file is larger than 5 MB. Split it into smaller files."))
    text = decode(data)
    try:
        document = parse_json(text)
    except json.JSONDecodeError as error:
        raise FileProblem(
            _("Line %(row)s: %(message)s")
            % {
                "row": error.lineno,
                "message": _("this is not valid JSON (%(error)s).") % {"error": error.msg},
            }
        ) from error
    except RecursionError as error:
        raise FileProblem(_("The file is nested too deeply to be HSDS.")) from error
    if isinstance(document, dict) and isinstance(document.get("contents"), list):
        return document["contents"]
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and "id" in document and "name" in document:
        return [document]
    raise FileProblem(
        _(
            "This is not an HSDS file: expected a list of services, or a page of them "
            "(“contents”), or one service."
        )
    )


def read_table(table: str, name: str, text: str) -> tuple[list[Located], list[Problem]]:
    lines = text.splitlines() or [""]
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, problems = [], []
    try:
        header = [column.strip().lower() for column in next(reader, [])]
        if "id" not in header:
            message = _("the first line must name the columns, “id” among them.")
            return [], [Problem(1, None, message, name)]
        start = reader.line_num + 1
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue  # blank lines, as spreadsheets leave them
            if len(cells) != len(header):
                problems.append(
                    Problem(
                        line,
                        None,
                        _("%(found)s cells where the first line names %(expected)s.")
                        % {"found": len(cells), "expected": len(header)},
                        name,
                    )
                )
                continue
            row = Located(line=line, file=name)
            for column, value in zip(header, cells, strict=True):
                if column not in hsds.TABLES[table]:
                    continue  # another publisher's extension: not ours to read
                if not value.strip():
                    if column in hsds.REQUIRED.get(table, ()):
                        row[column] = ""
                    continue
                try:
                    row[column] = hsds.typed(column, value)
                except ValueError:
                    problems.append(
                        Problem(
                            line,
                            column,
                            _("“%(value)s” is not a number.") % {"value": value[:30]},
                            name,
                        )
                    )
            rows.append(row)
    except csv.Error as error:  # e.g. a NUL byte: not a text file
        raise FileProblem(
            f"{name}: " + _("The file cannot be read as CSV (%(error)s).") % {"error": error}
        ) from error
    return rows, problems


def read_package(data: bytes) -> tuple[list, list[Problem]]:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise FileProblem(_("The file is not a zip file.")) from error
    members = {PurePosixPath(info.filename).name: info for info in package.infolist()}
    if sum(info.file_size for info in package.infolist()) > MAX_UNZIPPED:
        raise FileProblem(_("Unzipped, the files are larger than 20 MB. Split them."))
    if "services.csv" not in members:
        raise FileProblem(_("The zip file has no services.csv: it is not an HSDS package."))
    tables, problems = {}, []
    for table in hsds.TABLES:
        info = members.get(f"{table}.csv")
        if info is None:
            continue
        name = f"{table}.csv"
        rows, found = read_table(table, name, decode(package.read(info), name))
        tables[table], problems = rows, problems + found

    def located(row):
        return Located(row, line=row.line, file=row.file)

    return hsds.assemble(tables, make=located), problems


def read(data: bytes, name: str) -> tuple[list, list[Problem]]:
    if not data.strip():
        raise FileProblem(_("The file is empty."))
    if name.lower().endswith(".zip") or data.startswith(b"PK\x03\x04"):
        return read_package(data)
    return read_json(data), []


# --- Checking -----------------------------------------------------------------------------


@dataclass
class Wanted:
    """A service of the file, checked: what its page will hold."""

    item: dict
    id: str
    active: bool
    fields: dict = field(default_factory=dict)
    organisation: dict | None = None  # {"name", "description", "email", "website"}
    phones: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


def text_of(item, name: str, problems: list, required=False, max_length=None) -> str:
    value = item.get(name)
    if value is None or value == "":
        if required:
            problems.append(problem_at(item, name, _("is missing.")))
        return ""
    if not isinstance(value, str):
        problems.append(problem_at(item, name, _("must be text.")))
        return ""
    value = value.strip()
    if required and not value:
        problems.append(problem_at(item, name, _("is missing.")))
    if max_length and len(value) > max_length:
        message = _("is longer than %(max)s characters.") % {"max": max_length}
        problems.append(problem_at(item, name, message))
    return value


def checked(item, name: str, problems: list, validator, message: str, max_length: int) -> str:
    value = text_of(item, name, problems, max_length=max_length)
    if value:
        try:
            validator(value)
        except ValidationError:
            problems.append(problem_at(item, name, message))
    return value


def objects(item, name: str, problems: list) -> list:
    value = item.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(one, dict) for one in value):
        problems.append(problem_at(item, name, _("must be a list of objects.")))
        return []
    return value


def one_object(item, name: str, problems: list) -> dict | None:
    value = item.get(name)
    if value is not None and not isinstance(value, dict):
        problems.append(problem_at(item, name, _("must be an object.")))
        return None
    return value


def coordinate(item, name: str, limit: int, problems: list) -> Decimal | None:
    value = item.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        message = _("“%(value)s” is not a number.") % {"value": str(value)[:30]}
        problems.append(problem_at(item, name, message))
        return None
    if not -limit <= value <= limit:
        message = _("must be between %(min)s and %(max)s.") % {"min": -limit, "max": limit}
        problems.append(problem_at(item, name, message))
        return None
    return Decimal(str(value)).quantize(Decimal("0.00001"))


def check_place(service, wanted: Wanted, problems: list) -> None:
    places = objects(service, "service_at_locations", problems)
    if len(places) > 1:
        message = _(
            "this site keeps one place for each service, and this one has %(count)s: make "
            "one service of each place."
        ) % {"count": len(places)}
        problems.append(problem_at(service, "service_at_locations", message))
        return
    if not places:
        return
    location = one_object(places[0], "location", problems)
    if location is None:
        if places[0].get("location_id"):
            message = _("names a location that is not in the file.")
            problems.append(problem_at(places[0], "location_id", message))
        return
    fields = wanted.fields
    fields["directions"] = text_of(location, "description", problems) or text_of(
        location, "transportation", problems
    )
    fields["latitude"] = coordinate(location, "latitude", 90, problems)
    fields["longitude"] = coordinate(location, "longitude", 180, problems)
    if (location.get("latitude") is None) != (location.get("longitude") is None):
        message = _("latitude and longitude go together: give both or neither.")
        problems.append(problem_at(location, None, message))
    addresses = objects(location, "addresses", problems)
    physical = [one for one in addresses if one.get("address_type") in (None, "", "physical")]
    if physical or addresses:
        address = (physical or addresses)[0]
        lines = [text_of(address, name, problems) for name in ("address_1", "address_2")]
        fields["address"] = "\n".join(line for line in lines if line)


def check_delegation(service, wanted: Wanted, problems: list) -> None:
    by_name = {hsds.DELEGATION_NAMES[key].casefold(): key for key in hsds.DELEGATION_NAMES}
    by_name |= {key: key for key in hsds.DELEGATION_NAMES}
    by_name[hsds.GOVERNORATE.casefold()] = ""
    found = set()
    for area in objects(service, "service_areas", problems):
        name = text_of(area, "name", problems)
        if not name:
            continue
        if name.casefold() not in by_name:
            choices = ", ".join([*hsds.DELEGATION_NAMES.values(), hsds.GOVERNORATE])
            message = _("is not a delegation of El Kef. Write one of: %(choices)s.") % {
                "choices": choices
            }
            problems.append(problem_at(area, "name", message))
            continue
        found.add(by_name[name.casefold()])
    # Several delegations: a service of the whole governorate, which the directory shows
    # in every delegation.
    wanted.fields["delegation"] = found.pop() if len(found) == 1 else ""


def check_organisation(service, wanted: Wanted, problems: list) -> None:
    organisation = one_object(service, "organization", problems)
    if organisation is None:
        if service.get("organization_id"):
            message = _("names an organisation that is not in the file.")
            problems.append(problem_at(service, "organization_id", message))
        return
    wanted.organisation = {
        "name": text_of(organisation, "name", problems, required=True, max_length=200),
        "description": text_of(organisation, "description", problems),
        "email": checked(
            organisation,
            "email",
            problems,
            EmailValidator(),
            _("is not an e-mail address."),
            254,
        ),
        "website": checked(
            organisation, "website", problems, URLValidator(), _("is not a web address."), 200
        ),
    }


def check_attributes(service, wanted: Wanted, problems: list) -> None:
    category_terms = {hsds.uid(hsds.CATEGORIES_TAXONOMY["id"], key): key for key, _ in CATEGORIES}
    keys = dict(CATEGORIES)
    for attribute in objects(service, "attributes", problems):
        taxonomy_term = one_object(attribute, "taxonomy_term", problems) or {}
        code = taxonomy_term.get("code")
        code = code.strip() if isinstance(code, str) else ""
        code = code or category_terms.get(attribute.get("taxonomy_term_id"), "")
        if code in keys and code not in wanted.categories:
            wanted.categories.append(code)
        elif code in hsds.FACTS:
            value = text_of(attribute, "value", problems).lower()
            if value not in ("yes", "no"):
                message = _("must be one of: %(choices)s.") % {"choices": "yes, no"}
                problems.append(problem_at(attribute, "value", message))
            wanted.fields[hsds.FACTS[code]] = value
    if not wanted.categories:
        message = _(
            "has no kind of help this directory knows. Give at least one attribute whose "
            "taxonomy term has one of these codes: %(codes)s."
        ) % {"codes": ", ".join(keys)}
        problems.append(problem_at(service, "attributes", message))


def check_cost(service, wanted: Wanted, problems: list) -> None:
    cost = ""
    options = objects(service, "cost_options", problems)
    if options:
        option, amount = options[0].get("option"), options[0].get("amount")
        if option in Cost.values:
            cost = option
        elif isinstance(amount, int | float) and not isinstance(amount, bool):
            cost = Cost.FREE if amount == 0 else Cost.PAID
    wanted.fields["cost"] = cost


def check_date(service, problems: list) -> datetime.date:
    assured = text_of(service, "assured_date", problems)
    if assured:
        try:
            return datetime.date.fromisoformat(assured)
        except ValueError:
            message = _("is not a date (write it as 2025-03-31).")
            problems.append(problem_at(service, "assured_date", message))
            return timezone.localdate()
    modified = text_of(service, "last_modified", problems)
    try:
        return datetime.datetime.fromisoformat(modified).date()
    except ValueError:
        return timezone.localdate()  # neither: checked today, by whoever made the file


def check_service(service) -> tuple[Wanted | None, list[Problem]]:
    problems: list[Problem] = []
    if not isinstance(service, dict):
        return None, [Problem(None, None, _("Every service must be an object."))]
    raw_id = text_of(service, "id", problems, required=True)
    service_id = ""
    if raw_id:
        try:
            service_id = str(uuid.UUID(raw_id))
        except ValueError:
            message = _("is not a UUID (an identifier such as %(example)s).") % {
                "example": "ac148810-d857-441c-9679-408f346de14b"
            }
            problems.append(problem_at(service, "id", message))
    status = text_of(service, "status", problems, required=True)
    if status and status not in STATUSES:
        message = _("must be one of: %(choices)s.") % {"choices": ", ".join(STATUSES)}
        problems.append(problem_at(service, "status", message))
    wanted = Wanted(item=service, id=service_id, active=status == "active")
    fields = wanted.fields
    fields["title"] = text_of(service, "name", problems, required=True, max_length=TITLE_LENGTH)
    fields["summary"] = text_of(
        service, "description", problems, required=True, max_length=SUMMARY_LENGTH
    )
    fields["website"] = checked(
        service, "url", problems, URLValidator(), _("is not a web address."), 200
    )
    fields["email"] = checked(
        service, "email", problems, EmailValidator(), _("is not an e-mail address."), 254
    )
    fields["last_checked"] = check_date(service, problems)
    check_organisation(service, wanted, problems)
    phone_field = ServicePhone._meta.get_field("number")
    for phone in objects(service, "phones", problems):
        number = text_of(phone, "number", problems, required=True)
        try:
            phone_field.run_validators(number)
        except ValidationError as error:
            problems += [problem_at(phone, "number", message) for message in error.messages]
        wanted.phones.append(number)
    hours = "; ".join(
        text_of(schedule, "description", problems)
        for schedule in objects(service, "schedules", problems)
    ).strip("; ")
    if len(hours) > HOURS_LENGTH:
        message = _("is longer than %(max)s characters.") % {"max": HOURS_LENGTH}
        problems.append(problem_at(service, "schedules", message))
    fields["hours"] = hours
    # What a service without a place or these facts holds; check_place and
    # check_attributes fill them in from the file.
    fields |= {"address": "", "directions": "", "latitude": None, "longitude": None}
    fields |= {"wheelchair_access": "", "children_welcome": ""}
    check_place(service, wanted, problems)
    check_delegation(service, wanted, problems)
    check_cost(service, wanted, problems)
    check_attributes(service, wanted, problems)
    spoken = dict(LANGUAGES_SPOKEN)
    for language in objects(service, "languages", problems):
        code = text_of(language, "code", problems).lower()
        code = LANGUAGE_CODES.get(code, code)
        if code in spoken and code not in wanted.languages:
            wanted.languages.append(code)  # others: languages this site cannot show
    return wanted, problems


# --- Planning and applying ----------------------------------------------------------------


@dataclass
class Plan:
    help_page: HelpIndexPage
    language: str
    problems: list[Problem] = field(default_factory=list)
    new: list[Wanted] = field(default_factory=list)
    changed: list[tuple[ServicePage, Wanted]] = field(default_factory=list)
    unchanged: int = 0
    withdrawn: list[ServicePage] = field(default_factory=list)
    skipped: int = 0

    @property
    def is_valid(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        return _(
            "%(new)s new, %(changed)s changed, %(unchanged)s unchanged, %(withdrawn)s "
            "unpublished, %(skipped)s inactive ones skipped."
        ) % {
            "new": len(self.new),
            "changed": len(self.changed),
            "unchanged": self.unchanged,
            "withdrawn": len(self.withdrawn),
            "skipped": self.skipped,
        }


def find_organisation(name: str) -> Organisation | None:
    names = Q()
    for code, _name in settings.LANGUAGES:
        names |= Q(**{f"name_{code}__iexact": name})
    return Organisation.objects.filter(names).order_by("pk").first()


def snapshot(page: ServicePage) -> dict:
    return {name: getattr(page, name) for name in SERVICE_FIELDS} | {
        "organisation": page.organisation_id,
        "phones": [phone.number for phone in page.phones.all()],
        "categories": sorted(category.key for category in page.categories.all()),
        "languages": sorted(language.code for language in page.languages.all()),
    }


def wanted_snapshot(wanted: Wanted) -> dict:
    found = find_organisation(wanted.organisation["name"]) if wanted.organisation else None
    return dict(wanted.fields) | {
        "organisation": found.pk if found else None,
        "phones": wanted.phones,
        "categories": sorted(wanted.categories),
        "languages": sorted(wanted.languages),
    }


def is_current(page: ServicePage) -> bool:
    return page.live and not page.has_unpublished_changes


def pages_by_id(help_page: HelpIndexPage) -> dict[str, ServicePage]:
    pages = list(ServicePage.objects.child_of(help_page))
    ids = hsds.service_ids(pages)
    return {ids[page.pk]: page for page in pages}


def plan_import(data: bytes, name: str, language: str | None = None) -> Plan:
    """What importing this file would change, or why it cannot be imported."""
    language = language or Locale.get_default().language_code
    help_page = HelpIndexPage.objects.filter(locale__language_code=language).first()
    if help_page is None:
        raise CommandError(
            _("There is no help page in “%(language)s”: create it first.") % {"language": language}
        )
    plan = Plan(help_page, language)
    try:
        services, plan.problems = read(data, name)
    except FileProblem as problem:
        plan.problems.append(Problem(None, None, str(problem)))
        return plan
    seen: dict[str, dict] = {}
    checked_services = []
    for service in services:
        wanted, problems = check_service(service)
        plan.problems += problems
        if wanted is None or not wanted.id:
            continue
        if wanted.id in seen:
            line = seen[wanted.id].line if isinstance(seen[wanted.id], Located) else "?"
            message = _("the same id as the service on line %(line)s.") % {"line": line}
            plan.problems.append(problem_at(service, "id", message))
            continue
        seen[wanted.id] = service
        checked_services.append(wanted)
    if plan.problems:
        plan.problems.sort(key=lambda problem: (problem.file or "", problem.line or 0))
        return plan
    existing = pages_by_id(help_page)
    for wanted in checked_services:
        page = existing.get(wanted.id)
        if not wanted.active:
            if page is not None and page.live:
                plan.withdrawn.append(page)
            else:
                plan.skipped += 1
        elif page is None:
            plan.new.append(wanted)
        elif is_current(page) and snapshot(page) == wanted_snapshot(wanted):
            plan.unchanged += 1
        else:
            plan.changed.append((page, wanted))
    return plan


def available_slug(name: str) -> str:
    base = latin_slug(name)[:40].strip("-") or "organisation"
    slug, number = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def organisation_for(wanted: Wanted, language: str) -> Organisation | None:
    if not wanted.organisation:
        return None
    details = wanted.organisation
    found = find_organisation(details["name"])
    if found:
        return found
    organisation = Organisation(
        slug=available_slug(details["name"]),
        website=details["website"],
        contact_email=details["email"],
    )
    # Named in the file's language, and in Arabic (the name every language falls back to)
    # until an editor translates it.
    for code in {language, "ar"}:
        setattr(organisation, f"name_{code}", details["name"])
    setattr(organisation, f"description_{language}", details["description"])
    organisation.save()
    return organisation


def translation_source(wanted: Wanted, help_page: HelpIndexPage) -> ServicePage | None:
    """The same service in another language, whose translation this one then becomes."""
    others = list(ServicePage.objects.exclude(locale_id=help_page.locale_id))
    ids = hsds.service_ids(others)
    for page in others:
        parent = page.get_parent()
        if ids[page.pk] == wanted.id and parent.translation_key == help_page.translation_key:
            return page
    return None


def fill(page: ServicePage, wanted: Wanted, language: str) -> None:
    for name, value in wanted.fields.items():
        setattr(page, name, value)
    page.organisation = organisation_for(wanted, language)
    page.phones = [ServicePhone(number=number) for number in wanted.phones]
    page.categories = list(ServiceCategory.objects.filter(key__in=wanted.categories))
    page.languages = list(SpokenLanguage.objects.filter(code__in=wanted.languages))


@transaction.atomic
def apply(plan: Plan) -> None:
    if not plan.is_valid:
        raise ValueError("An import with problems cannot be applied.")
    for wanted in plan.new:
        source = translation_source(wanted, plan.help_page)
        if source is not None:
            page = source.copy_for_translation(plan.help_page.locale)
        else:
            page = ServicePage(slug="", live=False)  # live once published below
        fill(page, wanted, plan.language)
        page.hsds_id = wanted.id
        if source is None:
            plan.help_page.add_child(instance=page)
        page.save_revision().publish()
    for page, wanted in plan.changed:
        fill(page, wanted, plan.language)
        page.save_revision().publish()
    for page in plan.withdrawn:
        page.unpublish()


class Command(BaseCommand):
    help = (
        "Import services from an HSDS 3.0 file (the JSON or the zipped CSV tables of "
        "/api/help/hsds.json and /api/help/hsds.zip). All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="The help page to import into (default: the default language's).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Say what would change; write nothing."
        )

    def handle(self, *args, file: Path, language: str | None, dry_run: bool, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        plan = plan_import(data, file.name, language)
        if not plan.is_valid:
            raise CommandError(
                _("Nothing was imported:") + "\n" + "\n".join(f"  {p}" for p in plan.problems)
            )
        if dry_run:
            self.stdout.write(
                _("Dry run, nothing written: %(summary)s") % {"summary": plan.summary}
            )
            return
        apply(plan)
        self.stdout.write(_("Imported: %(summary)s") % {"summary": plan.summary})
