"""The listing of an output folder (outdir.on_disk), which write, drift and the fast check share."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from codegen.outdir import on_disk

# path -> listed? (by hand: tools' folders and files are not ours, wherever they are)
TREE = {
    "README.md": True,
    ".codegen-manifest.json": True,
    "src/pkg/__init__.py": True,
    "src/pkg/models/a.py": True,
    "src/pkg/__pycache__/a.cpython-311.pyc": False,
    "src/pkg.egg-info/PKG-INFO": False,
    "node_modules/typescript/package.json": False,
    "docs/node_modules/x.md": False,
    "build/lib/pkg/a.py": False,
    "dist/pkg-1.0.tar.gz": False,
    "src/build": False,  # a file named as an ignored folder
    ".mypy_cache/3.11/a.json": False,
    ".pytest_cache/v/x": False,
    "docs/models/build.md": True,
}


def _tree(root: Path) -> None:
    for rel in TREE:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(rel, encoding="utf-8")


def test_the_listing_keeps_our_files_and_leaves_out_what_tools_leave(tmp_path: Path) -> None:
    _tree(tmp_path)
    os.symlink(tmp_path / "src", tmp_path / "linked-folder")  # a link to a folder: not followed
    os.symlink(tmp_path / "README.md", tmp_path / "linked-file.md")  # a link to a file: a file
    os.symlink(tmp_path / "missing", tmp_path / "dangling")  # a broken link: no file
    os.mkfifo(tmp_path / "fifo")  # not a regular file
    assert on_disk(tmp_path) == sorted([rel for rel, listed in TREE.items() if listed] + ["linked-file.md"])
    assert on_disk(str(tmp_path)) == on_disk(tmp_path)
    assert on_disk(tmp_path / "nothing-here") == []
    assert on_disk(tmp_path / "README.md") == []


def test_an_ignored_folder_is_never_walked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A TypeScript package folder after `npm install` holds thousands of files in
    node_modules: listing the package reads none of its folders."""
    _tree(tmp_path)
    for i in range(20):
        (tmp_path / "node_modules" / f"dep{i}" / "lib").mkdir(parents=True)
    scanned: list[str] = []
    real = os.scandir

    def spy(path: object = ".") -> object:
        scanned.append(os.fspath(path))  # type: ignore[arg-type]
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", spy)
    listed = on_disk(tmp_path)
    assert "src/pkg/models/a.py" in listed
    walked = {os.path.relpath(p, tmp_path) for p in scanned}
    assert walked == {".", "src", "src/pkg", "src/pkg/models", "docs", "docs/models"}
