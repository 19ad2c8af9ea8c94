"""The generated JSON Schema accepts the real spec and flags what the loader refuses; the API
reference covers every function."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from codegen.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "generated/schema/ffi.schema.json").read_text())
SPEC_DATA = yaml.safe_load((ROOT / "spec/ffi.yaml").read_text())


def _problems(data: object) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return [e.message for e in validator.iter_errors(data)]


def test_schema_accepts_the_spec() -> None:
    assert _problems(SPEC_DATA) == []


def test_schema_flags_unknown_key_and_type() -> None:
    data = json.loads(json.dumps(SPEC_DATA))
    data["functions"][0]["colour"] = "blue"
    data["functions"][1]["returns"] = "matrix"
    problems = _problems(data)
    assert any("'colour' was unexpected" in p for p in problems), problems
    assert any("'matrix' is not one of" in p for p in problems), problems


def test_spec_points_editors_at_the_schema() -> None:
    first = (ROOT / "spec/ffi.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=../generated/schema/ffi.schema.json"


def test_api_reference_covers_every_function() -> None:
    text = (ROOT / "generated/docs/api.md").read_text()
    for f in load_spec(ROOT / "spec/ffi.yaml").functions:
        section = text.split(f"\n## {f.name}\n", 1)[1].split("\n## ", 1)[0]
        assert f" {f.symbol}(" in section.split("- C: `", 1)[1].split("`", 1)[0], f.name
        assert f"extern fn {f.symbol}(" in section, f.name
        assert "Sentinel:" in section, f.name
