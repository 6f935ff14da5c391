"""What every Python target shares: type mapping, literals, docstrings.

Target layers (codegen/targets/python*.py) call these; no Python target maps a type or
escapes a docstring on its own. Example values come from codegen.examples (neutral);
Python names from codegen.targets.python_names.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .ir import (
    ANY,
    API_KEY,
    ARRAY,
    BINARY,
    BOOLEAN,
    ENUM,
    HTTP_BASIC,
    INTEGER,
    MAP,
    MODEL,
    NUMBER,
    OAUTH2,
    STRING,
    UNION,
    Api,
    Field,
    Model,
    SecurityScheme,
    TypeRef,
)
from .ir import innermost as innermost, referenced as referenced  # shared with every target, re-exported

PRIMITIVES = {STRING: "str", INTEGER: "int", NUMBER: "float", BOOLEAN: "bool", ANY: "Any", BINARY: "bytes"}

def annotation(
    t: TypeRef,
    name_of: Callable[[TypeRef], str],
    optional: bool = False,
    primitive: Callable[[TypeRef], str] | None = None,
    union: Callable[[TypeRef, list[str]], str] | None = None,
) -> str:
    """A typing annotation: Optional[List[shared.Lora]]. `name_of` spells model/enum names;
    `primitive` spells the other leaf types (default: PRIMITIVES by kind); `union` spells a
    union from its members' annotations (default: Union[...]); a const is a Literal."""
    if t.kind == ARRAY:
        assert t.items is not None
        base = f"List[{annotation(t.items, name_of, False, primitive, union)}]"
    elif t.kind == MAP:
        assert t.items is not None
        base = f"Dict[str, {annotation(t.items, name_of, False, primitive, union)}]"
    elif t.kind in (MODEL, ENUM):
        base = name_of(t)
    elif t.kind == UNION:
        members = [annotation(m, name_of, False, primitive, union) for m in t.members]
        base = union(t, members) if union is not None else f"Union[{', '.join(members)}]"
    elif t.has_const:
        base = f"Literal[{literal(t.const)}]"
    else:
        base = primitive(t) if primitive is not None else PRIMITIVES[t.kind]
    if (t.nullable or optional) and base != "Any":
        return f"Optional[{base}]"
    return base


def uses(t: TypeRef | None, test: Callable[[TypeRef], bool]) -> bool:
    """Whether `test` holds for the type or any type inside it."""
    if t is None:
        return False
    return test(t) or uses(t.items, test) or any(uses(m, test) for m in t.members)


def typing_names(types: list[TypeRef], base: tuple[str, ...], annotated: bool = True) -> str:
    """The typing names a module imports: `base` plus Literal and Union (and Annotated, for a
    target that annotates unions) when the types need them."""
    names = set(base)
    if any(uses(t, lambda x: x.has_const) for t in types):
        names.add("Literal")
    if any(uses(t, lambda x: x.kind == UNION) for t in types):
        names.update(("Union", "Annotated") if annotated else ("Union",))
    return ", ".join(sorted(names))


def request_required(f: Field) -> bool:
    """Whether a field is required in the one model both directions share: a readOnly field is
    never required in a request, a writeOnly one never in a response."""
    return f.required and not f.read_only and not f.write_only


def docstring(text: str) -> str:
    """Spec text as the body of a triple-quoted (non-raw) docstring, whatever it holds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    return text


def comment(text: str) -> str:
    """Spec text folded onto one comment line."""
    return " ".join(text.split())


def literal(value: Any, indent: int = 0, width: int = 88) -> str:
    """A deterministic Python literal for a JSON-like value; multi-line when too wide."""
    flat = _flat(value)
    if indent + len(flat) <= width or not isinstance(value, (dict, list)) or not value:
        return flat
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        items = [f"{pad}{_flat(k)}: {literal(v, indent + 4, width)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    items = [f"{pad}{literal(v, indent + 4, width)}," for v in value]
    return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"


class Code(str):
    """A Python expression that `literal` prints as it is: open("/path/to/file", "rb")."""


def _flat(value: Any) -> str:
    if isinstance(value, Code):
        return str(value)
    if value is None:
        return "None"
    if value is True:
        return "True"
    if value is False:
        return "False"
    if isinstance(value, str):
        # JSON string syntax is valid Python string syntax
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flat(k)}: {_flat(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flat(v) for v in value) + "]"
    return json.dumps(str(value))


def model_order(models: list[Model], name_of: Callable[[Model], str]) -> list[Model]:
    """Models ordered so that each comes after the models its fields use (leaves first);
    otherwise in the order of `name_of` (their class names)."""
    by_id = {m.id: m for m in models}
    done: list[Model] = []
    seen: set[str] = set()

    def visit(m: Model) -> None:
        if m.id in seen:
            return
        seen.add(m.id)
        for f in m.fields:
            for dep in referenced(f.type):
                if dep in by_id:
                    visit(by_id[dep])
        done.append(m)

    for m in sorted(models, key=name_of):
        visit(m)
    return done


# -- the extended runtime ----------------------------------------------------------------------
SHARED_RUNTIME = ("../_shared/_wire.py", "../_shared/_auth.py")  # relative to a target's folder
LEGACY_METHODS = ("GET", "PUT", "POST", "DELETE", "PATCH")


def needs_extended_runtime(api: Api, header_params: bool = False, multipart: bool = False) -> bool:
    """Whether an API uses anything beyond what a target's original runtime does: JSON in and
    out, path and (form, exploded) query parameters of primitive types, one bearer scheme.
    APIs within that keep their output unchanged; the others get the extended runtime."""
    if api.server_variables or len(api.servers) > 1 or (api.schemes and api.security is None):
        return True
    for op in api.operations:
        if op.method not in LEGACY_METHODS:
            return True
        for p in op.params:
            if p.location not in ("path", "query") and not (header_params and p.location == "header"):
                return True
            if p.style != {"path": "simple", "query": "form", "header": "simple"}[p.location]:
                return True
            if p.location == "query" and not p.explode:
                return True
            inner = p.type.items if p.type.kind == ARRAY and p.type.items is not None else p.type
            if inner.kind in (MODEL, MAP, ARRAY, BINARY):
                return True
        if op.body is not None:
            allowed = ("application/json", "multipart/form-data") if multipart else ("application/json",)
            if op.body.content_type not in allowed or len(op.body.media) > 1:
                return True
        success_types = set()
        for r in op.responses:
            if r.content_type is not None and not (r.content_type == "application/json"
                                                   or r.content_type.endswith("+json")):
                return True
            if (r.is_error or r.status == "default") and r.type is not None:
                return True
            if not r.is_error:
                success_types.add(r.type.without_null() if r.type is not None else None)
        if len(success_types - {None}) > 1:
            return True
    return False


def scheme_arg(s: SecurityScheme) -> str:
    """The constructor argument of a security scheme: its name in snake case (x-py-name wins)."""
    from .targets.python_names import attr

    return attr(s.names) or "auth"


def auth_examples(api: Api) -> list[str]:
    """The constructor arguments of the examples: one per security scheme."""
    from . import naming

    out = []
    for s in api.schemes:
        if s.kind == HTTP_BASIC:
            value = '("<USERNAME>", "<PASSWORD>")'
        elif s.kind == OAUTH2 and s.token_url:
            value = 'ClientCredentials("<CLIENT_ID>", "<CLIENT_SECRET>")'
        else:
            value = literal(f"<YOUR_{naming.constant(s.names.wire)}_HERE>")
        out.append(f"{scheme_arg(s)}={value}")
    return out


def scheme_views(api: Api, typing_prefix: str = "") -> list[dict[str, str]]:
    """The constructor argument of each security scheme, its annotation (`typing_prefix`
    spells the typing module: "" or "typing."), its description and its runtime Scheme."""
    t = typing_prefix
    out = []
    for s in api.schemes:
        if s.kind == HTTP_BASIC:
            ann, doc = f"{t}Optional[{t}Tuple[str, str]]", "(username, password) for HTTP basic authentication"
        elif s.kind == OAUTH2:
            ann = f"{t}Optional[{t}Union[str, ClientCredentials]]"
            doc = "an OAuth2 access token" + (", or ClientCredentials to have the SDK fetch and refresh tokens"
                                              if s.token_url else "")
        elif s.kind == API_KEY:
            ann, doc = f"{t}Optional[str]", f"the API key, sent in the {s.location} {s.param_name!r}"
        else:
            ann, doc = f"{t}Optional[str]", "the token, sent as `Authorization: Bearer <token>`"
        scheme = (f"Scheme({literal(s.names.wire)}, {literal(s.kind)}, {literal(s.location)}, "
                  f"{literal(s.param_name)}, {literal(s.token_url)}, "
                  f"({''.join(literal(x) + ', ' for x in s.scopes)}))")
        out.append({"arg": scheme_arg(s), "annotation": ann, "doc": comment(doc), "wire": literal(s.names.wire),
                    "scheme": scheme})
    return out
