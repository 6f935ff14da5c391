"""format: black for Python files, nothing for the rest (templates decide whitespace).

Black is the slow stage (~90 ms a file cold), so it runs in parallel, and a file whose
rendered text is unchanged since the last generation is not formatted again: the
manifest beside the output records, per file, the hash of the rendered text and of the
formatted text, and the formatter version.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import os
import signal
import sys
import threading
import time
from pathlib import PurePosixPath
from typing import Any, Callable

from .errors import GeneratorBug
from .versions import dist_version

LINE_LENGTH = 88


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def formatter_id() -> str:
    """Changes whenever formatting could change: black's version and our settings."""
    return f"black {dist_version('black')} line-length {LINE_LENGTH} py311"


def _mode() -> Any:
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311}, string_normalization=True)


def format_python(path: str, text: str) -> str:
    import black

    try:
        return black.format_str(text, mode=_mode())
    except Exception as exc:  # black.InvalidInput and friends: a template bug
        numbered = "\n".join(f"{i + 1:5}: {line}" for i, line in enumerate(text.splitlines()))
        raise GeneratorBug(f"black could not format {path}: {exc}\n--- unformatted text ---\n{numbered}") from exc


def _worker_init(parent: int) -> None:
    """A formatter process collects garbage as usual (the parent does not, see cli.py), leaves
    interrupts to its parent and dies with it, even when the parent is killed (Linux:
    PR_SET_PDEATHSIG; elsewhere a watcher thread)."""
    gc.enable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _format_one(item: tuple[str, str]) -> tuple[str, str]:
    return item[0], format_python(item[0], item[1])


def format_files(
    rendered: dict[PurePosixPath, str],
    cached: Callable[[PurePosixPath, str], str | None],
    jobs: int | None = None,
) -> tuple[dict[PurePosixPath, str], int]:
    """Formatted texts, and how many files black had to format.

    `cached(path, rendered_text)` returns the formatted text when it is known from the last
    generation, else None.
    """
    out: dict[PurePosixPath, str] = {}
    todo: list[tuple[str, str]] = []
    for path, text in rendered.items():
        if path.suffix != ".py":
            out[path] = text
            continue
        hit = cached(path, text)
        if hit is not None:
            out[path] = hit
        else:
            todo.append((str(path), text))
    workers = jobs or min(len(todo), os.cpu_count() or 1)
    if len(todo) <= 4 or workers <= 1:
        results = [_format_one(item) for item in todo]
    else:
        from concurrent.futures import ProcessPoolExecutor  # 25 ms to import: only when it runs

        chunk = max(1, len(todo) // (workers * 4))
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))
        try:
            results = list(pool.map(_format_one, todo, chunksize=chunk))
        except BaseException:  # interrupted (or a template bug): no worker outlives this call
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    for path_str, text in results:
        out[PurePosixPath(path_str)] = text
    return dict(sorted(out.items())), len(todo)
