"""Two gunicorn workers edit and delete speeches at once; the index ends equal to the database.

A real gunicorn with two workers serves a throw-away archive (temporary SQLite and
Whoosh folder). Two clients log in to the real admin and, at the same time, retitle
and delete speeches through it (submitting its forms as a browser would) while
searching through /api/search. Each change
is drained after its commit by whichever worker holds the writer lock. At the end
`manage.py search_index check` must find index = database, searches must find the
new texts and not the old ones, and gunicorn must have logged no error.
"""

from __future__ import annotations

import html
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from .conftest import empty_solr
from .html import parse_html

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parents[2]
SPEECHES_PER_CLIENT = 5
PASSWORD = "worker-test-Passw0rd"

SPEECH_FILE = (
    "第{n}号讲话：在全区第{n}次街道工作会议上的讲话\n"
    "同志们：\n"
    "本次会议编号为原稿{n}号，主要研究第{n}片区的老旧小区改造。\n"
    "一、摸清底数\n"
    "各社区要把第{n}片区的楼栋逐一登记，做到不漏一户。\n"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def manage(env, *args, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )


@pytest.fixture
def site(tmp_path):
    """Start gunicorn with two workers on a free port over a fresh archive."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "WHOOSH_INDEX_PATH": str(tmp_path / "whoosh"),
        "JIEBA_CACHE_DIR": str(tmp_path / "jieba"),
        "DJANGO_DEBUG": "1",
        "DJANGO_SUPERUSER_USERNAME": "editor",
        "DJANGO_SUPERUSER_PASSWORD": PASSWORD,
        "DJANGO_SUPERUSER_EMAIL": "editor@example.org",
    }
    empty_solr()  # the archive below starts from nothing, in Solr too
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(1, 2 * SPEECHES_PER_CLIENT + 1):
        (folder / f"{n:02d}.txt").write_text(SPEECH_FILE.format(n=n), encoding="utf-8")
    for args in (
        ("migrate", "--noinput"),
        ("import_speeches", str(folder)),
        ("createsuperuser", "--noinput"),
    ):
        done = manage(env, *args)
        assert done.returncode == 0, done.stderr
    port = free_port()
    access_log, error_log = tmp_path / "access.log", tmp_path / "error.log"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--preload",
            "--access-logfile",
            str(access_log),
            "--access-logformat",
            "%(p)s %(m)s %(U)s %(s)s",
            "--error-logfile",
            str(error_log),
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{base}/api/speeches", timeout=5).ok:
                    break
            except requests.ConnectionError:
                pass
            assert server.poll() is None, error_log.read_text()
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.2)
        yield {
            "base": base,
            "env": env,
            "access_log": access_log,
            "error_log": error_log,
        }
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def login(base: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/admin/login/")
    token = session.cookies["csrftoken"]
    response = session.post(
        f"{base}/admin/login/?next=/admin/",
        data={"csrfmiddlewaretoken": token, "username": "editor", "password": PASSWORD},
        headers={"Referer": page.url},
    )
    assert response.url.endswith("/admin/"), "login failed"
    return session


def form_fields(form) -> dict[str, str]:
    """Return what a browser would submit for a form, as written in its HTML."""
    data: dict[str, str] = {}
    for element in form.descendants():
        name = element.attrs.get("name")
        if not name:
            continue
        if element.tag == "input":
            kind = element.attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                continue
            if kind in ("checkbox", "radio") and "checked" not in element.attrs:
                continue
            data[name] = element.attrs.get("value", "on" if kind == "checkbox" else "")
        elif element.tag == "textarea":
            data[name] = html.unescape(element.text()).removeprefix("\n")
        elif element.tag == "select":
            options = element.find_all("option")
            chosen = [o for o in options if "selected" in o.attrs] or options[:1]
            if chosen:
                data[name] = chosen[0].attrs.get("value", "")
    return data


def edit_speech(session, base, speech_id, marker):
    url = f"{base}/admin/speeches/speech/{speech_id}/change/"
    page = session.get(url)
    assert page.status_code == 200, page.status_code
    form = next(
        f for f in parse_html(page.text).find_all("form") if f.find(name="title")
    )
    data = form_fields(form)
    data["title"] = f"{marker}：改后的标题"
    data["_save"] = "保存"
    response = session.post(
        url, data=data, headers={"Referer": url}, allow_redirects=False
    )
    assert response.status_code == 302, response.text[:2000]


def delete_speech(session, base, speech_id):
    url = f"{base}/admin/speeches/speech/{speech_id}/delete/"
    session.get(url)
    response = session.post(
        url,
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"], "post": "yes"},
        headers={"Referer": url},
        allow_redirects=False,
    )
    assert response.status_code == 302


def search_count(base, q) -> int:
    response = requests.get(f"{base}/api/search?q={quote(q)}&page_size=100", timeout=30)
    assert response.status_code == 200
    return response.json()["count"]


def test_edits_and_deletes_through_two_workers_at_once_leave_index_equal_to_database(
    site,
):
    base = site["base"]
    listing = requests.get(f"{base}/api/speeches?page_size=100").json()["results"]
    ids = sorted(item["id"] for item in listing)
    assert len(ids) == 2 * SPEECHES_PER_CLIENT
    titles = {item["id"]: item["title"] for item in listing}
    number = {pk: int(re.match(r"第(\d+)号", titles[pk]).group(1)) for pk in ids}
    plans = [ids[:SPEECHES_PER_CLIENT], ids[SPEECHES_PER_CLIENT:]]
    errors: list[BaseException] = []
    start = threading.Barrier(len(plans))

    def client(name: str, speech_ids: list[int]):
        try:
            session = login(base)
            start.wait(timeout=60)
            *to_edit, to_delete = speech_ids
            for speech_id in to_edit:
                edit_speech(session, base, speech_id, f"{name}改{speech_id}号")
                search_count(base, "老旧小区改造")
            delete_speech(session, base, to_delete)
            search_count(base, "片区")
        except BaseException as error:  # reported in the main thread
            errors.append(error)

    threads = [
        threading.Thread(target=client, args=(name, plan))
        for name, plan in zip(("甲", "乙"), plans, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert not errors, errors

    edited = [pk for plan in plans for pk in plan[:-1]]
    deleted = [plan[-1] for plan in plans]
    # A change committed while the other worker drained is drained by that worker
    # right after; allow it a moment.
    deadline = time.monotonic() + 20
    while manage(site["env"], "search_index", "check").returncode != 0:
        assert time.monotonic() < deadline, manage(
            site["env"], "search_index", "check"
        ).stdout
        time.sleep(0.5)

    for pk in edited:
        marker = ("甲" if pk in plans[0] else "乙") + f"改{pk}号"
        assert search_count(base, marker) == 1, marker
        assert search_count(base, f"第{number[pk]}号讲话") == 0  # the old title
    for pk in deleted:
        assert search_count(base, f"原稿{number[pk]}号") == 0
    assert search_count(base, "老旧小区改造") == len(ids) - len(deleted)

    posts = [
        line.split()
        for line in site["access_log"].read_text().splitlines()
        if " POST /admin/speeches/" in line
    ]
    assert len({pid for pid, *_rest in posts}) == 2, "both workers must have edited"
    log = site["error_log"].read_text()
    assert "LockError" not in log and "Traceback" not in log, log
