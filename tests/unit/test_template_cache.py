"""Templates compiled at install (scripts/bootstrap: precompile_templates(installed=True)) are
read when the per-user template cache is empty, as bytecode compiled at install is; a template
missing from both is compiled (and kept in the per-user cache only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import jinja2
import pytest

import codegen.render as render


@pytest.fixture()
def compiled(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Any]]:
    monkeypatch.setattr(render, "installed_cache", lambda: tmp_path / "installed")
    seen: list[Any] = []
    real = jinja2.Environment.compile

    def spy(self: jinja2.Environment, *args: Any, **kwargs: Any) -> Any:
        seen.append(args[1] if len(args) > 1 else kwargs.get("name"))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", spy)
    render.environment.cache_clear()
    try:
        yield seen
    finally:
        render.environment.cache_clear()


def test_a_fresh_user_cache_reads_the_templates_compiled_at_install(
        compiled: list[Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(tmp_path / "user-a"))
    assert render.precompile_templates(installed=True) > 40
    assert "resource.py.jinja" in compiled
    assert list((tmp_path / "installed").iterdir()) and not (tmp_path / "user-a").exists()
    compiled.clear()
    render.environment.cache_clear()
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(tmp_path / "user-b"))  # a first run: empty user cache
    render.environment("python").get_template("resource.py.jinja")
    assert compiled == []


def test_without_them_a_template_is_compiled_into_the_user_cache(
        compiled: list[Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CODEGEN_CACHE_DIR", str(tmp_path / "user"))
    render.environment("python").get_template("resource.py.jinja")
    assert "resource.py.jinja" in compiled
    assert list((tmp_path / "user" / "jinja").iterdir()) and not (tmp_path / "installed").exists()
