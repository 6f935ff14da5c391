"""An interrupt that arrives while an output folder is being swapped in is held until the
swap is over; the message then names that folder among the replaced ones. Here the SIGINT
is sent at the last moment it can be held: from write()'s `swapped` callback."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path, PurePosixPath

import pytest

import codegen.write as write_mod
from codegen.cli import main
from codegen.write import Manifest

ROOT = Path(__file__).resolve().parents[2]


def test_write_calls_swapped_with_interrupts_held(tmp_path: Path) -> None:
    out = tmp_path / "out"
    seen: list[bool] = []

    def swapped() -> None:
        seen.append(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
        os.kill(os.getpid(), signal.SIGINT)  # pending until the swap's block ends

    with pytest.raises(KeyboardInterrupt):
        write_mod.write({PurePosixPath("a.txt"): "new\n"}, out, Manifest(), swapped=swapped)
    assert seen == [True]
    assert (out / "a.txt").read_text(encoding="utf-8") == "new\n"


def test_an_interrupt_right_after_a_swap_reports_the_folder_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "spec" / "leap", tmp_path / "spec" / "leap")
    spec = tmp_path / "spec" / "leap" / "openapi.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("title:", "title: Changed", 1), encoding="utf-8")
    real = write_mod.write
    calls: list[Path] = []

    def interrupted_after_first(files, out_dir, manifest, swapped=None):  # type: ignore[no-untyped-def]
        calls.append(out_dir)

        def then_interrupt() -> None:
            assert swapped is not None, "the CLI must learn of the swap while interrupts are held"
            swapped()
            os.kill(os.getpid(), signal.SIGINT)

        return real(files, out_dir, manifest, swapped=then_interrupt)

    monkeypatch.setattr(write_mod, "write", interrupted_after_first)
    monkeypatch.setenv("CODEGEN_SERIAL", "1")
    monkeypatch.chdir(tmp_path)
    assert main(["generate", "leap"]) == 130
    err = capsys.readouterr().err
    first = calls[0].as_posix()  # relative: the run is in tmp_path
    assert len(calls) == 1 and (calls[0] / "README.md").is_file()
    assert f"interrupted; replaced: {first};" in err, err
