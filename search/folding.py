"""What "the same text" means to search: the one folding, and patterns that undo it.

Search compares texts folded character by character:

- NFKC: full-width letters, digits and punctuation become half-width ("５Ｇ" -> "5g");
- whitespace is dropped: a term matches across spaces and line breaks;
- lower case: "GDP" and "gdp" are one word;
- traditional characters become simplified ("報到" -> "报到"), so either script finds
  both. Only characters that are never written in simplified text are turned:
  乾, 於, 覆, 瞭 (traditional forms that simplified text also uses, for other
  words) stay as they are, so a simplified text never matches what it does not say.

Punctuation is kept, so that a phrase does not match across a comma.

``fold`` is used by the index (the analysers' input), the query language, the
passages and snippets of the results and the marks on the speech page; the
last two find folded terms in unfolded text with ``term_pattern``. With
``exact_script=True`` a text is folded without the script step: search can be
asked to tell 報 from 报 (docs/search.md says how a reader asks).

No Django here: the index's core and the parser (speeches/parsing/script.py, its
matching form of a line, with reading_table()) import it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache, lru_cache
from importlib import resources

# "全　面\n从严" -> "全面从严": any run of whitespace, full-width spaces included.
WHITESPACE = re.compile(r"\s+")
# Between two characters of a term the text may break a line or put spaces:
# "双报到" matches "双 报\n到".
OPTIONAL_WHITESPACE = r"\s*"
# Patterns of recent sets of query terms kept compiled.
TERM_PATTERNS_CACHED = 256


@cache
def opencc_conversions() -> dict[str, tuple[str, ...]]:
    """Return {traditional character: its simplified forms, first the usual one}.

    OpenCC's character table (TSCharacters), its one-character entries: the
    one source of every traditional-to-simplified rule in the archive.
    """
    folder = resources.files("opencc") / "dictionary"
    conversions: dict[str, tuple[str, ...]] = {}
    for line in (folder / "TSCharacters.txt").read_text("utf-8").splitlines():
        traditional, _, forms = line.partition("\t")
        if len(traditional) == 1 and forms.split():
            conversions[traditional] = tuple(forms.split())
    return conversions


@cache
def simplified_characters() -> frozenset[str]:
    """Return the characters simplified text writes (OpenCC's STCharacters keys)."""
    folder = resources.files("opencc") / "dictionary"
    return frozenset(
        line.partition("\t")[0]
        for line in (folder / "STCharacters.txt").read_text("utf-8").splitlines()
    )


@cache
def script_table() -> dict[int, str]:
    """Return {traditional code point: simplified char} for str.translate.

    From OpenCC's character table, keeping a traditional character only when
    its simplified form is one character and the character itself is no
    simplified character: not among its own simplified forms (乾 -> 干 or 乾)
    nor itself simplified to something (OpenCC's STCharacters lists it).
    """
    simplified = simplified_characters()
    return {
        ord(traditional): forms[0]
        for traditional, forms in opencc_conversions().items()
        if len(forms[0]) == 1
        and traditional not in forms
        and traditional not in simplified
    }


@cache
def reading_table() -> dict[int, str]:
    """Return script_table() and the traditional forms simplified text also writes.

    For reading a page's lines with rules written in simplified characters
    (the parser's matching form, never stored nor searched): 關於 must read
    关于, so 於 -> 于 here, though a simplified 於 (a surname) stays 於 in
    search. Only OpenCC's usual form is taken: 瞭 (瞭望) and 衹 stay.
    """
    table = dict(script_table())
    for traditional, forms in opencc_conversions().items():
        usual = forms[0]
        if len(usual) == 1 and usual != traditional and ord(traditional) not in table:
            table[ord(traditional)] = usual
    # 薴 -> 苧 -> 苎: one pass of str.translate must reach the end of a chain.
    for code, usual in table.items():
        while ord(usual) in table and table[ord(usual)] != usual:
            usual = table[ord(usual)]
        table[code] = usual
    return table


@cache
def traditional_chars() -> frozenset[str]:
    """Return the characters that script_table() turns."""
    return frozenset(chr(code) for code in script_table())


def fold(text: str | None, *, exact_script: bool = False) -> str:
    """Return text as search compares it: NFKC, no whitespace, lower case, simplified."""
    if exact_script:
        return fold_exact(text)
    return fold_noting_script(text)[0]


def fold_exact(text: str | None) -> str:
    """Return text folded without the script step: NFKC, no whitespace, lower case."""
    return WHITESPACE.sub("", unicodedata.normalize("NFKC", text or "")).lower()


def fold_noting_script(text: str | None) -> tuple[str, bool]:
    """Return fold(text), and whether it holds traditional-only characters.

    Only a text that holds them reads differently folded with and without the
    script step: an exact-script search checks these texts and trusts the
    index for the rest (documents.TRADITIONAL).
    """
    folded = fold_exact(text)
    # Most texts are simplified already: a set test is cheaper than translating.
    if traditional_chars().isdisjoint(folded):
        return folded, False
    return folded.translate(script_table()), True


def holds_traditional(text: str | None) -> bool:
    """Return True when a text holds a character that the script step turns."""
    return fold_noting_script(text)[1]


def fold_char(char: str, *, exact_script: bool = False) -> str:
    """Return what one character folds to (usually one character, "" for a space)."""
    return fold(char, exact_script=exact_script)


def folding_sources(exact_script: bool = False) -> dict[str, str]:
    """Return {folded character: every character that folds to it alone}.

    Characters whose fold is several characters (㈠ -> "(一)") are left out:
    a term is found in them by the index but not marked character by character.
    """
    return _folding_sources()[exact_script]


@cache
def _folding_sources() -> dict[bool, dict[str, str]]:
    """Return folding_sources() for both foldings, read in one pass over Unicode.

    The same steps as fold(), spelled out per character: this runs over every
    code point once per process.
    """
    table = script_table()
    normalize = unicodedata.normalize
    found: dict[bool, dict[str, list[str]]] = {False: {}, True: {}}
    for codepoint in range(sys.maxunicode + 1):
        if 0xD800 <= codepoint <= 0xDFFF:
            continue
        char = chr(codepoint)
        exact = normalize("NFKC", char)
        if len(exact) == 1 and not exact.isspace():
            exact = exact.lower()
        else:  # several characters, or whitespace: fold() decides
            exact = fold(char, exact_script=True)
        if len(exact) != 1:
            continue
        blind = table.get(ord(exact), exact)
        if exact != char:
            found[True].setdefault(exact, [exact]).append(char)
        if blind != char:
            found[False].setdefault(blind, [blind]).append(char)
    return {
        key: {folded: "".join(chars) for folded, chars in sources.items()}
        for key, sources in found.items()
    }


def char_pattern(char: str, *, exact_script: bool = False) -> str:
    """Return a regex piece matching any character that folds to ``char``."""
    sources = folding_sources(exact_script).get(char)
    if sources is None:
        return re.escape(char)
    return "[" + "".join(re.escape(source) for source in sources) + "]"


def term_pattern(
    terms: list[str] | tuple[str, ...], *, exact_script: bool = False
) -> re.Pattern | None:
    """Return a regex finding any folded term in unfolded text, longest first; or None.

    A match is exactly a stretch of text that folds to the term: each
    character in any form that folds to it, whitespace allowed in between.
    """
    return compiled_term_pattern(frozenset(terms), exact_script)


@lru_cache(maxsize=TERM_PATTERNS_CACHED)
def compiled_term_pattern(
    terms: frozenset[str], exact_script: bool
) -> re.Pattern | None:
    """Return term_pattern(), built once per set of terms (a page asks twenty times)."""
    alternatives = [
        OPTIONAL_WHITESPACE.join(
            char_pattern(char, exact_script=exact_script) for char in term
        )
        for term in sorted(terms, key=lambda term: (-len(term), term))
        if term
    ]
    if not alternatives:
        return None
    return re.compile("|".join(alternatives))


def tells_scripts_apart(folded_exact: str) -> bool:
    """Return True when a term folded exactly would find less than folded blindly.

    That is when it holds a traditional character, or a simplified one that
    some traditional character folds to.
    """
    table = script_table()
    targets = script_targets()
    return any(ord(char) in table or char in targets for char in folded_exact)


@cache
def script_targets() -> frozenset[str]:
    """Return the simplified characters that some traditional character folds to."""
    return frozenset(script_table().values())
