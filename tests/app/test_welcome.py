"""The welcome view explains the app and offers three ways to start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from advocacy_archive.app.welcome import WelcomeView


@pytest.fixture
def welcome(qtbot):
    view = WelcomeView()
    qtbot.addWidget(view)
    view.resize(800, 560)
    view.show()
    return view


@pytest.mark.parametrize(
    ("button", "signal"),
    [
        ("import_files_button", "import_files_requested"),
        ("import_folder_button", "import_folder_requested"),
        ("open_sample_button", "open_sample_requested"),
    ],
)
def test_each_button_emits_its_request(qtbot, welcome, button, signal):
    with qtbot.waitSignal(getattr(welcome, signal), timeout=1000):
        qtbot.mouseClick(getattr(welcome, button), Qt.MouseButton.LeftButton)


def test_welcome_says_what_the_app_does_and_buttons_are_accessible(welcome):
    texts = " ".join(label.text() for label in welcome.findChildren(QLabel))
    assert "Welcome to Advocacy Archive" in texts
    assert "offline" in texts
    for button in (welcome.import_files_button, welcome.import_folder_button, welcome.open_sample_button):
        assert button.accessibleName()
        assert button.isVisible()


def test_screenshot_of_welcome_view(welcome, qtbot):
    shots = Path("/tmp/shots")
    shots.mkdir(exist_ok=True)
    qtbot.waitExposed(welcome)
    assert welcome.grab().save(str(shots / "welcome.png"))
