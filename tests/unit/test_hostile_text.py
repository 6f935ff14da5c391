"""Text from a spec (descriptions, summaries, titles, enum values, defaults) holding quotes,
backticks, pipes, {{ }}, */ and newlines never breaks or injects into generated code or docs,
and comes out faithfully: docstrings and values equal the spec's text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "golden" / "cases" / "hostile_text"


def test_python_target_keeps_hostile_text_faithful(tmp_path: Path) -> None:
    spec = yaml.safe_load((CASE / "spec.yaml").read_text(encoding="utf-8"))
    op = spec["paths"]["/odd/{id}"]["post"]
    body = op["requestBody"]["content"]["application/json"]["schema"]
    proc = subprocess.run([sys.executable, "-m", "codegen", "generate", "--spec", str(CASE / "spec.yaml"),
                           "--settings", str(CASE / "codegen.yaml"), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    src = tmp_path / "python" / "src"
    probe = (
        "import inspect, json\n"
        "from golden_hostile_text.resources.odd import Odd\n"
        "from golden_hostile_text.models import operations\n"
        "import golden_hostile_text.sdk as sdk\n"
        "print(json.dumps({'method': inspect.getdoc(Odd.do_odd), 'tag': inspect.getdoc(Odd),\n"
        "  'sdk': inspect.getdoc(sdk.GoldenSDK), 'body': inspect.getdoc(operations.DoOddRequestBody),\n"
        "  'enum': [m.value for m in operations.Mode],\n"  # the inline enum of property 'mode'
        "  'default': operations.DoOddRequestBody().text}))\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], cwd=src, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    assert seen["method"] == f"{op['summary']}\n\n{op['description'].strip()}"
    assert seen["tag"] == spec["tags"][0]["description"]
    assert seen["sdk"] == f"{spec['info']['title']}\n\n{spec['info']['description']}"
    assert seen["body"] == body["description"]
    assert seen["enum"] == body["properties"]["mode"]["enum"]
    assert seen["default"] == body["properties"]["text"]["default"]

    page = (tmp_path / "python" / "docs" / "sdks" / "odd" / "README.md").read_text(encoding="utf-8")
    # in a table cell a pipe is escaped and a newline is <br/>; the rest is the spec's text
    assert '| An id \\| with "quotes" and a<br/>newline */' in page
    assert "* [do_odd](#do_odd) - Do it \\| now `fast` {{ now }} */" in page
    assert op["description"].strip() in page
    # every table row still has its four columns
    for line in page.splitlines():
        if line.startswith("| `"):
            assert line.replace("\\|", "").count("|") == 5, line
