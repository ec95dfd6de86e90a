"""The Sync area: the central store's address (shown without its password), "Sync now" with its
progress and the result in plain words, the last successful sync and the changes waiting to be
sent, this computer's case-number block, the counts the last sync reported, the conflict inbox
(``ui.sync_conflicts``) and the sync state of each case (``ui.sync_cases``), both re-read after
each sync and each write. After a sync that found a restore of this computer's database or of the
central store (``mediator.sync.rebase``), "Re-base now" syncs again with the re-base confirmed.
The syncing itself is ``ui.sync_runner.SyncRunner``'s, owned by the main window, which also syncs
in the background."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mediator.services.fields import SHANGHAI
from mediator.sync.connect import redact
from ui import theme
from ui.context import AppContext
from ui.sync_cases import SyncCasesBox
from ui.sync_conflicts import ConflictInbox
from ui.sync_runner import BACKGROUND_MINUTES, SyncRunner


def local_time(when: dt.datetime | None) -> str:
    return when.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M") if when else ""  # Beijing time, as everywhere


def _label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SyncPage(QWidget):
    def __init__(self, ctx: AppContext, runner: SyncRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        heading = QLabel(self.tr("Sync with the city federation"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = _label(self.tr(
            "Changes made on this computer are sent to the federation's central store, and changes made "
            "elsewhere for this office are fetched. While a central store is set this happens every {minutes} "
            "minutes in the background; you can keep working meanwhile.").format(minutes=BACKGROUND_MINUTES))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self._central_box())
        layout.addWidget(self._numbers_box())
        layout.addWidget(self._problems_box())
        self.inbox, self.cases = ConflictInbox(ctx), SyncCasesBox(ctx)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self.inbox)
        lists.addWidget(self.cases)
        lists.setStretchFactor(0, 3)
        lists.setStretchFactor(1, 2)
        layout.addWidget(lists, 1)
        self._lists_loaded = False
        self.inbox.resolved.connect(lambda _case_id: self.cases.refresh())
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.succeeded.connect(self._succeeded)
        runner.failed.connect(self._failed)
        runner.state_read.connect(self._show_state)
        if runner.state is not None:
            self._show_state(runner.state)
        if runner.running:
            self._started()
        elif runner.last_error:
            self._failed(runner.last_error)

    def _central_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Central store"))
        form = QFormLayout(box)
        self.url_edit = QLineEdit()
        self.url_edit.setAccessibleName(self.tr("Central store address"))
        self.url_edit.setPlaceholderText(self.tr("Address given by the federation"))
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.returnPressed.connect(self.sync_now)
        hint = _label(self.tr(
            "A PostgreSQL server such as “postgresql://user@host/db”, or a shared file “sqlite:///path”. "
            "The password is never kept with the address: it is asked once and kept in this computer's "
            "password keyring."))
        hint.setEnabled(False)  # the palette's quieter colour
        address = QVBoxLayout()
        address.setSpacing(2)
        address.addWidget(self.url_edit)
        address.addWidget(hint)
        form.addRow(self.tr("Address:"), address)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setDefault(True)
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the current batch; what was sent is kept."))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.cancel_button.hide()
        self.rebase_button = QPushButton(self.tr("Re-base now"))  # after a detected restore (sync/rebase.py)
        self.rebase_button.setToolTip(self.tr(
            "Sync again, adjusting to the restore: nothing on this computer is deleted; what the other side "
            "lacks is sent again and fetched again."))
        self.rebase_button.clicked.connect(self.rebase_now)
        self.rebase_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the engine reports rows so far, not a total
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.stage = QLabel()
        row = QHBoxLayout()
        for widget in (self.sync_button, self.rebase_button, self.cancel_button, self.progress, self.stage):
            row.addWidget(widget)
        row.addStretch(1)
        form.addRow("", row)
        self.result = _label()
        self.result.setAccessibleName(self.tr("Result of the last sync"))
        form.addRow(self.tr("Result:"), self.result)
        self.last_sync = QLabel()
        form.addRow(self.tr("Last successful sync:"), self.last_sync)
        self.pending = QLabel()
        form.addRow(self.tr("Changes waiting to be sent:"), self.pending)
        return box

    def _numbers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case numbers on this computer"))
        layout = QVBoxLayout(box)
        self.numbers = _label()
        self.numbers_warning = _label()
        self.numbers_warning.hide()
        layout.addWidget(self.numbers)
        layout.addWidget(self.numbers_warning)
        return box

    def _problems_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conflicts and rejected records"))
        layout = QVBoxLayout(box)
        self.problems = _label()
        layout.addWidget(self.problems)
        return box

    # -- actions -----------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.runner.running:
            return
        url = self.url_edit.text().strip()
        self.runner.sync_now(url)
        if url:
            self.url_edit.setText(redact(url))  # a password typed into the address is used, never left shown

    def rebase_now(self) -> None:
        """The user confirmed re-basing after a restore the last sync found."""
        if not self.runner.running:
            self.runner.sync_now(self.url_edit.text().strip(), rebase=True)

    def _started(self) -> None:
        self.sync_button.setEnabled(False)
        self.rebase_button.hide()
        self.cancel_button.show()
        self.progress.show()
        self.stage.setText(self.tr("Connecting to the central store…"))
        self.result.setStyleSheet("")
        self.result.setText("")

    def _idle(self) -> None:
        self.sync_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()
        self.stage.setText("")

    def _progressed(self, stage: str, rows: int) -> None:
        if stage == "push":
            self.stage.setText(self.tr("Sending changes: {count} records sent so far…").format(count=rows))
        else:
            self.stage.setText(self.tr("Received {count} records; finishing…").format(count=rows))

    def _succeeded(self, result: object, note: str) -> None:
        self._idle()
        text = self.tr("Sync finished. {summary}").format(summary=self.summary(vars(result)))
        rebased = getattr(result, "rebased", None)
        if rebased == "node":
            text = self.tr("This computer's database had been restored from a backup: it now syncs as a new "
                           "computer, took back this office's records and sent what was changed since the "
                           "restore.") + "\n" + text
        elif rebased == "central":
            text = self.tr("The central store had been restored from an older copy: this computer sent again "
                           "every record it lacked.") + "\n" + text
        if note:
            text += "\n" + note
        self.result.setStyleSheet("")
        self.result.setText(text)

    def _failed(self, message: str) -> None:
        self._idle()
        colour = theme.deadline_colour("overdue")
        self.result.setStyleSheet(f"color: {colour.name()}" if colour else "")
        self.result.setText(self.tr("Sync did not happen: {reason}").format(reason=message))
        self.rebase_button.setVisible(self.runner.rebase_offered)

    def summary(self, counts: dict) -> str:
        return self.tr("Records sent: {pushed}. Records received: {pulled}. Conflicts: {conflicts}. "
                       "Rejected records: {rejects}.").format(**{k: counts.get(k, 0) for k in
                                                                   ("pushed", "pulled", "conflicts", "rejects")})

    # -- state -------------------------------------------------------------------------------
    def _show_state(self, state: dict) -> None:
        url = state.get("central_url") or ""
        if url and not self.url_edit.text().strip():
            self.url_edit.setText(redact(url))
        self.last_sync.setText(local_time(state.get("last_sync_at")) or self.tr("never"))
        self.pending.setText(str(state.get("pending", 0)))
        numbering = state.get("numbering")
        if numbering is None or not numbering.federated:
            self.numbers.setText(self.tr(
                "This computer numbers cases without a limit until its first sync; after that, case numbers "
                "come in blocks the central store reserves for it, so that several computers of one office "
                "never take the same number."))
        else:
            self.numbers.setText(self.tr("Case numbers of {year} left on this computer: {count}.")
                                 .format(year=numbering.year, count=numbering.remaining or 0))
        self.numbers_warning.setVisible(bool(numbering and numbering.warning))
        if numbering and numbering.warning:
            colour = theme.deadline_colour("due_soon")
            self.numbers_warning.setStyleSheet(f"color: {colour.name()}" if colour else "")
            self.numbers_warning.setText(numbering.warning)
        last = state.get("last_result")
        if last is None:
            self.problems.setText(self.tr("No sync has finished yet."))
        else:
            self.problems.setText(self.tr(
                "The last sync reported {conflicts} conflicts and {rejects} rejected records. Nothing is lost: "
                "conflicts wait below for your choice, refused records are listed with their case.")
                .format(conflicts=last.get("conflicts", 0), rejects=last.get("rejects", 0)))
        if self.isVisible() or not self._lists_loaded:  # after each sync and write, while the page is seen
            self._refresh_lists()

    def _refresh_lists(self) -> None:
        """The lists cost a scan of the unsent journal (large before a first sync): read them only
        for a page that is seen, and when it is shown again."""
        self._lists_loaded = True
        self.inbox.refresh()
        self.cases.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._refresh_lists()
