"""Issue 6 parts 2-5 in both Python targets, on the wire: servers with variables, a
discriminator on a base schema (polymorphism through allOf) and the string formats.

The spec tests/e2e/fixtures/issue6/spec.yaml is generated (both targets, in-process, without
black) into a temporary folder, imported, and called against one recording HTTP server on
127.0.0.1, reached through the spec's second server `http://{host}:{port}/api` with its
variables filled by the caller. Expected values are written out by hand from that spec
(its servers, its mapping, its formats: RFC 3339 dates, RFC 4648 base64), never taken from
the code under test. Both packages also pass `mypy --strict` (one run for both).
"""

from __future__ import annotations

import base64
import datetime
import importlib
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.loopback import Replies, Seen, importable

CASE = Path(__file__).resolve().parent / "fixtures" / "issue6"
PACKAGES = {"python": "issue6_features", "python-flat": "issue6_features_flat"}
TARGETS = sorted(PACKAGES)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    with importable(CASE, "issue6", tmp_path_factory.mktemp("issue6"), PACKAGES) as src:
        yield src


# -- the recording server (paths under /api, as the spec's second server says) ---------------
@dataclass
class Server(Replies):
    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def reply(self, method: str, path: str, body: Any, status: int = 200, ctype: str = "application/json") -> None:
        self.answer(method, "/api" + path, status, ctype, body)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    state = Server()
    with state.serve():
        yield state


def client(target: str, server: Server) -> Any:
    """A client of the spec's second server with its {host} and {port} set to the loopback server."""
    variables = {"host": "127.0.0.1", "port": str(server.port)}
    if target == "python":
        return importlib.import_module(PACKAGES[target]).FeaturesSDK(server_idx=1, url_params=variables,
                                                                     timeout_ms=10_000)
    flat = importlib.import_module(PACKAGES[target] + ".client")
    return flat.FeaturesFlat(server_index=1, server_variables=variables)


def body_of(target: str, res: Any) -> Any:
    return res.object if target == "python" else res.body


# -- servers with variables ------------------------------------------------------------------
@pytest.mark.parametrize("target", TARGETS)
def test_server_variables_defaults_choices_and_enum(generated: dict[str, Path], target: str) -> None:
    if target == "python":
        sdk = importlib.import_module(PACKAGES[target])

        def url(**kw: Any) -> str:
            return sdk.FeaturesSDK(**kw).sdk_configuration.server_url

        pick = {"index": "server_idx", "variables": "url_params"}
    else:
        flat = importlib.import_module(PACKAGES[target] + ".client")

        def url(**kw: Any) -> str:
            return flat.FeaturesFlat(**kw).configuration.host

        pick = {"index": "server_index", "variables": "server_variables"}
    assert url() == "https://eu.pets.example.com/v2"  # servers[0] with its defaults
    assert url(**{pick["variables"]: {"region": "ap"}}) == "https://ap.pets.example.com/v2"
    assert url(**{pick["variables"]: {"region": "us", "version": "v3"}}) == "https://us.pets.example.com/v3"
    assert url(**{pick["index"]: 1}) == "http://localhost:8080/api"
    assert url(**{pick["index"]: 1, pick["variables"]: {"port": "9"}}) == "http://localhost:9/api"
    with pytest.raises(ValueError, match="mars"):  # region's enum is eu, us, ap
        url(**{pick["variables"]: {"region": "mars"}})
    if target == "python-flat":  # OpenAPI Generator's Configuration API, on the host settings
        configuration = importlib.import_module(PACKAGES[target] + ".configuration")
        config = configuration.Configuration(servers=flat.SERVERS, server_index=1, server_variables={"port": "1"})
        assert config.host == "http://localhost:1/api"
        assert config.get_host_from_settings(0, {"region": "us"}) == "https://us.pets.example.com/v2"
        assert [s["url"] for s in config.get_host_settings()] == ["https://{region}.pets.example.com/{version}",
                                                                  "http://{host}:{port}/api"]
        with pytest.raises(ValueError, match="no variable 'planet'"):
            config.get_host_from_settings(1, {"planet": "mars"})


@pytest.mark.parametrize("target", TARGETS)
def test_server_variables_reach_the_server(generated: dict[str, Path], server: Server, target: str) -> None:
    server.reply("GET", "/pets/7", {"name": "Tom", "petType": "cat", "huntingSkill": "lazy"})
    client(target, server).pets.get_pet(id="7")
    assert (server.last().method, server.last().path) == ("GET", "/api/pets/7")


# -- a discriminator on a base schema --------------------------------------------------------
SHELTER = {
    "pets": [
        {"name": "Rex", "petType": "dog", "packSize": 3},
        {"name": "Liz", "petType": "Lizard", "lovesRocks": True},  # no mapping entry: its component name
        {"name": "Tweety", "petType": "bird", "wings": 2},  # a kind newer than the spec
        {"name": "Any", "petType": "Pet"},  # the base's own name
    ],
    "favourite": {"name": "Tom", "petType": "cat", "huntingSkill": "lazy", "bornOn": "2020-02-29"},
}


def test_python_base_discriminator_parses_each_subtype(generated: dict[str, Path], server: Server) -> None:
    shared = importlib.import_module(PACKAGES["python"] + ".models.shared")
    c = client("python", server)
    server.reply("GET", "/pets/7", {"name": "Tom", "petType": "cat", "huntingSkill": "lazy", "bornOn": "2020-02-29"})
    cat = c.pets.get_pet(id="7").object
    assert type(cat) is shared.Cat
    assert (cat.name, cat.pet_type, cat.hunting_skill, cat.born_on) == ("Tom", "cat", "lazy", datetime.date(2020, 2, 29))

    server.reply("GET", "/pets", SHELTER)
    shelter = c.pets.list_pets().object
    dog, lizard, bird, base = shelter.pets
    assert type(dog) is shared.Dog and dog.pack_size == 3
    assert type(lizard) is shared.Lizard and lizard.loves_rocks is True
    assert type(bird) is shared.Pet and (bird.name, bird.pet_type) == ("Tweety", "bird")
    assert bird.model_extra == {"wings": 2}  # nothing lost
    assert type(base) is shared.Pet
    assert type(shelter.favourite) is shared.Cat and shelter.favourite.hunting_skill == "lazy"


def test_flat_base_discriminator_parses_each_subtype(generated: dict[str, Path], server: Server) -> None:
    c = client("python-flat", server)
    server.reply("GET", "/pets", SHELTER)
    body = c.pets.list_pets().body
    # each value converted by its subtype's schema: that schema's properties under their Python names
    assert body == {
        "pets": [
            {"name": "Rex", "pet_type": "dog", "pack_size": 3},
            {"name": "Liz", "pet_type": "Lizard", "loves_rocks": True},
            {"name": "Tweety", "pet_type": "bird", "wings": 2},
            {"name": "Any", "pet_type": "Pet"},
        ],
        "favourite": {"name": "Tom", "pet_type": "cat", "hunting_skill": "lazy", "born_on": "2020-02-29"},
    }


@pytest.mark.parametrize("target", TARGETS)
def test_base_discriminator_request_sends_the_subtype(generated: dict[str, Path], server: Server,
                                                      target: str) -> None:
    c = client(target, server)
    wire = {"name": "Tom", "petType": "cat", "huntingSkill": "lazy"}
    server.reply("POST", "/pets", wire, status=201)
    given = {"name": "Tom", "pet_type": "cat", "hunting_skill": "lazy"}
    res = c.pets.create_pet(request=given) if target == "python" else c.pets.create_pet(body=given)
    assert json.loads(server.last().body) == wire
    if target == "python":
        shared = importlib.import_module(PACKAGES[target] + ".models.shared")
        assert type(res.object) is shared.Cat
        c.pets.create_pet(request=shared.Cat(name="Tom", pet_type="cat", hunting_skill="lazy"))
        assert json.loads(server.last().body) == wire
    else:
        assert res.body == given
        flat = importlib.import_module(PACKAGES[target])
        with pytest.raises(flat.ApiValueError, match="hunting_skill"):  # a cat must say its hunting skill
            c.pets.create_pet(body={"name": "Tom", "pet_type": "cat"})


# -- formats ---------------------------------------------------------------------------------
AT = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC)
DAY = datetime.date(2024, 2, 29)
ID = uuid.UUID("12345678-1234-5678-9abc-123456789abc")
DIGEST = b"\x00\xffbinary\x80"
STAMP_WIRE = {"id": str(ID), "at": "2024-05-06T07:08:09+00:00", "day": "2024-02-29",
              "digest": base64.b64encode(DIGEST).decode(), "history": ["2023-01-01T00:00:00Z"]}


def test_python_formats_round_trip(generated: dict[str, Path], server: Server) -> None:
    """date-time, date, uuid and byte are datetime, date, UUID and bytes, both ways."""
    shared = importlib.import_module(PACKAGES["python"] + ".models.shared")
    c = client("python", server)
    server.reply("PUT", "/stamps/2024-02-29", STAMP_WIRE)
    stamp = shared.Stamp(id=ID, at=AT, day=DAY, digest=DIGEST, history=[AT])
    res = c.formats.put_stamp(day=DAY, at=AT, trace=ID, sig=DIGEST, request_body=stamp)
    seen = server.last()
    assert seen.path == "/api/stamps/2024-02-29"
    query = dict(seen.query)
    assert _instant(query["at"]) == AT  # RFC 3339: "Z" or "+00:00"
    assert base64.b64decode(query["sig"], validate=True) == DIGEST
    assert seen.headers["trace"] == "12345678-1234-5678-9abc-123456789abc"
    sent = json.loads(seen.body)
    assert sent["id"] == str(ID) and sent["day"] == "2024-02-29"
    assert _instant(sent["at"]) == AT and [_instant(h) for h in sent["history"]] == [AT]
    assert base64.b64decode(sent["digest"], validate=True) == DIGEST
    got = res.object
    assert (got.id, got.at, got.day, got.digest) == (ID, AT, DAY, DIGEST)
    assert got.history == [datetime.datetime(2023, 1, 1, tzinfo=datetime.UTC)]
    server.reply("PUT", "/stamps/2024-02-29", {**STAMP_WIRE, "digest": "not base64!"})
    got = c.formats.put_stamp(day=DAY, at=AT, trace=ID, request_body=stamp).object
    assert got.digest == b"not base64!"  # a server's text that is not base64: kept, as its bytes

    # binary: a file part of a multipart body, and a binary response as bytes
    server.reply("POST", "/blobs", b"\x89PNG\x00raw", ctype="application/octet-stream")
    res = c.formats.upload_blob(request={"file": DIGEST, "digest": DIGEST})
    assert res.object == b"\x89PNG\x00raw"
    parts = _multipart(server.last())
    assert parts["file"] == DIGEST
    assert base64.b64decode(parts["digest"], validate=True) == DIGEST


def test_flat_formats_round_trip(generated: dict[str, Path], server: Server) -> None:
    """Requests take datetime, date, UUID and bytes (or their strings); responses keep the
    strings as they came (OpenAPI Generator's python SDKs, leap-python-sdk 1.0.0 among them,
    give str values for these formats)."""
    c = client("python-flat", server)
    server.reply("PUT", "/stamps/2024-02-29", STAMP_WIRE)
    body = {"id": ID, "at": AT, "day": DAY, "digest": DIGEST, "history": [AT]}
    res = c.formats.put_stamp(body, DAY, AT, ID, sig=DIGEST)
    seen = server.last()
    assert seen.path == "/api/stamps/2024-02-29"
    assert seen.query == [("at", "2024-05-06T07:08:09+00:00"), ("sig", base64.b64encode(DIGEST).decode())]
    assert seen.headers["trace"] == "12345678-1234-5678-9abc-123456789abc"
    sent = json.loads(seen.body)
    assert sent == {"id": str(ID), "at": "2024-05-06T07:08:09+00:00", "day": "2024-02-29",
                    "digest": base64.b64encode(DIGEST).decode(), "history": ["2024-05-06T07:08:09+00:00"]}
    assert res.body == STAMP_WIRE  # strings as they came (wire names equal the Python names here)

    server.reply("POST", "/blobs", b"\x89PNG\x00raw", ctype="application/octet-stream")
    res = c.formats.upload_blob(DIGEST, DIGEST)
    assert res.body == b"\x89PNG\x00raw"
    parts = _multipart(server.last())
    assert parts["file"] == DIGEST
    assert base64.b64decode(parts["digest"], validate=True) == DIGEST


def _instant(text: str) -> datetime.datetime:
    """An RFC 3339 date-time (its offset required) as an aware datetime."""
    assert text[10] == "T" and (text.endswith("Z") or text[-6] in "+-"), text
    return datetime.datetime.fromisoformat(text)


def _multipart(seen: Seen) -> dict[str, bytes]:
    """name -> content of each part of a multipart/form-data body."""
    boundary = seen.headers["content-type"].split("boundary=")[1].strip('"')
    out: dict[str, bytes] = {}
    for part in seen.body.split(b"--" + boundary.encode())[1:-1]:
        head, _, content = part.partition(b"\r\n\r\n")
        name = head.split(b'name="')[1].split(b'"')[0].decode()
        out[name] = content[:-2]  # the CRLF before the next boundary
    return out


# -- mypy --strict ---------------------------------------------------------------------------
USAGE = """\
import datetime

from issue6_features import FeaturesSDK
from issue6_features.models import shared


def send(sdk: FeaturesSDK) -> datetime.date:
    # a subtype where its base is expected; a format's Python type
    res = sdk.pets.create_pet(request=shared.Cat(name="Tom", pet_type="cat", hunting_skill="lazy"))
    if isinstance(res.object, shared.Cat) and res.object.born_on is not None:
        return res.object.born_on
    return datetime.date(2020, 1, 1)
"""


def test_generated_packages_pass_mypy_strict(generated: dict[str, Path]) -> None:
    """Both packages, and a caller's code that passes a subtype and reads a date."""
    usage = generated["python"] / "issue6_usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(usage),
                           *(str(generated[t] / PACKAGES[t]) for t in TARGETS)],
                          cwd=generated["python"].parents[1], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
