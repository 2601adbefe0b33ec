"""A parsed section tree flattened for comparison in tests."""


def outline(sections) -> list[tuple[int, str, str]]:
    """Return (level, label, heading) of every section, in document order."""
    rows = []
    for section in sections:
        rows.append((section.level, section.label, section.heading))
        rows.extend(outline(section.children))
    return rows
