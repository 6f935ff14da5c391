"""black formats each file once: it gets ruff's layout of the rendered text (format.py), which
it leaves as it is when ruff lays out as black does; the python target's templates give text
where they agree (docstrings: targets/python.py `_doc`). The result is black's, always."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

import codegen.format as fmt
from codegen.format import BLACK, format_files, format_python
from codegen.pipeline import load_api
from codegen.render import render_files
from codegen.settings import load_settings
from codegen.targets.python import _doc

ROOT = Path(__file__).resolve().parents[2]

# (spec text, depth, docstring body as black leaves it): hand-written
DOCS = [
    ("Plain words.", 1, "Plain words."),
    ('columns and relationships of "datasets"', 1, 'columns and relationships of "datasets" '),
    ('ends in a backslash and a quote \\"', 1, 'ends in a backslash and a quote \\\\" '),
    # black puts the closing quotes on a line of their own when the last line (indented) and
    # the quotes pass 88 columns
    ("Summary\n\n" + "x" * 81, 1, "Summary\n\n" + "x" * 81),  # 4 + 81 + 3 = 88
    ("Summary\n\n" + "x" * 82, 1, "Summary\n\n" + "x" * 82 + "\n    "),
    ("Summary\n\n" + "y" * 77, 2, "Summary\n\n" + "y" * 77),  # 8 + 77 + 3 = 88
    ("Summary\n\n" + "y" * 78, 2, "Summary\n\n" + "y" * 78 + "\n        "),
    ("x" * 100, 1, "x" * 100),  # one line: black never moves the quotes
]


@pytest.mark.parametrize(("text", "depth", "expected"), DOCS)
def test_docstrings_as_black_leaves_them(text: str, depth: int, expected: str) -> None:
    assert _doc(text, depth) == expected
    indent = "    " * depth
    body = "\n".join([expected.split("\n")[0]] + [indent + line if line.strip() else line
                                                 for line in expected.split("\n")[1:]])
    code = "class A:\n" + ("    def f(self):\n" if depth == 2 else "") + f'{indent}"""{body}"""\n'
    assert format_python("a.py", code) == code  # black changes nothing


SNIPPETS = {  # rendered text -> black's text, by black alone (hand-checked shapes)
    "imports.py": "from typing import Annotated, Any, ClassVar, Dict, List, NotRequired, Optional, TYPE_CHECKING, TypedDict\n",
    "call.py": "x = f(\n    a, b=1,\n)\ny = g(a, b={'200': Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, '400': None}, c=3)\n",
    "doc.py": 'class A:\n    """of \\"datasets\\""""\n\n    x: int\n    """of \\"datasets\\""""\n',
    "field.py": "class A:\n    contrast_ratio: Annotated[OptionalNullable[float], pydantic.Field(alias='contrastRatio')] = UNSET\n",
}


def test_the_result_is_blacks_with_or_without_rufs_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    files = {PurePosixPath(k): v for k, v in SNIPPETS.items()}
    alone = {p: format_python(str(p), t) for p, t in files.items()}
    laid_out = fmt._ruff_layout([(str(p), t) for p, t in files.items()])
    assert all(text is not None for text in laid_out)
    out, count = format_files(dict(files), lambda p, t: None, 1, BLACK)
    assert out == alone and count == len(files)
    assert alone[PurePosixPath("imports.py")].startswith("from typing import (\n    Annotated,\n")
    monkeypatch.setattr(fmt, "missing_formatter", lambda name: "not installed")  # no ruff: black alone
    assert fmt._ruff_layout([("a.py", "x=1\n")]) == [None]
    assert format_files(dict(files), lambda p, t: None, 1, BLACK)[0] == alone


def test_leonardo_python_files_are_laid_out_by_ruff_as_black_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rendered code file of the Leonardo python target: ruff's layout is black's output,
    so black formats it once (a template whose text they lay out differently costs a second
    black pass on every file it renders; make the template emit what black writes)."""
    monkeypatch.chdir(ROOT)
    settings = load_settings(ROOT / "spec" / "leonardo" / "codegen.yaml", api="leonardo")
    (target,) = [t for t in settings.targets if t.template == "python"]
    files, verbatim = render_files(load_api(settings).api, target)
    todo = [(str(p), t) for p, t in files.items() if p.suffix == ".py" and p not in verbatim]
    assert len(todo) > 50
    differ = [path for (path, text), laid_out in zip(todo, fmt._ruff_layout(todo))
              if laid_out != format_python(path, text)]
    assert differ == []


def test_a_formatter_worker_frees_each_files_parse_tree_before_the_next() -> None:
    """black's parse tree is cyclic (nodes point to their parents): only the cyclic collector
    frees it. A worker collects after each file (format._format_in_worker), with automatic
    collection off (_worker_init), so no tree outlives its file."""
    import gc

    text = "class A:\n    def f(self, a: int = 1) -> None:\n        return g(a, b=[1, 2])\n"
    expected = ("a.py", format_python("a.py", text))
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        fmt._format_one(("a.py", text, None))
        assert gc.collect() > 0, "black left no cyclic garbage: this test no longer shows anything"
        assert fmt._format_in_worker(("a.py", text, None)) == expected
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
