"""What the archive knows about text shared between speeches.

Rows here are derived: ``manage.py reuse rebuild`` recomputes all of them from the
speeches' bodies, and the index writer keeps them current (receivers.py).
"""

from django.db import models

from speeches.models import Speech


class WindowKey(models.Model):
    """One LSH band key of a window (sentence) of a speech: where candidates meet."""

    key = models.BigIntegerField("键", db_index=True)
    speech = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="+", verbose_name="讲话"
    )

    class Meta:
        verbose_name = "窗口键"
        verbose_name_plural = "窗口键"

    def __str__(self):
        return f"{self.key} @ {self.speech_id}"


class Fingerprint(models.Model):
    """Which text of a speech the keys and passages were computed from."""

    speech = models.OneToOneField(
        Speech,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="fingerprint",
        verbose_name="讲话",
    )
    digest = models.CharField("正文摘要", max_length=40)
    length = models.PositiveIntegerField("规范化字数")

    class Meta:
        verbose_name = "文本指纹"
        verbose_name_plural = "文本指纹"

    def __str__(self):
        return f"{self.speech_id}: {self.digest}"


class Relation(models.Model):
    """Two speeches that share text, and how much of the first the shared text covers."""

    speech = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="+", verbose_name="讲话"
    )
    other = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="+", verbose_name="另一篇"
    )
    shared = models.PositiveIntegerField(
        "共有字数", help_text="本篇中与另一篇共有的字数。"
    )
    coverage = models.FloatField("覆盖比例", help_text="共有字数占本篇的比例。")
    copy = models.BooleanField(
        "互为副本", default=False, help_text="两篇几乎全文相同：同一讲话的不同来源。"
    )

    class Meta:
        verbose_name = "复用关系"
        verbose_name_plural = "复用关系"
        constraints = [
            models.UniqueConstraint(
                fields=["speech", "other"], name="reuse_relation_unique"
            )
        ]

    def __str__(self):
        return f"{self.speech_id} ~ {self.other_id} ({self.shared})"


class PassageLink(models.Model):
    """A passage two speeches were aligned on, stored once per pair (speech < other).

    The evidence Passages are grouped from: both its sides lie in one of them.
    Pairs are aligned only where their band keys say so (services.py), so the
    links of a template copied N times grow with N, not with its square.
    """

    speech = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="+", verbose_name="讲话"
    )
    start = models.PositiveIntegerField("起始位置")
    end = models.PositiveIntegerField("结束位置")
    other = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="+", verbose_name="另一篇"
    )
    other_start = models.PositiveIntegerField("另一篇起始位置")
    other_end = models.PositiveIntegerField("另一篇结束位置")
    exact = models.BooleanField("逐字相同", default=True)
    passage = models.ForeignKey(
        "Passage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="links",
        verbose_name="共有段落",
    )

    class Meta:
        verbose_name = "段落对齐"
        verbose_name_plural = "段落对齐"
        indexes = [
            models.Index(fields=["speech"], name="reuse_link_speech"),
            models.Index(fields=["other"], name="reuse_link_other"),
        ]

    def __str__(self):
        return f"{self.speech_id}[{self.start}:{self.end}] = {self.other_id}"


class Passage(models.Model):
    """A text several speeches hold: stored once, with where each speech holds it."""

    digest = models.CharField(
        "文字摘要",
        max_length=40,
        help_text="最早一处（编号最小的讲话）规范化文字的摘要。",
    )
    length = models.PositiveIntegerField("字数", help_text="最早一处的规范化字数。")
    speeches = models.PositiveIntegerField("讲话篇数")

    class Meta:
        verbose_name = "共有段落"
        verbose_name_plural = "共有段落"

    def __str__(self):
        return f"{self.digest[:12]} × {self.speeches}"


class PassageMember(models.Model):
    """Where one speech holds a shared passage: its body offsets."""

    passage = models.ForeignKey(
        Passage, on_delete=models.CASCADE, related_name="members", verbose_name="段落"
    )
    speech = models.ForeignKey(
        Speech,
        on_delete=models.CASCADE,
        related_name="shared_passages",
        verbose_name="讲话",
    )
    start = models.PositiveIntegerField("起始位置")
    end = models.PositiveIntegerField("结束位置")

    class Meta:
        verbose_name = "共有段落位置"
        verbose_name_plural = "共有段落位置"
        ordering = ["speech", "start"]

    def __str__(self):
        return f"{self.speech_id}[{self.start}:{self.end}] ∈ {self.passage_id}"


class Copy(models.Model):
    """A speech that is a copy of another: the same speech from another source.

    Only copies have a row; the canonical speech of a group has none, so "count a
    group once" is ``speech__copy_entry__isnull=True``.
    """

    speech = models.OneToOneField(
        Speech,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="copy_entry",
        verbose_name="副本",
    )
    canonical = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="+", verbose_name="原本"
    )

    class Meta:
        verbose_name = "副本"
        verbose_name_plural = "副本"

    def __str__(self):
        return f"{self.speech_id} → {self.canonical_id}"


class ReuseTask(models.Model):
    """A speech (or the whole archive) that text reuse must catch up with.

    Written by the index writer's drain once the speech is indexed (receivers.py);
    the reuse pass (passes.py) handles the rows, oldest first, and deletes them
    in the transaction that stores what it found.
    """

    class Kind(models.TextChoices):
        SPEECH = "speech", "讲话"
        REBUILD = "rebuild", "全部重算"

    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    speech_id = models.BigIntegerField("讲话编号", null=True, blank=True)
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "待处理的复用更新"
        verbose_name_plural = "待处理的复用更新"
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.speech_id or ''}".strip()
