"""The speech parser: bytes or text in, a frozen ParsedSpeech out. No Django here.

The stages, one module each: decode (bytes -> text, HTML -> lines), clean (the speech
apart from the site around it), sections (the heading tree), metadata (title, date,
source, speaker, occasion, level, truncation) and slogans.
"""

from __future__ import annotations

from dataclasses import replace

from .clean import clean_text
from .collection import split_collection
from .decode import (
    decode_bytes,
    html_page_title,
    html_to_text_and_chrome,
    looks_like_html,
)
from .doubts import NO_TITLE, speech_doubts
from .front_matter import FrontMatter, split_front_matter
from .metadata import PageFrame, extract_metadata, read_frame
from .normalise import is_markdown, normalise_text, split_lines
from .run_in import bold_subheads, run_in_leads
from .sections import split_sections
from .slogans import find_slogans
from .title_score import title_key
from .types import ParsedSection, ParsedSlogan, ParsedSpeech, ParseError

PARSER_VERSION = "2.21"

__all__ = [
    "PARSER_VERSION",
    "ParseError",
    "ParsedSection",
    "ParsedSlogan",
    "ParsedSpeech",
    "parse_bytes",
    "parse_speeches",
    "parse_text",
]


def parse_bytes(data: bytes, *, filename: str | None = None) -> ParsedSpeech:
    """Decode a file's bytes and parse the speech in it."""
    text, encoding = decode_bytes(data)
    return parse_text(text, encoding=encoding, filename=filename)


def parse_speeches(data: bytes, *, filename: str | None = None) -> list[ParsedSpeech]:
    """Decode a file's bytes and parse every speech in it: a collection holds several,
    each parsed from its own text (its title and date block to the next one)."""
    text, encoding = decode_bytes(data)
    parts = [] if looks_like_html(text) else split_collection(text)
    if len(parts) <= 1:
        return [parse_text(text, encoding=encoding, filename=filename)]
    frame = collection_frame(text, parts)
    speeches = []
    for part in parts:
        try:
            speech = parse_text(part, encoding=encoding)
        except ParseError:
            continue  # a block holding no speech text (a title over a blank page)
        if not speech.title:  # "悼某某": a title too short to read as one elsewhere
            speech = replace(
                speech,
                title=part.strip().splitlines()[0].strip(),
                title_source="collection",
                doubts=tuple(d for d in speech.doubts if d != NO_TITLE),
            )
        speeches.append(_framed(speech, frame))
    return speeches or [parse_text(text, encoding=encoding, filename=filename)]


def collection_frame(text: str, parts: list[str]) -> PageFrame:
    """Read what a page prints around a collection's speeches: before the first (its
    title, stamp, breadcrumb) and after the last (its buttons, footer)."""
    preamble = text[: len(text) - sum(map(len, parts))]
    before = tuple(split_lines(normalise_text(preamble)))
    return read_frame(before, clean_text(parts[-1]).tail)


def _framed(speech: ParsedSpeech, frame: PageFrame) -> ParsedSpeech:
    """Give a collection's speech the page's own stamp, site and address."""
    return replace(
        speech,
        date=frame.date or speech.date,
        source_site=frame.source_site or speech.source_site,
        source_url=frame.source_url or speech.source_url,
    )


def _titled(record: FrontMatter) -> str:
    """A Markdown page's text, under its record's title when no line near its top
    prints that title (a page printing only the record's copy of its headline)."""
    headline = record.headline
    if not headline:
        return record.text
    key = title_key(headline)
    top = [line for line in record.text.splitlines()[:12] if line.strip()][:5]
    if not key or any(key in title_key(line) for line in top):
        return record.text
    return f"{headline}\n{record.text}"


def parse_text(
    raw_text: str, *, encoding: str = "utf-8", filename: str | None = None
) -> ParsedSpeech:
    """Parse the decoded text of a file (plain text or HTML) into a ParsedSpeech."""
    is_html = looks_like_html(raw_text)
    text, page_chrome = html_to_text_and_chrome(raw_text) if is_html else (raw_text, ())
    record = split_front_matter(text)  # a Markdown page's own title and date
    cleaned = clean_text(_titled(record), markdown=record.found)
    if not cleaned.body.strip():
        raise ParseError("no speech text found")
    markdown = record.found or is_markdown(record.text)
    sections = split_sections(
        cleaned.body,
        leads=run_in_leads(record.text) if markdown else (),
        subheads=bold_subheads(record.text) if markdown else (),
    )
    metadata = extract_metadata(
        cleaned,
        filename=filename,
        top_level_sections=len(sections),
        page_title=html_page_title(raw_text) if is_html else record.title,
        page_chrome=page_chrome,
        page_date=record.date,
    )
    doubts = speech_doubts(
        title=metadata.title,
        cleaned=cleaned,
        dated=bool(metadata.date or metadata.delivered),
        sections=sections,
    )
    return ParsedSpeech(
        title=metadata.title,
        body=cleaned.body,
        raw_text=raw_text,
        encoding=encoding,
        date=metadata.date,
        delivered=metadata.delivered,
        source_url=metadata.source_url,
        source_site=metadata.source_site,
        speaker=metadata.speaker,
        occasion=metadata.occasion,
        admin_level=metadata.admin_level,
        truncated=metadata.truncated,
        sections=sections,
        slogans=find_slogans(cleaned.body, title=metadata.title),
        parser_version=PARSER_VERSION,
        title_source=metadata.title_source,
        doubts=doubts,
    )
