"""Markdown pieces shared by every docs target: escaping and tables.

Text from a spec is shown faithfully but can never break the page or inject markup:
inside a table cell a pipe is escaped and a line break becomes <br/>, and everywhere an
HTML tag (`<script>`, `</div>`, `<!-- -->`, `<?php`) is written with `&lt;` so that it
shows as text. Text that is not a tag (`a < b`, `x<3`... ) and code spans stay as they are.
Only the settings `docs_html: pass` keep the tags as markup (`passing_html()`, around the
rendering of such an API); pipes and line breaks in cells are handled either way.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator, Sequence


_CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")


_PASS_HTML: contextvars.ContextVar[bool] = contextvars.ContextVar("pass_html", default=False)


@contextlib.contextmanager
def passing_html(enabled: bool = True) -> Iterator[None]:
    """Within the block, HTML tags in spec text are kept as markup (settings `docs_html: pass`)."""
    token = _PASS_HTML.set(enabled)
    try:
        yield
    finally:
        _PASS_HTML.reset(token)


def no_html(text: str) -> str:
    """`text` with every HTML tag opener outside code spans written `&lt;` (shown as text)."""
    if "<" not in text or _PASS_HTML.get():
        return text
    out, at = [], 0
    for span in _CODE_SPAN.finditer(text):
        out.append(_TAG.sub("&lt;", text[at:span.start()]))
        out.append(span.group(0))
        at = span.end()
    out.append(_TAG.sub("&lt;", text[at:]))
    return "".join(out)


def cell(text: str) -> str:
    """Spec text made safe for one table cell, on one line."""
    text = no_html(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))
    text = text.replace("\\|", "|").replace("|", "\\|")
    return "<br/>".join(line.rstrip() for line in text.split("\n"))


def paragraph(text: str) -> str:
    """Spec text as a block of its own: line endings normalised, no trailing blank lines, no
    HTML tags."""
    return no_html(text.replace("\r\n", "\n").replace("\r", "\n").strip("\n"))


def code_span(text: str) -> str:
    """Inline code that survives backticks in the text."""
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def padded_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A table whose columns all share the width of its widest cell.

    | Parameter          | Type               |
    | ------------------ | ------------------ |
    | `user_id`          | *str*              |
    """
    width = max(len(c) for row in [header, *rows] for c in row)

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(width) for c in cells) + " |"

    return [line(header), line(["-" * width] * len(header)), *(line(r) for r in rows)]


def link(text: str, target: str) -> str:
    return f"[{text}]({target})"


def anchor(heading: str) -> str:
    """The id GitHub gives a heading, from its text: `Documentation for API Endpoints` ->
    documentation-for-api-endpoints, `**create**` -> create. Markup characters and
    punctuation other than `-` and `_` are dropped, spaces become `-`."""
    text = re.sub(r"[^\w\- ]", "", heading.lower())
    return text.strip().replace(" ", "-")
