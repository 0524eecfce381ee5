"""Charts drawn on the server as small SVG, with the numbers written on them.

A template-based SVG rather than a charting library: a chart is a few hundred bytes of
markup that we control entirely (direction, labels, <title>/<desc>, line patterns), needs no
JavaScript, and adds no dependency.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

# Small enough that its text stays legible when a phone shrinks it to the screen's width.
WIDTH, HEIGHT = 420, 280
MARGIN = {"top": 24, "bottom": 36, "start": 40, "end": 70}
LABEL_GAP = 16
# Each series is told apart by line pattern and marker shape, not colour alone.
# The caption names only the series drawn.
SERIES_STYLE = {
    "women": {"dash": "", "marker": "circle", "legend": _("solid line and circles: women")},
    "men": {"dash": "8 5", "marker": "square", "legend": _("dashed line and squares: men")},
    "total": {"dash": "2 4", "marker": "diamond", "legend": _("dotted line and diamonds: total")},
}
GEOGRAPHY_PREFERENCE = ["municipality", "governorate", "national"]
SEX_ORDER = ["women", "men", "total"]


@dataclass
class Point:
    x: float
    y: float
    period: str
    value: Decimal
    label_y: float = 0.0  # where the value is written: above the point, or below it


@dataclass
class Series:
    sex: str
    points: list[Point] = field(default_factory=list)
    label_y: float = 0.0

    @property
    def path(self) -> str:
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points)
        )

    @property
    def style(self) -> dict:
        return SERIES_STYLE[self.sex]

    @property
    def last(self) -> Point:
        return self.points[-1]


def main_geography(observations) -> str | None:
    """The most local geography that has figures."""
    available = {o.geography for o in observations}
    return next((g for g in GEOGRAPHY_PREFERENCE if g in available), None)


def key_figures(observations) -> dict | None:
    """The latest period with a figure for women and for men, at the most local geography."""
    cells = {(o.period, o.geography, o.sex): o for o in observations}
    periods = sorted({o.period for o in observations}, reverse=True)
    for period in periods:
        for geography in GEOGRAPHY_PREFERENCE:
            women, men = (
                cells.get((period, geography, "women")),
                cells.get((period, geography, "men")),
            )
            if women and men:
                return {
                    "period": period,
                    "geography": geography,
                    "women": women,
                    "men": men,
                    "gap": women.value - men.value,
                }
    return None


def nice_ceiling(value: Decimal) -> Decimal:
    """A round number at or above value, for the top of the axis."""
    if value <= 0:
        return Decimal(1)
    magnitude = Decimal(10) ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        ceiling = Decimal(str(step)) * magnitude
        if ceiling >= value:
            return ceiling
    return value


def line_chart(observations) -> dict | None:
    """Values over time by sex, at the most local geography, laid out for the SVG template."""
    geography = main_geography(observations)
    if geography is None:
        return None
    rows = [o for o in observations if o.geography == geography]
    periods = sorted({o.period for o in rows})
    top = nice_ceiling(max(o.value for o in rows))
    inner_width = WIDTH - MARGIN["start"] - MARGIN["end"]
    inner_height = HEIGHT - MARGIN["top"] - MARGIN["bottom"]

    def x(period: str) -> float:
        if len(periods) == 1:
            return MARGIN["start"] + inner_width / 2
        return MARGIN["start"] + inner_width * periods.index(period) / (len(periods) - 1)

    def y(value: Decimal) -> float:
        return MARGIN["top"] + inner_height * float(1 - value / top)

    series = {sex: Series(sex) for sex in SEX_ORDER}
    for o in sorted(rows, key=lambda o: o.period):
        series[o.sex].points.append(Point(x(o.period), y(o.value), o.period, o.value))
    shown = [s for s in series.values() if s.points]
    if "women" in {s.sex for s in shown} or "men" in {s.sex for s in shown}:
        shown = [s for s in shown if s.sex != "total"] or shown  # by sex when we have it
    # Series names sit after their last point, pushed apart where they would overlap.
    previous = None
    ordered = sorted(shown, key=lambda line: line.last.y)
    for line in ordered:
        line.label_y = line.last.y if previous is None else max(line.last.y, previous + LABEL_GAP)
        previous = line.label_y
        below = len(ordered) > 1 and line is ordered[-1]  # the lowest line writes its values below
        for point in line.points:
            point.label_y = point.y + 18 if below else point.y - 10
    ticks = [top * Decimal(i) / 4 for i in range(5)]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "geography": geography,
        "series": shown,
        "periods": [(period, x(period)) for period in periods],
        "ticks": [(tick.normalize(), y(tick)) for tick in ticks],
        "axis": {
            "x1": MARGIN["start"],
            "x2": WIDTH - MARGIN["end"],
            "y": HEIGHT - MARGIN["bottom"],
        },
        "tick_x": MARGIN["start"] - 6,
        "period_y": HEIGHT - MARGIN["bottom"] + 20,
        "label_x": WIDTH - MARGIN["end"] + 10,
    }


def table_rows(observations) -> list[dict]:
    """One row per period and geography, with the value for each sex."""
    rows: dict[tuple[str, str], dict] = {}
    for o in observations:
        row = rows.setdefault(
            (o.period, o.geography), {"period": o.period, "geography": o.geography, "values": {}}
        )
        row["values"][o.sex] = o
    for row in rows.values():
        row["cells"] = [row["values"].get(sex) for sex in SEX_ORDER]
    order = {geography: i for i, geography in enumerate(GEOGRAPHY_PREFERENCE)}
    return sorted(
        rows.values(), key=lambda r: (r["period"], -order.get(r["geography"], 9)), reverse=True
    )
