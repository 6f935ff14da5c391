"""Drop-in compatibility with the published SDKs our customers' users already run.

leonardo-ai-sdk 6.0.1 and leap-python-sdk 1.0.0 are installed from the package index into
scratch venvs (cached under .tools/published/), their public surface is listed by
introspection (tests/e2e/dropin/surface.py), and every name of it is looked up in our
generated package installed in a fresh venv. Whatever does not resolve with a compatible
signature must be listed, with its reason, in tests/e2e/dropin/expected_exceptions.txt, and
every line there must still be needed. Under CI=true a failed install fails the test;
elsewhere (no network) it skips.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.dropin.compare import compare, read_exceptions
from tests.e2e.published import published_venv
from tests.e2e.venvs import VenvError, run_in_venv

HERE = Path(__file__).resolve().parent / "dropin"
SURFACE = HERE / "surface.py"
EXCEPTIONS = HERE / "expected_exceptions.txt"

CASES = {
    # api: (style, distribution, version, import package, client class)
    "leonardo": ("speakeasy", "leonardo-ai-sdk", "6.0.1", "leonardo_ai_sdk", "LeonardoAiSDK"),
    "leap": ("konfig", "leap-python-sdk", "1.0.0", "leap", "Leap"),
}


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _surface(python: Path, args: list[str], tmp: Path) -> dict:
    r = run_in_venv(python, SURFACE, args, timeout=180, cwd=tmp)
    assert r.rc == 0, f"surface.py {' '.join(args)} failed:\n{r.stderr[-3000:]}"
    return json.loads(r.stdout)


@pytest.mark.parametrize("api", sorted(CASES))
def test_published_names_resolve(api: str, sdk_venv: Callable[..., Path], tmp_path: Path,
                                 repo_root: Path) -> None:
    style, dist, version, package, sdk_class = CASES[api]
    try:
        vendor_python = published_venv(dist, version)
    except VenvError as e:
        if _in_ci():
            pytest.fail(f"installing {dist}=={version} from the package index failed:\n{e}", pytrace=False)
        pytest.skip(f"{dist}=={version} could not be installed (no package index?): {str(e)[:300]}")
    published = _surface(vendor_python, [style, package, sdk_class], tmp_path)
    assert len(published["methods"]) > 10 and len(published["classes"]) > 10, "the published surface looks empty"
    (tmp_path / "published.json").write_text(json.dumps(published))
    ours = _surface(sdk_venv(api, "python"), [style, package, sdk_class, str(tmp_path / "published.json")],
                    tmp_path)
    report = compare(published, ours)
    expected = {k.split(":", 1)[1]: v for k, v in read_exceptions(EXCEPTIONS).items() if k.startswith(api + ":")}
    unexpected = {k: v for k, v in report.problems.items() if k not in expected}
    stale = sorted(k for k in expected if k not in report.problems)
    print(f"{api}: {report.summary()}")
    assert not unexpected, (f"{len(unexpected)} published names of {dist} {version} do not resolve in "
                            "generated/" + api + "/python:\n" + "\n".join(f"  {k}: {v}" for k, v in
                                                                         sorted(unexpected.items())))
    assert not stale, f"lines of {EXCEPTIONS.name} that no longer apply: {stale}"

    # every name served only as a deprecated alias is listed in the package README
    readme = (repo_root / "generated" / api / "python" / "README.md").read_text(encoding="utf-8")
    rows = "\n".join(line for line in readme.splitlines() if line.startswith("| "))
    unlisted = [k for k in ours["deprecated"]  # a row names an alias "(and `_async`)" / "(and `TypedDict`)"
                if f"{k.rsplit('.', 1)[-1].removesuffix('_async').removesuffix('TypedDict')}`" not in rows]
    assert not unlisted, f"deprecated aliases missing from the README's alias table: {unlisted}"
