"""Finding text that a translation made too long for its widget."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def clipped_widgets(root: QWidget) -> list[str]:
    """Visible buttons, radios, check boxes and one-line labels narrower than their text."""
    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or "<" in widget.text()):
            continue
        if widget.width() + 1 < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: "
                         f"{widget.text()!r} needs {widget.minimumSizeHint().width()} px, "
                         f"has {widget.width()}")
    return found


def clipped_headers(root: QWidget) -> list[str]:
    """Fixed-width column headers of tables and trees narrower than their title."""
    from PySide6.QtWidgets import QHeaderView

    found = []
    for header in root.findChildren(QHeaderView):
        if not header.isVisible() or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section) or (
                    header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive):
                continue  # hidden, or sized by Qt (to its contents, or stretched)
            text = str(model.headerData(section, header.orientation()) or "")
            needed = metrics.horizontalAdvance(text) + 12  # the style's margins
            if text and header.sectionSize(section) < needed:
                found.append(f"column {section} {text!r} needs {needed} px, "
                             f"has {header.sectionSize(section)}")
    return found


def clipped_placeholders(root: QWidget) -> list[str]:
    """Line edits whose grey hint text is wider than the box."""
    from PySide6.QtWidgets import QLineEdit

    found = []
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisible() and hint and not edit.text():
            needed = edit.fontMetrics().horizontalAdvance(hint) + 12
            if edit.width() < needed:
                found.append(f"{edit.objectName()!r}: {hint!r} needs {needed} px, "
                             f"has {edit.width()}")
    return found


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys that two visible controls of one window claim (the second one
    never gets it): buttons, labels with a buddy, tabs, and the menu bar's menus."""
    import re
    from collections import defaultdict

    from PySide6.QtWidgets import QMenuBar, QTabBar

    def key(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        return found.group(1).lower() if found else None

    owners: dict[str, list[str]] = defaultdict(list)
    texts = [w.text() for w in root.findChildren(QAbstractButton)
             if w.isVisible() and not isinstance(w.parent(), QTabBar)]
    texts += [w.text() for w in root.findChildren(QLabel)
              if w.isVisible() and w.buddy() is not None]
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    for menu_bar in root.findChildren(QMenuBar):
        if menu_bar.isVisible():
            texts += [a.text() for a in menu_bar.actions()]
    for text in texts:
        letter = key(text)
        if letter:
            owners[letter].append(text)
    return [f"Alt+{k}: {', '.join(map(repr, v))}" for k, v in owners.items() if len(v) > 1]
