"""Photo captions: page furniture that describes a picture, asking no one to act.

A web page's caption is a line of its own that begins with the control that enlarges the photo
("Click to expand Image Activists calling for an end to the death penalty gather to protest…",
hrw.org) and ends with the photographer's credit. What the people shown were calling for, or what
a banner reads, is the scene, not the statement's demand.
"""

from __future__ import annotations

CAPTION_OPENER = "Click to expand Image"


def within_caption(text: str, pos: int) -> bool:
    """Whether `pos` lies on a photo caption's line."""
    return text.startswith(CAPTION_OPENER, text.rfind("\n", 0, pos) + 1)
