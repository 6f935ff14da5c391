"""Names the generator derives are told apart in one place (codegen/targets/python_names.py),
deterministically, with a warning; names the spec chooses (x-py-name) never change, and their
collisions stay errors (exit 2). The expected names are written by hand from the rules in the
README ("How names are told apart")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import naming
from codegen.build import build_ir
from codegen.ir import Api
from codegen.load import load
from codegen.settings import Settings
from codegen.targets import python_names as pn


def _api(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None,
         tags: list[dict[str, Any]] | None = None) -> Api:
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    if tags:
        doc["tags"] = tags
    if schemas:
        doc["components"] = {"schemas": schemas}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    api, issues = build_ir(load(path), Settings("t", tmp_path / "codegen.yaml", path, None, "operation-id", ()),
                           "spec.yaml")
    assert [i.format() for i in issues if i.severity == "error"] == []
    return api


def _get(schema: dict[str, Any], op_id: str = "getThing", params: list[dict[str, Any]] | None = None,
         tags: list[str] | None = None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": op_id, "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": schema}}}}}
    if params:
        op["parameters"] = params
    if tags:
        op["tags"] = tags
    return {"get": op}


@pytest.mark.parametrize("wire, expected", [
    ("+1", "plus 1"), ("-1", "minus 1"), ("$", "dollar"), ("@id", "at id"), ("$ref", "dollar ref"),
    ("", "empty"), ("user-id", "user-id"), ("a+b", "a+b"), ("**", "star star"),
])
def test_leading_symbols_are_spelled(wire: str, expected: str) -> None:
    assert " ".join(pn.spelled(wire).split()) == expected


def test_property_names(tmp_path: Path) -> None:
    wires = ["+1", "-1", "$", "", "userId", "user_id", "class", "@id", "id", "json", "shared"]
    api = _api(tmp_path, {}, {"Thing": {"type": "object", "properties": {w: {"type": "string"} for w in wires}}})
    (model,) = api.models
    table = pn.table(api)
    assert table.issues() == []
    assert [(f.names.wire, pn.field_name(f)) for f in model.fields] == [
        ("+1", "plus_1"), ("-1", "minus_1"),  # both "one": spelled
        ("$", "dollar"), ("", "empty"),  # no letters or digits
        ("userId", "user_id"), ("user_id", "user_id_2"),  # differ only in case: numbered in order
        ("class", "class_"), ("@id", "at_id"), ("id", "id"),  # keyword escaped; the symbol one spelled
        ("json", "json_"),  # a pydantic BaseModel attribute, escaped as before
        ("shared", "shared_"),  # would shadow the module `shared` in python's model annotations
    ]
    messages = {w.pointer.rsplit("/", 1)[-1]: w.message for w in table.warnings()}
    assert messages["user_id"] == "property 'user_id' is named 'user_id_2' in Python: 'user_id' is also the name " \
                                  "of another one"
    assert messages["$"] == "property '$' is named 'dollar' in Python: its name has no letters or digits"
    assert "class" not in messages and "id" not in messages  # unchanged names give no warning


def test_a_chosen_name_wins_over_a_derived_one(tmp_path: Path) -> None:
    api = _api(tmp_path, {}, {"Thing": {"type": "object", "properties": {
        "user_id": {"type": "string"}, "uid": {"type": "string", "x-py-name": "user_id"}}}})
    (model,) = api.models
    assert pn.table(api).issues() == []
    assert [pn.field_name(f) for f in model.fields] == ["user_id_2", "user_id"]


def test_chosen_names_that_collide_stay_an_error(tmp_path: Path) -> None:
    api = _api(tmp_path, {}, {"Thing": {"type": "object", "properties": {
        "a": {"type": "string", "x-py-name": "same"}, "b": {"type": "string", "x-py-name": "same"}}}})
    (issue,) = pn.table(api).issues()
    assert issue.pointer == "#/components/schemas/Thing/properties/b"
    assert "both map to the Python name 'same'" in issue.message


def test_a_property_name_without_ascii_letters_stays_an_error(tmp_path: Path) -> None:
    api = _api(tmp_path, {}, {"Thing": {"type": "object", "properties": {"\u65e5\u672c": {"type": "string"}}}})
    (issue,) = pn.table(api).issues()
    assert "gives no usable Python name" in issue.message


def test_enum_member_names(tmp_path: Path) -> None:
    values = ["+1", "-1", "active", "ACTIVE", "a-b", "a b", "*", "", "-airport", "airport"]
    api = _api(tmp_path, {}, {"Mode": {"type": "string", "enum": values}, "Num": {"type": "integer",
                                                                                  "enum": [1, -1, 0]}})
    assert pn.table(api).issues() == []
    assert pn.members(api.enum("Mode")) == ["PLUS_1", "MINUS_1", "ACTIVE", "ACTIVE_2", "A_B", "A_B_2",
                                            "STAR", "EMPTY",  # both EMPTY: the symbols spelled
                                            "MINUS_AIRPORT", "AIRPORT"]
    assert pn.members(api.enum("Num")) == ["VALUE_1", "VALUE_MINUS_1", "VALUE_0"]
    warned = {w.pointer: w.message for w in pn.table(api).warnings()}
    assert warned["#/components/schemas/Mode/enum/3"] == ("enum value 'ACTIVE' is named 'ACTIVE_2' in Python: "
                                                          "'ACTIVE' is also the name of another one")


def test_parameter_names(tmp_path: Path) -> None:
    params = [{"name": n, "in": "query", "schema": {"type": "string"}}
              for n in ("content_type", "timeout", "max-results", "MaxResults", "retries", "q")]
    api = _api(tmp_path, {"/things": _get({"type": "string"}, params=params)})
    assert pn.table(api).issues() == []
    assert [pn.param_name(p) for p in api.operations[0].params] == [
        "content_type_", "timeout_", "max_results", "max_results_2", "retries_", "q"]


def test_tag_attributes(tmp_path: Path) -> None:
    paths = {"/a": _get({"type": "string"}, "getA", tags=["Configuration"]),
             "/b": _get({"type": "string"}, "getB", tags=["Widgets"])}
    api = _api(tmp_path, paths)
    assert pn.table(api).issues() == []
    assert sorted(pn.group_attr(g) for g in api.groups) == ["configuration_", "widgets"]


OBJ = {"type": "object", "properties": {"id": {"type": "string"}}}


def test_schema_class_names_in_the_nested_style(tmp_path: Path) -> None:
    schemas = {"List": OBJ, "Client": OBJ, "Return": OBJ, "foo_bar": OBJ, "FooBar": OBJ, "Widget": OBJ,
               "WidgetSchema": OBJ}
    api = _api(tmp_path, {}, schemas)
    table = pn.table(api)
    assert table.issues() == []
    assert {m.id: table.cls(m.id) for m in api.models} == {
        "List": "ListModel", "Client": "ClientModel",  # python-flat's typing import, client module
        "Return": "ReturnModel",  # the module `return` would be a keyword
        "FooBar": "FooBar", "foo_bar": "FooBar2",  # the same class: the second (in id order) is numbered
        "Widget": "Widget", "WidgetSchema": "WidgetSchema2",  # WidgetSchema is the runtime schema of Widget
    }
    assert {m.id: table.module(m.id) for m in api.models}["Return"] == "return_model"
    warned = {w.pointer: w.message for w in table.warnings()}
    assert warned["#/components/schemas/List"] == ("schema 'List' is named 'ListModel' in Python: 'List' is a name "
                                                   "the generated modules already use")


def test_schema_class_names_in_the_speakeasy_style(tmp_path: Path) -> None:
    api = _api(tmp_path, {}, {"List": OBJ, "Client": OBJ, "Widget": OBJ, "WidgetSchema": OBJ})
    table = pn.table(api, pn.SPEAKEASY)
    assert table.issues() == []
    assert {m.id: table.cls(m.id) for m in api.models} == {
        "List": "ListModel", "Client": "Client", "Widget": "Widget", "WidgetSchema": "WidgetSchema"}


def test_component_names_that_differ_only_in_case_stay_an_error(tmp_path: Path) -> None:
    api = _api(tmp_path, {}, {"boolean": OBJ, "Boolean": OBJ})
    (issue,) = pn.table(api).issues()
    assert issue.pointer == "#/components/schemas/boolean"
    assert "schema 'boolean' and schema 'Boolean'" in issue.message


def test_tags_that_differ_only_in_case_get_numbered_attributes_classes_and_docs_folders(tmp_path: Path) -> None:
    paths = {"/a": _get({"type": "string"}, "getA", tags=["ManagedClusters"]),
             "/b": _get({"type": "string"}, "getB", tags=["managedClusters"])}
    api = _api(tmp_path, paths)
    assert pn.table(api).issues() == []
    assert sorted((g.tag, pn.group_attr(g), pn.group_class(g), pn.group_dir(g)) for g in api.groups) == [
        ("ManagedClusters", "managed_clusters", "ManagedClusters", "managedclusters"),
        ("managedClusters", "managed_clusters_2", "ManagedClusters2", "managedclusters2")]


# -- tags whose attributes differ but whose classes or docs folders do not (loket.nl.json) -----
THREE_TARGETS = ("spec: openapi.yaml\ntargets:\n"
                 "  - {name: python, template: python, distribution: t-sdk, package: t_sdk, sdk_class: T, "
                 "version: 0.0.1}\n"
                 "  - {name: python-flat, template: python-flat, distribution: t-flat, package: t_flat, "
                 "sdk_class: TFlat, version: 0.0.1}\n"
                 "  - {name: typescript, template: typescript, distribution: '@t/sdk', package: '@t/sdk', "
                 "sdk_class: T, version: 0.0.1}\n")


def _tagged(tags: list[dict[str, Any]]) -> dict[str, Any]:
    """One operation per tag (getA, getB, ...), the tags listed in this order."""
    paths = {f"/{chr(97 + i)}": _get({"type": "string"}, f"get{chr(65 + i)}", tags=[t["name"]])
             for i, t in enumerate(tags)}
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://x.example"}],
            "tags": tags, "paths": paths}


def test_tags_whose_classes_or_docs_folders_collide_are_numbered(tmp_path: Path) -> None:
    tags = [{"name": "Email templates"}, {"name": "Emailtemplates"}, {"name": "Email Identities"},
            {"name": "EmailIdentities"}]
    doc = _tagged(tags)
    api = _api(tmp_path, doc["paths"], tags=tags)
    table = pn.table(api)
    assert table.issues() == []
    # (tag, attribute, class, docs folder): the later tag of each pair (in the tags list) is numbered
    assert [(g.tag, pn.group_attr(g), pn.group_class(g), pn.group_dir(g)) for g in api.groups] == [
        ("Email templates", "email_templates", "EmailTemplates", "emailtemplates"),
        ("Emailtemplates", "emailtemplates", "Emailtemplates2", "emailtemplates2"),  # only the class collided
        ("Email Identities", "email_identities", "EmailIdentities", "emailidentities"),
        ("EmailIdentities", "email_identities_2", "EmailIdentities2", "emailidentities2"),  # the attribute too
    ]
    warned = {w.pointer: w.message for w in table.warnings()}
    assert warned["#/tags/1"] == ("tag 'Emailtemplates' is named 'Emailtemplates2' in Python: its class or docs "
                                  "folder 'emailtemplates' is also the one of another tag")


def test_a_tag_renamed_with_x_py_name_keeps_its_class(tmp_path: Path) -> None:
    tags = [{"name": "Email templates"}, {"name": "Emailtemplates", "x-py-name": "emailtemplates"}]
    api = _api(tmp_path, _tagged(tags)["paths"], tags=tags)
    assert pn.table(api).issues() == []
    assert [(pn.group_class(g), pn.group_dir(g)) for g in api.groups] == [
        ("EmailTemplates2", "emailtemplates2"), ("Emailtemplates", "emailtemplates")]


def test_tags_told_apart_generate_in_every_target(tmp_path: Path) -> None:
    """The loket.nl.json case end to end: both Python targets and TypeScript write one docs
    folder and one module per tag (none written twice, none differing only in case)."""
    from codegen.pipeline import load_api
    from codegen.render import render
    from codegen.settings import load_settings
    from codegen.targets import typescript_names as tn

    tags = [{"name": "Email templates"}, {"name": "Emailtemplates"}, {"name": "Email Identities"},
            {"name": "EmailIdentities"}]
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(_tagged(tags), sort_keys=False), encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text(THREE_TARGETS, encoding="utf-8")
    settings = load_settings(tmp_path / "codegen.yaml", api="t")
    api = load_api(settings).api
    files = {t.name: {str(p) for p in render(api, t)} for t in settings.targets}
    for folder in ("emailtemplates", "emailtemplates2", "emailidentities", "emailidentities2"):
        assert f"docs/sdks/{folder}/README.md" in files["python"]
        assert f"docs/sdks/{folder}/README.md" in files["typescript"]
    assert {"docs/apis/tags/EmailTemplatesApi.md", "docs/apis/tags/Emailtemplates2Api.md",
            "docs/apis/tags/EmailIdentitiesApi.md", "docs/apis/tags/EmailIdentities2Api.md"} <= files["python-flat"]
    # TypeScript: client properties (and their modules) differ beyond case
    assert [(tn.group_prop(g), tn.group_class(g)) for g in api.groups] == [
        ("emailTemplates", "EmailTemplates"), ("emailtemplates2", "Emailtemplates2"),
        ("emailIdentities", "EmailIdentities"), ("emailIdentities2", "EmailIdentities2")]
    for name, written in files.items():
        lower = [p.lower() for p in written]
        assert len(lower) == len(set(lower)), f"{name}: paths that differ only in case"


def test_python_flat_lists_of_primitives_take_numbered_names(tmp_path: Path) -> None:
    """python-flat names an inline list of primitives <Model><Property> (a type alias, a module
    and a page); where that name is another schema's class or runtime schema (osisoft.com:
    Security.Rights beside a schema SecurityRights; getpostman.com: Version.schema beside
    Version's runtime schema VersionSchema) it is numbered, with a warning."""
    from codegen.pipeline import load_api
    from codegen.render import render
    from codegen.settings import load_settings
    from codegen.targets import python_flat, python_flat_pages as pages

    strings = {"type": "array", "items": {"type": "string"}}
    doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://x.example"}],
           "paths": {"/s": _get({"$ref": "#/components/schemas/Security"})},
           "components": {"schemas": {
               "Security": {"type": "object", "properties": {"Rights": strings}},
               "SecurityRights": {"type": "object", "properties": {"id": {"type": "string"}}},
               "Version": {"type": "object", "properties": {"schema": strings, "tags": strings}}}}}
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text(THREE_TARGETS.split("  - {name: typescript")[0], encoding="utf-8")
    settings = load_settings(tmp_path / "codegen.yaml", api="t")
    api = load_api(settings).api
    arrays = pages.primitive_arrays(api)
    assert {key: (a.name, a.module) for key, a in arrays.items()} == {
        ("Security", "Rights"): ("SecurityRights2", "security_rights_2"),
        ("Version", "schema"): ("VersionSchema2", "version_schema_2"),
        ("Version", "tags"): ("VersionTags", "version_tags"),
    }
    flat = settings.targets[1]
    warned = {w.pointer: w.message for w in python_flat.warnings(api, flat)}
    assert warned["#/components/schemas/Security/properties/Rights"] == (
        "the list of primitives of property 'Rights' is named 'SecurityRights2' in python-flat: 'SecurityRights' is "
        "also the class, runtime schema or module of another schema")
    files = {str(p) for p in render(api, flat)}
    assert {"src/t_flat/model/security_rights.py", "src/t_flat/model/security_rights_2.py",
            "src/t_flat/model/version_schema_2.py"} <= files


def test_derived_names_too_long_for_a_file_name_are_cut_with_a_hash(tmp_path: Path) -> None:
    """microsoft.com graph-beta.json: operationIds of over 300 characters. The method (module)
    and class names derived from them, and the inline schemas named after them, are cut to
    200 characters and end with a hash of the whole name (unique and stable); an x-py-name
    stays as chosen."""
    words = ".".join(["accessPackageResourceRoleScopes"] * 10)  # 319 characters
    long_a, long_b = f"{words}.getA", f"{words}.getB"
    body = {"type": "object", "properties": {"id": {"type": "string"}}}
    paths = {"/a": _get(body, long_a), "/b": _get(body, long_b)}
    api = _api(tmp_path, paths)
    ops = {op.operation_id: op for op in api.operations}
    a, b = pn.method(ops[long_a]), pn.method(ops[long_b])
    assert len(a) == len(b) == 200 and a != b
    assert a.startswith("access_package_resource_role_scopes_access_package") and a[-9] == "_"
    assert a == pn.method(ops[long_a])  # the same name each time (a hash, not a counter)
    ca = pn.op_class(ops[long_a])
    assert ca.startswith("AccessPackageResourceRoleScopesAccessPackage") and len(naming.snake(ca)) <= 200
    for style in (pn.NESTED, pn.SPEAKEASY):
        table = pn.table(api, style)
        assert table.issues() == []
        modules = [table.module(m.id) for m in api.models]
        assert len(modules) == 2 and len(set(modules)) == 2 and all(len(m) <= 200 for m in modules)


def test_a_long_x_py_name_is_not_cut(tmp_path: Path) -> None:
    long_name = "a" * 260
    op = _get({"type": "string"}, "getThing")
    op["get"]["x-py-name"] = long_name
    api = _api(tmp_path, {"/a": op})
    assert pn.method(api.operations[0]) == long_name
    (issue,) = [i for i in pn.table(api).issues() if "longer than 250" in i.message]
    assert issue.pointer == "#/paths/~1a/get"


def test_typescript_tells_apart_derived_properties_arguments_and_union_members(tmp_path: Path) -> None:
    """github.com ghes-3.8.json in the typescript target: reactions `+1` and `-1` (both `one`),
    and the untitled inline members of a component's oneOf (both named after the component)."""
    from codegen.pipeline import load_api
    from codegen.render import render
    from codegen.settings import load_settings
    from codegen.targets import typescript_names as tn

    wires = ["+1", "-1", "$", "userId", "user_id", "url"]
    params = [{"name": n, "in": "query", "schema": {"type": "string"}} for n in ("max-results", "MaxResults")]
    member = {"type": "object", "properties": {"action": {"type": "string"}}}
    doc = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://x.example"}],
           "paths": {"/r": _get({"$ref": "#/components/schemas/Reactions"}, "getReactions", params=params),
                     "/e": _get({"$ref": "#/components/schemas/Event"}, "getEvent")},
           "components": {"schemas": {
               "Reactions": {"type": "object", "properties": {w: {"type": "integer"} for w in wires}},
               "Event": {"oneOf": [member, {**member, "required": ["action"]}]}}}}
    (tmp_path / "openapi.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text("spec: openapi.yaml\ntargets:\n  - {name: typescript, template: typescript, "
                                           "distribution: '@t/sdk', package: '@t/sdk', sdk_class: T, version: 0.0.1}\n",
                                           encoding="utf-8")
    settings = load_settings(tmp_path / "codegen.yaml", api="t")
    api = load_api(settings).api
    render(api, settings.targets[0])  # no collision left: exit 0
    assert [(f.names.wire, tn.field_name(f)) for f in api.model("Reactions").fields] == [
        ("+1", "plus1"), ("-1", "minus1"), ("$", "dollar"), ("userId", "userId"), ("user_id", "userId2"),
        ("url", "url")]
    get_reactions = next(op for op in api.operations if op.operation_id == "getReactions")
    assert [tn.param_name(p) for p in get_reactions.params] == ["maxResults", "maxResults2"]
    members = sorted(tn.TsNames(api).by_id[m.id].name for m in api.models if m.pointer.startswith(
        "#/components/schemas/Event/oneOf/"))
    assert members == ["Event", "Event2"]
    warned = {w.pointer: w.message for w in tn.settle_members(api)}
    assert warned["#/components/schemas/Reactions/properties/user_id"] == (
        "property 'user_id' is named 'userId2' in TypeScript: 'userId' is also the name of another one")


def test_typescript_inline_types_yield_to_the_types_of_their_operation(tmp_path: Path) -> None:
    """ghes-3.8 projects/move-card: the 422 body's property `errors` (inline objects) would be
    named ProjectsMoveCardErrors, the name of the union of the operation's failures that the
    same module declares: it is numbered."""
    from codegen.targets import typescript_names as tn

    errors = {"type": "array", "items": {"type": "object", "properties": {"code": {"type": "string"}}}}
    op = _get({"type": "object", "properties": {"id": {"type": "integer"}}}, "projectsMoveCard")
    op["get"]["responses"]["422"] = {"description": "failed", "content": {"application/json": {"schema": {
        "type": "object", "properties": {"message": {"type": "string"}, "errors": errors}}}}}
    api = _api(tmp_path, {"/cards/move": op})
    table = tn.TsNames(api)
    assert table.issues() == []
    names = sorted(n.name for n in table.by_id.values())
    assert "ProjectsMoveCardErrors" not in names and "ProjectsMoveCardErrors2" in names
