"""Benchmarks of simple-torch-ffi: `nox -s bench` (or `python bench/run.py` in .nox/torch-env).

Every row is a ratio measured side by side in this one run: the two sides are timed in
alternation (ABBA order) for several repeats, and the table shows the median of the per-repeat
ratios with their spread (25th-75th percentile). Rows:

  1  C ABI overhead: simple_torch_tensor_add + tensor_free vs at::add, 2x3 (C++ harness)
  2  Python raw binding: lib.simple_torch_tensor_add + free vs torch.add, 2x3
  3  Python Tensor API `a + b` (creation and finalization included) vs torch `x + y`
     (3b the fast path's C function + free alone; 3c / 3d the floor of any Python-level
     tensor: a bare class with __add__ and __del__ around the same two C calls / without
     __del__, freeing explicitly)
  4  matmul 1000x1000 through the ABI vs torch.matmul
  5  data in/out: float32 numpy array of 10^7 elements into a tensor and back vs np.copy
     (5c through DLPack, zero copy; 5d through the raw bytes roles; 5e one DLPack import vs
     torch.from_dlpack)
  6  contention: handle operations from 2 threads vs 1 (throughput, C++ harness), as a fraction
     of libtorch's own 2-thread speed-up for the same work on plain at::Tensor objects
  7  pure (numpy) backend vs torch backend, same Tensor API operations (informational)
  8  build: clean generate + build, no-op rebuild, generate on an unchanged spec (seconds)
  9  overhead as work grows: ABI / torch for add at 1, 10^3, 10^6 elements and matmul at
     64, 256, 1024 (the ratio must fall to 1.0 as the work grows)
 10  the seed's table: matmul 1000^2 and 5000^2, conv2d 3x224x224 -> 64 channels (3x3),
     through the ABI vs torch (goal 1.02), the pure backend's time beside them
 11  one CNN training step (forward, cross_entropy, backward, SGD+momentum step) through the
     Tensor API (stf.nn, stf.optim) vs the same model and batch in torch

Rows marked "info" have no goal: they explain another row (a breakdown, a projection).
Results: bench/results/latest.json and bench/results/latest.png (bench/results/ is ignored by
git). Needs a current build (`nox -s build bench`). `--quick` runs fewer repeats (a smoke test,
not for reporting); `--rows 1,2` runs some rows only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import traceback
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _p in ("build/python", "generated/python", "runtime/python"):
    if str(ROOT / _p) not in sys.path:
        sys.path.insert(0, str(ROOT / _p))

import numpy as np  # noqa: E402
import torch  # noqa: E402

import simple_torch_ffi as stf  # noqa: E402

RESULTS = ROOT / "bench" / "results"
BUILD_DIR = ROOT / "build" / "cmake"  # where `nox -s build` builds (the harness included)
HARNESS_TARGET = "stf_bench_abi"  # bench/CMakeLists.txt: bench/abi_overhead.cpp
HARNESS_BIN = BUILD_DIR / "bench" / "abi_overhead"

Loop = Callable[[int], object]  # runs its operation n times


# ---- measurement --------------------------------------------------------------------------------
@dataclass
class Row:
    key: str
    name: str
    value: float | None = None  # the median ratio (or seconds for build rows)
    lo: float | None = None  # 25th percentile of the per-repeat values
    hi: float | None = None  # 75th percentile
    unit: str = "x"  # "x" (ratio) or "s" (seconds)
    goal: tuple[str, float] | None = None  # ("<=", 1.05) / (">=", 1.6) / None: informational
    status: str = "info"  # met | missed | info | skipped | error
    detail: str = ""  # the two sides' medians, e.g. "1.92 us vs 1.71 us"
    samples: dict[str, Any] = field(default_factory=dict)

    def judge(self) -> Row:
        if self.value is None:
            return self
        if self.goal is None:
            self.status = "info"
        else:
            op, target = self.goal
            ok = self.value <= target if op == "<=" else self.value >= target
            self.status = "met" if ok else "missed"
        return self


def quartiles(values: list[float]) -> tuple[float, float, float]:
    """(median, 25th, 75th percentile)."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    q = statistics.quantiles(values, n=4, method="inclusive")
    return statistics.median(values), q[0], q[2]


def calibrate(fn: Loop, target_s: float) -> int:
    """Iterations of fn that take about target_s seconds (at least 1)."""
    n = 1
    while True:
        t0 = time.perf_counter()
        fn(n)
        elapsed = time.perf_counter() - t0
        if elapsed >= target_s / 8 or n >= 1 << 26:
            return max(1, int(n * target_s / max(elapsed, 1e-9)))
        n *= 4


def interleave(a: Loop, b: Loop, repeats: int, target_s: float) -> tuple[list[float], list[float]]:
    """Seconds per operation of a and of b, `repeats` times each, in ABBA order (gc off)."""
    n = max(1, min(calibrate(a, target_s), calibrate(b, target_s)))
    ta: list[float] = []
    tb: list[float] = []
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for r in range(repeats):
            order = ((a, ta), (b, tb)) if r % 2 == 0 else ((b, tb), (a, ta))
            for fn, out in order:
                t0 = time.perf_counter_ns()
                fn(n)
                out.append((time.perf_counter_ns() - t0) * 1e-9 / n)
    finally:
        if enabled:
            gc.enable()
    return ta, tb


def fmt_time(seconds: float) -> str:
    for unit, scale in (("s", 1.0), ("ms", 1e-3), ("us", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def ratio_row(key: str, name: str, goal: tuple[str, float] | None, ta: list[float],
              tb: list[float], labels: tuple[str, str], **samples: Any) -> Row:
    """Row of the ratio a/b from interleaved per-operation times."""
    ratios = [x / y for x, y in zip(ta, tb, strict=True)]
    med, lo, hi = quartiles(ratios)
    detail = (f"{labels[0]} {fmt_time(statistics.median(ta))} vs "
              f"{labels[1]} {fmt_time(statistics.median(tb))}")
    return Row(key, name, med, lo, hi, "x", goal, detail=detail,
               samples={"a_s": ta, "b_s": tb, "ratios": ratios, "labels": labels,
                        **samples}).judge()


# ---- the machine --------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:  # the compiler CMake built the library and the harness with
        cxx = subprocess.run([cmake_cache("CMAKE_CXX_COMPILER") or "unknown", "--version"],
                             capture_output=True, text=True, check=False).stdout.splitlines()[0]
    except (OSError, IndexError):
        cxx = "unknown"
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpu": model, "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)),
        "memory_gib": round(mem, 1), "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(), "numpy": np.__version__,
        "python": platform.python_version(), "compiler": cxx, "kernel": platform.release(),
        "library": stf.load_variant("torch").version,
    }


class ForeignLoad:
    """CPU time other processes used while we ran (the bench shares the machine)."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.busy0 = self._busy()
        self.own0 = self._own()

    @staticmethod
    def _busy() -> float:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
        ticks = [int(x) for x in fields]
        idle = ticks[3] + ticks[4]  # idle + iowait
        return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _own() -> float:
        s = resource.getrusage(resource.RUSAGE_SELF)
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

    def cores(self) -> float:
        """Average number of cores busy with other processes since construction."""
        wall = max(time.monotonic() - self.t0, 1e-9)
        other = (self._busy() - self.busy0) - (self._own() - self.own0)
        return max(other, 0.0) / wall


# ---- the C++ harness (rows 1 and 6) ------------------------------------------------------------
def tool(name: str) -> str:
    """A program of this interpreter's environment (cmake, ninja), else from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def cmake_cache(name: str) -> str | None:
    """A value of build/cmake/CMakeCache.txt (None when absent)."""
    cache = BUILD_DIR / "CMakeCache.txt"
    if not cache.exists():
        return None
    for line in cache.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and key.split(":", 1)[0] == name:
            return value
    return None


def harness() -> tuple[Path, float]:
    """Build the C++ harness with CMake (target stf_bench_abi of build/cmake, linked to the torch
    variant there; a no-op after `nox -s build`); returns (binary, build seconds)."""
    if cmake_cache("CMAKE_CXX_COMPILER") is None:
        raise RuntimeError(f"{BUILD_DIR} is not configured: run `nox -s build` first")
    t0 = time.perf_counter()
    built = subprocess.run([tool("cmake"), "--build", str(BUILD_DIR), "--target", HARNESS_TARGET],
                           capture_output=True, text=True, check=False)
    if built.returncode != 0 or not HARNESS_BIN.exists():
        raise RuntimeError(f"cmake could not build {HARNESS_TARGET} (it needs libtorch and "
                           f"STF_BUILD_BENCH=ON):\n{built.stdout[-2000:]}{built.stderr[-2000:]}")
    return HARNESS_BIN, time.perf_counter() - t0


def run_harness(binary: Path, *args: str) -> dict[str, Any]:
    out = subprocess.run([str(binary), *args], check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def row1_abi_overhead(binary: Path, repeats: int, iters: int) -> list[Row]:
    """Blocks of `iters` calls, ABBA, timed in thread CPU time (descheduling does not count)."""
    r = run_harness(binary, "add", str(repeats), str(iters))
    ta = [x * 1e-9 for x in r["abi_ns"]]
    tb = [x * 1e-9 for x in r["direct_ns"]]
    return [ratio_row("1", "C ABI add+free vs at::add (2x3, C++)", ("<=", 1.03), ta, tb,
                      ("abi", "at::add"), iters=r["iters"])]


def row6_contention(binary: Path, repeats: int, iters: int) -> list[Row]:
    """Each mode's 2-thread speed-up (throughput of 2 threads / 1 thread) through the ABI as a
    fraction of libtorch's own speed-up for the same work with plain at::Tensor objects (the
    floor), both measured in every repeat beside a control loop with no library call (the
    machine's ceiling at that moment)."""
    rows = []
    modes = (("6", "create", "2 vs 1 threads: ones([1])+numel+free, ABI / libtorch", (">=", 0.9)),
             ("6b", "query", "  2 vs 1 threads: numel on own handles, ABI / libtorch", (">=", 0.9)),
             ("6c", "shared", "  2 vs 1 threads: numel on ONE shared handle, ABI / libtorch",
              (">=", 0.8)))
    controls: list[float] = []

    def speedups(r: dict[str, Any], one: str, two: str) -> list[float]:
        return [2 * x / y for x, y in zip(r[one], r[two], strict=True)]

    for key, mode, name, goal in modes:
        n = iters if mode == "create" else iters * 20
        r = run_harness(binary, "contention", mode, str(repeats), str(n))
        abi = speedups(r, "one_thread_ns", "two_threads_ns")
        floor = speedups(r, "floor_one_thread_ns", "floor_two_threads_ns")
        ceiling = speedups(r, "control_one_thread_ns", "control_two_threads_ns")
        controls += ceiling
        fractions = [a / f for a, f in zip(abi, floor, strict=True)]
        med, lo, hi = quartiles(fractions)
        m = statistics.median
        detail = (f"speed-up ABI {m(abi):.2f}x, libtorch {m(floor):.2f}x, "
                  f"machine {m(ceiling):.2f}x; "
                  f"per op: ABI {fmt_time(m(r['one_thread_ns']) * 1e-9)} (1 thread), "
                  f"{fmt_time(m(r['two_threads_ns']) * 1e-9)} (each of 2), libtorch "
                  f"{fmt_time(m(r['floor_one_thread_ns']) * 1e-9)}, "
                  f"{fmt_time(m(r['floor_two_threads_ns']) * 1e-9)}")
        rows.append(Row(key, name, med, lo, hi, "x", goal, detail=detail,
                        samples={**r, "speedups": abi, "floor_speedups": floor,
                                 "ceiling": ceiling, "fractions": fractions}).judge())
    med, lo, hi = quartiles(controls)
    rows.append(Row("6d", "  2 vs 1 threads: no library call (ceiling)", med, lo, hi, "x", None,
                    detail="control loop interleaved with 6-6c: what the machine allowed",
                    samples={"speedups": controls}).judge())
    return rows


# ---- Python rows --------------------------------------------------------------------------------
def _handle_from(v: stf.Variant, a: np.ndarray[Any, Any]) -> int:
    data = np.ascontiguousarray(a, dtype=np.float64)
    dims = np.array(a.shape, dtype=np.int64)
    h = int(v.lib.simple_torch_tensor_from_data(v.ffi.from_buffer("double[]", data), data.size,
                                                v.ffi.from_buffer("int64_t[]", dims), dims.size))
    if h == 0:
        v.raise_last_error("simple_torch_tensor_from_data")
    return h


def row2_raw_binding(v: stf.Variant, repeats: int, target_s: float) -> list[Row]:
    x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    y = torch.ones(2, 3)
    ha, hb = _handle_from(v, x.numpy()), _handle_from(v, y.numpy())
    add, free = v.lib.simple_torch_tensor_add, v.lib.simple_torch_tensor_free
    kind = v.lib.simple_torch_last_error_kind
    tadd = torch.add

    def raw(n: int) -> None:
        for _ in range(n):
            free(add(ha, hb))

    def checked(n: int) -> None:  # what a safe wrapper must do: check the error after each call
        for _ in range(n):
            h = add(ha, hb)
            if kind():
                raise RuntimeError("tensor_add failed")
            free(h)
            if kind():
                raise RuntimeError("tensor_free failed")

    def direct(n: int) -> None:
        for _ in range(n):
            tadd(x, y)

    try:
        ta, tb = interleave(raw, direct, repeats, target_s)
        tc, td = interleave(checked, direct, repeats, target_s)
    finally:
        free(ha)
        free(hb)
    return [ratio_row("2", "Python raw lib add+free vs torch.add (2x3)", ("<=", 0.90), ta, tb,
                      ("raw", "torch.add")),
            ratio_row("2b", "  same + last_error_kind check per call", None, tc, td,
                      ("checked", "torch.add"))]


def row3_tensor_api(repeats: int, target_s: float) -> list[Row]:
    a = stf.Tensor.from_numpy(np.arange(6, dtype=np.float32).reshape(2, 3), backend="torch")
    b = stf.Tensor.from_numpy(np.ones((2, 3), dtype=np.float32), backend="torch")
    x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
    y = torch.ones(2, 3)
    assert np.allclose((a + b).numpy(), (x + y).numpy())

    def api(n: int) -> None:
        for _ in range(n):
            a + b  # noqa: B018 - the result is created and finalized each iteration

    def direct(n: int) -> None:
        for _ in range(n):
            x + y  # noqa: B018

    ta, tb = interleave(api, direct, repeats, target_s)
    rows = [ratio_row("3", "Tensor API a + b vs torch x + y (2x3)", ("<=", 1.05), ta, tb,
                      ("Tensor", "torch"))]
    # Where the time goes: each layer of a + b on its own (medians, same run).
    be = stf.backends.get_backend("torch")
    ha = be.from_numpy(np.arange(6, dtype=np.float32).reshape(2, 3))
    hb = be.from_numpy(np.ones((2, 3), dtype=np.float32))

    add = be.raw_ops[stf._abi.FAST_OPS.index("tensor_add")]  # the C function of the fast path

    def backend_only(n: int) -> None:
        free = be.release  # type: ignore[attr-defined]  # what Tensor.__del__ calls
        for _ in range(n):
            free(add(ha, hb))

    tc, td = interleave(backend_only, direct, repeats, target_s)
    rows.append(ratio_row("3b", "  the fast path's C function + free only vs torch", None, tc,
                          td, ("C calls", "torch")))

    # The floor of any Python-level tensor class: the same two C calls inside the least a
    # Python object can do (one slot, __add__, and __del__ freeing; or no __del__ at all).
    free, new = be.release, object.__new__  # type: ignore[attr-defined]

    class Bare:
        __slots__ = ("h",)

        def __add__(self, other: Bare) -> Bare:
            t = new(Bare)
            t.h = add(self.h, other.h)
            return t

    class Finalized(Bare):
        __slots__ = ()

        def __add__(self, other: Bare) -> Finalized:
            t = new(Finalized)
            t.h = add(self.h, other.h)
            return t

        def __del__(self) -> None:
            free(self.h)

    fa, fb, ba, bb = new(Finalized), new(Finalized), new(Bare), new(Bare)
    fa.h = ba.h = ha
    fb.h = bb.h = hb

    def finalized(n: int) -> None:
        for _ in range(n):
            fa + fb  # noqa: B018

    def bare(n: int) -> None:
        for _ in range(n):
            free((ba + bb).h)

    te, tf = interleave(finalized, direct, repeats, target_s)
    tg, th = interleave(bare, direct, repeats, target_s)
    rows += [ratio_row("3c", "  floor: a bare Python class (__add__, __del__) vs torch", None,
                       te, tf, ("bare+__del__", "torch")),
             ratio_row("3d", "  floor: the same without __del__ (explicit free) vs torch", None,
                       tg, th, ("bare", "torch"))]
    fa.h = fb.h = 0  # borrowed handles: their __del__ frees nothing (0 is never a handle)
    be.free(ha)
    be.free(hb)
    a.close()
    b.close()
    return rows


def row4_matmul(v: stf.Variant, repeats: int, target_s: float) -> list[Row]:
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(1000, 1000, generator=gen)
    y = torch.randn(1000, 1000, generator=gen)
    ha, hb = _handle_from(v, x.numpy()), _handle_from(v, y.numpy())
    mm, free = v.lib.simple_torch_tensor_matmul, v.lib.simple_torch_tensor_free
    tmm = torch.matmul

    def abi(n: int) -> None:
        for _ in range(n):
            free(mm(ha, hb))

    def direct(n: int) -> None:
        for _ in range(n):
            tmm(x, y)

    try:
        ta, tb = interleave(abi, direct, repeats, target_s)
    finally:
        free(ha)
        free(hb)
    return [ratio_row("4", "matmul 1000x1000 via ABI vs torch.matmul", ("<=", 1.02), ta, tb,
                      ("abi", "torch"), torch_threads=torch.get_num_threads())]


def row5_data(v: stf.Variant, repeats: int, target_s: float) -> list[Row]:
    n_el = 10**7
    a = np.random.default_rng(0).standard_normal(n_el, dtype=np.float32)
    dims = np.array([n_el], dtype=np.int64)
    ffi = v.ffi
    from_data, to_data = v.lib.simple_torch_tensor_from_data, v.lib.simple_torch_tensor_to_data
    free = v.lib.simple_torch_tensor_free
    dims_p = ffi.from_buffer("int64_t[]", dims)
    stages: dict[str, list[float]] = {k: [] for k in ("f32->f64", "from_data", "to_data",
                                                      "f64->f32", "free")}

    def roundtrip(record: bool) -> np.ndarray[Any, Any]:
        t = [time.perf_counter()]
        d = a.astype(np.float64)  # the ABI takes const double*
        t.append(time.perf_counter())
        h = from_data(ffi.from_buffer("double[]", d), n_el, dims_p, 1)
        t.append(time.perf_counter())
        out = np.empty(n_el, dtype=np.float64)  # and writes double*
        got = to_data(h, ffi.from_buffer("double[]", out), n_el)
        t.append(time.perf_counter())
        res = out.astype(np.float32)
        t.append(time.perf_counter())
        free(h)
        t.append(time.perf_counter())
        if h == 0 or got != n_el:
            v.raise_last_error("simple_torch_tensor_from_data/to_data")
        if record:
            for k, t0, t1 in zip(stages, t, t[1:], strict=False):
                stages[k].append(t1 - t0)
        return res

    assert np.array_equal(roundtrip(False), a)

    def abi(n: int) -> None:
        for _ in range(n):
            roundtrip(False)

    def copy(n: int) -> None:
        for _ in range(n):
            np.copy(a)

    def f32_abi(n: int) -> None:
        # The float32 entry points of the spec: one memcpy in, one memcpy out.
        from_f32, to_f32 = v.lib.simple_torch_tensor_from_f32, v.lib.simple_torch_tensor_to_f32
        src = ffi.from_buffer("float[]", a)
        for _ in range(n):
            h = from_f32(src, n_el, dims_p, 1)
            out = np.empty(n_el, dtype=np.float32)
            got = to_f32(h, ffi.from_buffer("float[]", out), n_el)
            free(h)
            if h == 0 or got != n_el:
                v.raise_last_error("simple_torch_tensor_from_f32/to_f32")

    ta, tb = interleave(abi, copy, repeats, target_s)
    tc, td = interleave(f32_abi, copy, repeats, target_s)
    for _ in range(3):
        roundtrip(True)
    breakdown = ", ".join(f"{k} {fmt_time(statistics.median(s))}" for k, s in stages.items())
    rows = [ratio_row("5", "data in+out 10^7 f32 via the f32 ABI vs np.copy", ("<=", 1.2), tc,
                      td, ("f32 abi", "np.copy")),
            ratio_row("5b", "  same via the f64 ABI (two conversions)", None, ta, tb,
                      ("f64 abi", "np.copy"), stages_s=stages)]
    rows[1].samples["breakdown"] = breakdown

    # numpy -> tensor -> numpy through DLPack (zero copy: constant time) and through the raw
    # bytes roles (one memcpy each way), and one DLPack import against torch's own.
    def dlpack_round(n: int) -> None:
        for _ in range(n):
            t = stf.from_numpy(a, backend="torch")
            t.numpy()
            t.close()

    def bytes_round(n: int) -> None:
        be = stf.backends.get_backend("torch")
        for _ in range(n):
            h = be._copy_in(a)
            be._copy_out(h)
            be.free(h)

    def stf_import(n: int) -> None:
        for _ in range(n):
            stf.from_dlpack(a, backend="torch").close()

    def torch_import(n: int) -> None:
        for _ in range(n):
            torch.from_dlpack(a)

    shared = stf.from_numpy(a, backend="torch")
    assert shared.numpy().__array_interface__["data"][0] == a.__array_interface__["data"][0]
    shared.close()
    te, tf = interleave(dlpack_round, copy, repeats, target_s)
    tg, th = interleave(bytes_round, copy, repeats, target_s)
    ti, tj = interleave(stf_import, torch_import, repeats, target_s)
    rows += [ratio_row("5c", "data in+out 10^7 f32 via DLPack (zero copy) vs np.copy",
                       ("<=", 0.01), te, tf, ("dlpack", "np.copy")),
             ratio_row("5d", "  same via the raw bytes roles (one memcpy each way)", ("<=", 1.5),
                       tg, th, ("bytes", "np.copy")),
             ratio_row("5e", "  one DLPack import: stf.from_dlpack vs torch.from_dlpack", None,
                       ti, tj, ("stf", "torch"))]
    return rows


def row7_pure_vs_torch(repeats: int, target_s: float, single: bool = False) -> list[Row]:
    """The same Tensor API operations on the pure (numpy) and the torch backend.

    In one process numpy's OpenBLAS threads and torch's OpenMP threads busy-wait after their
    calls and take the cores from each other, which distorts matmul; `single` (run in a child
    process with OPENBLAS_NUM_THREADS=1 and one torch thread) measures the matmul without that.
    """
    rows = []
    rng = np.random.default_rng(0)
    cases = (("7", "pure/torch backend: a + b (2x3)", (2, 3), lambda p, q: p + q),
             ("7b", "  pure/torch backend: relu (2x3)", (2, 3), lambda p, q: p.relu()),
             ("7c", "  pure/torch backend: a @ b (256x256)", (256, 256), lambda p, q: p @ q))
    if single:
        torch.set_num_threads(1)
        cases = (("7d", "  same, 1 thread each (child process)", (256, 256),
                  lambda p, q: p @ q),)
    for key, name, shape, op in cases:
        x = rng.standard_normal(shape, dtype=np.float32)
        y = rng.standard_normal(shape, dtype=np.float32)
        pa, pb = (stf.Tensor.from_numpy(z, backend="pure") for z in (x, y))
        ta_, tb_ = (stf.Tensor.from_numpy(z, backend="torch") for z in (x, y))
        assert np.allclose(op(pa, pb).numpy(), op(ta_, tb_).numpy(), rtol=1e-4, atol=1e-3)

        def pure(n: int, op: Callable[..., Any] = op, p: Any = pa, q: Any = pb) -> None:
            for _ in range(n):
                op(p, q)

        def tor(n: int, op: Callable[..., Any] = op, p: Any = ta_, q: Any = tb_) -> None:
            for _ in range(n):
                op(p, q)

        tp, tt = interleave(pure, tor, repeats, target_s)
        rows.append(ratio_row(key, name, None, tp, tt, ("pure", "torch")))
        for t in (pa, pb, ta_, tb_):
            t.close()
    if not single:
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
        out = subprocess.run([sys.executable, __file__, "--row7-single", str(repeats),
                              str(target_s)], env=env, check=True, capture_output=True,
                             text=True)
        rows += [Row(**r) for r in json.loads(out.stdout.splitlines()[-1])]
    return rows


# ---- rows 9, 10: overhead as work grows, the seed's table ---------------------------------
def _abi_vs_torch(v: stf.Variant, key: str, name: str, goal: tuple[str, float] | None,
                  op: str, torch_op: Callable[..., Any], shapes: list[tuple[int, ...]],
                  repeats: int, target_s: float) -> Row:
    """One row: the C function `op` on handles + free vs torch_op on tensors, same data."""
    gen = torch.Generator().manual_seed(0)
    xs = [torch.randn(*s, generator=gen) for s in shapes]
    hs = [_handle_from(v, x.numpy()) for x in xs]
    fn, free = getattr(v.lib, f"simple_torch_{op}"), v.lib.simple_torch_tensor_free

    def abi(n: int) -> None:
        for _ in range(n):
            free(fn(*hs))

    def direct(n: int) -> None:
        for _ in range(n):
            torch_op(*xs)

    try:
        ta, tb = interleave(abi, direct, repeats, target_s)
    finally:
        for h in hs:
            free(h)
    return ratio_row(key, name, goal, ta, tb, ("abi", "torch"),
                     torch_threads=torch.get_num_threads())


def row9_scaling(v: stf.Variant, repeats: int, target_s: float) -> list[Row]:
    rows = []
    for key, n in (("9", 1), ("9b", 1000), ("9c", 1_000_000)):
        rows.append(_abi_vs_torch(v, key, f"{'' if key == '9' else '  '}add+free via ABI vs "
                                  f"torch.add, {n} elements", None, "tensor_add", torch.add,
                                  [(n,), (n,)], repeats, target_s))
    for key, n in (("9d", 64), ("9e", 256), ("9f", 1024)):
        rows.append(_abi_vs_torch(v, key, f"  matmul {n}x{n} via ABI vs torch.matmul", None,
                                  "tensor_matmul", torch.matmul, [(n, n), (n, n)], repeats,
                                  target_s))
    return rows


def _pure_seconds(fn: Callable[[], Any]) -> float | None:
    """One timed run of a pure-backend operation (None when it has no reference)."""
    try:
        t0 = time.perf_counter()
        fn()
        return time.perf_counter() - t0
    except stf.NotAvailableError:
        return None


def row10_seed_table(v: stf.Variant, repeats: int, target_s: float) -> list[Row]:
    rows = []
    rng = np.random.default_rng(0)
    for key, n in (("10", 1000), ("10b", 5000)):
        row = _abi_vs_torch(v, key, f"{'' if key == '10' else '  '}seed table: matmul "
                            f"{n}x{n} via ABI vs torch", ("<=", 1.02), "tensor_matmul",
                            torch.matmul, [(n, n), (n, n)], repeats, target_s)
        a = stf.from_numpy(rng.standard_normal((n, n), dtype=np.float32), backend="pure")
        pure = _pure_seconds(lambda a=a: a @ a)
        row.detail += f"; pure {fmt_time(pure)}" if pure is not None else "; pure n/a"
        rows.append(row)
    functional = getattr(getattr(stf, "nn", None), "functional", None)
    conv = getattr(functional, "conv2d", None)
    if conv is None:
        rows.append(Row("10c", "  seed table: conv2d 224x224 -> 64 ch", status="skipped",
                        detail="no conv2d in this spec"))
        return rows
    x = torch.randn(1, 3, 224, 224, generator=torch.Generator().manual_seed(0))
    w = torch.randn(64, 3, 3, 3, generator=torch.Generator().manual_seed(1))
    sx, sw = stf.from_numpy(x.numpy()), stf.from_numpy(w.numpy())
    tconv = torch.nn.functional.conv2d

    def ours(n: int) -> None:
        for _ in range(n):
            conv(sx, sw).close()

    def theirs(n: int) -> None:
        for _ in range(n):
            tconv(x, w)

    ta, tb = interleave(ours, theirs, repeats, target_s)
    row = ratio_row("10c", "  seed table: conv2d 3x224x224 -> 64 ch (3x3) vs torch",
                    ("<=", 1.02), ta, tb, ("stf", "torch"))
    px, pw = (stf.from_numpy(z.numpy(), backend="pure") for z in (x, w))
    pure = _pure_seconds(lambda: conv(px, pw))
    row.detail += f"; pure {fmt_time(pure)}" if pure is not None else "; pure n/a (no reference)"
    rows.append(row)
    return rows
# ---- row 9: a training step ------------------------------------------------------------------
def _cnn(lib: Any) -> Any:
    n = lib.nn
    return n.Sequential(n.Conv2d(1, 8, 3, padding=1), n.ReLU(), n.MaxPool2d(2),
                        n.Conv2d(8, 16, 3, padding=1), n.ReLU(), n.MaxPool2d(2), n.Flatten(),
                        n.Linear(16 * 7 * 7, 10))


def row11_training_step(repeats: int, target_s: float) -> list[Row]:
    """One SGD+momentum step of the same CNN on the same 32 28x28 images, both sides."""
    rng = np.random.default_rng(0)
    x = rng.standard_normal((32, 1, 28, 28), dtype=np.float32)
    y = rng.integers(0, 10, 32)
    theirs = _cnn(torch)
    mine = _cnn(stf)
    mine.load_state_dict(theirs.state_dict())
    t_opt = torch.optim.SGD(theirs.parameters(), lr=0.01, momentum=0.9, foreach=False)
    s_opt = stf.optim.SGD(mine.parameters(), lr=0.01, momentum=0.9)
    tx, ty = torch.from_numpy(x), torch.from_numpy(y)
    sx, sy = stf.tensor(x, backend="torch"), stf.tensor(y, backend="torch")
    t_ce, s_ce = torch.nn.functional.cross_entropy, stf.nn.functional.cross_entropy

    def api(n: int) -> None:
        for _ in range(n):
            s_opt.zero_grad()
            loss = s_ce(mine(sx), sy)
            loss.backward()
            s_opt.step()

    def direct(n: int) -> None:
        for _ in range(n):
            t_opt.zero_grad()
            loss = t_ce(theirs(tx), ty)
            loss.backward()
            t_opt.step()

    # One intra-op thread (one libtorch serves both sides): on a shared 2-core machine OpenMP's
    # spinning threads turn a 6 ms step into 100-400 ms at random; the row is about what the
    # binding adds around the same kernels.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        api(2)
        direct(2)  # both sides warm: momentum buffers exist, the same work per step from here
        ta, tb = interleave(api, direct, repeats, target_s)
    finally:
        torch.set_num_threads(threads)
    return [ratio_row("11", "CNN training step via stf.nn/optim vs torch (32x1x28x28, 1 thread)",
                      ("<=", 1.05), ta, tb, ("stf", "torch"))]


# ---- row 8: build times -----------------------------------------------------------------------
def row8_build(py: str, noop_repeats: int) -> list[Row]:
    """Clean generate + configure + build of a copy of the sources in a temporary directory."""
    bin_dir = Path(py).parent
    cmake = str(bin_dir / "cmake") if (bin_dir / "cmake").exists() else "cmake"
    ninja = str(bin_dir / "ninja") if (bin_dir / "ninja").exists() else "ninja"
    jobs = str(os.cpu_count() or 2)
    quiet = {"check": True, "stdout": subprocess.DEVNULL}

    def timed(cmd: list[str], **kw: Any) -> float:
        t0 = time.perf_counter()
        subprocess.run(cmd, **quiet, **kw)
        return time.perf_counter() - t0

    with tempfile.TemporaryDirectory(prefix="stf-bench-build-") as tmp:
        src, build = Path(tmp) / "src", Path(tmp) / "build"
        src.mkdir()
        shutil.copy2(ROOT / "CMakeLists.txt", src)
        for d in ("cmake", "build_tools", "spec"):
            shutil.copytree(ROOT / d, src / d)
        shutil.copytree(ROOT / "runtime" / "cpp", src / "runtime" / "cpp")
        generate = [py, "-m", "codegen", "generate", "--spec", str(src / "spec" / "ffi.yaml"),
                    "--out", str(src / "generated"), "--quiet"]
        t_gen = timed(generate, cwd=ROOT)
        t_conf = timed([cmake, "-S", str(src), "-B", str(build), "-G", "Ninja",
                        f"-DCMAKE_MAKE_PROGRAM={ninja}", f"-DPython3_EXECUTABLE={py}",
                        f"-DSTF_PYTHON={py}", f"-DSTF_PYTHON_OUT={build / 'python'}"])
        t_build = timed([cmake, "--build", str(build), "-j", jobs])
        if not list((build / "python").rglob("libsimple_torch_ffi.so")):
            raise RuntimeError("the clean build produced no torch variant")
        noop = [timed([cmake, "--build", str(build), "-j", jobs]) for _ in range(noop_repeats)]
        regen = [timed(generate, cwd=ROOT) for _ in range(noop_repeats)]
    clean = t_gen + t_conf + t_build
    rows = []
    med, lo, hi = quartiles(noop)
    gmed, glo, ghi = quartiles(regen)
    rows.append(Row("8", "build: clean generate + configure + build", clean, None, None, "s",
                    ("<=", 60.0), detail=f"generate {t_gen:.2f} s, configure {t_conf:.1f} s, "
                    f"build {t_build:.1f} s (-j{jobs})",
                    samples={"generate_s": t_gen, "configure_s": t_conf,
                             "build_s": t_build}).judge())
    rows.append(Row("8b", "build: no-op rebuild (cmake --build)", med, lo, hi, "s", ("<=", 3.0),
                    detail=f"{len(noop)} runs", samples={"runs_s": noop}).judge())
    rows.append(Row("8c", "generate on an unchanged spec", gmed, glo, ghi, "s", ("<=", 1.0),
                    detail=f"python -m codegen generate, {len(regen)} runs",
                    samples={"runs_s": regen}).judge())
    return rows


# ---- output -------------------------------------------------------------------------------------
def fmt_value(r: Row) -> str:
    if r.value is None:
        return "-"
    return f"{r.value:.3f}x" if r.unit == "x" else f"{r.value:.2f} s"


def fmt_spread(r: Row) -> str:
    if r.lo is None or r.hi is None:
        return "-"
    return f"{r.lo:.3f}-{r.hi:.3f}" if r.unit == "x" else f"{r.lo:.2f}-{r.hi:.2f}"


def fmt_goal(r: Row) -> str:
    if r.goal is None:
        return "-"
    op, target = r.goal
    return f"{op} {target:g}{'x' if r.unit == 'x' else ' s'}"


def table(rows: list[Row]) -> str:
    head = ("#", "benchmark", "ratio", "spread p25-p75", "goal", "status", "medians / notes")
    body = [(r.key, r.name, fmt_value(r), fmt_spread(r), fmt_goal(r), r.status, r.detail)
            for r in rows]
    widths = [max(len(x[i]) for x in (head, *body)) for i in range(len(head) - 1)]
    lines = []
    for i, cells in enumerate((head, *body)):
        lines.append("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False))
                     + "  " + cells[-1])
        if i == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * len(head[-1]))
    return "\n".join(lines)


def chart(rows: list[Row], path: Path, title: str) -> str:
    """A PNG: one bar per row with a value, as a fraction of its goal (matplotlib if present)."""
    shown = [r for r in rows if r.value is not None]
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        _png_bars(shown, path)
        return "built-in PNG writer (matplotlib is not installed)"
    from matplotlib.ticker import LogLocator, NullFormatter, ScalarFormatter

    ratios = [r for r in shown if r.unit == "x"]
    builds = [r for r in shown if r.unit == "s"]
    groups = [(g, label) for g, label in ((ratios, "ratio A/B (rows 6: 2-thread speed-ups)"),
                                          (builds, "seconds")) if g]
    if not groups:
        groups = [([], "nothing measured")]
    fig, axes = plt.subplots(1, len(groups), figsize=(14, 0.42 * max(len(ratios), 6) + 1.6),
                             gridspec_kw={"width_ratios": [3, 1.3][:len(groups)]}, squeeze=False)
    colors = {"met": "#2e7d32", "missed": "#c62828", "info": "#90a4ae"}
    for ax, (group, xlabel) in zip(axes[0], groups, strict=True):
        group = group[::-1]  # first row at the top
        labels = [f"{r.key} {r.name.strip()}" for r in group]
        vals = [r.value or 0.0 for r in group]
        lows = [v - (r.lo if r.lo is not None else v) for r, v in zip(group, vals, strict=True)]
        highs = [(r.hi if r.hi is not None else v) - v for r, v in zip(group, vals, strict=True)]
        ax.barh(labels, vals, xerr=[lows, highs], ecolor="#444", capsize=2,
                color=[colors.get(r.status, "#999") for r in group])
        for i, (r, v, h) in enumerate(zip(group, vals, highs, strict=True)):
            if r.goal is not None:
                ax.plot([r.goal[1]] * 2, [i - 0.45, i + 0.45], color="black", linewidth=2.5)
            ax.text((v + h) * 1.03, i, fmt_value(r), va="center", fontsize=8)
        if group and group[0].unit == "x":
            ax.set_xscale("log")
            # A wild lower whisker must not squash the bars: the axis starts near the values.
            ax.set_xlim(left=min(min(vals), 1.0) * 0.6)
            ax.axvline(1.0, color="#555", linestyle=":", linewidth=1)
            ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
            ax.xaxis.set_major_formatter(ScalarFormatter())
            ax.xaxis.set_minor_formatter(NullFormatter())
        ax.set_xlabel(f"{xlabel}\nblack tick: goal; whiskers: p25-p75", fontsize=9)
        ax.tick_params(axis="y", labelsize=8)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return f"matplotlib {matplotlib.__version__}"


def _png_bars(rows: list[Row], path: Path) -> None:
    """Bars of value/goal (goal line at the middle), green met, red missed, grey info."""
    w, bar, gap = 600, 16, 6
    h = max(1, len(rows)) * (bar + gap) + gap
    px = bytearray(b"\xff\xff\xff" * w * h)
    palette = {"met": (46, 125, 50), "missed": (198, 40, 40)}
    for i, r in enumerate(rows):
        scale = r.goal[1] if r.goal else 1.0
        frac = min((r.value or 0.0) / scale / 2.0, 1.0)
        color = palette.get(r.status, (120, 144, 156))
        y0 = gap + i * (bar + gap)
        for y in range(y0, y0 + bar):
            for x in range(int(frac * w)):
                px[(y * w + x) * 3:(y * w + x) * 3 + 3] = bytes(color)
    for y in range(h):
        px[(y * w + w // 2) * 3:(y * w + w // 2) * 3 + 3] = b"\x00\x00\x00"
    raw = b"".join(b"\x00" + bytes(px[y * w * 3:(y + 1) * w * 3]) for y in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2,
                                                                       0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---- main ---------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="few repeats: a smoke test")
    parser.add_argument("--rows", default="1,2,3,4,5,6,7,8,9,10,11",
                        help="comma-separated row numbers to run (default: all)")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json")
    parser.add_argument("--row7-single", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.row7_single:  # the child process of row 7d
        rows7 = row7_pure_vs_torch(int(args.row7_single[0]), float(args.row7_single[1]), True)
        print(json.dumps([asdict(r) for r in rows7]))
        return 0
    wanted = {s.strip() for s in args.rows.split(",") if s.strip()}
    started = time.perf_counter()
    load = ForeignLoad()
    quick = args.quick
    reps = 5 if quick else 15  # Python micro rows: repeats of ~target seconds per side
    target = 0.01 if quick else 0.04
    big_reps = 3 if quick else 9  # matmul / data rows

    info = machine()
    v = stf.load_variant("torch")
    if not v.available:
        raise SystemExit("the torch variant reports libtorch unavailable: nothing to measure")
    print(f"machine: {info['cpu']}, {info['cores']} cores ({info['usable_cores']} usable), "
          f"{info['memory_gib']} GiB; torch {info['torch']} ({info['torch_threads']} threads), "
          f"numpy {info['numpy']}, Python {info['python']}; {info['compiler']}; "
          f"library {info['library']}", flush=True)

    rows: list[Row] = []
    timings: dict[str, float] = {}
    binary: Path | None = None
    steps: list[tuple[str, Callable[[], list[Row]]]] = []
    if wanted & {"1", "6"}:
        def build_harness() -> list[Row]:
            nonlocal binary
            binary, secs = harness()
            timings["harness_build_s"] = secs
            return []
        steps.append(("harness", build_harness))

    def need_binary() -> Path:
        if binary is None:
            raise RuntimeError("the C++ harness did not build")
        return binary

    steps += [
        ("1", lambda: row1_abi_overhead(need_binary(), 31 if quick else 101,
                                        2_000 if quick else 5_000)),
        ("2", lambda: row2_raw_binding(v, reps, target)),
        ("3", lambda: row3_tensor_api(reps, target)),
        ("4", lambda: row4_matmul(v, big_reps, 0.1 if quick else 0.3)),
        ("5", lambda: row5_data(v, big_reps, 0.1 if quick else 0.3)),
        ("6", lambda: row6_contention(need_binary(), 5 if quick else 11,
                                      20_000 if quick else 100_000)),
        ("7", lambda: row7_pure_vs_torch(reps, target)),
        ("8", lambda: row8_build(sys.executable, 2 if quick else 3)),
        ("9", lambda: row9_scaling(v, big_reps, 0.05 if quick else 0.2)),
        ("10", lambda: row10_seed_table(v, 3 if quick else 5, 0.1 if quick else 0.3)),
        ("11", lambda: row11_training_step(reps, 0.1 if quick else 0.3)),
    ]
    failed = False
    for key, step in steps:
        if key != "harness" and key not in wanted:
            continue
        t0 = time.perf_counter()
        try:
            new = step()
        except Exception as e:  # one broken row must not hide the others
            failed = True
            traceback.print_exc()
            new = [Row(key, f"row {key}", status="error", detail=f"{type(e).__name__}: {e}")]
        timings[f"row{key}_s"] = time.perf_counter() - t0
        rows.extend(new)
        for r in new:
            print(f"  [{r.key}] {r.name.strip()}: {fmt_value(r)} ({r.status}) {r.detail}",
                  flush=True)
    if stf.live_handles() != 0:
        print(f"warning: {stf.live_handles()} handles still alive after the benchmarks")

    wall = time.perf_counter() - started
    foreign = load.cores()
    title = (f"simple-torch-ffi bench {dt.datetime.now().isoformat(timespec='seconds')} - "
             f"{info['cpu']}, {info['cores']} cores, torch {info['torch']}")
    print()
    print(table(rows))
    print()
    notes = [
        f"ratio = A / B per repeat (A is the project's path, B the baseline), median over "
        f"repeats measured in ABBA order; rows 6-6c: the ABI's 2-thread speed-up as a fraction "
        f"of libtorch's own for the same work, 6d: the machine's 2-thread speed-up; "
        f"row 8*: seconds. Run wall time {wall:.0f} s.",
        f"Other processes kept {foreign:.2f} of {info['cores']} cores busy on average during "
        f"the run (the numbers are noisier the higher this is).",
    ]
    for r in rows:
        if "breakdown" in r.samples:
            notes.append(f"row {r.key} per round trip: {r.samples['breakdown']}")
    print("\n".join(notes))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    png = args.out.with_suffix(".png")
    try:
        how = chart(rows, png, title)
        print(f"chart: {png} ({how})")
    except Exception:  # the numbers matter more than the picture
        traceback.print_exc()
        failed = True
    result = {"when": dt.datetime.now().isoformat(timespec="seconds"), "quick": quick,
              "machine": info, "wall_s": wall, "foreign_cores": foreign, "timings": timings,
              "notes": notes, "rows": [asdict(r) for r in rows]}
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"results: {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
