"""The `codegen` command: generate, check, validate, dump-ir.

Exit codes: 0 success; 1 `check` found generated/ out of date; 2 the input (a spec or a
settings file) is invalid, or the command line is wrong; 3 a bug in the generator.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import gc
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import CodegenError, GeneratorBug, Issue
from .load import display_path
from .write import OutputError
from .settings import Settings, Target, load_settings

if TYPE_CHECKING:  # the pipeline imports jinja2 and the targets: only commands that render load it
    from .pipeline import Loaded, Started

EXIT_OK, EXIT_DRIFT, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3

DESCRIPTION = """\
Generate typed SDKs and reference docs from hand-maintained OpenAPI documents.

Every API is a folder spec/<api>/ holding openapi.yaml (the spec) and codegen.yaml
(its settings: package names, SDK class, targets). Output goes to
generated/<api>/<target>/, which the generator owns: never edit it by hand.
"""

EPILOG = """\
examples:
  codegen generate                 regenerate every API under spec/
  codegen generate leonardo        regenerate one API
  codegen check                    exit 1 if generated/ differs from a fresh generation
  codegen validate leap            only load and validate the spec
  codegen diff HEAD~1:spec/leap/openapi.yaml spec/leap/openapi.yaml
                                   what changed for SDK users, breaking or not per target
  codegen diff --since origin/main --fail-on breaking
  codegen generate --spec my.yaml --settings my-codegen.yaml --out /tmp/sdk
                                   any OpenAPI 3.0/3.1 file, anywhere

exit codes: 0 ok, 1 generated/ is out of date (check) or the diff fails --fail-on, 2 invalid input,
3 generator bug
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="codegen", description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    helps = {
        "generate": "render every target of the named APIs (default: all) into generated/",
        "check": "compare generated/ with a fresh generation; writes nothing",
        "validate": "load and validate the specs; writes nothing",
        "dump-ir": "print the intermediate model of one API as JSON",
    }
    for name, text in helps.items():
        sp = sub.add_parser(name, help=text, description=text)
        sp.add_argument("apis", nargs="*", metavar="API", help="API folder names under spec/ (default: all)")
        sp.add_argument("--root", type=Path, default=Path("."), help="project root holding spec/ (default: .)")
        sp.add_argument("--spec", type=Path, help="an OpenAPI file to use instead of spec/<api>/")
        sp.add_argument("--settings", type=Path, help="the generator settings for --spec")
        sp.add_argument("--out", type=Path, help="output folder for --spec (default: generated/<api>)")
        if name in ("generate", "check"):
            sp.add_argument("-j", "--jobs", type=int, default=None, help="parallel formatter processes")
        if name in ("generate", "check"):
            sp.add_argument("--strict", action="store_true",
                            help="re-render, re-format and re-validate everything, trusting no cache or manifest "
                            "beside the output (check: what CI should run; slower)")
        if name == "check":
            sp.add_argument("--format", choices=("text", "json"), default="text", dest="output_format",
                            help="report format (json: one object on stdout, for tools)")
            sp.add_argument("--diff-lines", type=int, default=40, help="diff lines shown per stale file (default 40)")
            sp.add_argument("--max-diff-lines", type=int, default=400,
                            help="diff lines shown in all (default 400)")
    d = sub.add_parser(
        "diff",
        help="what changed between two versions of a spec, with a breaking verdict per target",
        description="Compare the intermediate models of two versions of a spec and report what SDK users "
        "see change, each change judged breaking or not per target kind, with a suggested semver bump.",
    )
    d.add_argument("old", nargs="?", metavar="OLD", help="a spec file, or REV:path (a git revision)")
    d.add_argument("new", nargs="?", metavar="NEW", help="a spec file, or REV:path")
    d.add_argument("--since", metavar="REV", help="compare every API under spec/ with git revision REV")
    d.add_argument("--root", type=Path, default=Path("."), help="project root holding spec/ (default: .)")
    d.add_argument("--settings", type=Path, help="generator settings for both files (default: codegen.yaml beside "
                   "each spec, if it names it)")
    d.add_argument("--format", choices=("markdown", "json"), default="markdown", dest="output_format")
    d.add_argument("--target", action="append", metavar="KIND",
                   help="judge for this target kind only (repeatable; default: python, python-flat, typescript)")
    d.add_argument("--fail-on", choices=("breaking", "any", "never"), default="never",
                   help="exit 1 when the diff has a breaking change (or any change)")
    return p


def _jobs_for(args: argparse.Namespace) -> list[tuple[Settings, Path]]:
    """(settings, output folder of the API) for every API the command names."""
    if args.spec is not None or args.settings is not None:
        if args.spec is None or args.settings is None:
            raise CodegenError([Issue("codegen", "", "--spec and --settings go together")])
        settings = load_settings(args.settings, api=args.spec.resolve().parent.name)
        settings = dataclasses.replace(settings, spec_path=args.spec.resolve())
        out = args.out if args.out is not None else args.root / "generated" / settings.api
        return [(settings, out)]
    spec_dir = args.root / "spec"
    available = sorted(p.name for p in spec_dir.iterdir() if (p / "codegen.yaml").is_file()) if spec_dir.is_dir() else []
    names = args.apis or available
    if not names:
        raise CodegenError([Issue(display_path(spec_dir), "", "no API found (expected spec/<api>/codegen.yaml)")])
    unknown = [n for n in names if n not in available]
    if unknown:
        raise CodegenError(
            [Issue(display_path(spec_dir / n), "", f"no such API (known: {', '.join(available) or 'none'})") for n in unknown]
        )
    out_root = args.out if args.out is not None else args.root / "generated"
    return [(load_settings(spec_dir / n / "codegen.yaml", api=n), out_root / n) for n in names]


def _print_issues(issues: list[Issue]) -> None:
    for issue in sorted(issues, key=Issue.sort_key):
        print(issue.format(), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_INPUT
    start = time.perf_counter()
    # A run is short and builds hundreds of thousands of acyclic objects (spec data, IR,
    # texts): the cyclic collector only re-scans them, for up to 3x the run time on large
    # specs and no saving in peak memory (measured; benchmarks/). Reference counting still
    # frees everything; formatter processes collect as usual (format.py).
    _replaced.clear()
    _pending.clear()
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(args, start)
    finally:
        if collecting:  # main() called in-process (tests) leaves the collector as it found it
            gc.enable()


def _main(args: argparse.Namespace, start: float) -> int:
    try:
        if args.command == "diff":
            from .specdiff import run_diff

            return run_diff(args)
        return _run(args, start)
    except CodegenError as exc:
        if getattr(args, "output_format", "text") == "json":
            print(json.dumps({"ok": False, "status": "invalid-input", "issues": [
                {"file": i.file, "line": i.line, "pointer": i.pointer, "severity": i.severity, "message": i.message}
                for i in exc.issues]}, indent=2, sort_keys=True))
        _print_issues(exc.issues)
        errors = sum(1 for i in exc.issues if i.severity == "error")
        print(f"codegen: {errors} error(s); nothing was written", file=sys.stderr)
        return EXIT_INPUT
    except GeneratorBug as exc:
        print(f"codegen: internal error (a bug in the generator, not in your spec): {exc}", file=sys.stderr)
        return EXIT_BUG
    except (OSError, RuntimeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        if os.environ.get("CODEGEN_DEBUG"):
            raise
        print(f"codegen: internal error: {type(exc).__name__}: {exc} (set CODEGEN_DEBUG=1 for a traceback)",
              file=sys.stderr)
        return EXIT_BUG
    except OutputError as exc:
        print(f"{display_path(exc.path)}: error: cannot write the output folder: {exc.reason}", file=sys.stderr)
        print(f"codegen: 1 error(s); {_progress()}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(f"codegen: interrupted; {_progress()}", file=sys.stderr)
        return 130


# Output folders replaced so far by this run (for the message when it stops early).
_replaced: list[str] = []
_pending: list[str] = []


def _progress() -> str:
    """What an early stop left behind, truthfully: each folder is whole, old or new."""
    if not _replaced and not _pending:
        return "nothing was written"
    done = ", ".join(_replaced) if _replaced else "none"
    rest = ", ".join(p for p in _pending if p not in _replaced) or "none"
    return f"replaced: {done}; left as they were: {rest}"


def _unchanged(args: argparse.Namespace, start: float) -> int | None:
    """`check` or `generate` of APIs under spec/ when nothing changed since the last run
    (codegen/freshness.py): the same report, without loading, rendering or formatting.
    None when any API has to be run in full."""
    from . import freshness

    spec_dir = args.root / "spec"
    if not spec_dir.is_dir():
        return None
    available = sorted(p.name for p in spec_dir.iterdir() if (p / "codegen.yaml").is_file())
    names = args.apis or available
    if not names or any(n not in available for n in names):
        return None
    out_root = args.out if args.out is not None else args.root / "generated"
    records = []
    for name in names:
        record = freshness.unchanged(spec_dir / name / "codegen.yaml", out_root / name)
        if record is None:
            return None
        records.append((name, record))
    for _, record in records:
        for line in record["warnings"]:
            print(line, file=sys.stderr)
    total = unchanged_files = 0
    for name, record in records:
        for t in record["targets"]:
            label = f"{name}/{t['name']} ({t['template']})"
            total += 1
            unchanged_files += t["files"]
            if args.command == "check":
                print(f"{label}: up to date ({t['files'] + 1} files)")
            else:
                print(f"{label} -> {display_path(out_root / name / t['name'])}: 0 written, {t['files']} unchanged, "
                      f"0 removed (0 formatted, 0.00s)")
    elapsed = time.perf_counter() - start
    if args.command == "check":
        print(f"codegen check (fast): everything up to date ({elapsed:.2f}s)")
    else:
        print(f"codegen generate: {total} target(s), 0 files written, {unchanged_files} unchanged, 0 removed in "
              f"{elapsed:.2f}s")
    return EXIT_OK


def _remember(item: Loaded, out_api: Path) -> None:
    """Record a generation of one API now on disk, for _unchanged's next run."""
    from . import freshness

    freshness.remember(item.settings.path, out_api, [f.path for f in item.doc.files.values()],
                       [(t.name, t.template) for t in item.settings.targets],
                       [i.format() for i in sorted(item.warnings, key=Issue.sort_key)])


def _settle(started: list[tuple[Started, Path]], errors: list[Issue]) -> list[tuple[Loaded, Path]]:
    """Every API's verdict (Started.finish); CodegenError with all their errors, if any."""
    loaded = []
    errors = list(errors)
    for s, out_api in started:
        try:
            loaded.append((s.finish(), out_api))
        except CodegenError as exc:
            errors.extend(exc.issues)
    if errors:
        raise CodegenError(errors)
    return loaded


def _run(args: argparse.Namespace, start: float) -> int:
    strict = bool(getattr(args, "strict", False))
    if (args.command in ("check", "generate") and not strict and args.spec is None and args.settings is None
            and getattr(args, "output_format", "text") == "text"):
        done = _unchanged(args, start)
        if done is not None:
            return done
    from .pipeline import generate_target, render_targets, start_api, validated_inputs

    jobs = _jobs_for(args)
    # Load every API and build its IR. openapi-spec-validator runs beside, in a forked
    # process, while the targets render and format; nothing is reported or written before
    # every verdict is in, and a spec it rejects is reported exactly as if it ran first.
    started: list[tuple[Started, Path]] = []
    all_errors: list[Issue] = []
    try:
        for settings, out_api in jobs:
            # a spec whose text already passed this openapi-spec-validator for the output there
            # (its manifest says so) is not validated again: `check` and `generate` alike
            reuse = args.command in ("check", "generate") and not strict
            cache = validated_inputs(out_api, settings.targets) if reuse else set()
            try:
                started.append((start_api(settings, cache), out_api))
            except CodegenError as exc:
                all_errors.extend(exc.issues)
        results: list[tuple[Loaded, Target, Any, float]] = []
        if args.command in ("check", "generate") and not all_errors and all(s.failure is None for s, _ in started):
            try:
                work = [(s.loaded, target, out_api / target.name) for s, out_api in started
                        if s.loaded is not None for target in s.loaded.settings.targets]
                # rendered on two cores, then formatted in order (the formatter uses every core)
                renders = iter(render_targets(work))
                for s, out_api in started:
                    assert s.loaded is not None
                    for target in s.loaded.settings.targets:
                        t0 = time.perf_counter()
                        pre = next(renders)
                        gen = generate_target(s.loaded, target, out_api / target.name, args.jobs, strict,
                                              before_format=s.rejected, rendered_already=pre, pending=s.pending)
                        secs = time.perf_counter() - t0 + (pre.seconds if pre is not None else 0.0)
                        results.append((s.loaded, target, gen, secs))
            except Exception:
                _settle(started, all_errors)  # a spec the validator rejects: that is the report
                raise
        loaded = _settle(started, all_errors)
    finally:
        for s, _ in started:
            s.cancel()
    for item, _ in loaded:
        if item.warnings:
            _print_issues(item.warnings)

    if args.command == "validate":
        for item, _ in loaded:
            api = item.api
            print(
                f"{display_path(item.settings.spec_path)}: valid — {len(api.operations)} operations, "
                f"{len(api.groups)} groups, {len(api.models)} models, {len(api.enums)} enums"
            )
        return EXIT_OK
    if args.command == "dump-ir":
        for item, _ in loaded:
            print(json.dumps(item.api.to_json(), indent=2, sort_keys=True, default=str))
        return EXIT_OK

    from .write import check_writable, write

    if args.command == "generate":  # a folder that cannot be written: exit 2 before anything is written
        for item, out_api in loaded:
            for target in item.settings.targets:
                check_writable(out_api / target.name)

    def label(item: Loaded, target: Target) -> str:
        return f"{item.settings.api}/{target.name} ({target.template})"

    if args.command == "check":
        return _check(args, results, start, label)

    # generate: nothing has been written so far; now write every target
    totals = [0, 0, 0]
    _replaced.clear()
    _pending[:] = [display_path(gen.out_dir) for _, _, gen, _ in results]
    for item, target, gen, secs in results:
        res = write(gen.files, gen.out_dir, gen.manifest,
                    swapped=functools.partial(_replaced.append, display_path(gen.out_dir)))
        totals[0] += len(res.written)
        totals[1] += len(res.unchanged)
        totals[2] += len(res.removed)
        print(
            f"{label(item, target)} -> {display_path(gen.out_dir)}: {len(res.written)} written, "
            f"{len(res.unchanged)} unchanged, {len(res.removed)} removed "
            f"({gen.formatted} formatted, {secs:.2f}s)"
        )
    for item, out_api in loaded:
        _remember(item, out_api)
    elapsed = time.perf_counter() - start
    print(
        f"codegen generate: {len(results)} target(s), {totals[0]} files written, {totals[1]} unchanged, "
        f"{totals[2]} removed in {elapsed:.2f}s"
    )
    return EXIT_OK


def fix_command(args: argparse.Namespace, apis: list[str]) -> str:
    """The exact command that regenerates what `check` found out of date."""
    import shlex

    words = ["codegen", "generate"] + (["--strict"] if args.strict else [])
    if args.spec is not None:
        words += ["--spec", str(args.spec), "--settings", str(args.settings)]
        if args.out is not None:
            words += ["--out", str(args.out)]
    else:
        words += apis
        if args.out is not None:
            words += ["--out", str(args.out)]
    if args.root != Path("."):
        words += ["--root", str(args.root)]
    return shlex.join(words)


def _check(args: argparse.Namespace, results: list[Any], start: float, label: Any) -> int:
    from .drift import compare

    mode = "strict" if args.strict else "fast"
    reports = []
    drifted_apis: list[str] = []
    for item, target, gen, _secs in results:
        drift = compare(gen.files, gen.out_dir, gen.manifest, args.diff_lines, args.max_diff_lines)
        reports.append((item, target, gen, drift))
        if not drift.clean and item.settings.api not in drifted_apis:
            drifted_apis.append(item.settings.api)
    fix = fix_command(args, drifted_apis) if drifted_apis else None
    # an API found up to date (and made with the tools running now) is recorded for the next run
    noted = {item.settings.api for item, _t, _g, drift in reports if drift.tools}
    clean = {item.settings.api: (item, gen.out_dir.parent) for item, _t, gen, _d in reports}
    for api, (item, out_api) in clean.items():
        if api not in drifted_apis and api not in noted:
            _remember(item, out_api)
    elapsed = time.perf_counter() - start
    if args.output_format == "json":
        body = {
            "ok": not drifted_apis,
            "status": "out-of-date" if drifted_apis else "up-to-date",
            "mode": mode,
            "seconds": round(elapsed, 3),
            "fix": fix,
            "targets": [
                {
                    "api": item.settings.api,
                    "target": target.name,
                    "template": target.template,
                    "out_dir": display_path(gen.out_dir),
                    "up_to_date": drift.clean,
                    "files": len(gen.files) + 1,
                    "stale": drift.stale,
                    "missing": drift.missing,
                    "extra": drift.extra,
                    "diff": {rel: "".join(lines) for rel, lines in drift.diffs.items()},
                    "diff_lines_omitted": drift.diff_lines_omitted,
                    "tools": {k: {"recorded": old, "running": new} for k, (old, new) in drift.tools.items()},
                }
                for item, target, gen, drift in reports
            ],
        }
        print(json.dumps(body, indent=2, sort_keys=True))
        return EXIT_DRIFT if drifted_apis else EXIT_OK
    for item, target, gen, drift in reports:
        where = display_path(gen.out_dir)
        for key, (old, new) in sorted(drift.tools.items()):
            print(f"{label(item, target)}: note: {where} was made with {old or 'an unrecorded ' + key}, this run uses "
                  f"{new} (not drift; the next `codegen generate` records it)")
        if drift.clean:
            print(f"{label(item, target)}: up to date ({len(gen.files) + 1} files)")
            continue
        print(f"{label(item, target)}: OUT OF DATE in {where}")
        for rel in drift.stale:
            print(f"  stale:   {rel}")
        for rel in drift.missing:
            print(f"  missing: {rel}")
        for rel in drift.extra:
            print(f"  extra:   {rel}")
        for rel, lines in drift.diffs.items():
            sys.stdout.write("".join(lines))
            if lines and not lines[-1].endswith("\n"):
                sys.stdout.write("\n")
    if drifted_apis:
        n = sum(1 for *_, d in reports if not d.clean)
        print(f"codegen check ({mode}): {n} target(s) out of date ({elapsed:.2f}s)")
        print(f"fix: {fix}")
        print(f"then commit {' '.join(display_path(gen.out_dir) for *_, gen, d in reports if not d.clean)}")
        return EXIT_DRIFT
    print(f"codegen check ({mode}): everything up to date ({elapsed:.2f}s)")
    return EXIT_OK


def entry() -> None:
    """The `codegen` command: main(), then exit with its code. An interrupt that lands after
    main() returned (the work is done, its message printed) no longer interrupts anything."""
    gc.disable()  # for good: main() leaves the collector as it found it (see there)
    code = main()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Leave without the interpreter's teardown: its final garbage collection walks every object
    # of the run (spec, IR, texts, black's and Jinja's modules): ~0.5 s of a cold Leonardo
    # generation. Everything is written and closed by now; only the streams to flush.
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can be said
        code = code or 1
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
