"""The editor group has exactly the rights the desk needs, and no power over people."""

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from speeches.editing import speech_edit

pytestmark = pytest.mark.django_db

EXPECTED = {
    "speeches.view_speech",
    "speeches.change_speech",
    "speeches.view_section",
    "speeches.change_section",
    "speeches.delete_section",
    "speeches.view_slogan",
    "speeches.change_slogan",
    "speeches.add_slogan",
    "speeches.view_mention",
    "speeches.view_revision",
    "speeches.view_sloganjob",
    # Searches that found nothing (issue 15): read-only in the admin.
    "search.view_fruitlessquery",
}


def test_editor_group_holds_exactly_the_desk_permissions():
    group = Group.objects.get(name="editor")
    held = {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group.permissions.select_related("content_type")
    }
    assert held == EXPECTED


@pytest.mark.parametrize(
    "permission",
    [
        "auth.delete_user",
        "auth.change_user",
        "auth.add_user",
        "auth.change_group",
        "auth.change_permission",
        "auth.view_user",
        "speeches.delete_speech",
        "speeches.add_speech",
    ],
)
def test_an_editor_lacks_rights_over_people_and_speech_deletion(
    editor_user, permission
):
    assert not editor_user.has_perm(permission)


def test_an_editor_has_the_rights_to_edit(editor_user):
    assert all(editor_user.has_perm(permission) for permission in EXPECTED)


@pytest.fixture
def other_user(db):
    return User.objects.create_user("laozhang", password="Laozhang-2025-reader")


@pytest.mark.parametrize(
    ("method", "url_name", "args"),
    [
        ("get", "admin:auth_user_changelist", ()),
        ("get", "admin:auth_user_delete", ("other",)),
        ("post", "admin:auth_user_delete", ("other",)),
        ("post", "admin:auth_user_change", ("other",)),
        ("get", "admin:auth_group_changelist", ()),
        ("post", "admin:auth_group_change", ("editor",)),
        ("get", "admin:speeches_speech_add", ()),
    ],
)
def test_the_admin_refuses_an_editor_user_and_group_pages(
    client, editor_user, other_user, method, url_name, args
):
    ids = {"other": other_user.pk, "editor": Group.objects.get(name="editor").pk}
    url = reverse(url_name, args=[ids[arg] for arg in args])
    client.force_login(editor_user)
    data = {"post": "yes", "permissions": [p.pk for p in Permission.objects.all()]}
    response = getattr(client, method)(url, data if method == "post" else None)
    assert response.status_code == 403
    assert User.objects.filter(pk=other_user.pk).exists()
    assert set(
        Group.objects.get(name="editor").permissions.values_list("codename", flat=True)
    ) == {name.split(".")[1] for name in EXPECTED}


def test_an_editor_cannot_give_themselves_more_rights_via_their_own_user(
    client, editor_user
):
    client.force_login(editor_user)
    url = reverse("admin:auth_user_change", args=[editor_user.pk])
    response = client.post(url, {"username": "bianji", "is_superuser": "on"})
    assert response.status_code == 403
    editor_user.refresh_from_db()
    assert not editor_user.is_superuser


def test_only_staff_reach_the_admin(client, other_user):
    other_user.groups.add(Group.objects.get(name="editor"))
    client.force_login(other_user)
    response = client.get(reverse("admin:speeches_speech_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_an_editor_reaches_speeches_and_slogans(client, editor_user):
    client.force_login(editor_user)
    for name in ("speech", "slogan", "mention", "revision"):
        url = reverse(f"admin:speeches_{name}_changelist")
        assert client.get(url).status_code == 200, name


def test_attack_an_editor_cannot_list_usernames_through_the_revision_filter(
    client, editor_user, county_speech, django_user_model
):
    django_user_model.objects.create_superuser("zongbian-admin", password="x-long-pass")
    django_user_model.objects.create_user("bystander-wang", password="x-long-pass")
    speech_edit(speech=county_speech, fields={"speaker": "县长"}, user=editor_user)
    client.force_login(editor_user)
    page = client.get(reverse("admin:speeches_revision_changelist")).content.decode()
    assert "bianji" in page  # the author of a change is shown with it
    assert "zongbian-admin" not in page
    assert "bystander-wang" not in page
    probe = client.get(
        reverse("admin:speeches_revision_changelist"),
        {"user__username__startswith": "zong"},
    )
    assert probe.status_code == 400 or "zongbian" not in probe.content.decode()
