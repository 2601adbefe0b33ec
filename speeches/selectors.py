"""Reads of the archive that views and the API share."""

from __future__ import annotations

from .models import Section, Speech


def section_tree(speech: Speech) -> list[dict]:
    """Return a speech's sections as nested dicts in the shape of Contract 1, with ids."""
    nodes: dict[int, dict] = {}
    roots: list[dict] = []
    for section in Section.objects.filter(speech=speech).order_by("position"):
        node = {
            "id": section.pk,
            "level": section.level,
            "label": section.label,
            "ordinal": section.ordinal,
            "heading": section.heading,
            "anchor": section.anchor,
            "text": section.text,
            "children": [],
        }
        nodes[section.pk] = node
        parent = nodes.get(section.parent_id)
        (parent["children"] if parent else roots).append(node)
    return roots


def speech_slogans(speech: Speech) -> list[str]:
    """Return the accepted slogans of a speech in order of first mention."""
    seen: dict[str, None] = {}
    for text in (
        speech.mentions.filter(slogan__status="accepted")
        .order_by("offset")
        .values_list("slogan__text", flat=True)
    ):
        seen.setdefault(text, None)
    return list(seen)
