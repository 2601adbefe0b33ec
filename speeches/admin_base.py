"""Base classes and helpers every page of the editors' desk shares.

What belongs here: what two or more modules of the desk use: the guard on URL
lookups, the read-only base, count columns, finding the speech a page of its own is
about.
"""

from __future__ import annotations

import re

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.constants import LOOKUP_SEP
from django.db.models.functions import Coalesce

# Lookups an editor's URL may not use: a regular expression runs inside the
# database, and "(.*a){20}$" on every body pinned a worker for 30 s.
REFUSED_LOOKUPS = {"regex", "iregex"}
# Date parts an integer year of a calendar can take; "?date__year=9999999999…" is 500.
DATE_PARTS = {"year", "iso_year", "month", "day", "week", "week_day", "quarter"}
YEARS = range(1, 10000)


class GuardedLookupsAdmin(admin.ModelAdmin):
    """Refuse URL lookups that run regular expressions or overflow a date part."""

    def lookup_allowed(self, lookup, value, request=None):
        parts = lookup.split(LOOKUP_SEP)
        if REFUSED_LOOKUPS & set(parts):
            return False
        date_part = len(parts) > 1 and (
            parts[-1] in DATE_PARTS or (len(parts) > 2 and parts[-2] in DATE_PARTS)
        )
        a_year = bool(re.fullmatch(r"\d{1,4}", value)) and int(value) in YEARS
        if date_part and not a_year:
            return False
        return super().lookup_allowed(lookup, value, request)


def count_of(model, link: str, counted: str = "pk", **filters) -> Coalesce:
    """Return a per-row count of distinct ``counted`` values as a subquery.

    A list page then costs one query however many rows it shows, and the count
    can be sorted on.
    """
    counts = (
        model.objects.filter(**{link: OuterRef("pk")}, **filters)
        .order_by()
        .values(link)
        .annotate(count=Count(counted, distinct=True))
        .values("count")
    )
    return Coalesce(Subquery(counts, output_field=IntegerField()), 0)


def count_column(annotation: str, description: str):
    """Return a list column showing a count that get_queryset annotated."""

    @admin.display(description=description, ordering=annotation)
    def column(model_admin, obj) -> int:
        return getattr(obj, annotation)

    return column


class ReadOnlyAdmin(GuardedLookupsAdmin):
    """Rows editors read but never add, change or delete here: services write them."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class SpeechPages:
    """A page of the desk's own about one speech; mixed into SpeechAdmin."""

    def speech_for_page(self, request, object_id, allowed):
        """Return the speech a page is about, or the admin's answer when it is gone."""
        speech = self.get_object(request, object_id)
        if speech is None:
            return self._get_obj_does_not_exist_redirect(
                request, self.model._meta, object_id
            )
        if not allowed(request, speech):
            raise PermissionDenied
        return speech
