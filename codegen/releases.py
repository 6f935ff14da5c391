"""Release notes: RELEASES.md in each generated package, built from `codegen diff`.

Each package folder keeps, beside RELEASES.md, `.codegen-release.json`: the version of
the last release and the API facts (facts.py) it was generated from. `codegen generate`:

* no notes yet: RELEASES.md starts with an entry for the current version;
* the settings carry the version of the last entry: both files are left exactly as they are
  (the spec may change many times between two releases);
* the settings carry a new version: an entry with every change since the last release,
  judged for this target, goes on top, and the snapshot moves to the new version.

The notes are history, so they are the one output that depends on what is already on disk.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Callable

from .markdown import paragraph

if TYPE_CHECKING:
    from .apidiff import Report

# apidiff and facts (~12 ms to import) are imported only when a release is recorded: a check or
# a regeneration of the same version (every CI drift check) needs neither

NOTES = PurePosixPath("RELEASES.md")
SNAPSHOT = PurePosixPath(".codegen-release.json")
HEADER = "# Releases\n\nWhat changed for users of this package in each release, newest first. Written by\n" \
         "`codegen generate` when the generator settings carry a new version.\n"


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _snapshot_text(version: str, facts: dict[str, Any]) -> str:
    # not sorted: the order of parameters and fields is part of the facts (positional arguments)
    return indented_json({"version": version, "facts": facts}) + "\n"


class _Unusual(Exception):
    """A value indented_json leaves to the json module."""


def indented_json(value: Any) -> str:
    """json.dumps(value, indent=1, ensure_ascii=False), byte for byte, ~3x faster: with an
    indent the json module encodes in Python, a generator per container (~0.3 s of a cold
    generation at 2,000 operations). Dicts with string keys, lists, tuples, strings, ints,
    finite floats, booleans and None are written here; anything else (another key type, a
    subclass, NaN) goes to json.dumps whole (tests/unit/test_releases.py compares both)."""
    out: list[str] = []
    put = out.append
    from json.encoder import encode_basestring as quote  # the C function where there is one

    def enc(v: Any, pad: str) -> None:
        t = type(v)
        if t is str:
            put(quote(v))
        elif t is dict:
            if not v:
                put("{}")
                return
            inner = pad + " "
            sep = "{" + inner
            for k, item in v.items():
                if type(k) is not str:
                    raise _Unusual
                put(sep + quote(k) + ": ")
                enc(item, inner)
                sep = "," + inner
            put(pad + "}")
        elif t is list or t is tuple:
            if not v:
                put("[]")
                return
            inner = pad + " "
            sep = "[" + inner
            for item in v:
                put(sep)
                enc(item, inner)
                sep = "," + inner
            put(pad + "]")
        elif v is None:
            put("null")
        elif v is True:
            put("true")
        elif v is False:
            put("false")
        elif t is int:
            put(int.__repr__(v))
        elif t is float and v - v == 0.0:  # finite
            put(float.__repr__(v))
        else:
            raise _Unusual

    try:
        enc(value, "\n")
    except _Unusual:
        return json.dumps(value, indent=1, ensure_ascii=False)
    return "".join(out)


def _entry(version: str, source: str, facts: dict[str, Any], report: Report | None, previous: str | None,
           target: str) -> str:
    from .apidiff import BUMPS, SECTION_TITLES

    lines = [f"## {version}", ""]
    api_version = facts.get("version") or "?"
    if report is None:
        lines.append(f"First release, generated from `{source}` (API version {api_version}).")
        return "\n".join(lines) + "\n"
    lines.append(f"Generated from `{source}` (API version {api_version}). Changes since {previous}:")
    lines.append("")
    if not report.changes:
        lines.append("No changes to the API that users of this package can see.")
        return "\n".join(lines) + "\n"
    bump = report.bump(target)
    expected = _bump_of(previous or "", version)
    if expected is not None and BUMPS.index(expected) < BUMPS.index(bump):
        lines.append(f"> These changes call for a **{bump}** release; {previous} → {version} is a {expected} one.")
        lines.append("")
    breaking = [c for c in report.changes if c.verdicts[target][0]]
    other = [c for c in report.changes if not c.verdicts[target][0]]
    for title, changes in (("Breaking changes", breaking), ("Other changes", other)):
        if not changes:
            continue
        lines += [f"### {title}", ""]
        for section in SECTION_TITLES:
            for c in (c for c in changes if c.section == section):
                reason = c.verdicts[target][1]
                subject = "" if c.detail.startswith(("operation ", "schema ", "group ")) or section in (
                    "api", "docs") else f"`{c.subject}`: "
                lines.append(f"- {paragraph(subject + c.detail)}" + (f" ({reason})" if reason else ""))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _bump_of(old: str, new: str) -> str | None:
    """The semver level of old -> new, or None when either is not x.y.z."""
    try:
        a = [int(x) for x in old.split("+")[0].split("-")[0].split(".")]
        b = [int(x) for x in new.split("+")[0].split("-")[0].split(".")]
    except ValueError:
        return None
    if len(a) != 3 or len(b) != 3:
        return None
    if b[0] != a[0]:
        return "major"
    if b[1] != a[1]:
        return "minor"
    return "patch" if b[2] != a[2] else "none"


def release_files(api_facts: Callable[[], dict[str, Any]], version: str, kind: str, source: str,
                  out_dir: Path) -> dict[PurePosixPath, str]:
    """RELEASES.md and the snapshot, as the package folder should hold them after this generation.
    `api_facts()` gives the API's facts (facts.api_facts); it is called only when a release is
    recorded, not when the folder already holds this version's notes (a check, a regenerate)."""
    notes = _read(out_dir / NOTES)
    raw = _read(out_dir / SNAPSHOT)
    snapshot: dict[str, Any] | None = None
    if raw is not None:
        try:
            loaded = json.loads(raw)
            snapshot = loaded if isinstance(loaded, dict) and "version" in loaded else None
        except ValueError:
            snapshot = None
    if notes is not None and snapshot is not None and raw is not None and snapshot["version"] == version:
        return {NOTES: notes, SNAPSHOT: raw}  # no new release: leave them alone
    from .apidiff import TARGETS, diff
    from .facts import FORMAT

    target = kind if kind in TARGETS else next(iter(TARGETS))
    facts = api_facts()
    if notes is None or snapshot is None or not notes.startswith(HEADER):
        entry = _entry(version, source, facts, None, None, target)
        return {NOTES: HEADER + "\n" + entry, SNAPSHOT: _snapshot_text(version, facts)}
    old_facts = snapshot.get("facts") or {}
    previous = str(snapshot["version"])
    if old_facts.get("format") != FORMAT:
        entry = f"## {version}\n\nGenerated from `{source}`. The changes since {previous} are not listed: " \
                "that release was recorded by an incompatible generator.\n"
    else:
        report = diff(old_facts, facts, "", previous, version, [target])
        entry = _entry(version, source, facts, report, previous, target)
    body = notes[len(HEADER):].lstrip("\n")
    return {NOTES: HEADER + "\n" + entry + ("\n" + body if body else ""), SNAPSHOT: _snapshot_text(version, facts)}
