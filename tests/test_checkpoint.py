"""Checkpoints in torch.save's format (issue 12): `stf.save(obj, f)` / `stf.load(f)` and the raw
C functions behind them (roles save, load_names, load_tensor; runtime/cpp/stf/checkpoint.cpp).

Files written here must be read by torch.load(f, weights_only=True) with equal dtypes, shapes,
strides and values; files written by torch.save (state dicts of modules, plain dicts,
parameters, views sharing storage, pickle protocols 2 and 4) must load here. Bad paths, names
and files give exact errors; damaged and hostile files (crafted pickles, random damage, in a
child process so that a crash is a failure, not the end of the run) never crash.
"""

from __future__ import annotations

import io
import os
import random
import struct
import subprocess
import sys
import textwrap
import zipfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import simple_torch_ffi as stf
from simple_torch_ffi import (
    InvalidArgumentError,
    NotAvailableError,
    SimpleTorchError,
    TorchError,
    Variant,
    _abi,
    backends,
)

torch = pytest.importorskip("torch")

PREFIX = _abi.PREFIX
ROLES = _abi.ROLES
SAVE, NAMES, TENSOR = (PREFIX + ROLES[r] for r in ("save", "load_names", "load_tensor"))
ROOT = Path(__file__).resolve().parent.parent
DTYPES = ["float32", "float64", "float16", "bfloat16", "int64", "int32", "int16", "int8",
          "uint8", "bool"]


def sample(dtype: str, shape: tuple[int, ...] = (2, 3), seed: int = 0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    t = torch.randn(shape, generator=g) * 50
    if dtype == "bool":
        return t > 0
    return t.to(getattr(torch, dtype))


def as_stf(t: torch.Tensor) -> stf.Tensor:
    return stf.from_dlpack(t.contiguous()) if t.dtype != torch.bfloat16 else \
        stf.tensor(t.float().numpy(), dtype="bfloat16")


def assert_same(got: stf.Tensor, want: torch.Tensor) -> None:
    assert got.dtype == str(want.dtype).removeprefix("torch."), (got.dtype, want.dtype)
    assert got.shape == tuple(want.shape)
    back = torch.from_dlpack(got) if got.dtype != "bfloat16" else \
        torch.tensor(got.to("float32").numpy()).to(torch.bfloat16)
    assert torch.equal(back, want), (back, want)


# ---- round trips ------------------------------------------------------------------------------

def test_round_trip_every_dtype(tb: Any, tmp_path: Path) -> None:
    want = {f"layer.{d}": sample(d, seed=i) for i, d in enumerate(DTYPES)}
    state = {k: as_stf(v) for k, v in want.items()}
    path = tmp_path / "all.pt"
    stf.save(state, path)  # an os.PathLike
    # torch reads it, weights only, as a dict of equal tensors
    theirs = torch.load(path, weights_only=True)
    assert type(theirs) is dict and list(theirs) == list(want)
    for k, v in want.items():
        assert theirs[k].dtype == v.dtype and torch.equal(theirs[k], v), k
    # and so do we
    ours = stf.load(str(path))
    assert list(ours) == list(want)
    for k, v in want.items():
        assert_same(ours[k], v)


def test_torch_reads_layouts_and_shared_storage(tb: Any, tmp_path: Path) -> None:
    base = stf.arange(0, 12, 1, dtype="float64")
    matrix = base.reshape(3, 4)
    state = {"base": base, "t": matrix.transpose(0, 1), "row": matrix.select(0, 1),
             "cols": matrix.narrow(1, 1, 2), "scalar": stf.tensor(7, dtype="int64"),
             "empty": stf.zeros(0, 3), "ints": stf.tensor([[1, 2], [3, 4]])}
    path = tmp_path / "views.pt"
    stf.save(state, path)
    theirs = torch.load(path, weights_only=True)
    ref = torch.arange(12, dtype=torch.float64)
    assert torch.equal(theirs["t"], ref.reshape(3, 4).t())
    assert theirs["t"].stride() == (1, 4)  # strides kept, as torch.save keeps them
    assert torch.equal(theirs["row"], ref.reshape(3, 4)[1])
    assert torch.equal(theirs["cols"], ref.reshape(3, 4)[:, 1:3])
    # views of one storage stay one storage
    ptr = theirs["base"].untyped_storage().data_ptr()
    assert all(theirs[k].untyped_storage().data_ptr() == ptr for k in ("t", "row", "cols"))
    assert theirs["scalar"].shape == () and theirs["scalar"].item() == 7
    assert theirs["empty"].shape == (0, 3)
    assert theirs["ints"].dtype == torch.int64
    ours = stf.load(path)
    np.testing.assert_array_equal(ours["t"].numpy(), ref.reshape(3, 4).t().numpy())
    np.testing.assert_array_equal(ours["cols"].numpy(), ref.reshape(3, 4)[:, 1:3].numpy())
    assert ours["scalar"].shape == () and ours["empty"].shape == (0, 3)


def test_loads_what_torch_save_writes(tb: Any, tmp_path: Path) -> None:
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4))
    sd = model.state_dict()  # an OrderedDict with _metadata, int64 num_batches_tracked
    torch.save(sd, tmp_path / "model.pt")
    got = stf.load(tmp_path / "model.pt")
    assert list(got) == list(sd)
    for k, v in sd.items():
        assert_same(got[k], v)
    # plain dicts, parameters, views of one storage, bfloat16, pickle protocol 4
    t = torch.arange(10.0)
    extra = {"p": torch.nn.Parameter(torch.ones(2)), "a": t, "b": t[2:7:2],
             "h": torch.tensor([1.5, -2.0], dtype=torch.bfloat16), "flag": torch.tensor(True)}
    for protocol in (2, 4):
        torch.save(extra, tmp_path / f"extra{protocol}.pt", pickle_protocol=protocol)
        got = stf.load(tmp_path / f"extra{protocol}.pt")
        assert list(got) == list(extra)
        for k, v in extra.items():
            assert_same(got[k], v.detach())


def test_file_objects_and_map_location(tb: Any) -> None:
    buf = io.BytesIO()
    stf.save({"x": stf.tensor([1.0, 2.0])}, buf)
    buf.seek(0)
    assert torch.equal(torch.load(buf, weights_only=True)["x"], torch.tensor([1.0, 2.0]))
    buf = io.BytesIO()
    torch.save({"y": torch.tensor([3, 4])}, buf)
    buf.seek(0)
    got = stf.load(buf, map_location="cpu", weights_only=False)  # always weights-only anyway
    assert got["y"].tolist() == [3, 4] and got["y"].device == "cpu"


def test_load_tensor_reads_one_name(tb: Any, torch_variant: Variant,
                                    tmp_path: Path) -> None:
    path = tmp_path / "two.pt"
    torch.save({"a": torch.ones(2), "b": torch.zeros(3)}, path)
    b = backends.get_backend("torch")
    assert b.load_names(str(path)) == ["a", "b"]
    h = b.load_tensor(str(path), "b")
    try:
        assert b.shape(h) == (3,)
        assert stf.census().get(ROLES["load_tensor"], 0) >= 1  # the census names the loader
    finally:
        b.free(h)
    # The file changes between calls: the new contents are read, never the old parse.
    torch.save({"b": torch.full((5,), 2.0)}, path)
    assert b.load_names(str(path)) == ["b"]
    h = b.load_tensor(str(path), "b")
    assert b.to_numpy(h).tolist() == [2.0] * 5
    b.free(h)
    with pytest.raises(InvalidArgumentError) as info:
        b.load_tensor(str(path), "a")
    assert str(info.value) == f"{TENSOR}: argument 'name': no tensor named 'a' in checkpoint " \
                              f"'{path}'"


def test_empty_dict(tb: Any, tmp_path: Path) -> None:
    stf.save({}, tmp_path / "empty.pt")
    assert torch.load(tmp_path / "empty.pt", weights_only=True) == {}
    assert stf.load(tmp_path / "empty.pt") == {}


# ---- refusals --------------------------------------------------------------------------------

def test_bad_objects_and_names(tb: Any, tmp_path: Path) -> None:
    t = stf.ones(1)
    path = tmp_path / "x.pt"
    with pytest.raises(TypeError, match="dict of tensors"):
        stf.save([t], path)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="the key 1 is not a str"):
        stf.save({1: t}, path)  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="'x' is ndarray, not a Tensor"):
        stf.save({"x": np.ones(2)}, path)  # type: ignore[dict-item]
    for name in ("", "a\nb"):
        with pytest.raises(InvalidArgumentError, match="must be non-empty and hold no newline"):
            stf.save({name: t}, path)
    with pytest.raises(TypeError, match="different backends"):
        stf.save({"a": t, "b": stf.tensor([1.0], backend="pure")}, path)
    assert not path.exists()


def raw_save(v: Variant, path: Any, names: Any, handles: list[int]) -> tuple[int, str]:
    arr = v.ffi.new("int64_t[]", handles) if handles else v.ffi.NULL
    v.role("save")(path, names, arr, len(handles))
    return v.last_error()


def test_raw_save_refusals(torch_variant: Variant, tmp_path: Path) -> None:
    v = torch_variant
    dims = v.ffi.new("int64_t[]", [2])
    a, b = v.func("tensor_ones")(dims, 1, 0), v.func("tensor_zeros")(dims, 1, 0)
    p = str(tmp_path / "raw.pt").encode()
    ia = _abi.ERROR_KINDS["invalid_argument"]
    try:
        assert raw_save(v, p, b"a\nb", [a, b]) == (0, "")
        assert torch.equal(torch.load(p.decode(), weights_only=True)["b"], torch.zeros(2))
        cases = {
            (b"", b"a", (a,)): "argument 'path': empty path",
            (p, b"a", (a, b)): "argument 'names': 1 name for 2 tensors (names are joined by "
                               "newlines)",
            (p, b"", (a,)): "argument 'names': 0 names for 1 tensor (names are joined by "
                            "newlines)",
            (p, b"a\n", (a, b)): "argument 'names': name 1 is empty",
            (p, b"x\nx", (a, b)): "argument 'names': name 'x' appears twice",
            (p, b"\xff\xfe", (a,)): "argument 'names': name '\xff\xfe' is not valid UTF-8",
            (str(tmp_path).encode(), b"a", (a,)):
                f"argument 'path': cannot open '{tmp_path}' for writing: Is a directory",
            (str(tmp_path / "no" / "dir.pt").encode(), b"a", (a,)):
                f"argument 'path': cannot open '{tmp_path / 'no' / 'dir.pt'}' for writing: No "
                "such file or directory",
        }
        for (path, names, hs), message in cases.items():
            kind, msg = raw_save(v, path, names, list(hs))
            want = f"{SAVE}: {message}"
            if b"\xff" in names:  # the message is bytes the decoder replaced
                want = f"{SAVE}: argument 'names': name '\ufffd\ufffd' is not valid UTF-8"
            assert (kind, msg) == (ia, want), (names, msg)
    finally:
        v.role("free")(a)
        v.role("free")(b)


def test_load_refusals(tb: Any, tmp_path: Path) -> None:
    def refused(cls: type[SimpleTorchError], message: str, f: Any) -> None:
        with pytest.raises(cls) as info:
            stf.load(f)
        assert type(info.value) is cls
        assert str(info.value) == message, str(info.value)

    missing = tmp_path / "missing.pt"
    refused(InvalidArgumentError, f"{NAMES}: argument 'path': cannot open '{missing}': No such "
                                  "file or directory", missing)
    refused(InvalidArgumentError, f"{NAMES}: argument 'path': '{tmp_path}' is not a regular "
                                  "file", tmp_path)
    refused(InvalidArgumentError, f"{NAMES}: argument 'path': empty path", "")
    cases: list[tuple[Any, type[SimpleTorchError], str]] = [
        (torch.ones(2), InvalidArgumentError, " holds a Tensor, not a dict of tensors (a state "
                                              "dict)"),
        ({"x": torch.ones(1), "n": 3}, InvalidArgumentError, ": 'n' holds an int, not a tensor"),
        ({"a": {"b": torch.ones(1)}}, InvalidArgumentError, ": 'a' holds a dict, not a tensor"),
        ({1: torch.ones(1)}, InvalidArgumentError, " has a key that is an int, not a str"),
        ({"a\nb": torch.ones(1)}, InvalidArgumentError,
         " has the name 'a\\nb', which a list of names, one per line, cannot hold"),
        ({"u": torch.ones(2, dtype=torch.uint16)}, NotAvailableError,
         ": storages of type torch.storage.UntypedStorage are not supported"),
        ({"s": torch.ones(2).to_sparse()}, InvalidArgumentError,
         " is not a dict of tensors: data.pkl has torch.serialization._get_layout (byte "),
    ]
    for i, (obj, cls, tail) in enumerate(cases):
        path = tmp_path / f"case{i}.pt"
        torch.save(obj, path)
        with pytest.raises(cls) as info:
            stf.load(path)
        assert type(info.value) is cls and str(info.value).startswith(
            f"{NAMES}: "), str(info.value)
        assert f"checkpoint '{path}'{tail}" in str(info.value), str(info.value)
    legacy = tmp_path / "legacy.pt"
    torch.save({"x": torch.ones(1)}, legacy, _use_new_zipfile_serialization=False)
    refused(NotAvailableError, f"{NAMES}: checkpoint '{legacy}' is in torch.save's legacy "
                               "format (before torch 1.6): load it in Python and save it again "
                               "with torch.save", legacy)
    text = tmp_path / "notes.txt"
    text.write_text("hello, not a checkpoint\n" * 4)
    refused(TorchError, f"{NAMES}: checkpoint '{text}' is not a torch.save file (not a zip "
                        "archive)", text)
    with pytest.raises(InvalidArgumentError, match="load_variant\\('stub'\\)"):
        stf.load("stub")


def test_pure_backend_has_no_checkpoints(tmp_path: Path) -> None:
    p = backends.get_backend("pure")
    t = stf.tensor([1.0], backend="pure")
    with pytest.raises(NotAvailableError) as info:
        stf.save({"t": t}, tmp_path / "p.pt")
    assert str(info.value) == (f"{SAVE}: the pure backend has no checkpoints (torch.save's "
                               "format needs libtorch); use the torch backend")
    with pytest.raises(NotAvailableError, match="the pure backend has no checkpoints"):
        stf.load(tmp_path / "p.pt", backend=p)


# ---- damaged and hostile files -------------------------------------------------------------------

def pickled_str(s: str) -> bytes:
    b = s.encode()
    return b"X" + struct.pack("<I", len(b)) + b


def pickled_int(v: int) -> bytes:
    if -(2**31) <= v < 2**31:
        return b"J" + struct.pack("<i", v)
    return b"\x8a\x08" + struct.pack("<q", v)


def pickled_tuple(xs: tuple[int, ...]) -> bytes:
    return b"(" + b"".join(pickled_int(x) for x in xs) + b"t"


def tensor_entry(name: str, key: str = "0", storage: str = "FloatStorage", numel: int = 2,
                 offset: int = 0, size: tuple[int, ...] = (2,),
                 stride: tuple[int, ...] = (1,)) -> bytes:
    return (pickled_str(name) + b"ctorch._utils\n_rebuild_tensor_v2\n(("
            + pickled_str("storage") + f"ctorch\n{storage}\n".encode() + pickled_str(key)
            + pickled_str("cpu") + pickled_int(numel) + b"tQ" + pickled_int(offset)
            + pickled_tuple(size) + pickled_tuple(stride)
            + b"\x89ccollections\nOrderedDict\n)RtR")


def write_zip(path: Path, pkl: bytes, records: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        z.writestr("archive/data.pkl", pkl)
        z.writestr("archive/version", b"3\n")
        z.writestr("archive/byteorder", b"little")
        for k, v in (records or {}).items():
            z.writestr(f"archive/data/{k}", v)


GOOD = b"\x80\x02}(" + tensor_entry("w") + b"u."
TWO_FLOATS = struct.pack("<2f", 1.5, -2.0)


def test_crafted_pickles(tb: Any, tmp_path: Path) -> None:
    path = tmp_path / "crafted.pt"
    write_zip(path, GOOD, {"0": TWO_FLOATS})
    assert stf.load(path)["w"].tolist() == [1.5, -2.0]
    corrupt = f"{NAMES}: checkpoint '{path}': corrupt data.pkl: "
    cases: list[tuple[bytes, dict[str, bytes], type[SimpleTorchError], str]] = [
        (b"", {}, TorchError, corrupt + "truncated pickle (1 more bytes needed) at byte 0"),
        (GOOD[:-1], {}, TorchError, corrupt + "truncated pickle"),
        (b"\x80\x02\xff", {}, TorchError, corrupt + "unknown pickle opcode 0xff at byte 2"),
        (b"\x80\x09}.", {}, TorchError, corrupt + "pickle protocol 9 at byte 0"),
        (b"\x80\x02u.", {}, TorchError, corrupt + "no MARK at byte 2"),
        (b"\x80\x02a.", {}, TorchError, corrupt + "pop from an empty stack at byte 2"),
        (b"\x80\x02h\x05.", {}, TorchError, corrupt + "memo 5 was never stored at byte 2"),
        (b"\x80\x02]Ns.", {}, TorchError, corrupt + "an empty stack at byte 4"),  # SETITEM
        (b"\x80\x02}NN}.", {}, TorchError, corrupt + "STOP with a stack of 4 at byte 6"),
        (b"\x80\x02X\xff\xff\xff\x7f", {}, TorchError,
         corrupt + "a string of 2147483647 bytes past the end at byte 2"),
        (b"\x80\x02cbuiltins\neval\n(X\x01\x00\x00\x001tR.", {}, InvalidArgumentError,
         f"{NAMES}: checkpoint '{path}' is not a dict of tensors: data.pkl has builtins.eval "
         "(byte 25)"),
        (b"\x80\x02cos\nsystem\n" + b"(X\x02\x00\x00\x00lstR.", {}, InvalidArgumentError,
         "data.pkl has os.system"),
        (b"\x80\x02}(" + tensor_entry("w", size=(3,)) + b"u.", {"0": TWO_FLOATS}, TorchError,
         "a tensor reaching past its storage"),
        (b"\x80\x02}(" + tensor_entry("w", offset=-1) + b"u.", {"0": TWO_FLOATS}, TorchError,
         "a negative storage offset"),
        (b"\x80\x02}(" + tensor_entry("w", size=(2, 2), stride=(1,)) + b"u.", {}, TorchError,
         "sizes and strides of different lengths"),
        (b"\x80\x02}(" + tensor_entry("w", size=(2**40, 2**40), stride=(2**40, 2**40))
         + b"u.", {}, TorchError, "a tensor reaching past int64"),
        (b"\x80\x02}(" + tensor_entry("w", storage="QInt8Storage") + b"u.", {},
         NotAvailableError, "storages of type torch.QInt8Storage are not supported"),
        (b"\x80\x02}(" + tensor_entry("w", size=(1,) * 65, stride=(1,) * 65) + b"u.", {},
         TorchError, "a tensor of 65 dimensions (the most is 64)"),
    ]
    for pkl, records, cls, message in cases:
        write_zip(path, pkl, records)
        with pytest.raises(cls) as info:
            stf.load(path)
        assert type(info.value) is cls and message in str(info.value), (pkl, str(info.value))
    # Records that do not match their storage, or are missing: refused when read.
    for records, message in (({}, "lacks the record 'data/0'"),
                             ({"0": TWO_FLOATS[:4]}, "record 'data/0' has 4 bytes, its storage "
                                                     "needs 8")):
        write_zip(path, GOOD, records)
        with pytest.raises(TorchError) as tinfo:
            stf.load(path)
        assert str(tinfo.value) == f"{TENSOR}: checkpoint '{path}'" + (
            f": {message}" if message.startswith("record") else f" {message}")
    # A storage of 2^60 elements with a record of 8 bytes: refused before any allocation.
    write_zip(path, b"\x80\x02}(" + tensor_entry("w", numel=2**60) + b"u.", {"0": TWO_FLOATS})
    with pytest.raises(TorchError, match="has 8 bytes, its storage needs 4611686018427387904"):
        stf.load(path)
    # Deep nesting and long chains: flat arrays, no recursion, no crash.
    deep = b"\x80\x02" + b"]" * 200_000 + b"a" * 199_999 + b"."
    write_zip(path, deep)
    with pytest.raises(InvalidArgumentError, match="holds a list, not a dict of tensors"):
        stf.load(path)
    cyclic = b"\x80\x02]q\x00h\x00a."  # a list that contains itself
    write_zip(path, cyclic)
    with pytest.raises(InvalidArgumentError, match="holds a list"):
        stf.load(path)


FUZZ_CHILD = textwrap.dedent("""
    import random, sys, zipfile, io
    from simple_torch_ffi import load_variant
    v = load_variant("torch")
    names_fn, tensor_fn, free = v.role("load_names"), v.role("load_tensor"), v.role("free")
    ffi = v.ffi
    src = sys.argv[1]
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]))
    raw = open(src, "rb").read()
    with zipfile.ZipFile(src) as z:
        members = {n: z.read(n) for n in z.namelist()}
    pkl_name = next(n for n in members if n.endswith("data.pkl"))
    kinds = {}
    for i in range(int(sys.argv[4])):
        if i % 2:  # damage the zip bytes anywhere
            b = bytearray(raw)
            for _ in range(rng.randint(1, 8)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            if rng.random() < 0.2:
                b = b[:rng.randrange(len(b))]
            data = bytes(b)
        else:  # damage data.pkl, in a well-formed zip
            p = bytearray(members[pkl_name])
            for _ in range(rng.choice((1, 1, 1, 2, 4))):
                op = rng.random()
                j = rng.randrange(len(p))
                if op < 0.5:
                    p[j] = rng.randrange(256)
                elif op < 0.75:
                    del p[j]
                else:
                    p.insert(j, rng.randrange(256))
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
                for n, d in members.items():
                    z.writestr(n, bytes(p) if n == pkl_name else d)
            data = buf.getvalue()
        open(out, "wb").write(data)
        path = out.encode()
        r = names_fn(path)
        kind = v.last_error()[0]
        if r != ffi.NULL:
            for name in ffi.string(r).split(b"\\n"):
                h = tensor_fn(path, name)
                if h:
                    free(h)
                else:
                    kind = v.last_error()[0]
        kinds[kind] = kinds.get(kind, 0) + 1
        assert kind in (0, 1, 2, 3, 4, 5), kind
    assert v.role("live_count")() == 0
    print("kinds", sorted(kinds.items()))
""")


def test_random_damage_never_crashes(torch_variant: Variant, tmp_path: Path) -> None:
    src = tmp_path / "src.pt"
    t = torch.arange(24.0).reshape(4, 6)
    torch.save(OrderedDict(w=t, b=torch.ones(3, dtype=torch.int64), v=t[1:3, ::2],
                           h=torch.zeros(2, dtype=torch.bfloat16)), src)
    rounds = 3000 if os.environ.get("STF_HYPOTHESIS_PROFILE") == "stress" else 400
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        str(Path(p).parent) for p in stf.__path__), PYTHONFAULTHANDLER="1")
    seed = random.randrange(1 << 30)
    proc = subprocess.run([sys.executable, "-c", FUZZ_CHILD, str(src), str(tmp_path / "x.pt"),
                           str(seed), str(rounds)], env=env, capture_output=True, text=True,
                          timeout=600, check=False, cwd=ROOT)
    assert proc.returncode == 0, f"seed {seed}: exit {proc.returncode}\n{proc.stdout}\n" \
                                 f"{proc.stderr[-5000:]}"
    assert "kinds" in proc.stdout
