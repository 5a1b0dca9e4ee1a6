"""Translations: Qt's own strings and ours, from assist_desktop/resources/translations (assist_<lang>.qm).

English is the source language, so the English catalogue only fixes plurals; adding a
language is adding assist_<lang>.ts (pyside6-lupdate) and its compiled .qm.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from assist_desktop.platform.paths import resources_root

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def install(app: QApplication, locale: QLocale | None = None) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = locale or QLocale.system()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    folder = str(resources_root() / "translations")
    if ours.load(locale, "assist", "_", folder) or ours.load("assist_en", folder):
        app.installTranslator(ours)
        _installed.append(ours)
