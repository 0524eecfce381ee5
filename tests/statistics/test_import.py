"""Importing a CSV: all or nothing, every problem named by line and column."""

from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from tests.statistics.factories import IndicatorFactory, ObservationFactory
from women_portal.statistics.importer import apply, plan_import
from women_portal.statistics.models import Observation

GOOD = (
    "indicator,period,geography,sex,value,flag,note\n"
    "unemployment,2023,municipality,women,21.5,,\n"
    "unemployment,2023,municipality,men,12,,\n"
    "unemployment,2024,municipality,women,20.9,provisional,first estimate\n"
    "unemployment,2024,municipality,men,11.8,provisional,\n"
)


@pytest.fixture
def unemployment(db):
    return IndicatorFactory(code="unemployment")


def snapshot():
    return sorted(
        Observation.objects.values_list(
            "indicator__code", "period", "geography", "sex", "value", "flag", "note"
        )
    )


def test_a_good_file_creates_exactly_its_rows(unemployment):
    plan = plan_import(GOOD.encode())
    assert plan.is_valid and len(plan.new) == 4
    apply(plan)
    assert snapshot() == [
        ("unemployment", "2023", "municipality", "men", Decimal("12.000"), "", ""),
        ("unemployment", "2023", "municipality", "women", Decimal("21.500"), "", ""),
        ("unemployment", "2024", "municipality", "men", Decimal("11.800"), "provisional", ""),
        (
            "unemployment",
            "2024",
            "municipality",
            "women",
            Decimal("20.900"),
            "provisional",
            "first estimate",
        ),
    ]


def test_importing_the_same_file_again_changes_nothing(unemployment):
    apply(plan_import(GOOD.encode()))
    before = snapshot()
    plan = plan_import(GOOD.encode())
    assert (len(plan.new), len(plan.changed), plan.unchanged) == (0, 0, 4)
    apply(plan)
    assert snapshot() == before


def test_a_changed_value_updates_only_that_row(unemployment):
    apply(plan_import(GOOD.encode()))
    plan = plan_import(GOOD.replace("20.9,provisional", "21.1,").encode())
    assert (len(plan.new), len(plan.changed), plan.unchanged) == (0, 1, 3)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (GOOD.encode("utf-8-sig"), 4),  # a byte-order mark, as Excel writes it
        (GOOD.replace(",", ";").replace("21.5", "21,5").encode(), 4),  # French spreadsheets
        (GOOD.replace("\n", "\r\n").encode() + b"\r\n,,,,,,\r\n", 4),  # Windows lines, blank row
    ],
)
def test_spreadsheet_variants_are_accepted(unemployment, data, expected):
    plan = plan_import(data)
    assert plan.problems == []
    assert len(plan.new) == expected
    assert plan.new[0].value == Decimal("21.5")


BAD_FILES = {
    "unknown indicator": (
        GOOD.replace("unemployment,2024,municipality,men", "nope,2024,municipality,men"),
        "Line 5, column “indicator”: unknown indicator “nope”",
    ),
    "missing column": (
        GOOD.replace("indicator,period,geography,sex,value", "indicator,period,geography,value")
        .replace(",women,", ",")
        .replace(",men,", ","),
        "missing columns: sex",
    ),
    "extra column": (
        GOOD.replace("flag,note", "flag,note,colour").replace(",\n", ",,red\n"),
        "unknown columns: colour",
    ),
    "not a number": (
        GOOD.replace("21.5", "twenty"),
        "Line 2, column “value”: “twenty” is not a number.",
    ),
    "bad period": (
        GOOD.replace("2023,municipality,men", "23/2023,municipality,men"),
        "Line 3, column “period”",
    ),
    "bad sex": (
        GOOD.replace("2023,municipality,men", "2023,municipality,male"),
        "Line 3, column “sex”",
    ),
    "bad geography": (
        GOOD.replace("2023,municipality,men", "2023,world,men"),
        "Line 3, column “geography”",
    ),
    "duplicate row": (
        GOOD + "unemployment,2023,municipality,men,13,,\n",
        "Line 6: the same indicator, period, geography and sex as line 3.",
    ),
    "short row": (GOOD + "unemployment,2025\n", "Line 6: 2 cells where the first line names 7."),
    "script in a note": (
        GOOD.replace("first estimate", "x" * 301),
        "Line 4, column “note”: is longer than 300 characters.",
    ),
    "empty file": ("", "The file is empty."),
    "infinite value": (GOOD.replace("21.5", "Infinity"), "Line 2, column “value”"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_each_bad_file_is_refused_naming_the_line_and_column(unemployment, name):
    ObservationFactory(indicator=unemployment, period="2020", value="30")
    before = snapshot()
    text, expected = BAD_FILES[name]
    with translation.override("en"):
        plan = plan_import(text.encode())
        messages = [str(problem) for problem in plan.problems]
    assert not plan.is_valid
    assert any(expected in message for message in messages), messages
    with pytest.raises(ValueError):
        apply(plan)
    assert snapshot() == before


def test_a_file_not_in_utf8_is_refused_with_advice(unemployment):
    with translation.override("fr"):
        plan = plan_import(GOOD.replace("first estimate", "première estimation").encode("latin-1"))
        assert [str(p) for p in plan.problems] == [
            "Le fichier n'est pas en UTF-8. Dans votre tableur, enregistrez-le en « CSV UTF-8 »."
        ]


def test_messages_are_in_the_editors_language(unemployment):
    with translation.override("ar"):
        plan = plan_import(GOOD.replace("21.5", "abc").encode())
        assert str(plan.problems[0]) == "السطر 2، العمود «value»: «abc» ليس عددا."


def test_command_imports_and_refuses(unemployment, tmp_path, capsys):
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(GOOD.replace("21.5", "x"), encoding="utf-8")
    call_command("import_statistics", good, "--dry-run")
    assert Observation.objects.count() == 0
    call_command("import_statistics", good)
    assert Observation.objects.count() == 4
    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_statistics", bad)
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_statistics", tmp_path / "missing.csv")
    assert Observation.objects.count() == 4


def test_export_then_import_gives_identical_data(client, unemployment, statistics_page):
    apply(plan_import(GOOD.encode()))
    exported = client.get("/fr/statistics/unemployment/csv/").content
    before = snapshot()
    Observation.objects.all().delete()
    apply(plan_import(exported))
    assert snapshot() == before


@pytest.mark.parametrize("data", [b"\r\x00", b"indicator,period\x00,geography", b"\r", b"\n\n"])
def test_a_file_that_is_not_csv_gets_a_message(unemployment, data):
    with translation.override("en"):
        plan = plan_import(data)
        messages = [str(problem) for problem in plan.problems]
    assert messages and not plan.is_valid
