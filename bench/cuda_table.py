"""The seed's table on a CUDA device: matmul 1000^2 and 5000^2 and conv2d 3x224x224 -> 64
channels (3x3), each through the C ABI (the compiled torch variant's C functions on handles)
and through torch on the same device, timed with the device synchronised after each side.

For a machine with a GPU (tools/device_check.sh runs it there); on a machine without CUDA it
says so and exits 0. Prints one line per row and writes the rows as JSON to argv[1] if given.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

import simple_torch_ffi as stf


def _seconds(fn: Callable[[], Any], repeats: int) -> float:
    """Median seconds of one call of fn, the device synchronised before and after."""
    fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        torch.cuda.synchronize()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    v = stf.load_variant("torch")
    if not (torch.cuda.is_available() and v.lib.simple_torch_cuda_available()):
        print(f"no CUDA device here (torch: {torch.cuda.is_available()}, library: "
              f"{bool(v.lib.simple_torch_cuda_available())}): nothing to measure")
        return 0
    lib, free = v.lib, v.lib.simple_torch_tensor_free
    gen = torch.Generator().manual_seed(0)
    rows = []

    def on_device(x: torch.Tensor) -> int:
        """A handle of x's values on CUDA 0 (made on the CPU, moved through the ABI)."""
        cpu = stf.from_numpy(x.numpy())
        h = lib.simple_torch_tensor_cuda(cpu._handle, 0)
        if h == 0:
            raise SystemExit(f"tensor_cuda failed: {v.last_error()}")
        return int(h)

    cases: list[tuple[str, str, list[tuple[int, ...]], Callable[..., Any]]] = [
        ("10", "tensor_matmul", [(1000, 1000), (1000, 1000)], torch.matmul),
        ("10b", "tensor_matmul", [(5000, 5000), (5000, 5000)], torch.matmul),
    ]
    for key, op, shapes, torch_op in cases:
        xs = [torch.randn(*s, generator=gen) for s in shapes]
        hs = [on_device(x) for x in xs]
        ts = [x.cuda() for x in xs]
        fn = getattr(lib, f"simple_torch_{op}")
        abi = _seconds(lambda fn=fn, hs=hs: free(fn(*hs)), 20)
        ref = _seconds(lambda torch_op=torch_op, ts=ts: torch_op(*ts), 20)
        rows.append({"row": key, "what": f"{op} {shapes[0]} on cuda:0", "abi_s": abi,
                     "torch_s": ref, "ratio": abi / ref})
        for h in hs:
            free(h)
    conv, ffi = stf.nn.functional.conv2d, v.ffi
    x = torch.randn(1, 3, 224, 224, generator=gen)
    w = torch.randn(64, 3, 3, 3, generator=gen)
    hx, hw = on_device(x), on_device(w)
    one, zero = ffi.new("int64_t[1]", [1]), ffi.new("int64_t[1]", [0])
    tx, tw = x.cuda(), w.cuda()
    abi = _seconds(lambda: free(lib.simple_torch_conv2d(hx, hw, 0, one, 1, zero, 1, one, 1, 1)), 50)
    ref = _seconds(lambda: torch.ops.aten.conv2d(tx, tw), 50)
    rows.append({"row": "10c",
                 "what": "conv2d 3x224x224 -> 64 ch (3x3) on cuda:0, C ABI vs aten op",
                 "abi_s": abi, "torch_s": ref, "ratio": abi / ref})
    free(hx)
    free(hw)
    sx, sw = (stf.from_numpy(z.numpy()).to("cuda:0") for z in (x, w))
    tx, tw = x.cuda(), w.cuda()
    ours = _seconds(lambda: conv(sx, sw).close(), 50)
    ref = _seconds(lambda: torch.nn.functional.conv2d(tx, tw), 50)
    rows.append({"row": "10c'", "what": "conv2d as above, Tensor API vs torch.nn.functional",
                 "abi_s": ours, "torch_s": ref, "ratio": ours / ref})
    # Launch-bound: 2,000 tiny adds queued, then one synchronise (the per-call host overhead).
    na, nb = torch.randn(2, 3, generator=gen).numpy(), torch.randn(2, 3, generator=gen).numpy()
    a, b2 = stf.from_numpy(na).to("cuda:0"), stf.from_numpy(nb).to("cuda:0")
    tx2, ty2 = torch.from_numpy(na).cuda(), torch.from_numpy(nb).cuda()

    def adds(x: Any, y: Any) -> None:
        for _ in range(2000):
            x + y

    ours = _seconds(lambda: adds(a, b2), 9) / 2000
    ref = _seconds(lambda: adds(tx2, ty2), 9) / 2000
    rows.append({"row": "3-cuda", "what": "Tensor a + b (2x3) on cuda:0 vs torch x + y, queued",
                 "abi_s": ours, "torch_s": ref, "ratio": ours / ref})
    for r in rows:
        print(f"[{r['row']}] {r['what']}: {r['ratio']:.3f}x  ours {r['abi_s'] * 1e6:.1f} us "
              f"vs torch {r['torch_s'] * 1e6:.1f} us")
    if len(argv) > 1:
        Path(argv[1]).write_text(json.dumps({"device": torch.cuda.get_device_name(0),
                                             "torch": torch.__version__, "rows": rows},
                                            indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
