"""The citable works of the archive: a speech, and each section of it."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from speeches.models import Section, Speech
from speeches.reading import label_display

from .formats import Work, citations


def section_path(anchor: str) -> str:
    """Return the short address part of a section anchor: "s2-1" -> "2-1"."""
    return anchor.removeprefix("s")


def speech_work(
    speech: Speech, *, absolute_url, section: Section | None = None
) -> Work:
    """Return what a citation of a speech (or of one of its sections) names."""
    if section is None:
        url = reverse("citations:speech", args=[speech.pk])
        key, part = f"speech-{speech.pk}", ""
    else:
        path = section_path(section.anchor)
        url = reverse("citations:section", args=[speech.pk, path])
        key = f"speech-{speech.pk}-{section.anchor}"
        part = f"{label_display(section.label)}{section.heading}".strip()
    return Work(
        key=key,
        title=speech.title,
        part=part,
        author=speech.speaker,
        publisher=speech.source_site,
        occasion=speech.occasion,
        delivered=speech.delivered,
        published=speech.date,
        url=absolute_url(url),
    )


def speech_citations(
    speech: Speech, *, request, section: Section | None = None
) -> dict:
    """Return a speech's (or a section's) citations, cited today."""
    work = speech_work(speech, absolute_url=request.build_absolute_uri, section=section)
    return citations(work, cited=timezone.localdate())


def with_section_citations(speech: Speech, nodes: list[dict], *, request) -> list[dict]:
    """Add its citations to every node of a section tree (Contract 2's ``sections``)."""
    sections = {section.pk: section for section in speech.sections.all()}
    for node in nodes:
        section = sections.get(node["id"])
        if section is not None:
            node["citation"] = speech_citations(
                speech, request=request, section=section
            )
        with_section_citations(speech, node["children"], request=request)
    return nodes
