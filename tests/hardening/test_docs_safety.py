"""Spec text in docs: HTML tags show as text, code spans and plain `<` stay, table cells keep
one line and their pipes escaped. Expected values are written out by hand."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from codegen import markdown as md
from codegen.cli import main

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


def test_pass_through_keeps_tags_only_inside_the_block() -> None:
    """`docs_html: pass` in the settings: tags stay markup; cells still keep one line."""
    with md.passing_html():
        assert md.paragraph("a <b>bold</b> word") == "a <b>bold</b> word"
        assert md.cell("<i>x</i> | y\nz") == "<i>x</i> \\| y<br/>z"
    assert md.paragraph("a <b>bold</b> word") == "a &lt;b>bold&lt;/b> word"


@pytest.mark.parametrize(("setting", "expected"), [(None, "&lt;b>bold&lt;/b>"), ("escape", "&lt;b>bold&lt;/b>"),
                                                   ("pass", "<b>bold</b>")])
def test_docs_html_setting_decides_what_the_pages_hold(tmp_path: Path, setting: str | None, expected: str) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.0.3\ninfo: {title: T, version: '1', description: 'An <b>bold</b> API.'}\n"
                    "paths:\n  /a:\n    get:\n      operationId: getA\n      description: 'Say <b>bold</b>.'\n"
                    "      responses: {'204': {description: Done.}}\n", encoding="utf-8")
    # the typescript target: the same markdown helpers, and no black run (CI time)
    settings = {"spec": "openapi.yaml", "targets": [{"name": "ts", "template": "typescript", "distribution": "t",
                                                     "package": "t", "sdk_class": "T", "version": "1.0.0"}]}
    if setting:
        settings["docs_html"] = setting
    (tmp_path / "codegen.yaml").write_text(json.dumps(settings), encoding="utf-8")
    rc = main(["generate", "--spec", str(spec), "--settings", str(tmp_path / "codegen.yaml"), "--out",
               str(tmp_path / "out"), "-j", "1"])
    assert rc == 0
    pages = "\n".join(p.read_text(encoding="utf-8") for p in sorted((tmp_path / "out").rglob("*.md")))
    assert expected in pages
    assert ("<b>bold</b>" in pages) == (setting == "pass")


def test_docs_html_setting_refuses_other_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n")
    (tmp_path / "codegen.yaml").write_text("spec: openapi.yaml\ndocs_html: raw\ntargets: [{name: py, template: "
                                           "python-flat, distribution: t, package: tpkg, sdk_class: T, "
                                           "version: 1.0.0}]\n")
    rc = main(["generate", "--spec", str(tmp_path / "openapi.yaml"), "--settings", str(tmp_path / "codegen.yaml"),
               "--out", str(tmp_path / "out")])
    assert rc == 2
    assert re.search(r"codegen\.yaml:2: #/docs_html: error: 'docs_html' must be one of escape, pass",
                     capsys.readouterr().err)
