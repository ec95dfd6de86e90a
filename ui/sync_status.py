"""The status bar's sync part (last successful sync, changes waiting to be sent, problems: a
failed sync, a password to type, case numbers running low) and the central password dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from ui.sync_runner import SyncRunner


def ask_password(parent: QWidget, url: str, user: str, note: str) -> str | None:
    """The central store's password typed by the user (hidden), or None when cancelled. ``note``
    (no usable keyring) is said plainly above the field."""
    text = QCoreApplication.translate("SyncStatusLabel", "Password of {user} at the central store {url}:").format(
        user=user or "?", url=url)
    if note:
        text = note + "\n\n" + text
    password, ok = QInputDialog.getText(parent, QCoreApplication.translate("SyncStatusLabel", "Central store password"), text,
                                        QLineEdit.EchoMode.Password)
    return password if ok and password else None


class SyncStatusLabel(QObject):
    """Keeps ``label`` in step with ``runner``: its state after each read, "syncing" while one runs."""

    def __init__(self, label: QLabel, runner: SyncRunner):
        super().__init__(label)
        self.label, self.runner = label, runner
        runner.started.connect(self._started)
        runner.state_read.connect(self._show)
        runner.failed.connect(lambda _message: self._show(runner.state or {}))

    def _started(self) -> None:
        self.label.setText(self.tr("Sync: syncing…"))

    def _show(self, state: dict) -> None:
        if self.runner.running:
            return
        from ui.sync_page import local_time

        tips = []
        if not state.get("central_url") and not self.runner.last_error:
            text = self.tr("Sync: not set up")
        else:
            when, count = local_time(state.get("last_sync_at")), state.get("pending", 0)
            text = (self.tr("Sync: last {when}, {count} changes to send").format(when=when, count=count) if when
                    else self.tr("Sync: never synced, {count} changes to send").format(count=count))
            if self.runner.needs_password:
                text += self.tr(" — password needed")
            elif self.runner.last_error:
                text += self.tr(" — last attempt failed")
        if self.runner.last_error:
            tips.append(self.runner.last_error)
        numbering = state.get("numbering")
        if numbering is not None and numbering.warning:
            text += self.tr(" — few case numbers left")
            tips.append(numbering.warning)
        self.label.setText(text)
        self.label.setToolTip("\n".join(tips))
