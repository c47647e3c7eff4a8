"""A PDF's pages on screen and on paper, rendered by PDFium (pypdfium2).

The print preview shows the very file that is printed or saved, so it needs a
PDF renderer. Qt's own (QtPdf) ships only in PySide6-Addons, 439 MB installed for
this one widget; pypdfium2 is 4 MB and renders the same pages (PDFium is also
what QtPdf wraps). PDFium is not thread-safe, and printing renders on a helper
thread while the preview renders on the GUI thread, so every call into it holds
one lock.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

_PDFIUM = threading.Lock()
PAGE_SPACING = 12


class PdfFile:
    """An open PDF: its page sizes (points) and pages rendered to ``QImage``."""

    def __init__(self, path: str | Path) -> None:
        import pypdfium2 as pdfium

        with _PDFIUM:
            self._pdf = pdfium.PdfDocument(str(path))
            self.sizes = [self._pdf[i].get_size() for i in range(len(self._pdf))]

    def page_count(self) -> int:
        return len(self.sizes)

    def render(self, index: int, width: int) -> QImage:
        """Page ``index`` (0-based) as an image ``width`` pixels wide."""
        points_wide = self.sizes[index][0]
        with _PDFIUM:
            bitmap = self._pdf[index].render(scale=width / points_wide, rev_byteorder=True,
                                             prefer_bgrx=True)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            return image.copy()  # detach from the buffer, which PDFium frees

    def close(self) -> None:
        with _PDFIUM:
            self._pdf.close()


class PdfPages(QScrollArea):
    """Every page of a PDF, one under the other, fitted to the width or whole.

    Pages are drawn when they come into view (and again at a new size), so a long
    report opens at once and scrolling stays smooth.
    """

    currentPageChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file: PdfFile | None = None
        self.whole_page = False
        self._labels: list[QLabel] = []
        self._drawn: dict[int, int] = {}  # page -> width it was drawn at
        self._current = 0
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #8a8a8a; }")
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content -------------------------------------------------------------------------
    def load(self, path: str | Path) -> None:
        """Show ``path`` from its first page (the previous file, if any, is closed)."""
        self.close_file()
        self.file = PdfFile(path)
        holder = QWidget()
        holder.setObjectName("pdf_pages")
        column = QVBoxLayout(holder)
        column.setSpacing(PAGE_SPACING)
        column.setContentsMargins(PAGE_SPACING, PAGE_SPACING, PAGE_SPACING, PAGE_SPACING)
        self._labels = []
        for _ in range(self.file.page_count()):
            label = QLabel(holder)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        column.addStretch(1)
        self.setWidget(holder)
        self._drawn.clear()
        self._current = 0
        self._layout_pages()
        self.verticalScrollBar().setValue(0)
        self._draw_visible()

    def page_count(self) -> int:
        return self.file.page_count() if self.file is not None else 0

    def current_page(self) -> int:
        return self._current

    def set_whole_page(self, whole: bool) -> None:
        """Fit whole pages (or the width), staying on the page being read."""
        self.whole_page = whole
        self.show_page(self._current)

    def show_page(self, index: int) -> None:
        """Lay the pages out for the view's size and scroll to the top of page ``index``."""
        self._layout_pages()
        if self._labels:
            label = self._labels[max(0, min(index, len(self._labels) - 1))]
            self.verticalScrollBar().setValue(label.y() - PAGE_SPACING)
        self._draw_visible()

    def close_file(self) -> None:
        if self.file is not None:
            self.file.close()
            self.file = None

    # -- drawing -------------------------------------------------------------------------
    def page_size(self, index: int) -> QSize:
        """The on-screen size of page ``index`` for the current view width and mode."""
        assert self.file is not None
        width, height = self.file.sizes[index]
        room = self.viewport().size()
        fit_width = max(room.width() - 2 * PAGE_SPACING, 100)
        if self.whole_page:
            fit_width = min(fit_width, round(max(room.height() - 2 * PAGE_SPACING, 100)
                                             * width / height))
        return QSize(fit_width, round(fit_width * height / width))

    def _layout_pages(self) -> None:
        if self.file is None:
            return
        for index, label in enumerate(self._labels):
            label.setFixedSize(self.page_size(index))
        self.widget().layout().activate()  # place the pages now: drawing needs their y

    def _visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        return [i for i, label in enumerate(self._labels)
                if label.y() < bottom + label.height() and label.y() + label.height() > top]

    def _draw_visible(self) -> None:
        if self.file is None:
            return
        for index in self._visible_pages():
            width = self._labels[index].width()
            if self._drawn.get(index) != width:
                image = self.file.render(index, width)
                self._labels[index].setPixmap(QPixmap.fromImage(image))
                self._drawn[index] = width

    def _scrolled(self, value: int) -> None:
        self._draw_visible()
        middle = value + self.viewport().height() // 2
        page = next((i for i, label in enumerate(self._labels)
                     if label.y() + label.height() + PAGE_SPACING > middle), 0)
        if page != self._current:
            self._current = page
            self.currentPageChanged.emit(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.file is not None:
            self.show_page(self._current)  # pages grow or shrink: keep the one being read
