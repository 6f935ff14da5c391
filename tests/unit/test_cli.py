"""The codegen command as a user meets it: exit codes, messages, what it writes and what it leaves alone."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.outdir import IGNORED_PARTS

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "codegen", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=full_env)


def tree_hash(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the Leonardo spec and its generated tree, to break at will."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "spec" / "leonardo", root / "spec" / "leonardo")
    shutil.copytree(ROOT / "generated" / "leonardo", root / "generated" / "leonardo")
    return root


def test_help_lists_commands() -> None:
    proc = run("--help", cwd=ROOT)
    assert proc.returncode == 0
    for word in ("generate", "check", "validate", "dump-ir", "exit codes"):
        assert word in proc.stdout


def test_check_passes_on_a_fresh_tree_and_writes_nothing(project: Path) -> None:
    before = tree_hash(project)
    proc = run("check", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "up to date" in proc.stdout
    assert tree_hash(project) == before


def test_check_reports_stale_missing_and_extra_files(project: Path) -> None:
    out = project / "generated" / "leonardo" / "python"
    readme = out / "docs" / "sdks" / "image" / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8").replace("Get a Single Generation", "Get one"),
                      encoding="utf-8")
    (out / "src" / "leonardo_ai_sdk" / "resources" / "user.py").unlink()
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = tree_hash(project)
    proc = run("check", cwd=project)
    assert proc.returncode == 1
    assert "stale:   docs/sdks/image/README.md" in proc.stdout
    assert "missing: src/leonardo_ai_sdk/resources/user.py" in proc.stdout
    assert "extra:   notes.txt" in proc.stdout
    assert "-* [get_generation_by_id](#get_generation_by_id) - Get one" in proc.stdout  # a unified diff
    assert tree_hash(project) == before  # check writes nothing

    proc = run("generate", "leonardo", cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert "1 removed" in proc.stdout and "leonardo/python (python)" in proc.stdout
    assert "codegen generate: 2 target(s)" in proc.stdout  # python and typescript
    assert run("check", cwd=project).returncode == 0


@pytest.mark.parametrize(
    "breakage,expected",
    [
        (("  /generations:\n", "  /generations:\n   bad: [\n"), "spec/leonardo/openapi.yaml:"),
        (("operationId: getGenerationById", "operationId: createGeneration"),
         "#/paths/~1generations~1{id}/get/operationId: error: Operation ID 'createGeneration'"),
        (("$ref: '#/components/schemas/sd_versions'", "$ref: '#/components/schemas/sd_versionz'"),
         "error: unresolved reference: '#/components/schemas/sd_versionz' does not resolve"),
    ],
    ids=["broken-yaml", "duplicate-operation-id", "dangling-ref"],
)
def test_bad_spec_exits_2_with_one_line_errors_and_leaves_generated_alone(
    project: Path, breakage: tuple[str, str], expected: str
) -> None:
    spec = project / "spec" / "leonardo" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    assert breakage[0] in text
    spec.write_text(text.replace(breakage[0], breakage[1], 1), encoding="utf-8")
    before = tree_hash(project / "generated")
    for command in ("generate", "check", "validate"):
        proc = run(command, cwd=project)
        assert proc.returncode == 2, (command, proc.stdout, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert expected in proc.stderr, proc.stderr
        first = proc.stderr.splitlines()[0]
        assert first.startswith("spec/leonardo/openapi.yaml:")  # file, then line
        assert proc.stderr.splitlines()[-1].endswith("nothing was written")
    assert tree_hash(project / "generated") == before


def test_unknown_api_and_missing_file(project: Path) -> None:
    proc = run("generate", "nope", cwd=project)
    assert proc.returncode == 2 and "no such API (known: leonardo)" in proc.stderr
    proc = run("validate", "--spec", "missing.yaml", "--settings", "spec/leonardo/codegen.yaml", cwd=project)
    assert proc.returncode == 2 and "missing.yaml: error: file not found" in proc.stderr


def test_any_spec_with_settings_and_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    case = ROOT / "tests" / "golden" / "cases" / "params_bodies"
    proc = run("generate", "--spec", str(case / "spec.yaml"), "--settings", str(case / "codegen.yaml"),
               "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (out / "python" / "src" / "golden_params_bodies" / "sdk.py").is_file()
    proc = run("check", "--spec", str(case / "spec.yaml"), "--settings", str(case / "codegen.yaml"),
               "--out", str(out), cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    """Two generations from scratch, under different PYTHONHASHSEED values, are byte-identical."""
    trees = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        proc = run("generate", "--spec", str(ROOT / "spec/leonardo/openapi.yaml"), "--settings",
                   str(ROOT / "spec/leonardo/codegen.yaml"), "--out", str(out), cwd=ROOT,
                   env={"PYTHONHASHSEED": seed})
        assert proc.returncode == 0, proc.stderr
        trees.append(tree_hash(out))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 200
    # and equal to the committed tree
    committed = tree_hash(ROOT / "generated" / "leonardo")
    assert trees[0] == {k: v for k, v in committed.items() if not (IGNORED_PARTS & set(k.split("/")))
                        and ".egg-info" not in k}
