"""The About box: version, where the archive lives, licences, and the offline promise."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from ..index import __version__

_open: set[QMessageBox] = set()


def tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def about_html(archive_path: Path) -> str:
    where = html.escape(str(archive_path))
    return tr(
        "<h3>Advocacy Archive {version}</h3>"
        "<p>An archive of advocacy statements on your own computer: import them, search them, "
        "and see who is named and who is asked to do what.</p>"
        "<p><b>Works offline.</b> Advocacy Archive never connects to the network; your documents "
        "stay on this computer.</p>"
        "<p>Archive: <code>{where}</code></p>"
        "<p>Built with Qt {qt} and PySide6 {pyside} (LGPL v3), Whoosh search (BSD licence) and "
        "the CAMEO actor dictionaries (MIT licence). Advocacy Archive itself is MIT-licensed.</p>"
    ).format(version=__version__, where=where, qt=qVersion(), pyside=pyside_version)


def show_about(parent: QWidget | None, archive_path: Path) -> QMessageBox:
    """Open the About box without a nested event loop; returns it (tests close it)."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(tr("About Advocacy Archive"))
    box.setAccessibleName(tr("About Advocacy Archive"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(archive_path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open.add(box)
    box.finished.connect(lambda _result: _open.discard(box))
    box.open()
    return box
