"""The background-operation helper: results, errors, progress and cancellation arrive on the GUI
thread; the progress indicator appears only for slow work; writes run one at a time."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6

pytest.importorskip("pytestqt", reason="install the dev extra (pip install -e '.[dev]') for GUI tests")

from PySide6.QtCore import QThread  # noqa: E402

from ui import operations  # noqa: E402


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(a, b, *, progress, cancel):
        seen["worker"] = QThread.currentThread()
        return a + b

    op = operations.run(work, 2, 3)
    op.succeeded.connect(lambda value: seen.update(value=value, thread=QThread.currentThread()))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert seen["value"] == 5
    assert seen["thread"] is qtbot_main_thread() and seen["worker"] is not seen["thread"]


def qtbot_main_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_errors_are_delivered_not_raised_in_the_worker(qtbot):
    def work(*, progress, cancel):
        raise ValueError("bad case file")

    op = operations.run(work)
    with qtbot.waitSignal(op.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], ValueError) and str(blocker.args[0]) == "bad case file"


def test_progress_is_reported_in_order_and_cancel_stops_the_work(qtbot):
    started, steps = threading.Event(), []

    def work(*, progress, cancel):
        done = 0
        started.set()
        while not cancel():
            done += 1
            progress(done, 0)
        return done

    op = operations.run(work)
    op.progressed.connect(lambda done, total: steps.append(done))
    op.succeeded.connect(lambda value: steps.append("succeeded"))
    assert started.wait(5)
    with qtbot.waitSignal(op.progressed, timeout=5000):
        pass
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        op.cancel()
    assert "succeeded" not in steps
    assert steps == sorted(steps) and steps[0] == 1


def test_progress_indicator_only_for_slow_work(qtbot):
    quick = operations.run(lambda *, progress, cancel: "done")
    shown = []
    quick.show_progress.connect(lambda: shown.append(True))
    with qtbot.waitSignal(quick.finished, timeout=5000):
        pass
    qtbot.wait(operations.PROGRESS_DELAY_MS + 100)  # the delay itself is the behaviour under test
    assert shown == []

    release = threading.Event()
    slow = operations.run(lambda *, progress, cancel: release.wait(10))
    with qtbot.waitSignal(slow.show_progress, timeout=5000):
        pass
    with qtbot.waitSignal(slow.finished, timeout=5000):
        release.set()


def test_writes_run_one_at_a_time(qtbot):
    first_running, release_first, order = threading.Event(), threading.Event(), []

    def first(*, progress, cancel):
        first_running.set()
        release_first.wait(10)
        order.append("first")

    def second(*, progress, cancel):
        order.append("second")

    a = operations.run(first, writes=True)
    assert first_running.wait(5)
    b = operations.run(second, writes=True)
    assert order == []  # the second write waits for the first
    with qtbot.waitSignal(b.finished, timeout=5000):
        release_first.set()
    assert order == ["first", "second"]
    assert not a.running


def test_an_operation_whose_owner_closes_is_not_kept_alive(qtbot):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    gate = threading.Event()
    op = operations.run(lambda progress, cancel: gate.wait(5), parent=owner)
    assert op in operations.pending()
    owner.deleteLater()
    qtbot.waitUntil(lambda: op not in operations.pending(), timeout=5000)
    gate.set()


def test_housekeeping_runs_at_idle_priority_and_delivers(qtbot):
    op = operations.run(lambda progress, cancel: QThread.currentThread().priority(), idle=True)
    with qtbot.waitSignal(op.succeeded, timeout=5000) as result:
        pass
    assert result.args == [QThread.Priority.IdlePriority]


def test_what_the_work_captured_is_released_on_the_gui_thread(qtbot):
    """A screen or the session's context captured by the work must never be destroyed on the
    worker thread (Qt objects may only be deleted on their own thread): the worker hands the work
    back with its result, and the GUI thread lets go of it."""
    released_on = []

    class Captured:
        def __del__(self):
            released_on.append(threading.get_ident())

    captured, started, release = Captured(), threading.Event(), threading.Event()

    def work(*, progress, cancel, held=captured):
        started.set()
        release.wait(5)
        return "done"

    op = operations.run(work)
    del work, captured  # the caller lets go while the work runs: the worker holds the last reference
    assert started.wait(5)
    with qtbot.waitSignal(op.finished, timeout=5000):
        release.set()
    assert released_on == [threading.get_ident()]


def test_an_error_travels_back_with_what_the_work_captured(qtbot):
    released_on = []

    class Captured:
        def __del__(self):
            released_on.append(threading.get_ident())

    captured = Captured()

    def work(*, progress, cancel, held=captured):
        raise ValueError("bad case file")

    op = operations.run(work)
    del work, captured
    with qtbot.waitSignal(op.failed, timeout=5000) as failure:
        pass
    del failure  # the error's traceback holds the work's frames: they go with it, on this thread
    qtbot.waitUntil(lambda: released_on != [], timeout=5000)
    assert released_on == [threading.get_ident()]


def test_an_error_message_does_not_block_and_goes_with_its_window(qtbot):
    """A failure delivered from background work opens its message without a nested event loop,
    so closing the window under it (or another failure arriving) cannot pull it away mid-run."""
    from PySide6.QtWidgets import QWidget

    from mediator.errors import StoreError
    from ui.errors import show_error

    owner = QWidget()
    owner.show()
    box = show_error(owner, StoreError("database is closed"))
    assert box is not None and box.isVisible() and "database is closed" in box.text()
    second = show_error(owner, StoreError("another failure"))
    assert second is not None and second.isVisible()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(box) and not shiboken6.isValid(second), timeout=5000)


def test_an_error_message_without_a_window_stays_until_closed(qtbot):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from mediator.errors import StoreError
    from ui.errors import show_error

    def shown() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible() and w.text() == "nobody holds this box"]

    show_error(None, StoreError("nobody holds this box"))  # the caller keeps no reference
    gc.collect()  # nothing but the module's own set keeps it alive
    QApplication.processEvents()
    assert len(shown()) == 1
    shown()[0].accept()
    qtbot.waitUntil(lambda: shown() == [], timeout=5000)
