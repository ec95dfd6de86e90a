"""Developer tool: screenshots of every screen of the desktop client, as a user sees them, on a real
X server (Xvfb), in one language and scale per run:

    xvfb-run -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py --lang zh --out /tmp/shots/zh
    QT_SCALE_FACTOR=1.5 xvfb-run -s "-screen 0 2400x1500x24" .venv/bin/python scripts/screenshots.py --lang zh \
        --out /tmp/shots/zh-150

A sample office with demo cases is made in a temporary directory; each screen is shown, then the
whole X screen is grabbed (``QScreen.grabWindow(0)``), so what is saved is what was on the display.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

COLLECTIVE_WORKERS = 12


def pause(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait(condition: Callable[[], bool], ms: int = 20_000) -> None:
    for _ in range(ms // 50):
        if condition():
            return
        pause(50)
    raise SystemExit("timed out waiting for a screen")


class Shooter:
    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str, widget: QWidget | None = None) -> None:
        if widget is not None:
            widget.show()
            widget.raise_()
            widget.activateWindow()
        pause(600)
        QApplication.primaryScreen().grabWindow(0).save(str(self.out / f"{name}.png"))
        print(self.out / f"{name}.png", flush=True)


def collective_application() -> dict:
    from mediator.domain.validators import id_check_char
    from tests.conftest import VALID_CASE

    data = copy.deepcopy(VALID_CASE)
    workers = []
    for i in range(COLLECTIVE_WORKERS):
        body = f"4419001990{(i % 12) + 1:02d}{10 + i:02d}{101 + i:03d}"
        workers.append({"name": f"工人{'甲乙丙丁戊己庚辛壬癸子丑'[i]}", "id_number": body + id_check_char(body),
                        "phone": f"1380013{8000 + i}", "job": "车工", "is_representative": i < 3})
    data["applicants"] = workers
    return data


def documents_screens(window, shoot: Shooter, ws, case_ref: str, root: Path) -> None:  # noqa: ANN001
    """The Documents tab with the agreement previewed, then batch printing from the case list:
    the dialog, its summary after printing three settled cases and one that has no agreement into a
    temporary folder, and the first case's documents afterwards."""
    from PySide6.QtCore import QItemSelectionModel

    from mediator.services.queries import CaseFilter, case_ids

    view = window.open_case(case_ref, "documents")
    wait(lambda: view.view is not None)
    tab = view.tab_widgets["documents"]
    wait(lambda: bool(tab.items))
    tab.select("agreement")
    tab.show_preview()
    wait(lambda: tab.preview.page_count() > 0 or tab.preview.open_button.isVisible(), 120_000)
    shoot("29-case-documents-preview")
    window.case_tabs.setCurrentIndex(0)
    page = window.case_tabs.list_page
    selection = page.table.selectionModel()
    chosen = [*case_ids(ws, CaseFilter(status="settled"))[:3], *case_ids(ws, CaseFilter(status="accepted"))[:1]]
    for case_id in chosen:
        row = page.model.position(case_id)
        if row is not None:
            selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    dialog = page.print_documents()
    dialog.folder.setText(str(root / "printed"))
    shoot("30-dialog-batch-print", dialog)
    dialog.start()
    wait(lambda: dialog.result is not None)
    shoot("31-batch-print-summary", dialog)
    dialog.reject()
    window.open_case(case_ref, "documents")  # the batch printed its agreement: now in "Printed"
    wait(lambda: tab.history_tree.topLevelItemCount() > 0)
    shoot("32-case-documents-printed")


def sync_screens(window, shoot: Shooter, root: Path) -> None:  # noqa: ANN001
    """The Sync page after an address that cannot be reached, then after a first sync with a
    SQLite central store made in the temporary directory (the status bar shows it too)."""
    from mediator.sync import admin
    from mediator.sync.connect import central_engine

    url = f"sqlite:///{root}/central.db"
    engine = central_engine(url)
    admin.init_central(engine)
    admin.add_office(engine, "JC01", "旧城镇劳动争议调解委员会")
    engine.dispose()
    page = window.show_area("sync")
    runner = page.runner
    page.url_edit.setText("postgresql://office_jc01:secret@127.0.0.1:1/mediator")
    page.sync_now()
    wait(lambda: not runner.running)
    shoot("09-sync-error")
    page.url_edit.setText(url)
    page.sync_now()
    wait(lambda: not runner.running, 120_000)
    wait(lambda: runner.state is not None and runner.state["last_sync_at"] is not None)
    shoot("09-sync-done")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from mediator.services import setup, users
    from mediator.services.context import Workspace
    from mediator.services.demo import generate_demo
    from mediator.services.queries import CaseFilter, case_ids
    from ui import theme, translations
    from ui.app import Desk
    from ui.login import LoginDialog
    from ui.prefs import Prefs
    from ui.setup_wizard import SetupWizard

    translations.install(app, args.lang)
    theme.apply(app, "light")
    shoot = Shooter(args.out)
    root = Path(tempfile.mkdtemp(prefix="mediator-shots-"))

    fresh = Workspace.open(root / "fresh")
    wizard = SetupWizard(fresh)
    wizard.resize(860, 640)
    wizard.show()
    shoot("01-wizard-welcome")
    wizard.next()
    shoot("01-wizard-office")
    wizard.close()
    fresh.close()

    ws = Workspace.open(root / "office")
    chair = setup.init_office(ws, office_code="JC01", office_name="旧城镇劳动争议调解委员会", short_name="旧城",
                              chair_name="李主任", password="mediator")
    for login, name in (("wang", "王调解"), ("chen", "陈调解")):
        users.add_user(ws, chair, login=login, name=name, role="mediator", password="mediator")
    generate_demo(ws, cases=400, seed=7, actor=chair)
    login = LoginDialog(ws, last_login="chair")
    shoot("02-login", login)
    login.close()

    desk = Desk(app, Prefs(root / "desk.ini"), ws)
    desk._checked = True
    desk.show_main(chair)
    window = desk.window
    window.resize(1400, 880)
    window.move(0, 0)
    for number, area in enumerate(("today", "cases", "hearings", "reports", "sync", "settings"), start=3):
        window.show_area(area)
        shoot(f"{number:02d}-{area}")
    sync_screens(window, shoot, root)
    window.show_area("cases")
    settled = case_ids(ws, CaseFilter(status="settled"))
    view = window.open_case(str(settled[0]))
    wait(lambda: view.view is not None)
    for number, tab in enumerate(("parties", "claims", "hearings", "agreement", "performance", "documents",
                                  "history"), start=10):
        view.show_tab(tab)
        shoot(f"{number}-case-{tab}")
    dialog = view.tab_widgets["performance"].open_payment_dialog()
    shoot("17-dialog-payment")
    dialog.reject()
    registered = case_ids(ws, CaseFilter(status="registered"))
    view = window.open_case(str(registered[0]))
    wait(lambda: view.view is not None)
    shoot("18-case-registered")
    for number, action in enumerate(("accept", "reject", "assign", "withdraw"), start=19):
        dialog = view.run_action(action)
        shoot(f"{number}-dialog-{action}")
        dialog.reject()
    active = case_ids(ws, CaseFilter(status="in_mediation"))
    view = window.open_case(str(active[0]))
    wait(lambda: view.view is not None)
    for number, action in enumerate(("hearing", "extend", "terminate"), start=23):
        dialog = view.run_action(action)
        shoot(f"{number}-dialog-{action}")
        dialog.reject()
    view.show_tab("agreement")
    shoot("26-agreement-editor")
    form = window.new_case()
    shoot("27-intake-single")
    form.set_data(collective_application())
    shoot("28-intake-collective")
    form.discard_draft()
    form.is_dirty = lambda: False  # type: ignore[method-assign]
    documents_screens(window, shoot, ws, str(settled[0]), root)
    window.close()
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
