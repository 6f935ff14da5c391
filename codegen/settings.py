"""Generator settings of one API (spec/<api>/codegen.yaml)."""

from __future__ import annotations

import keyword
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CodegenError, Issue
from .load import load_file


def _templates_dir() -> Path:
    """templates/ of the source tree, or codegen/templates/ inside an installed wheel."""
    here = Path(__file__).resolve().parent
    source = here.parent / "templates"
    return source if (here.parent / "pyproject.toml").is_file() and source.is_dir() else here / "templates"


TEMPLATES_DIR = _templates_dir()


@dataclass(frozen=True)
class Aliases:
    """Names a published release of the SDK used where ours differ (settings key `aliases` of a
    target). The code serves each as an alias that emits a DeprecationWarning; the package
    README lists them."""

    methods: tuple[tuple[str, str], ...] = ()  # (former method name, operationId)
    enum_members: tuple[tuple[str, str, str], ...] = ()  # (enum class, former member, current member)
    classes: tuple[tuple[str, str, str], ...] = ()  # (namespace, former name, current: Name or namespace.Name)

    def __bool__(self) -> bool:
        return bool(self.methods or self.enum_members or self.classes)


@dataclass(frozen=True)
class Target:
    name: str  # output folder under generated/<api>/
    template: str  # folder under templates/
    distribution: str
    package: str
    sdk_class: str
    version: str
    aliases: Aliases = Aliases()
    # a group published under another name before -> the operationIds it held; targets that
    # support it keep the former group as a deprecated alias (and its docs page)
    former_groups: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Settings:
    api: str  # the API's folder name under spec/
    path: Path  # the settings file
    spec_path: Path
    server_url: str | None
    operation_names: str  # "operation-id" (default) or "method-after-underscore"
    targets: tuple[Target, ...]
    # former operation method name -> current operationId: older docs link to pages named
    # after the former name; targets keep those pages (pointing to the new ones) and aliases
    renamed_operations: tuple[tuple[str, str], ...] = ()
    # folders besides the spec's own that $ref may read files from
    ref_roots: tuple[Path, ...] = ()
    formatter: str = "black"  # of the generated Python files: black (default) or ruff
    docs_html: str = "escape"  # HTML tags in spec text: "escape" (shown as text, default) or "pass" (kept)


_TARGET_KEYS = {"name", "template", "distribution", "package", "sdk_class", "version"}
_OPTIONAL_TARGET_KEYS = {"former_groups", "aliases"}
_ALIAS_KINDS = {"methods", "enum_members", "classes"}
# templates whose `package` and `distribution` are npm package names (scoped or not)
NPM_TEMPLATES = frozenset({"typescript"})
_TOP_KEYS = {"spec", "server_url", "targets", "operation_names", "renamed_operations", "ref_roots", "formatter",
             "docs_html"}
DOCS_HTML = ("escape", "pass")
FORMATTERS = ("black", "ruff")  # ruff: `ruff format`, black-compatible and much faster (README, Speed)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_DIST = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
# npm: lower case, URL-safe, at most 214 characters, optionally @scope/name
_NPM = re.compile(r"^(?:@[a-z0-9~-][a-z0-9._~-]*/)?[a-z0-9~-][a-z0-9._~-]*$")
_TEMPLATE = re.compile(r"^[a-z][a-z0-9-]*$")
# PEP 440 public versions: 1.0.0, 2.1rc1, 1.0.post2.dev3, 1!2.0
_VERSION = re.compile(r"^([0-9]+!)?[0-9]+(\.[0-9]+)*((a|b|rc)[0-9]+)?(\.post[0-9]+)?(\.dev[0-9]+)?$")
# semver for npm packages: 1.0.0, 1.0.0-beta.1, 1.0.0+build.5
_SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
# Import packages a generated SDK imports (its runtime dependencies and theirs): a package of
# the same name would shadow them.
RUNTIME_PACKAGES = frozenset({"httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi", "pydantic",
                              "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection"})


def is_npm_name(name: str) -> bool:
    return len(name) <= 214 and bool(_NPM.match(name))


def known_templates() -> list[str]:
    """Targets the generator has: a templates/<name>/ folder and its codegen/targets/<name>.py."""
    targets = Path(__file__).resolve().parent / "targets"
    return sorted(p.name for p in TEMPLATES_DIR.iterdir()
                  if p.is_dir() and _TEMPLATE.match(p.name) and (targets / (p.name.replace("-", "_") + ".py")).is_file())


def identifier_problem(name: str) -> str | None:
    """Why `name` cannot be a Python identifier of a generated package, or None."""
    if not _IDENT.match(name):
        return "is not a valid identifier (ASCII letters, digits and _, not starting with a digit)"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return "is a Python keyword"
    return None


def package_problem(name: str) -> str | None:
    """Why `name` cannot be the import package of a generated Python SDK, or None."""
    problem = identifier_problem(name)
    if problem:
        return problem
    if name in sys.stdlib_module_names:
        return "is a module of Python's standard library, which the package would shadow"
    if name in RUNTIME_PACKAGES:
        return "is a package the generated SDK depends on, which it would shadow"
    return None


def _aliases(raw: Any, ptr: str, bad: Any) -> Aliases:
    """`aliases: {methods: {former: operationId}, enum_members: {Enum.FORMER: CURRENT},
    classes: {namespace.Former: Current}}`"""
    if raw is None:
        return Aliases()
    if not isinstance(raw, dict):
        bad(ptr, "'aliases' maps methods / enum_members / classes to {former: current}")
        return Aliases()
    for key in sorted(set(raw) - _ALIAS_KINDS):
        bad(f"{ptr}/{key}", f"unknown kind of alias '{key}' (known: {', '.join(sorted(_ALIAS_KINDS))})")
    out: dict[str, list[tuple[str, ...]]] = {k: [] for k in _ALIAS_KINDS}
    for kind in sorted(_ALIAS_KINDS & set(raw)):
        entries = raw[kind] or {}
        if not isinstance(entries, dict):
            bad(f"{ptr}/{kind}", f"'{kind}' maps former names to current ones")
            continue
        for former, current in entries.items():
            former, current = str(former), str(current)
            parts = former.split(".")
            want = 1 if kind == "methods" else 2
            target = current.split(".") if kind == "classes" else [current]
            if len(parts) != want or not all(_IDENT.match(p) for p in parts + target) or len(target) > 2:
                shape = {"methods": "former_method: operationId", "enum_members": "Enum.FORMER: CURRENT",
                         "classes": "namespace.Former: [namespace.]Current"}[kind]
                bad(f"{ptr}/{kind}/{former}", f"expected `{shape}`")
                continue
            out[kind].append((*parts, current))
    return Aliases(
        methods=tuple(sorted(out["methods"])),  # type: ignore[arg-type]
        enum_members=tuple(sorted(out["enum_members"])),  # type: ignore[arg-type]
        classes=tuple(sorted(out["classes"])),  # type: ignore[arg-type]
    )


def load_settings(path: Path, api: str | None = None) -> Settings:
    f = load_file(path)
    data: dict[str, Any] = f.data
    issues: list[Issue] = []

    def bad(pointer: str, message: str) -> None:
        line = f.lines.get(pointer)
        issues.append(Issue(f.name, pointer, message, line=line))

    for key in sorted(set(data) - _TOP_KEYS):
        bad(f"#/{key}", f"unknown setting '{key}' (known: {', '.join(sorted(_TOP_KEYS))})")
    spec = data.get("spec", "openapi.yaml")
    if not isinstance(spec, str):
        bad("#/spec", "'spec' must be a file name")
        spec = "openapi.yaml"
    server_url = data.get("server_url")
    if server_url is not None and not isinstance(server_url, str):
        bad("#/server_url", "'server_url' must be a string")
        server_url = None
    operation_names = data.get("operation_names", "operation-id")
    if operation_names not in ("operation-id", "method-after-underscore"):
        bad("#/operation_names", "'operation_names' must be 'operation-id' or 'method-after-underscore'")
    formatter = data.get("formatter", "black")
    if formatter not in FORMATTERS:
        bad("#/formatter", f"'formatter' must be one of {', '.join(FORMATTERS)}")
        formatter = "black"
    docs_html = data.get("docs_html", "escape")
    if docs_html not in DOCS_HTML:
        bad("#/docs_html", f"'docs_html' must be one of {', '.join(DOCS_HTML)} (HTML tags in spec text: shown as "
                           "text, or kept as markup)")
        docs_html = "escape"
    renamed: list[tuple[str, str]] = []
    raw_renamed = data.get("renamed_operations") or {}
    if not isinstance(raw_renamed, dict):
        bad("#/renamed_operations", "'renamed_operations' maps former method names to operationIds")
        raw_renamed = {}
    for old_name, op_id in raw_renamed.items():
        if not isinstance(op_id, str) or not _IDENT.match(old_name.rstrip("_") or "_"):
            bad(f"#/renamed_operations/{old_name}", "expected `former_method_name: currentOperationId`")
            continue
        renamed.append((old_name, op_id))
    ref_roots: list[Path] = []
    raw_roots = data.get("ref_roots") or []
    if not isinstance(raw_roots, list) or not all(isinstance(r, str) for r in raw_roots):
        bad("#/ref_roots", "'ref_roots' is a list of folders (relative to this file) that $ref may read from")
        raw_roots = []
    for i, r in enumerate(raw_roots):
        folder = (path.resolve().parent / r).resolve()
        if not folder.is_dir():
            bad(f"#/ref_roots/{i}", f"no such folder: {r}")
        ref_roots.append(folder)
    targets: list[Target] = []
    raw_targets = data.get("targets")
    if not isinstance(raw_targets, list) or not raw_targets:
        bad("#/targets", "'targets' must be a non-empty list")
        raw_targets = []
    for i, raw in enumerate(raw_targets):
        ptr = f"#/targets/{i}"
        if not isinstance(raw, dict):
            bad(ptr, "a target must be a mapping")
            continue
        for key in sorted(set(raw) - _TARGET_KEYS - _OPTIONAL_TARGET_KEYS):
            bad(f"{ptr}/{key}", f"unknown target setting '{key}'")
        missing = sorted(_TARGET_KEYS - set(raw))
        if missing:
            bad(ptr, f"missing target settings: {', '.join(missing)}")
            continue
        wrong = sorted(k for k in _TARGET_KEYS if not isinstance(raw[k], str))
        for key in wrong:
            bad(f"{ptr}/{key}", f"'{key}' must be a string (quote it: {key}: \"{raw[key]}\")")
        if wrong:
            continue
        values: dict[str, Any] = {k: str(raw[k]) for k in _TARGET_KEYS}
        values["aliases"] = _aliases(raw.get("aliases"), f"{ptr}/aliases", bad)
        if values["template"] not in known_templates():
            bad(f"{ptr}/template", f"unknown template '{values['template']}' (known: {', '.join(known_templates())})")
        npm = values["template"] in NPM_TEMPLATES
        if npm:  # the TypeScript naming table decides (a reserved word, a runtime name...)
            from .targets.typescript_names import problem as ts_problem

            why = ts_problem(values["sdk_class"])
            problem = f"cannot be the SDK class: {why}" if why else None
        else:
            problem = identifier_problem(values["sdk_class"])
        if problem:
            bad(f"{ptr}/sdk_class", f"sdk_class '{values['sdk_class']}' {problem}")
        if npm:
            for key in ("package", "distribution"):
                if not is_npm_name(values[key]):
                    bad(f"{ptr}/{key}", f"'{values[key]}' is not a valid npm package name")
            if not _SEMVER.match(values["version"]):
                bad(f"{ptr}/version", f"version '{values['version']}' is not a semantic version such as 1.0.0")
        else:
            problem = package_problem(values["package"])
            if problem:
                bad(f"{ptr}/package", f"package '{values['package']}' {problem}")
            if not _VERSION.match(values["version"]):
                bad(f"{ptr}/version", f"version '{values['version']}' is not a PEP 440 version such as 1.0.0")
        if not npm and not _DIST.match(values["distribution"]):
            bad(f"{ptr}/distribution", f"'{values['distribution']}' is not a valid distribution name")
        former: list[tuple[str, tuple[str, ...]]] = []
        raw_former = raw.get("former_groups") or {}
        if not isinstance(raw_former, dict):
            bad(f"{ptr}/former_groups", "'former_groups' maps a former group name to a list of operationIds")
            raw_former = {}
        for gname, op_ids in raw_former.items():
            if not isinstance(gname, str) or not _IDENT.match(gname) or not isinstance(op_ids, list) or not all(
                isinstance(o, str) for o in op_ids
            ):
                bad(f"{ptr}/former_groups/{gname}", "expected `formerGroup: [operationId, ...]`")
                continue
            former.append((gname, tuple(op_ids)))
        values["former_groups"] = tuple(sorted(former))
        if not _DIST.match(values["name"]):
            bad(f"{ptr}/name", f"'{values['name']}' is not a valid folder name")
        targets.append(Target(**values))
    names = [t.name for t in targets]
    for n in sorted({n for n in names if names.count(n) > 1}):
        bad("#/targets", f"two targets write to the same folder '{n}'")
    if issues:
        raise CodegenError(issues)
    return Settings(
        api=api or path.resolve().parent.name,
        path=path,
        spec_path=path.resolve().parent / spec,
        server_url=server_url,
        operation_names=operation_names,
        targets=tuple(targets),
        renamed_operations=tuple(sorted(renamed)),
        ref_roots=tuple(ref_roots),
        formatter=str(formatter),
        docs_html=str(docs_html),
    )
