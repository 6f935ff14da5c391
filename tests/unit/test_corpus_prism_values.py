"""The Prism sample's argument values (scripts/corpus_prism.py) satisfy the spec's string
constraints, which the IR does not keep: Prism answers 422 to a request whose path, header
or body value misses a `pattern` (amazonaws entityresolution ARNs, whapi.com API keys)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import corpus_prism  # noqa: E402

# patterns of the corpus specs of the seeded Prism sample, as they are written there
PATTERNS = [
    r"^[a-zA-Z0-9]{19,50}$",  # whapi.com bets: apiKey header
    r"^[a-zA-Z][a-zA-Z0-9-]{39,100}$",  # whapi.com bets: apiTicket header
    r"d[a-z0-9]+",  # amplifyuibuilder appId
    r"^arn:aws:.*:.*:[0-9]+:.*$",  # entityresolution inputSourceARN
    r"^s3://([^/]+)/?(.*?([^/]+)/?)$",  # entityresolution outputS3Path
    r"^[a-f0-9]{32}$",  # entityresolution jobId
    r"^arn:(aws|aws-us-gov|aws-cn):(entityresolution):.*:[0-9]+:((schemamapping|matchingworkflow)/[a-zA-Z0-9_-]+)$",
    r"[^/]+",
    r"^\d{3}-\w+$",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_value_is_made_that_the_pattern_matches(pattern: str) -> None:
    value = corpus_prism.from_pattern(pattern)
    assert value is not None and re.search(pattern, value), value


def test_constraints_follow_refs_all_of_and_a_parameters_schema() -> None:
    doc = {"components": {"schemas": {"Arn": {"type": "string", "pattern": "^arn:", "maxLength": 20}}},
           "paths": {"/x/{arn}": {"get": {"parameters": [
               {"name": "arn", "in": "path", "schema": {"allOf": [{"$ref": "#/components/schemas/Arn"}],
                                                        "minLength": 12}}]}}}}
    param = corpus_prism.resolve(doc, "#/paths/~1x~1{arn}/get/parameters/0")
    assert corpus_prism.constraints(doc, param) == {"pattern": "^arn:", "maxLength": 20, "minLength": 12}


def test_a_union_parameter_gets_a_value_of_exactly_one_member(tmp_path: Path) -> None:
    # github ghes-3.3 `workflow_id`: oneOf integer / string, a required path parameter (the
    # sample's driver passed None for it, which the SDK rightly refused; then 1, which as a
    # path value matches both members, and Prism answered 422: oneOf takes exactly one)
    from codegen.pipeline import load_api
    from codegen.settings import load_settings

    (tmp_path / "spec.yaml").write_text("""openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /workflows/{workflow_id}:
    get:
      operationId: getWorkflow
      parameters:
        - name: workflow_id
          in: path
          required: true
          schema:
            oneOf: [{type: integer}, {type: string}]
      responses:
        "200": {description: ok}
""", encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text("""spec: spec.yaml
targets:
  - {name: python, template: python, distribution: t-sdk, package: t_sdk, sdk_class: T, version: 0.0.1}
""", encoding="utf-8")
    api = load_api(load_settings(tmp_path / "codegen.yaml", api="t")).api
    [call] = corpus_prism.plan(api)
    assert call["kwargs"] == {"workflow_id": "string"}
