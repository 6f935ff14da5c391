"""The seeds (pages our customers' current tools produce, in ../shared/seeds) are reproduced
byte for byte by the committed output and by a fresh render of the spec.

Seed 004 (Leap, GenerateImagesApi page) is asserted in test_python_flat.py; this file holds
seed 001 (the Leonardo `image` group page) and the rule that a missing input fails in CI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path, PurePosixPath

from codegen.pipeline import load_api
from codegen.render import render
from codegen.settings import load_settings
from tests import shared_inputs

ROOT = Path(__file__).resolve().parents[2]
SEED_001_PAGE = "docs/sdks/image/README.md"  # the page seed 001 stands for, in generated/leonardo/python


def test_seed_001_is_the_committed_leonardo_image_page() -> None:
    seed = shared_inputs.seed("001")
    page = ROOT / "generated" / "leonardo" / "python" / SEED_001_PAGE
    assert page.read_bytes() == seed.read_bytes()


def test_seed_001_is_what_the_generator_renders_for_the_image_group() -> None:
    seed = shared_inputs.seed("001")
    settings = load_settings(ROOT / "spec" / "leonardo" / "codegen.yaml")
    (target,) = [t for t in settings.targets if t.name == "python"]
    page = render(load_api(settings).api, target)[PurePosixPath(SEED_001_PAGE)]  # markdown: black never runs on it
    assert page.encode("utf-8") == seed.read_bytes()


def test_a_missing_shared_input_fails_under_ci_and_skips_elsewhere(tmp_path: Path) -> None:
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        "from tests import shared_inputs\n\n"
        "def test_probe():\n"
        "    shared_inputs.seed('999')\n",
        encoding="utf-8",
    )
    outcomes = {}
    for ci in ("true", ""):
        proc = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(probe)],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
            env={**os.environ, "CI": ci, "PYTHONPATH": str(ROOT)},
        )
        outcomes[ci] = (proc.returncode, proc.stdout)
    rc, out = outcomes["true"]
    assert rc == 1 and "1 failed" in out and "seed 999" in out, out
    rc, out = outcomes[""]
    assert rc == 0 and "1 skipped" in out, out
