"""Switching the interface language from Settings rebuilds the window in that language, and no
visible string of any screen is left in English (Chinese is the users' language)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtWidgets import QApplication  # noqa: E402

from mediator import i18n  # noqa: E402
from mediator.services.context import Workspace  # noqa: E402
from mediator.services.demo import generate_demo  # noqa: E402
from mediator.services.queries import CaseFilter, case_ids  # noqa: E402
from tests.conftest import unavailable  # noqa: E402
from tests.ui.visible_text import untranslated, visible_texts  # noqa: E402
from ui import operations, translations  # noqa: E402
from ui.app import Desk  # noqa: E402
from ui.case_view.view import DIALOGS, TABS  # noqa: E402
from ui.login import LoginDialog  # noqa: E402
from ui.prefs import Prefs  # noqa: E402
from ui.setup_wizard import SetupWizard  # noqa: E402

QM = Path(__file__).parents[2] / "resources" / "translations" / "mediator_zh_CN.qm"
WAIT = 20_000


def settle(qtbot):
    """Wait for this test's background work (operations of closed windows of earlier tests,
    whose owners are gone, are not waited for)."""
    qtbot.waitUntil(lambda: not any(op.running for op in operations.pending() if shiboken6.isValid(op)), timeout=WAIT)


@pytest.fixture
def desk(qtbot, office, tmp_path):
    if not QM.exists():
        unavailable("run 'make translations' (make test does) to build the .qm catalogs")
    generate_demo(office.ws, cases=40, seed=5)
    app = QApplication.instance()
    translations.install(app, "en")
    desk = Desk(app, Prefs(tmp_path / "desk.ini"), office.ws)
    desk._checked = True  # the page scan and daily backup are the start-up's business, not this test's
    yield desk
    if desk.window is not None:
        desk.window.case_tabs.settle_before_quit = lambda: True
        desk.window.close()
    translations.install(app, "en")
    i18n.set_language("en")


def every_screen(qtbot, window, case_ref):
    """Visit each area and each tab of a case and an intake form; return what they show."""
    texts: dict[str, str] = {}
    for area in ("today", "hearings", "reports", "sync", "settings", "cases"):
        window.show_area(area)
        settle(qtbot)
        texts.update(visible_texts(window))
    window.show_area("sync").sync_now()  # no central store yet: the plain error, the status bar's note
    settle(qtbot)
    texts.update(visible_texts(window))
    cases = window.case_tabs.list_page  # batch printing of the selected cases
    cases.table.selectRow(0)
    dialog = cases.print_documents()
    texts.update(visible_texts(dialog))
    dialog.reject()
    view = window.open_case(case_ref)
    qtbot.waitUntil(lambda: view.view is not None, timeout=WAIT)
    for key, _cls, _title in TABS:
        view.show_tab(key)
        settle(qtbot)
        texts.update(visible_texts(window))
    documents = view.tab_widgets["documents"]  # a document previewed (its pages, or the reason none)
    view.show_tab("documents")
    if documents.items:
        documents.select(documents.items[0].kind)
        documents.show_preview()
        settle(qtbot)
        texts.update(visible_texts(window))
    for key in [*DIALOGS, "schedule"]:  # every action dialog of the case view
        dialog = view.run_action(key)
        settle(qtbot)
        texts.update(visible_texts(dialog))
        dialog.reject()
    performance = view.tab_widgets["performance"]
    for opener in ("open_payment_dialog", "open_not_performed_dialog", "open_enforcement_dialog",
                   "open_follow_up_dialog"):
        dialog = getattr(performance, opener)()
        settle(qtbot)
        texts.update(visible_texts(dialog))
        dialog.reject()
    window.new_case()
    settle(qtbot)
    texts.update(visible_texts(window))
    return texts


def first_run_screens(qtbot, tmp_path, office):
    """The setup wizard's pages on a new data directory and the login dialog of an office."""
    texts: dict[str, str] = {}
    fresh = Workspace.open(tmp_path / "fresh")
    try:
        wizard = SetupWizard(fresh)
        qtbot.addWidget(wizard)
        for page_id in wizard.pageIds():
            texts.update(visible_texts(wizard.page(page_id)))
        texts.update(visible_texts(wizard))
    finally:
        fresh.close()
    login = LoginDialog(office.ws)
    qtbot.addWidget(login)
    settle(qtbot)
    texts.update(visible_texts(login))
    return texts


def test_switching_to_chinese_leaves_no_english_on_any_screen(qtbot, desk, office):
    desk.show_main(office.chair)
    first = desk.window
    settle(qtbot)
    settings = first.show_area("settings")
    settings.language.setCurrentIndex(settings.language.findData("zh"))  # what the user picks
    assert desk.window is not first and i18n.language() == "zh"
    assert desk.prefs.language == "zh"
    settled = case_ids(office.ws, CaseFilter(status="settled"))
    ref = str(settled[0] if settled else case_ids(office.ws)[0])
    texts = every_screen(qtbot, desk.window, ref)
    texts.update(first_run_screens(qtbot, desk.prefs.path.parent, office))
    assert len(texts) > 300  # the walk saw the screens, not an empty window
    assert "案件" in texts and "待办" in texts
    problems = untranslated(texts)
    assert problems == [], "\n".join(problems)


def test_english_is_selectable_and_complete_too(qtbot, desk, office):
    translations.install(QApplication.instance(), "zh")
    desk.show_main(office.chair)
    settle(qtbot)
    settings = desk.window.show_area("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    assert i18n.language() == "en"
    texts = every_screen(qtbot, desk.window, str(case_ids(office.ws)[0]))
    assert "Cases" in texts and "Today" in texts
