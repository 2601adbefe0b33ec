"""Reads for comparing slogans over time, by the year of each speech's effective date."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Sum
from django.db.models.functions import ExtractYear, Length

from speeches.models import Mention, Slogan, Speech
from speeches.selectors import COUNTED, slogan_canonical

MAX_SLOGANS = 6
PER_CHARACTERS = 100_000


@dataclass(frozen=True)
class YearCount:
    year: int
    speeches: int
    mentions: int
    per_100k: float  # mentions per 100,000 characters of that year's archive


@dataclass(frozen=True)
class SloganSeries:
    slogan: Slogan
    years: list[YearCount]

    @property
    def total_speeches(self) -> int:
        return sum(year.speeches for year in self.years)

    @property
    def total_mentions(self) -> int:
        return sum(year.mentions for year in self.years)


def slogans_named(values: list[str]) -> tuple[list[Slogan], list[str]]:
    """Return the accepted slogans named by id or text, and the names not found.

    A merged variant stands for the slogan it was merged into.
    """
    found: list[Slogan] = []
    missing: list[str] = []
    for value in values:
        value = value.replace("\x00", "").strip()[:200]
        if not value:
            continue
        slogan = Slogan.objects.filter(text=value).first()
        if slogan is None and value.isdecimal() and len(value) < 19:
            slogan = Slogan.objects.filter(pk=int(value)).first()
        slogan = slogan_canonical(slogan) if slogan is not None else None
        if slogan is None:
            missing.append(value)
        elif slogan not in found:
            found.append(slogan)
    return found[:MAX_SLOGANS], missing


def archive_characters_by_year() -> dict[int, int]:
    """Return how many body characters the archive holds per year (effective date).

    Copies of a speech count once, as in the slogans' counts.
    """
    rows = (
        Speech.objects.filter(effective_date__isnull=False, copy_entry__isnull=True)
        .annotate(year=ExtractYear("effective_date"))
        .values("year")
        .annotate(characters=Sum(Length("body")))
        .order_by("year")
    )
    return {row["year"]: row["characters"] or 0 for row in rows}


def slogan_series(slogans: list[Slogan]) -> tuple[list[int], list[SloganSeries]]:
    """Return the years spanned and each slogan's speeches, mentions and rate per year."""
    characters = archive_characters_by_year()
    counted: dict[int, dict[int, dict]] = {}
    for slogan in slogans:
        rows = (
            Mention.objects.filter(
                COUNTED, slogan=slogan, speech__effective_date__isnull=False
            )
            .annotate(year=ExtractYear("speech__effective_date"))
            .values("year")
            .annotate(speeches=Count("speech", distinct=True), mentions=Count("id"))
        )
        counted[slogan.pk] = {row["year"]: row for row in rows}
    used = [year for rows in counted.values() for year in rows]
    if not used:
        return [], [SloganSeries(slogan, []) for slogan in slogans]
    years = list(range(min(used), max(used) + 1))
    series = []
    for slogan in slogans:
        rows = counted[slogan.pk]
        series.append(
            SloganSeries(
                slogan,
                [
                    YearCount(
                        year=year,
                        speeches=rows.get(year, {}).get("speeches", 0),
                        mentions=rows.get(year, {}).get("mentions", 0),
                        per_100k=round(
                            rows.get(year, {}).get("mentions", 0)
                            * PER_CHARACTERS
                            / characters[year],
                            2,
                        )
                        if characters.get(year)
                        else 0.0,
                    )
                    for year in years
                ],
            )
        )
    return years, series
