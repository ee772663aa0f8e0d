"""A body named inside another's name ("Head of the Corporate Development Division of the Health
Insurance Commission") whose own head word comes after an "of": extraction must finish."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from advocacy_archive.index.extract import extract


@pytest.fixture
def deadline() -> Iterator[None]:
    # the fault hung extraction for ever: fail in seconds instead of stalling the suite
    def stop(*_: object) -> None:
        raise TimeoutError("extraction did not finish")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def test_a_division_of_a_commission_in_a_job_title_does_not_hang_extraction(deadline: None) -> None:
    # Dutton release, 2015 (a new Border Force official's career)
    text = (
        "During his career he has worked in both service delivery and central policy agencies. Key "
        "roles  included Assistant Commissioner in the Australian Public Service Commission (APSC) "
        "and Head of the  Corporate Development Division of the Health Insurance Commission.\n\n"
        "Mr Downie now specialises in the development of capability frameworks."
    )
    names = {a.name for a in extract(text).actors}
    assert "Australian Public Service Commission" in names
