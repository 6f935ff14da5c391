"""The loader's limits apply to what they guard: YAML alias uses are counted in YAML text,
never in JSON, where `*name` can only be text inside a string (zuora.com.json's descriptions
hold 2,166 Markdown emphases such as ` *Note*`, and it was refused as an alias bomb)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.errors import CodegenError
from codegen.load import MAX_ALIASES, load_file


def _spec(description: str) -> dict[str, object]:
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1", "description": description}, "paths": {}}


def test_a_json_spec_with_many_asterisk_words_in_its_text_loads(tmp_path: Path) -> None:
    text = " ".join(["see *Note*,"] * (MAX_ALIASES + 500))
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(_spec(text), indent=2), encoding="utf-8")
    loaded = load_file(path)
    assert loaded.data["info"]["description"] == text


def test_yaml_alias_uses_past_the_limit_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text("openapi: 3.0.3\nx-a: &a 1\nx-list: [" + ", ".join(["*a"] * (MAX_ALIASES + 500)) + "]\n",
                    encoding="utf-8")
    with pytest.raises(CodegenError) as caught:
        load_file(path)
    assert [i.message for i in caught.value.issues] == [
        f"{MAX_ALIASES + 500} YAML alias uses (*name); at most {MAX_ALIASES} are allowed"]


def test_json_like_text_that_is_not_json_is_prescanned_as_yaml(tmp_path: Path) -> None:
    """Text starting with `{` that json refuses is YAML (flow style): aliases count there."""
    path = tmp_path / "openapi.yaml"
    path.write_text("{openapi: 3.0.3, x-a: &a 1, x-list: [" + ", ".join(["*a"] * (MAX_ALIASES + 1)) + "]}\n",
                    encoding="utf-8")
    with pytest.raises(CodegenError) as caught:
        load_file(path)
    assert "YAML alias uses" in caught.value.issues[0].message
