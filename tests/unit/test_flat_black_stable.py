"""python-flat emits little code, printed the way black would (issue 11).

Every Python file python-flat renders for Leap comes out of black unchanged, and the layout
helpers of the target match black on a hand-written table of cases (long and short calls,
annotations, imports, tuples, docstrings at several indentations). Each method hands its
arguments to the runtime's one request path: parameters, body fields and options reach
the wire as the spec (written out below) says.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
from pathlib import Path, PurePosixPath

import httpx
import pytest

from codegen.format import format_python
from codegen.pipeline import load_api
from codegen.render import render, verbatim_paths
from codegen.settings import load_settings
from codegen.targets import python_flat as flat

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_file_rendered_for_leap_is_what_black_prints() -> None:
    settings = load_settings(ROOT / "spec" / "leap" / "codegen.yaml")
    target = next(t for t in settings.targets if t.template == "python-flat")
    api = load_api(settings).api
    rendered = render(api, target)
    verbatim = verbatim_paths(api, target)
    generated = [p for p in rendered if p.suffix == ".py" and p not in verbatim]
    # the files of the Leap package: 3 tags, 11 operations, 20 models, the inits and the client
    assert len(generated) == 42, sorted(map(str, generated))
    assert PurePosixPath("src/leap/apis/tags/generate_images_api.py") in generated
    changed = [str(p) for p in generated if format_python(str(p), rendered[p]) != rendered[p]]
    assert changed == []


LONG = "a_rather_long_argument_name_number"

# (what, indent, the statement as the helper prints it); black must print each the same
CASES = [
    ("a short call", 0, flat.fit_text(0, "x = f(", ["a", "b"], ")"), "x = f(a, b)"),
    ("a call on one line of its own", 4, flat.fit_text(4, "schemas.Property(", [f'"{LONG}_1"', f'"{LONG}_2"'], "),"),
     f'schemas.Property(\n        "{LONG}_1", "{LONG}_2"\n    ),'),
    ("a call one argument per line", 0, flat.fit_text(0, "y = g(", [f"{LONG}_{i}" for i in range(3)], ")"),
     "y = g(\n" + "".join(f"    {LONG}_{i},\n" for i in range(3)) + ")"),
    ("a name wrapped in parentheses", 0,
     flat.expr_text(0, "SchemaFor200ResponseBodyApplicationJson = ", "a_module.SomeRatherLongModelNameSchemaForTheTestCase", ""),
     "SchemaFor200ResponseBodyApplicationJson = (\n    a_module.SomeRatherLongModelNameSchemaForTheTestCase\n)"),
    ("a long import", 0, "\n".join(flat.import_lines(".a_long_module_name_for_the_test", [f"{LONG}_A", f"{LONG}_B"])),
     f"from .a_long_module_name_for_the_test import (\n    {LONG}_A,\n    {LONG}_B,\n)"),
    ("a one-tuple that fits", 0, flat.tuple_text(0, "P = (", ["f(a),"], ")"), "P = (f(a),)"),
    ("an empty tuple", 4, flat.tuple_text(4, "responses=(", [], "),"), "responses=(),"),
]


def _method(annotation_lines: list[str]) -> str:
    return "def f(\n    self,\n" + "".join(f"{line}\n" for line in annotation_lines) + ") -> None: ..."


@pytest.mark.parametrize("what,indent,text,expected", CASES, ids=[c[0] for c in CASES])
def test_layout_helpers_print_what_black_prints(what: str, indent: int, text: str, expected: str) -> None:
    assert text == expected
    # at indentation 4 the text is an argument of a call (it ends with a comma)
    source = expected + "\n" if indent == 0 else "x = f(\n    " + expected + "\n)\n"
    assert format_python("case.py", source) == source


def test_a_long_annotation_is_split_inside_its_brackets_as_black_does() -> None:
    lines = flat.annotated(4, "image_sample_files", f"Union[List[schemas.FileInput], {LONG}_type, schemas.Unset]",
                           " = schemas.unset,")
    assert lines == ["image_sample_files: Union[", f"    List[schemas.FileInput], {LONG}_type, schemas.Unset",
                     "] = schemas.unset,"]
    source = _method(["    " + line for line in lines])
    assert format_python("case.py", source + "\n") == source + "\n"


@pytest.mark.parametrize("indent", [0, 4, 8])
def test_docstrings_as_black_prints_them(indent: int) -> None:
    text = 'First line.\n\nA paragraph that is long enough for its closing quotes to move: ' + "x" * 40
    block = flat.docstring_block(text, indent)
    pad = " " * indent
    assert block == f'"""First line.\n\n{pad}A paragraph that is long enough for its closing quotes to move: {"x" * 40}\n{pad}"""'
    short = flat.docstring_block("One line ending in a quote \\\"", indent)
    assert short == '"""One line ending in a quote \\" """'
    for doc in (block, short):
        if indent == 0:
            source = doc + "\n\nx = 1\n"
        else:
            source = "".join(f"{' ' * (d * 4)}def f{d}():\n" for d in range(indent // 4)) + f"{pad}{doc}\n{pad}x = 1\n"
        assert format_python("case.py", source) == source


# -- the one request path: each method hands locals() to api_client.Api._call ---------------------
ROUTING_SPEC = """\
openapi: 3.0.3
info: {title: Routing, version: "1"}
servers: [{url: "https://api.example.com"}]
paths:
  /things/{thingId}:
    post:
      operationId: putThing
      tags: [things]
      parameters:
        - {name: thingId, in: path, required: true, schema: {type: string}}
        - {name: locals, in: query, schema: {type: string}}
        - {name: X-Trace, in: header, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                size: {type: integer}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""


def test_methods_route_parameters_body_fields_and_options(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(ROUTING_SPEC, encoding="utf-8")
    (tmp_path / "codegen.yaml").write_text(
        "spec: spec.yaml\ntargets:\n  - {name: python, template: python-flat, distribution: routing-sdk, "
        "package: routing_flat, sdk_class: Routing, version: 0.1.0}\n", encoding="utf-8")
    settings = load_settings(tmp_path / "codegen.yaml")
    for rel, text in render(load_api(settings).api, settings.targets[0]).items():
        path = tmp_path / "out" / str(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "t1"})

    sys.path.insert(0, str(tmp_path / "out" / "src"))
    try:
        sdk = importlib.import_module("routing_flat")
        client = sdk.Routing(http_client=httpx.Client(transport=httpx.MockTransport(reply)),
                             async_http_client=httpx.AsyncClient(transport=httpx.MockTransport(reply)))
        # a parameter named `locals` would shadow the builtin the method calls: it is `locals_`
        params = list(inspect.signature(client.things.put_thing).parameters)
        # required first, body fields before parameters (README)
        assert params == ["name", "thing_id", "size", "locals_", "x_trace", "content_type", "accept_content_types",
                          "stream", "timeout", "skip_deserialization"]
        res = client.things.put_thing("n", "a b", locals_="l", x_trace="t1", timeout=5)
        assert res.body == {"id": "t1"}
        raw = client.things.put_thing(thing_id="c", name="m", size=3, skip_deserialization=True,
                                      accept_content_types=("application/json", "text/plain"))
        assert isinstance(raw, sdk.ApiResponseWithoutDeserialization)
        later = asyncio.run(client.things.aput_thing("o", "d", size=1, stream=True, content_type="application/json"))
        assert later.body == {"id": "t1"}
    finally:
        sys.path.remove(str(tmp_path / "out" / "src"))
        for name in [m for m in sys.modules if m == "routing_flat" or m.startswith("routing_flat.")]:
            del sys.modules[name]
    first, second, third = seen
    assert (first.method, str(first.url)) == ("POST", "https://api.example.com/things/a%20b?locals=l")
    assert first.headers["X-Trace"] == "t1" and first.headers["Content-Type"] == "application/json"
    assert json.loads(first.content) == {"name": "n"}  # size left out: not sent
    assert first.headers["Accept"] == "application/json"
    assert first.extensions["timeout"]["read"] == 5.0
    assert str(second.url) == "https://api.example.com/things/c"
    assert json.loads(second.content) == {"name": "m", "size": 3}
    assert second.headers["Accept"] == "application/json, text/plain"
    assert (str(third.url), json.loads(third.content)) == ("https://api.example.com/things/d", {"name": "o", "size": 1})
