"""Forms of the editors' desk: the speech, its section tree and text, the slogans."""

from __future__ import annotations

import hashlib
import json

from django import forms
from django.core.exceptions import ValidationError
from django.db.models.functions import Substr
from django.forms.models import BaseInlineFormSet

from .concurrency import (
    Merge,
    merge_message,
    metadata_of,
    opened_state,
    opened_state_read,
    speech_merge,
)
from .history import METADATA_FIELDS
from .models import Section, Slogan, Speech
from .parsing.normalise import INVISIBLE_CHARS
from .slogans import MAX_SLOGAN, slogan_new_text, slogan_text_clean
from .tree import MOVE_DOWN, MOVE_UP, SectionEdit, section_tree_check

NO_PARENT = ""
# Text an editor types that the parser would have cleaned of invisible characters
# (direction overrides that show a title reversed, zero-width spaces).
TYPED_TEXT_FIELDS = ("title", "speaker", "occasion", "source_site")
NO_PARENT_CHOICE = (NO_PARENT, "（无：第 1 层）")
CHOICE_CHARS = 24


class SpeechChangeForm(forms.ModelForm):
    """A speech's metadata, saved over what the editor saw rather than what is now.

    ``opened`` carries the state the page was opened with. Validation compares it
    with the stored speech (locked for the save): ``merge.mine`` is what the save
    writes; a field changed both here and elsewhere, or tree edits made to a tree
    that changed underneath (``tree_refused``, set by the admin), refuse the save,
    and the form then shows what changed and is re-based on the stored speech.
    """

    opened = forms.CharField(widget=forms.HiddenInput, required=False)
    tree_refused = False
    # The section rows the page shows, set by the admin: kept in ``opened`` so that
    # a save can tell whether the editor touched them, even if they are gone since.
    shown_rows: tuple = ()

    class Meta:
        model = Speech
        # The admin adds source_url itself, with its https default.
        fields = [name for name in METADATA_FIELDS if name != "source_url"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.merge: Merge | None = None
        if not self.is_bound and self.instance.pk is not None:
            self.initial["opened"] = self.opened_json(self.instance)

    def opened_json(self, speech: Speech) -> str:
        state = opened_state(speech)
        state["rows"] = [[str(value) for value in row] for row in self.shown_rows]
        return json.dumps(state, ensure_ascii=False)

    def clean(self):
        data = super().clean()
        for name in TYPED_TEXT_FIELDS:
            if isinstance(data.get(name), str):
                data[name] = INVISIBLE_CHARS.sub("", data[name])
        if self.instance.pk is None:
            return data
        current = Speech.objects.select_for_update().get(pk=self.instance.pk)
        opened = opened_state_read(self.data.get(self.add_prefix("opened")))
        posted = {name: data[name] for name in METADATA_FIELDS if name in data}
        self.merge = speech_merge(
            opened=opened or opened_state(current), posted=posted, speech=current
        )
        if self.merge.conflicts or self.tree_refused:
            self._rebase(current)
            raise ValidationError(self._refusal())
        return data

    def _refusal(self) -> list[str]:
        merge = self.merge
        head = "这篇讲话在你打开之后被改动过" + (
            f"（{merge.since}）" if merge.since else ""
        )
        lines = [f"{head}，本次没有保存。请核对下列改动后再保存："]
        lines += merge_message(merge)
        if self.tree_refused:
            lines.append(
                "你对章节树的修改没有保存：下面已换成现在的章节树，请在它上面重新操作。"
            )
        return lines

    def _rebase(self, current: Speech) -> None:
        """Show the stored values the editor did not change; compare the next save
        with the speech as it is now."""
        data = self.data.copy()
        now = metadata_of(current.__dict__)
        for name in self.merge.theirs:
            if name in self.merge.mine or name not in self.fields:
                continue
            key = self.add_prefix(name)
            value = now[name]
            if isinstance(value, bool):
                data.pop(key, None)
                if value:
                    data[key] = "on"
            else:
                data[key] = "" if value is None else str(value)
        data[self.add_prefix("opened")] = self.opened_json(current)
        self.data = data


class SectionEditForm(forms.ModelForm):
    """One row of the section tree: what to change, and what to do with it."""

    parent_choice = forms.IntegerField(
        label="上级",
        required=False,
        widget=forms.Select(),
        help_text="只能选本节之前、包含本节位置的章节；改挂不改变原文顺序。",
    )
    move = forms.ChoiceField(
        label="移动",
        required=False,
        choices=[("", "—"), (MOVE_UP, "上移"), (MOVE_DOWN, "下移")],
        help_text="与前/后一个同级章节对调，连同下级章节和文字。",
    )
    split_at = forms.CharField(
        label="从此处拆分",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"size": 8}),
        help_text="填本节文字中新章节开头的几个字（或字数位置）；"
        "单独成行的序号（如“第六”）也可以。",
    )
    merge_previous = forms.BooleanField(
        label="并入上一节",
        required=False,
        help_text="标题误判时用：标题和文字并入前一节。",
    )

    class Meta:
        model = Section
        fields = ["label", "heading", "level"]
        widgets = {
            "label": forms.TextInput(attrs={"size": 4}),
            "heading": forms.TextInput(attrs={"class": "section-heading"}),
            "level": forms.NumberInput(attrs={"min": 1, "max": 9, "class": "level"}),
        }

    def __init__(self, *args, parent_choices=(NO_PARENT_CHOICE,), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent_choice"].widget.choices = parent_choices
        if self.instance.pk is not None:
            self.fields["parent_choice"].initial = self.instance.parent_id
        self.fields["heading"].required = False  # the tree check says why, in words

    def clean_parent_choice(self):
        value = self.cleaned_data.get("parent_choice")
        return value if value not in ("", None) else None

    def section_edit(self) -> SectionEdit:
        """Return what this row asks for."""
        data = self.cleaned_data
        return SectionEdit(
            pk=self.instance.pk,
            label=INVISIBLE_CHARS.sub("", data.get("label") or ""),
            heading=INVISIBLE_CHARS.sub("", data.get("heading") or ""),
            level=data.get("level") or 0,
            parent_id=data.get("parent_choice"),
            move=data.get("move") or "",
            split_at=data.get("split_at") or "",
            merge_previous=bool(data.get("merge_previous")),
            delete=bool(data.get("DELETE")),
        )


class SectionTreeFormSet(BaseInlineFormSet):
    """The section tree of one speech, checked as a whole before anything is saved."""

    def get_form_kwargs(self, index):
        kwargs = super().get_form_kwargs(index)
        if index is None:
            return kwargs
        if self.is_bound:
            pk = self.data.get(f"{self.add_prefix(index)}-id", "")
            pk = int(pk) if str(pk).isdecimal() else None
        else:
            rows = self.get_queryset()
            pk = rows[index].pk if index < len(rows) else None
        kwargs["parent_choices"] = self.parent_choices.get(pk, [NO_PARENT_CHOICE])
        return kwargs

    @property
    def parent_choices(self) -> dict[int, list[tuple]]:
        """Return each section's possible parents: the sections open where it stands.

        Those are the previous section and its ancestors, a handful however long
        the speech: one list of every section per row made the page quadratic.
        """
        if not hasattr(self, "_parent_choices"):
            self._parent_choices = section_parent_choices(self.instance)
        return self._parent_choices

    def section_edits(self) -> list[SectionEdit]:
        """Return every row's edit; rows that failed their own checks are left out."""
        return [
            form.section_edit()
            for form in self.forms
            if form.instance.pk is not None and not form.errors
        ]

    def clean(self):
        super().clean()
        if any(form.errors for form in self.forms):
            return
        problems = section_tree_check(speech=self.instance, edits=self.section_edits())
        forms_by_pk = {form.instance.pk: form for form in self.forms}
        for problem in problems:
            form = forms_by_pk.get(problem.pk)
            if form is None:
                continue
            field = problem.field
            if field not in form.fields:
                field = None
            form.add_error(field, problem.message)
        if problems:
            raise ValidationError("章节树的修改有误，请按各行的提示更正后再保存。")

    def save(self, commit=True):
        """Save nothing: the admin hands ``section_edits()`` to the editing service."""
        self.new_objects, self.changed_objects, self.deleted_objects = [], [], []
        return []


def section_parent_choices(speech: Speech) -> dict[int, list[tuple]]:
    """Return, for every section of a speech, the parents it may be given."""
    rows = (
        Section.objects.filter(speech=speech)
        .order_by("position")
        .values_list("pk", "parent_id", "level", "label", Substr("heading", 1, 30))
    )
    choices: dict[int, list[tuple]] = {}
    open_path: list[tuple[int, int, str]] = []  # (pk, level, name) of open sections
    for pk, parent_id, level, label, heading in rows:
        options = [NO_PARENT_CHOICE] + [
            (open_pk, f"{'　' * (open_level - 1)}{name}")
            for open_pk, open_level, name in open_path
        ]
        if parent_id is not None and all(o[0] != parent_id for o in options):
            options.append((parent_id, f"#{parent_id}"))
        choices[pk] = options
        while open_path and open_path[-1][1] >= level:
            open_path.pop()
        open_path.append((pk, level, f"{label} {heading}".strip()[:CHOICE_CHARS]))
    return choices


# The row values a page shows and posts back, in this order (after the row's id).
SHOWN_ROW_FIELDS = ("label", "heading", "level", "parent_choice")
ROW_OPERATIONS = ("move", "split_at", "merge_previous", "DELETE")


def shown_rows(sections) -> tuple:
    """Return the rows a page shows: (id, label, heading, level, parent or "")."""
    return tuple(
        (pk, label, heading, level, parent_id or "")
        for pk, label, heading, level, parent_id in sections.values_list(
            "pk", "label", "heading", "level", "parent_id"
        )
    )


def rows_touched(data, opened: dict, prefix: str = "sections") -> bool:
    """Tell whether a posted section table differs from the rows the page showed."""
    shown = {row[0]: row[1:] for row in opened.get("rows", [])}
    total = data.get(f"{prefix}-TOTAL_FORMS", "0")
    for index in range(int(total) if total.isdecimal() else 0):
        row = f"{prefix}-{index}-"
        if any(data.get(row + name) for name in ROW_OPERATIONS):
            return True
        posted = [data.get(row + name, "") for name in SHOWN_ROW_FIELDS]
        if shown.get(data.get(row + "id", "")) != posted:
            return True
    return False


def text_digest(text: str) -> str:
    """Return a short digest of a text, to tell whether it changed meanwhile."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


class SectionTextForm(forms.Form):
    """The text below one heading (or before the first), as an editor rewrites it."""

    text = forms.CharField(
        label="文字",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 24, "class": "section-text-edit"}),
        help_text="只改本节标题下的文字；标题和序号在章节树里改。"
        "保存后偏移、各节文字和提法出处随之重算。",
    )
    opened = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, current: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.current = current
        if not self.is_bound:
            self.initial = {"text": current, "opened": text_digest(current)}

    def clean(self):
        data = super().clean()
        if data.get("opened") != text_digest(self.current):
            self.data = self.data.copy()
            self.data["opened"] = text_digest(self.current)
            raise ValidationError(
                "这段文字在你打开之后已被改动（重新导入或其他编辑）。你填写的内容仍在下面；"
                "现在的文字附在表单之后，核对后再保存。"
            )
        return data


class SloganAddForm(forms.ModelForm):
    """Add a slogan by hand."""

    class Meta:
        model = Slogan
        fields = ["text", "kind"]

    def clean_text(self):
        # The same checks, and words, as the service the admin saves through.
        return slogan_new_text(self.cleaned_data.get("text") or "")

    def validate_unique(self):
        """Uniqueness is checked in clean_text, with a message that says what to do."""


class SloganMergeForm(forms.Form):
    """Choose or type the slogan that the selected ones merge into."""

    canonical = forms.ChoiceField(
        label="合并为", required=False, widget=forms.RadioSelect
    )
    canonical_text = forms.CharField(
        label="或输入新的提法",
        required=False,
        max_length=MAX_SLOGAN,
        help_text="填写时以此为准，例如把几种简称合并为完整的表述。",
    )

    def __init__(self, *args, slogans=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["canonical"].choices = [
            (str(slogan.pk), slogan.text) for slogan in slogans
        ]
        self.slogans = list(slogans)

    def clean(self):
        data = super().clean()
        typed = slogan_text_clean(data.get("canonical_text") or "")
        if typed:
            data["text"] = typed
        elif data.get("canonical"):
            chosen = next(s for s in self.slogans if str(s.pk) == data["canonical"])
            data["text"] = chosen.text
        else:
            raise ValidationError("请选择合并后的提法，或输入新的提法。")
        return data
