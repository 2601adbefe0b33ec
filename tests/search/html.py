"""A small HTML tree for asserting what a page shows, without extra dependencies."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {
    "area",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(
            child if isinstance(child, str) else child.text() for child in self.children
        )

    def inner_html(self) -> str:
        return "".join(
            child if isinstance(child, str) else child.outer_html()
            for child in self.children
        )

    def outer_html(self) -> str:
        return f"<{self.tag}>{self.inner_html()}</{self.tag}>"

    def descendants(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.descendants()

    def find_all(self, tag=None, *, id=None, cls=None, **attrs) -> list[Element]:
        """Return descendants matching a tag, an id, a class and attribute values."""
        return [
            element
            for element in self.descendants()
            if (tag is None or element.tag == tag)
            and (id is None or element.attrs.get("id") == id)
            and (cls is None or cls in element.classes)
            and all(element.attrs.get(name) == value for name, value in attrs.items())
        ]

    def find(self, tag=None, **kwargs) -> Element | None:
        found = self.find_all(tag, **kwargs)
        return found[0] if found else None


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.root = Element("document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)

    def handle_entityref(self, name):
        self.stack[-1].children.append(f"&{name};")

    def handle_charref(self, name):
        self.stack[-1].children.append(f"&#{name};")


def parse_html(markup: str) -> Element:
    """Return the element tree of an HTML page (entities kept as written)."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return builder.root
