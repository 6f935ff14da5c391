"""Every relative link in the generated docs resolves, and so does every link in the seeds
(the pages our customers' current tools produce) against our docs tree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.markdown import anchor
from tests import shared_inputs

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#+\s+(.*?)\s*$", re.M)
NAMED_ANCHOR = re.compile(r'<a name="([^"]+)"></a>')
DOC_TREES = sorted(p for p in (ROOT / "generated").glob("*/*") if p.is_dir())


def _without_code(text: str) -> str:
    return re.sub(r"```.*?```", "", text, flags=re.S)


def anchors_of(page: Path) -> set[str]:
    text = _without_code(page.read_text(encoding="utf-8"))
    headings = HEADING.findall(text)
    # GitHub ids, and the heading text itself (markdown emphasis removed): the docs style of
    # seed 004 links `#create.ApiResponseFor200` to the heading `#### create.ApiResponseFor200`
    return {anchor(h) for h in headings} | {h.replace("*", "") for h in headings} | set(NAMED_ANCHOR.findall(text))


def broken_links(page: Path, text: str, tree: Path) -> list[str]:
    broken = []
    for target in LINK.findall(_without_code(text)):
        if re.match(r"^[a-z]+:", target):  # http:, https:, mailto:
            continue
        path, _, frag = target.partition("#")
        dest = (page.parent / path).resolve() if path else page.resolve()
        if not dest.is_file():
            broken.append(f"{target} (no file {dest.relative_to(tree.resolve()) if tree.resolve() in dest.parents else dest})")
        elif frag and dest.suffix == ".md" and frag not in anchors_of(dest):
            broken.append(f"{target} (no anchor #{frag})")
    return broken


@pytest.mark.parametrize("tree", DOC_TREES, ids=[f"{p.parent.name}/{p.name}" for p in DOC_TREES])
def test_every_relative_link_in_generated_docs_resolves(tree: Path) -> None:
    pages = sorted(tree.rglob("*.md"))
    assert pages
    problems = {str(p.relative_to(tree)): b for p in pages if (b := broken_links(p, p.read_text(encoding="utf-8"), tree))}
    assert not problems, problems


SEED_PAGES = {
    # seed file prefix -> (generated tree, the page the seed stands for)
    "000": ("leonardo/python", "docs/sdks/generation/README.md"),
    "001": ("leonardo/python", "docs/sdks/image/README.md"),
    "002": ("leonardo/typescript", "docs/sdks/generation/README.md"),  # older TypeScript docs
    "003": ("leonardo/typescript", "docs/sdks/image/README.md"),
    "004": ("leap/python", "docs/apis/tags/GenerateImagesApi.md"),
}


@pytest.mark.parametrize("prefix", sorted(SEED_PAGES))
def test_every_link_in_the_seeds_points_to_a_page_we_have(prefix: str) -> None:
    seed = shared_inputs.seed(prefix)
    tree_name, page = SEED_PAGES[prefix]
    tree = ROOT / "generated" / tree_name
    if not tree.is_dir():
        pytest.fail(f"generated/{tree_name} is missing")
    text = seed.read_text(encoding="utf-8")
    # anchors inside the seed page itself are the seed's own headings; files are what we must have
    links = [t for t in LINK.findall(_without_code(text)) if not t.startswith("#") and not re.match(r"^[a-z]+:", t)]
    assert links
    missing = [t for t in links if not ((tree / page).parent / t.partition("#")[0]).resolve().is_file()]
    assert not missing, missing
