"""The usage chart's geometry: round axis tops, proportional bars, sparse labels."""

import pytest

from speeches.charts import HEIGHT, MARGIN_BOTTOM, MARGIN_TOP, nice_ceiling, usage_chart
from speeches.selectors import YearUsage


@pytest.mark.parametrize(
    ("value", "ceiling"),
    [(0, 1), (1, 1), (3, 3), (7, 8), (23, 25), (130, 150), (1000, 1000)],
)
def test_axis_top_is_a_round_number_at_or_above_the_peak(value, ceiling):
    assert nice_ceiling(value) == ceiling


def test_no_usage_gives_no_chart():
    assert usage_chart([]) is None


def test_bars_are_proportional_and_speeches_sit_inside_mentions():
    chart = usage_chart([YearUsage(2020, 1, 2), YearUsage(2021, 2, 4)])
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    first, second = chart.bars
    assert second.mentions_height == plot_height  # 4 is the axis top
    assert first.mentions_height == plot_height / 2
    assert first.speeches_height == plot_height / 4
    assert second.x > first.x + first.width


def test_long_spans_label_only_some_years_always_the_last():
    usages = [YearUsage(year, 1, 1) for year in range(1950, 2027)]
    labelled = [bar.year for bar in usage_chart(usages).bars if bar.label]
    assert len(labelled) <= 12
    assert labelled[-1] == 2026
