"""The speech index: one document per speech, fields only (see documents.py)."""

from haystack import indexes

from speeches.models import Speech

from .documents import (
    INDEXED_COLUMNS,
    exact_texts,
    speech_signature,
    speech_text_and_script,
)
from .fields import (
    BigramTextField,
    CharacterCountField,
    FacetKeyField,
    JiebaTextField,
    SignatureField,
)
from .folding import fold


class SpeechIndex(indexes.SearchIndex, indexes.Indexable):
    text = JiebaTextField(document=True)
    grams = BigramTextField()
    chars = CharacterCountField()
    title_grams = BigramTextField()
    title_chars = CharacterCountField()
    # The same four folded exactly, for marked speeches only (documents.exact_texts).
    exact_grams = BigramTextField(null=True)
    exact_chars = CharacterCountField(null=True)
    exact_title_grams = BigramTextField(null=True)
    exact_title_chars = CharacterCountField(null=True)
    date = indexes.DateField(model_attr="effective_date", null=True)
    day = FacetKeyField(null=True)
    year = FacetKeyField(null=True)
    level = FacetKeyField(model_attr="admin_level", null=True)
    site = FacetKeyField(model_attr="source_site", null=True)
    speaker = FacetKeyField(model_attr="speaker", null=True)
    # documents.TRADITIONAL where the text holds traditional-only characters.
    script = FacetKeyField(null=True)
    signature = SignatureField()

    def get_model(self):
        return Speech

    def index_queryset(self, using=None):
        return Speech.objects.only(*INDEXED_COLUMNS)

    def prepare(self, obj):
        data = super().prepare(obj)
        folded, script = speech_text_and_script(obj)
        title = fold(obj.title)
        exact, exact_title = exact_texts(obj, script)
        day = obj.effective_date
        data.update(
            text=folded,
            grams=folded,
            chars=folded,
            title_grams=title,
            title_chars=title,
            exact_grams=exact,
            exact_chars=exact,
            exact_title_grams=exact_title,
            exact_title_chars=exact_title,
            year=str(day.year) if day else None,
            day=day.strftime("%Y%m%d") if day else None,
            level=obj.admin_level or None,
            site=obj.source_site or None,
            speaker=obj.speaker or None,
            script=script,
            signature=speech_signature(obj),
        )
        return data
