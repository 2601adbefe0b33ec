"""Geometry of the server-rendered SVG chart of a slogan's use per year.

The chart is plain SVG drawn by a template: no JavaScript, no library, readable by
screen readers through its title and the data table beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .selectors import YearUsage

WIDTH = 720
HEIGHT = 260
MARGIN_LEFT = 56
MARGIN_RIGHT = 12
MARGIN_TOP = 16
MARGIN_BOTTOM = 40
MAX_YEAR_LABELS = 12
# With a handful of years, full-width slots would make slabs, not bars.
MAX_BAR_WIDTH = 56
# A year's slot at most: a chart of one or two years is drawn narrow, not stretched
# across the page as one slab.
MAX_SLOT_WIDTH = 90


@dataclass(frozen=True)
class Bar:
    year: int
    speeches: int
    mentions: int
    x: float
    width: float
    center: float
    mentions_y: float
    mentions_height: float
    speeches_y: float
    speeches_height: float
    label: bool


@dataclass(frozen=True)
class Tick:
    value: int
    y: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_bottom: int
    bars: list[Bar]
    ticks: list[Tick]
    first_year: int
    last_year: int


def nice_ceiling(value: int) -> int:
    """Return a round axis maximum at or above a value: 7 -> 8, 23 -> 25, 130 -> 150."""
    if value <= 4:
        return max(value, 1)
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return value  # unreachable: 10 * magnitude always exceeds value


def usage_chart(usages: Sequence[YearUsage]) -> Chart | None:
    """Return the bars and axis ticks of a per-year usage chart, or None when empty."""
    if not usages:
        return None
    top = nice_ceiling(max(usage.mentions for usage in usages))
    width = min(WIDTH, MARGIN_LEFT + MARGIN_RIGHT + MAX_SLOT_WIDTH * len(usages))
    plot_width = width - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    plot_bottom = HEIGHT - MARGIN_BOTTOM
    slot = plot_width / len(usages)
    bar_width = round(min(slot - min(slot * 0.2, 8), MAX_BAR_WIDTH), 2)
    every = math.ceil(len(usages) / MAX_YEAR_LABELS)

    def height_of(value: int) -> float:
        return round(plot_height * value / top, 2)

    bars = []
    for index, usage in enumerate(usages):
        mentions_height = height_of(usage.mentions)
        speeches_height = height_of(usage.speeches)
        bars.append(
            Bar(
                year=usage.year,
                speeches=usage.speeches,
                mentions=usage.mentions,
                x=round(MARGIN_LEFT + (index + 0.5) * slot - bar_width / 2, 2),
                width=bar_width,
                center=round(MARGIN_LEFT + (index + 0.5) * slot, 2),
                mentions_y=round(plot_bottom - mentions_height, 2),
                mentions_height=mentions_height,
                speeches_y=round(plot_bottom - speeches_height, 2),
                speeches_height=speeches_height,
                label=(len(usages) - 1 - index) % every == 0,
            )
        )
    tick_values = sorted({0, top // 2, top}) if top > 1 else [0, 1]
    ticks = [
        Tick(value=value, y=plot_bottom - height_of(value)) for value in tick_values
    ]
    return Chart(
        width=width,
        height=HEIGHT,
        plot_left=MARGIN_LEFT,
        plot_right=width - MARGIN_RIGHT,
        plot_bottom=plot_bottom,
        bars=bars,
        ticks=ticks,
        first_year=usages[0].year,
        last_year=usages[-1].year,
    )
