"""haystack field types of the speech index; the backend maps each to a Whoosh field."""

from haystack import indexes


class JiebaTextField(indexes.CharField):
    """Folded text analysed into jieba words (ranking)."""

    field_type = "jieba"


class BigramTextField(indexes.CharField):
    """Folded text analysed into overlapping character bigrams (exact recall)."""

    field_type = "bigrams"


class CharacterCountField(indexes.CharField):
    """Folded text as counts of single characters (one-character queries)."""

    field_type = "characters"


class FacetKeyField(indexes.CharField):
    """One exact value per speech, kept in a column for facet counts and filters."""

    field_type = "facet_key"


class SignatureField(indexes.CharField):
    """A stored, unindexed digest of what was indexed, for the drift report."""

    field_type = "signature"
