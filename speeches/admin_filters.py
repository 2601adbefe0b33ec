"""The speech list's filters: the year a speech was given, what the parser doubts."""

from __future__ import annotations

from django.contrib import admin
from django.db import models
from django.db.models.functions import Cast, ExtractYear

from .admin_base import YEARS
from .models import DOUBTS, Speech


class YearFilter(admin.SimpleListFilter):
    """The year a speech was given where its text says, else the year published."""

    title = "年份"
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Speech.objects.filter(effective_date__isnull=False)
            .annotate(year=ExtractYear("effective_date"))
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return [(str(year), f"{year}年") for year in years] + [("none", "日期不详")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "none":
            return queryset.filter(effective_date__isnull=True)
        if value and value.isdecimal():
            year = int(value)
            if year not in YEARS:
                return queryset.none()
            return queryset.filter(effective_date__year=year)
        return queryset


class DoubtFilter(admin.SimpleListFilter):
    """What the parser was unsure of: each doubt, any, or none."""

    title = "存疑"
    parameter_name = "doubt"
    ANY, NONE = "any", "none"

    def lookups(self, request, model_admin):
        return [
            (self.ANY, "有存疑"),
            (self.NONE, "无存疑"),
            *((code, label) for code, (label, _) in DOUBTS.items()),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.ANY:
            return queryset.filter(doubt_score__gt=0)
        if value == self.NONE:
            return queryset.filter(doubt_score=0)
        if value in DOUBTS:
            # a JSON list read as text: '["no_title", "no_date"]' on every database
            return queryset.annotate(
                doubts_text=Cast("doubts", models.TextField())
            ).filter(doubts_text__contains=f'"{value}"')
        return queryset
