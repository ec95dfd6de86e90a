"""The staff list used by forms: only active users with the asked roles, chair first."""

from __future__ import annotations

from sqlalchemy import select

from mediator.i18n import set_language
from mediator.services import staff, users
from mediator.store.models import User


def test_lists_mediators_and_chair_by_default(office):
    rows = staff.list_staff(office.ws, office.wang)
    assert [r["login"] for r in rows] == ["chair", "chen", "wang"]
    assert rows[0]["role"] == "chair" and rows[1]["name"] == "陈调解"


def test_roles_filter_and_inactive_users_are_left_out(office):
    users.add_user(office.ws, office.chair, login="zhao", name="赵调解", role="mediator", password="secret1")
    with office.ws.unit(office.chair) as uow:
        uow.session.scalar(select(User).where(User.login == "zhao")).active = False
    assert [r["login"] for r in staff.list_staff(office.ws, office.chair, roles=("clerk",))] == ["clerk"]
    assert "zhao" not in [r["login"] for r in staff.list_staff(office.ws, office.chair)]


def test_role_names_follow_the_language(office):
    set_language("zh")
    assert staff.list_staff(office.ws, office.chair, roles=("clerk",))[0]["role_name"] == "书记员"
