"""Published packages (from the package index) in scratch venvs, cached under .tools/published/.

    python = published_venv("leonardo-ai-sdk", "6.0.1")

Each `<dist>-<version>` gets its own venv, made once (under a file lock, so parallel
sessions install it once) and reused by later runs; `.tools/` is never committed. Used by
the drop-in test (tests/e2e/test_dropin.py) and the import benchmark (benchmarks/).
"""

from __future__ import annotations

import fcntl
import shutil
from pathlib import Path

from tests.e2e.venvs import Venv, VenvError

REPO_ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = REPO_ROOT / ".tools" / "published"
_DONE = ".installed"


def published_venv(dist: str, version: str, cache_dir: Path = CACHE_DIR, timeout: float = 600.0) -> Path:
    """The python of a venv holding `dist==version` from the index; raises VenvError on failure."""
    directory = cache_dir / f"{dist}-{version}"
    python = directory / "bin" / "python"
    if (directory / _DONE).exists() and python.exists():
        return python
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / f".{dist}-{version}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (directory / _DONE).exists() and python.exists():
            return python
        if directory.exists():
            shutil.rmtree(directory)
        venv = Venv(directory)
        try:
            venv.pip_install(f"{dist}=={version}", timeout=timeout)
        except VenvError:
            shutil.rmtree(directory, ignore_errors=True)
            raise
        (directory / _DONE).write_text(f"{dist}=={version}\n")
    return python
