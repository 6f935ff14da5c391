"""Runs the stages for one API: load -> validate -> build IR -> render -> format -> write/compare."""

from __future__ import annotations

import hashlib
import os
import pickle
import select
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Callable

from . import markdown as md
from .build import build_ir
from .errors import ERROR, CodegenError, GeneratorBug, Issue
from .format import die_with_parent, format_files, formatter_id, missing_formatter, sha
from .ir import Api
from .load import Document, display_path, load, load_file
from .targets.python_names import x_py_name_issues
from .targets.typescript_names import x_ts_name_issues
from .render import render_files
from .settings import Settings, Target
from .validate import ref_issues, spec_validator_issues
from .versions import dist_version
from .write import Manifest


@dataclass
class Loaded:
    settings: Settings
    doc: Document
    api: Api
    warnings: list[Issue]
    inputs: str  # hash of every spec file read
    _facts: dict[str, Any] | None = field(default=None, init=False, repr=False, compare=False)

    def facts(self) -> dict[str, Any]:
        """The API's facts (facts.api_facts: what the release notes compare), computed once
        for all its targets, and only when one of them records a release."""
        if self._facts is None:
            from .facts import api_facts

            self._facts = api_facts(self.api, self.settings.operation_names)
        return self._facts


def validator_id() -> str:
    """The spec validator and its version: a validation result holds for this validator only."""
    return f"openapi-spec-validator {dist_version('openapi-spec-validator')}"


def _inputs_hash(doc: Document) -> str:
    """The spec's text (every file): with validator_id(), what a validation result depends on.

    The validator's version is kept apart (Manifest.validator) so that upgrading it is
    visible in the manifest without changing this hash."""
    h = hashlib.sha256()
    for key in sorted(doc.files):
        h.update(doc.files[key].name.encode())
        h.update(b"\0")
        h.update(doc.files[key].text.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


class Forked:
    """`work()` run in a forked process, which dies with this one and leaves Ctrl-C to it (this
    one reports it). `answer()` waits for what it returned, pickled back through a pipe:
    ("ok", value); ("bug", "Type: message") when it raised; ("died", exit status) when it
    ended without answering. `cancel()` kills it if it still runs."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self._pid = 0
        self._fd = -1
        read, write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: work, send the answer back, leave without cleanup
            os.close(read)
            die_with_parent()
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C: the parent reports it
            status = 0
            try:
                payload = pickle.dumps(("ok", work()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException as exc:  # noqa: BLE001 - reported by the parent
                payload = pickle.dumps(("bug", f"{type(exc).__name__}: {exc}"))
            try:
                with os.fdopen(write, "wb") as out:
                    out.write(payload)
            except BaseException:  # noqa: BLE001 - the parent is gone
                status = 1
            os._exit(status)
        os.close(write)
        self._pid, self._fd = pid, read

    def answer(self) -> tuple[str, Any]:
        fd, self._fd = self._fd, -1  # the file object owns it now: closed once, even when interrupted
        with os.fdopen(fd, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = 0
        try:
            kind, value = pickle.loads(payload)
        except Exception:  # noqa: BLE001 - the child died before answering
            return "died", status
        return kind, value

    def ready(self) -> bool:
        """Whether answer() would return at once: the child has written its answer, or ended."""
        if self._fd < 0:
            return True
        return bool(select.select([self._fd], [], [], 0)[0])

    def cancel(self) -> None:
        """Stop the process if it still runs (an interrupted or failed run)."""
        if self._pid:
            try:
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self._pid = 0
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


class Validation(Forked):
    """openapi-spec-validator's verdict on a document, computed in a forked process while this
    one builds the IR, renders and formats (it is the largest single cost of a cold run:
    import + run ~0.3 s on Leonardo, 110 s on graph.json). `issues()` waits for it.
    Without fork (Windows) or with CODEGEN_SERIAL=1 it runs here, at once."""

    def __init__(self, doc: Document) -> None:
        self._issues: list[Issue] | None = None
        self._pid = 0
        self._fd = -1
        if not hasattr(os, "fork") or os.environ.get("CODEGEN_SERIAL"):
            self._issues = spec_validator_issues(doc)
            return
        super().__init__(lambda: spec_validator_issues(doc))

    def pending(self) -> bool:
        return self._issues is None and not self.ready()

    def issues(self) -> list[Issue]:
        if self._issues is None:
            kind, value = self.answer()
            if kind == "died":
                raise GeneratorBug(f"the spec validator's process ended without an answer (status {value})")
            if kind != "ok":
                raise GeneratorBug(f"openapi-spec-validator failed: {value}")
            self._issues = value
        return self._issues


@dataclass
class Started:
    """One API loaded and built while its spec validator may still be running (start_api).
    `loaded` can be rendered at once; `finish()` gives the verdict load_api would have."""

    loaded: Loaded | None  # None when the IR build failed (failure says how)
    early: list[Issue]  # ref_issues: all warnings (an error stops before this exists)
    validation: Validation | None
    failure: BaseException | None = None

    def finish(self) -> Loaded:
        """Wait for the validator. Raises CodegenError with exactly the issues load_api
        reports: the validator's errors (with the ref warnings) when it has any, else the
        IR build's failure, else nothing (the warnings are completed in `loaded`)."""
        issues = list(self.early)
        if self.validation is not None:
            issues += self.validation.issues()
            if any(i.severity == ERROR for i in issues):
                raise CodegenError(issues)
        if isinstance(self.failure, CodegenError):  # with the warnings found before it
            raise CodegenError(issues + self.failure.issues)
        if self.failure is not None:
            raise self.failure
        assert self.loaded is not None
        self.loaded.warnings = [i for i in issues if i.severity != ERROR] + self.loaded.warnings
        return self.loaded

    def pending(self) -> bool:
        """Whether the validator's verdict is still to come (its process still works)."""
        return self.validation is not None and self.validation.pending()

    def rejected(self) -> None:
        """Wait for the validator, and raise (as finish() does) if it rejects the spec. Called
        before the formatter's processes start (format_files' `verdict`): for a rejected spec
        none starts, and the validator's process is gone before they do (the peak memory of a
        cold run). Until then this process may have formatted a few small files itself."""
        if self.validation is not None and any(i.severity == ERROR for i in self.validation.issues()):
            self.finish()

    def cancel(self) -> None:
        if self.validation is not None:
            self.validation.cancel()


def start_api(settings: Settings, validated: set[str] | None = None) -> Started:
    """Load one API, start openapi-spec-validator beside (unless `validated` holds the spec's
    input hash: see load_api) and build the IR. Errors found before the validator starts
    (loading, unresolved refs) raise CodegenError at once; the build's wait in `failure`
    until the validator's verdict, which takes precedence (Started.finish)."""
    doc = load(settings.spec_path, settings.ref_roots)
    issues: list[Issue] = []
    inputs = _inputs_hash(doc)
    issues.extend(ref_issues(doc))
    if any(t.template.startswith("python") for t in settings.targets):
        issues.extend(x_py_name_issues(doc))
    if any(t.template == "typescript" for t in settings.targets):
        issues.extend(x_ts_name_issues(doc))
    if any(i.severity == ERROR for i in issues):
        raise CodegenError(issues)
    validation = Validation(doc) if not validated or inputs not in validated else None
    try:
        source = display_path(settings.spec_path)
        api, more = build_ir(doc, settings, source)
        # external files read while resolving refs change the inputs too
        inputs = _inputs_hash(doc)
        if any(i.severity == ERROR for i in more):
            raise CodegenError(more)
    except KeyboardInterrupt:
        if validation is not None:
            validation.cancel()
        raise
    except Exception as exc:  # noqa: BLE001 - reported unless the validator explains it (finish)
        return Started(None, issues, validation, exc)
    more += target_warnings(api, settings)
    return Started(Loaded(settings, doc, api, [i for i in more if i.severity != ERROR], inputs), issues, validation)


def load_api(settings: Settings, validated: set[str] | None = None) -> Loaded:
    """Load, validate and build the IR of one API; raises CodegenError listing every error.

    `validated` holds input hashes already accepted by this version of
    openapi-spec-validator in the generation recorded beside the output; for those the
    (slow) validator is skipped and only our own checks run.
    """
    started = start_api(settings, validated)
    try:
        return started.finish()
    finally:
        started.cancel()


def target_warnings(api: Api, settings: Settings) -> list[Issue]:
    """Warnings of the targets' own (a target module's `warnings(api, target)`: names the
    Python naming table changed to tell them apart), each once."""
    from .render import target_module

    out: list[Issue] = []
    seen: set[tuple[str, str, str]] = set()
    for target in settings.targets:
        hook = getattr(target_module(target.template), "warnings", None)
        for issue in hook(api, target) if hook is not None else []:
            key = (issue.file, issue.pointer, issue.message)
            if key not in seen:
                seen.add(key)
                out.append(issue)
    return out


@dataclass
class Generated:
    target: Target
    out_dir: Path
    files: dict[PurePosixPath, str]
    manifest: Manifest
    formatted: int  # files black had to format


def with_lines(doc: Document, issues: list[Issue]) -> list[Issue]:
    """Issues of the root spec file without a line get the line of their pointer."""
    out = []
    for i in issues:
        if i.line is None and i.pointer and i.file == doc.root.name:
            i = Issue(i.file, i.pointer, i.message, i.severity, doc.line(doc.root, i.pointer))
        out.append(i)
    return out


@dataclass
class Rendered:
    """One target's files as rendered (before formatting), with the release notes."""

    files: dict[PurePosixPath, str]
    verbatim: frozenset[PurePosixPath]  # copies of hand-written runtime files (render_files)
    seconds: float  # how long rendering took, wherever it ran


def render_target(loaded: Loaded, target: Target, out_dir: Path) -> Rendered:
    """Render one target and add its release notes. Raises CodegenError on bad input."""
    t0 = time.perf_counter()
    try:
        with md.passing_html(loaded.settings.docs_html == "pass"):
            rendered, verbatim = render_files(loaded.api, target)
    except CodegenError as exc:  # a target's own checks may know pointers, not lines
        raise CodegenError(with_lines(loaded.doc, exc.issues)) from None
    rendered = _with_release_notes(loaded, target, out_dir, rendered)
    return Rendered(rendered, verbatim, time.perf_counter() - t0)


def render_targets(work: list[tuple[Loaded, Target, Path]]) -> list[Rendered | None]:
    """Render several targets (each `(loaded, target, out_dir)`), about half of the work in a
    forked process while this one renders the rest: on a fresh clone, where the manifests
    vouch for every formatted file, rendering is most of a `check` (~0.1 s of ~0.25 s for
    both APIs). None for a target that failed to render: generate_target renders it again
    here, in order, so that its error is raised exactly as a serial run raises it. Without
    fork, with CODEGEN_SERIAL=1, or for one target, all of them render here."""
    out: list[Rendered | None] = [None] * len(work)
    if len(work) < 2 or not hasattr(os, "fork") or os.environ.get("CODEGEN_SERIAL"):
        return out
    # the larger targets first, each to the process with less work so far (operations and
    # schemas stand for the cost of rendering)
    sizes = [len(lo.api.operations) + len(lo.api.models) + len(lo.api.enums) + 1 for lo, _, _ in work]
    loads = [0, 0]
    child_share: set[int] = set()
    for i in sorted(range(len(work)), key=lambda i: (-sizes[i], i)):
        side = 0 if loads[0] <= loads[1] else 1
        loads[side] += sizes[i]
        if side == 1:
            child_share.add(i)
    child = Forked(lambda: {i: _rendered_or_none(*work[i]) for i in sorted(child_share)})
    try:
        for i in range(len(work)):
            if i not in child_share:
                out[i] = _rendered_or_none(*work[i])
        kind, theirs = child.answer()
        if kind == "ok":  # else the child died early: its share is rendered here, in order
            for i, r in theirs.items():
                out[i] = r
    finally:
        child.cancel()  # interrupted: the child goes too
    return out


def _rendered_or_none(loaded: Loaded, target: Target, out_dir: Path) -> Rendered | None:
    try:
        return render_target(loaded, target, out_dir)
    except Exception:  # noqa: BLE001 - raised again, in order, by generate_target
        return None


def generate_target(
    loaded: Loaded, target: Target, out_dir: Path, jobs: int | None = None, strict: bool = False,
    before_format: Callable[[], None] | None = None, rendered_already: Rendered | None = None,
    pending: Callable[[], bool] | None = None,
) -> Generated:
    """Render and format one target in memory. `strict`: trust nothing on disk (no manifest
    cache), so a tampered file or manifest cannot make its way into the result.
    `before_format`: called once rendered (Started.rejected: the validator's verdict), before
    the formatter's processes start. `pending` (Started.pending): whether that verdict is
    still to come; while it is, this process formats small files itself (format_files).
    `rendered_already`: its rendering (render_targets), else it is rendered here."""
    formatter = loaded.settings.formatter
    missing = missing_formatter(formatter)
    if missing is not None:  # a setting this environment cannot honour: one line, exit 2
        path = loaded.settings.path
        line = load_file(path).lines.get("#/formatter") if path.is_file() else None
        raise CodegenError([Issue(display_path(path), "#/formatter", missing, ERROR, line)])
    done = rendered_already if rendered_already is not None else render_target(loaded, target, out_dir)
    rendered, verbatim = done.files, done.verbatim
    rendered_sha = {p: sha(text) for p, text in rendered.items()}
    previous = Manifest.read(out_dir)
    fid = formatter_id(formatter)

    def cached(path: PurePosixPath, text: str) -> str | None:
        if strict:
            return None
        entry = previous.files.get(str(path))
        if previous.formatter != fid or not entry or entry.get("rendered") != rendered_sha[path]:
            return None
        try:
            on_disk = (out_dir / path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        return on_disk if sha(on_disk) == entry.get("output") else None

    # `rendered` is handed over (emptied): each text can go once formatted (largest specs)
    formatted, count = format_files(rendered, cached, jobs, formatter, consume=True, preformatted=verbatim,
                                    verdict=before_format, pending=pending)
    manifest = Manifest(
        formatter=fid,
        inputs=loaded.inputs,
        validator=validator_id(),
        files={str(p): {"rendered": rendered_sha[p], "output": sha(formatted[p])} for p in formatted},
    )
    return Generated(target, out_dir, formatted, manifest, count)


def _with_release_notes(
    loaded: Loaded, target: Target, out_dir: Path, files: dict[PurePosixPath, str]
) -> dict[PurePosixPath, str]:
    """The target's files plus RELEASES.md and its snapshot (releases.py)."""
    from .releases import NOTES, SNAPSHOT, release_files

    for path in (NOTES, SNAPSHOT):
        if path in files:
            raise GeneratorBug(f"target {target.template} renders {path}, which the release notes own")
    notes = release_files(loaded.facts, target.version, target.template, loaded.api.source, out_dir)
    return dict(sorted({**files, **notes}.items()))


def generate_api(settings: Settings, out_api: Path, jobs: int | None = None, strict: bool = False) -> list[Generated]:
    """Every target of one API, in memory (nothing written). Raises CodegenError on bad input."""
    loaded = load_api(settings)
    return [generate_target(loaded, t, out_api / t.name, jobs, strict) for t in settings.targets]


def validated_inputs(out_api: Path, targets: tuple[Target, ...]) -> set[str]:
    """Input hashes that this version of the spec validator accepted, per the manifests beside
    the output (the fast check's cache)."""
    vid = validator_id()
    return {m.inputs for m in (Manifest.read(out_api / t.name) for t in targets) if m.validator == vid} - {""}
