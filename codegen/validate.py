"""validate: openapi-spec-validator first, then our own checks (in build.py, while the IR is built).

Every problem is collected and reported at once, sorted by file and pointer.
"""

from __future__ import annotations

from typing import Any

from .errors import Issue, pointer_join
from .load import Document


def _pointer(path: Any) -> str:
    return pointer_join("#", *[str(p) for p in path])


def spec_validator_issues(doc: Document) -> list[Issue]:
    """Structural problems that openapi-spec-validator finds (OpenAPI 3.0 and 3.1)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    data = doc.data
    version = str(data.get("openapi", ""))
    if version.startswith("3.0"):
        validator_cls: Any = OpenAPIV30SpecValidator
    elif version.startswith("3.1"):
        validator_cls = OpenAPIV31SpecValidator
    else:
        return [doc.issue(doc.root, "#/openapi", f"unsupported OpenAPI version '{version}' (3.0 and 3.1 are)")]
    validator = validator_cls(data, base_uri=doc.root.path.as_uri())
    issues: list[Issue] = []
    seen: set[tuple[str, str]] = set()
    for err in validator.iter_errors():
        path = getattr(err, "path", None) or getattr(err, "absolute_path", None) or []
        pointer = _pointer(list(path))
        message = getattr(err, "message", str(err))
        message = " ".join(str(message).split())
        if len(message) > 300:
            message = message[:297] + "..."
        key = (pointer, message)
        if key in seen:
            continue
        seen.add(key)
        issues.append(doc.issue(doc.root, pointer, message))
    return issues
