"""Adding a staff account (chair only): name, login, role, password typed twice, and whether the
user may see full ID numbers. The core validates; problems stay in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from mediator.errors import ValidationError
from mediator.i18n import code_name
from mediator.services import users
from ui.context import AppContext
from ui.errors import problem_lines, show_error


class UserDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add a user"))
        self.name, self.login = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in ("mediator", "clerk", "chair"):
            self.role.addItem(code_name("role", role), role)
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.can_view_ids = QCheckBox(self.tr("May see full ID numbers"))
        self.problems = QLabel()
        self.problems.setStyleSheet("color: #c00000")
        self.problems.setWordWrap(True)
        form = QFormLayout(self)
        for caption, widget in ((self.tr("Name:"), self.name), (self.tr("Login:"), self.login),
                                (self.tr("Role:"), self.role), (self.tr("Password:"), self.password),
                                (self.tr("Password again:"), self.again)):
            widget.setAccessibleName(caption.rstrip(":："))
            form.addRow(caption, widget)
        form.addRow(self.can_view_ids)
        form.addRow(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.problems.setText(self.tr("The two passwords differ."))
            self.again.setFocus()
            return
        self.problems.clear()
        self.ctx.write(users.add_user, self.ctx.ws, self.ctx.actor, login=self.login.text().strip(),
                       name=self.name.text().strip(), role=self.role.currentData(), password=self.password.text(),
                       can_view_ids=self.can_view_ids.isChecked(), on_ok=lambda _u: self.accept(),
                       on_error=self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.problems.setText("\n".join(problem_lines(exc)))
        else:
            show_error(self, exc)
