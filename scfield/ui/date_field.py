"""An optional date: a ``QDateEdit`` with a calendar popup, and a button to empty it.

The profile's start and end dates are optional and stored as text
(``YYYY-MM-DD``, or ``""`` when not given). A plain ``QDateEdit`` always holds a
date, so "no date" is its minimum date shown with ``specialValueText``. A value
that is not an ISO date (typed as "March 2025" in a field workbook) is shown as
it is in that same place and kept unchanged until the expert picks a date: the
editor never rewrites what it cannot read.

When the field is empty, the calendar opens on today, and the arrow
keys and typed digits start from today, rather than from the sentinel's year 1900.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolButton

ISO = "yyyy-MM-dd"
NO_DATE = QDate(1900, 1, 1)  # the minimum date: shown as the special text, stored as ""
START_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class DateField(QObject):
    """Drives a Designer ``QDateEdit`` and its clear ``QToolButton``.

    ``edited(text)`` is emitted on every change the user makes (a day picked, a
    section typed, the date cleared), never when ``set_text`` loads a value.
    """

    edited = Signal(str)

    def __init__(self, edit: QDateEdit, clear: QToolButton) -> None:
        super().__init__(edit)
        self.edit = edit
        self.clear_button = clear
        self._other = ""  # a stored value that is not an ISO date, shown as it is
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(ISO)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setSpecialValueText(self.tr("no date"))
        edit.dateChanged.connect(self._date_changed)
        edit.installEventFilter(self)
        self.calendar = edit.calendarWidget()  # asked once: asking creates it, with events
        self.calendar.installEventFilter(self)
        clear.setText(self.tr("Clear"))
        clear.setToolTip(self.tr("Leave the date empty"))
        clear.clicked.connect(self.clear)

    def text(self) -> str:
        """The value to store: ``YYYY-MM-DD``, a kept non-ISO text, or ``""``."""
        date = self.edit.date()
        if date == NO_DATE:
            return self._other
        return date.toString(ISO)

    def set_text(self, value: str) -> None:
        """Show a stored value (no ``edited`` signal)."""
        value = value.strip()
        date = QDate.fromString(value, ISO) if value else QDate()
        self._other = "" if date.isValid() or not value else value
        self._set_special()
        self.edit.blockSignals(True)
        self.edit.setDate(date if date.isValid() and date > NO_DATE else NO_DATE)
        self.edit.blockSignals(False)
        self._update_clear()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.clear_button.setEnabled(not read_only and self.text() != "")

    def clear(self) -> None:
        if self.edit.isReadOnly() or self.text() == "":
            return
        self._other = ""
        self._set_special()
        self.edit.blockSignals(True)
        self.edit.setDate(NO_DATE)
        self.edit.blockSignals(False)
        self._update_clear()
        self.edited.emit("")

    def _set_special(self) -> None:
        self.edit.setSpecialValueText(self._other or self.tr("no date"))
        self.edit.setToolTip(self.tr("Stored as “{text}”: pick a date to replace it")
                             .format(text=self._other) if self._other else "")

    def _date_changed(self, _date: QDate) -> None:
        if self.edit.date() != NO_DATE:
            self._other = ""
            self._set_special()
        self._update_clear()
        self.edited.emit(self.text())

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.edit.isReadOnly() and self.text() != "")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.Show):
            return super().eventFilter(obj, event)
        empty = self.edit.date() == NO_DATE
        if (obj is self.edit and empty and not self.edit.isReadOnly()
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            if event.key() in START_KEYS:
                self.edit.setDate(QDate.currentDate())  # start from today, not from 1900
                return True
            if Qt.Key.Key_0 <= event.key() <= Qt.Key.Key_9:
                # Typing a date into "no date": today's date, its year selected, takes
                # the digits (the key itself is then handled as usual).
                self.edit.setDate(QDate.currentDate())
                self.edit.setSelectedSection(QDateEdit.Section.YearSection)
        if obj is self.calendar and event.type() == QEvent.Type.Show and empty:
            # Today highlighted on this month's page (signals blocked: opening the
            # calendar must not fill the date; Return or a click does).
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(QDate.currentDate())
            self.calendar.blockSignals(False)
        return super().eventFilter(obj, event)
