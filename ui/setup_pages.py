"""The set-up wizard's form pages — the office, its chair, its mediators — and ``FormPage``, their
inline validation: each field has a red message under it (also its accessible description), shown
once the user has typed in the field or when set-up reported a problem with it; the first problem
is always stated at the foot of the page, and the wizard's Next button stays disabled until none is
left. The rules are the core's (``accounts.validate_office``, ``users.validate_new_user``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from mediator.domain.casenumber import DEFAULT_FORMAT, FIELD, format_case_number
from mediator.errors import MediatorError
from mediator.i18n import label
from mediator.services import accounts, users
from mediator.services.fields import beijing_today
from mediator.store.models.org import OFFICE_KINDS
from ui.errors import ERROR_STYLE, error_label  # noqa: F401  (ERROR_STYLE: the wizard's too)
from ui.mnemonic import without_mnemonic

OFFICE_KIND_NAMES = {
    "township": QT_TRANSLATE_NOOP("OfficePage", "Township (乡镇)"),
    "street": QT_TRANSLATE_NOOP("OfficePage", "Sub-district (街道)"),
    "village": QT_TRANSLATE_NOOP("OfficePage", "Village (村)"),
    "park_station": QT_TRANSLATE_NOOP("OfficePage", "Industrial park station"),
    "enterprise": QT_TRANSLATE_NOOP("OfficePage", "Enterprise"),
    "peoples_mediation": QT_TRANSLATE_NOOP("OfficePage", "People's mediation committee"),
}


class FormPage(QWizardPage):
    """A wizard page of fields with inline validation; subclasses add fields and say ``problems()``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = QFormLayout()
        self.fields: dict[str, tuple[QLineEdit, QLabel, str]] = {}  # key → (edit, message, caption)
        self.touched: set[str] = set()
        self.reported: dict[str, str] = {}  # problems set-up reported, until the field is edited
        self.reason = error_label()
        self.reason.setObjectName("reason")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.reason)

    def add_field(self, key: str, caption: str, edit: QLineEdit, under: QWidget | None = None) -> QLineEdit:
        """Add ``edit`` under ``caption`` (with an optional widget between it and its message)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        if under is not None:
            column.addWidget(under)
        message = error_label()
        message.setObjectName(f"{key}_problem")
        column.addWidget(message)
        caption_label = QLabel(caption)
        caption_label.setBuddy(edit)
        plain = without_mnemonic(caption)
        edit.setAccessibleName(plain)
        edit.setObjectName(key)
        self.form.addRow(caption_label, box)
        self.fields[key] = (edit, message, plain)
        edit.textEdited.connect(lambda _text, key=key: self._edited(key))
        return edit

    def problems(self) -> dict[str, str]:
        """The current problems as field key → message (overridden)."""
        return {}

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.reported.pop(key, None)
        self.refresh()

    def report(self, problems: dict[str, str]) -> None:
        """Show problems set-up found, each under its field, until that field is edited."""
        self.reported.update(problems)
        self.refresh()

    def focus_first_problem(self) -> None:
        found = self.all_problems()
        for key, (edit, _message, _caption) in self.fields.items():
            if key in found:
                edit.setFocus()
                edit.selectAll()
                return

    def all_problems(self) -> dict[str, str]:
        return {**self.problems(), **self.reported}

    def refresh(self) -> None:
        found = self.all_problems()
        for key, (edit, message, _caption) in self.fields.items():
            text = found.get(key, "") if key in self.touched or key in self.reported else ""
            message.setText(text)
            message.setVisible(bool(text))
            edit.setAccessibleDescription(text)
        first = next(iter(found.items()), None)
        if first is None:
            self.reason.hide()
        else:
            key, text = first
            caption = self.fields[key][2] if key in self.fields else ""
            line = self.tr("To continue: {field} — {problem}").format(field=caption, problem=text) if caption else text
            self.reason.setText(line)
            self.reason.show()
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return not self.all_problems()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.refresh()


def join(messages: list[str]) -> str:
    return "; ".join(dict.fromkeys(messages))


class OfficePage(FormPage):
    """The office: name, short name, code, kind and case-number format with a live preview."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Your office"))
        self.setSubTitle(self.tr("These appear on every document and case number."))
        self.name = self.add_field("name", self.tr("Office &name"), QLineEdit())
        self.name.setPlaceholderText(self.tr("e.g. 旧城镇劳动争议调解委员会"))
        self.short_name = self.add_field("short_name", self.tr("&Short name"), QLineEdit())
        self.short_name.setPlaceholderText(self.tr("used in case numbers, e.g. 旧城"))
        self.code = self.add_field("code", self.tr("Office &code"), QLineEdit())
        self.code.setPlaceholderText(self.tr("your registered code, at most 32 characters"))
        self.kind = QComboBox()
        for kind in OFFICE_KINDS:
            self.kind.addItem(QCoreApplication.translate("OfficePage", OFFICE_KIND_NAMES.get(kind, kind)), kind)
        kind_label = QLabel(self.tr("&Kind of office"))
        kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Kind of office"))
        self.form.addRow(kind_label, self.kind)
        self.preview = QLabel()
        self.preview.setObjectName("preview")
        self.preview.setWordWrap(True)
        self.format = self.add_field("format", self.tr("Case number &format"), QLineEdit(DEFAULT_FORMAT), self.preview)
        self.format.setToolTip(self.tr("{office} is the short name; {year} and {seq} are required; "
                                       "{seq:03d} pads the number to three digits."))
        for edit in (self.name, self.short_name, self.format):
            edit.textChanged.connect(self.update_preview)
        self.update_preview()

    def values(self) -> dict[str, str]:
        """``init_office`` keyword arguments for the office."""
        return {"office_name": self.name.text().strip(), "short_name": self.short_name.text().strip() or None,
                "office_code": self.code.text().strip(), "kind": self.kind.currentData(),
                "case_number_format": self.format.text()}

    def problems(self) -> dict[str, str]:
        keys = {label("office.code"): "code", label("office.name"): "name", FIELD: "format"}
        found: dict[str, list[str]] = {}
        for p in accounts.validate_office(**self.values()):
            found.setdefault(keys.get(p.field, "format"), []).append(p.message)
        return {key: join(found[key]) for key in self.fields if key in found}

    def example(self) -> str:
        """Case number 12 of this year in the format typed, or "" while the format is invalid."""
        office = self.short_name.text().strip() or self.name.text().strip() or self.tr("Office")
        try:
            return format_case_number(self.format.text(), office, beijing_today().year, 12)
        except (MediatorError, ValueError):  # an invalid format has no example; its message says why
            return ""

    def update_preview(self) -> None:
        example = self.example()
        self.preview.setText(self.tr("Example: {number}").format(number=example) if example else "")
        self.preview.setVisible(bool(example))


class ChairPage(FormPage):
    """The chair's account: name, login and the password typed twice."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The chair"))
        self.setSubTitle(self.tr("The chair (主任) manages the users; set-up signs you in as the chair."))
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.login = self.add_field("login", self.tr("&Login"), QLineEdit("chair"))
        self.password = self.add_field("password", self.tr("&Password"), QLineEdit())
        self.confirm = self.add_field("confirm", self.tr("&Repeat password"), QLineEdit())
        for edit in (self.password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)

    def values(self) -> dict[str, str]:
        return {"chair_name": self.name.text().strip(), "chair_login": self.login.text().strip(),
                "password": self.password.text()}

    def problems(self) -> dict[str, str]:
        v = self.values()
        found: dict[str, list[str]] = {}
        for p in users.validate_new_user(v["chair_login"], v["chair_name"], "chair", v["password"]):
            found.setdefault(accounts.user_problem_key(p) or "login", []).append(p.message)
        if self.confirm.text() != self.password.text():
            found.setdefault("confirm", []).append(self.tr("The two passwords are not the same"))
        return {key: join(found[key]) for key in self.fields if key in found}


class MediatorsPage(FormPage):
    """The mediators' accounts made with the office (there may be none): type one, Add, repeat."""

    def __init__(self, taken_login: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.taken_login = taken_login  # the chair's login, which a mediator may not reuse
        self.mediators: list[dict[str, str]] = []
        self.setTitle(self.tr("Mediators"))
        self.setSubTitle(self.tr("Add an account for each mediator now, or later in Settings. "
                                 "Tell each mediator their login and password."))
        self.name = self.add_field("name", self.tr("&Name"), QLineEdit())
        self.login = self.add_field("login", self.tr("&Login"), QLineEdit())
        self.password = self.add_field("password", self.tr("&Password"), QLineEdit())
        self.password.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.add_button = QPushButton(self.tr("&Add mediator"))
        self.add_button.clicked.connect(self.add_mediator)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.form.addRow("", add_row)
        for edit in (self.name, self.login, self.password):
            edit.returnPressed.connect(self.add_mediator)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Login")])
        self.table.setAccessibleName(self.tr("Mediators to add"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows())))
        self.remove_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout().insertLayout(1, row)

    def entry(self) -> dict[str, str]:
        return {"name": self.name.text().strip(), "login": self.login.text().strip(),
                "password": self.password.text()}

    def entry_started(self) -> bool:
        return any(self.entry().values())

    def problems(self) -> dict[str, str]:
        rows = self.mediators + ([self.entry()] if self.entry_started() else [])
        entry: dict[str, list[str]] = {}
        listed: list[str] = []
        for p in accounts.validate_mediators(rows, taken=[self.taken_login()]):
            index, key = parse_row_field(p.field)
            if index == len(self.mediators):
                entry.setdefault(key, []).append(p.message)
            else:
                listed.append(self.tr("Mediator {n} ({login}): {problem}").format(
                    n=index + 1, login=rows[index]["login"], problem=p.message))
        found = {key: join(entry[key]) for key in self.fields if key in entry}
        if self.entry_started() and not found:
            found["add"] = self.tr("press Add mediator to keep the mediator you typed, or clear the fields")
        if listed:
            found["rows"] = join(listed)
        return found

    def add_mediator(self) -> None:
        if not self.entry_started() or set(self.problems()) - {"add", "rows"}:
            self.touched.update(self.fields)
            self.refresh()
            return
        person = self.entry()
        self.mediators.append(person)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(person["name"]))
        self.table.setItem(row, 1, QTableWidgetItem(person["login"]))
        for edit in (self.name, self.login, self.password):
            edit.clear()
        self.touched.clear()
        self.name.setFocus()
        self.refresh()

    def remove_selected(self) -> None:
        for index in sorted((i.row() for i in self.table.selectionModel().selectedRows()), reverse=True):
            self.table.removeRow(index)
            del self.mediators[index]
        self.reported.pop("rows", None)
        self.refresh()


def parse_row_field(path: str) -> tuple[int, str]:
    """``("mediator[2].login")`` → ``(2, "login")``."""
    match = re.fullmatch(r"mediator\[(\d+)\]\.(\w+)", path)
    return (int(match.group(1)), match.group(2)) if match else (-1, path)
