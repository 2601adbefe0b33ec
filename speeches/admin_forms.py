"""Forms of the editors' desk: the section tree inline and the slogan forms."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet

from .models import Section, Slogan
from .slogans import MAX_SLOGAN, slogan_new_text, slogan_text_clean
from .tree import MOVE_DOWN, MOVE_UP, SectionEdit, section_tree_check

NO_PARENT = ""


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
        widget=forms.TextInput(attrs={"size": 14}),
        help_text="填本节文字中新章节开头的几个字（或字数位置）。",
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
            "label": forms.TextInput(attrs={"size": 5}),
            "heading": forms.TextInput(attrs={"size": 36}),
            "level": forms.NumberInput(
                attrs={"min": 1, "max": 9, "style": "width:4em"}
            ),
        }

    def __init__(self, *args, parent_choices=(), **kwargs):
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
            label=data.get("label") or "",
            heading=data.get("heading") or "",
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
        kwargs["parent_choices"] = self.parent_choices
        return kwargs

    @property
    def parent_choices(self) -> list[tuple]:
        if not hasattr(self, "_parent_choices"):
            self._parent_choices = [(NO_PARENT, "（无：第 1 层）")] + [
                (
                    section.pk,
                    f"{'　' * (section.level - 1)}{section.label} {section.heading}"[
                        :40
                    ],
                )
                for section in self.get_queryset()
            ]
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
