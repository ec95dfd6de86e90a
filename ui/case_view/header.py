"""The case view's header: case number, state, collective marker, mediators with the lead, every
running clock (due date, status in words and colour, the rule as tooltip, provisional marked) and
the actions the case's state allows now, each gated so that a disabled one says why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mediator.domain.states import check_transition
from mediator.errors import InputError
from mediator.i18n import code_name
from mediator.services.context import Actor
from ui.permissions import gate, why_not

# (button key, core action checked by why_not, button text)
ACTIONS = (
    ("accept", "accept", QT_TRANSLATE_NOOP("CaseHeader", "Accept…")),
    ("reject", "reject", QT_TRANSLATE_NOOP("CaseHeader", "Reject…")),
    ("assign", "assign", QT_TRANSLATE_NOOP("CaseHeader", "Assign mediators…")),
    ("hearing", "hearing", QT_TRANSLATE_NOOP("CaseHeader", "Record hearing…")),
    ("extend", "extend", QT_TRANSLATE_NOOP("CaseHeader", "Extend…")),
    ("settle", "settle", QT_TRANSLATE_NOOP("CaseHeader", "Settle…")),
    ("terminate", "terminate", QT_TRANSLATE_NOOP("CaseHeader", "Terminate…")),
    ("withdraw", "withdraw", QT_TRANSLATE_NOOP("CaseHeader", "Withdraw…")),
    ("close", "close", QT_TRANSLATE_NOOP("CaseHeader", "Close file…")),
    ("reopen", "reopen", QT_TRANSLATE_NOOP("CaseHeader", "Reopen…")),
    ("recusal", "recusal_request", QT_TRANSLATE_NOOP("CaseHeader", "Recusal request…")),
)
HANDLER_ONLY = ("hearing", "extend", "settle", "terminate")  # mediators only on cases assigned to them
CLOCK_COLOURS = {  # status: (text, background)
    "overdue": ("#8c1d18", "#fdecea"),
    "due_today": ("#7a4100", "#fff0d9"),
    "due_soon": ("#6b5300", "#fff8d6"),
    "pending": ("#1d5b2c", "#e8f5e9"),
}
STATE_STYLE = "QLabel { background: #e3ecf8; color: #1a3f73; border-radius: 4px; padding: 2px 8px; font-weight: 600; }"


def cap(text: str) -> str:
    """A code's display name as a heading (``in mediation`` → ``In mediation``; Chinese unchanged)."""
    return text[:1].upper() + text[1:]


def clock_text(clock: dict[str, Any]) -> str:
    """``Mediation period: due 2026-12-07, 13 days left (provisional)`` in the user's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)  # lupdate files this tr() under the empty context

    name = cap(code_name("clock", clock["clock"]))
    if clock.get("term"):
        name += " " + tr("(term {n})").format(n=clock["term"])
    left = clock["days_left"]
    if left < 0:
        when = tr("{n} day(s) overdue").format(n=-left)
    elif left == 0:
        when = tr("due today")
    else:
        when = tr("{n} day(s) left").format(n=left)
    text = tr("{clock}: due {due}, {when}").format(clock=name, due=clock["due"], when=when)
    if clock.get("provisional"):
        text += " " + tr("(provisional)")
    if clock.get("note"):
        text += " — " + clock["note"]
    return text


def state_allows(action: str, view: dict[str, Any]) -> bool:
    try:
        check_transition(action, view["status"], closed=view["closed"], case_no=view["case_no"])
    except InputError:
        return False
    return True


class CaseHeader(QWidget):
    """Shows ``show_case``'s summary; emits ``action_requested(key)`` for an action button."""

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.case_no = QLabel(self)
        self.case_no.setObjectName("case_no")
        font = self.case_no.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.case_no.setFont(font)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.state.setStyleSheet(STATE_STYLE)
        self.collective = QLabel(self)
        self.collective.setStyleSheet(
            "QLabel { background: #fce8e6; color: #8c1d18; border-radius: 4px; padding: 2px 8px; }")
        self.signed_copy = QLabel(self)
        self.signed_copy.setObjectName("signed_copy")
        self.signed_copy.setStyleSheet(
            "QLabel { background: #e8f5e9; color: #1d5b2c; border-radius: 4px; padding: 2px 8px; }")
        self.parties = QLabel(self)
        for w in (self.case_no, self.state, self.collective, self.signed_copy):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.parties, 1)
        layout.addLayout(top)
        self.mediators = QLabel(self)
        self.mediators.setObjectName("mediators")
        self.mediators.setWordWrap(True)
        layout.addWidget(self.mediators)
        self.clock_box = QWidget(self)
        self.clock_layout = QGridLayout(self.clock_box)
        self.clock_layout.setContentsMargins(0, 2, 0, 2)
        self.clock_layout.setHorizontalSpacing(6)
        layout.addWidget(self.clock_box)
        self.clock_labels: list[QLabel] = []
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, _action, text in ACTIONS:
            button = QPushButton(self.tr(text), self)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _c=False, k=key: self.action_requested.emit(k))
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        layout.addLayout(actions)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

    def load(self, view: dict[str, Any], actor: Actor) -> None:
        self.case_no.setText(view["case_no"])
        state = cap(code_name("status", view["status"]))
        if view["closed"]:
            state = self.tr("{state}, file closed").format(state=state)
        self.state.setText(state)
        self.state.setAccessibleName(self.tr("State: {state}").format(state=state))
        self.collective.setVisible(bool(view.get("collective")))
        self.collective.setText(self.tr("Collective dispute, {n} workers").format(n=view.get("worker_count") or 0))
        self.signed_copy.setVisible(bool(view.get("signed_copy")))
        self.signed_copy.setText(self.tr("Signed copy on file"))
        applicants = [p["name"] for p in view["parties"] if p["role"] == "applicant"]
        respondent = next((p["name"] for p in view["parties"] if p["role"] == "respondent"), "")
        shown = "、".join(applicants[:3]) + (self.tr(" and {n} more").format(n=len(applicants) - 3) if len(applicants) > 3 else "")
        self.parties.setText(self.tr("{applicants} v. {respondent}").format(applicants=shown, respondent=respondent))
        self._show_mediators(view)
        self._show_clocks(view.get("clocks", []))
        self._gate_actions(view, actor)

    def _show_mediators(self, view: dict[str, Any]) -> None:
        active = [m for m in view.get("mediators", []) if not m.get("ended_on")]
        if not active:
            self.mediators.setText(self.tr("Mediators: none assigned yet"))
            self.mediators.setToolTip("")
            return
        names = [self.tr("{name} (lead)").format(name=m["name"]) if m["lead"] else m["name"] for m in active]
        warnings = [f"{m['name']}: {m['link_warning']}" for m in active if m.get("link_warning")]
        text = self.tr("Mediators: {names}").format(names=", ".join(names))
        if warnings:
            text += "  ⚠ " + self.tr("recorded link to a party")
        self.mediators.setText(text)
        self.mediators.setToolTip("\n".join(warnings))

    def _show_clocks(self, clocks: list[dict[str, Any]]) -> None:
        for label in self.clock_labels:
            label.deleteLater()
        self.clock_labels = []
        if not clocks:
            clocks_none = QLabel(self.tr("No clock is running."), self.clock_box)
            self.clock_layout.addWidget(clocks_none, 0, 0)
            self.clock_labels.append(clocks_none)
            return
        for i, clock in enumerate(clocks):
            fg, bg = CLOCK_COLOURS.get(clock["status"], CLOCK_COLOURS["pending"])
            label = QLabel(clock_text(clock), self.clock_box)
            label.setObjectName(f"clock_{clock['clock']}")
            label.setStyleSheet(f"QLabel {{ color: {fg}; background: {bg}; border-radius: 4px; padding: 3px 8px; }}")
            label.setToolTip(clock["rule"])
            label.setAccessibleName(f"{clock_text(clock)} ({code_name('due', clock['status'])})")
            label.setAccessibleDescription(clock["rule"])
            self.clock_layout.addWidget(label, i // 2, i % 2)
            self.clock_labels.append(label)

    def _gate_actions(self, view: dict[str, Any], actor: Actor) -> None:
        """Show the actions the case's state allows; disable, with the reason, those this user may
        not take (role, or a mediator not assigned to the case)."""
        assigned = {m["login"] for m in view.get("mediators", []) if not m.get("ended_on")}
        for key, action, _text in ACTIONS:
            self.buttons[key].setVisible(state_allows(action, view))
            reason = why_not(actor, action, view["status"], closed=view["closed"], case_no=view["case_no"])
            if reason is None and key in HANDLER_ONLY and actor.role == "mediator" and actor.login not in assigned:
                reason = self.tr("You are not assigned to this case.")
            if reason is None and key == "recusal" and not assigned:
                reason = self.tr("No mediator is assigned yet.")
            gate(self.buttons[key], reason)
