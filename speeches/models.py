"""The archive's data: speeches, their section trees, slogans and where they occur."""

import datetime as dt
import re

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse

# "1954", "2018-02", "2018-02-12": a date as precise as the text states it.
PARTIAL_DATE = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$"
)


def partial_date_start(value: str) -> dt.date | None:
    """Return the first day of a partial date ("1954" -> 1954-01-01), or None."""
    match = PARTIAL_DATE.match(value or "")
    if not match:
        return None
    try:
        return dt.date(
            int(match["year"]), int(match["month"] or 1), int(match["day"] or 1)
        )
    except ValueError:
        return None


class Speech(models.Model):
    """One speech as imported from a file, with its cleaned body and metadata."""

    class Status(models.TextChoices):
        PARSED = "parsed", "已解析"
        REVIEWED = "reviewed", "已审校"

    class AdminLevel(models.TextChoices):
        CENTRAL = "中央", "中央"
        PROVINCE = "省", "省"
        CITY = "市", "市"
        COUNTY = "县", "县"
        DISTRICT = "区", "区"
        TOWN = "镇", "镇"
        TOWNSHIP = "乡", "乡"
        STREET = "街道", "街道"
        VILLAGE = "村", "村"

    title = models.CharField("标题", max_length=500)
    date = models.DateField(
        "发布日期", null=True, blank=True, db_index=True, help_text="网页自身的日期。"
    )
    delivered = models.CharField(
        "讲话日期",
        max_length=10,
        blank=True,
        validators=[RegexValidator(PARTIAL_DATE, "写作 1954、2018-02 或 2018-02-12。")],
        help_text="文中所述讲话之日，精确到年、月或日：1954、2018-02、2018-02-12。",
    )
    effective_date = models.DateField(
        "时间",
        null=True,
        blank=True,
        db_index=True,
        editable=False,
        help_text="讲话日期（只知年、月时取其首日），否则为发布日期：排序、"
        "按年筛选和统计都用它。",
    )
    speaker = models.CharField("讲话人", max_length=200, blank=True)
    occasion = models.CharField("场合", max_length=500, blank=True)
    admin_level = models.CharField(
        "行政层级", max_length=8, choices=AdminLevel.choices, blank=True, db_index=True
    )
    source_site = models.CharField(
        "来源网站", max_length=200, blank=True, db_index=True
    )
    source_url = models.URLField("原文链接", max_length=1000, blank=True)
    source_file = models.CharField(
        "导入文件",
        max_length=1000,
        blank=True,
        db_index=True,
        help_text="最近一次导入这篇讲话的文件（绝对路径）。",
    )
    raw_text = models.TextField("原始文本", help_text="解码后的原文件，从不改动。")
    raw_encoding = models.CharField("原始编码", max_length=20, blank=True)
    body = models.TextField("正文")
    truncated = models.BooleanField("不完整", default=False)
    content_hash = models.CharField(
        "内容哈希",
        max_length=64,
        unique=True,
        help_text="原始文本的 SHA-256 值：同一文件再次导入时据此认出。",
    )
    parser_version = models.CharField("解析器版本", max_length=20, blank=True)
    status = models.CharField(
        "审校状态", max_length=10, choices=Status.choices, default=Status.PARSED
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = "讲话"
        verbose_name_plural = "讲话"
        ordering = ["-date", "-id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.effective_date = partial_date_start(self.delivered) or self.date
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"date", "delivered"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "effective_date"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("speeches:detail", args=[self.pk])


def section_anchor(ordinals) -> str:
    """Return the fragment id of the section at an ordinal path, e.g. (2, 1) -> s2-1."""
    return "s" + "-".join(str(ordinal) for ordinal in ordinals)


class Section(models.Model):
    """A heading of a speech and the text under it, as a node of a tree."""

    speech = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="sections", verbose_name="讲话"
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name="上级",
    )
    level = models.PositiveSmallIntegerField("层级")
    label = models.CharField(
        "序号", max_length=20, blank=True, help_text="照原文写法：一、（一）、第一"
    )
    ordinal = models.PositiveIntegerField("同级序次")
    heading = models.CharField("标题", max_length=1000, blank=True)
    text = models.TextField("本节文字", blank=True)
    position = models.PositiveIntegerField("文中次序")
    anchor = models.CharField(
        "锚点",
        max_length=100,
        blank=True,
        help_text="网页上本节的锚点，由各级序次生成：s2-1 是第二部分的第一节。",
    )
    start_offset = models.PositiveIntegerField("起始位置", default=0)
    end_offset = models.PositiveIntegerField("结束位置", default=0)

    class Meta:
        verbose_name = "章节"
        verbose_name_plural = "章节"
        ordering = ["speech", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["speech", "position"], name="section_position_unique"
            )
        ]

    def __str__(self):
        return f"{self.label} {self.heading}"

    def get_absolute_url(self):
        return f"{self.speech.get_absolute_url()}#{self.anchor}"


class Slogan(models.Model):
    """A formulation (提法): a quoted coinage, a number formula or an enumeration."""

    class Kind(models.TextChoices):
        COINAGE = "coinage", "引号提法"
        FORMULA = "formula", "数字提法"
        ENUMERATION = "enumeration", "并列提法"

    class Status(models.TextChoices):
        ACCEPTED = "accepted", "采用"
        REJECTED = "rejected", "弃用"
        MERGED = "merged", "已合并"

    text = models.CharField("提法", max_length=200, unique=True)
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    status = models.CharField(
        "状态",
        max_length=10,
        choices=Status.choices,
        default=Status.ACCEPTED,
        db_index=True,
    )
    canonical = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="variants",
        verbose_name="合并到",
        help_text="已合并的变体指向它的出处现在计入的提法。",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="手工添加人",
        help_text="编辑手工添加的提法记下添加人；解析得到的为空。",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)

    class Meta:
        verbose_name = "提法"
        verbose_name_plural = "提法"
        ordering = ["text"]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("speeches:slogan", args=[self.pk])


class Mention(models.Model):
    """One occurrence of a slogan in a speech, with the sentence around it."""

    slogan = models.ForeignKey(
        Slogan, on_delete=models.CASCADE, related_name="mentions", verbose_name="提法"
    )
    speech = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="mentions", verbose_name="讲话"
    )
    section = models.ForeignKey(
        Section,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentions",
        verbose_name="章节",
    )
    offset = models.PositiveIntegerField("位置")
    text = models.CharField(
        "原文措辞",
        max_length=200,
        blank=True,
        help_text="该位置上的原文用词：合并后的变体保留自己的写法。",
    )
    context = models.TextField("上下文", blank=True)

    class Meta:
        verbose_name = "提法出处"
        verbose_name_plural = "提法出处"
        ordering = ["speech", "offset"]
        constraints = [
            models.UniqueConstraint(
                fields=["slogan", "speech", "offset"], name="mention_unique"
            )
        ]

    def __str__(self):
        return f"{self.slogan} @ {self.speech_id}:{self.offset}"


class Revision(models.Model):
    """One editorial change to a speech: who, when, what, and the states around it.

    ``before`` and ``after`` are snapshots (metadata, body, section tree, slogans) as
    built by ``speeches.history.speech_snapshot``; reverting restores ``before``.
    """

    class Action(models.TextChoices):
        EDIT = "edit", "编辑"
        REPARSE = "reparse", "重新解析"
        REVERT = "revert", "恢复"
        REVIEW = "review", "审校状态"

    speech = models.ForeignKey(
        Speech, on_delete=models.CASCADE, related_name="revisions", verbose_name="讲话"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="编辑",
    )
    created_at = models.DateTimeField("时间", auto_now_add=True, db_index=True)
    action = models.CharField("操作", max_length=10, choices=Action.choices)
    summary = models.CharField("摘要", max_length=500, blank=True)
    changes = models.JSONField("改动", default=list)
    before = models.JSONField("修改前")
    after = models.JSONField("修改后")

    class Meta:
        verbose_name = "修订记录"
        verbose_name_plural = "修订记录"
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_action_display()} #{self.pk}: {self.summary}"
