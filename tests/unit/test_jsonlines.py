"""Lines of JSON pointers in a JSON spec (codegen/jsonlines.py): where each node's value
starts, the nearest existing ancestor for a pointer that does not resolve. Expected lines are
counted by hand in the texts below."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen.jsonlines import JsonLines
from codegen.load import load

TEXT = """\
{
  "openapi": "3.0.3",
  "info": {"title": "T",
           "version": "1"},
  "paths": {
    "/a/{id}": {
      "get": {
        "parameters": [
          {"name": "id", "in": "path"},

          {
            "name": "q~x", "in": "query"
          }
        ],
        "responses": {"200": {"description": "ok \\" } ] {"}}
      }
    }
  },
  "components": {"schemas": {"caf\\u00e9": {"type": "object"}, "a/b~c": {"enum": [1, [2,
   3], {"x": null}]}}}
}
"""

EXPECTED = {
    "#": 1,
    "#/openapi": 2,
    "#/info": 3,
    "#/info/title": 3,
    "#/info/version": 4,
    "#/paths": 5,
    "#/paths/~1a~1{id}": 6,
    "#/paths/~1a~1{id}/get": 7,
    "#/paths/~1a~1{id}/get/parameters": 8,
    "#/paths/~1a~1{id}/get/parameters/0": 9,
    "#/paths/~1a~1{id}/get/parameters/0/in": 9,
    "#/paths/~1a~1{id}/get/parameters/1": 11,
    "#/paths/~1a~1{id}/get/parameters/1/name": 12,
    "#/paths/~1a~1{id}/get/responses/200/description": 15,
    "#/components": 19,
    "#/components/schemas/café/type": 19,
    "#/components/schemas/a~1b~0c/enum/1": 19,
    "#/components/schemas/a~1b~0c/enum/1/1": 20,
    "#/components/schemas/a~1b~0c/enum/2/x": 20,
    # pointers that do not resolve: the deepest node on the way that does
    "#/paths/~1a~1{id}/get/parameters/2": 8,
    "#/paths/~1a~1{id}/get/operationId": 7,
    "#/paths/~1a~1{id}/get/parameters/1/schema/type": 11,
    "#/nothing/here": 1,
    "#/info/title/deeper": 3,
}


@pytest.mark.parametrize("pointer", sorted(EXPECTED))
def test_line_of_each_pointer(pointer: str) -> None:
    assert JsonLines(TEXT).line(pointer) == EXPECTED[pointer]


def test_lookups_in_any_order_agree() -> None:
    lines = JsonLines(TEXT)
    for pointer in sorted(EXPECTED, reverse=True):
        assert lines.line(pointer) == EXPECTED[pointer], pointer


def test_a_minified_document_is_all_line_one() -> None:
    text = '{"paths":{"/x":{"get":{"responses":{"200":{"description":"d"}}}}},"info":{"title":"t"}}'
    lines = JsonLines(text)
    assert [lines.line(p) for p in ("#", "#/info/title", "#/paths/~1x/get/responses/200", "#/missing")] == [1] * 4


def test_a_json_spec_reports_lines_through_its_document(tmp_path: Path) -> None:
    """load() gives a JSON file this index; the issue's line is the hand-counted one."""
    spec = tmp_path / "spec.json"
    spec.write_text(TEXT, encoding="utf-8")
    doc = load(spec)
    assert doc.root.json_lines is not None
    issue = doc.issue(doc.root, "#/paths/~1a~1{id}/get/parameters/1/name", "m")
    assert issue.line == 12
    yaml_spec = tmp_path / "spec.yaml"  # YAML keeps the index of its loader
    yaml_spec.write_text("openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths: {}\n", encoding="utf-8")
    ydoc = load(yaml_spec)
    assert ydoc.root.json_lines is None
    assert ydoc.issue(ydoc.root, "#/info/version", "m").line == 4
    assert ydoc.issue(ydoc.root, "#/info/missing", "m").line == 3
