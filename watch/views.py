"""Following the archive: /slogans/compare/ (slogans over time)."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from .charts import line_chart
from .usage import MAX_SLOGANS, slogan_series, slogans_named


@require_GET
def slogan_compare(request):
    names = request.GET.getlist("s")[: MAX_SLOGANS * 2]
    slogans, missing = slogans_named(names)
    years, series = slogan_series(slogans) if slogans else ([], [])
    rows = [
        (year, [one.years[index] for one in series]) for index, year in enumerate(years)
    ]
    return render(
        request,
        "watch/slogan_compare.html",
        {
            "slogans": slogans,
            "missing": missing,
            "series": series,
            "rows": rows,
            "speeches_chart": line_chart(years, series, measure="speeches"),
            "rate_chart": line_chart(years, series, measure="per_100k"),
            "max_slogans": MAX_SLOGANS,
            "inputs": [slogan.text for slogan in slogans] + missing + [""] * 2,
        },
    )
