"""The TypeScript target: seeds 002 and 003, its naming rules, its settings, its layout helper."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.ir import Names
from codegen.settings import is_npm_name, load_settings
from codegen.targets import typescript_names as tn
from codegen import tslayout as lay

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
TS = ROOT / "generated" / "leonardo" / "typescript"


def _seed(prefix: str) -> Path:
    found = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not found:
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail(f"seed {prefix} not found under {SEEDS}")
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return found[0]


def test_seed_003_is_reproduced_byte_for_byte() -> None:
    seed = _seed("003")
    page = TS / "docs" / "sdks" / "image" / "README.md"
    assert page.read_bytes() == seed.read_bytes()


def test_every_operation_of_seed_002_is_reachable_through_the_deprecated_group() -> None:
    """Seed 002 documents `leonardo.generation.<op>`: each of its operations is a method of the
    deprecated `generation` group, which calls the operation where it lives now."""
    text = _seed("002").read_text(encoding="utf-8")
    shown = re.findall(r"^## (\w+)$", text, re.M)
    called = re.findall(r"leonardo\.generation\.(\w+)\(", text)
    assert len(shown) == 11 and sorted(shown) == sorted(called)
    group = (TS / "src" / "sdk" / "generation.ts").read_text(encoding="utf-8")
    sdk = (TS / "src" / "sdk" / "sdk.ts").read_text(encoding="utf-8")
    assert re.search(r"@deprecated[^/]*\*/\n  get generation\(\): Generation", sdk)
    for op in shown:
        m = re.search(rf"/\*\*((?:(?!\*/).)*)\*/\n  async {op}\(", group, re.S)
        assert m, f"generation.{op} missing"
        assert "@deprecated" in m.group(1), op
    page = (TS / "docs" / "sdks" / "generation" / "README.md").read_text(encoding="utf-8")
    assert re.findall(r"^## (\w+)$", page, re.M)[1:] == sorted(shown, key=str.lower)  # after "## Overview"


NAMING = [
    # text, pascal (types), camel (members)
    ("createLCMGeneration", "CreateLCMGeneration", "createLCMGeneration"),
    ("CreateUniversalUpscalerJob", "CreateUniversalUpscalerJob", "createUniversalUpscalerJob"),
    ("getGenerationById", "GetGenerationById", "getGenerationById"),
    ("controlnet_input", "ControlnetInput", "controlnetInput"),
    ("MODEL_ASSET_TEXTURE_TYPES", "ModelAssetTextureTypes", "modelAssetTextureTypes"),
    ("Init Images", "InitImages", "initImages"),
    ("3D Model Assets", "ThreeDModelAssets", "threeDModelAssets"),
    ("generations_by_pk", "GenerationsByPk", "generationsByPk"),
    ("ModelV2Entity", "ModelV2Entity", "modelV2Entity"),
    ("findAll", "FindAll", "findAll"),
]


@pytest.mark.parametrize("text,pascal,camel", NAMING)
def test_typescript_names(text: str, pascal: str, camel: str) -> None:
    assert tn.pascal(text) == pascal
    assert tn.camel(text) == camel


def test_reserved_words_are_fine_as_fields_but_not_as_variables() -> None:
    names = Names(wire="public", source="public", words=("public",))
    assert tn.member(names) == "public"
    assert tn.member(names, variable=True) == "public_"
    renamed = Names(wire="user_id", source="user_id", words=("user", "id"), renames=(("py", "uid"), ("ts", "owner")))
    assert tn.member(renamed) == "owner"  # x-ts-name; x-py-name never applies here


def test_model_names_follow_operations_and_components(tmp_path: Path) -> None:
    from codegen.pipeline import load_api

    api = load_api(load_settings(ROOT / "spec" / "leonardo" / "codegen.yaml", api="leonardo")).api
    names = {n.name: (n.namespace, n.page) for n in tn.TsNames(api).by_id.values()}
    assert names["CreateLCMGenerationRequestBody"] == ("operations", "createlcmgenerationrequestbody")
    assert names["GetGenerationByIdGenerationsByPk"] == ("operations", "getgenerationbyidgenerationsbypk")
    assert names["ControlnetInput"] == ("shared", "controlnetinput")
    assert names["ModelAssetTextureTypes"] == ("shared", "modelassettexturetypes")


@pytest.mark.parametrize("name,ok", [("@leonardo-ai/sdk", True), ("leap-sdk", True), ("sdk", True),
                                     ("@Leonardo/sdk", False), ("@scope/", False), ("a b", False),
                                     ("leonardo_ai_sdk", True), ("/sdk", False)])
def test_npm_package_names(name: str, ok: bool) -> None:
    assert is_npm_name(name) is ok


def test_settings_accept_scoped_npm_names_only_for_npm_targets(tmp_path: Path) -> None:
    (tmp_path / "openapi.yaml").write_text("openapi: 3.0.3\n")
    settings = tmp_path / "codegen.yaml"
    settings.write_text("targets:\n  - {name: ts, template: typescript, distribution: '@a/b', package: '@a/b', "
                        "sdk_class: A, version: 1.0.0, former_groups: {old: [x]}}\n")
    (target,) = load_settings(settings).targets
    assert target.package == "@a/b" and target.former_groups == (("old", ("x",)),)
    settings.write_text("targets:\n  - {name: py, template: python, distribution: '@a/b', package: '@a/b', "
                        "sdk_class: A, version: 1.0.0}\n")
    with pytest.raises(CodegenError) as err:
        load_settings(settings)
    assert "not a valid identifier" in str(err.value) and "not a valid distribution name" in str(err.value)


def test_layout_breaks_like_prettier() -> None:
    """Hand-checked against prettier 3.3.3 (the e2e tests run prettier on whole packages)."""
    assert lay.array(['"a"', '"b"'], 10, 1, 1) == '["a", "b"]'
    assert lay.array([['"a"', '"b"'], ['"c"', '"d"']], 10, 1, 1) == '[\n    ["a", "b"],\n    ["c", "d"],\n  ]'
    long = ['"' + "x" * 40 + '"', '"' + "y" * 40 + '"']
    assert lay.array(long, 10, 1, 1) == f'[\n    {long[0]},\n    {long[1]},\n  ]'
    assert lay.imports(["a", "b"], "./m.js") == 'import { a, b } from "./m.js";'
    assert lay.union_alias("export type T", ['"A"', '"B"']) == 'export type T = "A" | "B";'
    assert lay.union_alias("export type " + "T" * 70, ['"A"', '"B"']).endswith('=\n  | "A"\n  | "B";')
    assert lay.comment("a */ b", 0) == "/**\n * a *\\/ b\n */\n"


@pytest.mark.parametrize("text,literal", [
    ("plain", '"plain"'),
    ('c"d', "'c\"d'"),  # more double quotes than single ones: single quotes
    ("it's", '"it\'s"'),
    ("a\\b\nc", '"a\\\\b\\nc"'),
])
def test_string_literals_quote_like_prettier(text: str, literal: str) -> None:
    assert lay.string(text) == literal


# -- the extended runtime and names it needs (issue 8: what the coverage issue added) -------------
TS_SETTINGS = ("spec: openapi.yaml\ntargets:\n  - {name: typescript, template: typescript, distribution: '@t/sdk', "
               "package: '@t/sdk', sdk_class: T, version: 0.0.1}\n")


def _ts_files(tmp_path: Path, spec: str) -> dict[str, str]:
    from codegen.pipeline import load_api
    from codegen.render import render

    (tmp_path / "openapi.yaml").write_text(spec)
    (tmp_path / "codegen.yaml").write_text(TS_SETTINGS)
    settings = load_settings(tmp_path / "codegen.yaml", api="t")
    return {str(p): t for p, t in render(load_api(settings).api, settings.targets[0]).items()}


SPEC_HEAD = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://x.example'}]\n"


def test_leonardo_and_leap_stay_on_the_original_runtime() -> None:
    for api in ("leonardo", "leap"):
        files = {p.relative_to(ROOT / "generated" / api / "typescript").as_posix()
                 for p in (ROOT / "generated" / api / "typescript").rglob("*.ts")}
        assert "src/lib/http.ts" in files
        assert not {"src/lib/wire.ts", "src/lib/security.ts", "src/lib/options.ts"} & files, api


def test_an_api_key_spec_gets_the_extended_runtime_and_one_option_per_scheme(tmp_path: Path) -> None:
    files = _ts_files(tmp_path, SPEC_HEAD + """security: [{key: []}]
paths:
  /a:
    get:
      operationId: getA
      responses: {"204": {description: ok}}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: k}
""")
    assert {"src/lib/wire.ts", "src/lib/security.ts", "src/lib/options.ts",
            "src/sdk/models/errors/errorresponse.ts"} <= set(files)
    assert "  key?: Token | undefined;" in files["src/lib/options.ts"]
    assert 'key: ["api-key", "query", "k", "", []],' in files["src/lib/options.ts"]
    assert 'security: [["key"]],' in files["src/funcs/default_GetA.ts"]


def test_a_scheme_named_like_a_client_option_is_an_error_with_its_place(tmp_path: Path) -> None:
    with pytest.raises(CodegenError) as err:
        _ts_files(tmp_path, SPEC_HEAD + """paths:
  /a:
    get:
      operationId: getA
      security: [{timeoutMs: []}]
      responses: {"204": {description: ok}}
components:
  securitySchemes:
    timeoutMs: {type: apiKey, in: header, name: k}
""")
    (issue,) = err.value.issues
    assert issue.pointer == "#/components/securitySchemes/timeoutMs" and issue.line == 12
    assert "'timeoutMs', which every client has" in issue.message


def test_inline_type_names_that_collide_are_numbered_components_are_not(tmp_path: Path) -> None:
    inline = "{type: object, properties: {e: {type: object, properties: {m: {type: string}}}}}"
    files = _ts_files(tmp_path, SPEC_HEAD + f"""paths:
  /a:
    get:
      operationId: getA
      responses:
        "200": {{description: ok, content: {{application/json: {{schema: {inline}}}}}}}
        "400": {{description: bad, content: {{application/json: {{schema: {inline}}}}}}}
""")
    text = files["src/sdk/models/operations/geta.ts"]
    assert "export interface GetAE {" in text and "export interface GetAE2 {" in text
    with pytest.raises(CodegenError) as err:
        _ts_files(tmp_path, SPEC_HEAD + """paths: {}
components:
  schemas:
    LcmThing: {type: object, properties: {a: {type: string}}}
    LCMThing: {type: object, properties: {a: {type: string}}}
""")
    assert [i.pointer for i in err.value.issues] == ["#/components/schemas/LcmThing"]
    assert "openapi.yaml:8 #/components/schemas/LCMThing" in err.value.issues[0].message
    assert err.value.issues[0].line == 7


def test_a_group_named_like_a_type_gets_a_suffix(tmp_path: Path) -> None:
    files = _ts_files(tmp_path, SPEC_HEAD + """paths:
  /q:
    post:
      tags: [Query]
      operationId: run
      requestBody: {content: {application/json: {schema: {$ref: "#/components/schemas/Query"}}}}
      responses: {"204": {description: ok}}
components:
  schemas:
    Query: {type: object, properties: {q: {type: string}}}
""")
    assert "export class QueryGroup {" in files["src/sdk/query.ts"]
    assert "get query(): QueryGroup {" in files["src/sdk/sdk.ts"]


# -- names TypeScript cannot take (issue 7): escaped or rejected in typescript_names ------------
@pytest.mark.parametrize(("source", "variable", "expected"), [
    ("delete", True, "delete_"),  # a reserved word as an argument: escaped
    ("from", True, "from"),  # a contextual keyword is a valid variable
    ("eval", True, "eval_"),  # not a variable in strict mode: escaped
    ("arguments", True, "arguments_"),
    ("await", True, "await_"),
    ("delete", False, "delete"),  # a property may be any word
    ("user-id", True, "userId"),
])
def test_argument_and_property_names(source: str, variable: bool, expected: str) -> None:
    assert tn.member(Names(wire=source, source=source, words=(), renames=()), variable) == expected


@pytest.mark.parametrize(("name", "why"), [
    ("Thing", None),
    ("Date", None),  # a global the generated modules do not use
    ("", "it is empty"),
    ("1abc", "it is not a TypeScript identifier"),
    ("NeuesDing\u00e9", "it is not a TypeScript identifier"),
    ("class", "it is a reserved word in TypeScript"),
    ("any", "it is a reserved word in TypeScript"),
    ("A" * 251, "it is longer than 250 characters"),
    ("Promise", "the generated modules already use that name"),
    ("Fields", "the generated modules already use that name"),
    ("ClientCore", "the generated modules already use that name"),
])
def test_type_name_problems(name: str, why: str | None) -> None:
    got = tn.problem(name)
    assert (got if why is None else (got or "").split(" (")[0]) == why


def test_components_named_like_a_name_the_runtime_keeps_take_a_model_suffix(tmp_path: Path) -> None:
    # hand-written: Response and Promise are types the generated modules use; x-ts-name is kept as given
    files = _ts_files(tmp_path, SPEC_HEAD + """paths: {}
components:
  schemas:
    Response: {type: object, properties: {a: {type: string}}}
    Promise: {type: object, properties: {b: {type: string}}}
    Other: {type: object, x-ts-name: Kept, properties: {c: {type: string}}}
""")
    text = "\n".join(files.values())
    assert "export interface ResponseModel {" in text and "export interface PromiseModel {" in text
    assert "export interface Kept {" in text
    assert "export interface Response {" not in text and "export interface Promise {" not in text
