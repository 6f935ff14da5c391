"""Naming rules, owned in one place.

Every generated identifier comes from `words()`: an identifier or a human label is
split into lowercase words once, and the case functions join them. Targets never
invent names of their own; they read the forms the IR stored.
"""

from __future__ import annotations

import functools
import keyword
import re

__all__ = [
    "words",
    "snake",
    "camel",
    "pascal",
    "py_class",
    "upper_first",
    "flat_lower",
    "constant",
    "safe_py",
    "safe_ts",
    "PY_RESERVED",
    "TS_RESERVED",
]

# Splits "getGenerationById", "get3DModelsByUserId", "InferencesController_create",
# "user-id", "SDXL_0_9", "HTTPServer" into words. Digits stay attached to the
# capitalised run that follows them ("3D"), as people read them.
WORD = _WORD = re.compile(
    r"""
    [A-Z]+[0-9]+(?![a-z])      # MP4 in motionMP4URL, V2 in ModelV2Entity (letters with their digits)
    |[0-9]+[A-Z]+(?![a-z])     # 3D, 2X (digits then an acronym)
    |[A-Z]+(?=[A-Z][a-z])      # HTTP in HTTPServer
    |[A-Z]?[a-z]+              # Generation, by
    |[A-Z]+                    # LCM, ID, SDXL
    |[0-9]+                    # 0, 9
    """,
    re.VERBOSE,
)

_DIGIT_WORDS = {
    "0": "zero",
    "1": "one",
    "2": "two",
    "3": "three",
    "4": "four",
    "5": "five",
    "6": "six",
    "7": "seven",
    "8": "eight",
    "9": "nine",
}

PY_RESERVED = (
    frozenset(keyword.kwlist)
    | frozenset(keyword.softkwlist)
    # names that would shadow what generated modules use in annotations and bodies
    | frozenset("self cls object str int float bool bytes List Dict Optional Any Union Annotated pydantic".split())
    # attributes of pydantic's BaseModel, which generated models subclass
    | frozenset(
        "copy dict json schema schema_json validate construct parse_obj parse_raw parse_file from_orm "
        "update_forward_refs model_config model_fields model_computed_fields model_extra model_fields_set "
        "model_construct model_copy model_dump model_dump_json model_json_schema model_parametrized_name "
        "model_post_init model_rebuild model_validate model_validate_json model_validate_strings".split()
    )
)

TS_RESERVED = frozenset(
    """break case catch class const continue debugger default delete do else enum export
    extends false finally for function if import in instanceof new null return super switch
    this throw true try typeof var void while with implements interface let package
    private protected public static yield await""".split()
)


def words(text: str) -> list[str]:
    """Lowercase words of an identifier or label, in order."""
    return [w.lower() for w in _WORD.findall(text)]


def _spell_leading_digit(ws: list[str]) -> list[str]:
    # Identifiers cannot start with a digit: "3d" -> "three", "d".
    if ws and ws[0][0].isdigit():
        head = ws[0]
        digits = re.match(r"[0-9]+", head)
        assert digits is not None
        spelled = [_DIGIT_WORDS[d] for d in digits.group(0)]
        rest = head[digits.end() :]
        return spelled + ([rest] if rest else []) + ws[1:]
    return ws


@functools.lru_cache(maxsize=None)  # pure, and asked again and again for the same names
def snake(text: str) -> str:
    """get3DModelsByUserId -> get_3d_models_by_user_id; 3D Model Assets -> three_d_model_assets."""
    return "_".join(_spell_leading_digit(words(text)))


@functools.lru_cache(maxsize=None)  # pure, and asked again and again for the same names
def camel(text: str) -> str:
    ws = _spell_leading_digit(words(text))
    if not ws:
        return ""
    return ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])


@functools.lru_cache(maxsize=None)  # pure, and asked again and again for the same names
def pascal(text: str) -> str:
    """Plain PascalCase: modelId -> ModelId."""
    return "".join(w[:1].upper() + w[1:] for w in _spell_leading_digit(words(text)))


# Python class names keep acronyms the way the source spelled them (LCM, SVD, NoBG)
# and write the word "id" as "ID": getGenerationById -> GetGenerationByID.
@functools.lru_cache(maxsize=None)  # pure, and asked again and again for the same names
def py_class(text: str) -> str:
    out = []
    shouting = not any(c.islower() for c in text)  # MODEL_ASSET_TYPES -> ModelAssetTypes
    for raw in _WORD.findall(text):
        if raw.lower() == "id":
            out.append("ID")
        elif (raw.isupper() and not shouting) or raw[:1].isdigit():
            out.append(raw)
        else:
            out.append(raw[:1].upper() + raw[1:].lower())
    ws = out
    if ws and ws[0][:1].isdigit():
        spelled = _spell_leading_digit([ws[0].lower()])
        ws = [w[:1].upper() + w[1:] for w in spelled] + ws[1:]
        # "3D" spelled as "Three", "d" -> keep the acronym letter upper: ThreeD
        ws = [w if i == 0 else w[:1].upper() + w[1:] for i, w in enumerate(ws)]
    return "".join(ws)


def upper_first(text: str) -> str:
    """modelId -> ModelId (only the first letter changes)."""
    return text[:1].upper() + text[1:]


def flat_lower(text: str) -> str:
    """RealtimeCanvas -> realtimecanvas: folder and file names of doc pages."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def constant(text: str) -> str:
    """Enum member names: v1_5 -> V1_5, SDXL_LIGHTNING -> SDXL_LIGHTNING, x1 -> X1."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").upper()
    if not name:
        return "EMPTY"
    if name[0].isdigit():
        name = "VALUE_" + name
    return name


def safe_py(name: str) -> str:
    return name + "_" if name in PY_RESERVED else name


def safe_ts(name: str) -> str:
    return name + "_" if name in TS_RESERVED else name
