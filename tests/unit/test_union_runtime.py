"""Union responses parsed by both Python targets' generated SDKs, against a loopback server.

The golden case tests/golden/cases/schemas_composition is generated into a temporary folder
(both targets), imported, and called. Expected members come from the spec of that case:
Pet is a oneOf of Cat and Dog told apart by `petType` (mapping cat/dog); Shape an anyOf of
Circle (radius) and Square (side) without a discriminator; Value a oneOf of a string, an
integer, a list of strings and a Cat.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "golden" / "cases" / "schemas_composition"


class Server:
    """127.0.0.1, one canned JSON body per path; records the request bodies it got."""

    def __init__(self) -> None:
        self.bodies: dict[str, Any] = {}
        self.received: list[Any] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                if length:
                    outer.received.append(json.loads(self.rfile.read(length)))
                data = json.dumps(outer.bodies[self.path.split("?")[0]]).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _reply

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(scope="module")
def packages(golden_generation: Callable[[str], Path]) -> Iterator[tuple[ModuleType, ModuleType]]:
    out = golden_generation(CASE.name)
    paths = [str(out / "python" / "src"), str(out / "python-flat" / "src")]
    sys.path[:0] = paths
    try:
        yield (importlib.import_module("golden_schemas_composition"),
               importlib.import_module("golden_schemas_composition_flat"))
    finally:
        for p in paths:
            sys.path.remove(p)


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.stop()


CAT = {"petType": "cat", "name": "Tom", "meow": 3}
DOG = {"petType": "dog", "name": "Rex", "bark": "woof"}
BIRD = {"petType": "bird", "name": "Tweety", "wings": 2}  # a member the spec does not describe


def test_python_discriminated_union(packages: tuple[ModuleType, ModuleType], server: Server) -> None:
    pkg, _ = packages
    shared = importlib.import_module("golden_schemas_composition.models.shared")
    sdk = pkg.GoldenSDK(server_url=server.url, timeout_ms=5000)
    server.bodies["/pets/1"] = DOG
    dog = sdk.pets.get_pet(id="1").object
    assert isinstance(dog, shared.Dog) and (dog.name, dog.pet_type, dog.bark) == ("Rex", "dog", "woof")
    server.bodies["/pets/1"] = CAT
    cat = sdk.pets.get_pet(id="1").object
    assert isinstance(cat, shared.Cat) and cat.meow == 3
    server.bodies["/pets/1"] = BIRD
    assert sdk.pets.get_pet(id="1").object == BIRD  # unknown member: kept as it came


def test_python_union_without_discriminator(packages: tuple[ModuleType, ModuleType], server: Server) -> None:
    pkg, _ = packages
    shared = importlib.import_module("golden_schemas_composition.models.shared")
    sdk = pkg.GoldenSDK(server_url=server.url, timeout_ms=5000)
    server.bodies["/shapes"] = [{"radius": 1.5}, {"side": 2.0}, {"corners": 5}]
    circle, square, other = sdk.shapes.list_shapes().object
    assert isinstance(circle, shared.Circle) and circle.radius == 1.5
    assert isinstance(square, shared.Square) and square.side == 2.0
    assert other == {"corners": 5}  # fits no member: kept
    for value, kind in (("abc", str), (7, int), (["a", "b"], list)):
        server.bodies["/values"] = value
        got = sdk.shapes.get_value().object
        assert type(got) is kind and got == value
    server.bodies["/values"] = CAT
    assert isinstance(sdk.shapes.get_value().object, shared.Cat)


def test_python_union_request_body(packages: tuple[ModuleType, ModuleType], server: Server) -> None:
    pkg, _ = packages
    shared = importlib.import_module("golden_schemas_composition.models.shared")
    sdk = pkg.GoldenSDK(server_url=server.url, timeout_ms=5000)
    server.bodies["/pets"] = CAT
    res = sdk.pets.create_pet(request=shared.Cat(name="Tom", pet_type="cat", meow=3))
    assert server.received == [CAT] and isinstance(res.object, shared.Cat)


def test_flat_discriminated_union(packages: tuple[ModuleType, ModuleType], server: Server) -> None:
    _, flat = packages
    client = flat.GoldenFlat(host=server.url)
    server.bodies["/pets/1"] = DOG
    # parsed by the Dog schema: its properties under their Python names
    assert client.pets.get_pet(id="1").body == {"pet_type": "dog", "name": "Rex", "bark": "woof"}
    server.bodies["/pets/1"] = BIRD
    assert client.pets.get_pet(id="1").body == BIRD  # unknown member: kept as it came


def test_flat_union_without_discriminator(packages: tuple[ModuleType, ModuleType], server: Server) -> None:
    _, flat = packages
    client = flat.GoldenFlat(host=server.url)
    server.bodies["/values"] = CAT
    assert client.shapes.get_value().body == {"pet_type": "cat", "name": "Tom", "meow": 3}  # the Cat member
    server.bodies["/values"] = ["a"]
    assert client.shapes.get_value().body == ["a"]
    server.bodies["/shapes"] = [{"radius": 1.5}, {"corners": 5}]
    assert client.shapes.list_shapes().body == [{"radius": 1.5}, {"corners": 5}]


def test_flat_union_request_checks_the_members(packages: tuple[ModuleType, ModuleType], server: Server) -> None:
    _, flat = packages
    client = flat.GoldenFlat(host=server.url)
    server.bodies["/pets"] = CAT
    client.pets.create_pet(body={"pet_type": "cat", "name": "Tom", "meow": 3})
    assert server.received == [CAT]
    with pytest.raises(flat.ApiValueError):  # a petType the mapping does not know
        client.pets.create_pet(body={"pet_type": "bird", "name": "Tweety"})


# -- the other schema constructs of the case, parsed at runtime by both targets ---------------
TREE = {"value": "root", "children": [{"value": "leaf", "children": []}], "parent": None}
AUTHOR = {"name": "Ann", "books": [{"title": "One", "author": {"name": "Ann", "books": []}}]}
MISC = {"matrix": [[1.5, 2.0], []], "free": {"any": [1, "x"]}, "priority": 2, "mixed": "two", "status": None,
        "labeled": None, "choice": {"x": 1.0, "y": 2.0}}


def test_python_recursive_maps_enums_and_access_modes(packages: tuple[ModuleType, ModuleType],
                                                      server: Server) -> None:
    pkg, _ = packages
    shared = importlib.import_module("golden_schemas_composition.models.shared")
    operations = importlib.import_module("golden_schemas_composition.models.operations")
    sdk = pkg.GoldenSDK(server_url=server.url, timeout_ms=5000)
    server.bodies["/tree"] = TREE
    tree = sdk.graphs.get_tree().object
    assert isinstance(tree.children[0], shared.TreeNode) and tree.children[0].value == "leaf"
    assert tree.parent is None
    server.bodies["/authors"] = AUTHOR
    author = sdk.graphs.get_author().object
    assert isinstance(author.books[0], shared.Book) and isinstance(author.books[0].author, shared.Author)
    server.bodies["/inventory"] = {"name": "shelf", "apples": 3}
    inventory = sdk.accounts.get_inventory().object
    assert inventory.name == "shelf" and inventory.model_extra == {"apples": 3}  # typed additionalProperties
    server.bodies["/misc"] = MISC
    misc = sdk.accounts.get_misc().object
    assert misc.matrix == [[1.5, 2.0], []] and misc.free == {"any": [1, "x"]}
    assert misc.priority == shared.Priority(2) and misc.priority.value == 2  # an integer enum
    assert misc.mixed.value == "two" and misc.status is None and misc.labeled is None
    assert isinstance(misc.choice, operations.Coordinates) and (misc.choice.x, misc.choice.y) == (1.0, 2.0)
    server.bodies["/misc"] = {"priority": 9, "choice": "north"}  # a value newer than the spec: kept
    misc = sdk.accounts.get_misc().object
    assert misc.priority.value == 9 and misc.choice == "north"
    # readOnly `id` (required) is not required in a request; writeOnly `password` (required) is
    # not required in a response
    server.bodies["/accounts"] = {"id": "12345678-1234-5678-1234-567812345678", "email": "e@x"}
    account = sdk.accounts.put_account(request={"password": "pw", "email": "e@x"}).object
    assert server.received[-1] == {"password": "pw", "email": "e@x"}
    assert str(account.id) == "12345678-1234-5678-1234-567812345678" and account.password is None


def test_flat_recursive_maps_enums_and_access_modes(packages: tuple[ModuleType, ModuleType],
                                                    server: Server) -> None:
    _, flat = packages
    client = flat.GoldenFlat(host=server.url)
    server.bodies["/tree"] = TREE
    assert client.graphs.get_tree().body == TREE
    server.bodies["/authors"] = AUTHOR
    assert client.graphs.get_author().body == AUTHOR
    server.bodies["/inventory"] = {"name": "shelf", "apples": 3}
    assert client.accounts.get_inventory().body == {"name": "shelf", "apples": 3}
    server.bodies["/inventory"] = {"name": "shelf", "apples": "many"}  # not the typed additionalProperties
    with pytest.raises(flat.ApiResponseValidationError):
        client.accounts.get_inventory()
    server.bodies["/misc"] = MISC
    assert client.accounts.get_misc().body == MISC
    server.bodies["/misc"] = {"priority": 9, "choice": "north"}  # a value newer than the spec: kept
    assert client.accounts.get_misc().body == {"priority": 9, "choice": "north"}
    server.bodies["/accounts"] = {"id": "12345678-1234-5678-1234-567812345678", "email": "e@x"}
    res = client.accounts.put_account(email="e@x", password="pw")
    assert server.received[-1] == {"email": "e@x", "password": "pw"}
    assert res.body == {"id": "12345678-1234-5678-1234-567812345678", "email": "e@x"}
