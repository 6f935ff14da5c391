"""Our hand-maintained OpenAPI documents state exactly the published API facts.

spec/<api>/openapi.yaml is re-organised for people who edit it by hand (paths grouped by
tag, shared parameters and shapes under components, a stable key order), but after
resolving every local ``$ref`` it must equal the vendor's published document
(shared/reference/<api>-openapi.json) with only these normalisations:

1. within one path item or operation, ``parameters`` is compared as a mapping keyed by
   (in, name), so their order may differ;
2. ``x-`` keys in our spec are ignored;
3. the ``components`` section itself is not compared: only what ``paths`` use once
   dereferenced, plus info, servers, security, tags and components/securitySchemes.

A failure names the JSON pointer of each difference (the first few), not a dump.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests import shared_inputs

REPO = Path(__file__).resolve().parents[2]
SPEC_DIR = REPO / "spec"

APIS = {
    "leonardo": "leonardo-openapi.json",
    "leap": "leap-openapi.json",
}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Values under these keys are data (examples, defaults, enum members), not OpenAPI
# objects: an ``x-`` key there is a fact, not an extension.
DATA_KEYWORDS = frozenset({"example", "default", "enum", "value", "const"})
MAX_REPORTED = 10

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=None)
def load_ours(api: str) -> dict[str, Any]:
    with open(SPEC_DIR / api / "openapi.yaml", encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


@functools.lru_cache(maxsize=None)
def load_reference(api: str) -> dict[str, Any]:
    path = shared_inputs.reference(APIS[api])
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# --------------------------------------------------------------------------------------
# Dereferencing and normalisation
# --------------------------------------------------------------------------------------


def _escape(token: Any) -> str:
    text = str(token).replace("~", "~0").replace("/", "~1")
    # e.g. a status code written 404 instead of '404' in YAML
    return text if isinstance(token, str) else f"{text}({type(token).__name__})"


def resolve_pointer(root: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#"):
        raise AssertionError(f"$ref {ref!r} is not local to the document")
    node: Any = root
    pointer = ref[1:]
    if not pointer:
        return node
    for raw in pointer.split("/")[1:]:
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict) and token in node:
            node = node[token]
        else:
            raise AssertionError(f"$ref {ref!r} does not resolve (no {token!r})")
    return node


def deref(node: Any, root: dict[str, Any], active: tuple[str, ...] = ()) -> Any:
    """A copy of ``node`` with every local $ref replaced by its (dereferenced) target.

    Keys beside a $ref (e.g. ``deprecated``) are kept, laid over the target.
    A reference cycle is left as ``{"$ref": ...}`` where it closes.
    """
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in active:
                return {"$ref": ref}
            target = deref(resolve_pointer(root, ref), root, active + (ref,))
            siblings = {
                k: deref(v, root, active) for k, v in node.items() if k != "$ref"
            }
            if not siblings:
                return target
            if not isinstance(target, dict):
                raise AssertionError(
                    f"$ref {ref!r} with sibling keys points at a non-object"
                )
            return {**target, **siblings}
        return {k: deref(v, root, active) for k, v in node.items()}
    if isinstance(node, list):
        return [deref(v, root, active) for v in node]
    return node


def strip_extensions(node: Any, in_properties: bool = False) -> Any:
    """Drop ``x-`` keys (not property names, not inside example/default/enum data)."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if not in_properties and isinstance(k, str) and k.startswith("x-"):
                continue
            if not in_properties and k in DATA_KEYWORDS:
                out[k] = v
            else:
                out[k] = strip_extensions(
                    v, in_properties=(k == "properties" and not in_properties)
                )
        return out
    if isinstance(node, list):
        return [strip_extensions(v) for v in node]
    return node


def keyed_parameters(params: Any, where: str) -> Any:
    if not isinstance(params, list):
        return params
    out: dict[str, Any] = {}
    for p in params:
        key = f"{p.get('in')}:{p.get('name')}"
        assert key not in out, f"{where}: parameter {key} is listed twice"
        out[key] = p
    return out


def comparable(doc: dict[str, Any], ours: bool) -> dict[str, Any]:
    """The dereferenced, normalised part of ``doc`` that must match."""
    if ours:
        doc = strip_extensions(doc)
    full = deref(doc, doc)
    out = {k: v for k, v in full.items() if k != "components"}
    schemes = full.get("components", {}).get("securitySchemes")
    if schemes is not None:
        out["components"] = {"securitySchemes": schemes}
    for path, item in out.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        if "parameters" in item:
            item["parameters"] = keyed_parameters(item["parameters"], path)
        for method, op in item.items():
            if method in METHODS and isinstance(op, dict) and "parameters" in op:
                op["parameters"] = keyed_parameters(
                    op["parameters"], f"{method} {path}"
                )
    return out


# --------------------------------------------------------------------------------------
# Readable differences
# --------------------------------------------------------------------------------------


def _short(value: Any, limit: int = 100) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def differences(
    ours: Any, ref: Any, limit: int = MAX_REPORTED
) -> tuple[list[str], int]:
    """(first ``limit`` differences as 'pointer: explanation', total count)."""
    found: list[str] = []
    total = 0

    def note(msg: str) -> None:
        nonlocal total
        total += 1
        if len(found) < limit:
            found.append(msg)

    def walk(a: Any, b: Any, ptr: str) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for k in b:
                if k not in a:
                    note(
                        f"{ptr}/{_escape(k)}: missing from our spec "
                        f"(published: {_short(b[k])})"
                    )
            for k in a:
                if k not in b:
                    note(
                        f"{ptr}/{_escape(k)}: not in the published document "
                        f"(ours: {_short(a[k])})"
                    )
            for k in b:
                if k in a:
                    walk(a[k], b[k], f"{ptr}/{_escape(k)}")
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                note(
                    f"{ptr}: {len(a)} items in our spec, {len(b)} published "
                    f"(ours: {_short(a)}, published: {_short(b)})"
                )
                return
            for i, (x, y) in enumerate(zip(a, b)):
                walk(x, y, f"{ptr}/{i}")
        elif isinstance(a, str) and isinstance(b, str) and a != b:
            at = next(
                (i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b))
            )
            start = max(0, at - 30)
            note(
                f"{ptr}: strings differ at character {at}: "
                f"ours {_short(a[start:at + 40])} vs published {_short(b[start:at + 40])}"
            )
        elif type(a) is not type(b) or a != b:
            note(f"{ptr}: ours {_short(a)} != published {_short(b)}")

    walk(ours, ref, "")
    return found, total


def assert_same(api: str, ours: Any, ref: Any) -> None:
    found, total = differences(ours, ref)
    if total:
        lines = "\n".join(f"  {d}" for d in found)
        more = f"\n  ... and {total - len(found)} more" if total > len(found) else ""
        pytest.fail(
            f"spec/{api}/openapi.yaml differs from the published document in {total} "
            f"place(s) (JSON pointers into the dereferenced documents):\n{lines}{more}",
            pytrace=False,
        )


# --------------------------------------------------------------------------------------
# Tests
# --------------------------------------------------------------------------------------

api_param = pytest.mark.parametrize("api", sorted(APIS))


@api_param
def test_spec_states_the_published_facts(api: str) -> None:
    ref = load_reference(api)
    ours = load_ours(api)
    assert_same(api, comparable(ours, ours=True), comparable(ref, ours=False))


@api_param
def test_spec_is_valid_openapi(api: str) -> None:
    error = None
    try:
        validate(load_ours(api))
    except Exception as exc:  # the validator's errors carry the whole offending node
        error = exc
    if error is not None:
        where = getattr(error, "json_path", None) or "/".join(
            map(str, getattr(error, "path", []))
        )
        message = getattr(error, "message", None) or str(error)
        pytest.fail(
            f"spec/{api}/openapi.yaml is not valid OpenAPI 3.0 at {where or '?'}: "
            f"{_short(message, 1000)}",
            pytrace=False,
        )


@api_param
def test_inline_bodies_stay_inline(api: str) -> None:
    """The generator names inline request/response bodies after the operation: a
    top-level body schema is a $ref in our spec exactly where it is one published."""
    ref = load_reference(api)
    ours = load_ours(api)
    wrong: list[str] = []
    for path, item in ref["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            mine = ours["paths"][path][method]
            # (where, published media type object, ours)
            bodies: list[tuple[tuple[str, ...], Any, Any]] = []
            for ct, media in op.get("requestBody", {}).get("content", {}).items():
                ours_media = mine["requestBody"]["content"][ct]
                bodies.append((("requestBody", "content", ct), media, ours_media))
            for status, resp in op.get("responses", {}).items():
                for ct, media in resp.get("content", {}).items():
                    ours_media = mine["responses"][status]["content"][ct]
                    loc = ("responses", status, "content", ct)
                    bodies.append((loc, media, ours_media))
            for where, theirs, my in bodies:
                t_ref = theirs.get("schema", {}).get("$ref")
                m_ref = my.get("schema", {}).get("$ref")
                if t_ref != m_ref:
                    ptr = "/".join(
                        _escape(x) for x in ("paths", path, method, *where, "schema")
                    )
                    wrong.append(
                        f"/{ptr}: ours $ref={m_ref!r}, published $ref={t_ref!r}"
                    )
    assert (
        not wrong
    ), "top-level body schemas must stay as published:\n  " + "\n  ".join(wrong)


def _normalised_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@api_param
def test_published_component_schemas_kept(api: str) -> None:
    """Every published schema keeps its name and place; added ones come after them and
    do not collide with any other name once case and separators are ignored."""
    ref_names = list(load_reference(api)["components"]["schemas"])
    our_names = list(load_ours(api)["components"]["schemas"])
    assert our_names[: len(ref_names)] == ref_names
    seen: dict[str, str] = {}
    for name in our_names:
        key = _normalised_name(name)
        assert key not in seen, f"schema names {seen[key]!r} and {name!r} collide"
        seen[key] = name


def test_leonardo_shared_limit_offset() -> None:
    """limit/offset are defined once and every paged operation lists limit first."""
    ours = load_ours("leonardo")
    params = ours["components"]["parameters"]
    assert params["limit"]["name"] == "limit" and params["limit"]["in"] == "query"
    assert params["offset"]["name"] == "offset" and params["offset"]["in"] == "query"
    users = 0
    for path, item in ours["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            plist = op.get("parameters", [])
            inline = [
                p
                for p in plist
                if "$ref" not in p and p.get("name") in ("limit", "offset")
            ]
            assert (
                not inline
            ), f"{method} {path}: limit/offset must $ref the shared definition"
            refs = [p["$ref"] for p in plist if "$ref" in p]
            paged = [r for r in refs if r.rsplit("/", 1)[1] in ("limit", "offset")]
            if paged:
                users += 1
                assert paged == [
                    "#/components/parameters/limit",
                    "#/components/parameters/offset",
                ], f"{method} {path}: {paged}"
    assert users >= 2


@api_param
def test_paths_grouped_by_tag(api: str) -> None:
    ours = load_ours(api)
    order = [t["name"] for t in ours["tags"]]
    seq = []
    for item in ours["paths"].values():
        tags = {op["tags"][0] for m, op in item.items() if m in METHODS}
        assert len(tags) == 1
        seq.append(order.index(tags.pop()))
    assert seq == sorted(
        seq
    ), "paths must be grouped in the order of the top-level tags"


@api_param
def test_yaml_is_plain_block_style(api: str) -> None:
    """No anchors, aliases or explicit tags: the file reads the same as it parses."""
    text = (SPEC_DIR / api / "openapi.yaml").read_text(encoding="utf-8")
    for event in yaml.parse(text, Loader=Loader):
        assert not isinstance(event, yaml.AliasEvent), f"alias at {event.start_mark}"
        assert getattr(event, "anchor", None) is None, f"anchor at {event.start_mark}"
        assert (
            getattr(event, "tag", None) is None
        ), f"explicit tag at {event.start_mark}"


@api_param
def test_codegen_settings_point_at_the_spec(api: str) -> None:
    with open(SPEC_DIR / api / "codegen.yaml", encoding="utf-8") as f:
        settings = yaml.load(f, Loader=Loader)
    assert (SPEC_DIR / api / settings["spec"]).is_file()
    assert settings["server_url"] == load_ours(api)["servers"][0]["url"]
    assert settings["targets"], "at least one target"
