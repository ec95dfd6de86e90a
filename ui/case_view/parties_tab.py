"""The parties tab: applicants, respondent and agents in a table (ID numbers masked unless the user
may see them and asks — that full view is logged), the case's mediators with any recorded link to
a party, and the recusal requests with the chair's decision."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediator.i18n import code_name
from ui.context import AppContext
from ui.permissions import gate, why_not


def read_only_table(columns: list[str], parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)  # one line a party; the full text of a long cell is in its tooltip
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setAccessibleName(name)
    return table


def fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text() if len(item.text()) > 20 else "")
            table.setItem(r, c, item)


class PartiesTab(QWidget):
    """``load(view)`` shows the parties; ``reveal_requested`` asks the case view to reload with
    full ID numbers; ``decide_requested(request)`` opens the recusal decision."""

    reveal_requested = Signal()
    decide_requested = Signal(dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._recusals: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.id_note = QLabel(self)
        self.id_note.setObjectName("id_note")
        self.reveal = QPushButton(self.tr("Show full ID numbers"), self)
        self.reveal.setObjectName("reveal_ids")
        self.reveal.setVisible(ctx.actor.sees_full_ids)
        self.reveal.clicked.connect(self.reveal_requested)
        bar.addWidget(self.id_note, 1)
        bar.addWidget(self.reveal)
        layout.addLayout(bar)
        self.table = read_only_table([self.tr("Role"), self.tr("Name"), self.tr("ID number / credit code"),
                                      self.tr("Phone"), self.tr("Address"), self.tr("Employer / legal representative"),
                                      self.tr("Job")], self, self.tr("Parties"))
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 3)
        people = QGroupBox(self.tr("Mediators"), self)
        box = QVBoxLayout(people)
        self.mediators = read_only_table([self.tr("Name"), self.tr("Lead"), self.tr("Assigned"), self.tr("Ended"),
                                          self.tr("Recorded link to a party")], people, self.tr("Mediators"))
        box.addWidget(self.mediators)
        layout.addWidget(people, 1)
        recusal = QGroupBox(self.tr("Recusal requests"), self)
        box = QVBoxLayout(recusal)
        self.recusals = read_only_table([self.tr("Mediator"), self.tr("Requested by"), self.tr("Reason"),
                                         self.tr("Requested"), self.tr("Decision"), self.tr("Decision reason")],
                                        recusal, self.tr("Recusal requests"))
        box.addWidget(self.recusals)
        self.decide = QPushButton(self.tr("Decide selected request…"), recusal)
        self.decide.setObjectName("decide_recusal")
        self.decide.clicked.connect(self._decide)
        box.addWidget(self.decide)
        self.recusal_box = recusal
        layout.addWidget(recusal, 1)

    def load(self, view: dict[str, Any]) -> None:
        refs = {p["ref"]: p["name"] for p in view["parties"]}
        fill(self.table, [self._party_row(p, refs) for p in view["parties"]])
        if view["ids_revealed"]:
            self.id_note.setText(self.tr("Full ID numbers are shown. This view has been logged in the case history."))
        else:
            self.id_note.setText(self.tr("ID numbers are masked to protect personal information."))
        self.reveal.setEnabled(not view["ids_revealed"])
        names = {m["login"]: m["name"] for m in view["mediators"]}
        fill(self.mediators, [[m["name"], self.tr("lead") if m["lead"] else "", m["assigned_on"], m["ended_on"],
                               m["link_warning"]] for m in view["mediators"]])
        self._recusals = view["recusals"]
        fill(self.recusals, [[names.get(r["mediator"], r["mediator"]), r["requested_by"], r["reason"], r["requested_on"],
                              code_name("decision", r["decision"]) or self.tr("pending"), r["decision_reason"]]
                             for r in view["recusals"]])
        self.recusal_box.setVisible(bool(view["recusals"]))
        pending = any(r["decision"] is None for r in view["recusals"])
        gate(self.decide, why_not(self.ctx.actor, "recusal_decide", view["status"], closed=view["closed"],
                                  case_no=view["case_no"]) if pending else self.tr("No request is waiting for a decision."))

    def _party_row(self, p: dict[str, Any], refs: dict[str | None, str]) -> list[Any]:
        role = code_name("party", p["role"])
        role = role[:1].upper() + role[1:]
        if p["is_representative"]:
            role += " · " + code_name("party", "representative")
        if p["represents"]:
            role = self.tr("{role} of {name}").format(role=role, name=refs.get(p["represents"], ""))
        ident = p["id_number"] or p["credit_code"] or ""
        if p["id_number"] and p["id_type"] and p["id_type"] != "citizen_id":
            ident += f" ({code_name('id_type', p['id_type'])})"
        phone = " / ".join(x for x in (p["phone"], p["landline"]) if x)
        if p["kind"] == "organisation":
            employer = " ".join(x for x in (p["legal_rep"], p["legal_rep_title"]) if x)
        else:
            employer = p["employer_name"] or p["authority"] or ""
        return [role, p["name"], ident, phone, p["address"], employer, p["job"]]

    def _decide(self) -> None:
        row = self.recusals.currentRow()
        pending = [r for r in self._recusals if r["decision"] is None]
        chosen = self._recusals[row] if 0 <= row < len(self._recusals) else None
        request = chosen if chosen and chosen["decision"] is None else (pending[0] if pending else None)
        if request is not None:
            self.decide_requested.emit(request)
