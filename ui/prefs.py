"""Per-PC preferences of the desktop client (not office data, which lives in the database): the
last data directory, the interface language, the colour scheme, the last user and the window
geometry. Kept in an INI file in the user's config directory (``platformdirs``)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_dir
from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh", "en")
SCHEMES = ("system", "light", "dark")


def config_file() -> Path:
    return Path(user_config_dir("mediator", appauthor=False)) / "desk.ini"


class Prefs:
    def __init__(self, path: Path | None = None):
        self.path = path or config_file()
        self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: str) -> None:
        self._s.setValue(key, value)
        self._s.sync()

    @property
    def language(self) -> str | None:
        value = self._get("language")
        return value if value in LANGUAGES else None

    @language.setter
    def language(self, value: str) -> None:
        self._set("language", value)

    @property
    def scheme(self) -> str:
        value = self._get("scheme", "system")
        return value if value in SCHEMES else "system"

    @scheme.setter
    def scheme(self, value: str) -> None:
        self._set("scheme", value)

    @property
    def last_data_dir(self) -> Path | None:
        value = self._get("last_data_dir")
        return Path(value) if value else None

    @last_data_dir.setter
    def last_data_dir(self, value: Path) -> None:
        self._set("last_data_dir", str(value))

    @property
    def last_login(self) -> str | None:
        return self._get("last_login") or None

    @last_login.setter
    def last_login(self, value: str) -> None:
        self._set("last_login", value)

    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)
        self._s.sync()
