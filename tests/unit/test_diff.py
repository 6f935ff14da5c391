"""`codegen diff`: the before/after corpus (tests/diff/cases, expected verdicts written by hand),
the report formats, REV:path against a temporary git repository, and a realistic Leap rename."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.apidiff import TARGETS, diff
from codegen.specdiff import load_facts
from tests.unit.test_cli import ROOT, run

CASES = sorted((ROOT / "tests" / "diff" / "cases").glob("*.yaml"))
ALL = sorted(TARGETS)


def _settings(operation_names: str = "operation-id") -> dict[str, Any]:
    return {"spec": "openapi.yaml", "operation_names": operation_names,
            "targets": [{"name": "python", "template": "python", "distribution": "shop-sdk", "package": "shop",
                         "sdk_class": "Shop", "version": "1.0.0"}]}


def _write_case(case: Path, where: Path) -> tuple[Path, Path, dict[str, Any]]:
    data = yaml.safe_load(case.read_text(encoding="utf-8"))
    paths = []
    for side in ("before", "after"):
        folder = where / side / "shop"
        folder.mkdir(parents=True)
        (folder / "openapi.yaml").write_text(yaml.safe_dump(data[side], sort_keys=False), encoding="utf-8")
        names = (data.get("settings") or {}).get("operation_names", "operation-id")
        (folder / "codegen.yaml").write_text(yaml.safe_dump(_settings(names)), encoding="utf-8")
        paths.append(folder / "openapi.yaml")
    return paths[0], paths[1], data["expected"]


def test_the_corpus_has_a_case_per_kind_of_change() -> None:
    assert len(CASES) >= 20, "tests/diff/cases is missing"


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_case(case: Path, tmp_path: Path) -> None:
    before, after, expected = _write_case(case, tmp_path)
    with ExitStack() as stack:
        report = diff(load_facts(str(before), tmp_path, stack), load_facts(str(after), tmp_path, stack), "shop")
    got = Counter((c.kind, c.subject, tuple(t for t in ALL if c.verdicts[t][0])) for c in report.changes)
    want = Counter((e["kind"], e["subject"], tuple(sorted(e["breaking"]))) for e in expected["changes"])
    assert got == want, "\n".join(f"{c.kind} | {c.subject} | {c.detail} | {c.verdicts}" for c in report.changes)
    assert report.bump() == expected["semver"]


def test_markdown_report_and_fail_on(tmp_path: Path) -> None:
    before, after, _ = _write_case(ROOT / "tests" / "diff" / "cases" / "param-added.yaml", tmp_path)
    proc = run("diff", str(before.relative_to(tmp_path)), str(after.relative_to(tmp_path)), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (
        "## API changes: shop\n"
        "\n"
        "`before/shop/openapi.yaml` → `after/shop/openapi.yaml`\n"
        "\n"
        "Suggested version bump: **major** (breaking for python, python-flat, typescript)\n"
        "\n"
        "| Target | Breaking | Non-breaking | Bump |\n"
        "| --- | ---: | ---: | --- |\n"
        "| python | 1 | 1 | major |\n"
        "| python-flat | 1 | 1 | major |\n"
        "| typescript | 1 | 1 | major |\n"
        "\n"
        "### Parameters\n"
        "\n"
        "| Change | python | python-flat | typescript |\n"
        "| --- | --- | --- | --- |\n"
        "| `GET /items`: optional query parameter `limit` added | non-breaking | non-breaking | non-breaking |\n"
        "| `GET /orders`: required query parameter `shopId` added | **breaking** (callers must pass `shop_id`) "
        "| **breaking** (callers must pass `shop_id`) | **breaking** (callers must pass `shopId`) |\n"
    )
    proc = run("diff", str(before), str(after), "--fail-on", "breaking", "--format", "json", "--target", "python",
               cwd=tmp_path)
    assert proc.returncode == 1
    body = json.loads(proc.stdout)
    assert body["semver"] == "major" and body["breaking"] is True
    (report,) = body["reports"]
    assert report["targets"] == {"python": {"semver": "major", "breaking": 1, "non_breaking": 1}}
    added = [c for c in report["changes"] if c["subject"] == "GET /orders"]
    assert added == [{"kind": "param.added", "section": "parameters", "subject": "GET /orders",
                      "detail": "required query parameter `shopId` added", "context": "request", "old": None,
                      "new": "shopId", "verdicts": {"python": {"breaking": True,
                                                              "reason": "callers must pass `shop_id`"}}}]
    # an addition alone fails only --fail-on any
    before2, after2, _ = _write_case(ROOT / "tests" / "diff" / "cases" / "operation-added.yaml", tmp_path / "2")
    assert run("diff", str(before2), str(after2), "--fail-on", "breaking", cwd=tmp_path).returncode == 0
    assert run("diff", str(before2), str(after2), "--fail-on", "any", cwd=tmp_path).returncode == 1
    # a spec the generator rejects: exit 2, one line per problem
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get: {responses: 7}\n",
                   encoding="utf-8")
    proc = run("diff", str(before), str(bad), cwd=tmp_path)
    assert proc.returncode == 2 and "bad.yaml" in proc.stderr and "Traceback" not in proc.stderr


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.com", "HOME": str(cwd), "PATH": "/usr/bin:/bin"})


def test_rev_path_and_since_against_a_temporary_git_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    spec_dir = repo / "spec" / "shop"
    spec_dir.mkdir(parents=True)
    (spec_dir / "codegen.yaml").write_text(yaml.safe_dump(_settings()), encoding="utf-8")
    # the spec $refs a sibling file: the revision's folder must come along
    (spec_dir / "item.yaml").write_text("type: object\nproperties:\n  id: {type: string}\n", encoding="utf-8")
    spec = ("openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\npaths:\n  /items:\n    get:\n"
            "      operationId: listItems\n      tags: [items]\n      responses:\n        '200':\n"
            "          description: ok\n          content:\n            application/json:\n"
            "              schema: {$ref: 'item.yaml'}\n")
    (spec_dir / "openapi.yaml").write_text(spec, encoding="utf-8")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "v1")
    (spec_dir / "item.yaml").write_text("type: object\nproperties:\n  sku: {type: string}\n", encoding="utf-8")
    (spec_dir / "openapi.yaml").write_text(spec.replace("operationId: listItems", "operationId: findItems"),
                                           encoding="utf-8")

    proc = run("diff", "HEAD:spec/shop/openapi.yaml", "spec/shop/openapi.yaml", "--format", "json", cwd=repo)
    assert proc.returncode == 0, proc.stderr
    (report,) = json.loads(proc.stdout)["reports"]
    kinds = sorted((c["kind"], c["old"], c["new"]) for c in report["changes"])
    assert kinds == [("field.added", None, "sku"), ("field.removed", "id", None),
                     ("operation.renamed", "listItems", "findItems")]
    # the same, from the spec folder, with relative paths
    proc = run("diff", "HEAD:openapi.yaml", "openapi.yaml", "--format", "json", cwd=spec_dir)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["reports"][0]["changes"]) == 3

    proc = run("diff", "--since", "HEAD", "--fail-on", "breaking", cwd=repo)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("## API changes: shop\n\n`HEAD:spec/shop/openapi.yaml` → `spec/shop/openapi.yaml`")
    assert "operation `GET /items` renamed: `listItems` → `findItems`" in proc.stdout

    proc = run("diff", "nope:spec/shop/openapi.yaml", "spec/shop/openapi.yaml", cwd=repo)
    assert proc.returncode == 2 and "nope:spec/shop/openapi.yaml: error: cannot read it from git" in proc.stderr
    # an API added since the revision
    shutil.copytree(spec_dir, repo / "spec" / "depot")
    proc = run("diff", "--since", "HEAD", "--format", "json", cwd=repo)
    reports = {r["api"]: r for r in json.loads(proc.stdout)["reports"]}
    assert [c["kind"] for c in reports["depot"]["changes"]] == ["api.added"]


LEAP_TAGS = {"Generate Images": "Images", "Train Image Models": "Models", "Generate Music": "Music"}
LEAP_IDS = {  # a controller renamed wholesale (method names unchanged) and one method renamed
    "InferencesController_create": "ImagesController_create",
    "InferencesController_findAll": "ImagesController_list",
    "InferencesController_findOne": "ImagesController_findOne",
    "InferencesController_remove": "ImagesController_remove",
}


def test_a_realistic_leap_rename_comes_out_as_renames(tmp_path: Path) -> None:
    before = ROOT / "spec" / "leap" / "openapi.yaml"
    text = before.read_text(encoding="utf-8")
    for old, new in [*LEAP_TAGS.items(), *LEAP_IDS.items()]:
        assert old in text
        text = text.replace(f"operationId: {old}\n", f"operationId: {new}\n").replace(
            f"- name: {old}\n", f"- name: {new}\n").replace(f"tags: [{old}]", f"tags: [{new}]")
    folder = tmp_path / "leap"
    shutil.copytree(before.parent, folder)
    (folder / "openapi.yaml").write_text(text, encoding="utf-8")
    with ExitStack() as stack:
        report = diff(load_facts(str(before), ROOT, stack), load_facts(str(folder / "openapi.yaml"), ROOT, stack))
    changes = [(c.kind, c.old, c.new, tuple(t for t in ALL if c.verdicts[t][0])) for c in report.changes]
    groups = sorted(c for c in changes if c[0] == "group.renamed")
    assert groups == sorted(("group.renamed", old, new, tuple(ALL)) for old, new in LEAP_TAGS.items())
    ops = sorted(c for c in changes if c[0] == "operation.renamed")
    # Leap names methods after the underscore: only findAll -> list renames a method
    assert ops == sorted(("operation.renamed", old, new, tuple(ALL) if old.endswith("findAll") else ())
                         for old, new in LEAP_IDS.items())
    assert {c[0] for c in changes} == {"group.renamed", "operation.renamed"}, changes


def test_a_strict_target_rejects_new_response_enum_values(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every target we have accepts unknown enum values in responses; one that did not would break."""
    from codegen.apidiff import Traits

    monkeypatch.setitem(TARGETS, "strict", Traits("strict", "py", "py", open_response_enums=False,
                                                  open_response_unions=False))
    before, after, _ = _write_case(ROOT / "tests" / "diff" / "cases" / "enum-values.yaml", tmp_path)
    with ExitStack() as stack:
        report = diff(load_facts(str(before), tmp_path, stack), load_facts(str(after), tmp_path, stack), "shop",
                      targets=["python", "strict"])
    verdicts = {(c.kind, c.subject): (c.verdicts["python"][0], c.verdicts["strict"]) for c in report.changes}
    assert verdicts[("enum.value-added", "schema `Status`")] == (False, (True, "responses with it are rejected"))
    assert verdicts[("enum.value-removed", "schema `Status`")] == (False, (False, ""))
    assert verdicts[("enum.value-added", "GET /items")] == (False, (False, ""))  # in a request


def _facts(schemes: dict[str, Any], requirements: dict[str, list[list[str]]]) -> dict[str, Any]:
    """Facts written by hand (the diff's input; the IR of security schemes lands separately)."""
    ops = {f"GET /{name}": {"operation_id": name, "group": "g", "names": {"py": name, "ts": name}, "params": {},
                            "body": None, "responses": {}, "secured": bool(req), "security": req}
           for name, req in requirements.items()}
    return {"format": 1, "groups": {"g": {"names": {"py": "g", "ts": "g"}}}, "operations": ops, "schemas": {},
            "schemes": schemes}


def test_security_schemes_and_requirements() -> None:
    bearer = {"kind": "http-bearer", "bearer_format": ""}
    key = {"kind": "api-key", "location": "header", "param_name": "X-Key"}
    old = _facts({"bearer": bearer, "key": key, "basic": {"kind": "http-basic"}},
                 {"a": [["bearer"]], "b": [], "c": [["bearer"], ["key"]], "d": [["bearer"]]})
    new = _facts({"bearer": {**bearer, "description": "JWT"}, "key": {**key, "location": "query"},
                  "oauth": {"kind": "oauth2"}},
                 {"a": [["bearer"], ["oauth"]], "b": [["bearer"]], "c": [["key"]], "d": [[]]})
    report = diff(old, new)
    got = sorted((c.kind, c.subject, c.verdicts["python"][0]) for c in report.changes)
    assert got == sorted([
        ("docs.changed", "security", False),  # bearer: only its description
        ("security.scheme-changed", "security", True),  # key: moved from a header to the query
        ("security.scheme-added", "security", False),  # oauth
        ("security.scheme-removed", "security", True),  # basic
        ("operation.security", "GET /a", False),  # one more way in
        ("operation.security", "GET /b", True),  # was open, now needs a token
        ("operation.security", "GET /c", True),  # callers with only a bearer token are refused
        ("operation.security", "GET /d", False),  # now open
    ])
    assert {t: report.bump(t) for t in ALL} == {t: "major" for t in ALL}
