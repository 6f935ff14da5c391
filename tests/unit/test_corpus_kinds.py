"""The corpus report counts messages by kind: names, pointers, numbers and the place of the
other source left out, so that one rule met in several specs is counted as one reason."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import corpus_run  # noqa: E402

KINDS = [  # (message, its kind): written by hand
    ("schema 'boolean' and schema 'Boolean' at ../../api/amazonaws.com/quicksight.json:1 "
     "#/components/schemas/Boolean both map to the Python class name 'Boolean'",
     "schema * and schema * at * * both map to the Python class name *"),
    ("schema 'string' and schema 'String' at api/amazonaws.com/sns.json:12 #/components/schemas/String "
     "both map to the Python class name 'String'",
     "schema * and schema * at * * both map to the Python class name *"),
    ("a request body needs 'content'", "a request body needs *"),
    ("this value has non-unique elements", "this value has non-unique elements"),
    ("2166 YAML alias uses; at most 1000", "* YAML alias uses; at most *"),
    ("the server answered at 12:30", "the server answered at *"),
]


@pytest.mark.parametrize(("message", "kind"), KINDS)
def test_kind_of_leaves_out_names_places_and_numbers(message: str, kind: str) -> None:
    assert corpus_run.kind_of(message) == kind


def test_the_prism_table_counts_what_prism_cannot_serve_apart_from_failures() -> None:
    results = [  # one call of each kind, as corpus_prism's driver reports them
        {"op": "a", "ok": True, "status": 200, "limit": ""},
        {"op": "b", "ok": True, "status": 404, "limit": ""},
        {"op": "c", "ok": False, "status": 404, "limit": "the spec's path has a fragment (#)"},
        {"op": "d", "ok": False, "status": 500, "limit": "Prism could not build a response from the schema"},
        {"op": "e", "ok": False, "error": "TypeError: boom"},
    ]
    extra = {"prism": {"x.json": {"operations": 5, "results": results, "failures": ["e:  TypeError: boom"],
                                  "prism_limits": ["c: the spec's path has a fragment (#)"]}}}
    table = corpus_run.summary([], extra)
    row = next(line for line in table.splitlines() if line.startswith("| x.json"))
    assert row.split(" | ")[1:6] == ["5", "1", "1", "2", "1"]
    assert "TypeError: boom" in row
