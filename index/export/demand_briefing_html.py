"""A briefing as one self-contained HTML file: every text escaped, the timeline picture inline
(a data: address), no script, no remote resource, a style sheet of its own."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from .demand_briefing import Briefing

STYLE = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 60rem; margin: 2rem auto; color: #222;
       line-height: 1.45; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
dl { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #ccc; padding: .25rem .4rem; text-align: left; vertical-align: top; }
blockquote { margin: .8rem 0 .2rem 1rem; padding-left: .8rem; border-left: 3px solid #999; }
.source { margin: 0 0 .8rem 1.8rem; color: #555; font-size: .9rem; }
img { max-width: 100%; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_html(b: Briefing) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        # nothing from elsewhere, nothing run: the file stands alone
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{_e(b.title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{_e(b.title)}</h1>",
        "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in b.facts) + "</dl>",
    ]
    if b.timeline_png:
        data = base64.b64encode(b.timeline_png).decode("ascii")
        parts.append(
            '<h2>Timeline</h2><img alt="Timeline of documents and demands" '
            f'src="data:image/png;base64,{data}">'
        )
    for heading, quotes in b.quotations:
        if not quotes:
            continue
        parts.append(f"<h2>{_e(heading)}</h2>")
        for q in quotes:
            parts.append(f'<blockquote>“{_e(q.text)}”</blockquote><p class="source">— {_e(q.source)}</p>')
    for table in b.tables:
        parts.append(f"<h2>{_e(table.title)} ({len(table.rows)})</h2>")
        if not table.rows:
            parts.append("<p>None.</p>")
            continue
        head = "".join(f"<th>{_e(c)}</th>" for c in table.columns)
        body = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in table.rows)
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(b: Briefing, path: Path) -> Path:
    path.write_text(render_html(b), encoding="utf-8")
    return path
