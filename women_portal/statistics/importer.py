"""CSV import of observations: everything is checked before anything is written, and the
import is all-or-nothing. The columns are those of the CSV download (opendata.CSV_COLUMNS).

Accepts UTF-8 with or without a byte-order mark, commas or semicolons between columns (as
spreadsheets in French set-ups write them) and decimal commas (22,5).
"""

import csv
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from women_portal.pagecache.cache import purge_all

from .models import PERIOD_PATTERN, Flag, Geography, Indicator, Observation, Sex
from .opendata import CSV_COLUMNS

REQUIRED_COLUMNS = ["indicator", "period", "geography", "sex", "value"]
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 50_000
NOTE_LENGTH = 300


@dataclass(frozen=True)
class Problem:
    row: int | None  # the line in the file (the header is line 1); None for the whole file
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if self.column is None:
            return _("Line %(row)s: %(message)s") % {"row": self.row, "message": self.message}
        return _("Line %(row)s, column “%(column)s”: %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class Plan:
    problems: list[Problem] = field(default_factory=list)
    new: list[Observation] = field(default_factory=list)
    changed: list[Observation] = field(default_factory=list)
    unchanged: int = 0

    @property
    def is_valid(self) -> bool:
        return not self.problems


class FileProblem(Exception):
    pass


def decode(data: bytes) -> str:
    if not data.strip():
        raise FileProblem(_("The file is empty."))
    if len(data) > MAX_BYTES:
        raise FileProblem(_("The file is larger than 5 MB. Split it into smaller files."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem(
            _("The file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8”.")
        ) from error


def read(text: str) -> tuple[list[str], list[list[str]]]:
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:  # e.g. a NUL byte: not a text file
        raise FileProblem(
            _("The file cannot be read as CSV (%(error)s).") % {"error": error}
        ) from error
    if not rows:
        raise FileProblem(_("The file is empty."))
    header = [column.strip().lower() for column in rows[0]]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    extra = [column for column in header if column not in CSV_COLUMNS]
    if missing or extra:
        parts = []
        if missing:
            parts.append(_("missing columns: %(columns)s") % {"columns": ", ".join(missing)})
        if extra:
            parts.append(_("unknown columns: %(columns)s") % {"columns": ", ".join(extra)})
        expected = ", ".join(CSV_COLUMNS)
        raise FileProblem(
            _("The first line must name the columns (%(expected)s); %(problems)s.")
            % {"expected": expected, "problems": "; ".join(parts)}
        )
    if len(rows) - 1 > MAX_ROWS:
        raise FileProblem(_("The file has more than %(max)s lines.") % {"max": MAX_ROWS})
    return header, rows[1:]


def parse_value(text: str) -> Decimal:
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    value = Decimal(cleaned)
    if not value.is_finite() or abs(value) >= Decimal("1e11"):
        raise InvalidOperation
    return value


def check_row(
    number: int, cells: dict[str, str], codes: dict[str, Indicator]
) -> tuple[list[Problem], dict]:
    problems = []

    def problem(column, message):
        problems.append(Problem(number, column, message))

    code = cells.get("indicator", "")
    if code not in codes:
        problem(
            "indicator",
            _("unknown indicator “%(code)s”. Create it in the admin first.") % {"code": code[:60]},
        )
    if not re.match(PERIOD_PATTERN, cells.get("period", "")):
        problem(
            "period",
            _(
                "write a year (2024), a half year (2024-H1), a quarter (2024-Q3) or a month (2024-05)."
            ),
        )
    if cells.get("geography", "") not in Geography.values:
        problem(
            "geography",
            _("must be one of: %(choices)s.") % {"choices": ", ".join(Geography.values)},
        )
    if cells.get("sex", "") not in Sex.values:
        problem("sex", _("must be one of: %(choices)s.") % {"choices": ", ".join(Sex.values)})
    value = None
    try:
        value = parse_value(cells.get("value", ""))
    except (InvalidOperation, ValueError):
        problem("value", _("“%(value)s” is not a number.") % {"value": cells.get("value", "")[:30]})
    flag = cells.get("flag", "")
    if flag not in Flag.values:
        problem("flag", _("must be empty, provisional or estimated."))
    note = cells.get("note", "")
    if len(note) > NOTE_LENGTH:
        problem("note", _("is longer than %(max)s characters.") % {"max": NOTE_LENGTH})
    fields = {
        "indicator": codes.get(code),
        "period": cells.get("period", ""),
        "geography": cells.get("geography", ""),
        "sex": cells.get("sex", ""),
        "value": value,
        "flag": flag,
        "note": note,
    }
    return problems, fields


def plan_import(data: bytes) -> Plan:
    """What importing this file would change, or why it cannot be imported."""
    plan = Plan()
    try:
        header, rows = read(decode(data))
    except FileProblem as problem:
        plan.problems.append(Problem(None, None, str(problem)))
        return plan
    codes = {indicator.code: indicator for indicator in Indicator.objects.all()}
    seen: dict[tuple, int] = {}
    wanted = []
    for number, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue  # blank lines, as spreadsheets leave them
        if len(row) != len(header):
            plan.problems.append(
                Problem(
                    number,
                    None,
                    _("%(found)s cells where the first line names %(expected)s.")
                    % {"found": len(row), "expected": len(header)},
                )
            )
            continue
        cells = {column: cell.strip() for column, cell in zip(header, row, strict=True)}
        problems, fields = check_row(number, cells, codes)
        plan.problems += problems
        if problems:
            continue
        key = (fields["indicator"].pk, fields["period"], fields["geography"], fields["sex"])
        if key in seen:
            plan.problems.append(
                Problem(
                    number,
                    None,
                    _("the same indicator, period, geography and sex as line %(line)s.")
                    % {"line": seen[key]},
                )
            )
            continue
        seen[key] = number
        wanted.append(fields)
    if plan.problems:
        return plan
    existing = {
        (o.indicator_id, o.period, o.geography, o.sex): o
        for o in Observation.objects.filter(indicator__in={f["indicator"] for f in wanted})
    }
    for fields in wanted:
        current = existing.get(
            (fields["indicator"].pk, fields["period"], fields["geography"], fields["sex"])
        )
        if current is None:
            plan.new.append(Observation(**fields))
        elif (current.value, current.flag, current.note) != (
            fields["value"],
            fields["flag"],
            fields["note"],
        ):
            current.value, current.flag, current.note = (
                fields["value"],
                fields["flag"],
                fields["note"],
            )
            plan.changed.append(current)
        else:
            plan.unchanged += 1
    return plan


@transaction.atomic
def apply(plan: Plan) -> None:
    if not plan.is_valid:
        raise ValueError("An import with problems cannot be applied.")
    Observation.objects.bulk_create(plan.new)
    Observation.objects.bulk_update(plan.changed, ["value", "flag", "note"])
    touched = {o.indicator_id for o in plan.new + plan.changed}
    Indicator.objects.filter(pk__in=touched).update(last_updated=timezone.now())
    transaction.on_commit(purge_all)  # bulk writes send no signals
