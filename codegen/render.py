"""render: IR -> {relative path: text}. Pure; never touches the output folder."""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

import jinja2
import jinja2.bccache

from .errors import GeneratorBug
from .ir import Api
from .settings import TEMPLATES_DIR, Target
from .versions import cache_dir


@dataclass(frozen=True)
class OutputFile:
    """One file a target produces: rendered from a template, or copied verbatim."""

    path: PurePosixPath
    template: str | None = None  # relative to the target's template folder
    context: dict[str, Any] = field(default_factory=dict)
    verbatim: str | None = None  # relative path of a runtime file in the target's folder


def installed_cache() -> Path:
    """Templates compiled at install (scripts/bootstrap, as it compiles the bytecode), in the
    environment: read when the per-user cache does not have them (a first run)."""
    return Path(sys.prefix) / "share" / "sdk-factory-codegen" / "jinja"


class _Caches(jinja2.BytecodeCache):
    """The per-user template cache, then the one compiled at install (read only). Each entry
    is keyed by the template's path and checked against its text (Jinja's checksum), so a
    stale or foreign entry is just compiled again."""

    def __init__(self, user: Path | None, installed: Path) -> None:
        self.user = jinja2.FileSystemBytecodeCache(str(user)) if user is not None else None
        self.layers = ([self.user] if self.user is not None else []) + [jinja2.FileSystemBytecodeCache(str(installed))]

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        for layer in self.layers:
            layer.load_bytecode(bucket)
            if bucket.code is not None:
                return

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if self.user is not None:
            self.user.dump_bytecode(bucket)


@lru_cache(maxsize=None)
def environment(template: str, cache: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """One environment per target folder: strict, no autoescape, whitespace decided by templates."""
    if cache is None:  # compiled templates, keyed by each template's text: saves ~0.3 s a run
        cache = _Caches(cache_dir("jinja"), installed_cache())
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR / template)),
        bytecode_cache=cache,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def target_module(template: str) -> Any:
    """The thin Python layer of a target: codegen/targets/<template>.py with files(api, target)."""
    return importlib.import_module("codegen.targets." + template.replace("-", "_"))


def render(api: Api, target: Target) -> dict[PurePosixPath, str]:
    return render_files(api, target)[0]


def render_files(api: Api, target: Target) -> tuple[dict[PurePosixPath, str], frozenset[PurePosixPath]]:
    """The rendered files, and which of them are verbatim copies of hand-written runtime files
    (committed already formatted: the formatter skips them, tests/unit/test_static_sources.py)."""
    plan: list[OutputFile] = target_module(target.template).files(api, target)
    env = environment(target.template)
    out: dict[PurePosixPath, str] = {}
    verbatim: set[PurePosixPath] = set()
    for f in plan:
        if f.path in out:
            raise GeneratorBug(f"target {target.template}: two outputs for {f.path}")
        if f.verbatim is not None:
            src = TEMPLATES_DIR / target.template / f.verbatim
            out[f.path] = src.read_text(encoding="utf-8")
            verbatim.add(f.path)
            continue
        assert f.template is not None
        try:
            out[f.path] = env.get_template(f.template).render(**f.context)
        except jinja2.TemplateError as exc:
            where = getattr(exc, "lineno", None)
            raise GeneratorBug(
                f"target {target.template}, template {f.template}"
                + (f" line {where}" if where else "")
                + f", rendering {f.path}: {type(exc).__name__}: {exc}"
            ) from exc
    return dict(sorted(out.items())), frozenset(verbatim)


def verbatim_paths(api: Api, target: Target) -> frozenset[PurePosixPath]:
    """Output paths that are hand-written runtime files copied as they are."""
    plan: list[OutputFile] = target_module(target.template).files(api, target)
    return frozenset(f.path for f in plan if f.verbatim is not None)


def static_sources() -> list[Path]:
    """Every hand-written runtime .py file under templates/ (what verbatim outputs copy), sorted;
    symlinks are left out (their target is listed)."""
    return sorted(
        p for p in TEMPLATES_DIR.rglob("*.py")
        if not p.is_symlink() and "__pycache__" not in p.parts
    )


def runtime_files(template: str, subdir: str) -> list[str]:
    """Verbatim runtime files of a target, sorted, relative to the target folder."""
    base = TEMPLATES_DIR / template
    root = base / subdir
    return sorted(
        p.relative_to(base).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
    )



def precompile_templates(installed: bool = False) -> int:
    """Compile every target's templates into the template cache (scripts/bootstrap runs this,
    as it compiles bytecode): the first `codegen check` on a fresh clone is then as fast
    as the next. `installed`: into the environment's cache instead (installed_cache()).
    Returns how many templates were compiled or found cached."""
    count = 0
    cache = None
    if installed:
        installed_cache().mkdir(parents=True, exist_ok=True)
        cache = jinja2.FileSystemBytecodeCache(str(installed_cache()))
    for folder in sorted(p for p in TEMPLATES_DIR.iterdir() if p.is_dir()):
        env = environment(folder.name, cache)
        for name in env.list_templates(filter_func=lambda n: n.endswith(".jinja")):
            env.get_template(name)
            count += 1
    return count
