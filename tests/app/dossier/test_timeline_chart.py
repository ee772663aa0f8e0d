"""The timeline chart: periods as a reader counts them (a bar per year past three years, per
month within), a click or a drag choosing months, Escape clearing, and a picture for briefings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from advocacy_archive.app.dossier.timeline_chart import TimelineChart, bars_of, nice_ceiling
from advocacy_archive.index.models import TimelineBin

LONG = [TimelineBin("2012-03", 2, 1, 0), TimelineBin("2012-11", 1, 0, 3), TimelineBin("2016-12", 5, 4, 2)]
SHORT = [TimelineBin("2016-11", 1, 0, 0), TimelineBin("2017-02", 2, 1, 1)]


def test_a_long_span_is_a_bar_per_year_with_the_empty_years_in_between() -> None:
    bars, unit = bars_of(LONG)
    assert unit == "year"
    assert [b.label for b in bars] == ["2012", "2013", "2014", "2015", "2016"]
    assert bars[0].counts == (3, 1, 3) and bars[1].counts == (0, 0, 0)
    assert (bars[0].first, bars[0].last) == ("2012-01", "2012-12")


def test_a_short_span_is_a_bar_per_month() -> None:
    bars, unit = bars_of(SHORT)
    assert unit == "month"
    assert [b.label for b in bars] == ["2016-11", "2016-12", "2017-01", "2017-02"]


def _x_of(chart: TimelineChart, bar: int) -> int:
    plot = chart._plot(chart.width(), chart.height(), chart.fontMetrics())
    slot = plot.width() / len(chart.bars)
    return int(plot.left() + slot * bar + slot / 2)


def test_a_click_chooses_a_period_a_drag_several_and_escape_none(qtbot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(600, 200)
    chart.set_bins(LONG)
    chart.show()
    qtbot.waitExposed(chart)
    y = chart.height() // 2
    with qtbot.waitSignal(chart.period_selected) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(_x_of(chart, 0), y))
    assert clicked.args == ["2012-01", "2012-12"]
    qtbot.mousePress(chart, Qt.MouseButton.LeftButton, pos=QPoint(_x_of(chart, 1), y))
    qtbot.mouseMove(chart, QPoint(_x_of(chart, 3), y))
    with qtbot.waitSignal(chart.period_selected) as dragged:
        qtbot.mouseRelease(chart, Qt.MouseButton.LeftButton, pos=QPoint(_x_of(chart, 3), y))
    assert dragged.args == ["2013-01", "2015-12"]
    assert chart.selected_label() == "2013 – 2015"
    with qtbot.waitSignal(chart.period_selected) as cleared:
        qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert cleared.args == ["", ""]


def test_the_chart_renders_to_a_png_of_the_size_asked(qtbot) -> None:
    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.set_bins(LONG)
    image = QImage.fromData(chart.render_png(800, 240))
    assert (image.width(), image.height()) == (800, 240)
    colours = {image.pixel(x, y) for x in range(0, 800, 7) for y in range(0, 240, 7)}
    assert len(colours) > 3, "bars, axis and labels are drawn"


def test_the_count_axis_ends_on_a_round_number_above_the_highest_bar() -> None:
    assert [nice_ceiling(n) for n in (0, 1, 7, 22, 537, 994, 1000, 4086)] == [
        1,
        1,
        8,
        25,
        600,
        1000,
        1000,
        5000,
    ]
