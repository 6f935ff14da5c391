"""The TypeScript naming table: every identifier the TypeScript target derives from the
neutral IR (wire names, the text names derive from, component names, where an inline
schema sits, `x-ts-name` renames). `x-py-name` never applies here.

- members (methods, fields, groups, arguments) are camelCase; an identifier the spec
  already spells in camelCase keeps its acronyms (createLCMGeneration);
- types are PascalCase: an operation's models are named after its operationId
  (CreateLCMGenerationRequestBody, GetGenerationByIdResponse), nested inline objects after
  the operation and their property (GetGenerationByIdGenerationsByPk), components after the
  component (controlnet_input -> ControlnetInput);
- collisions (two types, two fields of a model, two arguments, two methods of a group) are
  errors naming both sources by file:line;
- names TypeScript cannot take are escaped or rejected here and nowhere else (`problem`,
  `issues`): a reserved word as an argument gets a trailing underscore (`from_`, `eval_`),
  `constructor` as a method or group property too; a type, group class or SDK class that is
  empty, not an ASCII identifier, a reserved word, longer than 250 characters or a name the
  generated modules already use is exit 2 with the pointer, and so is an empty or
  unprintable member name and an `x-ts-name` that is not an identifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import naming
from ..errors import CodegenError, Issue
from ..ir import Api, Enum, Field, Group, Model, Names, Operation, Param
from ..load import Document, non_string_issues

LANG = "ts"
_IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
MAX_LENGTH = 250  # type and group names become file names (with .ts or .md), as in python_names
# words a TypeScript type cannot be named (beyond the reserved words of naming.TS_RESERVED)
TYPE_KEYWORDS = frozenset({"any", "bigint", "boolean", "never", "number", "object", "string", "symbol",
                           "undefined", "unknown", "void"})
# not variables in strict mode (every module is)
STRICT_WORDS = frozenset({"arguments", "eval"})
# what the generated modules import or use beside the API's own types: a type, group class or
# SDK class of that name would clash
RUNTIME_NAMES = frozenset({"APIError", "Array", "Blob", "ClientCore", "Dict", "Fields", "OperationSpec", "Promise",
                           "RequestOptions", "Response", "Result", "SDKOptions", "SERVER_URL", "USER_AGENT", "Values",
                           "invoke", "unwrapAsync"})


def problem(name: str, reserved: frozenset[str] = RUNTIME_NAMES) -> str | None:
    """Why `name` cannot be printed as a TypeScript type or class name, or None."""
    if not name:
        return "it is empty"
    if not _IDENT.match(name):
        return "it is not a TypeScript identifier (ASCII letters, digits, _ and $, not starting with a digit)"
    if name in naming.TS_RESERVED or name in TYPE_KEYWORDS or name in STRICT_WORDS:
        return "it is a reserved word in TypeScript"
    if len(name) > MAX_LENGTH:
        return f"it is longer than {MAX_LENGTH} characters"
    if name in reserved:
        return "the generated modules already use that name"
    return None


def member_problem(name: str) -> str | None:
    """Why `name` cannot be a method, property or argument name (reserved words are escaped
    before, see `camel`), or None."""
    if not name:
        return "it is empty"
    if not _IDENT.match(name):
        return "it is not a TypeScript identifier (ASCII letters, digits, _ and $, not starting with a digit)"
    if len(name) > MAX_LENGTH:
        return f"it is longer than {MAX_LENGTH} characters"
    return None


def _shown(name: str) -> str:
    return name if len(name) <= 40 else name[:37] + "..."


def x_ts_name_issues(doc: Document) -> list[Issue]:
    """Every `x-ts-name` in the spec must be a string."""
    return non_string_issues(doc, "x-ts-name")


def _plain(text: str) -> bool:
    """Already an identifier in camel or Pascal case (no separators, not SHOUTING)."""
    return bool(_IDENT.match(text)) and "_" not in text and "$" not in text and any(c.islower() for c in text)


def pascal(text: str) -> str:
    """createLCMGeneration -> CreateLCMGeneration; controlnet_input -> ControlnetInput."""
    if _plain(text):
        return text[:1].upper() + text[1:]
    return naming.pascal(text)


def camel(text: str, variable: bool = True) -> str:
    """CreateUniversalUpscalerJob -> createUniversalUpscalerJob; Init Images -> initImages.
    A `variable` name that is a reserved word gets a trailing underscore (a property
    name may be any word)."""
    out = text[:1].lower() + text[1:] if _plain(text) and not text[:1].isdigit() else naming.camel(text)
    return _escaped(out) if variable else out


def _escaped(name: str) -> str:
    """A variable name that is a reserved word (or arguments/eval) gets a trailing underscore."""
    return name + "_" if name in naming.TS_RESERVED or name in STRICT_WORDS else name


def _method(name: str) -> str:
    """A class member may be any word but `constructor`."""
    return name + "_" if name == "constructor" else name


def member(names: Names, variable: bool = False) -> str:
    """A field name, or with `variable` a parameter name: x-ts-name, else camelCase."""
    renamed = names.rename(LANG)
    if renamed:
        return _escaped(renamed) if variable else renamed
    return camel(names.source, variable)


def field_name(f: Field) -> str:
    hit = _MEMBERS.get(id(f))
    return hit[1] if hit is not None and hit[0] is f else member(f.names)


def param_name(p: Param) -> str:
    """An operation's argument: x-ts-name, else camelCase, told apart (`settle_members`)."""
    hit = _MEMBERS.get(id(p))
    return hit[1] if hit is not None and hit[0] is p else member(p.names, variable=True)


# id(field or parameter) -> (node: kept alive, so the id stays its own, name told apart)
_MEMBERS: dict[int, tuple[object, str]] = {}
_MEMBER_WARNINGS: dict[int, tuple[Api, list[Issue]]] = {}


def settle_members(api: Api) -> list[Issue]:
    """The property names of each model and the argument names of each operation that the
    generator derives are told apart as in the Python table (python_names.tell_apart): a
    name of symbols only is spelled (`$` -> dollar), names that collide are spelled when their
    wire name starts with symbols (`+1`, `-1` -> plus1, minus1) and numbered otherwise
    (userId, userId2). x-ts-names stay; two such that collide are still an error. Once per
    Api; a warning for each change."""
    from . import python_names as pn

    hit = _MEMBER_WARNINGS.get(id(api))
    if hit is not None and hit[0] is api:
        return list(hit[1])
    warnings: list[Issue] = []

    def scope(nodes: list[Any], what: str, variable: bool) -> None:
        entries = [(n, member(n.names, variable), n.names.wire, bool(n.names.rename(LANG))) for n in nodes]
        spell = (lambda text: _escaped(naming.camel(pn.spelled(text))) if variable
                 else naming.camel(pn.spelled(text)))
        changed_all = pn.tell_apart(entries, frozenset(), "", spell)
        for node, _name, wire, _fixed in entries:
            if id(node) in changed_all:
                name, reason = changed_all[id(node)]
                _MEMBERS[id(node)] = (node, name)
                warnings.append(api.issue(node.pointer, f"{what} {wire!r} is named '{name}' in TypeScript: "
                                                        f"{reason}", "warning"))

    for m in api.models:
        scope(list(m.fields), "property", False)
    for op in api.operations:
        scope(list(op.params), "parameter", True)
    _MEMBER_WARNINGS[id(api)] = (api, warnings)
    return list(warnings)


def method(op: Operation) -> str:
    return _method(op.names.rename(LANG) or camel(op.names.source))


def group_prop(g: Group) -> str:
    hit = _GROUPS.get(id(g))
    return hit[1] if hit is not None and hit[0] is g else _derived_prop(g)


def group_class(g: Group) -> str:
    hit = _GROUPS.get(id(g))
    return hit[2] if hit is not None and hit[0] is g else _derived_class(g)


def _derived_prop(g: Group) -> str:
    return _method(g.names.rename(LANG) or camel(g.names.source))


def _derived_class(g: Group) -> str:
    return pascal(g.names.rename(LANG) or g.names.source) if naming.words(g.names.source) else "Default"


# id(group) -> (group: kept alive, so the id stays its own, property, class), for groups told apart
_GROUPS: dict[int, tuple[Group, str, str]] = {}
_GROUP_WARNINGS: dict[int, tuple[Api, list[Issue]]] = {}


def settle_groups(api: Api) -> list[Issue]:
    """Tags whose client property, module or docs folder would be one ('EmailIdentities' and
    'Email Identities' -> emailIdentities; 'Emailtemplates' and 'Email templates' -> the docs
    folder emailtemplates): the later one is numbered (emailIdentities2, EmailIdentities2),
    as the Python table does, with a warning. Names chosen with x-ts-name stay; two such that
    collide are still an error (typescript.check_names). Once per Api."""
    hit = _GROUP_WARNINGS.get(id(api))
    if hit is not None and hit[0] is api:
        return list(hit[1])
    warnings: list[Issue] = []
    taken: set[str] = set()
    for g in api.groups:
        if g.names.rename(LANG):
            taken.update({_derived_prop(g).lower(), naming.flat_lower(_derived_class(g))})
    for g in api.groups:
        if g.names.rename(LANG):
            continue
        prop, cls = _derived_prop(g), _derived_class(g)
        keys = {prop.lower(), naming.flat_lower(cls)}
        if keys & taken:
            k = 2
            while {f"{prop}{k}".lower(), naming.flat_lower(f"{cls}{k}")} & taken:
                k += 1
            prop, cls = f"{prop}{k}", f"{cls}{k}"
            _GROUPS[id(g)] = (g, prop, cls)
            warnings.append(api.issue(g.pointer, f"tag {g.tag!r} is named '{prop}' (class {cls}) in TypeScript: "
                                                 "its property, module or docs folder is also another tag's",
                                      "warning"))
            keys = {prop.lower(), naming.flat_lower(cls)}
        taken.update(keys)
    _GROUP_WARNINGS[id(api)] = (api, warnings)
    return list(warnings)


def group_dir(g: Group) -> str:
    """The docs folder of a group: docs/sdks/<dir>/README.md (seed 003: image)."""
    return naming.flat_lower(group_class(g))


# the types the typescript target declares per operation: <Op>Response, <Op>Errors, <Op>Options
OPERATION_TYPE_SUFFIXES = ("Response", "Errors", "Options")


def type_base(op: Operation) -> str:
    """The prefix of an operation's model names: its operationId in PascalCase."""
    return pascal(op.operation_id)


def _renamed(renames: tuple[tuple[str, str], ...]) -> str | None:
    return next((v for k, v in renames if k == LANG), None)


def _given(node: Model | Enum) -> bool:
    """A name the spec gives: a component's, or an x-ts-name (the inline members of a
    component's oneOf are named after it, but that name is derived: numbered on collision)."""
    return (node.context.role == "component" and node.component is not None) or _renamed(node.renames) is not None


@dataclass(frozen=True)
class TypeName:
    name: str  # the TypeScript type name
    namespace: str  # "operations" or "shared"
    module: str  # file stem under src/sdk/models/<namespace>/
    page: str  # docs page stem under docs/sdk/models/<namespace>/


class TsNames:
    """The TypeScript names of one Api's models and enums, decided once."""

    def __init__(self, api: Api) -> None:
        self.api = api
        settle_groups(api)
        settle_members(api)
        self.by_id: dict[str, TypeName] = {}
        self._issues: list[Issue] = []
        self._names: dict[str, str] = {}
        owners: dict[str, str] = {}  # lower-case name (module files and pages are lower case) -> pointer
        # names the spec gives (components, x-ts-name) first: a derived name yields to them
        nodes: list[Model | Enum] = sorted([*api.models, *api.enums], key=lambda n: not _given(n))
        # the types each operation's module declares beside its inline ones: a derived name
        # yields to them too (ghes-3.8: a response property `errors` and <Op>Errors, the union
        # of the operation's failures)
        generated = {(type_base(op) + suffix).lower() for op in api.operations
                     for suffix in OPERATION_TYPE_SUFFIXES}
        for node in nodes:
            name = self._name(node)
            if not _given(node) and name.lower() in generated:
                k = 2
                while f"{name}{k}".lower() in owners or f"{name}{k}".lower() in generated:
                    k += 1
                name = self._names[node.id] = f"{name}{k}"
            if name.lower() in owners and owners[name.lower()] != node.pointer:
                if _given(node):
                    self._issues.append(api.issue(node.pointer, f"TypeScript type name '{name}' collides with the "
                                                  f"one generated for {api.where(owners[name.lower()])}; rename one "
                                                  "with x-ts-name"))
                    continue
                # a name derived from where an inline schema sits: numbered (Name2, Name3, ...)
                k = 2
                while f"{name}{k}".lower() in owners or f"{name}{k}".lower() in generated:
                    k += 1
                name = self._names[node.id] = f"{name}{k}"
            owners[name.lower()] = node.pointer
            op = node.context.operation or node.operation
            if node.namespace == "operations" and op is not None:
                module = naming.flat_lower(type_base(api.operation(op)))
            else:
                module = naming.flat_lower(name)
            self.by_id[node.id] = TypeName(name, node.namespace, module, naming.flat_lower(name))

    def _name(self, node: Model | Enum) -> str:
        if node.id not in self._names:
            self._names[node.id] = self._derive(node)
        return self._names[node.id]

    def _derive(self, node: Model | Enum) -> str:
        renamed = _renamed(node.renames)
        if renamed:
            return renamed
        ctx = node.context
        op = self.api.operation(ctx.operation) if ctx.operation else None
        base = type_base(op) if op is not None else ""
        if ctx.role == "component":
            name = pascal(ctx.name)
            if _IDENT.match(name) and problem(name) is not None and problem(name + "Model") is None:
                # a component named like a word TypeScript or the runtime keeps (Response, Promise):
                # the spec did not choose it for TypeScript, so it takes a suffix, as in python_names
                name += "Model"
        elif ctx.role == "request body":
            name = base + "RequestBody"
        elif ctx.role == "response body":
            name = base + "ResponseBody"
        elif ctx.role == "response":
            name = base + naming.pascal(f"response {ctx.name}") + "Body"
        elif ctx.role == "parameter":
            name = base + pascal(ctx.name)
        elif ctx.role == "property" and ctx.parent is not None:
            parent = self.api.named(ctx.parent)
            if parent.context.role in ("request body", "response body", "response") and op is not None:
                prefix = base
            else:
                prefix = self._name(parent)
            name = prefix + pascal(ctx.name)
        else:
            name = pascal(node.title or node.id)
        return name + "Value" * ctx.steps

    def issues(self) -> list[Issue]:
        return list(self._issues)

    def check(self) -> None:
        if self._issues:
            raise CodegenError(self._issues)


def unique(api: Api, items: list[tuple[str, str, str]], scope: str) -> list[Issue]:
    """Errors for names used twice in one scope: items are (name, pointer, what)."""
    seen: dict[str, tuple[str, str]] = {}
    out = []
    for name, pointer, what in items:
        if name in seen:
            first_ptr, first_what = seen[name]
            out.append(api.issue(pointer, f"{what} and {first_what} ({api.where(first_ptr)}) both map to the "
                                 f"TypeScript name '{name}' in {scope}; rename one with x-ts-name"))
        else:
            seen[name] = (pointer, what)
    return out


def issues(api: Api, table: TsNames, sdk_class: str) -> list[Issue]:
    """Names of `api` the TypeScript target cannot print (see the module doc); collisions are
    checked by the target, scope by scope (`unique`)."""
    out: list[Issue] = []

    def bad(pointer: str, what: str, kind: str, name: str, why: str | None, fix: str = "rename it with x-ts-name"
            ) -> None:
        if why is not None:
            out.append(api.issue(pointer, f"{what} gives the TypeScript {kind} '{_shown(name)}', but {why}; {fix}"))

    nodes: list[Model | Enum] = [*api.models, *api.enums]
    for node in nodes:
        if node.id in table.by_id:
            name = table.by_id[node.id].name
            what = f"schema '{node.component}'" if node.component else "the schema"
            bad(node.pointer, what, "type name", name, problem(name))
    classes = RUNTIME_NAMES | {sdk_class, sdk_class + "Core"}
    for g in api.groups:
        bad(g.pointer, f"tag '{g.tag}'", "class name", group_class(g), problem(group_class(g), classes),
            "rename the tag or set x-ts-name")
        bad(g.pointer, f"tag '{g.tag}'", "property name", group_prop(g), member_problem(group_prop(g)),
            "rename the tag or set x-ts-name")
    for op in api.operations:
        what = f"operation '{op.operation_id}'"
        bad(op.pointer, what, "method name", method(op), member_problem(method(op)))
        if member_problem(method(op)) is None:  # its models and module are named after the operationId
            bad(op.pointer, what, "type name prefix", type_base(op), member_problem(type_base(op)),
                "shorten the operationId")
        for p in op.params:
            name = param_name(p)
            bad(p.pointer, f"parameter '{p.names.wire}'", "argument name", name, member_problem(name))
    for m in api.models:
        for f in m.fields:
            name = field_name(f)
            why = member_problem(name) if f.names.rename(LANG) or not name else None
            bad(f.pointer, f"property '{f.names.wire}'", "property name", name, why)
    return out
