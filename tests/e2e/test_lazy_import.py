"""The generated Leonardo package loads its modules on first use, and nobody can tell.

Installed in a fresh venv: `import leonardo_ai_sdk` loads neither httpx nor pydantic nor
asyncio, nor any model module; creating the client loads no group; a sync call against a
loopback server loads its own operation's models and not asyncio; yet `dir()` lists every
public name, star-imports work, and deprecated aliases resolve with a DeprecationWarning.
(No timing here: the figures come from benchmarks/import_time.py.)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.mockserver import MockServer
from tests.e2e.venvs import run_in_venv

SPEC = Path(__file__).resolve().parents[2] / "spec" / "leonardo" / "openapi.yaml"

DRIVER = r'''
import json, sys, warnings
loaded = lambda *prefixes: sorted(m for m in sys.modules if m.split(".")[0] in prefixes or m.startswith(prefixes))
out = {}
import leonardo_ai_sdk
out["after_import"] = loaded("httpx", "pydantic", "asyncio", "leonardo_ai_sdk.")
from leonardo_ai_sdk import LeonardoAiSDK
s = LeonardoAiSDK(bearer_auth="t", server_url=sys.argv[1])
out["after_construct"] = loaded("httpx", "pydantic", "asyncio", "leonardo_ai_sdk.resources.")
res = s.user.get_user_self()
out["status"] = res.status_code
out["after_call"] = loaded("asyncio", "leonardo_ai_sdk.models.operations.")
from leonardo_ai_sdk.models import operations, shared
out["dir_ops"] = sorted(n for n in dir(operations) if not n.startswith("_"))
out["all_ops"] = sorted(operations.__all__)
out["dir_sdk"] = [g for g in ("image", "user", "dataset") if g in dir(s)]
ns = {}
exec("from leonardo_ai_sdk.models.shared import *", ns)
out["star_shared"] = sorted(n for n in ns if not n.startswith("_"))
out["all_shared"] = sorted(shared.__all__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    out["alias_is_class"] = operations.LcmGenerationOutput is not shared.LcmGenerationOutput and \
        operations.PerformInstantRefineLcmGenerationOutput is shared.LcmGenerationOutput
    out["member_alias"] = shared.CanvasRequestType.IMG2_IMG is shared.CanvasRequestType.IMG2IMG
    out["method_alias"] = s.three_d_model_assets.get3_d_models_by_user_id.__name__
out["warnings"] = sorted({str(w.message).split(":")[0] for w in caught if w.category is DeprecationWarning})
print(json.dumps(out))
'''


def test_modules_load_on_first_use_and_every_name_is_still_there(sdk_venv: Callable[..., Path]) -> None:
    python = sdk_venv("leonardo", "python")
    with MockServer(SPEC, token=None) as server:
        r = run_in_venv(python, DRIVER, [server.base_url], timeout=120).check()
    out = json.loads(r.stdout.strip().splitlines()[-1])
    assert out["after_import"] == ["leonardo_ai_sdk._lazy"]
    assert out["after_construct"] == []  # no httpx, pydantic, asyncio or group yet
    assert out["status"] == 200
    assert out["after_call"] == ["leonardo_ai_sdk.models.operations.get_user_self"]
    assert set(out["all_ops"]) <= set(out["dir_ops"]) and len(out["all_ops"]) > 300
    assert out["dir_sdk"] == ["image", "user", "dataset"]
    assert out["star_shared"] == out["all_shared"]
    assert out["alias_is_class"] and out["member_alias"]
    assert out["method_alias"] == "get3_d_models_by_user_id"
    assert out["warnings"] == ["CanvasRequestType.IMG2_IMG is deprecated",
                               "leonardo_ai_sdk.models.operations.PerformInstantRefineLcmGenerationOutput is deprecated"]


@pytest.mark.parametrize("call", ["get3_d_models_by_user_id", "get_3d_models_by_user_id"])
def test_a_former_method_name_still_calls_the_operation(sdk_venv: Callable[..., Path], call: str) -> None:
    python = sdk_venv("leonardo", "python")
    code = (
        "import sys, warnings\n"
        "from leonardo_ai_sdk import LeonardoAiSDK\n"
        "s = LeonardoAiSDK(bearer_auth='t', server_url=sys.argv[1])\n"
        "with warnings.catch_warnings(record=True) as w:\n"
        "    warnings.simplefilter('always')\n"
        f"    res = s.three_d_model_assets.{call}(user_id='00000000-0000-4000-8000-000000000000')\n"
        "print(res.status_code, [str(x.message) for x in w if x.category is DeprecationWarning])\n"
    )
    with MockServer(SPEC, token=None) as server:
        r = run_in_venv(python, code, [server.base_url], timeout=120).check()
        assert [q.path for q in server.requests] == [
            "/api/rest/v1/models-3d/user/00000000-0000-4000-8000-000000000000"]
    status, _, warned = r.stdout.strip().partition(" ")
    assert status == "200"
    expected = "[]" if call.startswith("get_") else \
        "['get3_d_models_by_user_id() is deprecated: use get_3d_models_by_user_id()']"
    assert warned == expected
