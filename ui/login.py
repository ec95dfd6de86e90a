"""The sign-in dialog: the office's name, the person signing in (chosen from the active users),
the password, Sign in. The list and the password check (slow on purpose) run in the background;
a wrong password is said under the password field, which is selected for retyping. After success
``dialog.actor`` is the signed-in user and the dialog is accepted."""

from __future__ import annotations

from contextlib import closing
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediator.actor import Actor
from mediator.errors import NotFound, PermissionDenied
from mediator.i18n import code_name
from mediator.store import reader
from ui import operations
from ui.context import LazyWorkspace, resolve
from ui.errors import error_label, show_error

if TYPE_CHECKING:
    from mediator.services.context import Workspace


def _login_screen(ws: Workspace | LazyWorkspace) -> dict:
    """The office and the people who may sign in; on a workspace still to load, read directly
    (no ORM), so the dialog is complete at once while the services load behind it."""
    if isinstance(ws, LazyWorkspace):
        with closing(reader.connect(ws.ready.db_path)) as conn:
            return {"office": ws.ready.office_name, "users": reader.sign_in_choices(conn)}
    from mediator.services import accounts

    return accounts.login_screen(ws)


def _sign_in(ws: Workspace | LazyWorkspace, login: str, password: str) -> Actor:
    from mediator.services import users

    return users.sign_in(resolve(ws), login, password)


def person_caption(person: dict[str, str]) -> str:
    """``王调解 (调解员)`` — the name and the role in the user's language."""
    return f"{person['name']} ({code_name('role', person['role'])})"


class LoginDialog(QDialog):
    """Choose who you are, type your password, sign in. Enter signs in, Esc cancels."""

    def __init__(self, ws: Workspace | LazyWorkspace, parent: QWidget | None = None, last_login: str | None = None):
        super().__init__(parent)
        self.ws = ws
        self.last_login = last_login
        self.actor: Actor | None = None
        self.operation: operations.Operation | None = None
        self.setWindowTitle(self.tr("Sign in — Mediator"))
        self.office = QLabel()
        self.office.setObjectName("office")
        self.office.setWordWrap(True)
        font = QFont(self.office.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.office.setFont(font)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.user.setMinimumWidth(300)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.problem = error_label()
        self.problem.setObjectName("problem")
        user_label, password_label = QLabel(self.tr("&User")), QLabel(self.tr("&Password"))
        user_label.setBuddy(self.user)
        password_label.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(user_label, self.user)
        form.addRow(password_label, self.password)
        form.addRow("", self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button: QPushButton = self.buttons.addButton(self.tr("&Sign in"),
                                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.sign_in_button.setDefault(True)  # Enter signs in wherever the focus is
        self.sign_in_button.setEnabled(False)
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.office)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.user.currentIndexChanged.connect(self._user_chosen)
        self.password.textEdited.connect(lambda _text: self._say(""))
        self._load()

    def _load(self) -> None:
        self.office.setText(self.tr("Loading…"))
        op = operations.run(lambda progress, cancel: _login_screen(self.ws), name="login_screen",
                            parent=self)
        op.succeeded.connect(self._loaded)
        op.failed.connect(lambda exc: show_error(self, exc))

    def _loaded(self, screen: dict) -> None:
        if isinstance(self.ws, LazyWorkspace) and not self.ws.loaded:  # while the user types
            ws = self.ws
            operations.run(lambda progress, cancel: ws.get(), name="open workspace", idle=True)
        self.office.setText(screen["office"])
        self.user.blockSignals(True)
        for person in screen["users"]:
            self.user.addItem(person_caption(person), person["login"])
            self.user.setItemData(self.user.count() - 1, person["login"], Qt.ItemDataRole.ToolTipRole)
        logins = [p["login"] for p in screen["users"]]
        if self.last_login in logins:
            self.user.setCurrentIndex(logins.index(self.last_login))
        elif len(logins) == 1:
            self.user.setCurrentIndex(0)
        else:
            self.user.setCurrentIndex(-1)
            self.user.setPlaceholderText(self.tr("Choose your name"))
        self.user.blockSignals(False)
        self._user_chosen()
        (self.password if self.user.currentIndex() >= 0 else self.user).setFocus()

    def _user_chosen(self) -> None:
        self._say("")
        self.sign_in_button.setEnabled(self.user.currentIndex() >= 0 and self.operation is None)
        if self.user.currentIndex() >= 0:
            self.password.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.password.setAccessibleDescription(text)

    def sign_in(self) -> None:
        login = self.user.currentData()
        if login is None or self.operation is not None:
            return
        self._say("")
        self._busy(True)
        password = self.password.text()
        self.operation = operations.run(lambda progress, cancel: _sign_in(self.ws, login, password),
                                        name="sign_in", parent=self)
        self.operation.succeeded.connect(self._signed_in)
        self.operation.failed.connect(self._refused)

    def _busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("&Sign in"))
        self.user.setEnabled(not busy)
        self.password.setEnabled(not busy)

    def _signed_in(self, actor: Actor) -> None:
        self.operation = None
        self.actor = actor
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.operation = None
        self._busy(False)
        if isinstance(exc, PermissionDenied):
            self._say(self.tr("Wrong password. Try again."))
        elif isinstance(exc, NotFound):
            self._say(str(exc))
        else:
            show_error(self, exc)
            return
        self.password.setFocus()
        self.password.selectAll()

    def reject(self) -> None:
        if self.operation is not None:
            self.operation.cancel()  # the check finishes in the background; its result is ignored
            self.operation.succeeded.disconnect()
            self.operation.failed.disconnect()
            self.operation = None
        super().reject()
