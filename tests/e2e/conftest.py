"""Fixtures for the end-to-end tests of the generated SDKs.

Plug-in points for SDK-specific tests:

* ``sdk_venv(api, target="python", extra=("mypy",))`` -> Path of the python of a
  fresh venv with ``generated/<api>/<target>`` installed (one per session per
  arguments, under pytest's tmp dir).
* ``mock_api(api, **MockServer kwargs)`` -> a started :class:`MockServer` for
  ``spec/<api>/openapi.yaml``, stopped after the test.
* ``prism_api(api, seed=1, dynamic=False)`` -> base URL of a Prism mock of that
  spec, one per session per arguments.
* ``spec_path(api)`` -> Path of ``spec/<api>/openapi.yaml`` (fails clearly if absent).

Every test under tests/e2e/ is marked ``e2e``; tests that use ``prism_api`` are
also marked ``prism``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.mockserver import MockServer
from tests.e2e.prism import prism_server
from tests.e2e.venvs import Venv, VenvError

_HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.e2e)
            if "prism_api" in getattr(item, "fixturenames", ()):
                item.add_marker(pytest.mark.prism)


@pytest.fixture(scope="session")
def spec_path(repo_root: Path) -> Callable[[str], Path]:
    def get(api: str) -> Path:
        for name in ("openapi.yaml", "openapi.yml", "openapi.json"):
            p = repo_root / "spec" / api / name
            if p.is_file():
                return p
        pytest.fail(f"no spec for API {api!r}: expected {repo_root / 'spec' / api / 'openapi.yaml'}", pytrace=False)

    return get


@pytest.fixture(scope="session")
def sdk_venv(
    tmp_path_factory: pytest.TempPathFactory, repo_root: Path
) -> Callable[..., Path]:
    """Factory: ``sdk_venv(api, target="python", extra=("mypy",)) -> python path``."""
    cache: dict[tuple[str, str, tuple[str, ...]], Path] = {}
    failures: dict[tuple[str, str, tuple[str, ...]], str] = {}

    def build(api: str, target: str = "python", extra: Sequence[str] = ("mypy",)) -> Path:
        key = (api, target, tuple(extra))
        if key in failures:  # don't rebuild a broken package for every test
            pytest.fail(failures[key], pytrace=False)
        if key not in cache:
            pkg = repo_root / "generated" / api / target
            if not pkg.is_dir():
                pytest.fail(
                    f"generated SDK {pkg.relative_to(repo_root)} does not exist: run `.venv/bin/codegen generate`",
                    pytrace=False,
                )
            directory = tmp_path_factory.mktemp(f"venv-{api}-{target}")
            try:
                cache[key] = Venv(directory).install(pkg, extra=list(extra))
            except VenvError as e:
                failures[key] = f"installing {pkg.relative_to(repo_root)} into a fresh venv failed:\n{e}"
                pytest.fail(failures[key], pytrace=False)
        return cache[key]

    return build


@pytest.fixture
def mock_api(spec_path: Callable[[str], Path]) -> Iterator[Callable[..., MockServer]]:
    """Factory: ``mock_api(api, token="test-token", mode="full", ...) -> started MockServer``."""
    with contextlib.ExitStack() as stack:

        def start(api: str, **kwargs: Any) -> MockServer:
            return stack.enter_context(MockServer(spec_path(api), **kwargs))

        yield start


class _PrismPool:
    def __init__(self, stack: contextlib.ExitStack) -> None:
        self.stack = stack
        self.urls: dict[tuple[str, int | None, bool], str] = {}


@pytest.fixture(scope="session")
def _prism_pool() -> Iterator[_PrismPool]:
    with contextlib.ExitStack() as stack:  # all Prism processes stop at session end
        yield _PrismPool(stack)


@pytest.fixture
def prism_api(spec_path: Callable[[str], Path], _prism_pool: _PrismPool) -> Callable[..., str]:
    """Factory: ``prism_api(api, seed=1, dynamic=False) -> base URL`` (Prism drops the servers path)."""

    def get(api: str, seed: int | None = 1, dynamic: bool = False) -> str:
        key = (api, seed, dynamic)
        if key not in _prism_pool.urls:
            url = _prism_pool.stack.enter_context(prism_server(spec_path(api), seed=seed, dynamic=dynamic))
            _prism_pool.urls[key] = url
        return _prism_pool.urls[key]

    return get
