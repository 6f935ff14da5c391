"""Spec-driven HTTP mock server for the SDK end-to-end tests.

Pure stdlib + PyYAML. It reads an OpenAPI 3.0 document (YAML or JSON) and

* routes each request to an operation by method + path template, under the
  base path taken from ``servers[0].url`` (``/api/rest/v1`` for Leonardo, ``""``
  for Leap),
* checks every request against the spec and records it: path params, query
  params (only declared names, values parseable as the declared type, required
  ones present), the body (every key, recursively, must be a declared wire
  name, types must match, required properties present, no ``null`` for a
  non-nullable property) and the ``Authorization`` header when the operation
  (or the document) requires security,
* answers with a deterministic, schema-valid instance of the first 2xx JSON
  response (``mode="full"``: every property filled, nullable ones too;
  ``mode="minimal"``: optional properties omitted, nullable ones ``null``),
* can be scripted (:class:`Reply`) for retry / timeout / error / invalid-body
  tests.

A violation never crashes the server: the request is answered with a JSON
problem body (400; 401 when only auth is wrong; 404/405 for an unknown route)
and recorded in ``server.violations`` so a test ends with::

    assert server.violations == []

Typical use::

    with MockServer("spec/leonardo/openapi.yaml", token="test-token") as server:
        client = Leonardo(api_key="test-token", base_url=server.base_url)
        client.generations.get("abc")
        assert server.violations == []
        (req,) = server.requests
        assert req.operation_id == "getGenerationById"

        server.script("getGenerationById", [Reply(status=503), Reply(status=200)])
        server.script(None, [Reply(delay=2.0)])      # next request, any operation
        server.mode = "minimal"                      # or Reply(mode="minimal")

Run by hand: ``python -m tests.e2e.mockserver spec/leonardo/openapi.yaml``.

Public API: :class:`MockServer`, :class:`Reply`, :class:`RecordedRequest`,
:class:`Violation`, :class:`SchemaValidator` (``validate``/``generate``),
:func:`load_spec`.
"""

from __future__ import annotations

import base64
import copy
import email.parser
import email.policy
import json
import math
import re
import socket
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "MockServer",
    "Reply",
    "RecordedRequest",
    "Violation",
    "Headers",
    "SchemaValidator",
    "SpecError",
    "load_spec",
    "FULL",
    "MINIMAL",
]

FULL = "full"
MINIMAL = "minimal"
_MODES = (FULL, MINIMAL)
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(ValueError):
    """The OpenAPI document cannot be used (bad $ref, unsupported construct...)."""


# --------------------------------------------------------------------------- spec


_SPEC_CACHE: dict[tuple[str, float], dict[str, Any]] = {}
_SPEC_CACHE_LOCK = threading.Lock()


def load_spec(path: str | Path) -> dict[str, Any]:
    """Load a YAML/JSON OpenAPI document (cached per path + mtime; returns a deep copy)."""
    p = Path(path).resolve()
    key = (str(p), p.stat().st_mtime)
    with _SPEC_CACHE_LOCK:
        doc = _SPEC_CACHE.get(key)
        if doc is None:
            with p.open("rb") as fh:
                loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
                doc = yaml.load(fh, Loader=loader)  # JSON is YAML too
            if not isinstance(doc, dict) or "paths" not in doc:
                raise SpecError(f"{p}: not an OpenAPI document (no 'paths')")
            _SPEC_CACHE[key] = doc
    return copy.deepcopy(doc)


def _pointer_get(doc: Any, ref: str) -> Any:
    if not ref.startswith("#"):
        raise SpecError(f"only local $refs are supported, got {ref!r}")
    node = doc
    frag = ref[1:]
    if frag in ("", "/"):
        return doc
    for raw in frag.lstrip("/").split("/"):
        part = urllib.parse.unquote(raw).replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise SpecError(f"unresolvable $ref {ref!r} (at {part!r})")
    return node


# ---------------------------------------------------------------- schema helpers


_TYPE_NAMES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "array": "array",
    "object": "object",
}


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


_UUID = "00000000-0000-4000-8000-000000000000"
_FORMAT_VALUES = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": _UUID,
    "email": "user@example.com",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "byte": base64.b64encode(b"string").decode(),
}
_URI_FORMATS = ("uri", "url", "uri-reference", "iri")


class _Recursion:
    """Marker: a schema refers back to itself; the caller drops/empties it."""


_RECURSION = _Recursion()


class SchemaValidator:
    """Validates JSON instances against OpenAPI 3.0 schemas and generates instances.

    Supports local ``$ref`` (siblings such as ``nullable`` are merged over the
    target), ``type``, ``nullable``, ``enum``, ``properties``, ``required``,
    ``additionalProperties``, ``items``, ``allOf`` (merged), ``oneOf``/``anyOf``
    (at least one branch must match), ``readOnly``/``writeOnly``. With
    ``check_constraints=True`` also ``pattern``, ``minLength``/``maxLength``,
    ``minimum``/``maximum`` (+ exclusive), ``minItems``/``maxItems``.

    Unknown object keys are errors whenever the object schema declares
    ``properties`` and does not allow ``additionalProperties``; an object schema
    without ``properties`` is free-form.
    """

    def __init__(self, spec: Mapping[str, Any]):
        self.spec = spec

    # -- resolution ------------------------------------------------------------
    def resolve(self, schema: Any, _seen: frozenset[str] = frozenset()) -> dict[str, Any]:
        """Follow ``$ref`` chains; sibling keywords override the target's."""
        if not isinstance(schema, dict):
            if schema is True or schema is None:
                return {}
            raise SpecError(f"schema must be an object, got {schema!r}")
        ref = schema.get("$ref")
        if ref is None:
            return schema
        if ref in _seen:
            raise SpecError(f"$ref cycle through {ref!r}")
        target = self.resolve(_pointer_get(self.spec, ref), _seen | {ref})
        siblings = {k: v for k, v in schema.items() if k != "$ref"}
        if not siblings:
            return target
        merged = dict(target)
        merged.update(siblings)
        return merged

    def flatten(self, schema: Any) -> dict[str, Any]:
        """Resolve and merge ``allOf`` into one schema (properties/required unioned)."""
        s = self.resolve(schema)
        if "allOf" not in s:
            return s
        out: dict[str, Any] = {k: v for k, v in s.items() if k != "allOf"}
        props: dict[str, Any] = dict(out.get("properties") or {})
        required: list[str] = list(out.get("required") or [])
        for sub in s["allOf"]:
            f = self.flatten(sub)
            for k, v in f.items():
                if k == "properties":
                    props.update(v or {})
                elif k == "required":
                    required.extend(r for r in v or [] if r not in required)
                elif k == "nullable":
                    # allOf: nullable only if every part allows null (and the parent didn't say)
                    out.setdefault("nullable", v)
                    out["nullable"] = bool(out["nullable"]) and bool(v)
                elif k == "additionalProperties":
                    # the merged object is strict if any part is
                    if out.get("additionalProperties", True) is not False:
                        out["additionalProperties"] = v
                else:
                    out.setdefault(k, v)
        if props:
            out["properties"] = props
            out.setdefault("type", "object")
        if required:
            out["required"] = required
        return out

    @staticmethod
    def schema_type(s: Mapping[str, Any]) -> str | None:
        t = s.get("type")
        if isinstance(t, str):
            return t
        if isinstance(t, list):  # 3.1-style; take first non-null
            ts = [x for x in t if x != "null"]
            return ts[0] if ts else None
        if "properties" in s or "additionalProperties" in s:
            return "object"
        if "items" in s:
            return "array"
        return None

    @staticmethod
    def is_nullable(s: Mapping[str, Any]) -> bool:
        t = s.get("type")
        return bool(s.get("nullable")) or (isinstance(t, list) and "null" in t)

    # -- validation ------------------------------------------------------------
    def validate(
        self,
        instance: Any,
        schema: Any,
        path: str = "$",
        *,
        check_constraints: bool = False,
        direction: str = "request",
    ) -> list[str]:
        """Return a list of human-readable errors (empty when valid).

        ``direction`` is ``"request"`` or ``"response"``: readOnly properties are
        not required in requests, writeOnly ones not required in responses.
        """
        errors: list[str] = []
        self._validate(instance, schema, path, errors, check_constraints, direction, 0)
        return errors

    def _validate(
        self,
        inst: Any,
        schema: Any,
        path: str,
        errors: list[str],
        cc: bool,
        direction: str,
        depth: int,
    ) -> None:
        if depth > 64:
            errors.append(f"{path}: nesting too deep")
            return
        s = self.flatten(schema)
        if inst is None:
            if not self.is_nullable(s) and not self._branch_allows_null(s):
                errors.append(f"{path}: null is not allowed (property is not nullable)")
            return
        for key in ("oneOf", "anyOf"):
            if key in s:
                branch_errors: list[list[str]] = []
                for i, branch in enumerate(s[key]):
                    sub: list[str] = []
                    self._validate(inst, branch, path, sub, cc, direction, depth + 1)
                    if not sub:
                        break
                    branch_errors.append([f"[{key}[{i}]] {e}" for e in sub])
                else:
                    errors.append(f"{path}: matches none of the {key} alternatives")
                    for be in branch_errors:
                        errors.extend(be[:3])
                    return
        if "enum" in s and inst not in s["enum"]:
            errors.append(f"{path}: {inst!r} is not one of {s['enum']!r}")
            return
        t = self.schema_type(s)
        actual = _json_type(inst)
        if t is not None:
            ok = actual == t or (t == "number" and actual == "integer")
            if not ok:
                errors.append(f"{path}: expected {t}, got {actual} ({_short(inst)})")
                return
        if actual == "string":
            if cc:
                self._check_string(inst, s, path, errors)
        elif actual in ("integer", "number"):
            if cc:
                self._check_number(inst, s, path, errors)
        elif actual == "array":
            if cc:
                if "minItems" in s and len(inst) < s["minItems"]:
                    errors.append(f"{path}: fewer than {s['minItems']} items")
                if "maxItems" in s and len(inst) > s["maxItems"]:
                    errors.append(f"{path}: more than {s['maxItems']} items")
            items = s.get("items")
            if items is not None:
                for i, item in enumerate(inst):
                    self._validate(item, items, f"{path}[{i}]", errors, cc, direction, depth + 1)
        elif actual == "object":
            self._validate_object(inst, s, path, errors, cc, direction, depth)

    def _branch_allows_null(self, s: Mapping[str, Any]) -> bool:
        for key in ("oneOf", "anyOf"):
            for branch in s.get(key, ()):
                if self.is_nullable(self.flatten(branch)):
                    return True
        return False

    def _validate_object(
        self,
        inst: dict[str, Any],
        s: Mapping[str, Any],
        path: str,
        errors: list[str],
        cc: bool,
        direction: str,
        depth: int,
    ) -> None:
        props: Mapping[str, Any] = s.get("properties") or {}
        for name in s.get("required") or []:
            if name in inst:
                continue
            if name in props:
                ps = self.resolve(props[name])
                if direction == "request" and ps.get("readOnly"):
                    continue
                if direction == "response" and ps.get("writeOnly"):
                    continue
            errors.append(f"{path}: missing required property {name!r}")
        addl = s.get("additionalProperties")
        for key, value in inst.items():
            sub = f"{path}.{key}"
            if key in props:
                self._validate(value, props[key], sub, errors, cc, direction, depth + 1)
            elif isinstance(addl, dict):
                self._validate(value, addl, sub, errors, cc, direction, depth + 1)
            elif addl is True or (addl is None and not props):
                continue  # free-form
            else:
                known = ", ".join(sorted(props)) or "none"
                errors.append(f"{sub}: unknown property {key!r} (declared: {known})")

    @staticmethod
    def _check_string(inst: str, s: Mapping[str, Any], path: str, errors: list[str]) -> None:
        pat = s.get("pattern")
        if pat is not None:
            try:
                if re.search(pat, inst) is None:
                    errors.append(f"{path}: {inst!r} does not match pattern {pat!r}")
            except re.error:
                pass  # ECMA regex Python can't compile: don't judge
        if "minLength" in s and len(inst) < s["minLength"]:
            errors.append(f"{path}: shorter than {s['minLength']}")
        if "maxLength" in s and len(inst) > s["maxLength"]:
            errors.append(f"{path}: longer than {s['maxLength']}")

    @staticmethod
    def _check_number(inst: float, s: Mapping[str, Any], path: str, errors: list[str]) -> None:
        lo, hi = s.get("minimum"), s.get("maximum")
        if lo is not None:
            if s.get("exclusiveMinimum") is True and not inst > lo:
                errors.append(f"{path}: {inst} <= exclusive minimum {lo}")
            elif inst < lo:
                errors.append(f"{path}: {inst} < minimum {lo}")
        if hi is not None:
            if s.get("exclusiveMaximum") is True and not inst < hi:
                errors.append(f"{path}: {inst} >= exclusive maximum {hi}")
            elif inst > hi:
                errors.append(f"{path}: {inst} > maximum {hi}")

    # -- generation ------------------------------------------------------------
    def generate(
        self, schema: Any, mode: str = FULL, name: str = "value", *, direction: str = "response"
    ) -> Any:
        """Deterministic instance of ``schema``.

        ``full``: every property (optional too) filled; nullable fields get a
        value. ``minimal``: only required properties; nullable fields are ``null``.
        Scalars use ``example``, else ``default``, else the first ``enum`` value
        (each only if it validates), else a type-based value: ``"string-<name>"``
        (format-aware: date-time, uuid, uri...), ``1``, ``1.5``, ``True``; arrays
        get one item.
        """
        if mode not in _MODES:
            raise ValueError(f"mode must be one of {_MODES}, got {mode!r}")
        value = self._gen(schema, mode, name, (), direction)
        if value is _RECURSION:
            return None
        return value

    def _gen(
        self, schema: Any, mode: str, name: str, stack: tuple[str, ...], direction: str
    ) -> Any:
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if stack.count(ref) >= 2:
                return _RECURSION
            stack = stack + (ref,)
        s = self.flatten(schema)
        nullable = self.is_nullable(s)
        if mode == MINIMAL and nullable:
            return None
        for key in ("oneOf", "anyOf"):
            if s.get(key):
                rest = {k: v for k, v in s.items() if k not in ("oneOf", "anyOf")}
                branch = self.flatten(s[key][0])
                merged = {**branch, **{k: v for k, v in rest.items() if k not in branch}}
                return self._gen(merged, mode, name, stack, direction)
        t = self.schema_type(s)
        if t == "object":
            return self._gen_object(s, mode, stack, direction)
        if t == "array":
            items = s.get("items", {})
            count = max(1, int(s.get("minItems", 1) or 1))
            out = []
            for _ in range(count):
                v = self._gen(items, mode, name, stack, direction)
                if v is _RECURSION:
                    return []
                out.append(v)
            return out
        for key in ("example", "default"):
            if key in s and s[key] is not None:
                cand = s[key]
                if not self.validate(cand, s, check_constraints=True, direction=direction):
                    return copy.deepcopy(cand)
        if s.get("enum"):
            non_null = [e for e in s["enum"] if e is not None]
            if non_null:
                return non_null[0]
        if t == "integer":
            return int(self._num_in_range(s, 1))
        if t == "number":
            return float(self._num_in_range(s, 1.5))
        if t == "boolean":
            return True
        return self._gen_string(s, name)

    def _gen_object(
        self, s: Mapping[str, Any], mode: str, stack: tuple[str, ...], direction: str
    ) -> Any:
        props: Mapping[str, Any] = s.get("properties") or {}
        required = set(s.get("required") or [])
        out: dict[str, Any] = {}
        for pname, pschema in props.items():
            ps = self.resolve(pschema)
            if direction == "response" and ps.get("writeOnly"):
                continue
            if direction == "request" and ps.get("readOnly"):
                continue
            if mode == MINIMAL and pname not in required:
                continue
            v = self._gen(pschema, mode, pname, stack, direction)
            if v is _RECURSION:
                if pname in required:
                    rs = self.flatten(pschema)
                    v = None if self.is_nullable(rs) else ([] if self.schema_type(rs) == "array" else {})
                else:
                    continue
            out[pname] = v
        addl = s.get("additionalProperties")
        if not props and isinstance(addl, dict) and mode == FULL:
            v = self._gen(addl, mode, "additionalProp1", stack, direction)
            if v is not _RECURSION:
                out["additionalProp1"] = v
        return out

    @staticmethod
    def _num_in_range(s: Mapping[str, Any], preferred: float) -> float:
        v = preferred
        lo, hi = s.get("minimum"), s.get("maximum")
        if lo is not None and (v < lo or (s.get("exclusiveMinimum") is True and v <= lo)):
            v = lo + (1 if s.get("exclusiveMinimum") is True else 0)
        if hi is not None and (v > hi or (s.get("exclusiveMaximum") is True and v >= hi)):
            v = hi - (1 if s.get("exclusiveMaximum") is True else 0)
        return v

    def _gen_string(self, s: Mapping[str, Any], name: str) -> str:
        fmt = s.get("format")
        if fmt in _FORMAT_VALUES:
            value = _FORMAT_VALUES[fmt]
        elif fmt in _URI_FORMATS:
            value = f"https://example.com/{urllib.parse.quote(name)}"
        else:
            value = f"string-{name}"
        pat = s.get("pattern")
        if pat is not None:
            candidates = [value, _UUID, *_FORMAT_VALUES.values(), f"https://example.com/{name}", name, "a", "A", "0", "1"]
            for cand in candidates:
                try:
                    if re.search(pat, cand):
                        value = cand
                        break
                except re.error:
                    break
        min_len, max_len = s.get("minLength"), s.get("maxLength")
        if min_len is not None and len(value) < min_len:
            value = value + "x" * (min_len - len(value))
        if max_len is not None and len(value) > max_len:
            value = value[:max_len]
        return value


def _short(v: Any, limit: int = 60) -> str:
    r = repr(v)
    return r if len(r) <= limit else r[: limit - 3] + "..."


# ------------------------------------------------------------------ data classes


class Headers(Mapping[str, str]):
    """Case-insensitive, read-only view of request headers (last value wins)."""

    def __init__(self, items: Iterable[tuple[str, str]] = ()):
        self._items = list(items)
        self._map: dict[str, str] = {}
        for k, v in self._items:
            self._map[k.lower()] = v

    def __getitem__(self, key: str) -> str:
        return self._map[key.lower()]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key.lower() in self._map

    def __iter__(self) -> Iterator[str]:
        return iter(self._map)

    def __len__(self) -> int:
        return len(self._map)

    def get_all(self, key: str) -> list[str]:
        return [v for k, v in self._items if k.lower() == key.lower()]

    def __repr__(self) -> str:
        return f"Headers({self._map!r})"


class _Generate:
    def __repr__(self) -> str:
        return "GENERATE"


GENERATE: Any = _Generate()
"""Default ``Reply.body``: a spec-shaped body for the reply's status."""


@dataclass
class Reply:
    """One scripted answer.

    * ``body`` omitted: the spec's response for ``status`` (generated in
      ``mode``, default the server's), or an empty body if the spec declares no
      JSON schema for that status;
    * ``body=bytes``: sent verbatim (invalid-JSON tests);
    * any other ``body`` (dict, list, str, number, ``None``): JSON-encoded.
    * ``delay``: seconds to sleep before answering (woken early on shutdown).
    * ``headers``: extra response headers (e.g. ``{"Retry-After": "0"}``);
      ``Content-Type`` defaults to ``application/json`` when there is a body.
    """

    status: int | None = None  # None: the operation's first 2xx status
    body: Any = GENERATE
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    mode: str | None = None


@dataclass(frozen=True)
class Violation:
    """A way the request broke the spec. ``where``: e.g. ``query.limit``, ``body.$.userId``."""

    method: str
    path: str
    operation_id: str | None
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.method} {self.path} [{self.operation_id or '?'}] {self.where}: {self.message}"

    __repr__ = __str__


_NO_BODY: Any = None


@dataclass
class RecordedRequest:
    method: str
    path: str  # raw path as received, without the query string (percent-encoding kept)
    target: str  # raw request target (path + "?" + query)
    query: dict[str, list[str]]
    headers: Headers
    body: bytes
    json: Any  # parsed JSON body, None when there is no JSON body (see has_json)
    has_json: bool
    form: dict[str, list[Any]] | None  # multipart / urlencoded fields (files as dicts)
    operation_id: str | None
    path_params: dict[str, str]
    violations: list[Violation]
    status: int | None = None  # status the server answered with
    response_body: bytes = b""
    timestamp: float = 0.0

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


# ------------------------------------------------------------------- operations


@dataclass
class _Operation:
    operation_id: str
    method: str  # upper-case
    template: str
    regex: re.Pattern[str]
    specificity: tuple[int, ...]
    param_names: list[str]
    op: dict[str, Any]
    parameters: dict[tuple[str, str], dict[str, Any]]  # (in, name) -> parameter


def _compile_template(template: str) -> tuple[re.Pattern[str], tuple[int, ...], list[str]]:
    names: list[str] = []
    parts = []
    spec = []
    for seg in template.strip("/").split("/") if template.strip("/") else []:
        spec.append(0 if "{" in seg else 1)
        pieces = re.split(r"(\{[^}]+\})", seg)
        rx = ""
        for piece in pieces:
            if piece.startswith("{") and piece.endswith("}"):
                names.append(piece[1:-1])
                rx += f"(?P<p{len(names) - 1}>[^/]+)"
            else:
                rx += re.escape(piece)
        parts.append(rx)
    regex = re.compile("^/" + "/".join(parts) + "/?$") if parts else re.compile("^/?$")
    return regex, tuple(spec), names


# ------------------------------------------------------------------- the server


class MockServer:
    """Spec-driven mock HTTP server on 127.0.0.1 (ephemeral port), run in a thread.

    Args:
        spec: path to the OpenAPI document, or an already loaded dict.
        token: expected bearer token / API key; ``None`` accepts any non-empty one.
        mode: ``"full"`` or ``"minimal"`` default response shape (``server.mode`` can change it).
        base_path: overrides the path prefix taken from ``servers[0].url``.
        check_constraints: also enforce pattern/min/max on requests (off: they're
            the caller's data, not the SDK's doing).
        reject_undeclared_body: a body sent to an operation without requestBody is a violation.
        keepalive_timeout: seconds an idle keep-alive connection is kept.
    """

    def __init__(
        self,
        spec: str | Path | Mapping[str, Any],
        *,
        token: str | None = "test-token",
        mode: str = FULL,
        base_path: str | None = None,
        check_constraints: bool = False,
        reject_undeclared_body: bool = True,
        keepalive_timeout: float = 10.0,
    ):
        if mode not in _MODES:
            raise ValueError(f"mode must be one of {_MODES}")
        self.spec_path = None if isinstance(spec, Mapping) else Path(spec)
        self.spec: dict[str, Any] = dict(spec) if isinstance(spec, Mapping) else load_spec(spec)
        self.validator = SchemaValidator(self.spec)
        self.token = token
        self.default_mode = mode
        self.mode = mode
        self.check_constraints = check_constraints
        self.reject_undeclared_body = reject_undeclared_body
        self.keepalive_timeout = keepalive_timeout
        self.base_path = self._base_path() if base_path is None else "/" + base_path.strip("/")
        if self.base_path == "/":
            self.base_path = ""
        self.operations: dict[str, _Operation] = {}
        self._ops: list[_Operation] = []
        self._build_operations()

        self.requests: list[RecordedRequest] = []
        self.violations: list[Violation] = []
        self._scripts: dict[str | None, list[Reply]] = {}
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._conns: set[socket.socket] = set()
        self._handler_threads: set[threading.Thread] = set()
        self._body_cache: dict[tuple[str, int, str], Any] = {}
        self.port: int | None = None

    # -- spec indexing ------------------------------------------------------------
    def _base_path(self) -> str:
        servers = self.spec.get("servers") or []
        if not servers:
            return ""
        url = str(servers[0].get("url", ""))
        for var, d in (servers[0].get("variables") or {}).items():
            url = url.replace("{" + var + "}", str(d.get("default", "")))
        path = urllib.parse.urlsplit(url).path if "://" in url else url
        path = path.rstrip("/")
        return path if path.startswith("/") or not path else "/" + path

    def _build_operations(self) -> None:
        for template, item in (self.spec.get("paths") or {}).items():
            item = self.validator.resolve(item) if isinstance(item, dict) else {}
            common = item.get("parameters") or []
            regex, specificity, names = _compile_template(template)
            for method in _HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                params: dict[tuple[str, str], dict[str, Any]] = {}
                for p in list(common) + list(op.get("parameters") or []):
                    p = self.validator.resolve(p)
                    params[(p.get("in", ""), p.get("name", ""))] = p
                op_id = op.get("operationId") or f"{method.upper()} {template}"
                o = _Operation(op_id, method.upper(), template, regex, specificity, names, op, params)
                if op_id in self.operations:
                    raise SpecError(f"duplicate operationId {op_id!r}")
                self.operations[op_id] = o
                self._ops.append(o)

    # -- lifecycle ---------------------------------------------------------------
    def start(self) -> MockServer:
        if self._httpd is not None:
            raise RuntimeError("already started")
        server = self

        class Handler(_Handler):
            mock = server
            timeout = self.keepalive_timeout

        httpd = _HTTPServer(("127.0.0.1", 0), Handler)
        httpd.mock = self
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self._stopping.clear()
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=f"mockserver:{self.port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving, close open connections, wake delayed replies; bounded by ``timeout``."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        deadline = time.monotonic() + timeout
        self._stopping.set()
        httpd.shutdown()
        with self._lock:
            conns = list(self._conns)
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(max(0.0, deadline - time.monotonic()))
        with self._lock:
            threads = list(self._handler_threads)
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root_url(self) -> str:
        if self.port is None:
            raise RuntimeError("server not started")
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """URL to give the SDK: root + the spec's server path prefix."""
        return self.root_url + self.base_path

    def url(self, path: str) -> str:
        """``base_url`` + an operation path, e.g. ``server.url("/generations/abc")``."""
        return self.base_url + "/" + path.lstrip("/")

    # -- test-facing API ----------------------------------------------------------
    def script(self, operation_id: str | None, replies: Iterable[Reply]) -> None:
        """Queue replies for an operation (``None``: for whatever request comes next)."""
        replies = list(replies)
        if operation_id is not None and operation_id not in self.operations:
            raise KeyError(f"unknown operationId {operation_id!r}; known: {sorted(self.operations)}")
        for r in replies:
            if not isinstance(r, Reply):
                raise TypeError(f"expected Reply, got {r!r}")
            if r.mode is not None and r.mode not in _MODES:
                raise ValueError(f"Reply.mode must be one of {_MODES}")
        with self._lock:
            self._scripts.setdefault(operation_id, []).extend(replies)

    @property
    def pending_replies(self) -> dict[str | None, int]:
        """Scripted replies not consumed yet, per key."""
        with self._lock:
            return {k: len(v) for k, v in self._scripts.items() if v}

    def reset(self) -> None:
        """Forget requests, violations and scripts; restore the default mode."""
        with self._lock:
            self.requests.clear()
            self.violations.clear()
            self._scripts.clear()
            self.mode = self.default_mode

    def requests_for(self, operation_id: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.operation_id == operation_id]

    @property
    def last_request(self) -> RecordedRequest:
        with self._lock:
            if not self.requests:
                raise AssertionError("no request was received")
            return self.requests[-1]

    def assert_no_violations(self) -> None:
        with self._lock:
            if self.violations:
                lines = "\n  ".join(str(v) for v in self.violations)
                raise AssertionError(f"{len(self.violations)} spec violation(s):\n  {lines}")

    def response_schema(self, operation_id: str, status: int | None = None) -> tuple[int, Any]:
        """(status, JSON schema or None) of the operation's response (first 2xx by default)."""
        op = self.operations[operation_id]
        responses = op.op.get("responses") or {}
        code_key = self._pick_response(responses, status)
        code = status if status is not None else self._code_of(code_key)
        if code_key is None:
            return code, None
        resp = self.validator.resolve(responses[code_key])
        content = resp.get("content") or {}
        for ctype, media in content.items():
            if _is_json(ctype) and isinstance(media, dict) and "schema" in media:
                return code, media["schema"]
        return code, None

    def response_body(self, operation_id: str, status: int | None = None, mode: str | None = None) -> Any:
        """The body the server sends by default (parsed JSON, or None if no JSON schema)."""
        code, schema = self.response_schema(operation_id, status)
        if schema is None:
            return None
        mode = mode or self.mode
        key = (operation_id, code, mode)
        with self._lock:
            if key not in self._body_cache:
                self._body_cache[key] = self.validator.generate(schema, mode, direction="response")
            return copy.deepcopy(self._body_cache[key])

    @staticmethod
    def _code_of(code_key: str | None) -> int:
        if code_key is None or not code_key[:1].isdigit():
            return 200
        return int(code_key.replace("X", "0").replace("x", "0"))

    @staticmethod
    def _pick_response(responses: Mapping[str, Any], status: int | None) -> str | None:
        keys = [str(k) for k in responses]
        if status is None:
            two = sorted(k for k in keys if k.startswith("2") and k[1:].isdigit())
            if two:
                return two[0]
            if "2XX" in keys or "2xx" in keys:
                return "2XX" if "2XX" in keys else "2xx"
            return "default" if "default" in keys else None
        if str(status) in keys:
            return str(status)
        for k in keys:
            if len(k) == 3 and k[0] == str(status)[0] and k[1:].upper() == "XX":
                return k
        if status >= 400 and "default" in keys:
            return "default"
        return None

    # -- request handling (called from handler threads) -------------------------------
    def _match(self, method: str, path: str) -> tuple[_Operation | None, dict[str, str], int]:
        """Return (operation, raw path params, status-if-no-match)."""
        if self.base_path:
            if path != self.base_path and not path.startswith(self.base_path + "/"):
                return None, {}, 404
            path = path[len(self.base_path) :] or "/"
        candidates: list[tuple[tuple[int, ...], _Operation, dict[str, str]]] = []
        for op in self._ops:
            m = op.regex.match(path)
            if m:
                params = {op.param_names[i]: m.group(f"p{i}") for i in range(len(op.param_names))}
                candidates.append((op.specificity, op, params))
        if not candidates:
            return None, {}, 404
        candidates.sort(key=lambda c: c[0], reverse=True)
        for _, op, params in candidates:
            if op.method == method:
                return op, params, 200
        return None, {}, 405

    def _take_reply(self, operation_id: str | None) -> Reply | None:
        keys: tuple[str | None, ...] = (operation_id, None) if operation_id is not None else (None,)
        with self._lock:
            for key in keys:
                queue = self._scripts.get(key)
                if queue:
                    return queue.pop(0)
        return None

    def _check_request(
        self, op: _Operation, raw_params: dict[str, str], query: dict[str, list[str]], headers: Headers, body: bytes
    ) -> tuple[list[tuple[str, str]], dict[str, str], Any, bool, dict[str, list[Any]] | None]:
        problems: list[tuple[str, str]] = []
        path_params = {k: urllib.parse.unquote(v) for k, v in raw_params.items()}
        for (loc, name), p in op.parameters.items():
            schema = p.get("schema") or {}
            if loc == "path":
                value = path_params.get(name)
                if value is None:
                    problems.append((f"path.{name}", "path template variable missing"))
                    continue
                problems += [(f"path.{name}", e) for e in self._check_scalar_param(value, schema)]
            elif loc == "query":
                values = query.get(name)
                if values is None:
                    if p.get("required"):
                        problems.append((f"query.{name}", "required query parameter missing"))
                    continue
                problems += [(f"query.{name}", e) for e in self._check_query_values(values, p, schema)]
            elif loc == "header":
                if p.get("required") and name not in headers:
                    problems.append((f"header.{name}", "required header missing"))
                elif name in headers:
                    problems += [(f"header.{name}", e) for e in self._check_scalar_param(headers[name], schema)]
        declared_query = {name for (loc, name) in op.parameters if loc == "query"}
        api_key_query = self._api_key_query_names(op)
        for name in query:
            if name not in declared_query and name not in api_key_query:
                known = ", ".join(sorted(declared_query)) or "none"
                problems.append((f"query.{name}", f"undeclared query parameter {name!r} (declared: {known})"))
        problems += self._check_auth(op, headers, query)
        body_problems, parsed, has_json, form = self._check_body(op, headers, body)
        problems += body_problems
        return problems, path_params, parsed, has_json, form

    def _check_query_values(self, values: list[str], p: Mapping[str, Any], schema: Any) -> list[str]:
        s = self.validator.flatten(schema)
        if self.validator.schema_type(s) == "array":
            explode = p.get("explode", p.get("style", "form") == "form")
            if not explode:
                if len(values) > 1:
                    return [f"given {len(values)} times but explode=false (expected one comma-separated value)"]
                values = values[0].split(",") if values[0] else []
            errs: list[str] = []
            for v in values:
                errs += self._check_scalar_param(v, s.get("items") or {})
            return errs
        if self.validator.schema_type(s) == "object":
            return []  # deepObject & co. are not checked
        if len(values) > 1:
            return [f"given {len(values)} times but is not an array"]
        return self._check_scalar_param(values[0], s)

    def _check_scalar_param(self, raw: str, schema: Any) -> list[str]:
        s = self.validator.flatten(schema)
        t = self.validator.schema_type(s)
        value: Any = raw
        if t == "integer":
            if not re.fullmatch(r"-?\d+", raw):
                return [f"{raw!r} is not an integer"]
            value = int(raw)
        elif t == "number":
            try:
                value = float(raw)
            except ValueError:
                return [f"{raw!r} is not a number"]
            if not math.isfinite(value) or not re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", raw):
                return [f"{raw!r} is not a number"]
        elif t == "boolean":
            if raw not in ("true", "false"):
                return [f"{raw!r} is not a boolean (expected 'true' or 'false')"]
            value = raw == "true"
        elif t in ("array", "object"):
            return []
        errs = self.validator.validate(value, s, "", check_constraints=self.check_constraints)
        return [e.lstrip(": ") for e in errs]

    # auth ---------------------------------------------------------------------------
    def _security(self, op: _Operation) -> list[dict[str, Any]]:
        sec = op.op.get("security", self.spec.get("security"))
        return list(sec or [])

    def _api_key_query_names(self, op: _Operation) -> set[str]:
        names = set()
        schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        for req in self._security(op):
            for sname in req:
                sch = self.validator.resolve(schemes.get(sname) or {})
                if sch.get("type") == "apiKey" and sch.get("in") == "query":
                    names.add(sch.get("name", ""))
        return names

    def _check_auth(self, op: _Operation, headers: Headers, query: dict[str, list[str]]) -> list[tuple[str, str]]:
        requirements = self._security(op)
        if not requirements or any(not req for req in requirements):
            return []
        schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        failures: list[str] = []
        for req in requirements:
            msgs = []
            for sname in req:
                sch = self.validator.resolve(schemes.get(sname) or {})
                msg = self._check_scheme(sname, sch, headers, query)
                if msg:
                    msgs.append(msg)
            if not msgs:
                return []
            failures.append("; ".join(msgs))
        return [("auth", " OR ".join(failures))]

    def _token_ok(self, value: str) -> bool:
        return bool(value) if self.token is None else value == self.token

    def _check_scheme(self, name: str, sch: Mapping[str, Any], headers: Headers, query: dict[str, list[str]]) -> str:
        typ = sch.get("type")
        if typ == "apiKey":
            where, key = sch.get("in"), sch.get("name", "")
            if where == "header":
                got = headers.get(key)
            elif where == "query":
                got = query[key][-1] if query.get(key) else None
            else:
                cookies = headers.get("cookie", "")
                got = dict(
                    c.strip().split("=", 1) for c in cookies.split(";") if "=" in c
                ).get(key)
            if got is None:
                return f"{name}: {where} {key!r} missing"
            return "" if self._token_ok(got) else f"{name}: {where} {key!r} has the wrong value"
        auth = headers.get("authorization")
        if typ == "http" and str(sch.get("scheme", "")).lower() == "basic":
            if not auth or not auth.lower().startswith("basic "):
                return f"{name}: 'Authorization: Basic ...' header missing"
            return ""
        # http bearer, oauth2, openIdConnect: a bearer token
        if auth is None:
            return f"{name}: Authorization header missing (expected 'Bearer <token>')"
        if not auth.startswith("Bearer "):
            return f"{name}: Authorization header {auth[:20]!r}... does not start with 'Bearer '"
        if not self._token_ok(auth[len("Bearer ") :]):
            return f"{name}: wrong bearer token"
        return ""

    # body ---------------------------------------------------------------------------
    def _check_body(
        self, op: _Operation, headers: Headers, body: bytes
    ) -> tuple[list[tuple[str, str]], Any, bool, dict[str, list[Any]] | None]:
        problems: list[tuple[str, str]] = []
        rb = self.validator.resolve(op.op["requestBody"]) if "requestBody" in op.op else None
        ctype_full = headers.get("content-type", "")
        ctype = ctype_full.split(";")[0].strip().lower()
        parsed: Any = None
        has_json = False
        form: dict[str, list[Any]] | None = None
        if _is_json(ctype) and body:
            try:
                parsed = json.loads(body)
                has_json = True
            except (UnicodeDecodeError, ValueError) as e:
                problems.append(("body", f"invalid JSON: {e}"))
        if rb is None:
            if body and self.reject_undeclared_body:
                problems.append(("body", f"operation declares no request body but {len(body)} bytes were sent"))
            return problems, parsed, has_json, form
        if not body:
            if rb.get("required"):
                problems.append(("body", "required request body missing"))
            return problems, parsed, has_json, form
        content: Mapping[str, Any] = rb.get("content") or {}
        media = _match_media(content, ctype)
        if media is None:
            problems.append(("header.Content-Type", f"{ctype_full or 'no Content-Type'} not among {sorted(content)}"))
            return problems, parsed, has_json, form
        schema = (media or {}).get("schema")
        if _is_json(ctype):
            if has_json and schema is not None:
                for err in self.validator.validate(
                    parsed, schema, "$", check_constraints=self.check_constraints, direction="request"
                ):
                    problems.append(("body", err))
        elif ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
            try:
                form = _parse_form(ctype, ctype_full, body)
            except ValueError as e:
                problems.append(("body", f"unparseable {ctype}: {e}"))
                return problems, parsed, has_json, form
            if schema is not None:
                problems += [("body", e) for e in self._check_form(form, schema)]
        return problems, parsed, has_json, form

    def _check_form(self, form: dict[str, list[Any]], schema: Any) -> list[str]:
        s = self.validator.flatten(schema)
        props = s.get("properties") or {}
        errs = []
        for name in s.get("required") or []:
            if name not in form:
                errs.append(f"$: missing required form field {name!r}")
        for name, values in form.items():
            key = name[:-2] if name.endswith("[]") and name[:-2] in props else name
            if key not in props:
                if props and s.get("additionalProperties") in (None, False):
                    errs.append(f"$.{name}: unknown form field {name!r} (declared: {', '.join(sorted(props))})")
                continue
            ps = self.validator.flatten(props[key])
            if self.validator.schema_type(ps) == "array":
                item_s = self.validator.flatten(ps.get("items") or {})
            else:
                item_s = ps
                if len(values) > 1:
                    errs.append(f"$.{name}: given {len(values)} times but is not an array")
            for v in values:
                if isinstance(v, dict):  # a file part
                    if item_s.get("format") not in ("binary", "byte") and self.validator.schema_type(item_s) not in (None, "string"):
                        errs.append(f"$.{name}: file sent for a {self.validator.schema_type(item_s)} field")
                    continue
                errs += [f"$.{name}: {e}" for e in self._check_scalar_param(v, item_s)]
        return errs

    def _build_response(self, op: _Operation | None, reply: Reply | None) -> tuple[int, dict[str, str], bytes]:
        status = reply.status if reply is not None else None
        mode = (reply.mode if reply is not None else None) or self.mode
        schema = None
        if op is not None:
            code, schema = self.response_schema(op.operation_id, status)
            status = code if status is None else status
        if status is None:
            status = 200
        headers: dict[str, str] = {}
        if reply is not None and reply.body is not GENERATE:
            body = bytes(reply.body) if isinstance(reply.body, (bytes, bytearray)) else json.dumps(reply.body).encode()
        elif op is not None and schema is not None:
            body = json.dumps(self.response_body(op.operation_id, status, mode)).encode()
        else:
            body = b""
        if body:
            headers["Content-Type"] = "application/json"
        if reply is not None:
            headers.update(reply.headers)
        if status in (204, 304) or 100 <= status < 200:
            body = b""
        return status, headers, body


def _is_json(ctype: str) -> bool:
    ctype = ctype.split(";")[0].strip().lower()
    return ctype == "application/json" or (ctype.startswith("application/") and ctype.endswith("+json"))


def _match_media(content: Mapping[str, Any], ctype: str) -> Any:
    """The media-type object for ``ctype`` ({} if matched without object), None if not declared."""
    for key, media in content.items():
        k = key.split(";")[0].strip().lower()
        if k == ctype or k == "*/*" or (k.endswith("/*") and ctype.startswith(k[:-1])):
            return media if isinstance(media, dict) else {}
    return None


def _parse_form(ctype: str, ctype_full: str, body: bytes) -> dict[str, list[Any]]:
    form: dict[str, list[Any]] = {}
    if ctype == "application/x-www-form-urlencoded":
        for k, vs in urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False).items():
            form[k] = list(vs)
        return form
    if "boundary=" not in ctype_full:
        raise ValueError("multipart Content-Type without boundary")
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + ctype_full.encode("latin-1") + b"\r\n\r\n" + body
    )
    if not msg.is_multipart():
        raise ValueError("body is not multipart")
    for part in msg.iter_parts():
        disp = part.get("Content-Disposition", "")
        name = part.get_param("name", header="content-disposition")
        if name is None:
            raise ValueError(f"part without a name ({disp!r})")
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if not isinstance(payload, bytes):
            raise ValueError(f"nested multipart in field {name!r}")
        if filename is not None:
            value: Any = {"filename": filename, "content_type": part.get_content_type(), "content": payload}
        else:
            value = payload.decode(part.get_content_charset() or "utf-8", "replace")
        form.setdefault(str(name), []).append(value)
    return form


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # MockServer.stop() joins handler threads with a deadline
    allow_reuse_address = True
    request_queue_size = 64
    mock: MockServer

    def process_request(self, request: Any, client_address: Any) -> None:
        t = threading.Thread(target=self._process_tracked, args=(request, client_address), daemon=True)
        with self.mock._lock:
            self.mock._handler_threads.add(t)
            self.mock._conns.add(request)
        t.start()

    def _process_tracked(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self.mock._lock:
                self.mock._conns.discard(request)
                self.mock._handler_threads.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # client went away etc.; never print tracebacks into test output


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "sdk-factory-mock/1"
    mock: MockServer
    timeout = 10.0

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    def _read_body(self) -> bytes:
        te = self.headers.get("Transfer-Encoding", "")
        if "chunked" in te.lower():
            chunks = []
            while True:
                line = self.rfile.readline(65537)
                size = int(line.split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        mock = self.mock
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        split = urllib.parse.urlsplit(self.path)
        raw_path = split.path
        query = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        headers = Headers(self.headers.items())
        method = self.command.upper()
        op, raw_params, match_status = mock._match(method, raw_path)
        problems: list[tuple[str, str]] = []
        path_params: dict[str, str] = {}
        parsed: Any = None
        has_json = False
        form = None
        if op is None:
            if match_status == 405:
                problems.append(("route", f"method {method} not declared for this path"))
            else:
                prefix = f" under base path {mock.base_path!r}" if mock.base_path else ""
                problems.append(("route", f"no operation matches {raw_path!r}{prefix}"))
            if body and "json" in headers.get("content-type", ""):
                try:
                    parsed, has_json = json.loads(body), True
                except ValueError:
                    pass
        else:
            try:
                problems, path_params, parsed, has_json, form = mock._check_request(
                    op, raw_params, query, headers, body
                )
            except Exception as e:  # a bug here must not kill the server
                problems = [("server", f"mock server error while checking: {type(e).__name__}: {e}")]
        op_id = op.operation_id if op is not None else None
        violations = [Violation(method, raw_path, op_id, w, m) for w, m in problems]
        rec = RecordedRequest(
            method=method,
            path=raw_path,
            target=self.path,
            query=query,
            headers=headers,
            body=body,
            json=parsed,
            has_json=has_json,
            form=form,
            operation_id=op_id,
            path_params=path_params,
            violations=violations,
            timestamp=time.time(),
        )
        with mock._lock:
            mock.requests.append(rec)
            mock.violations.extend(violations)
        if violations:
            if op is None:
                status = match_status
            elif all(w == "auth" for w, _ in problems):
                status = 401
            else:
                status = 400
            payload = {
                "error": "mock server: request violates the OpenAPI spec",
                "operationId": op_id,
                "violations": [{"where": w, "message": m} for w, m in problems],
            }
            resp_headers = {"Content-Type": "application/json"}
            if status == 401:
                resp_headers["WWW-Authenticate"] = "Bearer"
            out = json.dumps(payload).encode()
            self._send(status, resp_headers, out, rec)
            return
        reply = mock._take_reply(op_id)
        try:
            status, resp_headers, out = mock._build_response(op, reply)
        except Exception as e:
            status, resp_headers = 500, {"Content-Type": "application/json"}
            out = json.dumps({"error": f"mock server error: {type(e).__name__}: {e}"}).encode()
            with mock._lock:
                mock.violations.append(Violation(method, raw_path, op_id, "server", f"cannot build response: {e}"))
        if reply is not None and reply.delay > 0:
            if mock._stopping.wait(reply.delay):
                self.close_connection = True
                return
        self._send(status, resp_headers, out, rec)

    def _send(self, status: int, headers: Mapping[str, str], body: bytes, rec: RecordedRequest) -> None:
        rec.status = status
        rec.response_body = body
        try:
            self.send_response(status, _reason(status))
            for k, v in headers.items():
                if k.lower() not in ("content-length", "connection"):
                    self.send_header(k, v)
            if self.command != "HEAD" and status not in (204, 304):
                self.send_header("Content-Length", str(len(body)))
            if self.mock._stopping.is_set():
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if self.command != "HEAD" and body:
                self.wfile.write(body)
            self.wfile.flush()
        except OSError:  # client timed out / disconnected
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_TRACE = _handle


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Run the spec-driven mock server until Ctrl-C.")
    ap.add_argument("spec")
    ap.add_argument("--token", default="test-token")
    ap.add_argument("--mode", choices=_MODES, default=FULL)
    ap.add_argument("--seconds", type=float, default=3600.0, help="stop after this long")
    args = ap.parse_args(argv)
    with MockServer(args.spec, token=args.token, mode=args.mode) as server:
        print(f"mock server for {args.spec} at {server.base_url} (token {args.token!r})", flush=True)
        try:
            deadline = time.monotonic() + args.seconds
            seen = 0
            while time.monotonic() < deadline:
                time.sleep(0.2)
                with server._lock:
                    new = server.requests[seen:]
                    seen = len(server.requests)
                for r in new:
                    print(f"{r.status} {r.method} {r.target} [{r.operation_id}] {r.violations or ''}", flush=True)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
