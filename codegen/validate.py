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


def spec_validator_issues(doc: Document) -> list[Issue]:
    """Structural problems that openapi-spec-validator finds (OpenAPI 3.0 and 3.1)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    data = doc.data
    version = str(data.get("openapi", ""))
    if version.startswith("3.0"):
        validator_cls: Any = _linear(OpenAPIV30SpecValidator)
    elif version.startswith("3.1"):
        validator_cls = _linear(OpenAPIV31SpecValidator)
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
        pointer = _pointer(path)
        message = _short_message(err)
        dup = _DUPLICATE_OP.match(message)
        if dup:  # the validator gives no path for this one; point at the operation
            pointer = pointer_join("#/paths", dup.group(3), dup.group(2), "operationId")
        key = (pointer, message)
        if key in seen:
            continue
        seen.add(key)
        # a value the validator cannot check against a `format` (a regex in another dialect
        # in `pattern`, a default that is not a date-time) changes nothing we generate
        severity = "warning" if getattr(err, "validator", None) == "format" else "error"
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
