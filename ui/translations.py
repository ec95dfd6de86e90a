"""Installing the interface language: our Qt Linguist catalog (``resources/translations``, built
from the committed ``.ts`` sources into ``.qm`` by the set-up), Qt's own ``qtbase`` catalog, and
the core's message catalog, so that one choice changes every visible string."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mediator import i18n
from mediator.paths import resources_dir

QT_LOCALES = {"zh": "zh_CN"}
_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> list[str]:
    """Switch the interface to ``language`` ("zh" or "en"); returns the catalogs loaded.

    A missing ``.qm`` (the set-up was skipped) leaves that catalog's strings in English rather
    than failing; ``make run`` and ``make test`` build them."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    loaded: list[str] = []
    locale = QT_LOCALES.get(language)
    if locale is None:
        return loaded
    QLocale.setDefault(QLocale(locale))
    catalogs = [
        (f"mediator_{locale}", str(resources_dir() / "translations")),
        (f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, folder in catalogs:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    return loaded
