"""Property-based tests: whatever a reader types into the search box, the statistics API's
filters or a CSV file, the site answers without an error and never echoes a live script."""

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.statistics.factories import IndicatorFactory
from women_portal.statistics.importer import plan_import

BOUNDED = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SCRIPT = "<script>alert(1)</script>"
text_with_tricks = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            SCRIPT,
            "' OR 1=1 --",
            '"',
            "\\",
            "../../etc/passwd",
            "%00",
            "ا" * 500,
            "\u202e",
            "NEAR(",
            "*",
        ]
    ),
)


@BOUNDED
@given(query=text_with_tricks, page=st.one_of(st.text(max_size=10), st.integers().map(str)))
def test_search_never_fails(client, homes, query, page):
    query = query.replace("\x00", "")  # a NUL byte cannot even be sent in a URL
    response = client.get("/fr/search/", {"q": query, "page": page.replace("\x00", "")})
    assert response.status_code == 200
    assert SCRIPT not in response.content.decode()


@BOUNDED
@given(
    parameters=st.dictionaries(
        st.sampled_from(
            ["indicator", "sex", "geography", "period_from", "period_to", "page", "theme"]
        ),
        text_with_tricks,
        max_size=4,
    )
)
def test_statistics_api_answers_every_filter_clearly(client, db, parameters):
    parameters = {key: value.replace("\x00", "") for key, value in parameters.items()}
    for path in ("/api/statistics/observations/", "/api/statistics/indicators/"):
        response = client.get(path, parameters)
        assert response.status_code in (200, 400)
        assert response["Content-Type"] == "application/json"
        if response.status_code == 400:
            assert response.json()["error"]


@pytest.fixture
def indicator(db):
    return IndicatorFactory(code="jobs")


@BOUNDED
@given(data=st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_any_file_gets_a_verdict_and_no_crash(indicator, data):
    with translation.override("ar"):
        plan = plan_import(data)
        messages = [str(problem) for problem in plan.problems]
    assert plan.is_valid or messages  # a refused file always says why


@BOUNDED
@given(
    cells=st.lists(
        st.tuples(
            st.sampled_from(["jobs", "nope", ""]),
            text_with_tricks,
            st.sampled_from(["municipality", "mars"]),
            st.sampled_from(["women", "x"]),
            text_with_tricks,
        ),
        max_size=20,
    )
)
def test_csv_rows_with_odd_cells_are_named_or_accepted(indicator, cells):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["indicator", "period", "geography", "sex", "value"])
    writer.writerows(cells)
    plan = plan_import(buffer.getvalue().encode())
    for problem in plan.problems:
        assert problem.row is None or 2 <= problem.row <= len(cells) + 1
    if any(
        code != "jobs" or place != "municipality" or sex != "women"
        for code, _p, place, sex, _v in cells
    ):
        assert not plan.is_valid  # a row that cannot be right is never imported
