"""The speech index: one document per speech, fields only (see documents.py)."""

from haystack import indexes

from speeches.models import Speech

from .analyzers import fold
from .documents import INDEXED_COLUMNS, speech_search_text, speech_signature
from .fields import (
    BigramTextField,
    CharacterCountField,
    FacetKeyField,
    JiebaTextField,
    SignatureField,
)


class SpeechIndex(indexes.SearchIndex, indexes.Indexable):
    text = JiebaTextField(document=True)
    grams = BigramTextField()
    chars = CharacterCountField()
    title_grams = BigramTextField()
    date = indexes.DateField(model_attr="date", null=True)
    day = FacetKeyField(null=True)
    year = FacetKeyField(null=True)
    level = FacetKeyField(model_attr="admin_level", null=True)
    site = FacetKeyField(model_attr="source_site", null=True)
    speaker = FacetKeyField(model_attr="speaker", null=True)
    signature = SignatureField()

    def get_model(self):
        return Speech

    def index_queryset(self, using=None):
        return Speech.objects.only(*INDEXED_COLUMNS)

    def prepare(self, obj):
        data = super().prepare(obj)
        folded = speech_search_text(obj)
        data.update(
            text=folded,
            grams=folded,
            chars=folded,
            title_grams=fold(obj.title),
            year=str(obj.date.year) if obj.date else None,
            day=obj.date.strftime("%Y%m%d") if obj.date else None,
            level=obj.admin_level or None,
            site=obj.source_site or None,
            speaker=obj.speaker or None,
            signature=speech_signature(obj),
        )
        return data
