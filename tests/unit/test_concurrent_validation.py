"""openapi-spec-validator runs in a forked process while the IR is built, rendered and
formatted (pipeline.Validation). Its verdict must read exactly as when it ran first: its
errors (file:line + pointer), exit 2, nothing written, whatever the rest of the run found
meanwhile; an interrupted run leaves no validator process behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SETTINGS = """\
spec: spec.yaml
targets:
  - name: python
    template: python
    distribution: clash
    package: clash
    sdk_class: ClashSDK
    version: 0.0.1
"""

# Two defects: `info` has no `version` (openapi-spec-validator's), and two schemas map to one
# Python module (the naming checks', found while rendering, long after the validator started).
SPEC = """\
openapi: 3.0.3
info:
  title: Clash
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/LCMGeneration'
components:
  schemas:
    LCMGeneration:
      type: object
      properties:
        id:
          type: string
    LcmGeneration:
      type: object
      properties:
        id:
          type: string
"""

VALIDATOR_REPORT = (
    "spec.yaml:3: #/info: error: 'version' is a required property\n"
    "codegen: 1 error(s); nothing was written\n"
)


def _generate(cwd: Path, serial: bool) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CODEGEN_SERIAL"}
    if serial:
        env["CODEGEN_SERIAL"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--spec", "spec.yaml", "--settings", "codegen.yaml",
         "--out", "out"],
        cwd=cwd, capture_output=True, text=True, timeout=300, env=env, stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("serial", [False, True], ids=["forked", "serial"])
def test_the_validators_errors_are_the_report_even_when_rendering_fails_too(tmp_path: Path, serial: bool) -> None:
    (tmp_path / "codegen.yaml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    proc = _generate(tmp_path, serial)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr == VALIDATOR_REPORT
    assert proc.stdout == ""
    assert not (tmp_path / "out").exists()


def test_without_the_validators_error_the_naming_error_is_reported(tmp_path: Path) -> None:
    """The spec above does reach the naming checks: the test above is not vacuous."""
    (tmp_path / "codegen.yaml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "spec.yaml").write_text(SPEC.replace("  title: Clash\n", "  title: Clash\n  version: '1'\n"),
                                        encoding="utf-8")
    proc = _generate(tmp_path, serial=False)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("spec.yaml:24: #/components/schemas/LcmGeneration: error: schema 'LcmGeneration' "
                               "and schema 'LCMGeneration' at spec.yaml:19 ")
    assert lines[1:] == ["codegen: 1 error(s); nothing was written"]
    assert not (tmp_path / "out").exists()


def test_a_valid_spec_generates_with_the_validator_forked(tmp_path: Path) -> None:
    (tmp_path / "codegen.yaml").write_text(SETTINGS, encoding="utf-8")
    spec = SPEC.replace("  title: Clash\n", "  title: Clash\n  version: '1'\n")
    (tmp_path / "spec.yaml").write_text(spec[: spec.index("    LcmGeneration:")], encoding="utf-8")
    proc = _generate(tmp_path, serial=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (tmp_path / "out" / "python" / "src" / "clash" / "__init__.py").is_file()


def test_cancel_ends_the_validators_process(tmp_path: Path) -> None:
    from codegen.load import load
    from codegen.pipeline import Validation

    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    v = Validation(load(spec))
    pid = v._pid
    assert pid > 0  # forked
    v.cancel()
    with pytest.raises(ChildProcessError):  # reaped: no such child any more
        os.waitpid(pid, os.WNOHANG)


def test_the_forked_validators_issues_equal_the_in_process_ones(tmp_path: Path) -> None:
    from codegen.load import load
    from codegen.pipeline import Validation

    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    issues = Validation(load(spec)).issues()
    assert [(i.line, i.pointer, i.severity, i.message) for i in issues] == [
        (3, "#/info", "error", "'version' is a required property")]


def test_a_rejected_spec_is_not_formatted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """generate_target waits for the validator before formatting (Started.rejected) when not
    told that the verdict is pending: a spec it rejects stops there with its report, and no
    file reaches the formatter; an accepted one goes on."""
    import codegen.format as fmt
    from codegen.errors import CodegenError
    from codegen.pipeline import generate_target, start_api
    from codegen.settings import load_settings

    formatted: list[str] = []
    real = fmt.format_python
    monkeypatch.setattr(fmt, "format_python", lambda path, text: formatted.append(path) or real(path, text))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "codegen.yaml").write_text(SETTINGS, encoding="utf-8")
    valid = SPEC[: SPEC.index("    LcmGeneration:")]  # no naming clash; `info` still lacks `version`
    for spec, rejected in ((valid, True), (valid.replace("  title: Clash\n", "  title: Clash\n  version: '1'\n"), False)):
        (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
        settings = load_settings(tmp_path / "codegen.yaml", api="clash")
        started = start_api(settings)
        try:
            assert started.loaded is not None and started.validation is not None
            if rejected:
                with pytest.raises(CodegenError) as err:
                    generate_target(started.loaded, settings.targets[0], tmp_path / "out", 1,
                                    before_format=started.rejected)
                assert [(i.line, i.pointer, i.message) for i in err.value.issues] == [
                    (3, "#/info", "'version' is a required property")]
                assert formatted == []
            else:
                gen = generate_target(started.loaded, settings.targets[0], tmp_path / "out", 1,
                                      before_format=started.rejected)
                assert formatted and gen.formatted == len(formatted)
        finally:
            started.cancel()


def test_an_interrupt_while_waiting_for_the_verdict_closes_the_pipe_once() -> None:
    """Ctrl-C while issues() reads the validator's pipe: the file object closed the pipe, and
    the CLI's cancel() afterwards must neither fail (EBADF: it was exit 3) nor close a file
    that reused the number since."""
    import signal
    import threading

    from codegen.pipeline import Validation

    v = Validation.__new__(Validation)
    read, write = os.pipe()  # the write end stays open: the read blocks until the interrupt
    v._issues, v._pid, v._fd = None, 0, read
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            v.issues()
    finally:
        timer.cancel()
        os.close(write)
    reused_r, reused_w = os.pipe()  # the lowest free numbers: the pipe's old one among them
    try:
        v.cancel()
        os.fstat(reused_r)
        os.fstat(reused_w)
    finally:
        os.close(reused_r)
        os.close(reused_w)


def _texts(n: int) -> dict:
    """n Python files of growing size, none of them laid out as black would."""
    from pathlib import PurePosixPath

    return {PurePosixPath(f"pkg/m{i:02}.py"): "x = {" + ",".join(f"'k{j}':{j}" for j in range(i + 1)) + "}\n"
            for i in range(n)}


def test_while_the_verdict_is_pending_this_process_formats_the_smallest_files(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """format_files(pending=, verdict=): while the validator works, this process formats files
    itself, smallest first; the verdict is asked before any formatter process starts; the
    workers format the rest; the result is what black gives each file alone."""
    import codegen.format as fmt

    log = tmp_path / "who"  # each formatting appends "path pid" (the workers are other processes)
    real = fmt.format_python

    def recorded(path: str, text: str) -> str:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{path} {os.getpid()}\n")
        return real(path, text)

    def who() -> dict[str, int]:
        lines = log.read_text(encoding="utf-8").split() if log.exists() else []
        return {lines[i]: int(lines[i + 1]) for i in range(0, len(lines), 2)}

    monkeypatch.setattr(fmt, "format_python", recorded)
    monkeypatch.setattr(fmt, "PENDING_MIN_FILES", 12)
    files = _texts(12)
    polls = iter([True] * 5 + [False] * 100)
    asked: list[set[str]] = []
    out, count = fmt.format_files(dict(files), lambda p, t: None, 2, fmt.BLACK,
                                  pending=lambda: next(polls), verdict=lambda: asked.append(set(who())))
    assert count == 12 and out == {p: real(str(p), t) for p, t in files.items()}
    here = {p for p, pid in who().items() if pid == os.getpid()}
    assert asked == [here]  # asked once, after this process's share and before the workers'
    assert sorted(here) == [f"pkg/m{i:02}.py" for i in range(4)]  # 5 polls: 4 files, then the verdict came
    assert set(who()) == {str(p) for p in files}  # the workers formatted the other 8


def test_a_rejected_spec_is_reported_before_a_file_black_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be formatted while the verdict is pending is left for later: when the
    validator rejects the spec, its report is the error (as when nothing was formatted early);
    when it accepts the spec, the file's error follows, as before."""
    import codegen.format as fmt
    from codegen.errors import CodegenError, GeneratorBug, Issue

    monkeypatch.setattr(fmt, "PENDING_MIN_FILES", 6)
    files = _texts(6)
    bad = next(iter(files))
    files[bad] = "def broken(:\n"

    def reject() -> None:
        raise CodegenError([Issue("spec.yaml", "#/info", "'version' is a required property", "error", 3)])

    for verdict, raised in ((reject, CodegenError), (lambda: None, GeneratorBug)):
        with pytest.raises(raised) as err:
            fmt.format_files(dict(files), lambda p, t: None, 2, fmt.BLACK, pending=lambda: True, verdict=verdict)
        if raised is GeneratorBug:
            assert str(bad) in str(err.value)


def test_below_the_threshold_nothing_is_formatted_before_the_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """Few files (fmt.PENDING_MIN_FILES): the verdict is asked before any file is formatted,
    however long it is pending."""
    import codegen.format as fmt

    formatted: list[str] = []
    real = fmt.format_python
    monkeypatch.setattr(fmt, "format_python", lambda path, text: formatted.append(path) or real(path, text))
    files = _texts(fmt.PENDING_MIN_FILES - 1)
    asked: list[int] = []
    fmt.format_files(dict(files), lambda p, t: None, 1, fmt.BLACK, pending=lambda: True,
                     verdict=lambda: asked.append(len(formatted)))
    assert asked == [0] and len(formatted) == len(files)
