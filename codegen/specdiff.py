"""`codegen diff`: load two versions of a spec (files or `REV:path` git revisions) and report.

A `REV:path` is read from git without touching the working tree: the folder holding the
spec at that revision is extracted into a temporary folder (so sibling files it `$ref`s
come along), with its codegen.yaml when there is one. The path is relative to the current
folder, as for any other file argument.
"""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import tempfile
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Any

from .apidiff import TARGETS, Change, Report, diff, to_markdown
from .errors import CodegenError, Issue
from .facts import api_facts
from .settings import Settings, load_settings


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, timeout=120)


def _toplevel(cwd: Path) -> Path:
    proc = _git(["rev-parse", "--show-toplevel"], cwd)
    if proc.returncode != 0:
        raise CodegenError([Issue(str(cwd), "", "not inside a git repository (needed for REV:path and --since)")])
    return Path(proc.stdout.decode().strip())


def split_rev(ref: str) -> tuple[str, str] | None:
    """('HEAD~1', 'spec/leap/openapi.yaml') for 'HEAD~1:spec/leap/openapi.yaml'; None for a plain file."""
    if ":" not in ref or Path(ref).exists():
        return None
    rev, _, path = ref.partition(":")
    return (rev, path) if rev and path else None


def materialize(rev: str, path: str, cwd: Path, stack: ExitStack) -> Path:
    """The file `path` (relative to cwd) as of git revision `rev`, with its folder, in a temp dir."""
    top = _toplevel(cwd)
    rel = (cwd.resolve() / path).resolve().relative_to(top.resolve()).as_posix()
    folder = rel.rsplit("/", 1)[0] if "/" in rel else "."
    proc = _git(["archive", "--format=tar", rev, "--", folder], top)
    if proc.returncode != 0:
        msg = proc.stderr.decode(errors="replace").strip().splitlines()
        raise CodegenError([Issue(f"{rev}:{path}", "", f"cannot read it from git: {msg[-1] if msg else 'failed'}")])
    tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="codegen-diff-")))
    with tarfile.open(fileobj=io.BytesIO(proc.stdout)) as tar:
        tar.extractall(tmp, filter="data")
    out = tmp / rel
    if not out.is_file():
        raise CodegenError([Issue(f"{rev}:{path}", "", "no such file in that revision")])
    return out


def diff_settings(spec: Path, settings: Path | None = None) -> Settings:
    """The generator settings that name this spec (codegen.yaml beside it), or neutral defaults.

    Only the settings that change what users see are used (operation naming); targets are
    not needed to diff."""
    cfg = settings if settings is not None else spec.parent / "codegen.yaml"
    api = spec.resolve().parent.name
    if cfg.is_file():
        try:
            found = load_settings(cfg, api=api)
        except CodegenError:
            found = None
        if found is not None and (settings is not None or found.spec_path.resolve() == spec.resolve()):
            return replace(found, spec_path=spec.resolve())
    return Settings(api=api, path=cfg, spec_path=spec.resolve(), server_url=None, operation_names="operation-id",
                    targets=())


def load_facts(ref: str, cwd: Path, stack: ExitStack, settings: Path | None = None,
               validated: set[str] | None = None) -> dict[str, Any]:
    """The facts of one spec. `validated`: input hashes the spec validator already accepted
    (see pipeline.load_api); this load's own is added, so a second load of the same text
    skips the validator."""
    from .pipeline import load_api

    rev = split_rev(ref)
    spec = materialize(rev[0], rev[1], cwd, stack) if rev else cwd / ref
    if not spec.is_file():
        raise CodegenError([Issue(ref, "", "file not found")])
    s = diff_settings(spec, settings if rev is None else None)
    if rev is None and s.targets and s.path.parent.parent.name == "spec":
        # a project's spec: the generation beside it may have validated this very text
        from .pipeline import validated_inputs

        known = validated_inputs(s.path.parent.parent.parent / "generated" / s.api, s.targets)
        if validated is None:
            validated = known
        else:
            validated.update(known)
    loaded = load_api(s, validated)
    if validated is not None:
        validated.add(loaded.inputs)
    return api_facts(loaded.api, s.operation_names)


def _lifecycle(api: str, old: str, new: str, kind: str, targets: list[str]) -> Report:
    added = kind == "api.added"
    c = Change(kind, "api", api, f"API {api} {'added' if added else 'removed'}", addition=added)
    c.verdicts = {t: (not added, "" if added else "the package is gone") for t in targets}
    return Report(api, old, new, [c], targets)


def since_reports(rev: str, root: Path, targets: list[str], stack: ExitStack) -> list[Report]:
    """Every API under root/spec/, now against `rev`."""
    top = _toplevel(root)
    spec_dir = (root / "spec").resolve()
    rel_dir = spec_dir.relative_to(top.resolve()).as_posix()
    proc = _git(["ls-tree", "--name-only", f"{rev}:{rel_dir}"], top)
    if proc.returncode != 0 and _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], top).returncode != 0:
        raise CodegenError([Issue(rev, "", "not a git revision")])
    then = set(proc.stdout.decode().split()) if proc.returncode == 0 else set()
    now = {p.name for p in spec_dir.iterdir() if (p / "codegen.yaml").is_file()} if spec_dir.is_dir() else set()
    reports = []
    for api in sorted(now | then):
        if api not in now:
            reports.append(_lifecycle(api, f"{rev}:spec/{api}", "working tree", "api.removed", targets))
            continue
        settings = load_settings(spec_dir / api / "codegen.yaml", api=api)
        new_rel = settings.spec_path.resolve().relative_to(root.resolve()).as_posix()
        old_ref = f"{rev}:{new_rel}"
        if api not in then:
            reports.append(_lifecycle(api, old_ref, new_rel, "api.added", targets))
            continue
        old = load_facts(old_ref, root, stack)
        new = load_facts(new_rel, root, stack)
        reports.append(diff(old, new, api, old_ref, new_rel, targets))
    return reports


def run_diff(args: Any) -> int:
    """The `diff` command; returns the exit code."""
    targets = args.target or list(TARGETS)
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        raise CodegenError([Issue("codegen", "", f"unknown target kind(s) {', '.join(unknown)} "
                                  f"(known: {', '.join(TARGETS)})")])
    cwd = Path.cwd()
    with ExitStack() as stack:
        if args.since is not None:
            if args.old or args.new:
                raise CodegenError([Issue("codegen", "", "give either OLD NEW or --since REV, not both")])
            reports = since_reports(args.since, args.root, targets, stack)
        else:
            if not (args.old and args.new):
                raise CodegenError([Issue("codegen", "", "diff needs OLD and NEW (spec files or REV:path), "
                                          "or --since REV")])
            seen: set[str] = set()
            old = load_facts(args.old, cwd, stack, args.settings, seen)
            new = load_facts(args.new, cwd, stack, args.settings, seen)
            rev = split_rev(args.new)
            api = Path(rev[1] if rev else args.new).parent.name
            reports = [diff(old, new, api, args.old, args.new, targets)]
    if args.output_format == "json":
        order = ("none", "patch", "minor", "major")
        body = {
            "semver": max((r.bump() for r in reports), key=order.index, default="none"),
            "breaking": any(r.breaking() for r in reports),
            "reports": [r.to_json() for r in reports],
        }
        print(json.dumps(body, indent=2, sort_keys=True, default=str))
    else:
        print(to_markdown(reports), end="")
    if args.fail_on == "breaking" and any(r.breaking() for r in reports):
        return 1
    if args.fail_on == "any" and any(r.changes for r in reports):
        return 1
    return 0
