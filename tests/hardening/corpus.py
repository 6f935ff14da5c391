"""The adversarial corpus: hostile or broken specs and settings, one case per class, each
with the outcome the generator must give (see tests/hardening/test_adversarial.py).

A case starts from a small valid spec (BASE: a tag, a $ref response, an array response,
a body, an enum) and changes one thing. Expected: the exit code, and for exit 2 a regular
expression the first message line must match (file:line: #/pointer: error: ...).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Adversarial", "version": "1", "description": "An API."},
    "servers": [{"url": "https://api.example.com/v1"}],
    "security": [{"bearer": []}],
    "tags": [{"name": "Things", "description": "Things."}],
    "paths": {
        "/things/{thingId}": {"get": {
            "tags": ["Things"], "operationId": "getThing", "summary": "Get a thing",
            "parameters": [{"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"description": "The thing.", "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
        "/things": {
            "get": {"tags": ["Things"], "operationId": "listThings", "summary": "List things",
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"200": {"description": "Things.", "content": {"application/json": {"schema": {
                        "type": "array", "items": {"$ref": "#/components/schemas/Thing"}}}}}}},
            "post": {"tags": ["Things"], "operationId": "createThing", "summary": "Create",
                     "requestBody": {"required": True, "content": {"application/json": {
                         "schema": {"$ref": "#/components/schemas/NewThing"}}}},
                     "responses": {"200": {"description": "Created.", "content": {"application/json": {
                         "schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}}}},
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Thing": {"type": "object", "description": "A thing.", "required": ["id"], "properties": {
                "id": {"type": "string"}, "size": {"type": "integer"},
                "kind": {"$ref": "#/components/schemas/Kind"}}},
            "Kind": {"type": "string", "enum": ["big", "small"]},
            "NewThing": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
        },
    },
}

TEMPLATES = ("python", "python-flat", "typescript")
PYTHON = ("python", "python-flat")


@dataclass
class Case:
    name: str
    klass: str  # the class of the list it belongs to
    exit: int | dict[str, int]  # per template when they differ
    message: str | dict[str, str] = ""  # regex for the first stderr line (exit 2)
    spec: Callable[[dict[str, Any]], Any] | None = None  # edits BASE in place (may return a text)
    settings: dict[str, Any] = field(default_factory=dict)  # target settings to override (or {template: value})
    files: dict[str, str | bytes] = field(default_factory=dict)  # extra files beside the spec
    out: str = ""  # "file": --out is a file; "readonly"/"full": writes fail with EACCES/ENOSPC
    docs_without: tuple[str, ...] = ()  # text no generated .md page may hold (exit 0)
    docs_with: tuple[str, ...] = ()  # text some generated .md page must hold (exit 0)
    templates: tuple[str, ...] = TEMPLATES  # the targets the case runs through

    def expected_exit(self, template: str) -> int:
        return self.exit[template] if isinstance(self.exit, dict) else self.exit

    def expected_message(self, template: str) -> str:
        return self.message.get(template, "") if isinstance(self.message, dict) else self.message

    def write(self, folder: Path, template: str, package: str) -> tuple[Path, Path]:
        spec = copy.deepcopy(BASE)
        text: Any = self.spec(spec) if self.spec else None
        body = text if isinstance(text, (str, bytes)) else yaml.safe_dump(spec, sort_keys=False, allow_unicode=True)
        spec_path = folder / "openapi.yaml"
        spec_path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
        for name, content in self.files.items():
            if name.endswith("/"):
                (folder / name).mkdir()
                continue
            (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        target = {"name": "python", "template": template, "distribution": package.replace("_", "-"),
                  "package": package, "sdk_class": "AdvSDK", "version": "1.0.0"}
        target.update({k: v[template] for k, v in self.settings.items() if isinstance(v, dict) and template in v})
        target.update({k: v for k, v in self.settings.items() if not isinstance(v, dict)})
        settings_path = folder / "codegen.yaml"
        settings_path.write_text(yaml.safe_dump({"spec": "openapi.yaml", "targets": [target]}), encoding="utf-8")
        return spec_path, settings_path


def _schemas(s: dict[str, Any]) -> dict[str, Any]:
    return s["components"]["schemas"]


def _rename_schema(old: str, new: str) -> Callable[[dict[str, Any]], Any]:
    def edit(s: dict[str, Any]) -> Any:
        text = json.dumps(s).replace(f'"#/components/schemas/{old}"', json.dumps(f"#/components/schemas/{new}"))
        s.clear()
        s.update(json.loads(text))
        _schemas(s)[new] = _schemas(s).pop(old)
    return edit


def _retag(tag: str) -> Callable[[dict[str, Any]], Any]:
    def edit(s: dict[str, Any]) -> Any:
        s["tags"][0]["name"] = tag
        for item in s["paths"].values():
            for op in item.values():
                op["tags"] = [tag]
    return edit


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    def edit(s: dict[str, Any]) -> Any:
        *head, last = path.split("|")
        node = s
        for key in head:
            node = node[key]
        node[last] = value
    return edit


def _mutual(s: dict[str, Any]) -> Any:
    _schemas(s)["Thing"]["properties"]["other"] = {"$ref": "#/components/schemas/Other"}
    _schemas(s)["Other"] = {"type": "object", "properties": {"thing": {"$ref": "#/components/schemas/Thing"}}}


def _deep(s: dict[str, Any]) -> Any:
    return "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\nx-deep: " + "[" * 10000 + "]" * 10000 + "\n"


def _block_deep(s: dict[str, Any]) -> Any:
    lines = ["openapi: 3.0.3", "info: {title: x, version: '1'}", "paths: {}", "x-deep:"]
    lines += ["  " * (i + 1) + "a:" for i in range(300)]
    return "\n".join(lines) + " 1\n"


# the 440-byte "billion laughs": 9^9 strings once expanded
ALIAS_BOMB = "openapi: 3.0.3\n" + "".join(
    f"{k}: &{k} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
    for p, k in zip(["", "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi"))


def _many_aliases(s: dict[str, Any]) -> Any:
    return "openapi: 3.0.3\nx-a: &a 1\nx-list: [" + ", ".join(["*a"] * 1500) + "]\n"


def _big(s: dict[str, Any]) -> Any:
    return "openapi: 3.0.3\nx-pad: '" + "x" * (65 * 1024 * 1024) + "'\n"


def _ref(target: str) -> Callable[[dict[str, Any]], Any]:
    def edit(s: dict[str, Any]) -> Any:
        _schemas(s)["Thing"]["properties"]["extra"] = {"$ref": target}
    return edit


def _fan_out(s: dict[str, Any]) -> Any:
    for i in range(101):
        _schemas(s)["Thing"]["properties"][f"p{i}"] = {"$ref": f"part{i}.yaml#/S"}


FAN_OUT_FILES: dict[str, str | bytes] = {f"part{i}.yaml": "S: {type: string}\n" for i in range(101)}

LONG = "A" * 300

CASES: list[Case] = [
    # accepted: exit 0, and the package compiles, imports and passes mypy --strict (Python) or
    # tsc --strict (TypeScript)
    Case("valid-base", "baseline", 0),
    Case("empty-paths", "paths: {}", 0, spec=_set("paths", {})),
    Case("mutual-recursion", "mutually recursive schemas", 0, spec=_mutual),
    Case("non-ascii-schema", "non-ASCII names", 0, spec=_rename_schema("NewThing", "NeuesDing\u00e9")),
    Case("keyword-parameter", "keyword names (escaped)", 0,
         spec=_set("paths|/things|get|parameters", [{"name": "from", "in": "query", "schema": {"type": "string"}}])),
    Case("html-in-description", "HTML in descriptions", 0,
         spec=_set("components|schemas|Thing|properties|size|description",
                   "<script>alert(1)</script> | a `pipe`\nand <b>bold</b> `<code>`"),
         docs_without=("<script>", "<b>"), docs_with=("&lt;script>alert(1)&lt;/script>", "`<code>`")),
    # settings
    Case("sdk-class-none", "sdk_class", {"python": 2, "python-flat": 2, "typescript": 0},
         r"codegen\.yaml:\d+: #/targets/0/sdk_class: error: sdk_class 'None' is a Python keyword",
         settings={"sdk_class": "None"}),
    Case("sdk-class-is-group-class", "sdk_class", 2,
         {"python": r"openapi\.yaml:\d+: #/tags/0: error: tag 'Things' gives the class name .* already use",
          "python-flat": r"openapi\.yaml:\d+: #/tags/0: error: tag 'Things' gives the class name .* already use",
          "typescript": r"openapi\.yaml:\d+: #/tags/0: error: tag 'Things' gives the TypeScript class name 'Things', "
                        r"but the generated modules already use that name"},
         settings={"sdk_class": {"python": "Things", "python-flat": "ThingsApi", "typescript": "Things"}},
         spec=_retag("Things")),
    Case("sdk-class-ts-reserved", "sdk_class", 2, r"codegen\.yaml:\d+: #/targets/0/sdk_class: error: sdk_class "
                                                  r"'ClientCore' cannot be the SDK class: the generated modules already "
                                                  r"use that name", settings={"sdk_class": "ClientCore"},
         templates=("typescript",)),
    Case("package-json", "package shadows a module", {"python": 2, "python-flat": 2, "typescript": 0},
         r"#/targets/0/package: error: package 'json' is a module of Python's standard library",
         settings={"package": "json"}),
    Case("package-pydantic", "package shadows a module", 2, r"#/targets/0/package: error: package 'pydantic' is a "
                                                            r"package the generated SDK depends on",
         settings={"package": "pydantic"}, templates=PYTHON),
    Case("package-httpx", "package shadows a module", 2, r"#/targets/0/package: error: package 'httpx'",
         settings={"package": "httpx"}, templates=PYTHON),
    Case("version-banana", "version", 2,
         {"python": r"#/targets/0/version: error: version 'banana' is not a PEP 440 version",
          "python-flat": r"#/targets/0/version: error: version 'banana' is not a PEP 440 version",
          "typescript": r"#/targets/0/version: error: version 'banana' is not a semantic version"},
         settings={"version": "banana"}),
    Case("template-parent", "template path", 2, r"#/targets/0/template: error: unknown template "
                                                r"'\.\./templates/python'", settings={"template": "../templates/python"},
         templates=PYTHON),
    Case("template-dot", "template path", 2, r"#/targets/0/template: error: unknown template '\.'",
         settings={"template": "."}, templates=PYTHON),
    # names
    Case("nul-in-description", "NUL byte", 2, r"openapi\.yaml:\d+: #/components/schemas/Thing/description: error: "
                                               r"the text holds a NUL character",
         spec=_set("components|schemas|Thing|description", "a\x00b")),
    Case("schema-named-optional", "reserved names (escaped)", 0,  # OptionalModel in Python (python_names)
         spec=_rename_schema("NewThing", "Optional")),
    Case("schema-named-promise", "reserved names (escaped)", 0,  # PromiseModel in TypeScript (typescript_names)
         spec=_rename_schema("NewThing", "Promise"), templates=("typescript",)),
    Case("tag-named-class", "keyword names (escaped)", 0, spec=_retag("class")),
    Case("schema-named-class", "keyword names (escaped)", 0, spec=_rename_schema("Kind", "class")),  # ClassModel
    Case("parameter-eval", "keyword names (escaped)", 0,
         spec=_set("paths|/things|get|parameters", [{"name": "eval", "in": "query", "schema": {"type": "string"}}]),
         templates=("typescript",)),
    Case("operation-constructor", "keyword names (escaped)", 0, spec=_set("paths|/things|get|operationId",
                                                                          "constructor"), templates=("typescript",)),
    Case("schema-symbols-only", "symbol-only names", 2,
         {"python": r"openapi\.yaml:\d+: #/components/schemas/\+\+\+: error: the schema gives no usable Python class "
                    r"name \('': it is empty\)",
          "python-flat": r"openapi\.yaml:\d+: #/components/schemas/\+\+\+: error: the schema gives no usable Python "
                         r"class name \('': it is empty\)",
          "typescript": r"openapi\.yaml:\d+: #/components/schemas/\+\+\+: error: schema '\+\+\+' gives the TypeScript "
                        r"type name '', but it is empty"},
         spec=_rename_schema("NewThing", "+++")),
    Case("tag-symbols-only", "symbol-only names", {"python": 2, "python-flat": 0, "typescript": 2},
         {"python": r"openapi\.yaml:\d+: #/tags/0: error: tag '\*\*\*' gives the class name '' in target python, but "
                    r"it is empty",
          "python-flat": r"openapi\.yaml:\d+: #/tags/0: error: tag '\*\*\*' gives the class name '' in target "
                         r"python-flat, but it is empty",
          "typescript": r"openapi\.yaml:\d+: #/tags/0: error: tag '\*\*\*' gives the TypeScript property name '', "
                        r"but it is empty"}, spec=_retag("***")),
    Case("operation-symbols-only", "symbol-only names", 2,
         {"python": r"openapi\.yaml:\d+: #/paths/~1things/get: error: operation '%%%' gives no usable Python name "
                    r"\('': it is empty\)",
          "python-flat": r"openapi\.yaml:\d+: #/paths/~1things/get: error: operation '%%%' gives no usable Python "
                         r"name \('': it is empty\)",
          "typescript": r"openapi\.yaml:\d+: #/paths/~1things/get: error: operation '%%%' gives the TypeScript method "
                        r"name '', but it is empty"}, spec=_set("paths|/things|get|operationId", "%%%")),
    Case("property-non-ascii", "non-ASCII names", 2,
         {"python": r"#/components/schemas/Thing/properties/\u65e5\u672c: error: property .* no usable Python name",
          "python-flat": r"#/components/schemas/Thing/properties/\u65e5\u672c: error: property .* no usable Python "
                         r"name",
          "typescript": r"#/components/schemas/Thing/properties/\u65e5\u672c: error: property '\u65e5\u672c' gives "
                        r"the TypeScript property name '', but it is empty"},
         spec=_set("components|schemas|Thing|properties|\u65e5\u672c", {"type": "string"})),
    Case("schema-300-chars", "300-character names", 2,
         {"python": r"#/components/schemas/A{300}: error: the schema gives no usable Python class name \('Aa{36}\.\.\.': "
                    r"it is longer than 250 characters\)",
          "python-flat": r"#/components/schemas/A{300}: error: the schema gives no usable Python class name "
                         r"\('Aa{36}\.\.\.': it is longer than 250 characters\)",
          "typescript": r"#/components/schemas/A{300}: error: schema 'A{300}' gives the TypeScript type name "
                        r"'Aa{36}\.\.\.', but it is longer than 250 characters"},
         spec=_rename_schema("NewThing", LONG)),
    # the Python targets cut a derived name that long (200 characters + a hash: README, rule 5)
    Case("operation-300-chars", "300-character names", {"python": 0, "python-flat": 0, "typescript": 2},
         {"typescript": r"#/paths/~1things/get: error: operation 'a{300}' gives the TypeScript method name "
                        r"'a{37}\.\.\.', but it is longer than 250 characters"},
         spec=_set("paths|/things|get|operationId", "a" * 300)),
    Case("x-py-name-space", "bad x-py-name", 2, r"openapi\.yaml:\d+: #/components/schemas/Thing/properties/size: "
                                                r"error: its x-py-name gives no usable Python name \('get a': it is not "
                                                r"a Python identifier\)",
         spec=_set("components|schemas|Thing|properties|size|x-py-name", "get a"), templates=PYTHON),
    Case("x-py-name-keyword", "keyword names (escaped)", 0, spec=_set("paths|/things|get|x-py-name", "import"),
         templates=PYTHON),
    Case("x-py-name-digit", "bad x-py-name", 2, r"openapi\.yaml:\d+: #/components/schemas/Thing: error: (the schema "
                                                r"gives no usable Python class name \('1abc'|schema 'Thing' gives the "
                                                r"class name '1abc')", spec=_set("components|schemas|Thing|x-py-name", "1abc"),
         templates=PYTHON),
    Case("x-py-name-number", "bad x-py-name", 2, r"#/components/schemas/Thing/properties/size/x-py-name: error: "
                                                 r"x-py-name 5 cannot be used: it is not a string",
         spec=_set("components|schemas|Thing|properties|size|x-py-name", 5), templates=PYTHON),
    Case("x-ts-name-space", "bad x-ts-name", 2, r"openapi\.yaml:\d+: #/components/schemas/Thing/properties/size: "
                                                r"error: property 'size' gives the TypeScript property name 'get a', but "
                                                r"it is not a TypeScript identifier",
         spec=_set("components|schemas|Thing|properties|size|x-ts-name", "get a"), templates=("typescript",)),
    Case("x-ts-name-keyword", "bad x-ts-name", 2, r"openapi\.yaml:\d+: #/components/schemas/Thing: error: schema "
                                                  r"'Thing' gives the TypeScript type name 'class', but it is a reserved "
                                                  r"word in TypeScript",
         spec=_set("components|schemas|Thing|x-ts-name", "class"), templates=("typescript",)),
    Case("x-ts-name-number", "bad x-ts-name", 2, r"#/components/schemas/Thing/properties/size/x-ts-name: error: "
                                                 r"x-ts-name 5 cannot be used: it is not a string",
         spec=_set("components|schemas|Thing|properties|size|x-ts-name", 5), templates=("typescript",)),
    Case("nesting-10000-flow", "10,000-deep nesting", 2, r"openapi\.yaml:4: error: nested more than 200 levels",
         spec=_deep),
    Case("nesting-300-block", "10,000-deep nesting", 2, r"openapi\.yaml:\d+: #/x-deep(/a)+: error: nested more than "
                                                        r"200 levels", spec=_block_deep),
    Case("alias-bomb-440-bytes", "YAML alias bomb", 2, r"openapi\.yaml:\d+: #/\S+: error: the document expands to "
                                                       r"more than 500,000 nodes", spec=lambda s: ALIAS_BOMB),
    Case("alias-count", "YAML alias bomb", 2, r"openapi\.yaml: error: 1500 YAML alias uses", spec=_many_aliases),
    Case("file-65-mb", "file size", 2, r"openapi\.yaml: error: file larger than 67,108,864 bytes", spec=_big),
    Case("ref-dev-zero", "$ref outside the folder", 2, r"openapi\.yaml:\d+: #/components/schemas/Thing/properties/"
                                                       r"extra/\$ref: error: unresolved reference: '/dev/zero' points "
                                                       r"outside the spec's folder", spec=_ref("/dev/zero")),
    Case("ref-parent-folder", "$ref outside the folder", 2, r"\$ref: error: unresolved reference: '\.\./\.\./x\.yaml"
                                                            r"#/S' points outside", spec=_ref("../../x.yaml#/S")),
    Case("ref-remote", "remote $ref", 2, r"\$ref: error: unresolved reference: 'https://example\.com/s\.yaml#/S' is a "
                                         r"remote reference", spec=_ref("https://example.com/s.yaml#/S")),
    Case("ref-fan-out", "$ref fan-out", 2, r"\$ref: error: unresolved reference: .* at most 100 files",
         spec=_fan_out, files=FAN_OUT_FILES),
    Case("ref-to-folder", "$ref outside the folder", 2, r"error: not a regular file", spec=_ref("sub#/S"),
         files={"sub/": ""}),
    # the output folder
    Case("out-is-a-file", "output folder", 2, r"^(\S*/)?out: error: cannot write the output folder: is a file, not a "
                                              r"folder$", out="file"),
    Case("out-read-only", "output folder", 2, r"^(\S*/)?out/python: error: cannot write the output folder: Permission "
                                              r"denied$", out="readonly"),
    Case("out-disk-full", "output folder", 2, r"^(\S*/)?out/python: error: cannot write the output folder: No space "
                                              r"left on device$", out="full"),
]
