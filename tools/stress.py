"""Leak check of the raw C ABI: many create / op / free cycles, then live handles and RSS growth.

    python tools/stress.py [--cycles 100000] [--variant torch] [--max-rss-growth-mb MB]
                           [--train-steps 10000] [--train-leak-every N]

Each cycle goes through the cffi `lib` only: tensor_from_data (2x3), tensor_zeros (3),
tensor_add, tensor_mul, relu, sigmoid, tensor_matmul of a 2x3 and its 3-vector, tensor_shape,
tensor_to_data, tensor_cpu, then frees all 8 handles, and exercises the error paths (a double
free, a use after free, a null handle, a shape mismatch, a negative dim): 21 C calls and 8
tensors per cycle.

Output (one "key value" per line, numbers only, parsed by `nox -s stress`):
    cycles, seconds, live_handles (must be 0), rss_start_mb, rss_end_mb, rss_growth_mb.

RSS is measured with psutil after a warm-up of WARMUP cycles (libtorch's lazy initialisation,
the allocator's free lists and the handle table's first slots are in place by then) and again
at the end. Bound: 8 MB over the default 100k cycles, i.e. 80 bytes per cycle. Measured on the
CPU build (torch 2.13): growth 0.15 MB for 100k correct cycles (allocator noise), while leaking
one small tensor per cycle (`--leak-every 1`: TensorImpl + StorageImpl + 24 data bytes, about
440 bytes as measured) grows RSS by ~44 MB per 100k cycles; so 8 MB sits 50x above the noise and
5x below the smallest tensor leak. A leaked handle whose tensor is released elsewhere is
caught by live_handles instead. Exits 1 if live_handles != 0, if RSS grew more than the bound
(scaled to --cycles), or a call failed. --leak-every N skips one free every N cycles, to
show that both checks catch a leak.

Then (torch variant) a training run through the C ABI alone: tests/train/train_linear.c
(built by `nox -s build` as build/cmake/tests/train/stf_train_linear_torch) trains its linear
regression for --train-steps steps (default 10,000) in each of its two modes (arithmetic with
out-of-place updates; linear + mse_loss with in-place add_), reporting every 1,000 steps; the
live handle count must be the same at every report (it is: the 5 handles of the data and the
model) and back at its start after the last free, and RSS may grow at most TRAIN_RSS_BOUND_MB
between a mode's first report and its last. Measured on the CPU build: +0.06 MB over 9,000
arithmetic steps, +0.00 MB over 9,000 functional steps; leaking one intermediate per step is
caught by the handle count at the first step (`--train-leak-every 1`). Output: train_steps,
train_modes, train_live_handles (the distinct counts seen at the reports),
train_rss_growth_mb (the larger of the two modes').
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
WARMUP = 2000
TRAIN_RSS_BOUND_MB = 4.0
TRAIN_BINARY = ROOT / "build" / "cmake" / "tests" / "train" / "stf_train_linear_torch"
SIGMOID_1 = 0.7310585786300049  # 1 / (1 + e^-1): out_data[0] of every cycle


def _setup_path() -> None:
    build = os.environ.get("STF_BUILD_PYTHON") or str(ROOT / "build" / "python")
    for p in (str(ROOT / "runtime" / "python"), str(ROOT / "generated" / "python"), build):
        if p not in sys.path:
            sys.path.insert(0, p)


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / (1 << 20)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cycles", type=int, default=100_000)
    parser.add_argument("--variant", default="torch", choices=["torch", "stub"])
    parser.add_argument("--max-rss-growth-mb", type=float, default=None,
                        help="default: 8 MB per 100k cycles (at least 2 MB)")
    parser.add_argument("--leak-every", type=int, default=0,
                        help="skip one free every N cycles (self-test of the checks)")
    parser.add_argument("--train-steps", type=int, default=10_000,
                        help="steps of the C training run (torch variant; 0: none)")
    parser.add_argument("--train-leak-every", type=int, default=0,
                        help="the training run skips one free every N steps (self-test)")
    parser.add_argument("--train-binary", type=Path, default=TRAIN_BINARY)
    args = parser.parse_args(argv)

    _setup_path()
    from simple_torch_ffi import load_variant as load

    v = load(args.variant)
    ffi, f = v.ffi, v.func
    print(f"# {v.library_path}", flush=True)
    from_data, zeros, add, mul = (f(n) for n in ("tensor_from_data", "tensor_zeros",
                                                 "tensor_add", "tensor_mul"))
    relu, sigmoid, matmul, shape = f("relu"), f("sigmoid"), f("tensor_matmul"), f("tensor_shape")
    to_data, cpu, free, numel = f("tensor_to_data"), f("tensor_cpu"), f("tensor_free"), \
        f("tensor_numel")
    kind = f("last_error_kind")
    data = ffi.new("double[]", [1.0, -2.0, 3.0, -4.0, 5.0, -6.0])
    dims23, dims3 = ffi.new("int64_t[]", [2, 3]), ffi.new("int64_t[]", [3])
    bad_dims = ffi.new("int64_t[]", [2, -1])
    out_shape, out_data = ffi.new("int64_t[4]"), ffi.new("double[8]")
    torch = v.available
    base = int(f("live_handles")())
    failures = 0

    def cycle(i: int) -> None:
        nonlocal failures
        a = from_data(data, 6, dims23, 2)
        b = zeros(dims3, 1, 0)  # 0: float32
        s = add(a, b)
        m = mul(s, a)
        r = relu(m)
        g = sigmoid(r)
        mm = matmul(a, b)
        c = cpu(g)
        shape(c, out_shape, 4)
        to_data(c, out_data, 8)
        if torch and (min(a, b, s, m, r, g, mm, c) <= 0 or abs(out_data[0] - SIGMOID_1) > 1e-6):
            failures += 1
        for h in (a, b, s, m, r, g, mm, c):
            if args.leak_every and i % args.leak_every == 0 and h == c:
                continue
            free(h)
        free(a)  # double free
        numel(s)  # use after free
        add(0, b)  # null handle
        add(a, b)  # stale a
        zeros(bad_dims, 2, 0)  # invalid argument
        if kind() == 0:
            failures += 1

    for i in range(WARMUP):
        cycle(i)
    rss0 = rss_mb()
    t0 = time.perf_counter()
    for i in range(WARMUP, WARMUP + args.cycles):
        cycle(i)
    seconds = time.perf_counter() - t0
    rss1 = rss_mb()
    live = int(f("live_handles")()) - base
    growth = rss1 - rss0
    print(f"cycles {args.cycles}")
    print(f"seconds {seconds:.2f}")
    print(f"live_handles {live}")
    print(f"rss_start_mb {rss0:.1f}")
    print(f"rss_end_mb {rss1:.1f}")
    print(f"rss_growth_mb {growth:.2f}")
    print(f"failed_calls {failures}")
    bound = args.max_rss_growth_mb
    if bound is None:
        bound = max(2.0, 8.0 * args.cycles / 100_000)
    print(f"rss_bound_mb {bound:.2f}")
    ok = live == 0 and growth <= bound and failures == 0
    if not ok:
        print(f"# FAIL: live_handles must be 0, RSS growth <= {bound:.2f} MB, no failed calls",
              file=sys.stderr)
    if args.variant == "torch" and args.train_steps > 0:
        ok = train(args.train_binary, args.train_steps, args.train_leak_every) and ok
    return 0 if ok else 1


def train(binary: Path, steps: int, leak_every: int) -> bool:
    """The C training run (tests/train/train_linear.c): live handles flat, RSS bounded."""
    if not binary.exists():
        print(f"# FAIL: {binary} is missing: run `nox -s build` first", file=sys.stderr)
        return False
    cmd = [str(binary), "--steps", str(steps), "--report-every", str(max(1, steps // 10)),
           "--max-rss-growth-mb", str(TRAIN_RSS_BOUND_MB)]
    if leak_every:
        cmd += ["--leak-every", str(leak_every)]
    t0 = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    seconds = time.perf_counter() - t0
    reports = [line.split() for line in run.stdout.splitlines() if line.startswith("step ")]
    live = sorted({int(r[5]) for r in reports})
    by_mode: dict[str, list[int]] = {}
    for r in reports:  # "step N loss L live H rss_kb R MODE"
        by_mode.setdefault(r[8], []).append(int(r[7]))
    growth = max(((rss[-1] - rss[0]) / 1024 for rss in by_mode.values()), default=float("nan"))
    print(f"train_steps {steps}")
    print(f"train_modes {' '.join(by_mode)}")
    print(f"train_seconds {seconds:.2f}")
    print(f"train_live_handles {' '.join(map(str, live))}")
    print(f"train_rss_growth_mb {growth:.2f}")
    print(f"train_rss_bound_mb {TRAIN_RSS_BOUND_MB:.2f}")
    for line in run.stdout.splitlines():
        if not line.startswith("step "):
            print(f"# {line}")
    ok = run.returncode == 0 and len(live) == 1 and growth <= TRAIN_RSS_BOUND_MB
    if not ok:
        sys.stderr.write(run.stderr)
        print("# FAIL: the training run must pass its checks, with one live handle count at "
              f"every report and RSS growth <= {TRAIN_RSS_BOUND_MB:.2f} MB", file=sys.stderr)
    return ok


if __name__ == "__main__":
    sys.exit(main())
