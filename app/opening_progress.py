"""Progress while an archive opens: an archive made by an earlier release is brought up to date
on open (its records, the sketches that find versions of one statement), which takes seconds to
minutes for a large one. Before the window exists there is no event loop to run that work
beside, so a small progress dialog is drawn from the `on_progress` callback itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QProgressDialog


class OpeningProgress:
    """An `on_progress(done, total, message)` showing a dialog once there is work to show."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int, message: str) -> None:
        if total <= 0:
            return
        if self.dialog is None:
            self.dialog = QProgressDialog(
                QCoreApplication.translate("OpeningProgress", "Opening the archive…"), "", 0, total
            )
            self.dialog.setCancelButton(None)  # the work must finish: the archive is half updated otherwise
            self.dialog.setWindowTitle(QCoreApplication.translate("OpeningProgress", "Advocacy Archive"))
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoReset(False)  # stays full until the archive is open and it is closed
        self.dialog.setMaximum(total)
        self.dialog.setLabelText(message)
        self.dialog.setValue(done)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
