"""``init`` and ``user add`` through the real command line: the case-number format, the
single-chair default user, passwords from the environment only, messages in the locale's
language, and roles enforced with exit 2 and nothing written."""

from __future__ import annotations

from cli_helpers import STAFF_PASSWORD, count, mediator, refused

from mediator.services.fields import beijing_today


def test_init_users_roles_and_passwords(cli_setup, office):
    printed = cli_setup[1]
    assert f"旧城劳调〔{beijing_today().year}〕第1号" in printed and "login chair" in printed
    assert count(office.dir, "users") == 3  # the chair, then wang and liu added with --user left out
    users, events = count(office.dir, "users"), count(office.dir, "audit_events")

    refused(office("init", "--office-code", "X", "--office-name", "X", "--chair", "X"), "already holds an office")
    refused(office("user", "add", "boss", "--name", "老板", "--role", "boss"), "--role", "invalid choice")
    refused(office.as_staff("wang", "user", "add", "zhao", "--name", "赵", "--role", "clerk",
                            MEDIATOR_NEW_PASSWORD=STAFF_PASSWORD), "only the chair")
    # Messages follow the locale: Chinese for a Chinese LANG, English otherwise.
    zh = refused(office("case", "list", password=None, lang="zh_CN.UTF-8"), "MEDIATOR_PASSWORD")
    assert zh.err.startswith("错误：未提供密码")
    assert refused(office("case", "list", password="wrong-password"), "wrong password").err.startswith("error: ")
    assert (count(office.dir, "users"), count(office.dir, "audit_events")) == (users, events)


def test_usage_errors_exit_2_and_a_missing_office_exits_1(tmp_path):
    refused(mediator(tmp_path, "case", "accept", "X", "--on", "2026-02-30"), "2026-02-30 is not a real date")
    refused(mediator(tmp_path / "empty", "case", "list"), "mediator init", code=1)
