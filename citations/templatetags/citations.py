"""The speech page's "引用本文" panel: {% citation_panel speech sections %}."""

import json

from django import template

from speeches.models import Section

from ..works import speech_citations

register = template.Library()


@register.simple_tag
def speech_sections(speech) -> list[Section]:
    """Return a speech's sections as the research panels need them, in order."""
    return list(
        Section.objects.filter(speech=speech)
        .order_by("position")
        .only("id", "anchor", "label", "heading", "level", "start_offset")
    )


@register.inclusion_tag("citations/_citation_panel.html", takes_context=True)
def citation_panel(context, speech, sections):
    """Render the citations of a speech, or of the section chosen with ?cite=s2-1."""
    request = context["request"]
    chosen = request.GET.get("cite", "")
    section = next((s for s in sections if s.anchor == chosen), None)
    cited = speech_citations(speech, request=request, section=section)
    return {
        "speech": speech,
        "sections": sections,
        "chosen": section.anchor if section else "",
        "citation": cited,
        "csl_text": json.dumps([cited["csl"]], ensure_ascii=False, indent=2),
    }
