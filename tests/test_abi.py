"""`nox -s abi`: released functions are never removed or changed; adding is always allowed."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _project(tmp_path: Path) -> Path:
    dst = tmp_path / "proj"
    for part in ("codegen", "spec", "abi"):
        shutil.copytree(ROOT / part, dst / part, ignore=shutil.ignore_patterns("__pycache__"))
    return dst


def _abi(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "codegen", "abi", "--root", str(project),
                           "--spec", str(project / "spec/ffi.yaml"), *args],
                          cwd=ROOT, capture_output=True, text=True, check=False)


def _edit(project: Path, old: str, new: str) -> None:
    spec = project / "spec/ffi.yaml"
    text = spec.read_text()
    assert old in text
    spec.write_text(text.replace(old, new, 1))


def test_main_is_compatible_with_the_record() -> None:
    result = _abi(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ABI compatible" in result.stdout


def test_changed_signature_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, "args: [{name: n, type: i64}, {name: dtype",
          "args: [{name: n, type: i32}, {name: dtype")
    result = _abi(project)
    assert result.returncode == 1
    assert ("changed: simple_torch_tensor_eye\n"
            "  released: int64_t simple_torch_tensor_eye(int64_t n, int32_t dtype)\n"
            "  now:      int64_t simple_torch_tensor_eye(int32_t n, int32_t dtype)\n"
            "  keep the released signature and add simple_torch_tensor_eye_v2 with the new one"
            ) in result.stdout
    # Recording it anyway needs a deliberate abi_version bump.
    assert _abi(project, "--record").returncode == 1
    version = int(re.search(r"^abi_version: (\d+)$", (project / "spec/ffi.yaml").read_text(),
                            re.M).group(1))  # type: ignore[union-attr]
    _edit(project, f"abi_version: {version}", f"abi_version: {version + 1}")
    assert _abi(project, "--record").returncode == 0
    assert _abi(project).returncode == 0


def test_removed_function_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path)
    spec = project / "spec/ffi.yaml"
    text = spec.read_text()
    start = text.index("  - name: tensor_clone\n")
    end = text.index("  # ---- lifetime")
    spec.write_text(text[:start] + text[end:])
    result = _abi(project)
    assert result.returncode == 1
    assert "removed: simple_torch_tensor_clone (released functions are never removed" in \
        result.stdout


def test_versioned_successor_and_additions_are_allowed(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, "  # ---- lifetime", """  - name: tensor_eye_v2
    doc: New n x n float32 identity matrix (i32 size).
    args: [{name: n, type: i32}]
    returns: tensor
    sentinel: 0
    torch: at::eye(n, stf::float_options())

  # ---- lifetime""")
    result = _abi(project)
    assert result.returncode == 0, result.stderr
    assert "added: simple_torch_tensor_eye_v2" in result.stdout
