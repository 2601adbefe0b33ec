"""The editors' desk speaks Chinese: a real Chromium walks every page an editor meets.

Each page's visible text, its titles, labels, placeholders and button values are
read (collapsed fieldsets opened first) and every Latin word is checked against the
words the archive's data put there and a short list of names that stay Latin
(JSON, CSV, Markdown…). Any other English is a string someone forgot to translate.
"""

from __future__ import annotations

import re

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.contrib.auth.models import Group, User

from speeches.editing import speech_edit
from speeches.models import Mention, Revision, Slogan, Speech
from tests.support.browser import screenshot

from .conftest import EDITOR_PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Names that are Latin in Chinese writing too: formats, protocols, keys.
LATIN_NAMES = {
    *("json", "csv", "markdown", "atom", "url", "id", "utf", "gbk", "sha", "csrf"),
    *("ip", "http", "accept", "get", "post", "ldap", "cookie"),
    *("control", "command", "mac"),
}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
# "Fragment id from the ordinal path: s2-1 is …": words with what joins them.
LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’]+(?:[ ,.;:()/-]+[A-Za-z0-9][A-Za-z0-9'’]*)*")

PAGE_TEXT = """() => {
    document.querySelectorAll('details').forEach(d => { d.open = true; });
    document.querySelectorAll('fieldset.collapsed').forEach(
        f => f.classList.remove('collapsed'));
    // A password's hash summary (algorithm, salt) is data, and a command to type
    // is code: neither is wording.
    document.querySelectorAll('.field-password bdi, code').forEach(b => b.remove());
    const parts = [document.title, document.body.innerText];
    for (const element of document.querySelectorAll(
            '[title], [placeholder], [aria-label], [alt]')) {
        for (const name of ['title', 'placeholder', 'aria-label', 'alt']) {
            if (element.hasAttribute(name)) parts.push(element.getAttribute(name));
        }
    }
    for (const element of document.querySelectorAll(
            'input[type=submit], input[type=button], input[type=reset]')) {
        parts.push(element.value);
    }
    for (const option of document.querySelectorAll('option')) {
        parts.push(option.textContent);
    }
    return parts.join('\\n');
}"""


def data_words() -> set[str]:
    """Return the Latin words the archive's own data puts on the desk's pages."""
    values = []
    for speech in Speech.objects.all():
        values += [
            speech.source_file,
            speech.source_url,
            speech.raw_encoding,
            speech.parser_version,
            speech.content_hash,
            speech.title,
            speech.body,
        ]
    values += list(User.objects.values_list("username", flat=True))
    values += list(Group.objects.values_list("name", flat=True))
    for row in [*AccessLog.objects.all(), *AccessAttempt.objects.all()]:
        values += [row.user_agent, row.path_info, row.username]
    values += list(Slogan.objects.values_list("text", flat=True))
    return {word.lower() for value in values for word in LATIN_WORD.findall(value)}


def english_on(page, allowed: set[str]) -> list[str]:
    """Return the runs of Latin words on the page that are neither data nor names."""
    text = page.evaluate(PAGE_TEXT)
    found = []
    for match in LATIN_RUN.finditer(text):
        words = {word.lower() for word in LATIN_WORD.findall(match.group())}
        if words - allowed and match.group() not in found:
            found.append(match.group())
    return found


class Walk:
    """Visit pages, remember the English found on each, keep a screenshot of each."""

    def __init__(self, page, live_server, name: str):
        self.page = page
        self.base = live_server.url
        self.name = name
        self.found: dict[str, list[str]] = {}

    def check(self, label: str) -> None:
        self.page.wait_for_load_state("load")
        screenshot(self.page, f"{self.name}-{label}", full_page=True)
        english = english_on(self.page, LATIN_NAMES | data_words())
        if english:
            self.found[label] = english

    def expect(self, label: str, words: str) -> None:
        """Note a page that does not say what it should."""
        if words not in self.page.locator("body").inner_text():
            self.found.setdefault(label, []).append(f"missing: {words}")

    def visit(self, label: str, path: str) -> None:
        self.page.goto(self.base + path)
        self.check(label)

    def action(self, label: str, changelist: str, values: list[int], action: str):
        self.page.goto(self.base + changelist)
        for value in values:
            self.page.check(f"input.action-select[value='{value}']")
        self.page.select_option("select[name=action]", action)
        self.page.click("button[name=index]")
        self.check(label)


def test_every_page_an_editor_meets_is_in_chinese(
    page, live_server, county_speech, speeches, editor_user
):
    speech_edit(
        speech=county_speech,
        fields={"title": county_speech.title + "（修订）"},
        edits=[],
        user=editor_user,
    )
    revision = Revision.objects.get(speech=county_speech)
    slogans = list(Slogan.objects.order_by("pk"))
    mention = Mention.objects.first()
    walk = Walk(page, live_server, "desk-editor")

    walk.visit("login", "/admin/login/")
    page.fill("#id_username", editor_user.username)
    page.fill("#id_password", "not-the-password")
    page.click("input[type=submit]")
    walk.check("login-failed")
    log_in(page, live_server, editor_user.username, EDITOR_PASSWORD)
    walk.check("index")
    speech = f"/admin/speeches/speech/{county_speech.pk}"
    walk.visit("speeches", "/admin/speeches/speech/")
    walk.visit("speeches-filtered", "/admin/speeches/speech/?status=parsed&q=县")
    walk.visit("speeches-none", "/admin/speeches/speech/?q=没有这样的讲话")
    walk.visit("speech", f"{speech}/change/")
    page.fill("input[name='sections-0-level']", "")
    page.click("input[name=_continue]")
    walk.check("speech-invalid")
    walk.visit("speech-history", f"{speech}/history/")
    walk.visit("speech-revert", f"{speech}/revisions/{revision.pk}/revert/")
    walk.visit("speech-missing", "/admin/speeches/speech/999999/change/")
    walk.action(
        "reparse", "/admin/speeches/speech/", [county_speech.pk], "reparse_selected"
    )
    walk.visit("slogans", "/admin/speeches/slogan/")
    walk.visit("slogan", f"/admin/speeches/slogan/{slogans[0].pk}/change/")
    walk.visit("slogan-history", f"/admin/speeches/slogan/{slogans[0].pk}/history/")
    walk.visit("slogan-add", "/admin/speeches/slogan/add/")
    page.click("input[name=_save]")
    walk.check("slogan-add-empty")
    walk.action(
        "slogan-merge",
        "/admin/speeches/slogan/",
        [slogan.pk for slogan in slogans[:2]],
        "merge_selected",
    )
    walk.visit("mentions", "/admin/speeches/mention/")
    walk.visit("mention", f"/admin/speeches/mention/{mention.pk}/change/")
    walk.visit("revisions", "/admin/speeches/revision/")
    walk.visit("revision", f"/admin/speeches/revision/{revision.pk}/change/")
    walk.visit("app", "/admin/speeches/")
    walk.visit("password", "/admin/password_change/")
    walk.visit("not-theirs", "/admin/auth/user/")
    walk.expect("not-theirs", "没有权限")
    walk.visit("not-theirs-group", "/admin/auth/group/add/")
    walk.visit("missing-page", "/admin/no-such-page/")
    page.goto(f"{live_server.url}/admin/")
    page.click("#logout-form button")
    walk.check("logged-out")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        page.goto(f"{live_server.url}/admin/login/")
        page.fill("#id_username", "cuoren")
        page.fill("#id_password", "not-the-password")
        page.click("input[type=submit]")
    walk.check("locked-out")
    walk.expect("locked-out", "登录已暂停")
    assert walk.found == {}, "\n".join(f"{k}: {v}" for k, v in walk.found.items())


def test_the_administrators_pages_for_people_are_in_chinese(
    page, live_server, editor_user
):
    User.objects.create_superuser("guanliyuan", password=EDITOR_PASSWORD)
    walk = Walk(page, live_server, "desk-admin")
    log_in(page, live_server, "guanliyuan", EDITOR_PASSWORD)
    walk.check("index")
    walk.visit("users", "/admin/auth/user/")
    walk.visit("user-add", "/admin/auth/user/add/")
    walk.visit("user", f"/admin/auth/user/{editor_user.pk}/change/")
    walk.visit("user-password", f"/admin/auth/user/{editor_user.pk}/password/")
    walk.visit("groups", "/admin/auth/group/")
    walk.visit("group-add", "/admin/auth/group/add/")
    for model in ("accessattempt", "accesslog", "accessfailurelog"):
        walk.visit(f"axes-{model}", f"/admin/axes/{model}/")
    assert walk.found == {}, "\n".join(f"{k}: {v}" for k, v in walk.found.items())
