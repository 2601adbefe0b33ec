"""Rules of the genre kept as data: one rule a line, each with an example it must match.

A table of rules compiles into one pattern for speed; tests walk the tables and hold
every rule to its example, so a rule that stops matching what it was written for fails
on its own line rather than somewhere in a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A named pattern of the genre, with a line it was written for."""

    name: str
    example: str
    pattern: str


def compile_rules(rules: tuple[Rule, ...], flags: int = 0) -> re.Pattern:
    """Return one pattern matching wherever any of the rules matches."""
    return re.compile("|".join(f"(?:{rule.pattern})" for rule in rules), flags)
