"""One measured process of ``bench/gui.py``: ``bare`` (a PySide6 window with a 200-row table, the
baseline), ``floor`` (the same after importing SQLAlchemy's ORM, which any start of the core
needs) or ``app DATA_DIR`` (the real main window on the demo database). Prints ``READY`` when
the first page of the table has been painted, then measures what ``app`` is asked to and prints
one JSON line: resident memory, search latencies, the longest GUI-thread stall."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTableWidget, QTableWidgetItem

HEARTBEAT_MS = 2
SEARCHES = ["王", "张伟", "陈秀", "加班费", "旧城", "2025", "工资", "尘肺病", "经济补偿", "李"]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class PaintWatch(QObject):
    """Calls ``done`` after the first paint of ``viewport`` once ``ready()`` holds."""

    def __init__(self, viewport, ready, done):  # noqa: ANN001
        super().__init__(viewport)
        self.ready, self.done, self.fired = ready, done, False
        viewport.installEventFilter(self)

    def eventFilter(self, _obj, event):  # noqa: ANN001, N802
        if not self.fired and event.type() == QEvent.Type.Paint and self.ready():
            self.fired = True
            QTimer.singleShot(0, self.done)
        return False


def bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableWidget(200, 9)
    for r in range(200):
        for c in range(9):
            table.setItem(r, c, QTableWidgetItem(f"旧城劳调〔2026〕第{r}号 {c}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)

    def ready() -> None:
        print("READY", flush=True)
        print(json.dumps({"rss_mb": rss_mb()}), flush=True)
        app.quit()

    PaintWatch(table.viewport(), lambda: True, ready)
    window.show()
    app.exec()


class Heartbeat(QObject):
    """A 2 ms timer on the GUI thread; the longest gap between ticks is the longest stall."""

    def __init__(self):
        super().__init__()
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer = QTimer(self, interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - HEARTBEAT_MS)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.worst


def app_main(data_dir: Path) -> None:
    """As ``ui.app`` starts on a database at the current schema: the window is built over a lazy
    workspace and painted from plain reads; the services load once it shows."""
    import tempfile
    import uuid

    app = QApplication(sys.argv[:1])
    from mediator.actor import Actor
    from mediator.store import reader
    from ui import theme, translations
    from ui.app import freeze_startup_objects, warm_calendar, warm_imports
    from ui.context import AppContext, LazyWorkspace
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    translations.install(app, "zh")
    theme.apply(app, "light")
    ready = reader.probe(data_dir)
    assert ready is not None, "the demo database is not at the current schema"
    ws = LazyWorkspace(ready)
    # Signed in as the chair without the password check (the bare window has no match for it).
    with reader.connect(ready.db_path) as conn:
        user_id, name, role, can_view = conn.execute(
            "SELECT id, name, role, can_view_ids FROM users WHERE login = 'chair'").fetchone()
    actor = Actor(uuid.UUID(hex=user_id), "chair", name, role, ready.office_id, bool(can_view))
    ctx = AppContext(ws, actor)
    window = MainWindow(ctx, Prefs(Path(tempfile.mkdtemp()) / "desk.ini"), ready.office_name)
    window.resize(1280, 800)
    page = window.case_tabs.list_page
    table: QTableView = page.table
    report: dict = {"search_from_key_ms": [], "search_from_query_ms": [], "block_ms": []}
    beat = Heartbeat()

    def rows_arrived() -> bool:
        """The first block's rows are in the model: a paint now shows them, not blank rows
        (rows are fetched on a reader thread and arrive a few milliseconds after the ids)."""
        return page.model.rowCount() == 0 or 0 in page.model.loaded_blocks()

    startup: list = []
    painted_at: list[float] = []

    def after_first_paint() -> None:  # as Desk._after_first_paint does
        freeze_startup_objects()
        ctx.load()
        warm = ctx.read(warm_imports, name="warm_imports", idle=True)
        warm.succeeded.connect(lambda _r: freeze_startup_objects())
        startup.append(warm)

        def when_loaded() -> None:
            freeze_startup_objects()
            startup.append(ctx.read(warm_calendar, ctx.ws, name="warm_calendar", idle=True))
            ctx.read(ctx.ws.store.quick_check, name="quick_check", idle=True)

        ctx.when_ready(when_loaded)

    def settled() -> None:
        """The measurements of use start once the services have loaded behind the painted window
        (about half a second, reported as ``services_loaded_ms``): a search typed meanwhile waits
        on the loading thread for the GIL at every call into Python, as no user types that fast."""
        report["services_loaded_ms"] = (time.perf_counter() - painted_at[0]) * 1000
        searches()

    def ready() -> None:
        print("READY", flush=True)
        painted_at.append(time.perf_counter())
        QTimer.singleShot(0, after_first_paint)
        QTimer.singleShot(0, lambda: wait_until(lambda: ctx.ready and not any(op.running for op in startup), settled))

    pending = list(SEARCHES)

    def searches() -> None:
        if not pending:
            page.search.clear()
            page.apply_spec({"filter": {}, "search": ""})
            wait_until(lambda: not page.running and page.model.rowCount() > 1000, scroll)
            return
        term = pending.pop(0)
        page.search.clear()
        marks: dict[str, float] = {}
        page._debounce.timeout.connect(lambda: marks.setdefault("query", time.perf_counter()))

        def shown(_n: int) -> None:
            if "query" not in marks:  # the result of a query started before this search
                return
            page.results_shown.disconnect(shown)
            PaintWatch(table.viewport(), rows_arrived, painted)
            table.viewport().update()

        def painted() -> None:
            now = time.perf_counter()
            report["search_from_key_ms"].append((now - marks["key"]) * 1000)
            report["search_from_query_ms"].append((now - marks["query"]) * 1000)
            page._debounce.timeout.disconnect()
            page._debounce.timeout.connect(page._run_query)
            QTimer.singleShot(300, searches)  # let the whole-list query of this search finish

        page.results_shown.connect(shown)
        for i in range(1, len(term) + 1):  # as typed: each keystroke restarts the debounce
            page.search.setText(term[:i])
            page.search.textEdited.emit(term[:i])
            marks["key"] = time.perf_counter()

    def wait_until(condition, then) -> None:  # noqa: ANN001
        timer = QTimer(interval=5)

        def check() -> None:
            if condition():
                timer.stop()
                then()

        timer.timeout.connect(check)
        timer.start()
        report.setdefault("_timers", []).append(timer)

    def scroll() -> None:
        bar = table.verticalScrollBar()
        bar.setValue(0)
        beat.start()

        def step() -> None:
            if bar.value() >= bar.maximum():
                stepper.stop()
                report["scroll_stall_ms"] = beat.stop()
                report["block_ms"] = list(page.model.block_timings)
                QTimer.singleShot(0, open_cases)
                return
            bar.setValue(bar.value() + bar.pageStep() * 20)  # about 600 rows a step: the whole list in ~170 steps

        stepper = QTimer(interval=10)
        stepper.timeout.connect(step)
        stepper.start()
        report["_stepper"] = stepper

    def open_cases() -> None:
        ids = [page.model.case_id(i * 997 % page.model.rowCount()) for i in range(50)]
        beat.start()

        def next_case() -> None:
            if not ids:
                report["open_stall_ms"] = beat.stop()
                finish()
                return
            view = window.open_case(str(ids.pop()))
            view.loaded.connect(lambda v=view: QTimer.singleShot(0, lambda: close_and_next(v)))

        def close_and_next(view) -> None:  # noqa: ANN001
            window.case_tabs.close_tab(window.case_tabs.indexOf(view))
            next_case()

        next_case()

    def finish() -> None:
        app.processEvents()
        report["stall_ms"] = max(report["scroll_stall_ms"], report["open_stall_ms"])
        report["rss_mb"] = rss_mb()
        report.pop("_timers", None)
        report.pop("_stepper", None)
        print(json.dumps(report), flush=True)
        app.quit()

    PaintWatch(table.viewport(), lambda: page.model.rowCount() > 0 and rows_arrived(), ready)
    window.show()
    app.exec()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    ctx.close_connections()
    ws.close()


def _fail(kind, exc, tb) -> None:  # noqa: ANN001
    import traceback

    traceback.print_exception(kind, exc, tb)
    sys.stdout.flush()
    sys.stderr.flush()
    import os

    os._exit(1)  # an error in a slot would otherwise leave the measurement hanging


if __name__ == "__main__":
    sys.excepthook = _fail
    if sys.argv[1] == "bare":
        bare()
    elif sys.argv[1] == "floor":  # the bare window after importing the ORM the core is built on
        import sqlalchemy.orm  # noqa: F401

        bare()
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        app_main(Path(sys.argv[2]))
