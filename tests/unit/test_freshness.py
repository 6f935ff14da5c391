"""The unchanged-tree shortcut of `check` and `generate` (codegen/freshness.py): taken only
when every input hashes as recorded and the output holds exactly what its manifest lists;
any change anywhere runs the command in full, with the usual verdict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from codegen import freshness, settings
from tests.unit.test_cli import ROOT, run, tree_hash


@pytest.fixture()
def leap(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "spec" / "leap", root / "spec" / "leap")
    shutil.copytree(ROOT / "generated" / "leap", root / "generated" / "leap",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "node_modules"))
    return root, {"CODEGEN_CACHE_DIR": str(tmp_path / "cache")}


def _records(env: dict[str, str]) -> list[Path]:
    return sorted((Path(env["CODEGEN_CACHE_DIR"]) / "fresh").glob("*.json"))


def test_a_clean_check_is_recorded_and_the_next_reports_the_same(leap: tuple[Path, dict[str, str]]) -> None:
    root, env = leap
    first = run("check", cwd=root, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert len(_records(env)) == 1  # one API
    second = run("check", cwd=root, env=env)
    assert second.returncode == 0
    strip = lambda text: text.rsplit("(", 1)[0]  # noqa: E731  the last line ends with the time
    assert [strip(line) for line in second.stdout.splitlines()] == [strip(line) for line in first.stdout.splitlines()]
    assert second.stderr == first.stderr
    gen = run("generate", cwd=root, env=env)
    assert gen.returncode == 0 and ", 0 files written," in gen.stdout


@pytest.mark.parametrize("change", ["edit an output file", "add a file", "edit the spec", "edit the settings"])
def test_any_change_runs_check_in_full(leap: tuple[Path, dict[str, str]], change: str) -> None:
    root, env = leap
    assert run("check", cwd=root, env=env).returncode == 0
    assert _records(env)
    out = root / "generated" / "leap" / "python"
    page = out / "docs" / "apis" / "tags" / "GenerateMusicApi.md"
    if change == "edit an output file":
        page.write_text(page.read_text(encoding="utf-8") + "x\n", encoding="utf-8")
        expect = "  stale:   docs/apis/tags/GenerateMusicApi.md"
    elif change == "add a file":
        (out / "docs" / "mine.md").write_text("mine\n", encoding="utf-8")
        expect = "  extra:   docs/mine.md"
    elif change == "remove a file":
        page.unlink()
        expect = "  missing: docs/apis/tags/GenerateMusicApi.md"
    elif change == "edit the spec":
        spec = root / "spec" / "leap" / "openapi.yaml"
        text = spec.read_text(encoding="utf-8")
        assert "summary: Generate an Image\n" in text
        spec.write_text(text.replace("summary: Generate an Image\n", "summary: Generate one Image\n", 1),
                        encoding="utf-8")
        expect = "OUT OF DATE"
    elif change == "edit the settings":
        s = root / "spec" / "leap" / "codegen.yaml"
        text = s.read_text(encoding="utf-8")
        assert "version: 1.0.0" in text
        s.write_text(text.replace("version: 1.0.0", "version: 1.0.1", 1), encoding="utf-8")
        expect = "OUT OF DATE"
    else:
        manifest = out / ".codegen-manifest.json"
        body = manifest.read_text(encoding="utf-8")
        key = '"docs/apis/tags/GenerateMusicApi.md": {\n   "output": "'
        assert key in body
        manifest.write_text(body.replace(key, key + "0", 1), encoding="utf-8")
        expect = "  stale:   .codegen-manifest.json"
    before = tree_hash(root)
    proc = run("check", cwd=root, env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert expect in proc.stdout
    assert tree_hash(root) == before
    # generate repairs it, records it, and the next check is clean
    assert run("generate", cwd=root, env=env).returncode == 0
    assert run("check", cwd=root, env=env).returncode == 0


def test_the_fingerprint_covers_code_templates_and_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    base = freshness.generator_fingerprint()
    original = settings.TEMPLATES_DIR
    templates = tmp_path / "templates"
    shutil.copytree(original, templates, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(settings, "TEMPLATES_DIR", templates)
    monkeypatch.setattr(freshness, "_FINGERPRINT", [])
    same = freshness.generator_fingerprint()
    assert same == base  # the same templates elsewhere: the same generator
    monkeypatch.setattr(freshness, "_FINGERPRINT", [])
    page = templates / "python" / "group.md.jinja"
    page.write_text(page.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert freshness.generator_fingerprint() != base
    monkeypatch.setattr(freshness, "_FINGERPRINT", [])
    shutil.copytree(original, templates, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(freshness, "dist_version", lambda name: "0" if name == "black" else "1")
    assert freshness.generator_fingerprint() != base


def test_strict_and_json_never_take_the_shortcut(leap: tuple[Path, dict[str, str]]) -> None:
    root, env = leap
    assert run("check", cwd=root, env=env).returncode == 0
    out = root / "generated" / "leap" / "python"
    manifest = out / ".codegen-manifest.json"
    record = _records(env)[0]
    # a record that lies (claims the tampered manifest): only a full run can tell
    page = out / "README.md"
    page.write_text(page.read_text(encoding="utf-8") + "tampered\n", encoding="utf-8")
    import hashlib
    import json

    body = json.loads(manifest.read_text(encoding="utf-8"))
    body["files"]["README.md"]["output"] = hashlib.sha256(page.read_bytes()).hexdigest()
    manifest.write_text(json.dumps(body, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    rec = json.loads(record.read_text(encoding="utf-8"))
    for t in rec["targets"]:
        if t["name"] == "python":
            t["manifest"] = hashlib.sha256(manifest.read_bytes()).hexdigest()
    record.write_text(json.dumps(rec), encoding="utf-8")
    assert run("check", cwd=root, env=env).returncode == 0  # the shortcut believes the record
    assert run("check", "--strict", cwd=root, env=env).returncode == 1
    proc = run("check", "--format", "json", cwd=root, env=env)
    assert proc.returncode == 1 and json.loads(proc.stdout)["ok"] is False
