"""The Speakeasy v2 naming of inline schemas (target `python`), one rule per case.

The expected names are written by hand from the rules (issue 9): an inline schema is named
from its title, in PascalCase with ID/API acronyms, else from its property; only names that
collide get a prefix: the least deeply nested schema keeps the bare name (array items do not
count), ties go to the alphabetically first operationId, the others get their operation's
name and then further context words in front.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.build import build_ir
from codegen.load import load
from codegen.settings import Settings
from codegen.targets import python_names as pn


def _names(tmp_path: Path, paths: dict[str, Any], schemas: dict[str, Any] | None = None,
           by_operation: bool = False) -> dict[str, str]:
    """Class names of the inline schemas, by their place in the response or request body
    (`/properties/x`), preceded by the operationId when `by_operation`."""
    doc: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    if schemas:
        doc["components"] = {"schemas": schemas}
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    api, issues = build_ir(load(path), Settings("t", tmp_path / "codegen.yaml", path, None, "operation-id", ()),
                           "spec.yaml")
    assert [i for i in issues if i.severity == "error"] == []
    table = pn.table(api, pn.SPEAKEASY)
    assert table.issues() == []
    return {f"{n.operation} " * by_operation + (n.pointer.split("/schema", 1)[-1] or "/"): table.cls(n.id)
            for n in (*api.models, *api.enums) if n.operation is not None}


def _get(op_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"get": {"operationId": op_id, "responses": {"200": {
        "description": "ok", "content": {"application/json": {"schema": schema}}}}}}


def _obj(title: str | None = None, **props: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "object", "properties": props or {"id": {"type": "string"}}}
    if title:
        out["title"] = title
    return out


@pytest.mark.parametrize("title, prop, expected", [
    ("generations", "generations_by_pk", "Generations"),  # the title wins over the property
    (None, "user_details", "UserDetails"),  # no title: the property
    ("CalculateProductionApiServiceCost", "x", "CalculateProductionAPIServiceCost"),  # API
    ("user_id_info", "x", "UserIDInfo"),  # ID
    ("SDGenerationOutput", "x", "SDGenerationOutput"),  # capitals as written
    ("TEXTURE_GENERATION", "x", "TEXTUREGENERATION"),
])
def test_name_from_title_or_property(tmp_path: Path, title: str | None, prop: str, expected: str) -> None:
    names = _names(tmp_path, {"/a": _get("getA", _obj(None, **{prop: _obj(title)}))})
    assert names[f"/properties/{prop}"] == expected
    assert names["/"] == "GetAResponseBody"  # bodies keep the operation's name


def test_least_nested_keeps_the_bare_name_array_items_do_not_count(tmp_path: Path) -> None:
    deep = _obj(None, outer=_obj("Outer", inner=_obj("items")))
    shallow = _obj(None, list={"type": "array", "items": _obj("items")})
    names = _names(tmp_path, {"/a": _get("aFirst", deep), "/b": _get("zLast", shallow)})
    # zLast's schema is an array's items at depth 1; aFirst's is at depth 2
    assert names["/properties/list/items"] == "Items"
    assert names["/properties/outer/properties/inner"] == "AFirstItems"


def test_ties_go_to_the_alphabetically_first_operation_id(tmp_path: Path) -> None:
    names = _names(tmp_path, {"/b": _get("getGenerationById", _obj(None, g=_obj("generations"))),
                              "/a": _get("deleteGenerationById", _obj(None, g=_obj("generations")))},
                   by_operation=True)
    assert names["deleteGenerationById /properties/g"] == "Generations"
    assert names["getGenerationById /properties/g"] == "GetGenerationByIDGenerations"


def test_collisions_in_one_operation_take_context_words_until_unique(tmp_path: Path) -> None:
    params = _obj("Object", **{k: _obj("Object", **{f"f{i}": {"type": "string"}})
                               for i, k in enumerate(["B_ONE", "A_TWO", "C_THREE", "D_FOUR"])})
    body = {"type": "object", "properties": {"serviceParams": params}}
    paths = {"/p": {"post": {"operationId": "pricingCalculator",
                             "requestBody": {"content": {"application/json": {"schema": body}}},
                             "responses": {"200": {"description": "ok"}}}}}
    names = _names(tmp_path, paths)
    p = "/properties/serviceParams"
    assert names[p] == "Object"  # least nested
    # the others, alphabetically by place: the operation's name, then the operation, the
    # request, its body and the properties on the way, until each is unique
    assert names[p + "/properties/A_TWO"] == "PricingCalculatorObject"
    assert names[p + "/properties/B_ONE"] == "PricingCalculatorPricingCalculatorObject"
    assert names[p + "/properties/C_THREE"] == "PricingCalculatorPricingCalculatorRequestObject"
    assert names[p + "/properties/D_FOUR"] == "PricingCalculatorPricingCalculatorRequestRequestBodyObject"


def test_component_names_stand_and_inline_ones_give_way(tmp_path: Path) -> None:
    schemas = {"Lora": _obj()}
    paths = {"/a": _get("listThings", _obj(None, lora=_obj("Lora"), ref={"$ref": "#/components/schemas/Lora"}))}
    names = _names(tmp_path, paths, schemas)
    # components live in `shared`, inline schemas in `operations`: separate packages
    assert names["/properties/lora"] == "Lora"


def test_the_sdks_own_classes_are_never_taken(tmp_path: Path) -> None:
    names = _names(tmp_path, {"/a": _get("getA", _obj(None, x=_obj("GetAResponse")))})
    assert names["/properties/x"] == "GetAGetAResponse"
