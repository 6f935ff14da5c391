"""Former names a target `python` package keeps serving: deprecated aliases.

Two sources, both in spec/<api>/codegen.yaml:
  - `renamed_operations` (API-wide): an operation's former method name;
  - a target's `aliases` (methods, enum_members, classes): names a published release used
    where ours differ.
Each becomes an alias in the code that emits a DeprecationWarning, and a row of the
README's alias table. Names that do not exist (any more) are errors pointing into the
settings file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import CodegenError, Issue
from ..ir import Api, Operation
from ..python_common import literal
from ..settings import Target
from . import python_names as pn


@dataclass(frozen=True)
class MethodAlias:
    former: str
    current: str  # the method's name


TYPED_DICT = "TypedDict"


@dataclass(frozen=True)
class ClassAlias:
    """`former` in a namespace package stands for `name` in the module `where` (relative;
    "" for the same package); `annotation` is what type checkers see."""

    former: str
    where: str
    name: str
    advice: str  # a Python string literal
    annotation: str


@dataclass(frozen=True)
class Row:
    """A README row: `former` is deprecated, use `current`."""

    kind: str  # method | enum member | class
    former: str
    current: str
    twin: str = ""  # the alias's twin under the same rule: `_async`, `TypedDict`


@dataclass
class AliasPlan:
    methods: dict[str, list[MethodAlias]] = field(default_factory=dict)  # group module -> aliases
    members: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # enum class -> (former, current)
    classes: dict[str, list[ClassAlias]] = field(default_factory=dict)  # namespace -> aliases
    rows: list[Row] = field(default_factory=list)


def plan(api: Api, target: Target, method_name: dict[str, str], group_module: dict[str, str],
         enum_members: dict[str, list[str]], class_names: dict[str, set[str]],
         renamed_classes: list[tuple[str, str, str]], typed_dicts: dict[str, set[str]] | None = None) -> AliasPlan:
    """`method_name`/`group_module`: operationId -> Python method / group module; `enum_members`:
    enum class -> member names; `class_names`: namespace -> class names; `renamed_classes`: model
    aliases of renamed operations (namespace, old, new)."""
    settings_file = f"spec/{api.name}/codegen.yaml"
    typed_dicts = typed_dicts or {}
    issues: list[Issue] = []
    out = AliasPlan()
    ops: dict[str, Operation] = {op.operation_id: op for op in api.operations}
    methods = [(pn.former_method(r), r.operation_id, "#/renamed_operations") for r in api.renamed]
    methods += [(former, op_id, "#/targets/aliases/methods") for former, op_id in target.aliases.methods]
    for former, op_id, where in sorted(methods):
        if op_id not in ops:
            issues.append(Issue(settings_file, f"{where}/{former}", f"'{op_id}' is not an operationId of {api.source}",
                                line=None))
            continue
        current = method_name[op_id]
        if former == current:
            continue
        group = group_module[op_id]
        out.methods.setdefault(group, []).append(MethodAlias(former, current))
        out.rows.append(Row("method", f"{group}.{former}", f"{group}.{current}", "_async"))
    for enum, former, current in target.aliases.enum_members:
        if current not in enum_members.get(enum, ()):
            issues.append(Issue(settings_file, f"#/targets/aliases/enum_members/{enum}.{former}",
                                f"'{enum}.{current}' is not an enum member of the generated package", line=None))
            continue
        out.members.setdefault(enum, []).append((former, current))
        out.rows.append(Row("enum member", f"{enum}.{former}", f"{enum}.{current}"))
    for ns, former, current in target.aliases.classes:
        cur_ns, _, cur = current.rpartition(".")
        cur_ns = cur_ns or ns
        if cur not in class_names.get(cur_ns, set()):
            issues.append(Issue(settings_file, f"#/targets/aliases/classes/{ns}.{former}",
                                f"'{cur_ns}.{cur}' is not a class of the generated package", line=None))
            continue
        where = "" if cur_ns == ns else f"..{cur_ns}"
        advice = literal(f"use {cur_ns}.{cur}")
        out.classes.setdefault(ns, []).append(ClassAlias(former, where, cur, advice, f"{cur_ns}.{cur}"))
        if cur in typed_dicts.get(cur_ns, set()):
            out.classes[ns].append(ClassAlias(former + TYPED_DICT, where, cur + TYPED_DICT,
                                              literal(f"use {cur_ns}.{cur}{TYPED_DICT}"),
                                              f"{cur_ns}.{cur}{TYPED_DICT}"))
        out.rows.append(Row("class", f"{ns}.{former}", f"{cur_ns}.{cur}",
                            TYPED_DICT if cur in typed_dicts.get(cur_ns, set()) else ""))
    for ns, old, new in renamed_classes:
        out.classes.setdefault(ns, []).append(ClassAlias(old, "", new, literal(f"its operation was renamed: use "
                                                                                 f"{ns}.{new}"), new))
        out.rows.append(Row("class", f"{ns}.{old}", f"{ns}.{new}"))
    if issues:
        raise CodegenError(issues)
    for v in out.classes.values():
        v.sort(key=lambda a: a.former)
    out.rows.sort(key=lambda r: (r.kind, r.former))
    return out
