"""The Settings area: interface language and colour scheme (per PC), the office's particulars,
its staff with adding an account (chair only), and signing out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.i18n import code_name
from mediator.services import office as office_info
from mediator.services.staff import list_staff
from ui import theme
from ui.context import AppContext
from ui.permissions import gate
from ui.prefs import Prefs


class SettingsPage(QWidget):
    language_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, ctx: AppContext, prefs: Prefs, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.prefs = ctx, prefs
        layout = QVBoxLayout(self)
        layout.addWidget(self._appearance())
        layout.addWidget(self._office())
        layout.addWidget(self._staff(), 1)
        sign_out = QPushButton(self.tr("Sign out"))
        sign_out.clicked.connect(self.sign_out_requested)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(sign_out)
        layout.addLayout(row)
        self.refresh()

    def _appearance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language and appearance"))
        form = QFormLayout(box)
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        from mediator.i18n import language

        self.language.setCurrentIndex(self.language.findData(language()))
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.currentIndexChanged.connect(lambda _i: self.language_requested.emit(self.language.currentData()))
        self.scheme = QComboBox()
        for key, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.scheme.addItem(text, key)
        self.scheme.setCurrentIndex(self.scheme.findData(self.prefs.scheme))
        self.scheme.setAccessibleName(self.tr("Colour scheme"))
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Colour scheme:"), self.scheme)
        return box

    def _scheme_changed(self) -> None:
        self.prefs.scheme = self.scheme.currentData()
        theme.apply(QApplication.instance(), self.prefs.scheme)

    def _office(self) -> QGroupBox:
        box = QGroupBox(self.tr("Office"))
        form = QFormLayout(box)
        self.office_fields = {key: QLabel() for key in ("name", "code", "case_number_format", "data_dir")}
        captions = {"name": self.tr("Name:"), "code": self.tr("Code:"),
                    "case_number_format": self.tr("Case number format:"), "data_dir": self.tr("Data directory:")}
        for key, widget in self.office_fields.items():
            widget.setTextInteractionFlags(widget.textInteractionFlags() | widget.textInteractionFlags().TextSelectableByMouse)
            form.addRow(captions[key], widget)
        return box

    def _staff(self) -> QGroupBox:
        box = QGroupBox(self.tr("Staff"))
        layout = QVBoxLayout(box)
        self.staff_table = QTableWidget(0, 3)
        self.staff_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role")])
        self.staff_table.horizontalHeader().setStretchLastSection(True)
        self.staff_table.verticalHeader().hide()
        self.staff_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.staff_table.setAccessibleName(self.tr("Staff"))
        self.add_user_button = QPushButton(self.tr("Add a user…"))
        reason = None if self.ctx.actor.role == "chair" else self.tr("Only the chair may add users.")
        gate(self.add_user_button, reason)
        self.add_user_button.clicked.connect(self.add_user)
        layout.addWidget(self.staff_table)
        row = QHBoxLayout()
        row.addWidget(self.add_user_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        self.ctx.read(office_info.office_summary, self.ctx.ws, on_ok=self._show_office, parent=self)
        self.ctx.read(list_staff, self.ctx.ws, self.ctx.actor, ("chair", "mediator", "clerk"),
                      on_ok=self._show_staff, parent=self)

    def _show_office(self, summary: dict) -> None:
        for key, widget in self.office_fields.items():
            widget.setText(str(summary.get(key) or ""))

    def _show_staff(self, rows: list[dict]) -> None:
        self.staff_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate((row["name"], row["login"], code_name("role", row["role"]))):
                self.staff_table.setItem(i, j, QTableWidgetItem(value))

    def add_user(self) -> None:
        from ui.user_dialog import UserDialog

        dialog = UserDialog(self.ctx, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
