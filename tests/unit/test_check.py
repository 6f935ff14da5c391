"""`codegen check` as a drift gate: tampering, tool upgrades, bounded diffs, the fix command, JSON."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from tests.unit.test_cli import ROOT, run, tree_hash

MANIFEST = ".codegen-manifest.json"


@pytest.fixture()
def leap(tmp_path: Path) -> Path:
    """A copy of the Leap spec and its generated tree (the smaller API: quicker strict runs)."""
    root = tmp_path / "project"
    shutil.copytree(ROOT / "spec" / "leap", root / "spec" / "leap")
    shutil.copytree(ROOT / "generated" / "leap", root / "generated" / "leap")
    return root


def _out(root: Path) -> Path:
    return root / "generated" / "leap" / "python"


def _edit_manifest(root: Path, change) -> None:  # type: ignore[no-untyped-def]
    path = _out(root) / MANIFEST
    body = json.loads(path.read_text(encoding="utf-8"))
    change(body)
    path.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def test_tampered_file_with_matching_manifest_hash_fails_strict(leap: Path) -> None:
    rel = "src/leap/apis/tags/generate_music_api.py"
    target = _out(leap) / rel
    text = target.read_text(encoding="utf-8")
    tampered = text + "\nimport os  # a line nobody generated\n"
    target.write_text(tampered, encoding="utf-8")
    # ...and the manifest vouches for the tampered text
    _edit_manifest(leap, lambda body: body["files"][rel].update(output=hashlib.sha256(tampered.encode()).hexdigest()))
    before = tree_hash(leap)

    proc = run("check", "--strict", cwd=leap)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert f"  stale:   {rel}" in proc.stdout
    assert f"  stale:   {MANIFEST}" in proc.stdout  # its hash for that file is wrong too
    assert "-import os  # a line nobody generated" in proc.stdout
    assert "codegen check (strict): 1 target(s) out of date" in proc.stdout
    assert "fix: codegen generate --strict leap" in proc.stdout.splitlines()
    assert tree_hash(leap) == before  # check writes nothing

    # a plain generate trusts the manifest too; the fix command printed does not
    assert run("generate", "--strict", "leap", cwd=leap).returncode == 0
    assert target.read_text(encoding="utf-8") == text
    assert json.loads((_out(leap) / MANIFEST).read_text(encoding="utf-8"))["files"][rel]["output"] == \
        hashlib.sha256(text.encode()).hexdigest()


def test_tampered_manifest_alone_is_drift(leap: Path) -> None:
    _edit_manifest(leap, lambda body: body["files"]["README.md"].update(output="0" * 64))
    proc = run("check", cwd=leap)
    assert proc.returncode == 1, proc.stdout
    assert f"  stale:   {MANIFEST}" in proc.stdout
    assert "  stale:   README.md" not in proc.stdout


def test_a_tool_upgrade_alone_is_visible_but_not_drift(leap: Path) -> None:
    _edit_manifest(leap, lambda body: body.update(validator="openapi-spec-validator 0.0.1"))
    proc = run("check", cwd=leap)
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    assert "was made with openapi-spec-validator 0.0.1, this run uses openapi-spec-validator " in proc.stdout
    assert "leap/python (python-flat): up to date" in proc.stdout

    _edit_manifest(leap, lambda body: body.update(formatter="black 1.0.0 line-length 88 py311"))
    proc = run("check", "--format", "json", cwd=leap)  # formats every file again: no cache for this black
    assert proc.returncode == 0, (proc.stdout, proc.stderr)
    body = json.loads(proc.stdout)
    assert body["ok"] is True and body["status"] == "up-to-date"
    tools = body["targets"][0]["tools"]
    assert tools["formatter"]["recorded"] == "black 1.0.0 line-length 88 py311"
    assert tools["formatter"]["running"].startswith("black ") and tools["formatter"]["running"].endswith(" py311")
    assert tools["validator"]["recorded"] == "openapi-spec-validator 0.0.1"
    assert tools["validator"]["running"].startswith("openapi-spec-validator ")
    # generate records the running versions, touching only the manifest
    before = tree_hash(_out(leap))
    assert run("generate", cwd=leap).returncode == 0
    after = tree_hash(_out(leap))
    assert [k for k in after if after[k] != before[k]] == [MANIFEST]
    assert "note:" not in run("check", cwd=leap).stdout


def test_json_report_with_bounded_diffs_and_fix_command(leap: Path) -> None:
    docs = _out(leap) / "docs" / "apis" / "tags"
    pages = sorted(docs.glob("*.md"))
    assert len(pages) == 3
    for page in pages:  # every line changes: long diffs
        page.write_text("".join("x" + line for line in page.read_text(encoding="utf-8").splitlines(True)),
                        encoding="utf-8")
    (_out(leap) / "README.md").unlink()
    (_out(leap) / "mine.txt").write_text("not generated\n", encoding="utf-8")

    proc = run("check", "--format", "json", "--diff-lines", "10", "--max-diff-lines", "25", cwd=leap)
    assert proc.returncode == 1, proc.stderr
    body = json.loads(proc.stdout)
    assert body["ok"] is False and body["status"] == "out-of-date" and body["mode"] == "fast"
    assert body["fix"] == "codegen generate leap"
    (t,) = [t for t in body["targets"] if t["target"] == "python"]  # leap has other targets, untouched
    assert all(other["up_to_date"] for other in body["targets"] if other is not t)
    assert (t["api"], t["target"], t["template"], t["out_dir"]) == ("leap", "python", "python-flat",
                                                                   "generated/leap/python")
    assert t["stale"] == [f"docs/apis/tags/{p.name}" for p in pages]
    assert t["missing"] == ["README.md"] and t["extra"] == ["mine.txt"]
    shown = [line for d in t["diff"].values() for line in d.splitlines() if not line.startswith("... (")]
    assert len(shown) == 25  # 10 + 10 + 5: the total bound
    assert all(len([x for x in d.splitlines() if not x.startswith("... (")]) <= 10 for d in t["diff"].values())
    assert t["diff_lines_omitted"] > 0
    assert all(d.splitlines()[-1].startswith("... (") for d in t["diff"].values())

    text = run("check", "--diff-lines", "10", "--max-diff-lines", "25", cwd=leap).stdout
    assert "fix: codegen generate leap" in text and "then commit generated/leap/python" in text
    assert len(text.splitlines()) < 60


def test_fix_command_for_a_spec_outside_spec_dir(tmp_path: Path) -> None:
    case = ROOT / "tests" / "golden" / "cases" / "params_bodies"
    out = tmp_path / "sdk"
    args = ["--spec", str(case / "spec.yaml"), "--settings", str(case / "codegen.yaml"), "--out", str(out)]
    assert run("generate", *args, cwd=tmp_path).returncode == 0
    victim = next(out.rglob("*.md"))
    victim.write_text("edited\n", encoding="utf-8")
    proc = run("check", *args, cwd=tmp_path)
    assert proc.returncode == 1
    assert f"fix: codegen generate {' '.join(args)}" in proc.stdout
    assert run("generate", *args, cwd=tmp_path).returncode == 0
    assert run("check", *args, cwd=tmp_path).returncode == 0


def test_json_report_of_invalid_input(leap: Path) -> None:
    spec = leap / "spec" / "leap" / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("operationId: MusicController_findAllAudio",
                                                             "operationId: MusicController_createAudio"),
                    encoding="utf-8")
    proc = run("check", "--format", "json", cwd=leap)
    assert proc.returncode == 2
    body = json.loads(proc.stdout)
    assert body["ok"] is False and body["status"] == "invalid-input"
    (issue,) = body["issues"]
    assert issue["file"] == "spec/leap/openapi.yaml" and issue["severity"] == "error"
    assert issue["pointer"] == "#/paths/~1api~1v1~1music/get/operationId"
    assert "MusicController_createAudio" in issue["message"]
