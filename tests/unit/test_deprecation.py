"""Deprecation and OptionalNullable in the `python` target, on the golden case
tests/golden/cases/deprecation (the Leonardo and Leap specs deprecate no operation, no
parameter and no enum value, so the case has one of each).

The package is rendered into a temporary folder, imported, and called through an
httpx.MockTransport that records each request. Every expected warning text, request body
and docs line below is written out by hand from the case's spec, never taken from the
code under test.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen.pipeline import load_api
from codegen.render import render
from codegen.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests/golden/cases/deprecation"
PACKAGE = "golden_deprecation"

# the DeprecationWarning texts, from the spec's `deprecated: true` items and their descriptions
OPERATION = "pets.get_pet_legacy() is deprecated: it will be removed from the API. Use listPets with a cursor instead."
PARAMETER = "the parameter 'page' is deprecated: it will be removed from the API. Use the cursor instead."
FIELD = "PetInput.legacy_code is deprecated: it will be removed from the API. Use the tag instead."
ENUM_FIELD = "PetInput.size is deprecated: it will be removed from the API. Sizes were replaced by weights."
ENUM = "Size is deprecated: it will be removed from the API. Sizes were replaced by weights."
PET = {"id": "p1", "nickname": None}


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    settings = load_settings(CASE / "codegen.yaml", api=CASE.name)
    loaded = load_api(settings)
    target = next(t for t in settings.targets if t.name == "python")
    base = tmp_path_factory.mktemp("deprecation")
    for rel, text in render(loaded.api, target).items():
        path = base / str(rel)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(base / "src"))
    try:
        yield {
            "docs": base / "docs",
            "sdk": importlib.import_module(PACKAGE),
            "shared": importlib.import_module(PACKAGE + ".models.shared"),
            "operations": importlib.import_module(PACKAGE + ".models.operations"),
            "types": importlib.import_module(PACKAGE + ".types"),
        }
    finally:
        sys.path.remove(str(base / "src"))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


class Recorder:
    """Answers every request with a pet (or a list of pets) and keeps the requests."""

    def __init__(self, reply: dict[str, Any] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self.reply if self.reply is not None else {"pets": [PET]} if request.url.path == "/pets" \
            and request.method == "GET" else PET
        return httpx.Response(200, json=body)

    def body(self) -> Any:
        return json.loads(self.requests[-1].content)

    def query(self) -> list[tuple[str, str]]:
        return list(self.requests[-1].url.params.multi_items())


def client(pkg: dict[str, Any], recorder: Recorder) -> Any:
    return pkg["sdk"].GoldenSDK(bearer_auth="t", client=httpx.Client(transport=httpx.MockTransport(recorder)),
                                async_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)))


def caught(action: Callable[[], Any]) -> list[warnings.WarningMessage]:
    """The DeprecationWarnings `action` emits (every one, not only the first per place)."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        action()
    return [w for w in seen if issubclass(w.category, DeprecationWarning)]


def messages(action: Callable[[], Any]) -> list[str]:
    return [str(w.message) for w in caught(action)]


# -- deprecated operations and parameters ------------------------------------------------------
def test_calling_a_deprecated_operation_warns_at_the_callers_line(pkg: dict[str, Any]) -> None:
    s = client(pkg, Recorder())
    seen = caught(lambda: s.pets.get_pet_legacy(pet_id="p1"))
    assert [str(w.message) for w in seen] == [OPERATION]
    assert seen[0].filename == __file__  # stacklevel: the user's call, not the SDK's code
    assert messages(lambda: asyncio.run(s.pets.get_pet_legacy_async(pet_id="p1"))) == [OPERATION]
    assert messages(lambda: s.pets.list_pets()) == []
    assert messages(lambda: s.pets.create_pet(request={"name": "Rex"})) == []


def test_passing_a_deprecated_parameter_warns_and_still_sends_it(pkg: dict[str, Any]) -> None:
    rec = Recorder()
    s = client(pkg, rec)
    assert messages(lambda: s.pets.list_pets(page=2)) == [PARAMETER]
    assert rec.query() == [("page", "2")]
    assert messages(lambda: asyncio.run(s.pets.list_pets_async(page=3))) == [PARAMETER]
    assert messages(lambda: s.pets.list_pets(cursor="c1")) == []
    assert rec.query() == [("cursor", "c1")]
    # the operation's Request model: the parameter is a deprecated field there
    assert messages(lambda: pkg["operations"].ListPetsRequest(page=1)) == [
        "ListPetsRequest.page is deprecated: it will be removed from the API. Use the cursor instead."]


# -- deprecated fields and enums --------------------------------------------------------------
def test_setting_a_deprecated_field_warns_reading_a_response_does_not(pkg: dict[str, Any]) -> None:
    shared = pkg["shared"]
    assert messages(lambda: shared.PetInput(name="Rex", legacy_code="L1")) == [FIELD]
    assert messages(lambda: shared.PetInput(name="Rex", tag="t")) == []
    pet = shared.PetInput(name="Rex")
    assert messages(lambda: setattr(pet, "legacy_code", "L2")) == [FIELD]
    rec = Recorder()
    s = client(pkg, rec)
    # a dict body is validated into the model: the deprecated wire name warns too, and is sent
    assert messages(lambda: s.pets.create_pet(request={"name": "Rex", "legacyCode": "L3"})) == [FIELD]
    assert rec.body() == {"name": "Rex", "legacyCode": "L3"}
    # a response carrying a field of the deprecated enum's type: the user set nothing
    s = client(pkg, Recorder(reply={"id": "p1", "nickname": "n", "size": "small"}))
    assert messages(lambda: s.pets.create_pet(request={"name": "Rex"})) == []


def test_a_deprecated_enum_warns_when_called_and_deprecates_fields_of_its_type(pkg: dict[str, Any]) -> None:
    shared = pkg["shared"]
    assert messages(lambda: shared.Size("small")) == [ENUM]
    assert messages(lambda: shared.PetInput(name="Rex", size=shared.Size.LARGE)) == [ENUM_FIELD]
    assert shared.Size.LARGE.value == "large"  # the members still work


# -- OptionalNullable: "not sent" and explicit null on the wire -----------------------------------
def test_optional_nullable_fields_tell_unset_from_null_on_the_wire(pkg: dict[str, Any]) -> None:
    shared, types = pkg["shared"], pkg["types"]
    rec = Recorder()
    s = client(pkg, rec)
    s.pets.create_pet(request={"name": "Rex"})
    assert rec.body() == {"name": "Rex"}
    s.pets.create_pet(request={"name": "Rex", "owner": None})
    assert rec.body() == {"name": "Rex", "owner": None}
    s.pets.create_pet(request=shared.PetInput(name="Rex", owner=types.UNSET))
    assert rec.body() == {"name": "Rex"}
    pet = shared.PetInput(name="Rex", owner="Ann")
    pet.owner = None
    s.pets.create_pet(request=pet)
    assert rec.body() == {"name": "Rex", "owner": None}
    pet.owner = types.UNSET
    s.pets.create_pet(request=pet)
    assert rec.body() == {"name": "Rex"}
    # the default is UNSET, falsy, and not None
    assert shared.PetInput(name="Rex").owner is types.UNSET
    assert not types.UNSET and repr(types.UNSET) == "UNSET"


def test_an_optional_field_the_spec_does_not_let_be_null_refuses_null(pkg: dict[str, Any]) -> None:
    # PetInput (spec.yaml): tag is optional and not nullable, owner optional and nullable
    shared = pkg["shared"]
    with pytest.raises(ValueError, match="tag: null is not allowed here"):
        shared.PetInput(name="Rex", tag=None)
    assert shared.PetInput(name="Rex", owner=None).owner is None
    assert shared.PetInput(name="Rex").tag is None  # left out: fine
    rec = Recorder()
    s = client(pkg, rec)
    s.pets.create_pet(request={"name": "Rex", "tag": "t"})
    assert rec.body() == {"name": "Rex", "tag": "t"}
    with pytest.raises(ValueError, match="tag: null is not allowed here"):
        s.pets.create_pet(request={"name": "Rex", "tag": None})


def test_optional_nullable_in_responses_and_parameters(pkg: dict[str, Any]) -> None:
    types = pkg["types"]
    s = client(pkg, Recorder(reply={"id": "p1", "nickname": None}))
    pet = s.pets.create_pet(request={"name": "Rex"}).object
    assert pet.owner is types.UNSET and pet.nickname is None  # absent vs explicit null
    s = client(pkg, Recorder(reply={"id": "p1", "nickname": "n", "owner": None}))
    assert s.pets.create_pet(request={"name": "Rex"}).object.owner is None
    rec = Recorder()
    s = client(pkg, rec)
    s.pets.list_pets()
    assert rec.query() == []
    s.pets.list_pets(kind="cat")
    assert rec.query() == [("kind", "cat")]
    s.pets.list_pets(kind=None)  # a query string has no null: left out, as when unset
    assert rec.query() == []


# -- docs ------------------------------------------------------------------------------------
def _row(page: Path, name: str) -> list[str]:
    for line in page.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0] in (f"`{name}`", f"~~`{name}`~~"):
            return cells
    raise AssertionError(f"no row {name} in {page}")


def test_docs_strike_deprecated_items_through_and_show_optional_nullable(pkg: dict[str, Any]) -> None:
    docs = pkg["docs"]
    group = (docs / "sdks/pets/README.md").read_text(encoding="utf-8")
    assert "* [~~get_pet_legacy~~](#get_pet_legacy) - Get a pet (old) :warning: **Deprecated**\n" in group
    assert "* [list_pets](#list_pets) - List pets\n" in group
    legacy = group.split("## get_pet_legacy\n", 1)[1]
    assert legacy.lstrip("\n").startswith("> :warning: **DEPRECATED**")
    assert "Use listPets with a cursor instead." in legacy.split("###", 1)[0]
    notice = ":warning: **DEPRECATED**"
    listing = docs / "sdks/pets/README.md"
    assert _row(listing, "page")[0] == "~~`page`~~" and _row(listing, "page")[3].startswith(notice)
    assert _row(listing, "kind")[:3] == ["`kind`", "*OptionalNullable[str]*", ":heavy_minus_sign:"]
    assert _row(listing, "cursor")[:2] == ["`cursor`", "*Optional[str]*"]
    model = docs / "models/shared/petinput.md"
    assert _row(model, "legacy_code")[0] == "~~`legacy_code`~~"
    assert _row(model, "legacy_code")[3].startswith(notice) and "Use the tag instead." in _row(model, "legacy_code")[3]
    assert _row(model, "size")[0] == "~~`size`~~"  # of the deprecated enum's type
    assert _row(model, "owner")[:2] == ["`owner`", "*OptionalNullable[str]*"]
    assert _row(model, "tag")[:2] == ["`tag`", "*Optional[str]*"]
    pet = docs / "models/shared/pet.md"
    assert _row(pet, "nickname")[:3] == ["`nickname`", "*Optional[str]*", ":heavy_check_mark:"]  # required
    assert _row(docs / "models/operations/listpetsrequest.md", "page")[0] == "~~`page`~~"
    size = (docs / "models/shared/size.md").read_text(encoding="utf-8")
    assert size.startswith("# Size\n\n> :warning: **DEPRECATED**")
