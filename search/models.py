"""The outbox of index changes: written with the change, drained by one writer."""

from django.db import models


class IndexTask(models.Model):
    """A speech (or jieba's dictionary) that the index must catch up with.

    Rows are written in the same transaction as the change they announce, so a
    change is never committed without its row; the drainer reads the speech's
    current state, indexes or removes it, and only then deletes the row.
    """

    class Kind(models.TextChoices):
        SPEECH = "speech", "讲话"
        DICTIONARY = "dictionary", "分词词典"

    kind = models.CharField("类型", max_length=12, choices=Kind.choices)
    speech_id = models.BigIntegerField("讲话编号", null=True, blank=True)
    created_at = models.DateTimeField("登记时间", auto_now_add=True)

    class Meta:
        verbose_name = "待索引项"
        verbose_name_plural = "待索引项"
        ordering = ["pk"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.speech_id or ''}".strip()


class FruitlessQuery(models.Model):
    """A search that found nothing: what was typed, how often, and when last.

    Tells editors what readers look for and the archive lacks (or spells
    differently). No user, address or session: the text alone.
    """

    text = models.CharField("检索式", max_length=256, unique=True)
    count = models.PositiveIntegerField("次数", default=1)
    last_seen = models.DateTimeField("最近一次", db_index=True)

    class Meta:
        verbose_name = "无结果的检索"
        verbose_name_plural = "无结果的检索"
        ordering = ["-count", "-last_seen"]

    def __str__(self):
        return self.text
