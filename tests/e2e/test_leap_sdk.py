"""The generated Leap SDK (target python-flat), installed into a fresh venv, against the
spec-driven mock server.

Every one of the 11 operations is called with its keyword arguments and with each option
(content_type, accept_content_types, stream, timeout, skip_deserialization); the server
side checks method, path, query, wire names, headers and Authorization. One venv per
session; one driver subprocess per test.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.mockserver import MockServer, RecordedRequest, Reply
from tests.e2e.venvs import run_in_venv

TOKEN = "tok-SECRET-4242-do-not-leak"

# The driver runs inside the venv: `driver.py <scenario> <base_url> <token>`; it prints one
# JSON object with what the scenario observed on the client side.
DRIVER = textwrap.dedent(
    r'''
    import decimal, io, json, logging, os, sys, tempfile, time

    import httpx
    from leap import (Leap, ApiException, ApiResponseValidationError, ApiTypeError, ApiValueError,
                      Configuration, unset)
    from leap.api_client import ApiResponseWithoutDeserialization

    scenario, base, token = sys.argv[1:4]
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    for name in ("", "leap", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    logging.getLogger().addHandler(handler)
    leap = Leap(host=base, access_token=token)
    out = {"repr": [repr(leap), repr(leap.configuration), repr(leap.api_client), str(leap.configuration)]}


    def seen(r):
        return {"type": type(r).__name__, "status": r.status, "rtt": r.round_trip_time > 0,
                "raw": type(r.response).__name__, "headers": repr(r.headers)}


    def err(fn):
        try:
            fn()
        except Exception as e:
            out["repr"] += [str(e), repr(e)]
            d = {"type": type(e).__name__, "bases": [c.__name__ for c in type(e).__mro__]}
            for a in ("status", "reason", "body", "round_trip_time"):
                if hasattr(e, a):
                    d[a] = getattr(e, a) if a != "round_trip_time" else getattr(e, a) > 0
            if hasattr(e, "headers"):
                d["headers"] = dict(e.headers)
            d["message"] = str(e)
            return d
        return None


    if scenario == "images":
        r = leap.generate_images.create(
            prompt="A cat", model_id="model/1 x", negative_prompt="dogs", steps=30, width=512,
            height=decimal.Decimal("768"), number_of_images=2, prompt_strength=7.5, seed=42,
            webhook_url="https://example.com/hook", content_type="application/json",
            accept_content_types=("application/json",), stream=False, timeout=10, skip_deserialization=False)
        out["create"] = {**seen(r), "id": r.body["id"], "created_at": r.body["created_at"], "keys": sorted(r.body),
                         "image_keys": sorted(r.body["images"][0])}
        r = leap.generate_images.find_all(model_id="m1", only_finished=False, page=2, page_size=25.5,
                                          accept_content_types=("application/json", "text/plain"), timeout=(3, 10))
        out["find_all"] = {**seen(r), "len": len(r.body), "first_keys": sorted(r.body[0])}
        r = leap.generate_images.find_all(model_id="m1")  # optional query parameters left out
        r = leap.generate_images.find_one(model_id="m1", inference_id="inf-1", stream=True)
        before = r.response.is_closed
        out["find_one"] = {**seen(r), "closed_before": before, "id": r.body["id"], "closed_after": r.response.is_closed}
        r = leap.generate_images.remove(model_id="m1", inference_id="inf-1", skip_deserialization=True)
        out["remove_raw"] = {**seen(r), "body": repr(r.body), "is_raw": isinstance(r, ApiResponseWithoutDeserialization)}
        r = leap.generate_images.remove(model_id="m1", inference_id="inf-1", stream=False, timeout=5)
        out["remove"] = {**seen(r), "body": repr(r.body)}

    elif scenario == "train":
        path = os.path.join(tempfile.mkdtemp(), "sample.png")
        with open(path, "wb") as f:
            f.write(b"\x89PNG-fake")
        with open(path, "rb") as fh:
            r = leap.train_image_models.train_model(
                name="Alex", subject_keyword="@me", subject_type="person", webhook_url="https://e.example/x",
                image_sample_urls=["https://e.example/1.png", "https://e.example/2.png"],
                image_sample_files=[b"raw-bytes", fh], content_type="multipart/form-data",
                accept_content_types=("application/json",), stream=False, timeout=15)
        out["train_model"] = {**seen(r), "keys": sorted(r.body), "created_at": r.body["created_at"]}
        r = leap.train_image_models.train_model(image_sample_urls=["https://e.example/3.png"])
        r = leap.train_image_models.list_all_models(skip_deserialization=True, timeout=5)
        out["list_all_models_raw"] = {**seen(r), "body": repr(r.body), "wire_keys": sorted(r.response.json())}
        r = leap.train_image_models.list_all_models()
        out["list_all_models"] = {**seen(r), "model_keys": sorted(r.body["models"][0])}
        r = leap.train_image_models.get_model(model_id="5f9b", stream=True, timeout=(2, 5))
        chunks = b"".join(r.response.iter_bytes())
        r.close()
        out["get_model"] = {**seen(r), "streamed_keys": sorted(json.loads(chunks))}
        r = leap.train_image_models.delete_model(model_id="5f9b", accept_content_types=("application/json",),
                                                 timeout=5.5, skip_deserialization=False)
        out["delete_model"] = {**seen(r), "id": r.body["id"]}

    elif scenario == "music":
        r = leap.generate_music.create_audio(prompt="jazz", mode="music", duration=10,
                                             content_type="application/json; charset=utf-8",
                                             accept_content_types=("application/json",), timeout=5)
        out["create_audio"] = {**seen(r), "keys": sorted(r.body), "state": r.body["state"]}
        with leap.generate_music.find_all_audio(stream=True) as r:
            out["find_all_audio"] = {**seen(r), "first_keys": sorted(r.body[0])}
        r = leap.generate_music.find_all_audio(skip_deserialization=True, accept_content_types=())
        out["find_all_audio_raw"] = {**seen(r), "body": repr(r.body)}
        r = leap.generate_music.find_one_audio(inference_id="abc/1", timeout=(1, 5), stream=False)
        out["find_one_audio"] = {**seen(r), "id": r.body["id"], "media_uri": r.body.get("media_uri")}

    elif scenario == "errors":
        out["404"] = err(lambda: leap.train_image_models.get_model(model_id="missing"))
        out["500"] = err(lambda: leap.generate_images.find_one(model_id="m", inference_id="i"))
        out["500_stream"] = err(lambda: leap.generate_images.find_one(model_id="m", inference_id="i", stream=True))
        out["undocumented"] = err(lambda: leap.generate_music.create_audio(prompt="p", mode="melody", duration=3))
        r = leap.generate_music.create_audio(prompt="p", mode="melody", duration=3, skip_deserialization=True)
        out["undocumented_raw"] = seen(r)
        out["wrong_type"] = err(lambda: leap.generate_music.find_one_audio(inference_id="x"))
        out["not_json"] = err(lambda: leap.train_image_models.list_all_models())
        out["missing_required"] = err(lambda: leap.train_image_models.delete_model(model_id="x"))
        r = leap.generate_music.find_all_audio()
        out["newer"] = r.body
        bad = Leap(host=base, access_token="wrong-token")
        out["401"] = err(lambda: bad.generate_images.find_all(model_id="m"))
        # invalid input: raised before anything is sent
        out["bad_enum"] = err(lambda: leap.generate_music.create_audio(prompt="p", mode="rock", duration=3))
        out["bad_type"] = err(lambda: leap.generate_images.create(prompt=5, model_id="m"))
        out["bad_bool_number"] = err(lambda: leap.generate_images.find_all(model_id="m", page=True))
        out["bad_content_type"] = err(lambda: leap.generate_images.create(prompt="p", model_id="m",
                                                                          content_type="text/plain"))
        out["bad_timeout"] = err(lambda: leap.generate_images.find_one(model_id="m", inference_id="i",
                                                                       timeout="soon"))
        out["bad_file"] = err(lambda: leap.train_image_models.train_model(image_sample_files=["not-a-file"]))
        out["nan"] = err(lambda: leap.generate_images.create(prompt="p", model_id="m", seed=float("nan")))
        out["unset_ok"] = repr(unset)

    elif scenario == "timeout":
        t = time.monotonic()
        out["timeout"] = err(lambda: leap.generate_images.find_one(model_id="m", inference_id="i", timeout=0.5))
        out["elapsed"] = time.monotonic() - t
        r = leap.generate_images.find_one(model_id="m", inference_id="i", timeout=(1, 5))
        out["slow_ok"] = r.status

    out["log"] = log.getvalue()
    print(json.dumps(out, default=repr))
    '''
)


@pytest.fixture(scope="module")
def leap_python(sdk_venv: Callable[..., Path]) -> Path:
    return sdk_venv("leap", "python", extra=("mypy",))


def drive(python: Path, scenario: str, server: MockServer) -> dict[str, Any]:
    res = run_in_venv(python, DRIVER, [scenario, server.base_url, TOKEN], timeout=90).check()
    assert TOKEN not in res.stdout and TOKEN not in res.stderr, "the access token leaked into the output"
    data: dict[str, Any] = json.loads(res.stdout)
    assert not any(TOKEN in text for text in data["repr"])
    assert TOKEN not in data["log"]
    return data


def one(server: MockServer, operation_id: str) -> RecordedRequest:
    (req,) = server.requests_for(operation_id)
    return req


def assert_auth(req: RecordedRequest) -> None:
    assert req.headers["Authorization"] == f"Bearer {TOKEN}"


# -- every operation, every option -----------------------------------------------------------------
def test_generate_images(leap_python: Path, mock_api: Callable[..., MockServer]) -> None:
    server = mock_api("leap", token=TOKEN)
    out = drive(leap_python, "images", server)
    server.assert_no_violations()

    create = one(server, "InferencesController_create")
    assert (create.method, create.path) == ("POST", "/api/v1/images/models/model%2F1%20x/inferences")
    assert create.path_params == {"modelId": "model/1 x"}
    assert create.json == {"prompt": "A cat", "negativePrompt": "dogs", "steps": 30, "width": 512, "height": 768,
                           "numberOfImages": 2, "promptStrength": 7.5, "seed": 42,
                           "webhookUrl": "https://example.com/hook"}
    assert create.headers["Content-Type"] == "application/json"
    assert create.headers["Accept"] == "application/json"
    assert create.headers["User-Agent"] == "leap-sdk/1.0.0 python"
    assert_auth(create)
    assert out["create"]["type"] == "ApiResponseFor200" and out["create"]["raw"] == "Response"
    assert out["create"]["created_at"] == "2024-01-02T03:04:05Z"
    assert "created_at" in out["create"]["keys"] and "createdAt" not in out["create"]["keys"]
    assert out["create"]["image_keys"] == ["created_at", "id", "uri"]
    assert out["create"]["headers"] == "unset" and out["create"]["rtt"]

    first, bare = server.requests_for("InferencesController_findAll")
    assert (first.method, first.path) == ("GET", "/api/v1/images/models/m1/inferences")
    assert first.query == {"onlyFinished": ["false"], "page": ["2"], "pageSize": ["25.5"]}
    assert first.headers["Accept"] == "application/json, text/plain"
    assert bare.query == {} and bare.body == b""
    assert_auth(first)
    assert out["find_all"]["len"] == 1 and "number_of_images" in out["find_all"]["first_keys"]

    find_one = one(server, "InferencesController_findOne")
    assert (find_one.method, find_one.path) == ("GET", "/api/v1/images/models/m1/inferences/inf-1")
    assert out["find_one"]["closed_before"] is False and out["find_one"]["closed_after"] is True
    assert out["find_one"]["id"] == "string-id"

    raw, plain = server.requests_for("InferencesController_remove")
    assert (raw.method, raw.path, raw.body) == ("DELETE", "/api/v1/images/models/m1/inferences/inf-1", b"")
    assert_auth(raw)
    assert "Accept" not in plain.headers or plain.headers["Accept"] == "*/*"  # no documented content
    assert out["remove_raw"]["is_raw"] and out["remove_raw"]["body"] == "unset"
    assert out["remove_raw"]["type"] == "ApiResponseWithoutDeserialization"
    assert out["remove"]["type"] == "ApiResponseFor200" and out["remove"]["body"] == "unset"


def test_train_image_models(leap_python: Path, mock_api: Callable[..., MockServer]) -> None:
    server = mock_api("leap", token=TOKEN)
    out = drive(leap_python, "train", server)
    server.assert_no_violations()

    full, minimal = server.requests_for("TrainImageModels_trainModel")
    assert (full.method, full.path) == ("POST", "/api/v2/images/models/new")
    assert full.content_type.startswith("multipart/form-data; boundary=")
    assert full.form is not None and minimal.form is not None
    assert {k: v for k, v in full.form.items() if k != "imageSampleFiles"} == {
        "name": ["Alex"], "subjectKeyword": ["@me"], "subjectType": ["person"], "webhookUrl": ["https://e.example/x"],
        "imageSampleUrls": ["https://e.example/1.png", "https://e.example/2.png"]}
    files = full.form["imageSampleFiles"]
    assert [(f["filename"], f["content_type"], f["content"]) for f in files] == [
        ("imageSampleFiles", "application/octet-stream", b"raw-bytes"), ("sample.png", "image/png", b"\x89PNG-fake")]
    assert minimal.form == {"imageSampleUrls": ["https://e.example/3.png"]}
    assert_auth(full)
    assert out["train_model"]["keys"] == ["created_at", "id", "image_samples", "name", "status", "subject_keyword",
                                          "subject_type"]

    raw, plain = server.requests_for("TrainImageModels_listAllModels")
    assert (raw.method, raw.path) == ("GET", "/api/v2/images/models")
    assert out["list_all_models_raw"]["type"] == "ApiResponseWithoutDeserialization"
    assert out["list_all_models_raw"]["body"] == "unset" and out["list_all_models_raw"]["wire_keys"] == ["models"]
    assert "image_samples" in out["list_all_models"]["model_keys"]

    get = one(server, "TrainImageModels_getModel")
    assert (get.method, get.path) == ("GET", "/api/v2/images/models/5f9b")
    assert "imageSamples" in out["get_model"]["streamed_keys"]  # read from the stream: wire names
    delete = one(server, "TrainImageModels_deleteModel")
    assert (delete.method, delete.path, delete.headers["Accept"]) == ("DELETE", "/api/v2/images/models/5f9b",
                                                                      "application/json")
    for req in (raw, get, delete):
        assert_auth(req)
    assert out["delete_model"]["id"] == "string-id"


def test_generate_music(leap_python: Path, mock_api: Callable[..., MockServer]) -> None:
    server = mock_api("leap", token=TOKEN)
    out = drive(leap_python, "music", server)
    server.assert_no_violations()

    create = one(server, "MusicController_createAudio")
    assert (create.method, create.path) == ("POST", "/api/v1/music")
    assert create.json == {"prompt": "jazz", "mode": "music", "duration": 10}
    assert create.headers["Content-Type"] == "application/json; charset=utf-8"
    assert_auth(create)
    assert out["create_audio"]["keys"] == ["created_at", "id", "media_uri", "prompt", "state"]

    streamed, raw = server.requests_for("MusicController_findAllAudio")
    assert (streamed.method, streamed.path) == ("GET", "/api/v1/music")
    assert out["find_all_audio"]["first_keys"] == ["created_at", "id", "media_uri", "prompt", "state"]
    assert out["find_all_audio_raw"]["body"] == "unset"
    assert raw.headers.get("Accept") in (None, "*/*")  # accept_content_types=() sends no Accept of ours

    find_one = one(server, "MusicController_findOneAudio")
    assert (find_one.method, find_one.path) == ("GET", "/api/v1/music/abc%2F1")
    # the spec declares no security for this operation: the token is not sent
    assert "Authorization" not in find_one.headers
    assert out["find_one_audio"]["id"] == "string-id"


# -- errors, validation, secrets ---------------------------------------------------------------------
def test_errors_and_validation(leap_python: Path, mock_api: Callable[..., MockServer]) -> None:
    server = mock_api("leap", token=TOKEN)
    entity = server.response_body("MusicController_findOneAudio")
    server.script("TrainImageModels_getModel", [Reply(status=404)])
    server.script("InferencesController_findOne", [Reply(status=500, body={"error": "boom"})] * 2)
    server.script("MusicController_createAudio", [Reply(status=201, body=entity)] * 2)
    server.script("MusicController_findOneAudio", [Reply(body={**entity, "id": 5})])
    server.script("TrainImageModels_listAllModels", [Reply(body=b"<html>not json")])
    server.script("TrainImageModels_deleteModel", [Reply(body={"id": "x"})])
    server.script("MusicController_findAllAudio", [Reply(body=[{**entity, "state": "brand-new", "extra": [1]}])])
    out = drive(leap_python, "errors", server)

    assert out["404"]["type"] == "ApiException"
    assert (out["404"]["status"], out["404"]["reason"], out["404"]["body"]) == (404, "Not Found", None)
    assert out["404"]["round_trip_time"] and "content-length" in out["404"]["headers"]
    assert (out["500"]["status"], out["500"]["body"]) == (500, {"error": "boom"})
    assert out["500_stream"]["body"] == {"error": "boom"}
    assert out["undocumented"]["type"] == "ApiException" and out["undocumented"]["status"] == 201
    assert "documents no 201 response" in out["undocumented"]["reason"]
    assert (out["undocumented_raw"]["type"], out["undocumented_raw"]["status"]) == (
        "ApiResponseWithoutDeserialization", 201)
    assert out["wrong_type"]["type"] == "ApiResponseValidationError"
    assert "ApiException" in out["wrong_type"]["bases"]
    assert 'body["id"]: expected str, got int' in out["wrong_type"]["message"]
    assert out["not_json"]["type"] == "ApiResponseValidationError" and "not valid JSON" in out["not_json"]["message"]
    assert "required property 'name' is missing" in out["missing_required"]["message"]
    assert out["newer"][0]["state"] == "brand-new" and out["newer"][0]["extra"] == [1]  # kept, not rejected
    assert out["newer"][0]["created_at"] == entity["createdAt"]
    assert out["401"]["status"] == 401

    assert out["bad_enum"]["type"] == "ApiValueError" and "'rock' is not a valid" in out["bad_enum"]["message"]
    assert out["bad_type"]["type"] == "ApiTypeError" and out["bad_type"]["message"].startswith("prompt: expected str")
    assert out["bad_bool_number"]["type"] == "ApiTypeError"
    assert out["bad_content_type"]["type"] == "ApiValueError"
    assert out["bad_timeout"]["type"] == "ApiTypeError"
    assert out["bad_file"]["type"] == "ApiTypeError"
    assert out["nan"]["type"] == "ApiValueError"
    assert out["unset_ok"] == "unset"
    # nothing was sent for the invalid calls: only the scripted and the 401 requests arrived
    sent = [r.operation_id for r in server.requests]
    assert sorted(sent) == sorted(["TrainImageModels_getModel", "InferencesController_findOne",
                                   "InferencesController_findOne", "MusicController_createAudio",
                                   "MusicController_createAudio",
                                   "MusicController_findOneAudio", "TrainImageModels_listAllModels",
                                   "TrainImageModels_deleteModel", "MusicController_findAllAudio",
                                   "InferencesController_findAll"])
    assert [v.where for v in server.violations] == ["auth"]  # the wrong token, on purpose


def test_timeout_per_call(leap_python: Path, mock_api: Callable[..., MockServer]) -> None:
    server = mock_api("leap", token=TOKEN)
    server.script("InferencesController_findOne", [Reply(delay=3.0), Reply(delay=0.3)])
    out = drive(leap_python, "timeout", server)
    assert out["timeout"]["type"] == "ReadTimeout"
    assert out["elapsed"] < 2.5
    assert out["slow_ok"] == 200


# -- types ---------------------------------------------------------------------------------------------
USAGE = '''
from leap import Leap, ApiResponseWithoutDeserialization
from leap.apis.tags.generate_images_api import GenerateImagesApi
from leap.operations.generate_images.create import ApiResponseFor200

leap = Leap(access_token="t")
api: GenerateImagesApi = leap.generate_images
res: ApiResponseFor200 = api.create(prompt="p", model_id="m", steps=3, seed=1.5)
created: str = res.body["created_at"]
state: str = res.body["state"]
rtt: float = res.round_trip_time
raw: ApiResponseWithoutDeserialization = api.create(prompt="p", model_id="m", skip_deserialization=True)
jobs = leap.generate_images.find_all(model_id="m", page_size=10).body
first_prompt: str = jobs[0]["prompt"]
audio = leap.generate_music.create_audio(prompt="p", mode="melody", duration=5)
'''

BAD_USAGE = '''
from leap import Leap

leap = Leap(access_token="t")
leap.generate_images.create(prompt=1, model_id="m")
leap.generate_music.create_audio(prompt="p", mode="rock", duration=5)
leap.generate_images.find_one(model_id="m")
'''


def test_mypy_strict_on_the_installed_package(leap_python: Path, tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(USAGE)
    (tmp_path / "bad_usage.py").write_text(BAD_USAGE)
    res = run_in_venv(leap_python, None, ["--strict", "-p", "leap"], module="mypy", timeout=300, cwd=tmp_path)
    assert res.rc == 0, res.stdout + res.stderr
    res = run_in_venv(leap_python, None, ["--strict", "usage.py"], module="mypy", timeout=300, cwd=tmp_path)
    assert res.rc == 0, res.stdout + res.stderr
    res = run_in_venv(leap_python, None, ["--strict", "bad_usage.py"], module="mypy", timeout=300, cwd=tmp_path)
    assert res.rc == 1, res.stdout + res.stderr
    errors = [line.split(": error:")[0] for line in res.stdout.splitlines() if ": error:" in line]
    # prompt=1 (not a str), mode="rock" (not in the enum's Literal), inference_id missing
    assert errors == ["bad_usage.py:5", "bad_usage.py:6", "bad_usage.py:7"], res.stdout
    assert "mode: Literal['melody', 'music']" in res.stdout
