"""The project's Chinese catalogs (locale/) are compiled and win over the packages'."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.translation import trans_real

CATALOGS = Path(settings.BASE_DIR) / "locale" / "zh_Hans" / "LC_MESSAGES"
# One entry of a .po file: msgid "…" (continued on "…" lines), then msgstr or msgstr[0].
PO_ENTRY = re.compile(
    r'^msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?msgstr(?:\[0\])? ((?:".*"\n?)+)',
    re.M,
)
PO_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def po_entries(path: Path) -> dict[str, str]:
    """Return msgid -> msgstr of a .po file (the first plural form)."""

    def joined(block: str) -> str:
        raw = "".join(PO_STRING.findall(block))
        return raw.encode().decode("unicode_escape").encode("latin-1").decode()

    entries = {}
    for match in PO_ENTRY.finditer(path.read_text(encoding="utf-8")):
        msgid = joined(match.group(1))
        if msgid:
            entries[msgid] = joined(match.group(2))
    return entries


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_project_translation_is_compiled_and_used(domain):
    entries = po_entries(CATALOGS / f"{domain}.po")
    assert len(entries) >= 7
    catalog = trans_real.DjangoTranslation("zh-hans", domain=domain)
    wrong = {
        msgid: catalog.gettext(msgid)
        for msgid, msgstr in entries.items()
        if catalog.gettext(msgid) != msgstr
    }
    assert wrong == {}, "stale .mo: run msgfmt (see the .po header)"
