"""The hand-written runtime files under templates/ are committed formatted, and generation copies
them without formatting them again (format.format_files `preformatted`). These tests keep that
skip honest: if a runtime file is edited and not reformatted, they fail (the fix:
`.venv/bin/python -m codegen.format`)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

import codegen.format as fmt
from codegen.format import BLACK, RUFF, format_files
from codegen.pipeline import generate_target, load_api
from codegen.render import render_files, static_sources
from codegen.settings import TEMPLATES_DIR, load_settings

ROOT = Path(__file__).resolve().parents[2]

# a hand-written table: runtime files each Python target copies (their source under templates/)
KNOWN = [
    "_shared/_auth.py",
    "_shared/_transport.py",
    "_shared/_wire.py",
    "python/runtime/_basesdk.py",
    "python/runtime/types.py",
    "python/runtime_unions/unions.py",
    "python/runtime-ext/_extsdk.py",
    "python-flat/runtime/api_client.py",
    "python-flat/runtime/schemas.py",
    "python-flat/runtime_unions/composed.py",
]


def test_static_sources_are_listed() -> None:
    listed = {p.relative_to(TEMPLATES_DIR).as_posix() for p in static_sources()}
    assert set(KNOWN) <= listed
    assert not any(name.endswith(".jinja") for name in listed)


@pytest.mark.parametrize("formatter", [BLACK, RUFF])
def test_every_static_source_is_formatted(formatter: str) -> None:
    sources = {PurePosixPath(p.relative_to(TEMPLATES_DIR).as_posix()): p.read_text(encoding="utf-8")
               for p in static_sources()}
    formatted, count = format_files(dict(sources), lambda p, t: None, None, formatter)
    assert count == len(sources) >= len(KNOWN)
    unstable = sorted(str(p) for p in sources if formatted[p] != sources[p])
    assert unstable == [], f"not {formatter}-formatted (run `.venv/bin/python -m codegen.format`): {unstable}"


def test_format_files_keeps_preformatted_paths_as_they_are() -> None:
    ugly = "x = {'a':1}\n"
    files = {PurePosixPath("a.py"): ugly, PurePosixPath("b.py"): ugly}
    out, count = format_files(dict(files), lambda p, t: None, 1, BLACK, preformatted=frozenset({PurePosixPath("b.py")}))
    assert out == {PurePosixPath("a.py"): 'x = {"a": 1}\n', PurePosixPath("b.py"): ugly}
    assert count == 1


@pytest.mark.parametrize("api", ["leonardo", "leap"])
def test_generation_formats_no_verbatim_file(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every verbatim .py output of the real APIs' Python targets is a copy of a static source
    (so the tests above cover it), and generate_target never hands one to the formatter."""
    monkeypatch.chdir(ROOT)
    settings = load_settings(ROOT / "spec" / api / "codegen.yaml", api=api)
    loaded = load_api(settings)
    sources = {p.read_text(encoding="utf-8") for p in static_sources()}
    for target in settings.targets:
        if not target.template.startswith("python"):
            continue
        files, verbatim = render_files(loaded.api, target)
        copied = sorted(p for p in verbatim if p.suffix == ".py")
        assert len(copied) >= 5
        assert all(files[p] in sources for p in copied)
        seen: list[str] = []
        real = fmt.format_python
        monkeypatch.setattr(fmt, "format_python", lambda path, text: seen.append(path) or real(path, text))
        gen = generate_target(loaded, target, ROOT / "nonexistent-out" / target.name, jobs=1, strict=True)
        monkeypatch.setattr(fmt, "format_python", real)
        assert seen and not set(seen) & {str(p) for p in copied}
        assert gen.formatted == len([p for p in files if p.suffix == ".py" and p not in verbatim])
        assert all(gen.files[p] == files[p] for p in copied)
