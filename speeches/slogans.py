"""Editorial work on slogans: accept, reject, merge variants, add by hand."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .importing import mentions_create
from .jobs import job_queue
from .models import Mention, Section, Slogan, SloganJob, Speech
from .parsing.lexicon import SEPARATOR_RUN
from .selectors import slogan_canonical
from .signals import speeches_changed

MAX_SLOGAN = 200


def slogan_text_clean(text: str) -> str:
    """Return a slogan's text as stored: trimmed and without quotation marks."""
    return text.strip().strip("“”\"「」『』‘’'").strip()


def slogan_resolve(text: str) -> Slogan | None:
    """Return the slogan a parsed text would be stored under, changing nothing.

    None when the text is rejected (or merged into a rejected slogan). A text never
    seen before returns an unsaved accepted Slogan.
    """
    text = text.strip()[:MAX_SLOGAN]
    slogan = Slogan.objects.filter(text=text).first()
    if slogan is None:
        return Slogan(text=text, kind=Slogan.Kind.COINAGE)
    if slogan.status == Slogan.Status.PENDING:
        return slogan
    return slogan_canonical(slogan)


def slogan_new_text(text: str) -> str:
    """Return the text a slogan added by hand is stored as; refuse an unusable one.

    Raise ValidationError when the text is empty, too long or already a slogan.
    """
    text = slogan_text_clean(text)
    if not text:
        raise ValidationError("提法不能为空。")
    if len(text) > MAX_SLOGAN:
        raise ValidationError(f"提法不能超过 {MAX_SLOGAN} 字。")
    existing = Slogan.objects.filter(text=text).first()
    if existing is not None:
        raise ValidationError(_already(existing))
    return text


def _speeches_with(words: list[str]):
    """Return the speeches whose body may use one of the words: holding the longest
    part between separators, which a page may print in any way ("，", ",", "、", a
    space: separator_fold); the mention search then tells."""
    query = Q()
    for text in words:
        part = max(SEPARATOR_RUN.split(text), key=len)
        query |= Q(body__contains=part or text)
    return Speech.objects.filter(query).only("pk", "body")


def slogan_mentions_find(*, slogan: Slogan) -> list[int]:
    """Find a slogan (and its variants' words) across the archive; return speech ids."""
    words = [slogan.text, *slogan.variants.values_list("text", flat=True)]
    changed = []
    for speech in _speeches_with(words):
        sections = list(Section.objects.filter(speech=speech).order_by("position"))
        if mentions_create(speech=speech, sections=sections, slogans=[slogan]):
            changed.append(speech.pk)
    return changed


def _mentioned_in(slogans) -> list[int]:
    return list(
        Mention.objects.filter(slogan__in=slogans)
        .values_list("speech_id", flat=True)
        .distinct()
    )


def _announce(speech_ids) -> None:
    if speech_ids:
        speeches_changed.send(sender=Speech, speech_ids=sorted(set(speech_ids)))


@transaction.atomic
def slogan_add(*, text: str, kind: str = Slogan.Kind.COINAGE, user=None) -> Slogan:
    """Add a slogan by hand and record its mentions across the whole archive."""
    slogan = Slogan.objects.create(
        text=slogan_new_text(text),
        kind=kind,
        added_by=user if user is not None and user.is_authenticated else None,
    )
    job_queue(kind=SloganJob.Kind.FIND, slogan=slogan, user=user)
    return slogan


def _already(slogan: Slogan) -> str:
    if slogan.status == Slogan.Status.REJECTED:
        return f"提法“{slogan.text}”已存在且已弃用；如需恢复，请在列表中选中后“采用”。"
    if slogan.status == Slogan.Status.MERGED and slogan.canonical_id:
        return f"提法“{slogan.text}”已合并到“{slogan.canonical.text}”。"
    return f"提法“{slogan.text}”已存在。"


@transaction.atomic
def slogans_reject(*, slogans, user=None) -> int:
    """Reject slogans: their mentions go, and imports never extract them again."""
    chosen = list(Slogan.objects.filter(pk__in=[s.pk for s in slogans]))
    speech_ids = _mentioned_in(chosen)
    Mention.objects.filter(slogan__in=chosen).delete()
    count = Slogan.objects.filter(pk__in=[s.pk for s in chosen]).update(
        status=Slogan.Status.REJECTED,
        canonical=None,
        decided_by=user if user is not None and user.is_authenticated else None,
        decided_at=timezone.now(),
        updated_at=timezone.now(),
    )
    _announce(speech_ids)
    return count


@transaction.atomic
def slogans_accept(*, slogans, user=None) -> int:
    """Accept slogans again and find their mentions across the archive.

    A merged variant becomes its own slogan again and takes back its mentions.
    """
    chosen = [
        slogan
        for slogan in Slogan.objects.filter(pk__in=[s.pk for s in slogans])
        if slogan.status != Slogan.Status.ACCEPTED
    ]
    speech_ids: list[int] = []
    for slogan in chosen:
        former_canonical = (
            slogan.canonical_id if slogan.status == Slogan.Status.MERGED else None
        )
        slogan.status = Slogan.Status.ACCEPTED
        slogan.canonical = None
        slogan.decided_by = user if user is not None and user.is_authenticated else None
        slogan.decided_at = timezone.now()
        slogan.save(
            update_fields=[
                "status",
                "canonical",
                "decided_by",
                "decided_at",
                "updated_at",
            ]
        )
        if former_canonical is not None:
            speech_ids += _take_back_mentions(slogan, former_canonical)
        # Found in every speech that uses it, outside the request.
        job_queue(kind=SloganJob.Kind.FIND, slogan=slogan, user=user)
    _announce(speech_ids)
    return len(chosen)


def _take_back_mentions(slogan: Slogan, canonical_id: int) -> list[int]:
    mentions = Mention.objects.filter(slogan_id=canonical_id, text=slogan.text)
    speech_ids = list(mentions.values_list("speech_id", flat=True).distinct())
    for mention in mentions:
        if Mention.objects.filter(
            slogan=slogan, speech_id=mention.speech_id, offset=mention.offset
        ).exists():
            mention.delete()
        else:
            mention.slogan = slogan
            mention.save(update_fields=["slogan"])
    return speech_ids


@transaction.atomic
def slogans_merge(*, slogans, canonical_text: str, user=None) -> Slogan:
    """Merge slogans into one canonical slogan, keeping every mention.

    The canonical slogan is one of them or a new text; the others become its
    variants, so a later import counts their words for the canonical slogan.
    """
    chosen = list(Slogan.objects.filter(pk__in=[s.pk for s in slogans]))
    canonical_text = slogan_text_clean(canonical_text)
    if not canonical_text:
        raise ValidationError("请填写或选择合并后的提法。")
    if len(canonical_text) > MAX_SLOGAN:
        raise ValidationError(f"提法不能超过 {MAX_SLOGAN} 字。")
    canonical = Slogan.objects.filter(text=canonical_text).first()
    if canonical is not None and canonical.status == Slogan.Status.PENDING:
        # Merging into a slogan waiting for review accepts it.
        canonical.status = Slogan.Status.ACCEPTED
        canonical.save(update_fields=["status", "updated_at"])
    if canonical is not None and canonical.status != Slogan.Status.ACCEPTED:
        raise ValidationError(
            _already(canonical) + "请选一个采用中的提法作为合并结果。"
        )
    variants = [slogan for slogan in chosen if slogan != canonical]
    if not variants or (canonical is None and len(variants) < 2):
        raise ValidationError("合并至少需要两个提法。")
    created = canonical is None
    if created:
        canonical = Slogan.objects.create(
            text=canonical_text,
            kind=variants[0].kind,
            added_by=user if user is not None and user.is_authenticated else None,
        )
    speech_ids = _mentioned_in(variants)
    for variant in variants:
        _move_mentions(variant, canonical)
        # Variants of a variant now point straight at the canonical slogan.
        Slogan.objects.filter(canonical=variant).update(canonical=canonical)
        variant.status = Slogan.Status.MERGED
        variant.canonical = canonical
        variant.save(update_fields=["status", "canonical"])
    if created:
        # A newly typed text is a slogan added by hand: find it everywhere.
        job_queue(kind=SloganJob.Kind.FIND, slogan=canonical, user=user)
    _announce(speech_ids)
    return canonical


def _move_mentions(variant: Slogan, canonical: Slogan) -> None:
    """Make a variant's mentions count for the canonical slogan, keeping their words."""
    for mention in Mention.objects.filter(slogan=variant):
        duplicate = Mention.objects.filter(
            slogan=canonical, speech_id=mention.speech_id, offset=mention.offset
        ).first()
        words = mention.text or variant.text
        if duplicate is None:
            mention.slogan = canonical
            mention.text = words
            mention.save(update_fields=["slogan", "text"])
        else:
            # Both start at the same place: one mention, with the longer words.
            if len(words) > len(duplicate.text):
                duplicate.text = words
                duplicate.save(update_fields=["text"])
            mention.delete()


@transaction.atomic
def slogan_unmerge(*, slogan: Slogan) -> list[int]:
    """Make a merged variant its own accepted slogan again, with its mentions."""
    if slogan.status != Slogan.Status.MERGED:
        raise ValidationError(f"提法“{slogan.text}”没有被合并。")
    slogans_accept(slogans=[slogan])
    return _mentioned_in([slogan])


def slogan_contexts(slogan: Slogan, *, limit: int = 3) -> list[tuple[str, str]]:
    """Return (speech title, sentence) of a slogan's first uses, for an editor."""
    return [
        (title, context)
        for title, context in Mention.objects.filter(slogan=slogan)
        .order_by("speech_id", "offset")
        .values_list("speech__title", "context")[:limit]
    ]
