"""The Python naming table: every identifier both Python targets derive from the neutral IR.

The IR carries name material only (wire names, the text names derive from, component
names, where an inline schema sits, `x-<lang>-name` renames). This module decides, once
per Api, the Python spelling of each: class names of models, enums and aliases, their
module stems, attribute/argument/method names, enum member names. `x-py-name` applies
here and nowhere else; a TypeScript layer builds its own table from the same IR with
`x-ts-name`.

`PyNames.check()` reports every Python name that collides or is unusable (exit 2),
naming both sources by file:line and pointer.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from typing import Any

from .. import naming
from ..errors import CodegenError, Issue
from ..ir import Alias, Api, Enum, Field, Group, Model, Names, Operation, Param, Renamed
from ..load import Document, non_string_issues

LANG = "py"


def rename(names: Names) -> str | None:
    return names.rename(LANG)


def _renamed(renames: tuple[tuple[str, str], ...]) -> str | None:
    return next((v for k, v in renames if k == LANG), None)


def attr(names: Names) -> str:
    """An attribute, argument or method name: user_id, from_ (x-py-name wins)."""
    return naming.safe_py(rename(names) or naming.snake(names.source))


def class_of(names: Names) -> str:
    """A class-name form of an operation, tag or former name: GetGenerationByID."""
    return naming.py_class(rename(names) or names.source)


def field_name(f: Field) -> str:
    return _settled(f) or attr(f.names)


def param_name(p: Param) -> str:
    return _settled(p) or attr(p.names)


def method(op: Operation) -> str:
    return attr(op.names)


def op_class(op: Operation) -> str:
    return class_of(op.names)


def group_attr(g: Group) -> str:
    return _settled(g) or attr(g.names)


def group_class(g: Group) -> str:
    """GenerationAPI; a tag whose attribute was told apart by number follows it (Things2), and
    so does one whose class or docs folder was (`settle`: 'Email templates' beside
    'Emailtemplates' -> EmailTemplates2)."""
    hit = _GROUP_CLASSES.get(id(g))
    if hit is not None and hit[0] is g:
        return hit[1]
    return _derived_group_class(g)


def _derived_group_class(g: Group) -> str:
    told = _settled(g)
    if told is not None and not rename(g.names) and told[-1:].isdigit():
        return class_of(g.names) + told.rsplit("_", 1)[-1]
    return class_of(g.names)


def group_dir(g: Group) -> str:
    """Doc folder of a tag: realtimecanvas."""
    return naming.flat_lower(group_class(g))


def former_method(r: Renamed) -> str:
    return attr(r.former)


def former_class(r: Renamed) -> str:
    return class_of(r.former)


def member(value: str | int, value_type: str) -> str:
    """An enum member: v1_5 -> V1_5, 2 -> VALUE_2, -1 -> VALUE_MINUS_1, "*" -> EMPTY."""
    return naming.constant(value) if isinstance(value, str) else f"VALUE_{value}".replace("-", "MINUS_")


def members(e: Enum) -> list[str]:
    """The member names of an enum, in value order, told apart (see `settle`)."""
    return [_settled(v) or member(v.value, e.value_type) for v in e.values]


# -- names the generator derives, told apart ---------------------------------------------------
# Symbols spelled as words where a name would otherwise be empty or collide ("+1" -> plus_1,
# "-1" -> minus_1, "$" -> dollar, "@id" -> at_id).
SYMBOL_WORDS = {
    "+": "plus", "-": "minus", "$": "dollar", "@": "at", "#": "hash", "*": "star", "&": "and", "%": "percent",
    "!": "not", "=": "equals", "<": "lt", ">": "gt", "~": "tilde", "^": "caret", "|": "pipe", "?": "question",
    ".": "dot", "/": "slash", "\\": "backslash", ":": "colon", ";": "semicolon", ",": "comma", "'": "quote",
    '"': "double quote", "(": "open paren", ")": "close paren", "[": "open bracket", "]": "close bracket",
    "{": "open brace", "}": "close brace", "_": "underscore", "`": "backtick", " ": "space",
}

# Arguments every operation method of a Python target already has (python: retries,
# server_url, timeout_ms, request objects, the extended runtime's content_type and stream;
# python-flat: its call options, the whole `body`, and `locals`, which its methods call): a
# parameter or flattened body field of that name is escaped with a trailing underscore
# (content_type -> content_type_).
METHOD_ARGS = frozenset({"self", "retries", "server_url", "timeout_ms", "http_req", "http_res", "request",
                         "request_body", "security", "content_type", "stream", "accept_content_types", "timeout",
                         "skip_deserialization", "body", "locals"})
# Module names the python target's model classes use in their annotations (shared.Pet in
# models.operations): a property of that name would shadow the module in the class body.
FIELD_NAMES_USED = frozenset({"shared", "operations"})
# Attributes of the client objects beside the tag attributes (python-flat: api_client,
# configuration, close; python: sdk_configuration, close, aclose)
CLIENT_ATTRS = frozenset({"api_client", "configuration", "close", "aclose", "sdk_configuration"})
# Class and module names the generated model packages already use, per naming style (the
# python-flat target: typing names, its runtime modules and clients; the python target:
# typing names): a schema named so gets the suffix Model (List -> ListModel, Client ->
# ClientModel); so does one whose module would be a keyword (Return -> ReturnModel).
_TYPING = frozenset({"Any", "Dict", "List", "Literal", "NotRequired", "Optional", "TypedDict", "TypeAlias", "Union"})
# (the style "facts" is the nested style without them: the language-neutral facts of
# codegen/facts.py record the names before any target's reservations)
RESERVED_CLASSES = {
    "nested": _TYPING | {"ApiClient", "Configuration"},
    "speakeasy": _TYPING | {"Annotated", "ClassVar", "Enum", "BaseModel", "OneOf", "OpenEnumMeta", "pydantic"},
    "facts": frozenset(),
}
RESERVED_MODULES = {
    "nested": frozenset({"api_client", "schemas", "composed", "configuration", "exceptions", "client", "typing",
                         "decimal", "datetime", "uuid", "httpx", "apis", "operations", "model"}),
    "speakeasy": frozenset(),
    "facts": frozenset(),
}


def spelled(wire: str) -> str:
    """A wire name with its leading symbols spelled as words ("+1" -> "plus 1", "$" ->
    "dollar"); a name of symbols only is spelled whole, the empty name is "empty"."""
    if not wire:
        return "empty"
    head = len(wire) - len(wire.lstrip("".join(SYMBOL_WORDS)))
    if head == 0 and any(c.isalnum() for c in wire):
        return wire
    limit = len(wire) if not any(c.isalnum() for c in wire) else head
    words = [SYMBOL_WORDS.get(c, "") if i < limit else "" for i, c in enumerate(wire)]
    return " ".join(w for w in words if w) + " " + wire[limit:]


_SETTLED: dict[int, tuple[object, str]] = {}  # id(node) -> (node: kept alive, so the id stays its own, name)
_SETTLED_APIS: dict[int, Api] = {}
_GROUP_CLASSES: dict[int, tuple[Group, str]] = {}  # id(group) -> (group, class name told apart)


def _settled(node: object) -> str | None:
    hit = _SETTLED.get(id(node))
    return hit[1] if hit is not None and hit[0] is node else None


def settled(node: Field | Param | Group) -> str | None:
    """The Python name `settle` gave a node in place of its derived one, if any."""
    return _settled(node)


def _numbered(name: str, taken: set[str], sep: str) -> str:
    k = 2
    while f"{name}{sep}{k}" in taken:
        k += 1
    return f"{name}{sep}{k}"


def tell_apart(entries: list[tuple[object, str, str, bool]], reserved: frozenset[str], sep: str = "_",
               spell: Any = None) -> dict[int, tuple[str, str]]:
    """Names for one scope (the fields of a model, the parameters of an operation...):
    entries (node, derived name, wire text, fixed) in order. Fixed names (x-py-name, or a
    node settled in an earlier scope) stay; a derived name that is empty and whose text has
    symbols is spelled (`spelled`); one in `reserved` gets a trailing underscore; where
    derived names collide with each other or a fixed one, those whose text starts with
    symbols are spelled, and the rest of each collision is numbered in order: the first
    keeps the name, then name_2, name_3. Returns {id(node): (name, why)} for the changed ones."""
    spell = spell or (lambda text: naming.safe_py(naming.snake(spelled(text))))
    names: list[str] = []
    why: list[str] = []
    for node, name, text, fixed in entries:
        reason = ""
        if not fixed:
            if not name and text is not None and spell(text):
                name, reason = spell(text), "its name has no letters or digits"
            if name in reserved:
                name, reason = name + "_", f"'{name}' is a name the generated code already uses there"
        names.append(name)
        why.append(reason)
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    for i, (node, name, text, fixed) in enumerate(entries):
        if not fixed and counts[names[i]] > 1 and spelled(text) != text and spell(text):
            names[i], why[i] = spell(text), f"'{names[i]}' is also the name of another one"
    taken = {n for (_, _, _, fixed), n in zip(entries, names) if fixed}
    out: dict[int, tuple[str, str]] = {}
    for i, (node, name, text, fixed) in enumerate(entries):
        new = names[i]
        if not fixed:
            if new and new in taken:
                new, why[i] = _numbered(new, taken | set(names), sep), f"'{new}' is also the name of another one"
            taken.add(new)
            if new != name:
                out[id(node)] = (new, why[i])
    return out


_WARNINGS: dict[int, tuple[Api, list[Issue]]] = {}


def settle(api: Api) -> None:
    """Tell apart, once per Api, the attribute, argument and member names the generator
    derives (see the README, "How names are told apart"). Names the spec chose (x-py-name)
    never change; what still collides is reported by PyNames.issues."""
    if _SETTLED_APIS.get(id(api)) is api:
        return
    _SETTLED_APIS[id(api)] = api
    warnings: list[Issue] = []

    def scope(nodes: list[Any], reserved: frozenset[str], what: str, base: Any, sep: str = "_", spell: Any = None,
              text: Any = None, pointer: Any = None) -> None:
        entries = []
        for n in nodes:
            done = _settled(n)
            fixed = done is not None or (hasattr(n, "names") and bool(rename(n.names)))
            entries.append((n, done or base(n), text(n) if text else n.names.wire, fixed))
        changed = tell_apart(entries, reserved, sep, spell)
        for index, (node, _, wire, _) in enumerate(entries):
            if id(node) in changed:
                name, reason = changed[id(node)]
                _SETTLED[id(node)] = (node, name)
                where = pointer(index) if pointer else node.pointer
                warnings.append(api.issue(where, f"{what} {wire!r} is named '{name}' in Python: {reason}",
                                          "warning"))

    for m in api.models:
        scope(list(m.fields), FIELD_NAMES_USED, "property", lambda f: attr(f.names))
    for op in api.operations:
        scope(list(op.params), METHOD_ARGS, "parameter", lambda p: attr(p.names))
    scope(list(api.groups), CLIENT_ATTRS, "tag", lambda g: attr(g.names))
    warnings += _settle_group_classes(api)
    for e in api.enums:
        scope(list(e.values), frozenset(), "enum value", lambda v: member(v.value, e.value_type), "_",
              lambda text: naming.constant(spelled(text)) if naming.constant(spelled(text)) != "EMPTY" else "",
              lambda v: str(v.value), lambda index: f"{e.pointer}/enum/{index}")
    _WARNINGS[id(api)] = (api, warnings)


def _settle_group_classes(api: Api) -> list[Issue]:
    """Tags whose attributes differ but whose classes or docs folders do not ('Emailtemplates'
    and 'Email templates': Emailtemplates / EmailTemplates, both docs/sdks/emailtemplates/):
    the later one is numbered like a class (EmailTemplates2). A tag renamed with x-py-name
    keeps its class; two such that collide stay an error (PyNames.issues)."""
    warnings: list[Issue] = []
    taken = {naming.flat_lower(_derived_group_class(g)) for g in api.groups if rename(g.names)}
    for g in api.groups:
        name = _derived_group_class(g)
        if rename(g.names):
            continue
        if naming.flat_lower(name) in taken:
            k = 2
            while naming.flat_lower(f"{name}{k}") in taken:
                k += 1
            new = f"{name}{k}"
            _GROUP_CLASSES[id(g)] = (g, new)
            warnings.append(api.issue(g.pointer, f"tag {g.tag!r} is named '{new}' in Python: its class or docs "
                                                 f"folder '{naming.flat_lower(name)}' is also the one of another "
                                                 "tag", "warning"))
            name = new
        taken.add(naming.flat_lower(name))
    return warnings


def settled_warnings(api: Api) -> list[Issue]:
    """A warning for each attribute, argument or member name `settle` changed."""
    settle(api)
    return list(_WARNINGS[id(api)][1])


def operations(g: Group) -> list[Operation]:
    """A group's operations in the order of their Python method names."""
    return sorted(g.operations, key=method)


MAX_LENGTH = 250  # module names become file names: with ".py" or ".md", within the 255 bytes of a file name
# (nested inline names of real specs come close: hsbc.com product.json has module names of over 200)


def problem(name: str, reserved: frozenset[str] = frozenset()) -> str | None:
    """Why `name` cannot be printed as a Python identifier, or None: the one rule for both
    Python targets (each adds the names its own modules already use as `reserved`)."""
    if not name:
        return "it is empty"
    if not (name.isascii() and name.isidentifier()):
        return "it is not a Python identifier"
    if keyword.iskeyword(name):
        return "it is a Python keyword"
    if len(name) > MAX_LENGTH:
        return f"it is longer than {MAX_LENGTH} characters"
    if name in reserved:
        return "the generated modules already use that name"
    return None


def _usable(name: str) -> bool:
    return problem(name) is None


def _shown(name: str) -> str:
    return name if len(name) <= 40 else name[:37] + "..."


@dataclass(frozen=True)
class Ident:
    """A name a target prints beyond the table's: a group class, a module, a response class."""

    name: str
    what: str  # "schema 'Foo'", "tag 'bar'", "operation 'x'"
    kind: str  # "class", "module"
    pointer: str
    fix: str = "rename it with x-py-name"


def check_printable(api: Api, target: str, idents: list[Ident], reserved: frozenset[str] = frozenset(),
                    earlier: list[Issue] | None = None) -> list[Issue]:
    """Issues for the names of `idents` that cannot be printed (see `problem`); a node already
    reported among `earlier` is not reported again."""
    out: list[Issue] = []
    seen = {i.pointer for i in earlier or []}
    for ident in idents:
        why = problem(ident.name, reserved)
        if why is None or ident.pointer in seen:
            continue
        seen.add(ident.pointer)
        out.append(api.issue(ident.pointer, f"{ident.what} gives the {ident.kind} name '{_shown(ident.name)}' in "
                                            f"target {target}, but {why}; {ident.fix}"))
    return out


def x_py_name_issues(doc: Document) -> list[Issue]:
    """Every `x-py-name` in the spec must be a string (whether the string is a usable name is
    decided with the other names, in PyNames.issues)."""
    return non_string_issues(doc, "x-py-name")


NESTED = "nested"  # an inline schema is named after its parent and property: InferenceEntityState
SPEAKEASY = "speakeasy"  # after its title (or property), prefixed only on collision: Generations
FACTS = "facts"  # the nested style, without the names a target's modules reserve (codegen/facts.py)


def speakeasy_class(text: str) -> str:
    """A class name as Speakeasy v2 spells a title or property: each word capitalised as it
    is written (TEXTURE_GENERATION -> TEXTUREGENERATION, SDGenerationOutput stays), the words
    "id" and "api" as ID and API (CalculateProductionApiServiceCost -> ...APIServiceCost)."""
    out = []
    for raw in naming.WORD.findall(text):
        if raw.lower() in ("id", "api"):
            out.append(raw.upper())
        else:
            out.append(raw[:1].upper() + raw[1:])
    name = "".join(out)
    return naming.py_class(name) if name[:1].isdigit() else name


class _Inline:
    """An inline schema named the Speakeasy way: its base name and, for collisions, the
    context words that may go before it (operation, request/response, body, properties)."""

    def __init__(self, id: str, base: str, chain: list[str], depth: int, order: tuple[str, str]) -> None:
        self.id, self.base, self.chain, self.depth, self.order = id, base, chain, depth, order

    def name(self, level: int) -> str:
        return "".join(self.chain[:level]) + self.base


class PyNames:
    """Class names and modules of an Api's models, enums and aliases, by id."""

    def __init__(self, api: Api, style: str = NESTED) -> None:
        settle(api)
        self.api = api
        self._warnings: list[Issue] = []
        self.style = style
        self._cls: dict[str, str] = {}
        if style == SPEAKEASY:
            self._cls.update(self._speakeasy())
        nodes: list[Model | Enum] = [*api.models, *api.enums]
        for node in nodes:
            self.cls(node.id)
        for a in api.aliases:
            self._cls.setdefault("alias:" + a.id, _renamed(a.renames) or naming.py_class(a.component))
        self._settle_classes(nodes)

    def reserved(self, name: str) -> bool:
        """A class name the generated modules already use, or whose module would be a keyword."""
        module = naming.snake(name)
        if self.style == FACTS:
            return False
        return (name in RESERVED_CLASSES[self.style] or module in RESERVED_MODULES[self.style]
                or keyword.iskeyword(module))

    def _settle_classes(self, nodes: list[Model | Enum]) -> None:
        """Class names the generator derives are told apart (the README, "How names are told
        apart"): a name the generated modules reserve gets the suffix Model; names that
        collide (as class, module or docs page: case and punctuation ignored) are numbered
        Name2, Name3 in order: x-py-name first (never changed), then component schemas, then
        inline ones. Two component schemas whose names differ only in case stay a collision
        (PyNames.issues: exit 2), as do collisions of x-py-names."""
        entries: list[tuple[str, str | None, bool]] = [  # (key in _cls, component name, fixed)
            ("alias:" + a.id, a.component, bool(_renamed(a.renames))) for a in self.api.aliases]
        entries += [(n.id, n.component, bool(_renamed(n.renames))) for n in nodes]
        order = sorted(range(len(entries)), key=lambda i: (not entries[i][2], entries[i][1] is None, i))
        taken: dict[tuple[str, str], str | None] = {}
        for i in order:
            key, component, fixed = entries[i]
            space = self._space(key)
            name = self._cls[key]
            if not fixed:
                reason = ""
                if self.reserved(name):
                    name, reason = name + "Model", f"'{name}' is a name the generated modules already use"
                owner = taken.get((space, naming.flat_lower(name)), "")
                if owner == "" and self.style != SPEAKEASY:
                    owner = taken.get((space, naming.flat_lower(name + "Schema")), "")
                if owner != "" and not (component is not None and owner is not None
                                        and owner.lower() == component.lower()):
                    base, k = name, 2
                    while not self._free(space, f"{base}{k}", taken):
                        k += 1
                    name, reason = f"{base}{k}", f"'{base}' is also the class, module or docs page of another schema"
                if reason:
                    what = f"schema '{component}'" if component is not None else "the inline schema"
                    pointer = self.api.alias(key[6:]).pointer if key.startswith("alias:") else self.api.named(key).pointer
                    self._warnings.append(self.api.issue(pointer, f"{what} is named '{name}' in Python: {reason}",
                                                         "warning"))
                self._cls[key] = name
            taken.setdefault((space, naming.flat_lower(name)), component)
            if self.style != SPEAKEASY:  # python-flat: the class X has the runtime schema XSchema
                taken.setdefault((space, naming.flat_lower(name + "Schema")), "\0runtime schema")

    def _free(self, space: str, name: str, taken: dict[tuple[str, str], str | None]) -> bool:
        keys = [name] + ([name + "Schema"] if self.style != SPEAKEASY else [])
        return not any((space, naming.flat_lower(k)) in taken for k in keys)

    def warnings(self) -> list[Issue]:
        """A warning for each name the generator changed to tell it apart (classes of this
        naming style, attributes, arguments and enum members)."""
        return self._warnings + settled_warnings(self.api)

    def cls(self, id: str) -> str:
        """The class name of a model or enum."""
        name = self._cls.get(id)
        if name is None:
            name = self._cls[id] = self._derive(self.api.named(id))
        return name

    # -- Speakeasy v2 names of inline schemas ---------------------------------------------------
    def _speakeasy(self) -> dict[str, str]:
        """Inline schemas under a property or parameter take their title (else the property's
        name). Names taken by components, bodies and the SDK's own classes stay theirs; among
        inline schemas that want the same name, the least deeply nested keeps it (array items
        do not count), ties going to the alphabetically first operationId; the others get the
        next word of their context in front (the operation first) until they are unique."""
        api = self.api
        all_nodes: list[Model | Enum] = [*api.models, *api.enums]
        nodes = {n.id: n for n in all_nodes}
        fixed: set[tuple[str, str]] = set()  # (namespace, name): the packages are separate
        pending: list[_Inline] = []
        for n in nodes.values():
            c = n.context
            if _renamed(n.renames) or c.role not in ("property", "parameter"):
                fixed.add((n.namespace, self._derive(n).lower()))  # components, bodies: their names stand
                continue
            base = speakeasy_class(n.title or c.name) + "Value" * c.steps
            chain, depth = self._context(n, nodes)
            pending.append(_Inline(n.id, base, chain, depth, (c.operation or "", n.pointer)))
        for op in api.operations:  # the SDK's classes of each operation
            fixed.update({("operations", (op_class(op) + "Response").lower()),
                          ("operations", (op_class(op) + "Request").lower())})
        out: dict[str, str] = {}
        taken: set[tuple[str, str]] = set()
        level = {p.id: 0 for p in pending}
        while pending:
            groups: dict[tuple[str, str], list[_Inline]] = {}
            for p in pending:
                # keyed case-insensitively: docs pages and module files are lower case
                groups.setdefault((nodes[p.id].namespace, p.name(level[p.id]).lower()), []).append(p)
            pending = []
            for key, group in sorted(groups.items()):
                group.sort(key=lambda p: (p.depth, p.order))
                winner = None if key in fixed or key in taken else group[0]
                if winner is not None:
                    taken.add(key)
                for p in group:
                    name = p.name(level[p.id])
                    if p is winner:
                        out[p.id] = name
                    elif level[p.id] < len(p.chain):
                        level[p.id] += 1
                        pending.append(p)
                    else:  # no context left: numbered (Name2, Name3, ...), as derived names are
                        k = 2
                        while (key[0], f"{name}{k}".lower()) in fixed or (key[0], f"{name}{k}".lower()) in taken:
                            k += 1
                        taken.add((key[0], f"{name}{k}".lower()))
                        out[p.id] = f"{name}{k}"
        return out

    def _context(self, n: Model | Enum, nodes: dict[str, Model | Enum]) -> tuple[list[str], int]:
        """The words that may go before an inline schema's name, outermost first, and its depth."""
        props: list[str] = []
        c = n.context
        depth = 0
        while c.role == "property" and c.parent is not None:
            props.append(speakeasy_class(c.name))
            depth += 1
            c = nodes[c.parent].context
        props.reverse()
        if c.role == "parameter":
            props = [speakeasy_class(c.name)]
        if c.operation is None:  # inside a component: its name is the context
            return [speakeasy_class(c.name)] + props, depth
        op = op_class(self.api.operation(c.operation))
        if c.role == "request body":
            middle = ["Request", "RequestBody"]
        elif c.role == "parameter":
            middle = ["Request"]
        else:
            middle = ["Response", "ResponseBody"]
        return [op, op] + middle + props, depth

    def alias_cls(self, id: str) -> str:
        return self._cls["alias:" + id]

    def module(self, id: str) -> str:
        """Module stem of a model or enum: snake of its class name."""
        return naming.snake(self.cls(id))

    def alias_module(self, id: str) -> str:
        return naming.snake(self.alias_cls(id))

    def _derive(self, node: Model | Enum) -> str:
        x = _renamed(node.renames)
        if x:
            return x
        c = node.context
        if c.role == "component":
            hint = c.name
        elif c.role == "property":
            assert c.parent is not None
            base = self.cls(c.parent)
            for suffix in ("ResponseBody", "RequestBody"):
                if base.endswith(suffix) and node.namespace == "operations":
                    base = base[: -len(suffix)]
            hint = base + naming.py_class(c.name)
        else:
            op = naming.py_class(c.operation or "")
            if c.role == "request body":  # name: the media kind of a body's other media types
                hint = op + "RequestBody" + naming.py_class(c.name)
            elif c.role == "response body":
                hint = op + "ResponseBody"
            elif c.role == "response":
                hint = op + naming.pascal("response " + c.name) + "Body"
            else:  # parameter
                hint = op + naming.upper_first(c.name)
        hint += "Value" * c.steps
        if c.option:  # a member of a oneOf/anyOf: its title, else its position
            hint += naming.py_class(node.title) if node.title else f"Option{c.option}"
        return naming.py_class(hint)

    # -- checks ------------------------------------------------------------------------------
    def check(self) -> None:
        """Raise CodegenError listing every Python name that collides or cannot be used."""
        issues = self.issues()
        if issues:
            raise CodegenError(issues)

    def issues(self) -> list[Issue]:
        api = self.api
        out: list[Issue] = []
        nodes: list[Model | Enum] = [*api.models, *api.enums]
        schemas: list[tuple[str, str, str]] = [(n.id, n.pointer, self.cls(n.id)) for n in nodes]
        schemas += [("alias:" + a.id, a.pointer, self.alias_cls(a.id)) for a in api.aliases]
        for _id, pointer, name in schemas:
            if not _usable(name):
                out.append(api.issue(pointer, f"the schema gives no usable Python class name ('{_shown(name)}': "
                                              f"{problem(name)}); set x-py-name"))
        usable = [s for s in schemas if _usable(s[2])]
        # one namespace for the flat style; operations and shared are separate packages (and
        # docs folders) in the Speakeasy style
        spaces = sorted({self._space(i) for i, _, _ in usable})
        for space in spaces:
            labelled = [(name, p, schema_label(i)) for i, p, name in usable if self._space(i) == space]
            out += layered(api, [(labelled, "the Python class name"),
                                 ([(naming.snake(n), p, label) for n, p, label in labelled], "the Python module"),
                                 ([(naming.flat_lower(n), p, label) for n, p, label in labelled], "the docs page")])
        for m in api.models:
            out += self._names(m.fields, "property", "the Python name")
        for e in api.enums:
            out += unique(api, [(name, f"{e.pointer}/enum/{i}", f"enum value {v.value!r}")
                                for i, (v, name) in enumerate(zip(e.values, members(e)))], "the member name")
        for op in api.operations:
            out += self._names(op.params, "parameter", "the Python name")
        for g in api.groups:
            out += self._names(g.operations, "operation", "the method name")
        out += self._names(api.groups, "tag", "the Python attribute")
        reported = {i.pointer for i in out}
        groups = [g for g in api.groups if g.pointer not in reported]
        out += layered(api, [([(group_class(g), g.pointer, f"tag '{g.tag}'") for g in groups], "the class name"),
                             ([(group_dir(g), g.pointer, f"tag '{g.tag}'") for g in groups], "the docs folder")])
        return out

    def _space(self, id: str) -> str:
        if self.style != SPEAKEASY or id.startswith("alias:"):
            return ""
        return self.api.named(id).namespace

    def _names(self, nodes: Any, what: str, target: str) -> list[Issue]:
        api = self.api
        out: list[Issue] = []
        entries = []
        for n in nodes:
            name = _settled(n) or attr(n.names)
            label = f"{what} '{n.names.wire}'"
            if not _usable(name):
                source = "its x-py-name" if rename(n.names) else f"{what} '{n.names.wire}'"
                out.append(api.issue(n.pointer, f"{source} gives no usable Python name ('{_shown(name)}': "
                                                f"{problem(name)}); set x-py-name to an identifier"))
                continue
            entries.append((name, n.pointer, label))
        return out + unique(api, entries, target)


def schema_label(id: str) -> str:
    id = id.removeprefix("alias:")
    return "an inline schema" if "#" in id else f"schema '{id}'"


def unique(api: Api, entries: list[tuple[str, str, str]], target: str) -> list[Issue]:
    """Issues for entries (name, pointer, label) whose names are taken by an earlier entry."""
    out: list[Issue] = []
    owner: dict[str, tuple[str, str]] = {}
    for name, pointer, label in entries:
        first = owner.get(name)
        if first is not None and first[0] != pointer:
            what = target.format(name) if "{}" in target else f"{target} '{name}'"
            out.append(api.issue(pointer, f"{label} and {first[1]} at {api.where(first[0])} both map to {what}; "
                                          "rename one with x-py-name"))
            continue
        owner.setdefault(name, (pointer, label))
    return out


def layered(api: Api, checks: list[tuple[list[tuple[str, str, str]], str]], earlier: list[Issue] | None = None
            ) -> list[Issue]:
    """unique() for several forms of the same names (class, module, page): a node is reported
    once (also when among `earlier` issues), for the first form that collides."""
    out: list[Issue] = list(earlier or [])
    for entries, target in checks:
        reported = {i.pointer for i in out}
        out += unique(api, [e for e in entries if e[1] not in reported], target)
    return out


_TABLES: dict[tuple[int, str], tuple[Api, PyNames]] = {}


def table(api: Api, style: str = NESTED) -> PyNames:
    """The naming table of an Api in a naming style, built once."""
    hit = _TABLES.get((id(api), style))
    if hit is not None and hit[0] is api:
        return hit[1]
    if len(_TABLES) > 8:
        _TABLES.clear()
    t = PyNames(api, style)
    _TABLES[(id(api), style)] = (api, t)
    return t
