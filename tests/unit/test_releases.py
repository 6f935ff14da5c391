"""RELEASES.md: an entry when the settings carry a new version, untouched otherwise."""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from tests.unit.test_cli import ROOT, run


def test_release_notes_follow_the_settings_version(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "spec" / "leap", root / "spec" / "leap")
    shutil.copytree(ROOT / "generated" / "leap", root / "generated" / "leap")
    out = root / "generated" / "leap" / "python"
    notes = out / "RELEASES.md"
    snapshot = out / ".codegen-release.json"
    first_notes, first_snapshot = notes.read_text(encoding="utf-8"), snapshot.read_text(encoding="utf-8")
    assert "## 1.0.0\n\nFirst release, generated from `spec/leap/openapi.yaml` (API version 1.0).\n" in first_notes
    assert json.loads(first_snapshot)["version"] == "1.0.0"

    # the spec changes, the version does not: the notes and the snapshot stay as they are
    spec = root / "spec" / "leap" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    text = text.replace("operationId: MusicController_findAllAudio", "operationId: MusicController_listAudio")
    text = text.replace("""    MusicgenInferenceEntity:
      type: object
      required: [id, createdAt, prompt, state]
      properties:
""", """    MusicgenInferenceEntity:
      type: object
      required: [id, createdAt, prompt, state]
      properties:
        durationSeconds:
          type: number
""")
    spec.write_text(text, encoding="utf-8")
    assert run("generate", cwd=root).returncode == 0
    assert notes.read_text(encoding="utf-8") == first_notes
    assert snapshot.read_text(encoding="utf-8") == first_snapshot

    # a new version: an entry with every change since 1.0.0, for this target (python-flat)
    settings = root / "spec" / "leap" / "codegen.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.1.0"),
                        encoding="utf-8")
    proc = run("generate", cwd=root)
    assert proc.returncode == 0, proc.stderr
    assert notes.read_text(encoding="utf-8") == (
        "# Releases\n"
        "\n"
        "What changed for users of this package in each release, newest first. Written by\n"
        "`codegen generate` when the generator settings carry a new version.\n"
        "\n"
        "## 1.1.0\n"
        "\n"
        "Generated from `spec/leap/openapi.yaml` (API version 1.0). Changes since 1.0.0:\n"
        "\n"
        "> These changes call for a **major** release; 1.0.0 → 1.1.0 is a minor one.\n"
        "\n"
        "### Breaking changes\n"
        "\n"
        "- operation `GET /api/v1/music` renamed: `MusicController_findAllAudio` → `MusicController_listAudio`"
        " (method `find_all_audio` → `list_audio`)\n"
        "\n"
        "### Other changes\n"
        "\n"
        "- schema `MusicgenInferenceEntity`: optional field `durationSeconds` added (number)\n"
        "\n"
        "## 1.0.0\n"
        "\n"
        "First release, generated from `spec/leap/openapi.yaml` (API version 1.0).\n"
    )
    assert json.loads(snapshot.read_text(encoding="utf-8"))["version"] == "1.1.0"
    assert run("check", cwd=root).returncode == 0
    before = notes.read_text(encoding="utf-8")
    assert run("generate", cwd=root).returncode == 0
    assert notes.read_text(encoding="utf-8") == before


def test_the_facts_of_an_api_are_computed_once_and_only_for_a_new_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The release notes compare the API's facts (facts.api_facts) with the last release's.
    A folder that already holds this version's notes needs none (a check, a regenerate:
    every run of `codegen check`), and an API's targets share one computation."""
    import codegen.facts
    from codegen.load import load_file
    from codegen.pipeline import generate_target, load_api
    from codegen.settings import load_settings

    calls: list[int] = []
    real = codegen.facts.api_facts

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(codegen.facts, "api_facts", counted)
    settings = load_settings(ROOT / "spec" / "leap" / "codegen.yaml", api="leap")
    targets = settings.targets
    assert [t.name for t in targets] == ["python", "typescript"]  # spec/leap/codegen.yaml

    # generated/leap holds the notes of the settings' version: no facts at all
    loaded = load_api(settings)
    for t in targets:
        gen = generate_target(loaded, t, ROOT / "generated" / "leap" / t.name)
        assert gen.files[PurePosixPath("RELEASES.md")] == (ROOT / "generated" / "leap" / t.name / "RELEASES.md"
                                                             ).read_text(encoding="utf-8")
    assert calls == []

    # empty folders: a first release for each target, from one computation of the facts
    loaded = load_api(settings)
    snapshots = []
    for t in targets:
        gen = generate_target(loaded, t, tmp_path / t.name)
        snapshots.append(json.loads(gen.files[PurePosixPath(".codegen-release.json")]))
    assert calls == [1]
    version = load_file(ROOT / "spec" / "leap" / "codegen.yaml").data["targets"][0]["version"]
    assert [s["version"] for s in snapshots] == [version, version]
    assert snapshots[0]["facts"] == snapshots[1]["facts"]


def test_a_check_of_an_unchanged_tree_does_not_import_what_only_a_new_release_needs(tmp_path: Path) -> None:
    """apidiff and facts serve only a new release's notes; a fresh interpreter's `codegen
    check` of the committed tree (every CI drift check) must not pay for importing them."""
    proc = run("check", cwd=ROOT, env={"XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONPROFILEIMPORTTIME": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "codegen.pipeline" in imported  # the probe sees codegen's imports
    assert sorted(imported & {"codegen.apidiff", "codegen.facts"}) == []


# values json.dumps(indent=1) writes in every way it can: empty and nested containers, tuples,
# escapes, characters outside ASCII (kept as they are), numbers, and what indented_json hands
# to json.dumps (a non-string key, NaN, an int subclass)
ODD_VALUES: list[Any] = [
    {}, [], (), "", 0, -1, 10**30, 1.5, -0.0, 1e300, True, False, None,
    {"a": [], "b": {}, "c": [[]], "d": [{}], "e": {"f": {"g": [1, [2, [3]]]}}},
    ["quote \" backslash \\ newline \n tab \t nul \x00 del \x7f", "é ü ß", "\u2028\u2029", "😀", "</script>"],
    {"x": (1, (2, ())), "y": [None, True, False, 0.1]},
    {1: "int key"}, {"n": float("nan")}, {"i": float("inf")}, [True.__class__(1)], {None: 1},
]


@pytest.mark.parametrize("value", ODD_VALUES, ids=range(len(ODD_VALUES)))
def test_indented_json_writes_what_json_dumps_writes(value: Any) -> None:
    from codegen.releases import indented_json

    assert indented_json(value) == json.dumps(value, indent=1, ensure_ascii=False)


def test_indented_json_writes_every_committed_snapshot_as_json_dumps_does() -> None:
    from codegen.releases import SNAPSHOT, indented_json

    snapshots = sorted(ROOT.glob(f"generated/*/*/{SNAPSHOT}"))
    snapshots += sorted(ROOT.glob(f"tests/golden/cases/*/expected/*/{SNAPSHOT}"))
    assert len(snapshots) >= 4
    for path in snapshots:
        text = path.read_text(encoding="utf-8")
        value = json.loads(text)
        assert indented_json(value) + "\n" == json.dumps(value, indent=1, ensure_ascii=False) + "\n" == text, path
