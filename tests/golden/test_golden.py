"""Golden tests: whole generated trees compared with committed expectations.

* generated/ (the real APIs) must equal a fresh generation;
* tests/golden/cases/<feature>/ holds one small spec per feature (spec.yaml +
  codegen.yaml) and its expected output under expected/<target>/;
* tests/golden/errors/<feature>/ holds a broken spec and the exact issues printed.

Update on purpose, after reviewing the diff:  pytest tests/golden --update-goldens
(or UPDATE_GOLDENS=1 pytest tests/golden).
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path, PurePosixPath

import pytest

from codegen.format import format_files
from codegen.pipeline import generate_api, load_api
from codegen.render import render, verbatim_paths
from codegen.settings import load_settings
from codegen.drift import compare
from codegen.outdir import on_disk

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted(p for p in (ROOT / "tests/golden/cases").iterdir() if p.is_dir())
ERRORS = sorted(p for p in (ROOT / "tests/golden/errors").iterdir() if p.is_dir())
APIS = sorted(p.parent.name for p in (ROOT / "spec").glob("*/codegen.yaml"))
UPDATE_HINT = "If the change is intended, review it and run: pytest tests/golden --update-goldens"


def _tree_report(files: dict[PurePosixPath, str], out_dir: Path) -> str:
    """Missing, extra and differing files with a unified diff each; '' when equal."""
    expected = {str(p): t for p, t in files.items()}
    lines: list[str] = []
    found = set(on_disk(out_dir))
    for rel in sorted(set(expected) - found):
        lines.append(f"missing: {rel}")
    for rel in sorted(found - set(expected)):
        lines.append(f"extra:   {rel}")
    for rel in sorted(set(expected) & found):
        old = (out_dir / rel).read_text(encoding="utf-8")
        if old != expected[rel]:
            lines.append(f"differs: {rel}")
            diff = difflib.unified_diff(old.splitlines(True), expected[rel].splitlines(True), f"expected/{rel}",
                                        f"generated/{rel}")
            lines.extend(line.rstrip("\n") for line in list(diff)[:60])
    return "\n".join(lines)


@pytest.mark.parametrize("api", APIS)
def test_generated_tree_is_fresh(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """generated/<api>/ equals what the generator makes of spec/<api>/ now (what `codegen check --strict`
    says): strict, so that nothing in the committed tree (its manifest's hashes) can vouch for itself."""
    monkeypatch.chdir(ROOT)
    settings = load_settings(ROOT / "spec" / api / "codegen.yaml", api=api)
    for gen in generate_api(settings, ROOT / "generated" / api, strict=True):
        drift = compare(gen.files, gen.out_dir, gen.manifest)
        assert drift.clean, (
            f"generated/{api}/{gen.target.name} is stale: stale={drift.stale} missing={drift.missing} "
            f"extra={drift.extra}\n" + "".join(line for d in drift.diffs.values() for line in d)
            + "\nRun `codegen generate` and commit the result."
        )


def _case_output(case: Path) -> list[tuple[str, dict[PurePosixPath, str]]]:
    """(target, files) of a fresh generation of a case, without the verbatim runtime files:
    those are the same in every case and pinned by generated/ and the runtime's own tests."""
    settings = load_settings(case / "codegen.yaml", api=case.name)
    loaded = load_api(settings)
    out = []
    for target in settings.targets:
        files = render(loaded.api, target)
        skip = verbatim_paths(loaded.api, target)
        formatted, _ = format_files({p: t for p, t in files.items() if p not in skip}, lambda p, t: None)
        out.append((target.name, formatted))
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_feature_case(case: Path, update_goldens: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(case)
    for target, files in _case_output(case):
        out_dir = case / "expected" / target
        if update_goldens:
            shutil.rmtree(out_dir, ignore_errors=True)
            for rel, text in files.items():
                (out_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                (out_dir / rel).write_text(text, encoding="utf-8")
            continue
        report = _tree_report(files, out_dir)
        assert not report, f"golden case {case.name}/{target} differs:\n{report}\n{UPDATE_HINT}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_feature_case_python_compiles_and_imports(case: Path, tmp_path: Path,
                                                   golden_generation: Callable[[str], Path]) -> None:
    """A golden that does not compile is wrong: import every module of a full generation of the case
    (the expected tree plus the runtime files)."""
    for target_dir in sorted(golden_generation(case.name).iterdir()):
        src = target_dir / "src"
        if not src.is_dir() or (target_dir / "package.json").is_file():  # TypeScript: tests/e2e type-check it
            continue
        expected_src = case / "expected" / target_dir.name / "src"
        for f in expected_src.rglob("*.py"):  # the generation imported is the golden one
            assert f.read_text(encoding="utf-8") == (src / f.relative_to(expected_src)).read_text(encoding="utf-8")
        copy = tmp_path / ("import-" + target_dir.name)
        shutil.copytree(src, copy)
        packages = sorted(p.name for p in copy.iterdir() if (p / "__init__.py").is_file())
        assert packages
        code = "import importlib, pkgutil, sys\n" + "".join(
            f"pkg = importlib.import_module({p!r})\n"
            f"[importlib.import_module(m.name) for m in pkgutil.walk_packages(pkg.__path__, {p + '.'!r})]\n"
            for p in packages
        )
        proc = subprocess.run([sys.executable, "-c", code], cwd=copy, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr


# Cases whose generated packages (every target) must also pass mypy --strict.
MYPY_STRICT_CASES = ("schemas_31", "schemas_composition", "deprecation")


def test_schema_cases_pass_mypy_strict(tmp_path: Path, golden_generation: Callable[[str], Path]) -> None:
    """The schema feature cases (unions, allOf, recursion, maps, const, ...) type-check strictly:
    one mypy run over every target's package of each case (runtime files included)."""
    src_dirs: list[str] = []
    packages: list[str] = []
    for name in MYPY_STRICT_CASES:
        for target_dir in sorted(golden_generation(name).iterdir()):
            src = target_dir / "src"
            src_dirs.append(str(src))
            packages += [p.name for p in sorted(src.iterdir()) if (p / "__init__.py").is_file()]
    assert len(packages) == 2 * len(MYPY_STRICT_CASES)
    env = {**os.environ, "MYPYPATH": os.pathsep.join(src_dirs)}
    args = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache")]
    proc = subprocess.run(args + [a for p in packages for a in ("-p", p)], capture_output=True, text=True,
                          timeout=600, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("case", ERRORS, ids=[c.name for c in ERRORS])
def test_error_case(case: Path, update_goldens: bool) -> None:
    """A broken spec gives exactly the expected one-line issues, exit code 2, and writes nothing."""
    settings = case / "codegen.yaml"
    if not settings.exists():
        settings = ROOT / "tests/golden/errors/codegen.yaml"
    out = case / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--spec", "spec.yaml", "--settings", str(settings),
         "--out", "out"],
        cwd=case, capture_output=True, text=True, timeout=120, env=_env(),
    )
    assert not out.exists(), "a failed run must not write anything"
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    expected_file = case / "expected.txt"
    if update_goldens:
        expected_file.write_text(proc.stderr, encoding="utf-8")
        return
    assert proc.stderr == expected_file.read_text(encoding="utf-8"), UPDATE_HINT


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env
