"""Type knowledge lives in one table per target, and the runtime names no operation.

- every target's TypeTable has a complete row for every type the spec knows (types.ALL_TYPES);
- a type without a row fails generation naming the type and the target;
- no target branches over types (`case Type.`), and no runtime file names a spec operation;
- renaming every core function in the spec keeps the Python package working (it reaches the
  core by role).
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.__main__ import TARGETS, render_all
from codegen.errors import UnhandledTypeError
from codegen.spec import load_spec, parse_spec
from codegen.tables import TABLES, TypeTable
from codegen.types import ALL_TYPES, I64, Array, parse

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec" / "ffi.yaml")


def test_every_target_table_has_a_complete_row_for_every_type() -> None:
    assert TARGETS  # importing the targets registers their tables
    assert set(TABLES) == {"c", "cpp", "python", "tests", "simple", "word_lane"}
    for target, table in TABLES.items():
        assert table.missing() == [], f"table {target!r} lacks rows for {table.missing()}"
        for t in ALL_TYPES:
            row = table[t]
            assert dataclasses.is_dataclass(row), (target, t)
            for f in dataclasses.fields(row):  # every fact present (None only where typed so)
                assert hasattr(row, f.name), (target, t, f.name)


def test_a_type_without_a_row_is_a_generation_error_naming_it() -> None:
    table: TypeTable[int] = TypeTable("example", {I64: 1})
    try:
        with pytest.raises(UnhandledTypeError, match=r"target 'example' has no lowering for "
                                                     r"spec type \[i64\]"):
            table[Array(I64)]
    finally:
        del TABLES["example"]


def test_types_compose_and_spell_back() -> None:
    for t in ALL_TYPES:
        assert parse(t.value) == t
    assert parse("[i64]") == Array(I64) and parse("shape") != Array(I64)
    assert parse("[[i64]]") is None and parse("matrix") is None


def test_no_target_branches_over_types() -> None:
    for path in (ROOT / "codegen" / "targets").glob("*.py"):
        text = path.read_text()
        assert not re.search(r"case\s+Type\.", text), f"{path.name} matches over types"


def _quoted(name: str) -> re.Pattern[str]:
    return re.compile(r"[\"']" + re.escape(name) + r"[\"']|\b" + re.escape(SPEC.prefix + name)
                      + r"\b")


def test_no_runtime_file_names_an_operation() -> None:
    operations = [f.name for f in SPEC.functions if f.role is None]
    files = [p for p in (ROOT / "runtime").rglob("*") if p.suffix in (".py", ".h", ".cpp")]
    assert files
    for path in files:
        text = path.read_text()
        for name in operations:
            assert not _quoted(name).search(text), f"{path} names the operation {name}"


RENAMED_PROBE = """
import simple_torch_ffi as stf
stf.set_backend("pure")
t = stf.tensor([[1.0, 2.0], [3.0, 4.0]])
print((t @ t + 1).relu().tolist(), t.shape, t.numpy().sum(), t.to("cpu").device)
t[0] = 5.0
print(t[:, 0].tolist())
"""


def test_renaming_every_core_function_keeps_the_runtime_working(tmp_path: Path) -> None:
    """The runtime reaches the core by role: rename every core function in a copy of the spec,
    regenerate, and the (pure-backend) package still works."""
    text = (ROOT / "spec" / "ffi.yaml").read_text()
    for f in SPEC.functions:
        if f.role is not None:
            new = f"core_{f.role}_fn" + ("_" if f.inplace else "")  # torch's in-place mark
            text = text.replace(f"  - name: {f.name}\n", f"  - name: {new}\n")
    spec = parse_spec(text)
    assert {f.name.removesuffix("_") for f in spec.functions if f.role} == \
        {f"core_{r}_fn" for r in spec.roles}
    out = tmp_path / "generated"
    for rel, content in render_all(spec).files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_text(content)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(out / "python"), str(ROOT / "runtime/python")])
    r = subprocess.run([sys.executable, "-c", RENAMED_PROBE], env=env, capture_output=True,
                       text=True, check=False, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["[[8.0,", "11.0],", "[16.0,", "23.0]]", "(2,", "2)", "10.0",
                                "cpu", "[5.0,", "3.0]"]
