"""Driving the whole application the way a user does, for the end-to-end GUI tests: the main window
shown and active, shortcuts pressed where the keyboard focus is, text typed key by key (Chinese
too), check boxes ticked with the mouse or the space bar, header actions clicked and their dialogs
filled and confirmed, and the database read back through the core after each step."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from mediator.domain.validators import id_check_char
from mediator.services.case_view import show_case
from ui import operations
from ui.case_view.view import TABS, CaseView
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.prefs import Prefs

WAIT = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier


def citizen_id(n: int) -> str:
    """A valid 18-character citizen ID number, different for each ``n`` (0–999)."""
    first17 = f"110105{1970 + n % 30}{n % 12 + 1:02d}{n % 28 + 1:02d}{n:03d}"
    return first17 + id_check_char(first17)


def open_window(qtbot, office, actor, tmp_path, name: str = "desk.ini") -> MainWindow:
    """The main window of a signed-in ``actor``, shown, active and with the case list loaded."""
    window = MainWindow(AppContext(office.ws, actor), Prefs(tmp_path / name), "旧城镇劳动争议调解委员会")
    qtbot.addWidget(window)
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    qtbot.waitUntil(lambda: idle() and not window.case_tabs.list_page.running, timeout=WAIT)
    return window


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window (window shortcuts only work there)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


_before: set = set()


def note_background_work() -> None:
    """Remember the operations already under way (a previous test may have left one waiting), so
    that ``idle`` asks only about this test's own."""
    _before.clear()
    _before.update(operations.pending())


def idle() -> bool:
    """No background read or write of this test is under way. An operation whose owner was deleted
    (a closed window) while its result was on the way never reports back: it does not count."""
    return not any(shiboken6.isValid(op) for op in operations.pending() - _before)


def settle_down(qtbot) -> None:
    """Wait for every background operation to deliver (before the workspace closes)."""
    qtbot.waitUntil(idle, timeout=WAIT)


def press(qtbot, window: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = CTRL) -> None:
    """Press a key combination where the keyboard focus is, as on a real keyboard."""
    activate(qtbot, window)
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Focus ``widget`` and type ``text`` key by key. QTest types only ASCII; other characters
    (Chinese, committed by an input method) are sent as key events carrying their text."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click(qtbot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), (widget.text() if hasattr(widget, "text") else widget, widget.toolTip())
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box: QWidget) -> None:
    """Click a check box on its indicator, as a user does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def toggle_with_space(qtbot, view: QAbstractItemView, index) -> None:  # noqa: ANN001
    """Make ``index`` current and press the space bar: a checkable item toggles its tick."""
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view.viewport() if view.viewport().hasFocus() else view, Qt.Key.Key_Space)


def choose(combo, data: str) -> None:  # noqa: ANN001
    """Pick the item carrying ``data`` in a combo box, as picking it from the popup does."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setFocus()
    combo.setCurrentIndex(index)


def click_case_tab(qtbot, view: CaseView, key: str) -> QWidget:
    """Click the tab ``key`` ("performance", …) in the case view's tab bar; returns the tab."""
    bar = view.tabs.tabBar()
    index = [k for k, _cls, _title in TABS].index(key)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert view.current_tab() == key
    tab = view.tab_widgets[key]
    qtbot.waitUntil(tab.isVisible, timeout=WAIT)  # a tab built on first showing appears a moment later
    return tab


def case_view(qtbot, window: MainWindow) -> CaseView:
    """The case view in the current tab of the Cases area, once it has loaded."""
    qtbot.waitUntil(lambda: isinstance(window.case_tabs.currentWidget(), CaseView)
                    and window.case_tabs.currentWidget().view is not None, timeout=WAIT)
    return window.case_tabs.currentWidget()


def header_dialog(qtbot, view: CaseView, key: str):  # noqa: ANN201
    """Click the header button ``key`` and return the dialog it opened."""
    click(qtbot, view.header.buttons[key])
    assert view.dialog is not None and view.dialog.isVisible()
    return view.dialog


def confirm(qtbot, view: CaseView, dialog) -> None:  # noqa: ANN001
    """Press the dialog's OK button; wait until the write is done and the case view reloaded."""
    closed: list[int] = []
    dialog.finished.connect(closed.append)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        click(qtbot, dialog.ok_button)
    assert closed == [1], dialog.problems.text()


def stored(office, case_ref: str) -> dict:
    """The case as the core shows it to the chair, straight from the database."""
    return show_case(office.ws, office.chair, case_ref)
