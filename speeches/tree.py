"""Edit a speech's section tree and keep it valid.

The tree is handled as an *outline*: the sections in document order, each with a level
and a *chunk*, the body text from its heading up to the next heading. The body is the
preamble followed by the chunks, so every operation keeps body and tree in step:

- a level or parent change re-hangs a section where it stands (text order unchanged);
- up/down swaps a section, with everything under it, and its sibling, text included;
- a split cuts a chunk in two, a merge joins a chunk to the one before it;
- a delete removes a section, everything under it, and their text.

Parents, levels, ordinals, anchors, positions, offsets and own texts are then derived
from the outline by one function (``outline_rows``), so they cannot disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .models import Section, Speech, section_anchor

# Separators printed between an enumerator and its heading: "一、", "1．", "第一，"
LABEL_SEPARATORS = "、，,.．:：)） \u3000\t"
# What may close a heading on its line: "一、统一思想。" -> heading "统一思想"
HEADING_CLOSERS = "。：:；;！!？?"
# How far before a heading its line may start and still be its own line ("（十二）")
LABEL_ROOM = 12
# A line that starts a section after a split: "（三）加强督导。" -> label "（三）"
SPLIT_LABEL = re.compile(
    r"^\s*(?:"
    r"(?P<paren>[（(][一二三四五六七八九十百零〇两\d]+[）)])"
    r"|(?P<ordinal>第[一二三四五六七八九十百零〇两]+)[，、,]?"
    r"|(?P<numeral>[一二三四五六七八九十百零〇两]+|\d+)[、.．]"
    r")"
)
# A label printed on a line of its own, its heading on the next: "第六" / "第一、"
LONE_LABEL = re.compile(SPLIT_LABEL.pattern + r"\s*$")
# Where the heading of a new section ends on its line: "加强督导。要……" -> "加强督导"
HEADING_END = re.compile(r"[。！？!?；;]")
MAX_HEADING = 1000
MAX_LABEL = 20

MOVE_UP = "up"
MOVE_DOWN = "down"


@dataclass
class OutlineNode:
    """A section while its tree is being edited."""

    pk: int | None
    label: str
    heading: str
    level: int
    chunk: str
    # The node whose chunk followed this one in the body; used to keep line breaks.
    body_successor: OutlineNode | None = field(default=None, repr=False)


@dataclass
class Outline:
    """A speech body as a preamble and the sections after it, in document order."""

    preamble: str
    nodes: list[OutlineNode]
    ends_with_newline: bool = True


@dataclass(frozen=True)
class SectionRow:
    """The derived values of one section, ready to be stored."""

    pk: int | None
    parent_index: int | None
    level: int
    label: str
    ordinal: int
    heading: str
    text: str
    position: int
    anchor: str
    start_offset: int
    end_offset: int


@dataclass(frozen=True)
class SectionEdit:
    """What an editor asked for one section in one save: its wanted state and ops."""

    pk: int
    label: str
    heading: str
    level: int
    parent_id: int | None
    move: str = ""
    split_at: str = ""
    merge_previous: bool = False
    delete: bool = False
    # The section's own text (below its heading) as the editor rewrote it.
    text: str | None = None


@dataclass(frozen=True)
class Problem:
    """Why an edit cannot be made; ``field`` names the form field to show it on."""

    pk: int | None
    field: str | None
    message: str


class TreeEditError(ValueError):
    """The edits would break the tree; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(problem.message for problem in problems))


def edit_of(section: Section, **changes) -> SectionEdit:
    """Return an edit that keeps a section as it is except for ``changes``."""
    values = {
        "pk": section.pk,
        "label": section.label,
        "heading": section.heading,
        "level": section.level,
        "parent_id": section.parent_id,
    }
    values.update(changes)
    return SectionEdit(**values)


# --- reading the tree --------------------------------------------------------------


def _document_order(rows: list[Section]) -> list[tuple[Section, int]]:
    """Return rows in pre-order of their parent links, with depths; orphans as roots."""
    children: dict[int | None, list[Section]] = {}
    by_pk = {row.pk: row for row in rows}
    for row in rows:
        parent = row.parent_id if row.parent_id in by_pk else None
        children.setdefault(parent, []).append(row)
    ordered: list[tuple[Section, int]] = []
    seen: set[int] = set()

    def visit(row: Section, depth: int) -> None:
        if row.pk in seen:
            return
        seen.add(row.pk)
        ordered.append((row, depth))
        for child in children.get(row.pk, []):
            visit(child, depth + 1)

    for root in children.get(None, []):
        visit(root, 1)
    # Rows caught in a parent cycle were never reached: keep them, as roots.
    for row in rows:
        if row.pk not in seen:
            visit(row, 1)
    return ordered


def heading_start(body: str, label: str, heading: str, after: int = 0) -> int | None:
    """Return where a section's heading line starts in the body at or after ``after``."""
    needle = heading.strip()[:30] or label.strip()
    if not needle:
        return None
    label = label.strip()
    index = body.find(needle, after)
    while index != -1:
        line_start = body.rfind("\n", 0, index) + 1
        # Only the label may stand between the line start and the heading.
        prefix = body[line_start:index].strip()
        bare = prefix.rstrip(LABEL_SEPARATORS)
        if (label and label.rstrip(LABEL_SEPARATORS) == bare) or not prefix:
            if not prefix and label and line_start > 0:
                # "第六\n加强领导": the label stands alone on the line before.
                above = body.rfind("\n", 0, line_start - 1) + 1
                lone = body[above : line_start - 1].strip().rstrip(LABEL_SEPARATORS)
                if lone == label.rstrip(LABEL_SEPARATORS) and above >= after:
                    return above
            return max(line_start, after)
        index = body.find(needle, index + 1)
    return None


def _starts_here(body: str, start: int, row: Section) -> bool:
    """Tell whether a stored offset points at the section's label or heading."""
    if not 0 <= start <= len(body):
        return False
    window = body[start : start + LABEL_ROOM + 10].lstrip()
    label, heading = row.label.strip(), row.heading.strip()
    return bool(label or heading) and (
        (bool(label) and window.startswith(label))
        or (bool(heading) and heading[:10] in window)
    )


def _document_rows(body: str, rows: list[Section]) -> list[tuple[Section, int, int]]:
    """Return (row, depth, start) in the order the body holds the sections.

    Stored positions and offsets are trusted when they agree with the parent links
    and point at the headings, which every save through this module guarantees.
    Otherwise each heading is looked for in the body and the body's order wins.
    """
    ordered = _document_order(rows)
    trusted = (
        [row for row, _ in ordered] == rows
        and all(a.start_offset <= b.start_offset for a, b in pairwise(rows))
        and all(_starts_here(body, row.start_offset, row) for row in rows)
    )
    if trusted:
        return [(row, depth, row.start_offset) for row, depth in ordered]
    located = []
    taken: set[int] = set()
    for row, depth in ordered:
        start = row.start_offset if _starts_here(body, row.start_offset, row) else None
        after = 0
        while start is None or start in taken:
            start = heading_start(body, row.label, row.heading, after)
            if start is None:
                start = min(row.start_offset, len(body))
                break
            after = start + 1
        taken.add(start)
        located.append((row, depth, start))
    return sorted(located, key=lambda item: (item[2], item[0].position))


def outline_load(speech: Speech, rows: list[Section] | None = None) -> Outline:
    """Return a speech's body and section tree as an outline."""
    if rows is None:
        rows = list(Section.objects.filter(speech=speech).order_by("position", "pk"))
    body = speech.body
    ordered = _document_rows(body, rows)
    starts = [start for _, _, start in ordered]
    ends_with_newline = body.endswith("\n") or not body
    padded = body if ends_with_newline else body + "\n"
    nodes: list[OutlineNode] = []
    for index, (row, depth, start) in enumerate(ordered):
        end = starts[index + 1] if index + 1 < len(starts) else len(padded)
        nodes.append(
            OutlineNode(
                pk=row.pk,
                label=row.label,
                heading=row.heading,
                level=depth,
                chunk=padded[start:end],
            )
        )
    for node, following in pairwise(nodes):
        node.body_successor = following
    preamble = padded[: starts[0]] if starts else padded
    return Outline(preamble, nodes, ends_with_newline)


# --- deriving the stored values ----------------------------------------------------


def heading_end(chunk: str, label: str, heading: str) -> int:
    """Return where the heading of a chunk ends: after label, heading and its closer."""
    index = len(chunk) - len(chunk.lstrip())
    label = label.strip()
    heading = heading.strip()
    if label and chunk.startswith(label, index):
        index += len(label)
        while index < len(chunk) and chunk[index] in LABEL_SEPARATORS:
            index += 1
        # A label alone on its line: the heading is the next line ("第六\n加强领导").
        below = index
        while below < len(chunk) and chunk[below] in " \t\u3000\r\n":
            below += 1
        if heading and "\n" in chunk[index:below] and chunk.startswith(heading, below):
            index = below
    if heading and chunk.startswith(heading, index):
        index += len(heading)
        if index < len(chunk) and chunk[index] in HEADING_CLOSERS:
            index += 1
        return index
    line_end = chunk.find("\n", index)
    return len(chunk) if line_end == -1 else line_end


def own_text(node: OutlineNode) -> str:
    """Return a section's own text: its chunk without the heading."""
    return node.chunk[heading_end(node.chunk, node.label, node.heading) :].strip()


def _clamp_levels(nodes: list[OutlineNode]) -> None:
    """Make levels an outline: the first is 1, each at most one deeper than before."""
    depth = 0
    for node in nodes:
        node.level = max(1, min(node.level, depth + 1))
        depth = node.level


def outline_body(outline: Outline) -> tuple[str, list[int]]:
    """Return the body an outline stands for, and each section's start in it."""
    parts = [outline.preamble]
    length = len(outline.preamble)
    starts = []
    for index, node in enumerate(outline.nodes):
        following = outline.nodes[index + 1] if index + 1 < len(outline.nodes) else None
        starts.append(length)
        chunk = node.chunk
        # Chunks that were not neighbours in the body get a line break between them.
        if (
            following is not None
            and chunk
            and not chunk.endswith("\n")
            and node.body_successor is not following
        ):
            chunk += "\n"
        parts.append(chunk)
        length += len(chunk)
    body = "".join(parts)
    if not outline.ends_with_newline and body.endswith("\n"):
        body = body[:-1]
        starts = [min(start, len(body)) for start in starts]
    return body, starts


def outline_rows(outline: Outline) -> tuple[str, list[SectionRow]]:
    """Return the body and every section's stored values, derived from the outline."""
    _clamp_levels(outline.nodes)
    body, starts = outline_body(outline)
    rows: list[SectionRow] = []
    path: list[int] = []  # indexes of the open ancestors, one per level
    ordinals: list[int] = []
    for index, node in enumerate(outline.nodes):
        del path[node.level - 1 :]
        del ordinals[node.level :]
        if len(ordinals) < node.level:
            ordinals.append(0)
        ordinals[node.level - 1] += 1
        end = next(
            (
                starts[later]
                for later in range(index + 1, len(outline.nodes))
                if outline.nodes[later].level <= node.level
            ),
            len(body),
        )
        rows.append(
            SectionRow(
                pk=node.pk,
                parent_index=path[-1] if path else None,
                level=node.level,
                label=node.label.strip()[:MAX_LABEL],
                ordinal=ordinals[node.level - 1],
                heading=node.heading.strip()[:MAX_HEADING],
                text=own_text(node),
                position=index,
                anchor=section_anchor(ordinals[: node.level]),
                start_offset=starts[index],
                end_offset=max(end, starts[index]),
            )
        )
        path.append(index)
    return body, rows


# --- applying edits ----------------------------------------------------------------


def _name(node: OutlineNode) -> str:
    return f"{node.label} {node.heading}".strip()[:40]


def _block_end(nodes: list[OutlineNode], index: int) -> int:
    """Return the index after a node's last descendant."""
    level = nodes[index].level
    end = index + 1
    while end < len(nodes) and nodes[end].level > level:
        end += 1
    return end


def _split_heading(text: str) -> tuple[str, str]:
    """Return the label and heading that start a new section's text.

    A label alone on its line takes its heading from the next line.
    """
    line, _, rest = text.lstrip().partition("\n")
    match = SPLIT_LABEL.match(line)
    label = ""
    if match:
        label = next(group for group in match.groups() if group)
        line = line[match.end() :]
    line = line.lstrip(LABEL_SEPARATORS)
    if label and not line.strip():
        line = next((later for later in rest.split("\n") if later.strip()), "")
        line = line.strip().lstrip(LABEL_SEPARATORS)
    closer = HEADING_END.search(line)
    heading = line[: closer.start()] if closer else line
    return label[:MAX_LABEL], heading.strip()[:MAX_HEADING]


class _Editor:
    """Apply one save's edits to an outline, collecting problems as it goes."""

    def __init__(self, outline: Outline, rows: list[Section]):
        self.outline = outline
        self.rows = {row.pk: row for row in rows}
        self.problems: list[Problem] = []

    def problem(self, pk: int | None, field_name: str | None, message: str) -> None:
        self.problems.append(Problem(pk, field_name, message))

    @property
    def nodes(self) -> list[OutlineNode]:
        return self.outline.nodes

    def index_of(self, pk: int) -> int:
        return next(i for i, node in enumerate(self.nodes) if node.pk == pk)

    def apply(self, edits: list[SectionEdit], preamble: str | None = None) -> None:
        by_pk: dict[int, SectionEdit] = {}
        for edit in edits:
            if edit.pk not in self.rows:
                self.problem(edit.pk, None, f"章节 #{edit.pk} 不属于这篇讲话。")
            else:
                by_pk[edit.pk] = edit
        self.check_conflicts(by_pk)
        self.set_texts(by_pk)
        self.set_own_texts(by_pk, preamble)
        self.set_levels(by_pk)
        self.move(by_pk)
        self.split(by_pk)
        self.merge(by_pk)
        self.delete(by_pk)

    def check_conflicts(self, edits: dict[int, SectionEdit]) -> None:
        for edit in edits.values():
            chosen = [
                name
                for name, on in (
                    ("拆分", bool(edit.split_at.strip())),
                    ("改写文字", edit.text is not None),
                    ("并入上一节", edit.merge_previous),
                    ("删除", edit.delete),
                )
                if on
            ]
            if len(chosen) > 1:
                self.problem(
                    edit.pk,
                    None,
                    f"一次只能做一种操作：{'、'.join(chosen)}不能同时进行。",
                )
            if edit.move and edit.move not in (MOVE_UP, MOVE_DOWN):
                self.problem(edit.pk, "move", f"未知的移动方向：{edit.move}")

    def set_texts(self, edits: dict[int, SectionEdit]) -> None:
        for node in self.nodes:
            edit = edits.get(node.pk)
            if edit is None or edit.delete or edit.merge_previous:
                continue
            heading = edit.heading.strip()
            if not heading and node.heading.strip():
                self.problem(node.pk, "heading", "标题不能为空。")
            elif len(heading) > MAX_HEADING:
                self.problem(node.pk, "heading", f"标题不能超过 {MAX_HEADING} 字。")
            else:
                node.heading = heading
            label = edit.label.strip()
            if len(label) > MAX_LABEL:
                self.problem(node.pk, "label", f"序号不能超过 {MAX_LABEL} 字。")
            else:
                node.label = label

    def set_levels(self, edits: dict[int, SectionEdit]) -> None:
        """Re-hang sections where they stand: text order never changes here."""
        original_parent = {pk: row.parent_id for pk, row in self.rows.items()}
        index = {node.pk: i for i, node in enumerate(self.nodes)}
        shifts: dict[int, int] = {}  # pk -> level change asked for explicitly
        path: list[OutlineNode] = []
        for position, node in enumerate(self.nodes):
            edit = edits.get(node.pk)
            row = self.rows[node.pk]
            wanted = None
            if edit is not None:
                if edit.parent_id != row.parent_id:
                    wanted = self.level_under(node, edit, position, index, path)
                elif edit.level != row.level:
                    wanted = self.level_asked(node, edit, path)
            if wanted is not None:
                shifts[node.pk] = wanted - node.level
                node.level = wanted
            else:
                node.level += self.inherited_shift(node.pk, original_parent, shifts)
                node.level = max(1, min(node.level, len(path) + 1))
            del path[node.level - 1 :]
            path.append(node)

    @staticmethod
    def inherited_shift(pk, original_parent, shifts) -> int:
        """Return the level change of the nearest ancestor an editor moved."""
        parent = original_parent.get(pk)
        seen = set()
        while parent is not None and parent not in seen:
            if parent in shifts:
                return shifts[parent]
            seen.add(parent)
            parent = original_parent.get(parent)
        return 0

    def level_under(self, node, edit, position, index, path) -> int | None:
        """Return the level a new parent gives a section, or None with a problem."""
        if edit.parent_id is None:
            target = 1
            parent_name = ""
        else:
            parent_position = index.get(edit.parent_id)
            if parent_position is None:
                self.problem(node.pk, "parent", "上级必须是这篇讲话中的章节。")
                return None
            parent = self.nodes[parent_position]
            parent_name = _name(parent)
            if parent is node:
                self.problem(node.pk, "parent", "章节不能做自己的上级。")
                return None
            if self.descends_from(edit.parent_id, node.pk):
                self.problem(
                    node.pk,
                    "parent",
                    f"「{parent_name}」是本节的下级，挂到它下面会形成循环。",
                )
                return None
            if parent_position > position:
                self.problem(
                    node.pk,
                    "parent",
                    f"上级「{parent_name}」在本节之后；上级必须在本节之前。",
                )
                return None
            if parent not in path:
                self.problem(
                    node.pk,
                    "parent",
                    f"本节与「{parent_name}」之间隔着其他同级章节，直接改挂会打乱原文顺序；"
                    "请先用“上移/下移”调整次序。",
                )
                return None
            target = path.index(parent) + 2
        if edit.level != self.rows[node.pk].level and edit.level != target:
            where = f"上级「{parent_name}」之下" if parent_name else "没有上级时"
            self.problem(
                node.pk,
                "level",
                f"层级 {edit.level} 与所选上级矛盾：{where}应为第 {target} 层。",
            )
            return None
        return target

    def level_asked(self, node, edit, path) -> int | None:
        """Return the level an editor typed, or None with a problem."""
        if edit.level < 1:
            self.problem(node.pk, "level", "层级至少为 1。")
            return None
        if edit.level > len(path) + 1:
            if not path:
                message = "第一节只能是第 1 层。"
            else:
                message = (
                    f"本节之前是第 {len(path)} 层的「{_name(path[-1])}」，"
                    f"本节最多只能是第 {len(path) + 1} 层。"
                )
            self.problem(node.pk, "level", message)
            return None
        return edit.level

    def descends_from(self, pk: int, ancestor_pk: int) -> bool:
        parent = self.rows[pk].parent_id
        seen = set()
        while parent is not None and parent not in seen:
            if parent == ancestor_pk:
                return True
            seen.add(parent)
            parent = self.rows[parent].parent_id if parent in self.rows else None
        return False

    def move(self, edits: dict[int, SectionEdit]) -> None:
        """Swap sections with their sibling, text and sub-sections included."""
        for pk in [node.pk for node in self.nodes]:
            edit = edits.get(pk)
            if edit is None or not edit.move or edit.delete or edit.merge_previous:
                continue
            index = self.index_of(pk)
            node = self.nodes[index]
            end = _block_end(self.nodes, index)
            if edit.move == MOVE_UP:
                sibling = index - 1
                while sibling >= 0 and self.nodes[sibling].level > node.level:
                    sibling -= 1
                if sibling < 0 or self.nodes[sibling].level < node.level:
                    self.problem(pk, "move", "本节已是同级第一节，不能上移。")
                    continue
                self.nodes[sibling:end] = (
                    self.nodes[index:end] + self.nodes[sibling:index]
                )
            elif edit.move == MOVE_DOWN:
                if end >= len(self.nodes) or self.nodes[end].level != node.level:
                    self.problem(pk, "move", "本节已是同级最后一节，不能下移。")
                    continue
                sibling_end = _block_end(self.nodes, end)
                self.nodes[index:sibling_end] = (
                    self.nodes[end:sibling_end] + self.nodes[index:end]
                )

    def split(self, edits: dict[int, SectionEdit]) -> None:
        """Cut a section's own text where a missed heading starts."""
        for pk in [node.pk for node in self.nodes]:
            edit = edits.get(pk)
            if edit is None or not edit.split_at.strip() or edit.delete:
                continue
            index = self.index_of(pk)
            node = self.nodes[index]
            cut = self.split_point(node, edit.split_at.strip())
            if cut is None:
                continue
            label, heading = _split_heading(node.chunk[cut:])
            if not heading:
                self.problem(pk, "split_at", "拆分处没有可作标题的文字。")
                continue
            new = OutlineNode(
                pk=None,
                label=label,
                heading=heading,
                level=node.level,
                chunk=node.chunk[cut:],
                body_successor=node.body_successor,
            )
            node.chunk = node.chunk[:cut]
            node.body_successor = new
            self.nodes.insert(index + 1, new)

    def split_point(self, node: OutlineNode, where: str) -> int | None:
        """Return the chunk offset a split names: own-text characters or the words."""
        text_start = heading_end(node.chunk, node.label, node.heading)
        while text_start < len(node.chunk) and node.chunk[text_start].isspace():
            text_start += 1
        text_end = len(node.chunk.rstrip())
        if where.isdecimal():
            cut = text_start + int(where)
            if not text_start < cut < text_end:
                self.problem(
                    node.pk,
                    "split_at",
                    f"拆分位置 {where} 超出本节文字（共 {text_end - text_start} 字）。",
                )
                return None
            return cut
        cut = node.chunk.find(where, text_start)
        if cut == -1:
            self.problem(node.pk, "split_at", f"本节文字中找不到“{where[:30]}”。")
            return None
        return _with_lone_label(node.chunk, cut, text_start)

    def set_own_texts(self, edits: dict[int, SectionEdit], preamble: str | None):
        """Replace the text below headings (and the opening) as the editor wrote it."""
        if preamble is not None:
            self.outline.preamble = _text_block(preamble)
        for node in self.nodes:
            edit = edits.get(node.pk)
            if edit is None or edit.text is None or edit.delete:
                continue
            head = node.chunk[: heading_end(node.chunk, node.label, node.heading)]
            node.chunk = head.rstrip(" \t\u3000\n") + "\n" + _text_block(edit.text)

    def merge(self, edits: dict[int, SectionEdit]) -> None:
        """Join sections to the text before them; later ones first, so chains work."""
        for pk in reversed([node.pk for node in self.nodes]):
            edit = edits.get(pk)
            if edit is None or not edit.merge_previous or edit.delete:
                continue
            index = self.index_of(pk)
            node = self.nodes.pop(index)
            if index == 0:
                self.outline.preamble = _joined(self.outline.preamble, node.chunk)
            else:
                previous = self.nodes[index - 1]
                if previous.body_successor is not node and previous.chunk:
                    previous.chunk = _joined(previous.chunk, "")
                previous.chunk += node.chunk
                previous.body_successor = node.body_successor

    def delete(self, edits: dict[int, SectionEdit]) -> None:
        """Remove sections with everything under them, text included."""
        for pk, edit in edits.items():
            if not edit.delete or all(node.pk != pk for node in self.nodes):
                continue
            index = self.index_of(pk)
            del self.nodes[index : _block_end(self.nodes, index)]


def _with_lone_label(chunk: str, cut: int, text_start: int) -> int:
    """Move a cut back over a label that stands alone on the line before it."""
    if cut <= text_start or chunk[cut - 1] != "\n":
        return cut
    above = chunk.rfind("\n", 0, cut - 1) + 1
    if above >= text_start and LONE_LABEL.match(chunk[above : cut - 1]):
        return above
    return cut


def _text_block(text: str) -> str:
    """Return typed text as body lines: newlines unified, ending with one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    return text + "\n" if text.strip() else ""


def _joined(text: str, more: str) -> str:
    """Append text, starting it on a new line."""
    if text and not text.endswith("\n"):
        text += "\n"
    return text + more


def outline_edit(
    outline: Outline,
    rows: list[Section],
    edits: list[SectionEdit],
    preamble: str | None = None,
) -> Outline:
    """Apply edits to an outline in place; raise TreeEditError if any is invalid."""
    editor = _Editor(outline, rows)
    editor.apply(edits, preamble)
    if editor.problems:
        raise TreeEditError(editor.problems)
    return outline


def section_tree_check(*, speech: Speech, edits: list[SectionEdit]) -> list[Problem]:
    """Return the problems a save's edits would cause, changing nothing."""
    rows = list(Section.objects.filter(speech=speech).order_by("position", "pk"))
    try:
        outline_edit(outline_load(speech, rows), rows, edits)
    except TreeEditError as error:
        return error.problems
    return []


def section_rows_write(*, speech: Speech, rows: list[SectionRow]) -> list[Section]:
    """Replace a speech's sections with the given rows, keeping their ids."""
    Section.objects.filter(speech=speech).delete()
    created: list[Section] = []
    for row in rows:
        section = Section(
            pk=row.pk,
            speech=speech,
            parent=created[row.parent_index] if row.parent_index is not None else None,
            level=row.level,
            label=row.label,
            ordinal=row.ordinal,
            heading=row.heading,
            text=row.text,
            position=row.position,
            anchor=row.anchor,
            start_offset=row.start_offset,
            end_offset=row.end_offset,
        )
        section.save(force_insert=True)
        created.append(section)
    return created


def _stored_rows(rows: list[Section]) -> list[tuple]:
    by_pk = {row.pk: index for index, row in enumerate(rows)}
    return [
        (
            row.pk,
            by_pk.get(row.parent_id),
            row.level,
            row.label,
            row.ordinal,
            row.heading,
            row.text,
            row.position,
            row.anchor,
            row.start_offset,
            row.end_offset,
        )
        for row in rows
    ]


def section_tree_apply(
    *, speech: Speech, edits: list[SectionEdit], preamble: str | None = None
) -> tuple[bool, list[Section]]:
    """Apply edits to a speech's tree and store the normalised result.

    Return whether anything changed, and the sections. The caller holds the
    transaction, refreshes mentions and tells the search app.
    """
    rows = list(Section.objects.filter(speech=speech).order_by("position", "pk"))
    outline = outline_edit(outline_load(speech, rows), rows, edits, preamble)
    body, new_rows = outline_rows(outline)
    unchanged = body == speech.body and [
        tuple(row.__dict__.values()) for row in new_rows
    ] == _stored_rows(rows)
    if unchanged:
        return False, rows
    speech.body = body
    speech.save(update_fields=["body", "updated_at"])
    return True, section_rows_write(speech=speech, rows=new_rows)
