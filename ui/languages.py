"""The language of this counter: which UI languages exist, which one is chosen, and putting it in place.

The languages are English (the source) plus one per ``resources/translations/carebook_<code>.qm``
present, so adding a language is one file (with its ``.po`` and its line in ``carebook.i18n``). The
choice belongs to the seat (``view/language`` in ``ui.state``): empty follows the system's language
(``QLocale.system()``), else a code such as ``de`` or ``pt_BR``. A language without its ``.qm`` file
shows English, without an error.

``apply(app, code)`` installs the app's translator and Qt's own (``qtbase_<code>.qm`` shipped with
PySide6: standard buttons, file dialogs), makes the language QLocale's default (numbers and dates in the
UI) and sets the layout direction (Arabic mirrors the whole window); the core's messages follow it
(``carebook.i18n.set_default``). Pages and dialogs take their texts when they are built, so a new choice
in the settings is used from the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from carebook import i18n
from carebook.i18n import LANGUAGES
from carebook.resources import resource_path
from ui.state import LocalState, declare

KEY = "view/language"
SOURCE = "en"
declare(KEY, str, "", "the language of this counter's screens (empty: the system's language)")

# Qt ships no Bokmål catalogue of its own strings; Nynorsk's standard buttons read the same.
QT_FALLBACK = {"nb": "nn"}


def folder() -> Path:
    return resource_path("translations")


def available(where: Path | None = None) -> dict[str, str]:
    """Code -> the language's name in itself: English, then every language with a ``.qm`` file."""
    found = {SOURCE: LANGUAGES.get(SOURCE, "English")}
    for path in sorted((where or folder()).glob("carebook_*.qm")):
        code = path.stem.removeprefix("carebook_")
        found[code] = LANGUAGES.get(code) or _own_name(code)
    return found


def _own_name(code: str) -> str:
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def system_language(where: Path | None = None, wanted_ones: list[str] | None = None) -> str:
    """The first of the system's UI languages (or of ``wanted_ones``) Carebook has, exactly or by its
    language ("de-AT" -> "de"), else English."""
    codes = available(where)
    for wanted in QLocale.system().uiLanguages() if wanted_ones is None else wanted_ones:
        wanted = wanted.replace("-", "_")
        if wanted in codes:
            return wanted
        base = wanted.split("_")[0]
        match = next((code for code in codes if code.split("_")[0] == base), None)
        if match is not None:
            return match
    return SOURCE


def chosen(state: LocalState, where: Path | None = None) -> str:
    """The seat's choice when Carebook still has it, else the system's language."""
    code = str(state.get(KEY))
    return code if code in available(where) else system_language(where)


def apply(app: QApplication, code: str, where: Path | None = None) -> None:
    """Make ``code`` the language of the screens (replacing any earlier one)."""
    for old in getattr(app, "_carebook_translators", []):
        app.removeTranslator(old)
    locale = _locale(code)
    translators: list[QTranslator] = []
    qt = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_code = QT_FALLBACK.get(code, code)
    if code != SOURCE and qt.load(QLocale(qt_code), "qtbase", "_", qt_path):
        translators.append(qt)
    own = QTranslator(app)
    if code != SOURCE and own.load(str((where or folder()) / f"carebook_{code}.qm")):
        translators.append(own)
    for translator in translators:
        app.installTranslator(translator)
    app._carebook_translators = translators  # type: ignore[attr-defined]  # kept alive with the app
    QLocale.setDefault(locale)
    # The core's own messages (field checks, import problems, storage errors) in the same language, on
    # every thread; a language Carebook's core does not know keeps them English.
    i18n.set_default(code if code in LANGUAGES else SOURCE)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )


def _locale(code: str) -> QLocale:
    """The system's locale when it speaks ``code`` (its region's conventions: en_GB writes 24-hour times),
    else the language's own."""
    system = QLocale.system()
    same = system.name().split("_")[0] == code.split("_")[0]
    if same or (code == SOURCE and system.language() == QLocale.Language.C):
        return system
    return QLocale(code)
