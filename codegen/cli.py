"""The `codegen` command: generate, check, validate, dump-ir.

Exit codes: 0 success; 1 `check` found generated/ out of date; 2 the input (a spec or a
settings file) is invalid, or the command line is wrong; 3 a bug in the generator.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from pathlib import Path

from .errors import CodegenError, GeneratorBug, Issue
from .load import display_path
from .write import OutputError
from .settings import Settings, Target, load_settings

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
  codegen generate --spec my.yaml --settings my-codegen.yaml --out /tmp/sdk
                                   any OpenAPI 3.0/3.1 file, anywhere

exit codes: 0 ok, 1 generated/ is out of date (check), 2 invalid input, 3 generator bug
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
        if name == "check":
            sp.add_argument("--diff-lines", type=int, default=40, help="diff lines shown per stale file")
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


def _validated(out_api: Path, targets: tuple[Target, ...]) -> set[str]:
    from .write import Manifest

    return {Manifest.read(out_api / t.name).inputs for t in targets} - {""}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_INPUT
    start = time.perf_counter()
    _replaced.clear()
    _pending.clear()
    try:
        return _run(args, start)
    except CodegenError as exc:
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


def _run(args: argparse.Namespace, start: float) -> int:
    from .pipeline import generate_target, load_api

    jobs = _jobs_for(args)
    # Load and validate every API before writing anything.
    loaded = []
    all_errors: list[Issue] = []
    for settings, out_api in jobs:
        cache = _validated(out_api, settings.targets) if args.command == "check" else set()
        try:
            loaded.append((load_api(settings, cache), out_api))
        except CodegenError as exc:
            all_errors.extend(exc.issues)
    if all_errors:
        raise CodegenError(all_errors)
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

    from .write import check_writable, compare, write

    if args.command == "generate":
        for item, out_api in loaded:
            for target in item.settings.targets:
                check_writable(out_api / target.name)
    results = []
    for item, out_api in loaded:
        for target in item.settings.targets:
            t0 = time.perf_counter()
            gen = generate_target(item, target, out_api / target.name, args.jobs)
            results.append((item, target, gen, time.perf_counter() - t0))

    label = lambda item, target: f"{item.settings.api}/{target.name} ({target.template})"  # noqa: E731
    if args.command == "check":
        drifted = 0
        for item, target, gen, secs in results:
            drift = compare(gen.files, gen.out_dir, gen.manifest, args.diff_lines)
            where = display_path(gen.out_dir)
            if drift.clean:
                print(f"{label(item, target)}: up to date ({len(gen.files) + 1} files)")
                continue
            drifted += 1
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
        elapsed = time.perf_counter() - start
        if drifted:
            print(f"codegen check: {drifted} target(s) out of date ({elapsed:.2f}s); run `codegen generate` and commit")
            return EXIT_DRIFT
        print(f"codegen check: everything up to date ({elapsed:.2f}s)")
        return EXIT_OK

    # generate: nothing has been written so far; now write every target
    totals = [0, 0, 0]
    _replaced.clear()
    _pending[:] = [display_path(gen.out_dir) for _, _, gen, _ in results]
    for item, target, gen, secs in results:
        res = write(gen.files, gen.out_dir, gen.manifest)
        _replaced.append(display_path(gen.out_dir))
        totals[0] += len(res.written)
        totals[1] += len(res.unchanged)
        totals[2] += len(res.removed)
        print(
            f"{label(item, target)} -> {display_path(gen.out_dir)}: {len(res.written)} written, "
            f"{len(res.unchanged)} unchanged, {len(res.removed)} removed "
            f"({gen.formatted} formatted, {secs:.2f}s)"
        )
    elapsed = time.perf_counter() - start
    print(
        f"codegen generate: {len(results)} target(s), {totals[0]} files written, {totals[1]} unchanged, "
        f"{totals[2]} removed in {elapsed:.2f}s"
    )
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
