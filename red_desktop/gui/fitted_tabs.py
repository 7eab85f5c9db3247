"""Tab bars whose every tab is shown whole: no scroll arrows hiding Attachments, no titles cut to "Fi…".

Qt's default is to hide what does not fit behind arrows. Here the bar asks its layout for room for every title
instead (so the window's minimum width accounts for it) and spends less padding per tab, so the longer Spanish
and Portuguese titles still fit a 1024-pixel screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QTabWidget, QWidget

TAB_PADDING = 6  # px around a title (the Fusion style's 24 leaves eight Spanish tabs too wide for a laptop)


class CompactTabStyle(QProxyStyle):
    """The application's style with less horizontal space around tab titles; the titles themselves are whole."""

    padding = TAB_PADDING

    def pixelMetric(  # noqa: N802 (Qt's name)
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace:
            return self.padding
        return super().pixelMetric(metric, option, widget)


def fit_tabs(tabs: QTabWidget, padding: int = TAB_PADDING) -> None:
    """Show every tab of `tabs` with its whole title; the tab widget's minimum width becomes the titles' width."""
    bar = tabs.tabBar()
    style = CompactTabStyle()
    style.padding = padding
    style.setParent(bar)  # a widget does not own the style it is given
    setattr(bar, "compact_style", style)  # noqa: B010 (an attribute Qt does not declare) the Python half of the proxy, whose pixelMetric Qt calls, lives as long as the bar
    bar.setStyle(style)
    bar.setUsesScrollButtons(False)
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setExpanding(False)
