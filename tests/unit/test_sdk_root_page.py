"""The root page of the SDK class (docs/sdks/leonardoaisdk/README.md, where the published
leonardo-ai-sdk keeps its own) and the README's links to it.

The constructor arguments are written out by hand in leonardo-ai-sdk 6.0.1's order (what
its users' code passes); the page must list exactly those, and so must the generated
client's signature, so the page stays true to the code.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated/leonardo/python"
PAGE = PACKAGE / "docs/sdks/leonardoaisdk/README.md"
ARGUMENTS = ["bearer_auth", "server_idx", "server_url", "url_params", "client", "async_client", "retry_config",
             "timeout_ms", "debug_logger",
             "read_timeout_ms", "max_response_bytes"]  # after the published ones: the limits of issue 7
GROUPS = ["dataset", "elements", "image", "init_images", "models", "motion", "pricing_calculator", "prompt",
          "realtime_canvas", "texture", "three_d_model_assets", "user", "variation"]


def _table_names(text: str, heading: str) -> list[str]:
    section = text.split(heading + "\n", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [row.strip("|").split("|")[0].strip().strip("`") for row in rows]


def test_root_page_lists_the_constructor_arguments_the_client_has() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert text.startswith("# LeonardoAiSDK SDK\n\n## Overview\n\nRest Endpoints: Leonardo.Ai API OpenAPI specification.")
    assert _table_names(text, "### Constructor Arguments") == ARGUMENTS
    sys.path.insert(0, str(PACKAGE / "src"))
    try:
        from leonardo_ai_sdk.sdk import LeonardoAiSDK

        params = list(inspect.signature(LeonardoAiSDK.__init__).parameters)
    finally:
        sys.path.remove(str(PACKAGE / "src"))
        for name in [m for m in sys.modules if m.split(".")[0] == "leonardo_ai_sdk"]:
            del sys.modules[name]
    assert params == ["self", *ARGUMENTS]


def test_root_page_and_readme_list_every_resource_alphabetically() -> None:
    text = PAGE.read_text(encoding="utf-8")
    listed = [line[3:].split("]")[0] for line in text.split("### Available Resources\n", 1)[1].splitlines()
              if line.startswith("* [")]
    assert listed == GROUPS
    readme = (PACKAGE / "README.md").read_text(encoding="utf-8")
    assert "[LeonardoAiSDK](docs/sdks/leonardoaisdk/README.md)" in readme
    resources = readme.split("## Available Resources and Operations\n", 1)[1].split("\n## ", 1)[0]
    assert [line[5:].split("]")[0] for line in resources.splitlines() if line.startswith("### [")] == GROUPS


# The section structure of leonardo-ai-sdk 6.0.1's README-PYPI.md (headings in the order of its
# table of contents), written out by hand; ours adds "Deprecated Names" at the end.
VENDOR_SECTIONS = [
    "## Summary", "## Table of Contents", "## SDK Installation", "### PIP", "### Poetry", "## IDE Support",
    "### PyCharm", "## SDK Example Usage", "### Example", "## Available Resources and Operations", "## Retries",
    "## Error Handling", "### Example", "## Server Selection", "### Select Server by Index",
    "### Override Server URL Per-Client", "## Custom HTTP Client", "## Authentication",
    "### Per-Client Security Schemes", "## Debugging",
]


def test_readme_follows_the_vendor_section_structure() -> None:
    readme = (PACKAGE / "README.md").read_text(encoding="utf-8")
    headings = []
    in_code = False
    for line in readme.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and line.startswith("##") and not line.startswith("### ["):
            headings.append(line)
    assert headings == VENDOR_SECTIONS + ["## Deprecated Names"]
    toc = [line[3:].split("]")[0] for line in readme.split("## Table of Contents\n", 1)[1].split("\n## ", 1)[0]
           .splitlines() if line.startswith("* [")]
    assert toc == [h[3:] for h in headings if h.startswith("## ") and h not in ("## Summary", "## Table of Contents")]
