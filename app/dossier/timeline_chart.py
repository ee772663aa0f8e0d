"""A timeline chart drawn with QPainter (QtCharts is not in PySide6-Essentials): per year — or
per month when everything falls within three years — bars of documents, demands made by the
actor and demands made of it, with a count axis and period labels a reader understands.

A click selects one period, a drag several; `period_selected(first, last)` then carries the
months they span ("2016-01", "2016-12"), or two empty strings when the selection is cleared
(click outside the bars, or Escape). `render_png` draws the chart into a picture of any size for
a briefing, without a window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...index.models import TimelineBin
from ..colours import is_dark

MONTHS_SHOWN_MAX = 36  # beyond three years, a bar per year
SERIES = ("documents", "demands_by", "demands_of")
# (light, dark) per series: a quiet grey for documents, the demand highlight blues
_COLOURS = {
    "documents": ("#9aa5b1", "#7d8794"),
    "demands_by": ("#3b7dd8", "#6fa8f5"),
    "demands_of": ("#d8833b", "#f0a868"),
}


def nice_ceiling(value: int) -> int:
    """The axis top a reader expects: the next 1, 2, 2.5 or 5 times a power of ten (537 → 1000
    reads worse than 537 → 600, so 6 is allowed too), never below `value` nor below 1."""
    if value <= 1:
        return 1
    power = 10 ** (len(str(value)) - 1)
    for step in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= value:
            return int(step * power)
    return value


def series_colour(series: str, dark: bool) -> QColor:
    """The colour of a series ("documents", "demands_by", "demands_of") in light or dark."""
    return QColor(_COLOURS[series][int(dark)])


@dataclass(frozen=True)
class Bar:
    """One period of the chart: its label, first and last month, and a count per series."""

    label: str
    first: str
    last: str
    counts: tuple[int, int, int]


def bars_of(bins: Sequence[TimelineBin]) -> tuple[list[Bar], str]:
    """The chart's bars and their unit ("year" or "month"): every period between the first and
    the last, empty ones included, so the axis reads as time."""
    if not bins:
        return [], "year"
    first, last = bins[0].period, bins[-1].period
    months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    by_period = {b.period: (b.documents, b.demands_by, b.demands_of) for b in bins}
    if months <= MONTHS_SHOWN_MAX:
        out = []
        year, month = int(first[:4]), int(first[5:7])
        for _ in range(months):
            period = f"{year:04d}-{month:02d}"
            out.append(Bar(period, period, period, by_period.get(period, (0, 0, 0))))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out, "month"
    totals: dict[str, list[int]] = {}
    for period, counts in by_period.items():
        row = totals.setdefault(period[:4], [0, 0, 0])
        for i, n in enumerate(counts):
            row[i] += n
    years = range(int(first[:4]), int(last[:4]) + 1)
    out = []
    for y in years:
        docs, by, of = totals.get(str(y), [0, 0, 0])
        out.append(Bar(str(y), f"{y}-01", f"{y}-12", (docs, by, of)))
    return out, "year"


class TimelineChart(QWidget):
    period_selected = Signal(str, str)  # first and last month, or "", "" for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.setAccessibleName(self.tr("Timeline: documents and demands per period"))
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.bars: list[Bar] = []
        self.unit = "year"
        self.shown: tuple[str, ...] = SERIES
        self.selection: tuple[int, int] | None = None
        self._press: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 190)

    def set_bins(self, bins: Sequence[TimelineBin], shown: Sequence[str] = SERIES) -> None:
        self.bars, self.unit = bars_of(bins)
        self.shown = tuple(shown)
        self.selection = None
        self.setToolTip(self._summary())
        self.update()

    def _summary(self) -> str:
        if not self.bars:
            return self.tr("No dated documents")
        return self.tr("{0} to {1}, a bar per {2}; click or drag to narrow the lists").format(
            self.bars[0].label,
            self.bars[-1].label,
            self.tr("year") if self.unit == "year" else self.tr("month"),
        )

    # -- selection ---------------------------------------------------------------------------
    def select(self, first: int | None, last: int | None = None) -> None:
        """Select bars first..last (None: nothing) and say which months that is."""
        if first is None or not self.bars:
            self.selection = None
            self.period_selected.emit("", "")
        else:
            lo, hi = sorted((first, last if last is not None else first))
            self.selection = (lo, hi)
            self.period_selected.emit(self.bars[lo].first, self.bars[hi].last)
        self.update()

    def selected_label(self) -> str:
        if self.selection is None:
            return ""
        lo, hi = self.selection
        return self.bars[lo].label if lo == hi else f"{self.bars[lo].label} – {self.bars[hi].label}"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = self._bar_at(event.position())
        if self._press is None:
            self.select(None)
        else:
            self.select(self._press)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            here = self._bar_at(event.position(), clamp=True)
            if here is not None and (self._press, here) != self.selection:
                lo, hi = sorted((self._press, here))
                self.selection = (lo, hi)
                self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and self.selection is not None:
            self.select(*self.selection)
        self._press = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.selection is not None:
            self.select(None)
            return
        super().keyPressEvent(event)

    # -- geometry ----------------------------------------------------------------------------
    def _plot(self, width: float, height: float, metrics: QFontMetrics) -> QRectF:
        left = metrics.horizontalAdvance("00000") + 10
        top = metrics.height() + 10  # the legend
        return QRectF(
            left, top, max(10.0, width - left - 10), max(10.0, height - top - metrics.height() - 12)
        )

    def _bar_at(self, pos: QPointF, clamp: bool = False) -> int | None:
        if not self.bars:
            return None
        plot = self._plot(self.width(), self.height(), self.fontMetrics())
        if not clamp and not (plot.left() <= pos.x() <= plot.right()):
            return None
        index = int((pos.x() - plot.left()) / (plot.width() / len(self.bars)))
        return min(max(index, 0), len(self.bars) - 1)

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.draw(painter, self.width(), self.height(), self.palette())
        finally:
            painter.end()

    def render_png(self, width: int = 1000, height: int = 300) -> bytes:
        """The chart as a PNG picture (for briefings), drawn without a window."""
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        try:
            painter.setFont(self.font())
            self.draw(painter, width, height, self.palette())
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes str
        buffer.close()
        return bytes(data.data())

    def draw(self, painter: QPainter, width: int, height: int, palette: QPalette) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        metrics = QFontMetrics(painter.font())
        text = palette.color(QPalette.ColorRole.WindowText)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.fillRect(QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Base))
        plot = self._plot(width, height, metrics)
        self._legend(painter, metrics, plot, text)
        if not self.bars:
            painter.setPen(quiet)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No dated documents"))
            return
        top = nice_ceiling(max(max(b.counts[SERIES.index(s)] for s in self.shown) for b in self.bars))
        self._axis(painter, metrics, plot, top, quiet)
        slot = plot.width() / len(self.bars)
        if self.selection is not None:
            lo, hi = self.selection
            shade = QColor(palette.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(60)
            painter.fillRect(
                QRectF(plot.left() + lo * slot, plot.top(), (hi - lo + 1) * slot, plot.height()), shade
            )
        dark = is_dark(palette)
        width_each = max(1.0, slot * 0.8 / len(self.shown))
        for i, bar in enumerate(self.bars):
            for k, series in enumerate(self.shown):
                count = bar.counts[SERIES.index(series)]
                if not count:
                    continue
                h = plot.height() * count / top
                x = plot.left() + i * slot + slot * 0.1 + k * width_each
                painter.fillRect(
                    QRectF(x, plot.bottom() - h, width_each, h), QColor(_COLOURS[series][int(dark)])
                )
        self._labels(painter, metrics, plot, slot, text)

    def _legend(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, text: QColor) -> None:
        names = {
            "documents": self.tr("Documents"),
            "demands_by": self.tr("Demands made"),
            "demands_of": self.tr("Demands made of it"),
        }
        x = plot.left()
        dark = is_dark(self.palette())
        for series in self.shown:
            painter.fillRect(QRectF(x, 4, 10, 10), QColor(_COLOURS[series][int(dark)]))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, 4 + metrics.ascent() - 1), names[series])
            x += 14 + metrics.horizontalAdvance(names[series]) + 16
        unit = self.tr("per year") if self.unit == "year" else self.tr("per month")
        painter.drawText(QPointF(x, 4 + metrics.ascent() - 1), f"({unit})")

    def _axis(self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, top: int, quiet: QColor) -> None:
        painter.setPen(quiet)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for value in sorted({0, top // 2, top}):
            y = plot.bottom() - plot.height() * value / top
            label = str(value)
            painter.drawText(
                QPointF(plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                label,
            )
            if value:
                painter.drawLine(QPointF(plot.left() - 3, y), QPointF(plot.left(), y))

    def _labels(
        self, painter: QPainter, metrics: QFontMetrics, plot: QRectF, slot: float, text: QColor
    ) -> None:
        """Period labels under the axis, as many as fit without overlapping (always the first)."""
        painter.setPen(text)
        widest = max(metrics.horizontalAdvance(b.label) for b in self.bars) + 8
        every = max(1, int(widest // slot) + 1)
        for i in range(0, len(self.bars), every):
            label = self.bars[i].label
            x = plot.left() + i * slot + slot / 2 - metrics.horizontalAdvance(label) / 2
            painter.drawText(QPointF(max(0.0, x), plot.bottom() + metrics.ascent() + 4), label)
