"""The intake form (受理登记): one application, written or oral, by one worker or several (a
collective dispute from 10), against one employer, with its claims and facts. The form builds
the same dict as a case file (``tests/conftest.py`` VALID_CASE) and registers it in one
background write; problems come back from the core and are shown at their fields
(``ui.intake.problems``). Work in progress is autosaved as a draft on this PC."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediator.services import drafts, lookups
from ui.context import AppContext
from ui.intake.applicant import ApplicantPanel
from ui.intake.claims import ClaimsTable
from ui.intake.drafting import DraftKeeper
from ui.intake.parties import WorkerTable
from ui.intake.problems import ProblemsMixin
from ui.intake.respondent import RespondentPanel
from ui.intake.saving import ProblemPanel
from ui.intake.sections import ApplicationSection, FactsSection
from ui.intake.validation import parse_date
from ui.mnemonic import without_mnemonic

SINGLE, SEVERAL = "single", "several"


def _iso_date(text: str) -> str | None:
    """The date typed, as YYYY-MM-DD; unreadable text is passed on for the core to report."""
    if not text.strip():
        return None
    try:
        return parse_date(text).isoformat()
    except ValueError:
        return text.strip()


class IntakeForm(ProblemsMixin, QWidget):
    """Public: ``saved(case_id, case_no)``, ``title_changed(str)``, ``is_dirty()``, ``save()``,
    ``discard_draft()``, ``flush_draft()``, ``title()``, ``draft_id``."""

    saved = Signal(str, str)
    title_changed = Signal(str)
    draft_restored = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, draft_id: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._registered = False
        self._saving = False
        self._touched = False
        self._acks: set[str] = set()
        self._title = ""
        self.keeper = DraftKeeper(ctx, self.draft_data, draft_id, self)
        self._build()
        self._connect()
        self._title = self.title()
        ctx.read(lookups.dispute_causes, ctx.ws, on_ok=self.claims.set_causes, parent=self)
        if draft_id:
            self.keeper.suspend()
            self.setEnabled(False)
            ctx.read(drafts.load_draft, ctx.ws, ctx.actor, draft_id, on_ok=self._restore,
                     on_error=self._restore_failed, parent=self)

    # layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        application = ApplicationSection()
        self.written, self.oral, self.kind_group = application.written, application.oral, application.kind_group
        self.oral_note, self.applied_at, self.applied_note = application.oral_note, application.applied_at, application.note

        applicants = QGroupBox(self.tr("Applicants"))
        self.single = QRadioButton(self.tr("One &worker"))
        self.several = QRadioButton(self.tr("Se&veral workers (a collective dispute from 10)"))
        self.single.setChecked(True)
        self.mode_group = QButtonGroup(self)
        mode_row = QHBoxLayout()
        for button in (self.single, self.several):
            self.mode_group.addButton(button)
            button.setAccessibleName(without_mnemonic(button.text()))
            mode_row.addWidget(button)
        mode_row.addStretch(1)
        self.applicant = ApplicantPanel()
        self.workers = WorkerTable()
        self.workers.hide()
        box = QVBoxLayout(applicants)
        box.addLayout(mode_row)
        box.addWidget(self.applicant)
        box.addWidget(self.workers)

        respondent = QGroupBox(self.tr("Respondent (employer)"))
        self.respondent = RespondentPanel(self.ctx)
        QVBoxLayout(respondent).addWidget(self.respondent)

        claims = QGroupBox(self.tr("Claims"))
        self.claims = ClaimsTable()
        QVBoxLayout(claims).addWidget(self.claims)

        dispute = FactsSection()
        self.facts, self.facts_note, self.ongoing = dispute.facts, dispute.facts_note, dispute.ongoing
        self.known_on, self.known_note, self.ended_on, self.ended_note = (
            dispute.known_on, dispute.known_note, dispute.ended_on, dispute.ended_note)
        self._date_checks = dispute.date_checks

        page = QWidget()
        column = QVBoxLayout(page)
        for group in (application, applicants, respondent, claims, dispute):
            column.addWidget(group)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(page)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.problems = ProblemPanel()
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        self.save_button = QPushButton(self.tr("&Register application"))
        self.save_button.setAccessibleName(self.tr("Register application"))
        self.save_button.setToolTip(self.tr("Register the application and give it a case number (Ctrl+S)"))
        self.save_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        self._order_tabs()

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.written, self.oral, self.applied_at, self.single, self.several]
        chain += self.applicant.edit_order()
        chain += [self.workers.add_button, self.workers.remove_button, self.workers.paste_button, self.workers.grid]
        chain += self.respondent.edit_order() + self.claims.edit_order() + [self.claims.add_button]
        chain += [self.facts, self.known_on, self.ended_on, self.ongoing, self.problems.list,
                  self.problems.confirm_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.several.toggled.connect(self._show_applicant_page)
        for signal in (self.kind_group.buttonToggled, self.mode_group.buttonToggled, self.applied_at.dateTimeChanged,
                       self.applicant.changed, self.workers.changed, self.respondent.changed, self.claims.changed,
                       self.facts.textChanged, self.known_on.textChanged, self.ended_on.textChanged,
                       self.ongoing.toggled):
            signal.connect(self._changed)
        self.claims.add_button.clicked.connect(self._order_tabs)
        self.keeper.saved.connect(self._draft_saved)
        self.keeper.failed.connect(lambda msg: self.status.setText(self.tr("The draft could not be saved: {error}").format(error=msg)))
        self.problems.problem_activated.connect(self.focus_problem)
        self.problems.save_anyway.connect(self.save_anyway)
        self.save_button.clicked.connect(self.save)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

    def _show_applicant_page(self, several: bool) -> None:
        """Show one worker's fields or the worker table (a hidden one takes no room)."""
        self.applicant.setVisible(not several)
        self.workers.setVisible(several)

    # state -------------------------------------------------------------------------------
    def _changed(self, *_args: Any) -> None:
        if self._loading:
            return
        self._touched = True
        if self._acks or self.problems.warnings:
            self._acks.clear()
            self.problems.withdraw_confirmation()
        self.keeper.touch()
        title = self.title()
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    def _draft_saved(self, saved_at: str) -> None:
        self.status.setText(self.tr("Draft saved on this PC at {time} (drafts are not synced to other PCs)")
                            .format(time=saved_at[11:16]))

    @property
    def draft_id(self) -> str | None:
        return self.keeper.draft_id

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """In a window whose own Save action has Ctrl+S (the main window saves the current tab), leave
        the key to it: two shortcuts on one key are ambiguous and Qt would run neither."""
        key = self.save_shortcut.key()
        self.save_shortcut.setEnabled(not any(key in a.shortcuts() for a in self.window().actions()))
        super().showEvent(event)

    def is_dirty(self) -> bool:
        """True while the form holds input not registered as a case (a draft may hold it)."""
        return self._touched and not self._registered

    def title(self) -> str:
        data = self.case_data()
        if not data["applicants"] and not data["respondent"]:
            return self.tr("New application")
        return drafts.draft_title(data)

    def flush_draft(self) -> None:
        """Write pending changes to the draft now (e.g. before the tab closes)."""
        self.keeper.flush()

    def discard_draft(self) -> None:
        """Delete this form's draft; the form's contents are then not kept anywhere (further
        edits start a new draft)."""
        self.keeper.discard()
        self.keeper.resume()
        self._touched = False

    # data --------------------------------------------------------------------------------
    def case_data(self) -> dict[str, Any]:
        """The application as ``parse_case`` reads it."""
        applicants = self.workers.workers() if self.several.isChecked() else [a for a in [self.applicant.data()] if a]
        respondent = self.respondent.data()
        for worker in applicants:
            if respondent.get("name") and not worker.get("employer"):
                worker["employer"] = respondent["name"]
        data: dict[str, Any] = {
            "application_kind": "oral" if self.oral.isChecked() else "written",
            "applied_at": self.applied_at.dateTime().toString("yyyy-MM-ddTHH:mm:00"),
            "facts": self.facts.toPlainText().strip(),
            "applicants": applicants,
            "respondent": respondent,
            "claims": self.claims.claims(),
        }
        for key, edit in (("infringement_known_on", self.known_on), ("employment_ended_on", self.ended_on)):
            value = _iso_date(edit.text()) if edit.isEnabled() else None
            if value:
                data[key] = value
        if self.ongoing.isChecked():
            data["employment_ongoing"] = True
        return data

    def draft_data(self) -> dict[str, Any]:
        return {**self.case_data(), "form": {"mode": SEVERAL if self.several.isChecked() else SINGLE}}

    def set_data(self, data: dict[str, Any]) -> None:
        """Show a draft (or any application dict) in the form."""
        self._loading = True
        try:
            (self.oral if data.get("application_kind") == "oral" else self.written).setChecked(True)
            applied = QDateTime.fromString(str(data.get("applied_at", ""))[:16], "yyyy-MM-ddTHH:mm")
            if applied.isValid():
                self.applied_at.setDateTime(applied)
            several = (data.get("form") or {}).get("mode") == SEVERAL or len(data.get("applicants") or []) > 1
            (self.several if several else self.single).setChecked(True)
            applicants = data.get("applicants") or []
            if several:
                self.workers.clear()
                self.workers.set_workers(applicants)
                if not applicants:
                    self.workers.add_row(edit=False)
            else:
                self.applicant.set_data(applicants[0] if applicants else {})
            self.respondent.set_data(data.get("respondent") or {})
            self.claims.set_claims(data.get("claims") or [])
            self.facts.setPlainText(str(data.get("facts") or ""))
            self.known_on.setText(str(data.get("infringement_known_on") or ""))
            self.ended_on.setText(str(data.get("employment_ended_on") or ""))
            self.ongoing.setChecked(bool(data.get("employment_ongoing")))
        finally:
            self._loading = False
        self._order_tabs()

    def _restore(self, data: dict[str, Any]) -> None:
        self.set_data(data)
        self._touched = True
        self.keeper.mark_stored()
        self.keeper.resume()
        self.setEnabled(True)
        self._title = self.title()
        self.title_changed.emit(self._title)
        self.status.setText(self.tr("Draft restored"))
        self.draft_restored.emit()

    def _restore_failed(self, exc: BaseException) -> None:
        self.keeper.draft_id = None
        self.keeper.resume()
        self.setEnabled(True)
        self.status.setText(self.tr("The draft could not be opened: {error}").format(error=exc))
