"""The word lane: every spec function again, every argument and the result one int64 word.

Upstream's dynamic Simple lanes (the interpreter's dynamic path, the standard library's
`spl_wffi_call_i64` loader, plugin manifests) call `rt_<lane>_<fn>` in `libspl_<lane>.so` as a
C function of int64 words returning one; nothing else crosses. This target renders:

- cpp/<library>_lane.cpp: one adapter per lane function that turns its words into the C ABI's
  arguments, calls the SAME C ABI function of the variant it is linked with (one behaviour, one
  error model: the thread-local last error) and turns the result into a word; plus the lane's
  own core (buffers, text bytes; runtime/cpp/stf/word_lane.h). CMake links it with each variant
  into libspl_<lane>.so and libspl_<lane>_stub.so (naming.lane_library).
- c/<library>_lane_calls.h: the call table of the C host program tests/lane/lane_host.c (arity,
  both symbols, sample kinds, a typed thunk calling the core ABI with the same inputs).
- simple/lane/ffi.spl (Tier 2, all-i64 externs), simple/lane/mod.spl (Tier 3: marshals Simple
  values through buffers and bit casts), simple/lane/manifest.sdn (upstream's plugin manifest).

How each type crosses is ONE row per type in TABLE (word encoding, C++ conversions, the failure
word, the Simple marshalling, the host program's facts); lowering is lookup.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass

from .. import naming, validate_simple
from ..model import Function, Scalar, Spec
from ..render import render
from ..tables import TypeTable
from ..types import (
    ARRAY_ELEMENTS,
    BOOL,
    DEVICE,
    DIM,
    DTYPE,
    F32,
    F64,
    I32,
    I64,
    TENSOR,
    TEXT,
    U8,
    VOID,
    Array,
    Optional,
)
from ..writer import Output
from . import c_header, c_types

TIER2_MODULE = "lib.torch.lane.ffi"
TIER3_MODULE = "lib.torch.lane"


@dataclass(frozen=True)
class WordRow:
    """How a value of one logical type crosses the word lane."""

    word: str  # what the word holds (docs: Tier-2 comments, README)
    prelude: str | None  # C++ statement making `{n}_v` from the word `{n}` (arrays), or None
    c_args: tuple[str, ...]  # the C ABI argument expressions of argument `{n}`
    result: str  # C++ statement returning the word of the C ABI call `{call}` (for an array
    #              result `{call}` is a lambda body over `out, out_len`)
    failure: Callable[[Scalar], int]  # the word a failed call returns, from the spec sentinel
    spl_type: str  # the Tier-3 Simple type ("" for void)
    spl_in: tuple[str | None, str, str | None]  # Tier 3: (prelude, argument, cleanup) over {x}
    spl_out: str  # Tier 3: the value of the result word `{w}` ("" for void)
    host_sample: str  # tests/lane/lane_host.c: the sample kind an argument of this type takes
    host_core: tuple[str, ...]  # host: the core ABI arguments from sample `s[{i}]`
    host_answer: str  # host: statement storing the core result `{call}` into answer `a`
    #                  (array results: `{f}` is the function, `{pre}` the arguments before out)


def _int(v: Scalar) -> int:
    return int(v)  # type: ignore[arg-type]


def _f64_bits(v: Scalar) -> int:
    x = math.nan if v == "nan" else float(v)  # type: ignore[arg-type]
    return struct.unpack("<q", struct.pack("<d", x))[0]


def _f32_bits(v: Scalar) -> int:
    x = math.nan if v == "nan" else float(v)  # type: ignore[arg-type]
    return _f64_bits(struct.unpack("<f", struct.pack("<f", x))[0])


def _scalar(word: str, c_arg: str, result: str, failure: Callable[[Scalar], int], spl: str,
            spl_arg: str, spl_out: str, sample: str, core: str, answer: str) -> WordRow:
    return WordRow(word, None, (c_arg,), result, failure, spl, (None, spl_arg, None), spl_out,
                   sample, (core,), answer)


def _array(element: str, kind: str, word: str, spl: str, spl_make: str, spl_read: str,
           sample: str, core: str, answer: str) -> WordRow:
    getter = {"i64": "i64s_arg", "f64": "f64s_arg", "f32": "f32s_arg", "u8": "u8s_arg",
              "bool": "bools_arg"}[element]
    buffer = "I64" if kind == "i64" else "F64"
    ctype = {"i64": "int64_t", "f64": "double", "f32": "float", "u8": "uint8_t",
             "bool": "bool"}[element]
    return WordRow(
        word=word,
        prelude=f'const auto {{n}}_v = stf::lane::{getter}("{{n}}", {{n}});',
        c_args=("{n}_v.data()", "stf::lane::len({n}_v)"),
        result=(f"return stf::lane::array_result<{ctype}>(stf::lane::Kind::{buffer}, "
                f"[&]({ctype}* out, int64_t out_len) {{{{ return {{call}}; }}}});"),
        failure=lambda v: 0,
        spl_type=spl,
        spl_in=(f"val {{x}}_buf = {spl_make}({{x}})", "{x}_buf", "lane_buffer_free({x}_buf)"),
        spl_out=f"{spl_read}({{w}})",
        host_sample=sample,
        host_core=(f"s[{{i}}].{core}", "s[{i}].len"),
        host_answer=answer,
    )


_ARRAY_ANSWER = "LANE_ARRAY_ANSWER(a, {ctype}, {enc}, {f}, {pre});"

TABLE: TypeTable[WordRow] = TypeTable("word_lane", {
    TENSOR: _scalar("the tensor handle", "{n}", "return {call};", _int, "i64", "{x}", "{w}",
                    "TENSOR", "s[{i}].core_handle", "a->word = {call};"),
    Optional(TENSOR): _scalar("the tensor handle, 0 for none", "{n}", "return {call};", _int,
                              "i64", "{x}", "{w}", "TENSOR", "s[{i}].core_handle",
                              "a->word = {call};"),
    I64: _scalar("the value", "{n}", "return {call};", _int, "i64", "{x}", "{w}",
                 "I64", "s[{i}].i", "a->word = {call};"),
    I32: _scalar("the value, widened (a word outside i32 is refused)",
                 'stf::lane::i32_arg("{n}", {n})', "return {call};", _int, "i32",
                 "{x}.to_i64()", "{w}.to_i32()", "I32", "(int32_t)s[{i}].i",
                 "a->word = {call};"),
    DTYPE: _scalar("the dtype code, widened (a word outside i32 is refused)",
                   'stf::lane::i32_arg("{n}", {n})', "return {call};", _int, "i32",
                   "{x}.to_i64()", "{w}.to_i32()", "I32", "(int32_t)s[{i}].i",
                   "a->word = {call};"),
    DEVICE: _scalar("the device code, widened (negative = CPU)",
                    'stf::lane::i32_arg("{n}", {n})', "return {call};", _int, "i32",
                    "{x}.to_i64()", "{w}.to_i32()", "DEVICE", "(int32_t)s[{i}].i",
                    "a->word = {call};"),
    F64: _scalar("the IEEE-754 bits (spl_f64_to_bits)", "stf::lane::f64_arg({n})",
                 "return stf::lane::f64_word({call});", _f64_bits, "f64",
                 "spl_f64_to_bits({x})", "spl_bits_to_f64({w})", "F64", "s[{i}].f",
                 "a->word = lane_f64_bits({call});"),
    F32: _scalar("the bits of the f64 it widens to (a finite value past f32 is refused)",
                 'stf::lane::f32_arg("{n}", {n})', "return stf::lane::f32_word({call});",
                 _f32_bits, "f64", "spl_f64_to_bits({x})", "spl_bits_to_f64({w})", "F32",
                 "(float)s[{i}].f", "a->word = lane_f64_bits((double)({call}));"),
    BOOL: _scalar("0 or 1 (any other word is refused)", 'stf::lane::bool_arg("{n}", {n})',
                  "return stf::lane::bool_word({call});", lambda v: 1 if v else 0, "bool",
                  "lane_bool_word({x})", "{w} != 0", "BOOL", "s[{i}].i != 0",
                  "a->word = ({call}) ? 1 : 0;"),
    TEXT: WordRow(
        word="argument: a const char* (NUL-terminated); result: the library-owned pointer, "
             "valid until the next call on the thread",
        prelude=None, c_args=("stf::lane::text_arg({n})",),
        result="return stf::lane::text_word({call});", failure=lambda v: 0, spl_type="text",
        spl_in=("val {x}_buf = lane_text_buffer({x})", "lane_text_word({x}_buf)",
                "lane_buffer_free({x}_buf)"),
        spl_out="lane_text({w})", host_sample="TEXT", host_core=("s[{i}].text",),
        host_answer="a->text = {call};"),
    VOID: WordRow(word="0 (the last error tells success)", prelude=None, c_args=(),
                  result="{call};\n    return 0;", failure=lambda v: 0, spl_type="",
                  spl_in=(None, "", None), spl_out="", host_sample="",
                  host_core=(), host_answer="{call};"),
    Array(DIM): _array("i64", "i64", "an i64 buffer handle of the dims", "[i64]",
                       "lane_i64_buffer", "lane_i64_array", "SHAPE", "i64s", ""),
    Array(I64): _array("i64", "i64", "an i64 buffer handle (a result: a new one)", "[i64]",
                       "lane_i64_buffer", "lane_i64_array", "I64S", "i64s",
                       _ARRAY_ANSWER.format(ctype="int64_t", enc="lane_i64_word",
                                            f="{f}", pre="{pre}")),
    Array(F64): _array("f64", "f64", "an f64 buffer handle (a result: a new one)", "[f64]",
                       "lane_f64_buffer", "lane_f64_array", "F64S", "f64s",
                       _ARRAY_ANSWER.format(ctype="double", enc="lane_f64_bits",
                                            f="{f}", pre="{pre}")),
    Array(F32): _array("f32", "f64", "an f64 buffer handle, each element narrowed to f32 (a "
                       "result: a new f64 buffer)", "[f64]", "lane_f64_buffer",
                       "lane_f64_array", "F32S", "f32s",
                       _ARRAY_ANSWER.format(ctype="float", enc="lane_f64_bits",
                                            f="{f}", pre="{pre}")),
    Array(U8): _array("u8", "i64", "an i64 buffer handle of byte values 0..255 (a result: a "
                      "new one)", "[i64]", "lane_i64_buffer", "lane_i64_array", "U8S", "u8s",
                      _ARRAY_ANSWER.format(ctype="uint8_t", enc="lane_i64_word",
                                           f="{f}", pre="{pre}")),
    Array(BOOL): _array("bool", "i64", "an i64 buffer handle of 0 / 1 words (any other element "
                        "is refused; a result: a new one)", "[bool]", "lane_bool_buffer",
                        "lane_bool_array", "BOOLS", "bools",
                        _ARRAY_ANSWER.format(ctype="bool", enc="lane_i64_word",
                                             f="{f}", pre="{pre}")),
    Array(TENSOR): _array("i64", "i64", "an i64 buffer handle of tensor handles", "[i64]",
                          "lane_i64_buffer", "lane_i64_array", "TENSORS", "core_handles", ""),
})
assert set(ARRAY_ELEMENTS) == {DIM, I64, F64, F32, U8, BOOL, TENSOR}  # every array has a row above


# ---- the lane's own core (hand-written in runtime/cpp/stf/word_lane.h) -----------------------

@dataclass(frozen=True)
class CoreFunction:
    name: str  # naming.LANE_CORE entry
    params: tuple[str, ...]
    call: str  # C++ expression (kFn is the symbol)
    doc: str


CORE: tuple[CoreFunction, ...] = (
    CoreFunction("buffer_new_i64", ("len",),
                 "stf::lane::buffer_new(kFn, stf::lane::Kind::I64, len)",
                 "a new i64 buffer of len zeros (0 on error)"),
    CoreFunction("buffer_new_f64", ("len",),
                 "stf::lane::buffer_new(kFn, stf::lane::Kind::F64, len)",
                 "a new f64 buffer of len zeros (0 on error)"),
    CoreFunction("buffer_len", ("buffer",), "stf::lane::buffer_len(kFn, buffer)",
                 "the element count (-1 on error)"),
    CoreFunction("buffer_kind", ("buffer",), "stf::lane::buffer_kind(kFn, buffer)",
                 "1 for i64, 2 for f64 (-1 on error)"),
    CoreFunction("buffer_get", ("buffer", "index"), "stf::lane::buffer_get(kFn, buffer, index)",
                 "the element word, f64 as its bits (0 with the last error set on error)"),
    CoreFunction("buffer_set", ("buffer", "index", "word"),
                 "stf::lane::buffer_set(kFn, buffer, index, word)",
                 "store the element word (0, or -1 on error)"),
    CoreFunction("buffer_free", ("buffer",), "stf::lane::buffer_free(kFn, buffer)",
                 "release a buffer handle (0, or -1 on error)"),
    CoreFunction("buffer_live", (), "stf::lane::buffer_live(kFn)",
                 "the number of live buffer handles"),
    CoreFunction("buffer_from_text", ("text",), "stf::lane::buffer_from_text(kFn, text)",
                 "a new i64 buffer of the bytes of a const char* word (0 on error)"),
    CoreFunction("buffer_text", ("buffer",), "stf::lane::buffer_text(kFn, buffer)",
                 "a const char* word of an i64 buffer of bytes, valid until the next "
                 "buffer_text call on the thread (0 on error)"),
)
assert tuple(c.name for c in CORE) == naming.LANE_CORE


# ---- cpp/<library>_lane.cpp ----------------------------------------------------------------

@dataclass(frozen=True)
class LaneAdapter:
    symbol: str
    core_symbol: str
    params: str
    failure: int
    direct: bool  # keeps_error: no guard (it must not clear the last error)
    prelude: list[str]
    body: str


def _c_args(f: Function) -> list[str]:
    return [p.format(n=a.name) for a in f.args for p in TABLE[a.type].c_args]


def _adapter(spec: Spec, f: Function) -> LaneAdapter:
    row = TABLE[f.returns]
    args = _c_args(f)
    if f.returns.is_array:
        args += ["out", "out_len"]
    call = f"{f.symbol}({', '.join(args)})"
    return LaneAdapter(
        symbol=naming.lane_symbol(spec.lane, f.name),
        core_symbol=f.symbol,
        params=", ".join(f"int64_t {a.name}" for a in f.args) or "void",
        failure=row.failure(f.sentinel),
        direct=f.keeps_error,
        prelude=[p.format(n=a.name) for a in f.args if (p := TABLE[a.type].prelude)],
        body=row.result.replace("{call}", call).replace("{{", "{").replace("}}", "}"),
    )


def lane_cpp_path(spec: Spec) -> str:
    return f"cpp/{spec.library}_lane.cpp"


def host_calls_path(spec: Spec) -> str:
    return f"c/{spec.library}_lane_calls.h"


# ---- c/<library>_lane_calls.h (the C host program's call table) ----------------------------

@dataclass(frozen=True)
class HostCall:
    name: str
    lane_symbol: str
    core_symbol: str
    arity: int
    samples: list[str]
    result: str  # the answer kind: WORD, TENSOR, TEXT, ARRAY, VOID
    consumed: int  # bit mask of consumed tensor arguments
    random: bool  # the result is random (examples give a shape): compare shapes only
    body: str  # the thunk's statement


def _answer_kind(f: Function) -> str:
    if f.returns == VOID:
        return "VOID"
    if f.returns in (TENSOR, Optional(TENSOR)):
        return "TENSOR"
    if f.returns == TEXT:
        return "TEXT"
    return "ARRAY" if f.returns.is_array else "WORD"


def _host_call(spec: Spec, f: Function) -> HostCall:
    core_args = [p.format(i=i) for i, a in enumerate(f.args) for p in TABLE[a.type].host_core]
    answer = TABLE[f.returns].host_answer
    pre = "".join(f"{x}, " for x in core_args)
    body = answer.format(call=f"fn({', '.join(core_args)})", f="fn", pre=pre)
    return HostCall(
        name=f.name, lane_symbol=naming.lane_symbol(spec.lane, f.name), core_symbol=f.symbol,
        arity=len(f.args), samples=[TABLE[a.type].host_sample for a in f.args],
        result=_answer_kind(f),
        consumed=sum(1 << i for i, a in enumerate(f.args) if a.consumed),
        random=any(e.shape is not None for e in f.examples), body=body)


# ---- simple/lane/*.spl and manifest.sdn ----------------------------------------------------

@dataclass(frozen=True)
class Tier2Extern:
    doc: str
    words: list[str]
    declaration: str


@dataclass(frozen=True)
class Tier3Function:
    name: str
    doc: str
    params: str
    returns: str
    prelude: list[str]
    call: str
    cleanup: list[str]
    var: str  # the name of the result word
    result: str  # expression of the value over `var`, "" for void


def _arg_words(f: Function) -> list[str]:
    return [f"{a.name}: {TABLE[a.type].word}" for a in f.args]


def _extern(name: str, params: list[str]) -> str:
    return f"extern fn {name}({', '.join(f'{p}: i64' for p in params)}) -> i64"


def _tier3(spec: Spec, f: Function) -> Tier3Function:
    taken = {a.name for a in f.args}
    result = "result"
    while result in taken:
        result += "_"
    prelude, call_args, cleanup = [], [], []
    for a in f.args:
        pre, arg, post = TABLE[a.type].spl_in
        if pre:
            prelude.append(pre.format(x=a.name))
        call_args.append(arg.format(x=a.name))
        if post:
            cleanup.append(post.format(x=a.name))
    out = TABLE[f.returns].spl_out
    return Tier3Function(
        name=naming.lane_tier3(f.name), doc=f.doc,
        params=", ".join(f"{a.name}: {TABLE[a.type].spl_type}" for a in f.args),
        returns=TABLE[f.returns].spl_type,
        prelude=prelude,
        call=f"{naming.lane_symbol(spec.lane, f.name)}({', '.join(call_args)})",
        cleanup=cleanup, var=result, result=out.format(w=result) if out else "")


def excluded(spec: Spec) -> list[Function]:
    """The spec functions left out of the lane (`word_lane: false`)."""
    return [f for f in spec.functions if not f.word_lane]


def generate(spec: Spec, out: Output) -> None:
    lane_fns = spec.lane_functions
    core = [(naming.lane_symbol(spec.lane, c.name), c) for c in CORE]
    common = dict(spec=spec, lane=spec.lane, excluded=excluded(spec),
                  torch_library=naming.lane_library(spec.lane, "torch"),
                  stub_library=naming.lane_library(spec.lane, "stub"))
    out.add(lane_cpp_path(spec), render(
        "word_lane/lane.cpp.j2", header=c_header.decls_path(spec).removeprefix("include/"),
        adapters=[_adapter(spec, f) for f in lane_fns], core=core, **common))
    roles = {r: (naming.lane_symbol(spec.lane, spec.role(r).name), spec.role(r).symbol)
             for r in ("from_f64", "to_f64", "shape", "free", "live_count", "last_error",
                       "last_error_kind", "available", "to_device", "from_f32", "census")}
    out.add(host_calls_path(spec), render(
        "word_lane/lane_calls.h.j2", header=c_header.header_path(spec).removeprefix("include/"),
        calls=[_host_call(spec, f) for f in lane_fns], roles=roles, core=core,
        macro=c_types.macro_prefix(spec), **common))
    externs = [Tier2Extern(f.doc, _arg_words(f) + [f"result: {TABLE[f.returns].word}"],
                           _extern(naming.lane_symbol(spec.lane, f.name),
                                   [a.name for a in f.args]))
               for f in lane_fns]
    core_externs = [Tier2Extern(c.doc, [], _extern(sym, list(c.params))) for sym, c in core]
    out.add("simple/lane/ffi.spl", render("word_lane/ffi.spl.j2", externs=externs,
                                          core_externs=core_externs, **common))
    validate_simple.validate(spec)
    out.add("simple/lane/mod.spl", render(
        "word_lane/mod.spl.j2", functions=[_tier3(spec, f) for f in lane_fns],
        ffi_module=TIER2_MODULE, module=TIER3_MODULE,
        sym={c.name: sym for sym, c in core},
        named={r: naming.lane_tier3(spec.role(r).name)
               for r in ("free", "last_error", "last_error_kind")},
        externs=[naming.lane_symbol(spec.lane, f.name) for f in lane_fns] + [s for s, _ in core],
        **common))
    out.add("simple/lane/manifest.sdn", render(
        "word_lane/manifest.sdn.j2",
        functions=[naming.lane_symbol(spec.lane, f.name) for f in lane_fns] + [s for s, _ in core],
        **common))
