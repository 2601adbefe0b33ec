"""The archive's data: speeches, their section trees, slogans and where they occur."""

import datetime as dt
import re
import threading

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models, transaction
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


# What the parser may be unsure of (speeches/parsing/doubts.py), for editors: the
# label an editor reads and how much it weighs when the worst speeches come first.
DOUBTS = {
    "no_title": ("无标题", 3),
    "start_uncertain": ("正文起点存疑", 2),
    "end_uncertain": ("正文终点存疑", 2),
    "numbering_inconsistent": ("序号不连贯", 1),
    "no_date": ("无日期", 1),
    "damaged_text": ("文字有损", 1),
}


def doubt_score(doubts) -> int:
    """Return how doubtful a parse is: the weights of its doubts added up."""
    return sum(DOUBTS.get(code, ("", 1))[1] for code in doubts or ())


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
    doubts = models.JSONField(
        "存疑",
        default=list,
        blank=True,
        help_text="解析器没有把握之处：无标题、正文起点或终点存疑、序号不连贯、无日期。",
    )
    doubt_score = models.PositiveSmallIntegerField(
        "存疑程度",
        default=0,
        db_index=True,
        editable=False,
        help_text="各项存疑的权重之和：越大越需先校。",
    )
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
        self.doubt_score = doubt_score(self.doubts)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"date", "delivered"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "effective_date"}
        if update_fields is not None and "doubts" in update_fields:
            kwargs["update_fields"] = {*kwargs["update_fields"], "doubt_score"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("speeches:detail", args=[self.pk])

    @property
    def doubt_labels(self) -> list[str]:
        """Return the doubts as an editor reads them."""
        return [DOUBTS.get(code, (code, 0))[0] for code in self.doubts or ()]


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


class SloganClock(models.Model):
    """The slogan clock: one row whose number every change to slogans moves on.

    Each slogan row keeps the number of its last change (``Slogan.changed``). The
    move and the change are one transaction, and a transaction that moves the clock
    holds its row until it commits (PostgreSQL's row lock; SQLite has one writer),
    so the clock's numbers are taken in the order transactions commit. Whoever
    reads number n, holding the row as the importer does, sees every change up to
    n and can read just the rows changed after the number it read last. Times
    (``updated_at``) cannot tell that: a change may commit after a later one.
    """

    ONLY = 1

    n = models.BigIntegerField("变更号", default=0)

    class Meta:
        verbose_name = verbose_name_plural = "提法变更计数"

    def __str__(self):
        return f"提法变更计数 {self.n}"


# Whether this thread's transaction changed slogans and has not committed yet: a
# reader then sees changes that may still be rolled back, and keeps nothing of them.
_uncommitted = threading.local()


def slogan_changes_uncommitted() -> bool:
    """Tell whether the current transaction changed slogans (its ticks may still be
    rolled back). Outside a transaction any such mark is a rollback's leftover."""
    if not transaction.get_connection().in_atomic_block:
        _uncommitted.ticked = False
    return getattr(_uncommitted, "ticked", False)


def _committed() -> None:
    _uncommitted.ticked = False


def slogan_clock_tick() -> int:
    """Move the slogan clock on and return its new number, holding its row until
    the current transaction commits (the change it numbers belongs to it)."""
    with transaction.atomic(savepoint=False):
        _uncommitted.ticked = True
        transaction.on_commit(_committed)
        clock = SloganClock.objects.filter(pk=SloganClock.ONLY)
        if not clock.update(n=models.F("n") + 1):
            with transaction.atomic():  # a flushed or new database: the row again
                SloganClock.objects.get_or_create(pk=SloganClock.ONLY)
            clock.update(n=models.F("n") + 1)
        return clock.values_list("n", flat=True).get()


def slogan_clock_read() -> int:
    """Return the slogan clock's number; inside a transaction, hold its row till
    the commit, so that no change to slogans commits meanwhile (or it commits
    first and is read)."""
    clock = SloganClock.objects.filter(pk=SloganClock.ONLY)
    if transaction.get_connection().in_atomic_block:
        clock = clock.select_for_update()
    return clock.values_list("n", flat=True).first() or 0


class SloganQuerySet(models.QuerySet):
    """Slogans, whose every write moves the slogan clock and numbers the rows."""

    def update(self, **kwargs):
        with transaction.atomic(savepoint=False):
            kwargs.setdefault("changed", slogan_clock_tick())
            return super().update(**kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        objs = list(objs)
        with transaction.atomic(savepoint=False):
            if objs:
                tick = slogan_clock_tick()
                for slogan in objs:
                    slogan.changed = tick
            return super().bulk_create(objs, *args, **kwargs)

    def delete(self):
        with transaction.atomic(savepoint=False):
            slogan_clock_tick()
            return super().delete()


class Slogan(models.Model):
    """A formulation (提法): a standing term, a quoted coinage, a number formula or an
    enumeration. Published (accepted) ones are public; pending ones wait for an editor.
    """

    class Kind(models.TextChoices):
        CONCEPT = "concept", "固定提法"
        COINAGE = "coinage", "引号提法"
        FORMULA = "formula", "数字提法"
        ENUMERATION = "enumeration", "并列提法"

    class Status(models.TextChoices):
        ACCEPTED = "accepted", "采用"
        PENDING = "pending", "待审"
        REJECTED = "rejected", "弃用"
        MERGED = "merged", "已合并"

    class Source(models.TextChoices):
        LEXICON = "lexicon", "词表"
        QUOTED = "quoted", "引号"
        FORMULA = "formula", "数字提法形式"
        ENUMERATION = "enumeration", "并列形式"
        DISCOVERED = "discovered", "全库发现"
        EDITOR = "editor", "编辑添加"

    text = models.CharField("提法", max_length=200, unique=True)
    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    status = models.CharField(
        "状态",
        max_length=10,
        choices=Status.choices,
        default=Status.ACCEPTED,
        db_index=True,
    )
    source = models.CharField(
        "来源", max_length=12, choices=Source.choices, default=Source.QUOTED
    )
    category = models.CharField(
        "词表类别", max_length=20, blank=True, help_text="词表中的类别：思想、战略…"
    )
    since = models.PositiveSmallIntegerField(
        "始用年份", null=True, blank=True, help_text="词表所载开始使用的年份。"
    )
    doubt = models.FloatField(
        "存疑度",
        default=0.5,
        db_index=True,
        help_text="0 为确信，1 为最可疑：待审队列按它排序。",
    )
    reason = models.CharField(
        "提出理由", max_length=200, blank=True, help_text="为什么被识别为提法。"
    )
    evidence = models.JSONField(
        "证据", default=dict, blank=True, help_text="全库发现的统计：篇数、凝固度等。"
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
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="审定人",
    )
    decided_at = models.DateTimeField("审定时间", null=True, blank=True)
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True, db_index=True)
    changed = models.BigIntegerField(
        "变更号",
        default=0,
        db_index=True,
        editable=False,
        help_text="最近一次变更时提法变更计数的号码。",
    )

    objects = SloganQuerySet.as_manager()

    class Meta:
        verbose_name = "提法"
        verbose_name_plural = "提法"
        ordering = ["text"]

    def __str__(self):
        return self.text

    def save(self, *args, **kwargs):
        with transaction.atomic(savepoint=False):
            self.changed = slogan_clock_tick()
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "changed"}
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("speeches:slogan", args=[self.pk])

    def delete(self, *args, **kwargs):
        with transaction.atomic(savepoint=False):
            slogan_clock_tick()
            return super().delete(*args, **kwargs)

    @property
    def published(self) -> bool:
        return self.status == self.Status.ACCEPTED


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
    nested = models.BooleanField(
        "在更长提法中",
        default=False,
        help_text="出现在更长的提法之内（如“双报到”在“双报到双服务”中）："
        "计入提法页的篇数，但不算这篇讲话单独使用。",
    )

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


class SloganJob(models.Model):
    """Archive-wide slogan work done outside a request, with its progress."""

    class Kind(models.TextChoices):
        FIND = "find", "全库查找出处"
        LEXICON = "lexicon", "按新词表补查"
        DISCOVER = "discover", "全库发现提法"

    class State(models.TextChoices):
        QUEUED = "queued", "排队中"
        RUNNING = "running", "进行中"
        DONE = "done", "完成"
        FAILED = "failed", "失败"

    kind = models.CharField("任务", max_length=10, choices=Kind.choices)
    slogan = models.ForeignKey(
        Slogan,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="jobs",
        verbose_name="提法",
    )
    state = models.CharField(
        "状态", max_length=8, choices=State.choices, default=State.QUEUED, db_index=True
    )
    total = models.PositiveIntegerField("总数", default=0)
    done = models.PositiveIntegerField("已完成", default=0)
    message = models.CharField("结果", max_length=500, blank=True)
    worker = models.CharField("执行进程", max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="发起人",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    heartbeat = models.DateTimeField("最近进展", null=True, blank=True)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "提法后台任务"
        verbose_name_plural = "提法后台任务"
        ordering = ["-created_at", "-id"]

    def __str__(self):
        target = f"“{self.slogan}”" if self.slogan_id else ""
        return f"{self.get_kind_display()}{target}：{self.get_state_display()}"

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
