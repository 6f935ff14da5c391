"""format: the Python files through a formatter, nothing for the rest (templates decide whitespace).

black is the default (and what is committed). The setting `formatter: ruff` selects
`ruff format` instead: black-compatible, ~100x faster, for very large specs (README, Speed).

Formatting is the slow stage (black: ~90 ms a file cold), so a file whose rendered text is
unchanged since the last generation is not formatted again (the manifest beside the output
records, per file, the hash of the rendered text and of the formatted text, and the
formatter's id), and the rest is formatted on every core.
"""

from __future__ import annotations

import ctypes
import gc
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from .errors import GeneratorBug
from .versions import dist_version

LINE_LENGTH = 88
TARGET_VERSION = "py311"
BLACK = "black"
RUFF = "ruff"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def formatter_id(formatter: str = BLACK) -> str:
    """Changes whenever formatting could change: the formatter's version and our settings."""
    return f"{formatter} {dist_version(formatter)} line-length {LINE_LENGTH} {TARGET_VERSION}"


def missing_formatter(formatter: str) -> str | None:
    """Why `formatter` cannot run in this environment, or None. Both formatters are
    dependencies of codegen (pyproject.toml), so this happens only in an environment
    installed without them (--no-deps, or one uninstalled)."""
    try:
        dist_version(formatter)
        if formatter == RUFF:
            ruff_binary()
    except (ImportError, OSError):  # PackageNotFoundError is an ImportError
        return (f"the formatter '{formatter}' is not installed in this environment ({sys.executable}); it is one "
                "of codegen's dependencies: reinstall them (scripts/bootstrap, or `pip install` the project)")
    return None


def _mode() -> Any:
    import black
    from black.mode import TargetVersion

    return black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311}, string_normalization=True)


def _unformattable(path: str, text: str, why: object) -> GeneratorBug:
    numbered = "\n".join(f"{i + 1:5}: {line}" for i, line in enumerate(text.splitlines()))
    return GeneratorBug(f"{path} could not be formatted: {why}\n--- unformatted text ---\n{numbered}")


def format_python(path: str, text: str) -> str:
    import black

    try:
        return black.format_str(text, mode=_mode())
    except Exception as exc:  # black.InvalidInput and friends: a template bug
        raise _unformattable(path, text, f"black: {exc}") from exc


def _worker_init(parent: int) -> None:
    """A formatter process leaves interrupts to its parent and dies with it. What it
    inherited from the parent is frozen (the parent allocates it with the collector off, so a
    collection here would walk all of it, and copy every page it touches instead of sharing
    them), and its own garbage is collected after each file, never during one (_format_in_worker)."""
    gc.freeze()
    gc.disable()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)


def _format_in_worker(item: tuple[str, str, str | None]) -> tuple[str, str]:
    """_format_one, then a collection. black's parse tree of a file is cyclic (each node
    points to its parent), so only the cyclic collector frees it. Left to automatic
    collection, the trees of earlier files pile up in the older generations, and every
    collection walks the tree still being built: measured on the 800 largest files of the
    synthetic 2,000-operation SDK, one process, collecting after each file took 21 s of CPU
    instead of 25 s, with a peak of 61 MB instead of 81 MB."""
    try:
        return _format_one(item)
    finally:
        gc.collect()


def die_with_parent(parent: int | None = None) -> None:
    """Call in a child process: it dies with its parent, even when the parent is killed (Linux:
    PR_SET_PDEATHSIG; elsewhere a watcher thread). `parent`: the parent's pid (default: now)."""
    parent = os.getppid() if parent is None else parent
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


def _format_one(item: tuple[str, str, str | None]) -> tuple[str, str]:
    """(path, rendered text, ruff's layout of it or None) -> (path, black's text)."""
    path, text, laid_out = item
    if laid_out is not None:
        try:
            return path, format_python(path, laid_out)
        except GeneratorBug:  # black refuses ruff's text: let it report on ours
            pass
    return path, format_python(path, text)


def _ruff_layout(todo: list[tuple[str, str]]) -> list[str | None]:
    """ruff's layout of each text (one `ruff format` for all, ~1 ms a file), to be handed to
    black instead of the rendered text: black then changes nothing in most files and stops
    after one pass (black.format_str formats a second time any text it changed, to reach its
    fixed point). ruff lays out code as black does (README, "The faster formatter"), and black
    decides the result: what ruff does differently (two docstring cases) black puts back its
    way. None for each file when ruff is missing or fails: black alone, as before."""
    if not todo or missing_formatter(RUFF) is not None:
        return [None] * len(todo)
    try:
        return [text for _, text in _ruff_all(list(todo), None)]
    except GeneratorBug:  # a text ruff cannot parse: black reports it
        return [None] * len(todo)


# below this many files to format, none is formatted here while the verdict is pending: the
# whole formatting is then about as short as the workers' start (Leonardo: ~75 files), the
# share done here bought no time, and importing black here put its memory beside the
# validator's, the peak of a cold run (Leap: 53 -> 62 MB, Leonardo: 60 -> 68 MB)
PENDING_MIN_FILES = 150


def _while_pending(items: list[tuple[str, str, str | None]], order: list[int], pending: Callable[[], bool],
                   results: dict[int, tuple[str, str]]) -> list[int]:
    """Format here, smallest file first, while `pending()` (the spec validator's verdict is
    still to come: its process holds one core and this one would only wait). Returns the
    indexes left for the workers. A file that fails is left to them too: its error is
    raised after the verdict, as it would have been. This process runs with the collector
    off (cli.main), so each file's cyclic parse tree is collected by hand, from the
    youngest generation: what was allocated before is frozen meanwhile, and not walked."""
    left = list(order)
    if not pending():
        return left
    gc.freeze()
    try:
        while left and pending():
            i = left[-1]
            try:
                results[i] = _format_one(items[i])
            except GeneratorBug:
                break
            finally:
                gc.collect(0)
            left.pop()
    finally:
        gc.unfreeze()
    return left


def _black_all(todo: list[tuple[str, str]], jobs: int | None, verdict: Callable[[], None] | None = None,
               pending: Callable[[], bool] | None = None) -> list[tuple[str, str]]:
    items = [(path, text, laid_out) for (path, text), laid_out in zip(todo, _ruff_layout(todo))]
    # the largest files first, so that no core idles at the end
    order = sorted(range(len(items)), key=lambda i: -len(items[i][1]))
    results: dict[int, tuple[str, str]] = {}
    if pending is not None and len(items) >= PENDING_MIN_FILES:
        order = _while_pending(items, order, pending, results)
    if verdict is not None:
        verdict()
    workers = jobs or min(len(order), os.cpu_count() or 1)
    if len(order) <= 4 or workers <= 1:
        results.update((i, _format_one(items[i])) for i in order)
        return [results[i] for i in range(len(items))]
    import black  # noqa: F401  imported once here, inherited by the forked workers
    from concurrent.futures import ProcessPoolExecutor  # 25 ms to import: only when it runs

    # one file a task up to a few hundred files, then chunks (several per worker)
    chunk = 1 if len(order) <= 400 else min(16, len(order) // (workers * 4))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        done = list(pool.map(_format_in_worker, [items[i] for i in order], chunksize=chunk))
    except BaseException:  # interrupted (or a template bug): no worker outlives this call
        for proc in list(getattr(pool, "_processes", {}).values()):
            proc.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    results.update(zip(order, done))
    return [results[i] for i in range(len(items))]


def ruff_binary() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]  # the pinned wheel's binary

    return os.fsdecode(find_ruff_bin())


_SCRATCH = "codegen-ruff-"
_SHM = "/dev/shm"


def _scratch_folder(size: int) -> str | None:
    """Where ruff's scratch copy of the texts goes: the memory-backed folder /dev/shm where
    there is one with room to spare and TMPDIR is not set (creating thousands of files on a
    disk is kernel time, ~0.1-1 ms a file here, in memory ~0.01 ms); else the temporary
    folder. Scratch folders that a killed run left there are removed first."""
    if os.environ.get("TMPDIR"):
        return None
    try:
        st = os.statvfs(_SHM)
        if not os.access(_SHM, os.W_OK | os.X_OK) or st.f_bavail * st.f_frsize < 4 * size + (256 << 20):
            return None
        names = os.listdir(_SHM)
    except OSError:
        return None
    for name in names:
        pid = name[len(_SCRATCH):].split("-", 1)[0]
        if name.startswith(_SCRATCH) and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(os.path.join(_SHM, name), ignore_errors=True)
    return _SHM


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def _ruff_all(todo: list[tuple[str, str]], jobs: int | None, release: bool = False) -> list[tuple[str, str]]:
    """One `ruff format` over a scratch folder holding every file (ruff uses every core).
    `release`: drop each text from `todo` once written (the caller holds no other reference:
    on the largest specs that is hundreds of MB fewer while the formatted texts are read back)."""
    where = _scratch_folder(sum(len(text) for _, text in todo))
    with tempfile.TemporaryDirectory(prefix=f"{_SCRATCH}{os.getpid()}-", dir=where) as tmp:
        root = Path(tmp)
        for i, (path, text) in enumerate(todo):
            (root / f"f{i}.py").write_text(text, encoding="utf-8")
            if release:
                todo[i] = (path, "")
        env = dict(os.environ)
        if jobs:
            env["RAYON_NUM_THREADS"] = str(jobs)
        cmd = [ruff_binary(), "format", "--isolated", "--no-cache", "--quiet", "--line-length", str(LINE_LENGTH),
               "--target-version", TARGET_VERSION, str(root)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
        if proc.returncode != 0:
            for i, (path, _) in enumerate(todo):
                if f"f{i}.py" in proc.stderr:  # ruff leaves a file it cannot format as it was
                    text = (root / f"f{i}.py").read_text(encoding="utf-8")
                    raise _unformattable(path, text, f"ruff format: {proc.stderr.strip()}")
            raise GeneratorBug(f"ruff format failed ({proc.returncode}): {proc.stderr.strip()}")
        return [(path, (root / f"f{i}.py").read_text(encoding="utf-8")) for i, (path, _) in enumerate(todo)]


def format_files(
    rendered: dict[PurePosixPath, str],
    cached: Callable[[PurePosixPath, str], str | None],
    jobs: int | None = None,
    formatter: str = BLACK,
    consume: bool = False,
    preformatted: frozenset[PurePosixPath] = frozenset(),
    verdict: Callable[[], None] | None = None,
    pending: Callable[[], bool] | None = None,
) -> tuple[dict[PurePosixPath, str], int]:
    """Formatted texts, and how many files the formatter had to format.

    `cached(path, rendered_text)` returns the formatted text when it is known from the last
    generation, else None. Files with the same rendered text are formatted once.
    `consume`: empty `rendered` on the way, so that a rendered text can be freed once it is
    formatted (the caller keeps no other reference to it).
    `preformatted`: paths whose text is already formatted (the verbatim copies of the runtime
    files under templates/, committed formatted: tests/unit/test_static_sources.py); kept as
    they are.
    `verdict()`: called once before the formatter's processes start (the spec validator's
    verdict; it raises when the spec is rejected). Before it, black formats small files in
    this process while `pending()` (that verdict is still to come), and ruff lays out the
    texts; nothing else runs before it.
    """
    out: dict[PurePosixPath, str] = {}
    todo: dict[str, list[PurePosixPath]] = {}  # rendered text -> the paths that have it
    for path in list(rendered):
        text = rendered.pop(path) if consume else rendered[path]
        if path.suffix != ".py" or path in preformatted:
            out[path] = text
            continue
        hit = cached(path, text)
        if hit is not None:
            out[path] = hit
        else:
            todo.setdefault(text, []).append(path)
    items = [(str(paths[0]), text) for text, paths in todo.items()]
    groups = list(todo.values())
    count = sum(len(paths) for paths in groups)
    if consume:
        todo.clear()  # the texts live on in `items` only
    if formatter == BLACK and items:
        results = _black_all(items, jobs, verdict, pending)
    else:
        if verdict is not None:
            verdict()
        if formatter == RUFF and items:
            results = _ruff_all(items, jobs, release=consume)
        elif items:
            raise GeneratorBug(f"unknown formatter {formatter!r}")
        else:
            results = []
    for paths, (_, formatted) in zip(groups, results):
        for path in paths:
            out[path] = formatted
    return dict(sorted(out.items())), count


def format_static_sources() -> list[Path]:
    """Reformat in place the hand-written runtime .py files under templates/ with black (they
    are committed formatted: generation copies them as they are). Returns the files changed."""
    from .render import static_sources

    changed = []
    for path in static_sources():
        text = path.read_text(encoding="utf-8")
        formatted = format_python(str(path), text)
        if formatted != text:
            path.write_text(formatted, encoding="utf-8")
            changed.append(path)
    return changed


if __name__ == "__main__":  # .venv/bin/python -m codegen.format: after editing a runtime file
    for changed in format_static_sources():
        print(f"reformatted {changed}")
