"""Light and dark colour schemes: the Fusion style with a palette that follows the system's scheme
(Qt's ``QStyleHints.colorScheme``) unless the user picked one in Settings. Deadline colours are
chosen per scheme so overdue red stays readable on both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_choice = "system"
_connected = False


def is_dark() -> bool:
    if _choice == "dark":
        return True
    if _choice == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str = "system") -> None:
    """Use ``choice`` ("system", "light" or "dark"); "system" follows later system changes too."""
    global _choice, _connected
    _choice = choice
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark() else app.style().standardPalette())
    if not _connected:
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app, _choice))
        _connected = True


def dark_palette() -> QPalette:
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    base, window, text = QColor(37, 37, 38), QColor(45, 45, 48), QColor(230, 230, 230)
    for r, c in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                 (role.AlternateBase, QColor(52, 52, 56)), (role.ToolTipBase, window), (role.ToolTipText, text),
                 (role.Text, text), (role.Button, window), (role.ButtonText, text), (role.BrightText, Qt.GlobalColor.red),
                 (role.Link, QColor(90, 160, 255)), (role.Highlight, QColor(38, 110, 200)),
                 (role.HighlightedText, Qt.GlobalColor.white), (role.PlaceholderText, QColor(150, 150, 150))):
        p.setColor(r, c)
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(128, 128, 128))
    return p


def deadline_colour(status: str) -> QColor | None:
    """Foreground colour for a deadline status ("overdue", "due_today", "due_soon", "pending"); text says it too."""
    dark = is_dark()
    if status == "overdue":
        return QColor(255, 110, 110) if dark else QColor(190, 0, 0)
    if status in ("due_today", "due_soon"):
        return QColor(255, 190, 80) if dark else QColor(170, 90, 0)
    return None
