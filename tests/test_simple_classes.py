"""The hand-written Simple classes (runtime/simple: lib.torch.nn, optim, cuda, util) and their
spec file (runtime/simple/torch_nn_spec.spl): the grammar checker, that they stand on the
generated Tier-3 API alone (generated/simple/mod.spl), that the spec file exercises every class,
and that the build places them with the generated Simple files (upstream's tree).

No Simple toolchain runs here (see tests/spl_grammar.py), so what the files call is checked
against what the generated module and the files themselves define: a method or function that
does not exist there is a failure, not a guess.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import spl_grammar  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "runtime" / "simple"
GENERATED = ROOT / "generated" / "simple"
MODULES = ("nn", "optim", "cuda", "util")  # lib.torch.<name>
SPEC_FILE = RUNTIME / "torch_nn_spec.spl"
# What upstream's mod.spl offered besides Tensor's methods (../shared/notes/simple-language.md)
UPSTREAM_CLASSES = ("Linear", "Conv2d", "MaxPool2d", "BatchNorm2d", "Dropout", "MSELoss",
                    "CrossEntropyLoss", "SGD", "Adam", "RMSprop", "Stream", "Sequential")
UPSTREAM_FUNCTIONS = ("torch_available", "torch_version", "cuda_available", "no_grad",
                      "set_seed", "manual_seed")
UPSTREAM_TENSOR = ("zeros", "ones", "randn", "from_handle", "drop", "clone", "ndim", "numel",
                   "shape", "size", "add", "sub", "mul", "div", "matmul", "mm", "dot", "relu",
                   "sigmoid", "tanh", "softmax", "log_softmax", "cuda", "cpu", "is_cuda",
                   "to_device", "backward", "zero_grad", "requires_grad", "detach", "view",
                   "reshape", "transpose", "permute", "squeeze", "unsqueeze")
# Calls that are Simple itself: list methods, and the spec DSL (in spec files).
LIST_METHODS = {"len", "push"}
SPEC_DSL = {"expect", "to_equal", "to_contain", "to_be_greater_than", "to_not_contain"}
KEYWORDS = {"if", "elif", "while", "for", "in", "not", "and", "or", "return", "fn"}

_STRING = re.compile(r'r?"(?:[^"\\]|\\.)*"')
_CLASS = re.compile(r"^class (\w+)")
_MEMBER = re.compile(r"^    (?:static fn|fn|me) (\w+)\(")
_STATIC = re.compile(r"^    static fn (\w+)\(")
_TOP_FN = re.compile(r"^fn (\w+)\(")
_USE = re.compile(r"^use ([\w.]+)\.\{(.*)\}$")


@dataclass
class SplFile:
    """What a .spl file defines, imports and calls (code only: strings and comments removed)."""

    path: Path
    classes: dict[str, set[str]] = field(default_factory=dict)  # class -> its members
    statics: set[str] = field(default_factory=set)  # static fn names of any class
    functions: set[str] = field(default_factory=set)  # top-level fns
    exports: set[str] = field(default_factory=set)
    uses: dict[str, set[str]] = field(default_factory=dict)  # module -> names
    code: list[tuple[int, str]] = field(default_factory=list)


def read(path: Path) -> SplFile:
    f = SplFile(path)
    current: str | None = None
    in_doc = False
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if in_doc:
            in_doc = '"""' not in raw
            continue
        if raw.strip().startswith('"""'):
            in_doc = raw.count('"""') == 1
            continue
        line = _STRING.sub('""', raw).split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if (m := _CLASS.match(line)) is not None:
            current = m.group(1)
            f.classes[current] = set()
        elif not line.startswith(" "):
            current = None
        if current is not None and (m := _MEMBER.match(line)) is not None:
            f.classes[current].add(m.group(1))
            if (s := _STATIC.match(line)) is not None:
                f.statics.add(s.group(1))
        if (m := _TOP_FN.match(line)) is not None:
            f.functions.add(m.group(1))
        if line.startswith("export "):
            f.exports |= {x.strip() for x in line[len("export "):].split(",")}
        if (m := _USE.match(line)) is not None:
            f.uses.setdefault(m.group(1), set()).update(
                x.strip() for x in m.group(2).split(","))
        f.code.append((n, line))
    return f


@pytest.fixture(scope="module")
def mod() -> SplFile:
    return read(GENERATED / "mod.spl")


@pytest.fixture(scope="module")
def runtime() -> dict[str, SplFile]:
    return {name: read(RUNTIME / f"{name}.spl") for name in MODULES}


def tensor_methods(mod: SplFile) -> set[str]:
    return mod.classes["Tensor"]


# ---- the files themselves -------------------------------------------------------------------

@pytest.mark.parametrize("name", [*MODULES, SPEC_FILE.stem])
def test_file_passes_the_grammar_checker(name: str) -> None:
    assert spl_grammar.check_file(RUNTIME / f"{name}.spl") == []


def test_every_upstream_class_and_function_exists(mod: SplFile,
                                                  runtime: dict[str, SplFile]) -> None:
    classes = {c for f in runtime.values() for c in f.classes}
    assert set(UPSTREAM_CLASSES) <= classes, set(UPSTREAM_CLASSES) - classes
    functions = mod.exports | {x for f in runtime.values() for x in f.exports}
    assert set(UPSTREAM_FUNCTIONS) <= functions, set(UPSTREAM_FUNCTIONS) - functions
    tensor = tensor_methods(mod)
    assert set(UPSTREAM_TENSOR) <= tensor, set(UPSTREAM_TENSOR) - tensor


def test_each_module_exports_what_it_defines(runtime: dict[str, SplFile]) -> None:
    for name, f in runtime.items():
        assert f.exports, name
        assert f.exports <= set(f.classes) | f.functions, (name, f.exports)
        assert set(f.classes) <= f.exports, (name, set(f.classes) - f.exports)


# ---- built on the generated Tier-3 API alone ---------------------------------------------------

def _imports(f: SplFile, mod: SplFile, runtime: dict[str, SplFile]) -> set[str]:
    names: set[str] = set()
    for module, imported in f.uses.items():
        if module == "lib.torch":
            allowed = mod.exports
        else:
            assert module.startswith("lib.torch."), f"{f.path.name}: use {module}"
            sibling = module.removeprefix("lib.torch.")
            assert sibling in runtime, f"{f.path.name}: use {module}: no such module"
            allowed = runtime[sibling].exports
        assert imported <= allowed, (f.path.name, module, imported - allowed)
        names |= imported
    return names


@pytest.mark.parametrize("name", [*MODULES, SPEC_FILE.stem])
def test_calls_only_the_generated_api_and_its_own_definitions(
        name: str, mod: SplFile, runtime: dict[str, SplFile]) -> None:
    f = read(RUNTIME / f"{name}.spl")
    text = "\n".join(line for _, line in f.code)
    assert "extern fn" not in text, "only the generated ffi.spl declares externs"
    assert not re.search(r"\b(?:simple_torch|rt_torch|spl)_\w+", text), \
        "a C or runtime symbol: go through the Tier-3 API"
    imported = _imports(f, mod, runtime)
    classes = {c: m for g in runtime.values() for c, m in g.classes.items()}
    methods = (tensor_methods(mod) | {m for ms in classes.values() for m in ms} | LIST_METHODS
               | (SPEC_DSL if name == SPEC_FILE.stem else set()))
    fn_params = {m.group(1) for _, line in f.code for m in re.finditer(r"(\w+): fn\(", line)}
    callable_names = (imported | f.functions | set(f.classes) | KEYWORDS | fn_params
                      | (SPEC_DSL if name == SPEC_FILE.stem else set()))
    for n, line in f.code:
        for m in re.finditer(r"\.(\w+)\(", line):
            assert m.group(1) in methods, f"{f.path.name}:{n}: no method {m.group(1)!r}: {line}"
        for m in re.finditer(r"(?<![.\w])(\w+)\(", line):
            called = m.group(1)
            if line.lstrip().startswith(("fn ", "static fn ", "me ")) and \
                    line.lstrip().split("(")[0].split()[-1] == called:
                continue  # the definition itself
            assert called in callable_names, f"{f.path.name}:{n}: {called!r} is not defined " \
                                             f"or imported: {line}"


def test_no_file_uses_the_raw_handle(runtime: dict[str, SplFile]) -> None:
    """Handles belong to the generated Tensor: the classes pass Tensors, never .handle."""
    for f in runtime.values():
        for n, line in f.code:
            assert ".handle" not in line, f"{f.path.name}:{n}: {line}"


# ---- the spec file exercises every class -------------------------------------------------------

def test_the_spec_file_exercises_every_class_and_function(runtime: dict[str, SplFile]) -> None:
    spec = read(SPEC_FILE)
    text = SPEC_FILE.read_text(encoding="utf-8")
    titles = re.findall(r'^describe "([^"]+)":$', text, re.M)
    code = "\n".join(line for _, line in spec.code)
    for module, f in runtime.items():
        for cls in f.classes:
            assert any(t.startswith(cls) for t in titles), f"no describe for {cls}"
            assert re.search(rf"\b{cls}(?:\.\w+)?\(", code), f"{cls} is never made"
            assert cls in spec.uses.get(f"lib.torch.{module}", set()), cls
        for fn in f.exports - set(f.classes):
            if fn in ("scalar",):  # a helper of the other modules, exercised through them
                continue
            assert re.search(rf"(?<![.\w]){fn}\(", code), f"{fn} is never called"


def test_every_case_ends_where_the_live_handles_started() -> None:
    """A case that makes tensors checks torch_live_handles() at its end: the classes' drop()
    frees what they own, forward() and step() free what they make."""
    text = SPEC_FILE.read_text(encoding="utf-8")
    cases = re.split(r"\n    it ", text)[1:]
    for case in cases:
        if "val live = torch_live_handles()" in case:
            assert "expect(torch_live_handles()).to_equal(live)" in case, case.splitlines()[0]
    made = [c for c in cases if "val live = torch_live_handles()" in c]
    assert len(made) >= 15


# ---- where the build puts them ------------------------------------------------------------------

BUILD_PACKAGE = Path(os.environ.get("STF_BUILD_PYTHON") or ROOT / "build" / "python") / \
    "simple_torch_ffi"
TREE = {
    "src/lib/torch": [GENERATED / "ffi.spl", GENERATED / "mod.spl",
                      *(RUNTIME / f"{m}.spl" for m in MODULES)],
    "src/lib/torch/lane": [GENERATED / "lane" / "ffi.spl", GENERATED / "lane" / "mod.spl"],
    "test/lib": [GENERATED / "torch_spec.spl", SPEC_FILE],
}


def _built() -> Path:
    if not (BUILD_PACKAGE / "_native").is_dir():
        pytest.skip(f"no build tree at {BUILD_PACKAGE} (`nox -s build` makes it)")
    return BUILD_PACKAGE / "simple"


def test_the_build_places_the_simple_tree_as_upstream_lays_it_out() -> None:
    tree = _built()
    for sub, sources in TREE.items():
        for src in sources:
            built = tree / sub / src.name
            assert built.is_file(), f"{built} is missing: rebuild (`nox -s build`)"
            assert built.read_bytes() == src.read_bytes(), f"{built} is stale: rebuild"


def test_info_prints_the_simple_tree() -> None:
    tree = _built()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        str(ROOT / p) for p in ("runtime/python", "generated/python"))
        + os.pathsep + str(BUILD_PACKAGE.parent)}
    out = subprocess.run([sys.executable, "-m", "simple_torch_ffi", "info"], capture_output=True,
                         text=True, env=env, check=True).stdout
    assert f"Simple sources: {tree}/src (lib.torch, lib.torch.nn" in out


def test_cmake_install_puts_the_tree_beside_the_package(tmp_path: Path) -> None:
    _built()
    build = ROOT / "build" / "cmake"
    if not (build / "cmake_install.cmake").is_file():
        pytest.skip(f"{build} is not a configured CMake build (`nox -s build`)")
    cmake = Path(sys.executable).parent / "cmake"
    subprocess.run([str(cmake) if cmake.exists() else "cmake", "--install", str(build),
                    "--prefix", str(tmp_path)], check=True, capture_output=True, text=True)
    installed = tmp_path / "simple_torch_ffi" / "simple"
    for sub, sources in TREE.items():
        for src in sources:
            assert (installed / sub / src.name).read_bytes() == src.read_bytes(), src.name
