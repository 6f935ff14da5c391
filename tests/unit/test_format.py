"""The optional faster formatter (`formatter: ruff`): black stays the default; ruff gives the
same bytes on ordinary generated code, and differs only where the README says."""

from __future__ import annotations

import sys
from pathlib import Path

from codegen.format import BLACK, RUFF, format_files, formatter_id
from tests.unit.test_cli import ROOT, run, tree_hash

sys.path.insert(0, str(ROOT / "benchmarks"))
import synth_spec  # noqa: E402


def _generate(tmp_path: Path, formatter: str | None) -> Path:
    d = tmp_path / (formatter or "default") / "synthetic"  # the same API name for all three
    d.mkdir(parents=True)
    synth_spec.write(10, d / "spec.json", d / "codegen.yaml")
    if formatter:
        with open(d / "codegen.yaml", "a", encoding="utf-8") as fh:
            fh.write(f"formatter: {formatter}\n")
    proc = run("generate", "--spec", str(d / "spec.json"), "--settings", str(d / "codegen.yaml"), "--out",
               str(d / "out"), cwd=d)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return d / "out" / "python"


def test_ruff_output_equals_black_on_a_synthetic_api(tmp_path: Path) -> None:
    default, black, ruff = (_generate(tmp_path, f) for f in (None, BLACK, RUFF))
    manifest = ".codegen-manifest.json"
    assert tree_hash(default) == tree_hash(black)  # black is the default
    theirs, ours = tree_hash(black), tree_hash(ruff)
    assert sorted(theirs) == sorted(ours) and len(theirs) > 40
    assert [p for p in theirs if p != manifest and theirs[p] != ours[p]] == []
    assert '"formatter": "ruff ' in (ruff / manifest).read_text(encoding="utf-8")
    assert '"formatter": "black ' in (black / manifest).read_text(encoding="utf-8")


def _both(source: str) -> tuple[str, str]:
    from pathlib import PurePosixPath

    files = {PurePosixPath("m.py"): source}
    black, _ = format_files(files, lambda p, t: None, 1, BLACK)
    ruff, _ = format_files(files, lambda p, t: None, 1, RUFF)
    return black[PurePosixPath("m.py")], ruff[PurePosixPath("m.py")]


def test_the_differences_the_readme_names() -> None:
    # 1. a docstring whose last line reaches the line length: black moves the closing quotes
    #    to a line of their own, ruff keeps them on the last line
    long_last = "def f():\n    '''Summary.\n\n    " + "x" * 84 + "'''\n"
    black, ruff = _both(long_last)
    assert black.endswith("x" * 84 + '\n    """\n') and ruff.endswith("x" * 84 + '"""\n')
    # 2. a docstring ending in an escaped quote: black inserts a space before the closing quotes
    black, ruff = _both('class A:\n    """of \\"datasets\\""""\n')
    assert '"""of \\"datasets\\" """' in black and '"""of \\"datasets\\""""' in ruff
    # ordinary code: the same bytes
    plain = "x = {'a':1,\n 'b':[1,2,3]}\ndef g(a,b = 2):\n  return a+b\n"
    black, ruff = _both(plain)
    assert black == ruff == 'x = {"a": 1, "b": [1, 2, 3]}\n\n\ndef g(a, b=2):\n    return a + b\n'


def test_formatter_ids_name_the_tool_and_its_version() -> None:
    assert formatter_id().startswith("black ") and formatter_id(RUFF).startswith("ruff 0.")


def test_an_unknown_formatter_is_a_settings_error(tmp_path: Path) -> None:
    synth_spec.write(5, tmp_path / "spec.json", tmp_path / "codegen.yaml")
    with open(tmp_path / "codegen.yaml", "a", encoding="utf-8") as fh:
        fh.write("formatter: yapf\n")
    proc = run("generate", "--spec", str(tmp_path / "spec.json"), "--settings", str(tmp_path / "codegen.yaml"),
               "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 2
    assert "codegen.yaml:9: #/formatter: error: 'formatter' must be one of black, ruff" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_ruff_selected_but_not_installed_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """An environment without the ruff distribution (it is a dependency, but may be missing: an
    install with --no-deps): `formatter: ruff` is reported on one line, exit 2, nothing written."""
    import os
    import subprocess
    import sysconfig

    site = tmp_path / "site"  # this environment's site-packages without ruff
    site.mkdir()
    purelib = Path(sysconfig.get_paths()["purelib"])
    for entry in purelib.iterdir():
        if not entry.name.lower().startswith("ruff"):
            (site / entry.name).symlink_to(entry)
    synth_spec.write(5, tmp_path / "spec.json", tmp_path / "codegen.yaml")
    with open(tmp_path / "codegen.yaml", "a", encoding="utf-8") as fh:
        fh.write("formatter: ruff\n")
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{site}"}
    cmd = [sys.executable, "-S", "-m", "codegen", "generate", "--spec", str(tmp_path / "spec.json"),
           "--settings", str(tmp_path / "codegen.yaml"), "--out", str(tmp_path / "out")]
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    lines = proc.stderr.splitlines()
    assert proc.returncode == 2, proc.stderr
    assert lines[0].startswith("codegen.yaml:9: #/formatter: error: the formatter 'ruff' is not installed"), lines
    assert "Traceback" not in proc.stderr and len(lines) == 2  # the issue, then the summary line
    assert not (tmp_path / "out").exists()
    # the same environment generates with black (the default): only ruff was missing
    text = (tmp_path / "codegen.yaml").read_text(encoding="utf-8").replace("formatter: ruff\n", "")
    (tmp_path / "codegen.yaml").write_text(text, encoding="utf-8")
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
