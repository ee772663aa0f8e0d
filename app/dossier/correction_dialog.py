"""The dialog correcting a demand: who makes it, of whom, and what is demanded."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...index.models import DemandRow


class CorrectionDialog(QDialog):
    def __init__(self, row: DemandRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a demand"))
        self.row = row
        sentence = QLabel(row.demand.sentence, self)
        sentence.setWordWrap(True)
        self.by = QLineEdit(row.demand.by or "", self)
        self.by.setPlaceholderText(row.issuer or "")
        self.targets = QLineEdit("; ".join(row.demand.targets), self)
        self.targets.setPlaceholderText(self.tr("names separated by ;"))
        self.action = QLineEdit(row.demand.action, self)
        self.action.setMinimumWidth(420)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(sentence)
        form.addRow(self.tr("Made by:"), self.by)
        form.addRow(self.tr("Made of:"), self.targets)
        form.addRow(self.tr("Demanding:"), self.action)
        form.addRow(buttons)

    def correction(self) -> dict[str, object]:
        """What changed, as `Archive.review_demand` takes it (unchanged fields left out)."""
        out: dict[str, object] = {}
        by = self.by.text().strip()
        if by and by != (self.row.demand.by or ""):
            out["by"] = by
        targets = tuple(t.strip() for t in self.targets.text().split(";") if t.strip())
        if targets != self.row.demand.targets:
            out["targets"] = list(targets)
        action = self.action.text().strip()
        if action and action != self.row.demand.action:
            out["action"] = action
        return out
