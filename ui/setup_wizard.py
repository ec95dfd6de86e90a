"""The first-run set-up wizard of an empty data directory: set up the user's own office (office,
chair, mediators, summary — the form pages live in ``ui.setup_pages``) or try a sample office
filled with demo cases. All writing happens in the background; afterwards ``wizard.actor`` is the
signed-in chair and ``wizard.sample`` says which path was taken.

Once the office exists it cannot be un-made, so the wizard then only goes forward: Back and Cancel
disappear and closing it counts as finishing (the user is signed in as the chair). A mediator that
could not be added after the office was created is listed on the summary page, to add later.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mediator.cli.quickstart import OFFICE as SAMPLE_OFFICE
from mediator.cli.quickstart import PASSWORD as SAMPLE_PASSWORD
from mediator.errors import MediatorError, ValidationError
from mediator.i18n import label
from mediator.services import accounts
from mediator.services.context import Actor, Workspace
from mediator.services.demo import generate_demo
from ui import operations
from ui.errors import show_error
from ui.setup_pages import ERROR_STYLE, ChairPage, MediatorsPage, OfficePage, join, parse_row_field

WELCOME, OFFICE, CHAIR, MEDIATORS, SUMMARY, SAMPLE = range(6)


def _text_label(text: str = "", name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    return widget


class WelcomePage(QWizardPage):
    """Choose between setting up one's own office and a sample office."""

    def __init__(self, ws: Workspace, sample_cases: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Mediator"))
        self.setSubTitle(self.tr("This data directory has no office yet: {path}").format(path=ws.data_dir))
        self.own = QRadioButton(self.tr("&Set up my office"))
        self.sample = QRadioButton(self.tr("&Try with sample data"))
        self.own.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.own)
        group.addButton(self.sample)
        sample_text = self.tr(
            "A made-up office with {n} invented cases, to explore the program. Sign in as “{login}” with the "
            "password “{password}”. The sample stays in this data directory: for your real office, start the "
            "program with another data directory.").format(
            n=sample_cases, login=SAMPLE_OFFICE["chair_login"], password=SAMPLE_PASSWORD)
        layout = QVBoxLayout(self)
        for button, text in ((self.own, self.tr("Enter your office's details, its chair and its mediators.")),
                             (self.sample, sample_text)):
            button.setAccessibleDescription(text)
            layout.addWidget(button)
            note = _text_label(text)
            note.setIndent(24)
            layout.addWidget(note)
            layout.addSpacing(12)
        layout.addStretch(1)
        self.sample.toggled.connect(self._choice_changed)

    def _choice_changed(self, sample: bool) -> None:
        # the sample office is made as soon as its page opens, so there is no way back from it
        self.setCommitPage(sample)
        self.completeChanged.emit()

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return SAMPLE if self.sample.isChecked() else OFFICE


class SummaryPage(QWizardPage):
    """What will be created; Finish creates it. Also shows the outcome if it is not plain success."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready to set up"))
        self.setSubTitle(self.tr("Check the details, then press Finish to create the office."))
        self.details = _text_label(name="details")
        self.status = _text_label(name="status")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Setting up the office"))
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return -1

    def show_details(self, office: dict, chair: dict, mediators: list[dict]) -> None:
        rows = [
            (self.tr("Office"), office["office_name"]),
            (self.tr("Short name"), office["short_name"] or office["office_name"]),
            (self.tr("Office code"), office["office_code"]),
            (self.tr("Case numbers"), self.wizard().office_page.example()),
            (self.tr("Chair"), f"{chair['chair_name']} ({chair['chair_login']})"),
            (self.tr("Mediators"), "、".join(f"{m['name']} ({m['login']})" for m in mediators) or self.tr("none yet")),
        ]
        cells = "".join(f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                        for k, v in rows)
        self.details.setText(f"<table>{cells}</table>")

    def say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")


class SamplePage(QWizardPage):
    """Makes the sample office and its demo cases as soon as it opens, with progress and Stop."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.done = False
        self.setTitle(self.tr("Creating the sample office"))
        self.setSubTitle(self.tr("Sign in later as “{login}” with the password “{password}”.").format(
            login=SAMPLE_OFFICE["chair_login"], password=SAMPLE_PASSWORD))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Demo cases created"))
        self.status = _text_label(name="status")
        self.stop = QPushButton(self.tr("S&top"))
        self.stop.setToolTip(self.tr("Stop making demo cases; the office keeps the cases already made"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.stop, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.wizard().start_sample()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return self.done

    def nextId(self) -> int:  # noqa: N802 (Qt override)
        return -1

    def finish(self, text: str, error: bool = False) -> None:
        self.done = True
        self.stop.setEnabled(False)
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.completeChanged.emit()


class SetupWizard(QWizard):
    """First run of an uninitialised workspace; ``actor`` and ``sample`` are set on success."""

    SAMPLE_CASES = 300
    SAMPLE_SEED = 1

    def __init__(self, ws: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.actor: Actor | None = None
        self.sample = False
        self.operation: operations.Operation | None = None
        self.setWindowTitle(self.tr("Set up Mediator"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create sample office"))
        self.welcome = WelcomePage(ws, self.SAMPLE_CASES)
        self.office_page = OfficePage()
        self.chair_page = ChairPage()
        self.mediators_page = MediatorsPage(lambda: self.chair_page.login.text().strip())
        self.summary_page = SummaryPage()
        self.sample_page = SamplePage()
        for page_id, page in ((WELCOME, self.welcome), (OFFICE, self.office_page), (CHAIR, self.chair_page),
                              (MEDIATORS, self.mediators_page), (SUMMARY, self.summary_page),
                              (SAMPLE, self.sample_page)):
            self.setPage(page_id, page)
        self.setStartId(WELCOME)
        self.sample_page.stop.clicked.connect(self.stop_sample)
        self.currentIdChanged.connect(self._page_shown)
        self.resize(720, 540)

    def _page_shown(self, page_id: int) -> None:
        if page_id == SUMMARY:
            self.summary_page.show_details(self.office_page.values(), self.chair_page.values(),
                                           self.mediators_page.mediators)

    # -- your own office -------------------------------------------------------------------------

    def accept(self) -> None:
        if self.actor is not None:
            super().accept()
        elif self.operation is None and self.currentId() == SUMMARY:
            self.create_office()

    def reject(self) -> None:
        if self.actor is not None:  # the office exists and its chair is signed in: closing is finishing
            if self.operation is None:
                super().accept()
        elif self.operation is None:
            super().reject()

    def create_office(self) -> None:
        page = self.summary_page
        office = {**self.office_page.values(), **self.chair_page.values()}
        self.operation = operations.run(accounts.set_up_office, self.ws, mediators=self.mediators_page.mediators,
                                        name="set_up_office", writes=True, parent=self, **office)
        self.operation.succeeded.connect(self._office_created)
        self.operation.failed.connect(self._office_failed)
        self._busy(True)
        page.progress.setRange(0, 0)
        page.progress.show()
        page.say(self.tr("Setting up the office…"))

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.operation = None
            self.currentPage().completeChanged.emit()  # lets the wizard re-enable its buttons
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                       QWizard.WizardButton.CancelButton):
            if busy or button == QWizard.WizardButton.CancelButton:
                self.button(button).setEnabled(not busy)

    def _office_created(self, made: accounts.OfficeSetUp) -> None:
        self.actor = made.actor
        self._busy(False)
        if not made.failed:
            super().accept()
            return
        self._no_way_back()
        page = self.summary_page
        page.progress.hide()
        lines = "; ".join(f"{login}: {message}" for login, message in made.failed)
        page.setTitle(self.tr("The office is set up"))
        page.say(self.tr("The office and its chair were created and you are signed in, but these mediators "
                         "could not be added: {problems}. Add them later in Settings → Users. "
                         "Press Finish to continue.").format(problems=lines), error=True)

    def _office_failed(self, exc: BaseException) -> None:
        self._busy(False)
        page = self.summary_page
        page.progress.hide()
        page.say("")
        if isinstance(exc, ValidationError):
            self.show_problems(exc)
        elif isinstance(exc, MediatorError):
            page.say(str(exc), error=True)
        else:
            show_error(self, exc)

    def show_problems(self, err: ValidationError) -> None:
        """Put each problem under its field and go back to the first page that has one."""
        office_keys = {label("office.code"): "code", label("office.name"): "name", "case_number_format": "format"}
        found: dict[int, dict[str, list[str]]] = {}
        for p in err.problems:
            index, key = parse_row_field(p.field)
            if index >= 0:
                target, key = MEDIATORS, "rows"
                p_text = f"{self.mediators_page.mediators[index]['login']}: {p.message}"
            elif p.field in office_keys:
                target, key, p_text = OFFICE, office_keys[p.field], p.message
            else:
                user_key = accounts.user_problem_key(p)
                target, key, p_text = (CHAIR, user_key, p.message) if user_key else (SUMMARY, "", str(p))
            found.setdefault(target, {}).setdefault(key, []).append(p_text)
        if SUMMARY in found:
            self.summary_page.say(join(found.pop(SUMMARY)[""]), error=True)
        for page_id, problems in found.items():
            self.page(page_id).report({key: join(messages) for key, messages in problems.items()})
        if found:
            first = min(found)
            while self.currentId() > first:
                self.back()
            self.currentPage().focus_first_problem()

    # -- the sample office -----------------------------------------------------------------------

    def start_sample(self) -> None:
        self.sample = True
        page = self.sample_page
        page.progress.setRange(0, 0)
        page.status.setText(self.tr("Creating the office…"))
        page.stop.setEnabled(False)  # making the office itself is short and cannot stop half-way
        self._no_way_back()
        self.operation = operations.run(accounts.set_up_office, self.ws, name="sample_office", writes=True,
                                        parent=self, password=SAMPLE_PASSWORD, **SAMPLE_OFFICE)
        self.operation.succeeded.connect(self._sample_office_created)
        self.operation.failed.connect(self._sample_failed)

    def _sample_office_created(self, made: accounts.OfficeSetUp) -> None:
        self.actor = made.actor
        self.sample_page.status.setText(self.tr("Making {n} demo cases…").format(n=self.SAMPLE_CASES))
        self.sample_page.stop.setEnabled(True)
        op = operations.run(generate_demo, self.ws, cases=self.SAMPLE_CASES, seed=self.SAMPLE_SEED,
                            actor=made.actor, name="generate_demo", writes=True, parent=self)
        self.operation = op
        op.progressed.connect(self._sample_progress)
        op.succeeded.connect(lambda summary: self._sample_done(self.tr(
            "The sample office is ready with {n} cases. Press Finish to start.").format(n=summary.cases)))
        op.cancelled.connect(lambda: self._sample_done(self.tr(
            "Stopped. The sample office keeps the cases made so far. Press Finish to start.")))
        op.failed.connect(self._sample_failed)

    def _sample_progress(self, done: int, total: int) -> None:
        self.sample_page.progress.setRange(0, total)
        self.sample_page.progress.setValue(done)

    def stop_sample(self) -> None:
        if self.operation is not None:
            self.operation.cancel()
            self.sample_page.stop.setEnabled(False)
            self.sample_page.status.setText(self.tr("Stopping…"))

    def _sample_done(self, text: str, error: bool = False) -> None:
        self.operation = None
        page = self.sample_page
        page.progress.setRange(0, 1)
        page.progress.setValue(1)
        page.finish(text, error)

    def _sample_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, MediatorError):
            show_error(self, exc)
        if self.actor is None:  # nothing was made: say why and let the user close the wizard
            self.operation = None
            self.sample_page.stop.setEnabled(False)
            self.sample_page.progress.hide()
            self.sample_page.status.setText(str(exc))
            self.sample_page.status.setStyleSheet(ERROR_STYLE)
            self.setOption(QWizard.WizardOption.NoCancelButton, False)
        else:
            self._sample_done(self.tr("The sample office was created but its demo cases could not all be "
                                      "made: {problem}. Press Finish to start.").format(problem=exc), error=True)

    def _no_way_back(self) -> None:
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
