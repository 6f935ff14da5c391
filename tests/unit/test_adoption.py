"""The adoption files (GitHub Actions workflow, pre-commit hooks) run commands that exist."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from codegen.cli import _parser
from tests.unit.test_cli import ROOT, run

WORKFLOW = ROOT / ".github" / "workflows" / "api-changes.yml"
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def _codegen_args(line: str) -> list[str]:
    """The arguments of the `codegen` call in one shell line (expressions filled in, redirection dropped)."""
    line = re.sub(r"\$\{\{[^}]*\}\}", "main", line)
    words = shlex.split(line.split(">", 1)[0])
    start = next(i for i, w in enumerate(words) if w.endswith("codegen"))
    return words[start + 1:]


def _parses(args: list[str]) -> None:
    try:
        _parser().parse_args(args)
    except SystemExit:  # argparse's way of saying no
        pytest.fail(f"`codegen {' '.join(args)}` is not a valid command line")


def test_workflow_runs_validate_strict_check_and_diff() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = flow["jobs"]["api-changes"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
    calls = [_codegen_args(line) for s in steps for line in s.get("run", "").splitlines() if "codegen " in line]
    for args in calls:
        _parses(args)
    commands = [" ".join(a) for a in calls]
    assert "validate" in commands
    assert "check --strict" in commands
    assert "diff --since origin/main --fail-on breaking" in commands
    assert "diff --since origin/main --format json" in commands


def test_pre_commit_hooks_run_existing_commands() -> None:
    hooks = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["codegen-validate", "codegen-check", "codegen-diff"]
    for hook in hooks:
        assert hook["language"] == "python" and hook["pass_filenames"] is False
        words = shlex.split(hook["entry"]) + hook.get("args", [])
        assert words[0] == "codegen"  # the console script pyproject.toml installs
        _parses(words[1:])
    assert "codegen = \"codegen.cli:entry\"" in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_diff_hook_passes_on_this_checkout() -> None:
    """What the hook runs, on this repository: its specs equal HEAD's, so nothing breaks."""
    proc = run("diff", "--since", "HEAD", "--fail-on", "breaking", "--format", "json", cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert '"api": "leonardo"' in proc.stdout and '"api": "leap"' in proc.stdout
