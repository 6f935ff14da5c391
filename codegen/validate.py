"""validate: openapi-spec-validator first, then our own checks (in build.py, while the IR is built).

Every problem is collected and reported at once, sorted by file and pointer.
"""

from __future__ import annotations

from typing import Any

import re

from .errors import CodegenError, Issue, pointer_join
from .load import Document


def _pointer(path: Any) -> str:
    return pointer_join("#", *[str(p) for p in path])


def ref_issues(doc: Document) -> list[Issue]:
    """Every `$ref` that does not resolve, in every file the spec reaches."""
    issues: list[Issue] = []
    done: set[str] = set()
    todo = [doc.root]
    while todo:
        file = todo.pop()
        if file.name in done:
            continue
        done.add(file.name)
        stack: list[tuple[str, Any]] = [("#", file.data)]
        while stack:
            pointer, node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str):
                    try:
                        target, _, _ = doc.resolve(ref, file)
                        if target.name not in done:
                            todo.append(target)
                    except KeyError as exc:
                        issues.append(doc.issue(file, pointer_join(pointer, "$ref"), f"unresolved reference: {exc.args[0]}"))
                    except CodegenError as exc:
                        issues.extend(Issue(i.file, i.pointer, f"{i.message} (referenced from {file.name}{pointer})",
                                            i.severity, i.line) for i in exc.issues)
                for key, value in node.items():
                    stack.append((pointer_join(pointer, key), value))
            elif isinstance(node, list):
                for i, value in enumerate(node):
                    stack.append((pointer_join(pointer, i), value))
    return issues


_DUPLICATE_OP = re.compile(r"^Operation ID '(.*)' for '(\w+)' in '(.*)' is not unique$")


class _Ids(list[int]):
    """A list of ids that answers `in` from a set. openapi-spec-validator's schema walker keeps
    the ids of the schemas it visited in lists and asks each new schema `in` them: quadratic
    in the number of schemas (20 s of 40 on github's spec, most of the time on graph-beta's
    40,000 schemas). Same answers, same order."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[int] = set()

    def append(self, item: int) -> None:
        super().append(item)
        self._set.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _linear(spec_validator: Any) -> Any:
    """The spec validator class with a schema walker whose visit records are _Ids."""
    walker: Any = spec_validator.keyword_validators["schema"]

    class Walker(walker):  # type: ignore[misc]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            for name in ("visited_schema_ids", "meta_checked_schema_ids"):
                if isinstance(getattr(self, name, None), list):
                    setattr(self, name, _Ids())

    return type(spec_validator.__name__, (spec_validator,),
                {"keyword_validators": {**spec_validator.keyword_validators, "schema": Walker}})


def _located(cls: Any, keyword: str | None) -> Any:
    """A keyword validator of openapi-spec-validator whose errors remember where they were
    found: the validator checks a schema's `default` (and a schema's own shape) with a fresh
    JSON Schema validator, whose errors carry no path into the document."""

    class Located(cls):  # type: ignore[misc]
        def __call__(self, node: Any, *args: Any, **kwargs: Any) -> Any:
            from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

            for err in super().__call__(node, *args, **kwargs):
                if not isinstance(err, OpenAPIValidationError):  # (the validator would copy it)
                    err = OpenAPIValidationError.create_from(err)
                if getattr(err, "codegen_parts", None) is None:
                    where = list(getattr(node, "parts", ()))
                    if keyword is not None:
                        where += [keyword, *list(getattr(err, "path", None) or [])]
                    setattr(err, "codegen_parts", where)
                    setattr(err, "codegen_keyword", keyword)
                yield err

    return Located


def _validator_class(base: Any) -> Any:
    keywords = dict(base.keyword_validators)
    keywords["default"] = _located(keywords["default"], "default")
    keywords["schema"] = _located(keywords["schema"], None)
    return type("Located" + base.__name__, (base,), {"keyword_validators": keywords})


def _document_pointer(doc: Document, parts: list[Any]) -> str:
    """The pointer of a path the validator walked: through a local `$ref` it continues at the
    referenced node, so that the pointer names the place in the document that holds it."""
    pointer, node = "#", doc.root.data
    for part in parts:
        for _ in range(50):  # a chain of refs
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and part not in node
                    and node["$ref"].startswith("#/")):
                break
            try:
                _, pointer, node = doc.resolve(node["$ref"], doc.root)
            except (KeyError, CodegenError):
                return pointer
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            return pointer_join(pointer, part)
        pointer = pointer_join(pointer, part)
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        try:  # the walk ended on a reference: the node it names
            _, pointer, _ = doc.resolve(node["$ref"], doc.root)
        except (KeyError, CodegenError):
            pass
    return pointer


# what build.checked_default decides about a `default` itself
_DEFAULT_TYPE_CHECKS = frozenset({"type", "enum", "nullable", "const"})


def _severity(err: Any, keyword: str | None) -> str:
    """Objections that change nothing we generate are warnings: a value the validator cannot
    check against a `format` (a regex dialect in `pattern`, a default that is not a
    date-time), and a `default` that breaks another rule of its schema (a pattern, a
    minimum...): the value is printed as the spec gives it."""
    if getattr(err, "validator", None) == "format" or keyword == "default":
        return "warning"

    return "error"


def spec_validator_issues(doc: Document) -> list[Issue]:
    """Structural problems that openapi-spec-validator finds (OpenAPI 3.0 and 3.1)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    data = doc.data
    version = str(data.get("openapi", ""))
    if version.startswith("3.0"):
        validator_cls: Any = _validator_class(_linear(OpenAPIV30SpecValidator))
    elif version.startswith("3.1"):
        validator_cls = _validator_class(_linear(OpenAPIV31SpecValidator))
    else:
        return [doc.issue(doc.root, "#/openapi", f"unsupported OpenAPI version '{version}' (3.0 and 3.1 are)")]
    validator = validator_cls(data, base_uri=doc.root.path.as_uri())
    issues: list[Issue] = []
    seen: set[tuple[str, str]] = set()
    try:
        errors = list(validator.iter_errors())
    except Exception as exc:  # the validator itself failed on this document
        return [doc.issue(doc.root, "#", f"openapi-spec-validator could not check this document: "
                                          f"{type(exc).__name__}: {str(exc)[:200]}")]
    for err in errors:
        path = list(getattr(err, "absolute_path", None) or getattr(err, "path", None) or [])
        located = getattr(err, "codegen_parts", None)
        keyword = getattr(err, "codegen_keyword", None)
        # "X is not valid under any of the given schemas": the closest sub-error says why
        context = getattr(err, "context", None)
        if context:
            try:
                from jsonschema.exceptions import best_match

                sub = best_match(context)
                if sub is not None:
                    path = path + list(getattr(sub, "path", None) or [])
                    err = sub
            except ImportError:  # pragma: no cover
                pass
        pointer = _document_pointer(doc, located) if located is not None else _pointer(path)
        message = _short_message(err)
        dup = _DUPLICATE_OP.match(message)
        if dup:  # the validator gives no path for this one; point at the operation
            pointer = pointer_join("#/paths", dup.group(3), dup.group(2), "operationId")
        key = (pointer, message)
        if key in seen:
            continue
        seen.add(key)
        if keyword == "default" and getattr(err, "validator", None) in _DEFAULT_TYPE_CHECKS:
            continue  # the IR ignores such a default, with a warning of its own (build.checked_default)
        if message.startswith("Required list has not defined properties"):
            # valid JSON Schema (the object must have that key) that says nothing of its type: the
            # IR keeps it as an untyped extra field, with a warning of its own at the `required`
            continue
        severity = _severity(err, keyword)
        if keyword == "default":
            message = f"the default does not satisfy its schema: {message}"
        issues.append(doc.issue(doc.root, pointer, message, severity))
    return issues


def _short_message(err: Any) -> str:
    """The validator's message without a repr of the whole offending value."""
    message = " ".join(str(getattr(err, "message", err)).split())
    instance = getattr(err, "instance", None)
    if isinstance(instance, (dict, list)):
        shown = repr(instance)
        if message.startswith(shown):
            message = "this value" + message[len(shown):]
    if len(message) > 300:
        message = message[:297] + "..."
    return message
