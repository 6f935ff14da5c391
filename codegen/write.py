"""write: the only stage with side effects, and its read-only twin, compare.

The generator owns the output folder of one API and target (generated/<api>/<target>/)
and nothing outside it. A write stages the whole new tree beside the folder, then swaps
it in with one rename and deletes the previous tree, so an interrupted or killed run
leaves either the previous tree or the new one, never a mix (leftovers beside the folder
are removed by the next run). A file the generation no longer produces is gone with the
previous tree, and so are build leftovers such as __pycache__ or *.egg-info. Nothing is
written until every file has rendered and formatted. The manifest
(`.codegen-manifest.json`) records the hashes that let the next run skip formatting
unchanged files. `codegen check`'s
comparison lives in drift.py.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import signal
import stat
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterable

from .outdir import MANIFEST, on_disk


@dataclass
class Manifest:
    formatter: str = ""  # the formatter and its settings (with its version)
    inputs: str = ""  # hash of the spec text that passed the spec validator
    validator: str = ""  # that validator and its version
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # path -> {"rendered": sha, "output": sha}

    @staticmethod
    def read(out_dir: Path) -> Manifest:
        try:
            raw: Any = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
            return Manifest(str(raw.get("formatter", "")), str(raw.get("inputs", "")), str(raw.get("validator", "")),
                            dict(raw.get("files", {})))
        except (OSError, ValueError, AttributeError):
            return Manifest()

    def text(self) -> str:
        body = {"formatter": self.formatter, "inputs": self.inputs, "validator": self.validator, "files": self.files}
        return json.dumps(body, indent=1, sort_keys=True) + "\n"


@dataclass
class WriteResult:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _parts(item: tuple[PurePosixPath, str]) -> tuple[str, ...]:
    return item[0].parts


def _read(path: str | os.PathLike[str]) -> bytes | None:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _as_written(path: str, data: bytes) -> bool:
    """Whether path is what writing `data` there would leave: a regular file (not a link) of
    mode 0644 holding exactly `data`."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode) or stat.S_IMODE(st.st_mode) != 0o644 or st.st_size != len(data):
        return False
    return _read(path) == data


def _umask() -> int:
    """The process's umask, read without setting it where the system tells it (Linux): setting
    it, even back, races with any other thread creating files."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_END = object()


def _threads() -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(2, min(8, cores))


def _each(items: Iterable[Any], fn: Callable[[Any], None], threads: int | None = None) -> None:
    """fn(item) for every item, on a few threads: creating and deleting files is kernel time
    (about 0.1-1 ms a file on the machines measured), which threads spread over every core.
    The first exception stops the other threads and is raised once they have stopped; so is
    an interrupt of the caller (no thread is left writing after this returns)."""
    items = list(items)
    n = min(threads or _threads(), len(items) // 32)
    if n < 2:
        for item in items:
            fn(item)
        return
    source = iter(items)
    lock = threading.Lock()
    stop = threading.Event()
    errors: list[BaseException] = []

    def run() -> None:
        while not stop.is_set():
            with lock:
                item = next(source, _END)
            if item is _END:
                return
            try:
                fn(item)
            except BaseException as exc:  # handed to the caller's thread
                errors.append(exc)
                stop.set()
                return

    workers = [threading.Thread(target=run, name=f"codegen-write-{k}", daemon=True) for k in range(n)]
    for w in workers:
        w.start()
    try:
        for w in workers:
            w.join()
    except BaseException:
        stop.set()
        for w in workers:
            w.join()
        raise
    if errors:
        raise errors[0]


def _remove_tree(root: Path) -> None:
    """shutil.rmtree, with the files unlinked on several threads first."""
    files = [os.path.join(d, f) for d, _dirs, names in os.walk(root) for f in names]
    _each(files, os.unlink)
    shutil.rmtree(root)


class OutputError(Exception):
    """The output folder cannot be written (read-only, full disk, a file in the way...)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


# Beside generated/<api>/<target>/ while a write runs: `.<target>.codegen-new-<pid>` (the
# staged tree; after the swap it holds the previous tree until it is deleted) and, where
# the two trees cannot be exchanged in one step, `.<target>.codegen-old-<pid>`.
_NEW, _OLD = ".codegen-new-", ".codegen-old-"


def _leftovers(out_dir: Path) -> list[Path]:
    try:
        return sorted(p for p in out_dir.parent.iterdir()
                      if p.name.startswith(f".{out_dir.name}{_NEW}") or p.name.startswith(f".{out_dir.name}{_OLD}"))
    except (FileNotFoundError, NotADirectoryError):
        return []


def recover(out_dir: Path) -> None:
    """Undo what an interrupted or killed write left beside out_dir: a previous tree moved
    aside (without a new one in place) goes back, every other leftover is deleted."""
    for p in _leftovers(out_dir):
        if _OLD in p.name and not out_dir.exists():
            os.rename(p, out_dir)
        else:
            shutil.rmtree(p, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories in one atomic step (Linux renameat2 RENAME_EXCHANGE); False where
    the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


class _Deferred:
    """Holds SIGINT/SIGTERM while a tree is swapped in and the previous one deleted, so that an
    interrupt lands before or after, never in the middle."""

    def __enter__(self) -> None:
        self.blocked = threading.current_thread() is threading.main_thread() and hasattr(signal, "pthread_sigmask")
        if self.blocked:
            self.old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})

    def __exit__(self, *exc: object) -> None:
        if self.blocked:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.old)


def check_writable(out_dir: Path) -> None:
    """Raise OutputError now, before any work, when out_dir cannot become a folder of ours."""
    for p in [out_dir, *out_dir.parents]:
        if p.exists() or p.is_symlink():
            if not p.is_dir():
                raise OutputError(p, "exists and is not a folder" if p == out_dir else "is a file, not a folder")
            return


def write(files: dict[PurePosixPath, str], out_dir: Path, manifest: Manifest,
          swapped: Callable[[], None] | None = None) -> WriteResult:
    """Replace out_dir with exactly `files` (+ the manifest), as one step.

    The new tree is staged beside out_dir, then swapped in by one rename (an atomic exchange
    on Linux), and the previous tree deleted. Killed at any moment, out_dir holds the
    previous tree or the new one; leftovers beside it are cleaned up by the next run
    (`recover`). Raises OutputError when the folder cannot be written. `swapped` is called
    right after the swap, with interrupts still held: an interrupt that arrives then is
    raised only once the caller knows the folder was replaced.

    A folder that already holds exactly these files (byte for byte, each a regular file of
    mode 0644, none missing and none extra) is left as it is: nothing is written or deleted,
    no file's time changes, and what tools keep there (an installed `node_modules`, caches)
    stays. Regenerating an unchanged tree is then only reading it.
    """
    result = WriteResult()
    all_files = dict(files)
    all_files[PurePosixPath(MANIFEST)] = manifest.text()
    check_writable(out_dir)
    stage = out_dir.parent / f".{out_dir.name}{_NEW}{os.getpid()}"
    try:
        recover(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        before = set(on_disk(out_dir))
        # (name, its bytes), in the order of the result's lists, for the check and the stage alike
        # (sorted by parts, as PurePosixPath sorts, ~10x faster than comparing the paths)
        texts = [(str(rel), text.encode("utf-8")) for rel, text in sorted(all_files.items(), key=_parts)]
        if before == {name for name, _ in texts}:
            kept = [False] * len(texts)

            def keep(i: int) -> None:
                kept[i] = _as_written(os.path.join(out_dir, texts[i][0]), texts[i][1])

            _each(range(len(texts)), keep)
            if all(kept):
                result.unchanged = [name for name, _ in texts if name != MANIFEST]
                return result
        shutil.rmtree(stage, ignore_errors=True)
        stage.mkdir()
        # plain strings: Path objects for 12,000 files were a third of this stage's own time
        stage_dir, old_dir_s = os.fspath(stage), os.fspath(out_dir)
        made: set[str] = {""}
        for name, _ in texts:
            folder = name.rpartition("/")[0]
            if folder not in made:
                os.makedirs(os.path.join(stage_dir, folder), exist_ok=True)
                while folder not in made:
                    made.add(folder)
                    folder = folder.rpartition("/")[0]
        same = [False] * len(texts)
        fix_mode = _umask() & 0o644 != 0  # the files are 0644 whatever the umask

        def put(i: int) -> None:
            name, data = texts[i]
            if name in before:  # a file the previous tree has: is it the same?
                same[i] = _read(os.path.join(old_dir_s, name)) == data
            fd = os.open(os.path.join(stage_dir, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
            try:
                if fix_mode:
                    os.fchmod(fd, 0o644)
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)

        _each(range(len(texts)), put)
        for (name, _data), unchanged in zip(texts, same):
            (result.unchanged if unchanged else result.written).append(name)
        result.removed = sorted(before - {str(p) for p in all_files})
        with _Deferred():
            if not out_dir.exists():
                os.rename(stage, out_dir)
            elif _exchange(stage, out_dir):
                _remove_tree(stage)
            else:
                old_dir = out_dir.parent / f".{out_dir.name}{_OLD}{os.getpid()}"
                os.rename(out_dir, old_dir)
                os.rename(stage, out_dir)
                _remove_tree(old_dir)
            if swapped is not None:
                swapped()
    except OSError as exc:
        raise OutputError(out_dir, exc.strerror or str(exc)) from None
    finally:
        with _Deferred():
            shutil.rmtree(stage, ignore_errors=True)
    result.written = [w for w in result.written if w != MANIFEST]
    result.unchanged = [u for u in result.unchanged if u != MANIFEST]
    return result
