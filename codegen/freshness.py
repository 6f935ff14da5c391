"""Recognise an unchanged generation without redoing it: `codegen check` and `codegen
generate` on a tree nobody touched since the last run finish in a few hundredths of a second.

After a `generate`, or a `check` that found an API up to date, a record goes to the
per-user cache (versions.cache_dir("fresh")): a hash of every input of that generation
(the settings file, every spec file read, and the generator itself: its code, every
template, and the versions of Python and of the tools whose output or verdict it uses),
and the hash of each target's manifest as written. The generation is a pure function of
those inputs, so when they all hash the same again, a fresh generation would produce
exactly what the manifests describe; the output folders are then compared with their
manifests (every file's hash, no file missing, none extra). Anything that differs, or no
record, and the command runs in full as usual. `--strict` never takes this path, nor does
`--spec`/`--settings` or `check --format json`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from .outdir import MANIFEST, on_disk
from .versions import cache_dir, dist_version

RECORD_VERSION = "1"
TOOLS = ("jinja2", "pyyaml", "black", "ruff", "openapi-spec-validator")


def _sha_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files_under(root: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith(".pyc") or (suffixes is not None and not name.endswith(suffixes)):
                continue
            out.append(Path(dirpath) / name)
    return out


_FINGERPRINT: list[str] = []


def generator_fingerprint() -> str:
    """Everything about the generator that its output depends on."""
    if _FINGERPRINT:
        return _FINGERPRINT[0]
    from .settings import TEMPLATES_DIR

    h = hashlib.sha256(f"record {RECORD_VERSION}\0python {sys.version_info[:2]}\0".encode())
    for tool in TOOLS:
        try:
            h.update(f"{tool} {dist_version(tool)}\0".encode())
        except Exception:  # not installed: part of the fingerprint too
            h.update(f"{tool} -\0".encode())
    package = Path(__file__).resolve().parent
    for base, suffixes in ((package, (".py",)), (TEMPLATES_DIR, None)):
        for path in _files_under(base, suffixes):
            h.update(path.relative_to(base).as_posix().encode() + b"\0")
            h.update(_sha_bytes(path.read_bytes()).encode())
    _FINGERPRINT.append(h.hexdigest())
    return _FINGERPRINT[0]


def _record_path(settings_path: Path, out_api: Path) -> Path | None:
    folder = cache_dir("fresh")
    if folder is None:
        return None
    key = _sha_bytes(f"{settings_path.resolve()}\0{out_api.resolve()}".encode())
    return folder / f"{key}.json"


def _hash_file(path: Path | str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return _sha_bytes(fh.read())
    except OSError:
        return None


def _matches_manifest(out_dir: Path, manifest_sha: str) -> int | None:
    """The number of files the manifest lists when out_dir holds exactly them (and the
    manifest is the one recorded), else None."""
    base = str(out_dir)
    try:
        with open(os.path.join(base, MANIFEST), "rb") as fh:
            raw = fh.read()
    except OSError:
        return None
    if _sha_bytes(raw) != manifest_sha:
        return None
    try:
        files: dict[str, Any] = json.loads(raw)["files"]
    except (ValueError, KeyError, TypeError):
        return None
    if set(on_disk(base)) != set(files) | {MANIFEST}:
        return None
    for rel, entry in files.items():
        if not isinstance(entry, dict) or _hash_file(os.path.join(base, rel)) != entry.get("output"):
            return None
    return len(files)


def unchanged(settings_path: Path, out_api: Path) -> dict[str, Any] | None:
    """The record of the last generation of this API when nothing it depends on changed
    and its output folders hold exactly what their manifests describe; else None."""
    path = _record_path(settings_path, out_api)
    if path is None:
        return None
    try:
        record: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    try:
        if record.get("version") != RECORD_VERSION or record["generator"] != generator_fingerprint():
            return None
        if _hash_file(settings_path) != record["settings"]:
            return None
        for spec, digest in record["spec_files"].items():
            if _hash_file(Path(spec)) != digest:
                return None
        for t in record["targets"]:
            n = _matches_manifest(out_api / t["name"], t["manifest"])
            if n is None or n != t["files"]:
                return None
    except (KeyError, TypeError, AttributeError):
        return None
    return record


def remember(settings_path: Path, out_api: Path, spec_files: list[Path], targets: list[tuple[str, str]],
             warnings: list[str]) -> None:
    """Record a generation of this API that is now on disk (after generate, or a clean check).
    `targets`: (name, template) of each; `warnings`: the spec warnings as printed."""
    path = _record_path(settings_path, out_api)
    settings_sha = _hash_file(settings_path)
    if path is None or settings_sha is None:
        return
    entries = []
    for name, template in targets:
        manifest = _hash_file(out_api / name / MANIFEST)
        if manifest is None:
            return
        try:
            count = len(json.loads((out_api / name / MANIFEST).read_bytes())["files"])
        except (OSError, ValueError, KeyError, TypeError):
            return
        entries.append({"name": name, "template": template, "manifest": manifest, "files": count})
    spec_hashes = {}
    for spec in spec_files:
        digest = _hash_file(spec)
        if digest is None:
            return
        spec_hashes[str(spec.resolve())] = digest
    record = {"version": RECORD_VERSION, "generator": generator_fingerprint(), "settings": settings_sha,
              "spec_files": spec_hashes, "targets": entries, "warnings": warnings}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def forget(settings_path: Path, out_api: Path) -> None:
    path = _record_path(settings_path, out_api)
    if path is not None:
        path.unlink(missing_ok=True)
