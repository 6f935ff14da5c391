"""Writing the output folder on several threads (issue 11: creating a file is kernel time,
which threads spread over the cores), and ruff's scratch copy in memory where /dev/shm is.

What must not change: every file holds exactly its text, is mode 0644 whatever the umask,
the written/unchanged lists come out sorted, and a failure in any thread leaves the previous
folder untouched with no staged leftovers and no thread still running.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import threading
from pathlib import Path, PurePosixPath

import pytest

import codegen.format as format_mod
import codegen.write as write_mod
from codegen.write import Manifest, OutputError

N = 400  # well above the size where write() takes threads (32 files a thread)


def tree(tag: str) -> dict[PurePosixPath, str]:
    # 20 folders of 20 files; every fifth file's text depends on `tag`
    return {PurePosixPath(f"pkg{i % 20}/m{i}.py"): f"# {i} {tag if i % 5 == 0 else ''}\n" for i in range(N)}


def writer_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("codegen-write-")]


def test_every_file_written_with_its_text_and_mode_0644_under_a_strict_umask(tmp_path: Path) -> None:
    out = tmp_path / "out"
    old_mask = os.umask(0o077)
    try:
        write_mod.write(tree("a"), out, Manifest())
        result = write_mod.write(tree("b"), out, Manifest())
    finally:
        os.umask(old_mask)
    for rel, text in tree("b").items():
        path = out / rel
        assert path.read_text(encoding="utf-8") == text
        assert path.stat().st_mode & 0o777 == 0o644, rel
    changed = sorted(str(r) for r in tree("b") if int(r.stem[1:]) % 5 == 0)
    assert result.written == changed
    assert result.unchanged == sorted(str(r) for r in tree("b") if str(r) not in changed)
    assert result.removed == []
    assert writer_threads() == []


def test_a_failure_on_one_thread_leaves_the_previous_folder_and_no_leftovers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    write_mod.write(tree("a"), out, Manifest())
    real_open = os.open
    calls = []

    def full_disk(path: str | bytes | os.PathLike[str], flags: int, mode: int = 0o777, **kw: object) -> int:
        calls.append(path)
        if str(path).endswith("m237.py"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return real_open(path, flags, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(write_mod.os, "open", full_disk)
    with pytest.raises(OutputError) as raised:
        write_mod.write(tree("b"), out, Manifest())
    monkeypatch.undo()
    assert "No space left on device" in raised.value.reason
    assert any(str(c).endswith("m237.py") for c in calls)
    for rel, text in tree("a").items():
        assert (out / rel).read_text(encoding="utf-8") == text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert writer_threads() == []


def test_each_raises_the_first_error_once_every_thread_stopped() -> None:
    done: list[int] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        if i == 50:
            raise ValueError("item 50")
        with lock:
            done.append(i)

    with pytest.raises(ValueError, match="item 50"):
        write_mod._each(range(10_000), work, threads=4)
    assert writer_threads() == []
    assert 50 not in done and len(done) < 10_000


def test_each_does_every_item_once() -> None:
    seen: list[int] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        with lock:
            seen.append(i)

    write_mod._each(range(5_000), work, threads=4)
    assert sorted(seen) == list(range(5_000))


def test_ruff_scratch_goes_to_dev_shm_and_a_dead_runs_leftover_is_removed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TMPDIR", raising=False)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = Path("/dev/shm") / f"codegen-ruff-{dead.pid}-test"
    left.mkdir()
    (left / "f0.py").write_text("x = 1\n", encoding="utf-8")
    mine = Path("/dev/shm") / f"codegen-ruff-{os.getpid()}-test"  # a live run's folder stays
    mine.mkdir()
    try:
        assert format_mod._scratch_folder(1000) == "/dev/shm"
        assert not left.exists()
        assert mine.exists()
        monkeypatch.setenv("TMPDIR", "/tmp")
        assert format_mod._scratch_folder(1000) is None  # the user's choice of folder wins
    finally:
        for p in (left, mine):
            if p.exists():
                for f in p.iterdir():
                    f.unlink()
                p.rmdir()


def test_ruff_formats_through_the_scratch_folder() -> None:
    todo = [(f"m{i}.py", f"x = {{ 'a':{i} }}\n") for i in range(5)]
    assert format_mod._ruff_all(list(todo), jobs=1) == [(p, f'x = {{"a": {i}}}\n') for i, (p, _) in enumerate(todo)]
    assert [n for n in os.listdir("/dev/shm") if n.startswith(f"codegen-ruff-{os.getpid()}-")] == []


def test_a_folder_that_already_holds_the_files_is_left_as_it_is(tmp_path: Path) -> None:
    """Regenerating an unchanged tree writes nothing: every file keeps its inode and time, and
    what tools keep in the folder stays (here an installed node_modules). A file that differs
    in any way a write would change (a byte, its mode, a link instead of a file, an extra file)
    and the tree is written as before."""
    out = tmp_path / "out"
    write_mod.write(tree("a"), out, Manifest())
    (out / "node_modules" / "dep").mkdir(parents=True)
    (out / "node_modules" / "dep" / "index.js").write_text("x", encoding="utf-8")

    def inodes() -> dict[str, tuple[int, int]]:
        return {str(r): ((out / r).stat().st_ino, (out / r).stat().st_mtime_ns) for r in tree("a")}

    before = inodes()
    result = write_mod.write(tree("a"), out, Manifest())
    assert result.written == [] and result.removed == []
    assert result.unchanged == sorted(str(r) for r in tree("a"))
    assert inodes() == before
    assert (out / "node_modules" / "dep" / "index.js").read_text(encoding="utf-8") == "x"
    assert writer_threads() == []

    def spoil_mode() -> None:
        (out / "pkg3/m3.py").chmod(0o600)

    def spoil_link() -> None:
        (tmp_path / "m3.py").write_bytes((out / "pkg3/m3.py").read_bytes())
        (out / "pkg3/m3.py").unlink()
        (out / "pkg3/m3.py").symlink_to(tmp_path / "m3.py")

    def spoil_extra() -> None:
        (out / "pkg3/stray.py").write_text("", encoding="utf-8")

    for spoil, removed in ((spoil_mode, []), (spoil_link, []), (spoil_extra, ["pkg3/stray.py"])):
        spoil()
        result = write_mod.write(tree("a"), out, Manifest())
        assert result.removed == removed, spoil.__name__
        assert (out / "pkg3/m3.py").stat().st_mode & 0o777 == 0o644 and not (out / "pkg3/m3.py").is_symlink()
        assert (out / "pkg3/m3.py").stat().st_ino != before["pkg3/m3.py"][0], spoil.__name__  # written anew
        assert not (out / "pkg3/stray.py").exists()
