"""The targets of a run render in two processes (pipeline.render_targets): about half of them
in a forked child, the rest in the CLI's process. What comes out must be exactly what one
process renders, a target that fails to render must be reported as a serial run reports it,
and a child that dies must cost nothing but time."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

import pytest

from codegen import pipeline
from codegen.settings import load_settings
from tests.unit.test_cli import run

ROOT = Path(__file__).resolve().parents[2]
PID = PurePosixPath("rendered-by.pid")  # a file added by the probe below: which process rendered


@pytest.fixture(scope="module")
def work() -> list[tuple[pipeline.Loaded, object, Path]]:
    """Every target of both APIs, as `codegen check` renders them."""
    out = []
    for api in ("leap", "leonardo"):
        loaded = pipeline.load_api(load_settings(ROOT / "spec" / api / "codegen.yaml", api))
        out += [(loaded, t, ROOT / "generated" / api / t.name) for t in loaded.settings.targets]
    assert len(out) == 4
    return out


def _marking_pid(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.render_files

    def render_files(api, target):  # type: ignore[no-untyped-def]
        files, verbatim = real(api, target)
        return {**files, PID: str(os.getpid())}, verbatim

    monkeypatch.setattr(pipeline, "render_files", render_files)


def test_targets_render_in_two_processes_as_they_render_in_one(work, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CODEGEN_SERIAL", raising=False)
    _marking_pid(monkeypatch)
    forked = pipeline.render_targets(work)  # type: ignore[arg-type]
    assert all(r is not None for r in forked)
    pids = [r.files.pop(PID) for r in forked if r is not None]
    assert str(os.getpid()) in pids and len(set(pids)) == 2, pids
    # Leonardo's two targets, the largest (by operations and schemas), go to different processes
    assert pids[2] != pids[3]
    serial = [pipeline.render_target(*w) for w in work]  # type: ignore[arg-type]
    for s in serial:
        assert s.files.pop(PID) == str(os.getpid())
    for a, b in zip(forked, serial):
        assert a is not None
        assert (list(a.files), a.verbatim) == (list(b.files), b.verbatim)
        assert a.files == b.files


def test_serial_when_asked_or_for_one_target(work, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CODEGEN_SERIAL", "1")
    assert pipeline.render_targets(work) == [None] * 4  # type: ignore[arg-type]  # each renders in order
    monkeypatch.delenv("CODEGEN_SERIAL")
    assert pipeline.render_targets(work[:1]) == [None]  # type: ignore[arg-type]


def test_a_child_that_dies_leaves_its_share_to_this_process(work, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CODEGEN_SERIAL", raising=False)
    parent = os.getpid()
    real = pipeline._rendered_or_none

    def dying_child(*args):  # type: ignore[no-untyped-def]
        if os.getpid() != parent:
            os._exit(9)
        return real(*args)

    monkeypatch.setattr(pipeline, "_rendered_or_none", dying_child)
    results = pipeline.render_targets(work)  # type: ignore[arg-type]
    assert results.count(None) == 2, results  # the child's share, left to generate_target
    for (loaded, target, out_dir), r in zip(work, results):
        gen = pipeline.generate_target(loaded, target, out_dir, rendered_already=r)  # type: ignore[arg-type]
        on_disk = {p: (out_dir / p).read_text(encoding="utf-8") for p in gen.files}
        assert gen.files == on_disk, f"{out_dir}: not the committed files"


SETTINGS = """\
spec: spec.yaml
targets:
  - name: typescript
    template: typescript
    distribution: clash
    package: clash
    sdk_class: ClashSDK
    version: 0.0.1
  - name: python
    template: python
    distribution: clash
    package: clash
    sdk_class: ClashSDK
    version: 0.0.1
"""

# a schema named Security beside a security scheme: the python target refuses it while
# rendering (the class name of its credentials model); the TypeScript target renders it. Of
# two targets of one size, the second renders in the child: the python one
SPEC = """\
openapi: 3.0.3
info:
  title: Clash
  version: '1'
security:
  - bearer: []
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
                $ref: '#/components/schemas/Security'
components:
  securitySchemes:
    bearer:
      type: http
      scheme: bearer
  schemas:
    Security:
      type: object
      properties:
        level:
          type: string
"""
REPORT = (
    "spec.yaml:25: #/components/schemas/Security: error: the class name 'Security' is the SDK's model of "
    "the security scheme; rename the schema with x-py-name\n"
    "codegen: 1 error(s); nothing was written\n"
)


@pytest.mark.parametrize("serial", [False, True], ids=["forked", "serial"])
def test_a_target_that_fails_to_render_is_reported_as_one_process_reports_it(tmp_path: Path, serial: bool) -> None:
    (tmp_path / "codegen.yaml").write_text(SETTINGS, encoding="utf-8")
    (tmp_path / "spec.yaml").write_text(SPEC, encoding="utf-8")
    proc = run("generate", "--spec", "spec.yaml", "--settings", "codegen.yaml", "--out", "out", cwd=tmp_path,
               env={"CODEGEN_SERIAL": "1" if serial else ""})
    assert (proc.returncode, proc.stderr) == (2, REPORT)
    assert not (tmp_path / "out").exists()
