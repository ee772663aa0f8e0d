"""The Help menu's pages: the query syntax, and every keyboard shortcut (read from the window's
own actions, so the list cannot drift from what the keys do)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


SYNTAX = (
    ("aleppo evacuation", "documents with both words, in any form (evacuate, evacuations)"),
    ("aleppo OR homs", "either word"),
    ("aleppo NOT russia", "the first without the second"),
    ("(aleppo OR homs) AND siege", "brackets group"),
    ('"safe passage"', "the exact phrase"),
    ("evacu*", "words starting so"),
    ("srebrenca~", "a word spelt nearly so"),
    ("title:outrage", "a word of the title"),
    ('issuer:"Refugees International"', "documents by an issuer"),
    ('actor:"Government of Syria"', "documents naming an actor"),
    ("target:Congress", "documents demanding something of an actor"),
    ("date:[2016-01-01 TO 2016-12-31]", "a date range (date:2016 for a year)"),
)

# Keys that are not menu actions: the search field, the results, the reader, the side windows.
OTHER_KEYS = (
    ("Ctrl+L", "Go to the search field"),
    ("Down", "From the search field: into the results"),
    ("Enter", "On a result: read it in the reader"),
    ("F3 / Shift+F3", "Next / previous hit, mention or match"),
    ("Ctrl+F", "Find in the open document"),
    ("F2", "Rename the selected saved search"),
    ("Esc", "Close the All demands window; close the find bar"),
)


def syntax_html() -> str:
    e = html.escape
    rows = "".join(f"<tr><td><code>{e(q)}</code></td><td>{e(_tr(what))}</td></tr>" for q, what in SYNTAX)
    return (
        f"<h3>{e(_tr('Query syntax'))}</h3>"
        f"<p>{e(_tr('Words are found in any form; the search is not case-sensitive.'))}</p>"
        f"<table cellpadding='4'>{rows}</table>"
        f"<p>{e(_tr('Filters on the left narrow any query; save a search under a name with Ctrl+S.'))}</p>"
    )


def shortcuts_html(actions: Iterable[QAction]) -> str:
    e = html.escape
    keyed = [
        (a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.text().replace("&", "").rstrip("…"))
        for a in actions
        if not a.shortcut().isEmpty()
    ]
    keyed += [(keys, _tr(what)) for keys, what in OTHER_KEYS]
    rows = "".join(f"<tr><td><b>{e(keys)}</b></td><td>{e(what)}</td></tr>" for keys, what in keyed)
    return f"<h3>{e(_tr('Keyboard shortcuts'))}</h3><table cellpadding='4'>{rows}</table>"


def show_page(parent: QWidget | None, title: str, page: str, name: str) -> QDialog:
    """A small window with `page`, opened without a nested event loop; returns it."""
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    browser = QTextBrowser(dialog)
    browser.setOpenLinks(False)
    browser.setHtml(page)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 480)
    dialog.open()
    return dialog
