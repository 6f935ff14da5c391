"""Spec text in docs: HTML tags show as text, code spans and plain `<` stay, table cells keep
one line and their pipes escaped. Expected values are written out by hand."""

from __future__ import annotations

import pytest

from codegen import markdown as md

PARAGRAPHS = [
    ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
    ("a <b>bold</b> word", "a &lt;b>bold&lt;/b> word"),
    ("<!-- hidden --> and <?php echo 1; ?>", "&lt;!-- hidden --> and &lt;?php echo 1; ?>"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"),
    ("a < b and x<3 and 1 <= 2", "a < b and x<3 and 1 <= 2"),
    ("`Authorization: Bearer <api_key>`", "`Authorization: Bearer <api_key>`"),
    ("use ``<b>`` or `<i>` but <u>", "use ``<b>`` or `<i>` but &lt;u>"),
    ("2D ART & ILLUSTRATION", "2D ART & ILLUSTRATION"),
    ("line one\r\nline two\n\n", "line one\nline two"),
]

CELLS = [
    ("a | b", "a \\| b"),
    ("already \\| escaped", "already \\| escaped"),
    ("two\nlines", "two<br/>lines"),
    ("<script>x</script>\nnext", "&lt;script>x&lt;/script><br/>next"),
    ("`a|b`", "`a\\|b`"),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraph(text: str, expected: str) -> None:
    assert md.paragraph(text) == expected


@pytest.mark.parametrize(("text", "expected"), CELLS)
def test_cell(text: str, expected: str) -> None:
    assert md.cell(text) == expected
