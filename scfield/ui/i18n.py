"""The app's language: Qt translators, compiled translations and CJK fonts.

The language is the user's choice in Settings › Language (``QSettings`` key
``language``), else the system locale (``QLocale.system()``), else English;
``SCFIELD_LANGUAGE`` in the environment overrides both (tests, screenshots).
It is applied when the app starts (``setup_language`` in ``app.application``):
the app's own ``scfield_<lang>.qm`` plus Qt's ``qtbase_<lang>.qm`` (the
standard buttons of dialogs).

Translators edit ``resources/i18n/scfield_<lang>.ts``; the ``.qm`` Qt loads is
never committed: it is compiled beside the ``.ts`` when the package is built or
installed (``setup.py``, with the lrelease that ships in PySide6;
``scfield/catalogues.py``), so ``pip install .`` then ``scfield`` shows French
and nothing is compiled at start.

The bundled fonts (``resources/fonts``, IPAGothic for Japanese) are
registered with Qt and set as the fallback for Han, Hiragana and Katakana, so
Japanese never shows boxes on a machine without CJK fonts.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHeaderView

from scfield.errors import FrameworkError
from scfield.framework import Framework
from scfield.i18n import LANGUAGES, REFERENCE_LANGUAGE, base_language, translated_framework
from scfield.messages import LANGUAGE_ENV
from scfield.paths import APP_NAME, resource_path

log = logging.getLogger("scfield.ui")

SETTING = "language"  # "" = follow the system
CJK_FAMILY = "IPAGothic"


def settings() -> QSettings:
    """scfield's per-user settings (named, so they do not depend on the app's name)."""
    return QSettings(APP_NAME, APP_NAME)


def chosen_language() -> str:
    """The language set in Settings (``""``: follow the system)."""
    value = settings().value(SETTING, "")
    value = value if isinstance(value, str) else ""
    return value if value in LANGUAGES else ""


def set_chosen_language(language: str) -> None:
    """Store the choice (``""`` = system default); it applies at the next start."""
    store = settings()
    store.setValue(SETTING, language if language in LANGUAGES else "")
    store.sync()


def system_language() -> str:
    """The system locale's language if scfield ships it, else English."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        language = base_language(name)
        if language in LANGUAGES:
            return language
    return REFERENCE_LANGUAGE


def ui_language() -> str:
    """The language the app shows: ``SCFIELD_LANGUAGE``, else the setting, else the system's.

    The environment variable (``en``, ``fr``, ``es``, ``ja``) is for tests, screenshots
    and a one-off ``SCFIELD_LANGUAGE=ja scfield``; it does not change the setting.
    """
    forced = base_language(os.environ.get(LANGUAGE_ENV, ""))
    if os.environ.get(LANGUAGE_ENV) and forced in LANGUAGES:
        return forced
    return chosen_language() or system_language()


def current_language() -> str:
    """The language installed in the running app (``setup_language``); English before."""
    app = QCoreApplication.instance()
    value = app.property("scfield_language") if app is not None else None
    return value if isinstance(value, str) and value else REFERENCE_LANGUAGE


def display_framework(framework: Framework) -> Framework:
    """``framework`` with its texts in the app's language, for display only.

    A broken translation file must not stop an interview: it is logged and
    the English shown.
    """
    try:
        return translated_framework(framework, current_language())
    except FrameworkError as exc:
        log.warning("%s", exc)
        return framework


# -- compiled translations ------------------------------------------------------------------
def ts_path(language: str, folder: Path | None = None) -> Path:
    """The Qt Linguist source of ``language``: shipped, or in ``folder`` (a translator's
    working copy, or a test's)."""
    name = f"scfield_{language}.ts"
    return folder / name if folder is not None else resource_path("i18n", name)


def qm_file(language: str, folder: Path | None = None) -> Path | None:
    """The compiled translation for ``language``: the ``.qm`` built beside the ``.ts`` when
    the package was built or installed (``setup.py``; ``packaging/bundle_data.py`` for the
    standalone app). Nothing is compiled at start."""
    qm = ts_path(language, folder).with_suffix(".qm")
    return qm if qm.is_file() else None


class _Translator(QTranslator):
    """scfield's translator. Module-level ``tr()`` helpers pass a context name, but
    lupdate files their strings under the empty context: look there too."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        # None (a null QString) lets Qt ask the next translator (qtbase); an empty
        # string would stop the search and blank Qt's own buttons.
        return found or None


_installed: list[QTranslator] = []


def setup_language(language: str | None = None) -> str:
    """Install the translators for ``language`` (default: ``ui_language()``); returns it.

    Called once at start; calling it again replaces the translators (widgets built
    before keep their texts).
    """
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    language = language or ui_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != REFERENCE_LANGUAGE:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _installed.append(qt)
        qm = qm_file(language)
        own = _Translator(app)
        if qm is not None and own.load(str(qm)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("no compiled translation for %s (pip install . compiles it): the "
                        "app shows English", language)
    # Dates and numbers Qt formats follow the language, in the system's own region
    # when it speaks that language (fr_CA stays fr_CA).
    system = QLocale.system()
    QLocale.setDefault(system if base_language(system.name()) == language
                       else QLocale(language))
    app.setProperty("scfield_language", language)
    return language


def register_fonts() -> list[str]:
    """Register the bundled fonts; make IPAGothic the fallback for Japanese scripts."""
    families: list[str] = []
    folder = resource_path("fonts")
    for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else []:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("cannot load the font %s", path)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    if CJK_FAMILY in families and hasattr(QFontDatabase, "addApplicationFallbackFontFamily"):
        from PySide6.QtCore import QChar

        for script in (QChar.Script.Script_Han, QChar.Script.Script_Hiragana,
                       QChar.Script.Script_Katakana, QChar.Script.Script_Common):
            QFontDatabase.addApplicationFallbackFontFamily(script, CJK_FAMILY)
    return families


def fit_header_labels(header: QHeaderView) -> None:
    """Widen fixed-width columns whose (translated) title is wider than the column.

    The widths in the code suit English; "Consentimiento" or "Personne interrogée"
    would otherwise be cut off. Stretched columns already take what is left.
    """
    model = header.model()
    if model is None:
        return
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        needed = metrics.horizontalAdvance(text) + 16  # the style's margins
        if header.sectionSize(section) < needed:
            header.resizeSection(section, needed)


def fmt(score: float | None) -> str:
    """A score as the app's language writes it ("2,18" in French, "2.18" in English):
    the same rule as the report and the CLI (``scfield.reasons.fmt``, CLDR by Babel)."""
    from scfield.reasons import fmt as in_language

    return in_language(score, current_language())
