"""Geometry of the line charts comparing slogans per year (server-rendered SVG).

The frame, margins and axis rounding are the slogan page's (speeches/charts.py);
each slogan is a line with its own colour, dash pattern and marker shape, so the
lines can be told apart without colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from speeches.charts import (
    HEIGHT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MAX_YEAR_LABELS,
    WIDTH,
    nice_ceiling,
)

from .usage import SloganSeries

# Okabe-Ito colours (safe for colour-blind readers), with dashes and markers.
STYLES = (
    ("#0072b2", "", "circle"),
    ("#d55e00", "8 4", "square"),
    ("#009e73", "2 3", "diamond"),
    ("#cc79a7", "10 3 2 3", "circle"),
    ("#e69f00", "4 4", "square"),
    ("#56b4e9", "1 2", "diamond"),
)


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    value: float
    year: int


@dataclass(frozen=True)
class Line:
    label: str
    colour: str
    dashes: str
    marker: str
    path: str
    points: list[Point]


@dataclass(frozen=True)
class YearLabel:
    year: int
    x: float


@dataclass(frozen=True)
class Tick:
    label: str
    y: float


@dataclass(frozen=True)
class LineChart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_bottom: int
    lines: list[Line]
    ticks: list[Tick]
    years: list[YearLabel]
    measure: str


def _ceiling(value: float) -> float:
    """Return a round axis maximum for whole counts or for rates below one."""
    if value >= 5:
        return nice_ceiling(math.ceil(value))
    for top in (0.1, 0.2, 0.5, 1, 2, 5):
        if value <= top:
            return top
    return 5


def line_chart(
    years: list[int], series: list[SloganSeries], *, measure: str
) -> LineChart | None:
    """Return one line per slogan of a measure ("speeches" or "per_100k") per year."""
    if not years or not series:
        return None
    highest = max(getattr(c, measure) for s in series for c in s.years) or 1
    # Counts of speeches are whole numbers: so are their ticks.
    whole = measure == "speeches"
    top = nice_ceiling(math.ceil(highest)) if whole else _ceiling(highest)
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    plot_bottom = HEIGHT - MARGIN_BOTTOM
    slot = plot_width / len(years)

    def x_of(index: int) -> float:
        return round(MARGIN_LEFT + (index + 0.5) * slot, 2)

    def y_of(value: float) -> float:
        return round(plot_bottom - plot_height * value / top, 2)

    lines = []
    for number, one in enumerate(series):
        colour, dashes, marker = STYLES[number % len(STYLES)]
        points = [
            Point(
                x_of(index),
                y_of(getattr(count, measure)),
                getattr(count, measure),
                count.year,
            )
            for index, count in enumerate(one.years)
        ]
        path = " ".join(
            f"{'M' if index == 0 else 'L'}{point.x},{point.y}"
            for index, point in enumerate(points)
        )
        lines.append(Line(one.slogan.text, colour, dashes, marker, path, points))
    every = math.ceil(len(years) / MAX_YEAR_LABELS)
    labels = [
        YearLabel(year, x_of(index))
        for index, year in enumerate(years)
        if (len(years) - 1 - index) % every == 0
    ]
    middle = top // 2 if whole else top / 2
    ticks = [Tick(f"{value:g}", y_of(value)) for value in sorted({0, middle, top})]
    return LineChart(
        width=WIDTH,
        height=HEIGHT,
        plot_left=MARGIN_LEFT,
        plot_right=WIDTH - MARGIN_RIGHT,
        plot_bottom=plot_bottom,
        lines=lines,
        ticks=ticks,
        years=labels,
        measure=measure,
    )
