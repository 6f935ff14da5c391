"""Write a synthetic OpenAPI 3.0 document of N operations (deterministic: same N, same bytes).

    python benchmarks/synth_spec.py 2000 -o /tmp/synth-2000.yaml [--settings /tmp/synth-2000-codegen.yaml]

Every 5 operations are one resource (list, create, get, update, delete) with its own
component schemas (an object with a nested inline object, an enum, an array, a $ref to a
shared schema) and an inline request body; 2 resources share a tag. Only constructs that
this generator and its peers (openapi-python-client, OpenAPI Generator) all accept are used,
so the same file feeds every tool in benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

OPS_PER_RESOURCE = 5
RESOURCES_PER_TAG = 2


def _resource_schemas(n: int) -> dict[str, Any]:
    name = f"Resource{n}"
    return {
        name: {
            "type": "object",
            "description": f"A resource of kind {n}.",
            "required": ["id", "name", "status"],
            "properties": {
                "id": {"type": "string", "format": "uuid", "description": "Its identifier."},
                "name": {"type": "string", "description": "A name people read."},
                "status": {"type": "string", "enum": ["PENDING", "ACTIVE", "FAILED"], "description": "Where it is."},
                "count": {"type": "integer", "nullable": True, "description": "How many."},
                "ratio": {"type": "number", "description": "A fraction."},
                "enabled": {"type": "boolean", "default": False},
                "tags": {"type": "array", "items": {"type": "string"}},
                "created_at": {"type": "string", "format": "date-time"},
                "owner": {"$ref": "#/components/schemas/Owner"},
                "settings": {
                    "type": "object",
                    "description": "Nested settings.",
                    "properties": {
                        "width": {"type": "integer", "default": 512},
                        "height": {"type": "integer", "default": 512},
                        "mode": {"type": "string", "enum": ["FAST", "QUALITY"]},
                    },
                },
            },
        },
        f"{name}List": {
            "type": "object",
            "required": ["items"],
            "properties": {
                "items": {"type": "array", "items": {"$ref": f"#/components/schemas/{name}"}},
                "total": {"type": "integer"},
            },
        },
    }


def _operations(n: int) -> dict[str, Any]:
    name = f"Resource{n}"
    tag = f"group{n // RESOURCES_PER_TAG}"
    ref = {"$ref": f"#/components/schemas/{name}"}

    def ok(schema: dict[str, Any]) -> dict[str, Any]:
        return {"description": "OK", "content": {"application/json": {"schema": schema}}}

    errors = {"400": {"description": "Bad request"}, "404": {"description": "Not found"}}
    body = {
        "required": True,
        "content": {"application/json": {"schema": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "description": "A name people read."},
                "count": {"type": "integer", "nullable": True},
                "enabled": {"type": "boolean"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "quality": {"type": "string", "enum": ["LOW", "HIGH"]},
            },
        }}},
    }
    id_param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"},
                "description": "The resource's identifier."}
    return {
        f"/resources{n}": {
            "get": {
                "tags": [tag], "operationId": f"list{name}", "summary": f"List resources of kind {n}",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                    {"name": "offset", "in": "query", "schema": {"type": "integer", "default": 0}},
                    {"name": "status", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": ok({"$ref": f"#/components/schemas/{name}List"}), **errors},
            },
            "post": {
                "tags": [tag], "operationId": f"create{name}", "summary": f"Create a resource of kind {n}",
                "requestBody": body,
                "responses": {"200": ok(ref), **errors},
            },
        },
        f"/resources{n}/{{id}}": {
            "get": {
                "tags": [tag], "operationId": f"get{name}", "summary": f"Get one resource of kind {n}",
                "parameters": [id_param],
                "responses": {"200": ok(ref), **errors},
            },
            "patch": {
                "tags": [tag], "operationId": f"update{name}", "summary": f"Update a resource of kind {n}",
                "parameters": [id_param], "requestBody": body,
                "responses": {"200": ok(ref), **errors},
            },
            "delete": {
                "tags": [tag], "operationId": f"delete{name}", "summary": f"Delete a resource of kind {n}",
                "parameters": [id_param],
                "responses": {"200": ok({"type": "object", "properties": {"deleted": {"type": "boolean"}}}),
                              **errors},
            },
        },
    }


def spec(operations: int) -> dict[str, Any]:
    if operations < OPS_PER_RESOURCE or operations % OPS_PER_RESOURCE:
        raise SystemExit(f"operations must be a positive multiple of {OPS_PER_RESOURCE}")
    resources = operations // OPS_PER_RESOURCE
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {
        "Owner": {"type": "object", "required": ["id"], "properties": {
            "id": {"type": "string"}, "email": {"type": "string", "format": "email"}}},
    }
    for n in range(resources):
        paths.update(_operations(n))
        schemas.update(_resource_schemas(n))
    tags = [{"name": f"group{i}", "description": f"Resources {RESOURCES_PER_TAG * i} to "
             f"{RESOURCES_PER_TAG * i + RESOURCES_PER_TAG - 1}."}
            for i in range((resources + RESOURCES_PER_TAG - 1) // RESOURCES_PER_TAG)]
    return {
        "openapi": "3.0.3",
        "info": {"title": f"Synthetic API ({operations} operations)", "version": "1.0.0",
                 "description": "Generated by benchmarks/synth_spec.py."},
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"bearerAuth": []}],
        "tags": tags,
        "paths": paths,
        "components": {
            "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas,
        },
    }


SETTINGS = """\
spec: {spec}
targets:
  - name: python
    template: {template}
    distribution: synthetic-sdk
    package: synthetic_sdk
    sdk_class: SyntheticSDK
    version: 1.0.0
"""


def write(operations: int, out: Path, settings: Path | None = None, template: str = "python") -> None:
    # JSON is YAML: every tool reads it, and it loads fast
    out.write_text(json.dumps(spec(operations), indent=1) + "\n", encoding="utf-8")
    if settings is not None:
        settings.write_text(SETTINGS.format(spec=out.name, template=template), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("operations", type=int)
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--settings", type=Path, help="also write codegen settings for it here")
    ap.add_argument("--template", default="python", help="the target of the settings (python or python-flat)")
    args = ap.parse_args()
    write(args.operations, args.out, args.settings, args.template)


if __name__ == "__main__":
    main()
