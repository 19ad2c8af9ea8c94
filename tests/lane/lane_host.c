/* The word lane's C host program: what Simple's dynamic lanes do, in C.
 *
 *   stf_lane_host torch|stub CORE_LIBRARY [--default-path]
 *
 * 1. Finds the lane library by upstream's rule: $SIMPLE_SFFI_PATH/libspl_<lane>.so, else
 *    build/libspl_<lane>.so relative to the working directory (--default-path unsets
 *    SIMPLE_SFFI_PATH first); the stub variant's is libspl_<lane>_stub.so beside it.
 * 2. dlopens it and the core library (the C ABI of the same variant), resolves every lane
 *    function of the generated call table (generated/c/<library>_lane_calls.h) and its core
 *    twin.
 * 3. Hostile inputs: stale, freed, forged and wrong-kind handles, negative and huge lengths,
 *    out-of-range indexes, NaN and infinities as bits: the failure word plus the last error.
 * 4. From 4 threads, several rounds: every lane function is called through a pointer cast to
 *    int64_t (*)(int64_t, ...) of its arity with sample words, the core function (typed) with the
 *    same samples; results (values of tensors and buffers, words, texts) and the error kinds
 *    must agree.
 * 5. The live counts of both tables (lane tensors, lane buffers) and of the core return to zero.
 * Exit status 0 when everything agreed. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
  LANE_S_NONE, LANE_S_TENSOR, LANE_S_I64, LANE_S_I32, LANE_S_DEVICE, LANE_S_F64, LANE_S_F32,
  LANE_S_BOOL, LANE_S_TEXT, LANE_S_SHAPE, LANE_S_I64S, LANE_S_F64S, LANE_S_F32S, LANE_S_TENSORS,
  LANE_S_U8S, LANE_S_BOOLS
};
enum { LANE_A_WORD, LANE_A_TENSOR, LANE_A_TEXT, LANE_A_ARRAY, LANE_A_VOID };

struct lane_sample {
  int64_t word;         /* what the lane function gets */
  int64_t core_handle;  /* a tensor of the core library */
  int64_t i;
  double f;
  const char* text;
  int64_t len;
  int64_t i64s[4];
  double f64s[4];
  float f32s[4];
  uint8_t u8s[4];
  bool bools[4];
  int64_t core_handles[2];
  int64_t lane_handles[2];
};

/* A result in the lane's encoding (f64 as bits, f32 as the bits of the double). */
struct lane_answer {
  int64_t word;
  const char* text;
  int64_t n;
  int64_t* words;
};

struct lane_call {
  const char* name;
  const char* lane_symbol;
  const char* core_symbol;
  int arity;
  int samples[9];
  int result;
  int consumed;
  int random;
  void (*core)(void* fn, const struct lane_sample* s, struct lane_answer* a);
};

static int64_t lane_f64_bits(double d) {
  int64_t w;
  memcpy(&w, &d, sizeof w);
  return w;
}
static double bits_f64(int64_t w) {
  double d;
  memcpy(&d, &w, sizeof d);
  return d;
}
static inline int64_t lane_i64_word(int64_t x) { return x; }

#define LANE_ARRAY_ANSWER(a, T, ENC, F, ...)                              \
  do {                                                                    \
    (a)->n = F(__VA_ARGS__ NULL, 0);                                      \
    if ((a)->n > 0) {                                                     \
      T* tmp_ = calloc((size_t)(a)->n, sizeof(T));                        \
      F(__VA_ARGS__ tmp_, (a)->n);                                        \
      (a)->words = calloc((size_t)(a)->n, sizeof(int64_t));               \
      for (int64_t k_ = 0; k_ < (a)->n; ++k_) (a)->words[k_] = ENC(tmp_[k_]); \
      free(tmp_);                                                         \
    }                                                                     \
  } while (0)

#define LANE_STR2(x) #x
#define LANE_STR(x) LANE_STR2(x)
#include LANE_STR(STF_LANE_CALLS_H)

typedef int64_t (*w0)(void);
typedef int64_t (*w1)(int64_t);
typedef int64_t (*w2)(int64_t, int64_t);
typedef int64_t (*w3)(int64_t, int64_t, int64_t);
typedef int64_t (*w4)(int64_t, int64_t, int64_t, int64_t);
typedef int64_t (*w5)(int64_t, int64_t, int64_t, int64_t, int64_t);
typedef int64_t (*w6)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t);
typedef int64_t (*w7)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t);
typedef int64_t (*w8)(int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t, int64_t);

/* The dynamic path's call: a symbol address and N words. */
static int64_t call_words(void* fn, int n, const int64_t* a) {
  switch (n) {
    case 0: return ((w0)fn)();
    case 1: return ((w1)fn)(a[0]);
    case 2: return ((w2)fn)(a[0], a[1]);
    case 3: return ((w3)fn)(a[0], a[1], a[2]);
    case 4: return ((w4)fn)(a[0], a[1], a[2], a[3]);
    case 5: return ((w5)fn)(a[0], a[1], a[2], a[3], a[4]);
    case 6: return ((w6)fn)(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7: return ((w7)fn)(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8: return ((w8)fn)(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    default: break;
  }
  fprintf(stderr, "arity %d\n", n);
  abort();
}

static void* lane_lib;
static void* core_lib;
static void* lane_fns[LANE_NCALLS];
static void* core_fns[LANE_NCALLS];
static atomic_int failures;
static atomic_int checks;
static const char* variant;

static void* need(void* lib, const char* name) {
  void* p = dlsym(lib, name);
  if (p == NULL) {
    fprintf(stderr, "missing symbol %s: %s\n", name, dlerror());
    exit(2);
  }
  return p;
}

/* lane helpers, by name */
static int64_t L(const char* name, int n, ...) {
  int64_t a[8] = {0};
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; ++i) a[i] = va_arg(ap, int64_t);
  va_end(ap);
  return call_words(need(lane_lib, name), n, a);
}
static int64_t lane_kind(void) { return L(LANE_ROLE_LAST_ERROR_KIND, 0); }

typedef int32_t (*core_kind_fn)(void);
typedef int64_t (*core_from_fn)(const double*, int64_t, const int64_t*, int64_t);
typedef int64_t (*core_f64s_fn)(int64_t, double*, int64_t);
typedef int64_t (*core_i64s_fn)(int64_t, int64_t*, int64_t);
typedef void (*core_free_fn)(int64_t);
typedef int64_t (*core_live_fn)(void);
typedef bool (*core_bool_fn)(void);
static int32_t core_kind(void) { return ((core_kind_fn)need(core_lib, CORE_ROLE_LAST_ERROR_KIND))(); }

static void fail(const char* what, const char* fn, long long got, long long want) {
  if (atomic_fetch_add(&failures, 1) < 40) {
    fprintf(stderr, "[%s] %s: %s: got %lld, want %lld\n", variant, fn, what, got, want);
  }
}
#define CHECK_EQ(what, fn, got, want)                                    \
  do {                                                                   \
    atomic_fetch_add(&checks, 1);                                        \
    long long g_ = (long long)(got), w_ = (long long)(want);            \
    if (g_ != w_) fail(what, fn, g_, w_);                                \
  } while (0)

static int64_t lane_i64_buffer(const int64_t* xs, int64_t n) {
  int64_t b = L(LANE_BUFFER_NEW_I64, 1, n);
  for (int64_t i = 0; i < n; ++i) L(LANE_BUFFER_SET, 3, b, i, xs[i]);
  return b;
}
static int64_t lane_f64_buffer(const double* xs, int64_t n) {
  int64_t b = L(LANE_BUFFER_NEW_F64, 1, n);
  for (int64_t i = 0; i < n; ++i) L(LANE_BUFFER_SET, 3, b, i, lane_f64_bits(xs[i]));
  return b;
}
/* reads and frees a lane buffer into words */
static int64_t* lane_read_buffer(int64_t b, int64_t* n) {
  *n = L(LANE_BUFFER_LEN, 1, b);
  int64_t* out = calloc((size_t)(*n > 0 ? *n : 1), sizeof(int64_t));
  for (int64_t i = 0; i < *n; ++i) out[i] = L(LANE_BUFFER_GET, 2, b, i);
  L(LANE_BUFFER_FREE, 1, b);
  return out;
}

static const double kData[4] = {1.0, -2.0, 3.5, 4.0};
static const int64_t kDims[2] = {2, 2};

static int64_t lane_tensor(void) {
  int64_t d = lane_f64_buffer(kData, 4), s = lane_i64_buffer(kDims, 2);
  int64_t h = L(LANE_ROLE_FROM_F64, 2, d, s);
  L(LANE_BUFFER_FREE, 1, d);
  L(LANE_BUFFER_FREE, 1, s);
  return h;
}
static int64_t core_tensor(void) {
  return ((core_from_fn)need(core_lib, CORE_ROLE_FROM_F64))(kData, 4, kDims, 2);
}
static void lane_free_tensor(int64_t h) {
  if (h != 0) L(LANE_ROLE_FREE, 1, h);
}
static void core_free_tensor(int64_t h) {
  if (h != 0) ((core_free_fn)need(core_lib, CORE_ROLE_FREE))(h);
}

static void make_sample(int kind, struct lane_sample* s) {
  memset(s, 0, sizeof *s);
  switch (kind) {
    case LANE_S_TENSOR: s->word = lane_tensor(); s->core_handle = core_tensor(); break;
    case LANE_S_I64: s->i = 1; s->word = 1; break;
    case LANE_S_I32: s->i = 0; s->word = 0; break;
    case LANE_S_DEVICE: s->i = -1; s->word = -1; break;
    case LANE_S_F64: case LANE_S_F32: s->f = 1.5; s->word = lane_f64_bits(1.5); break;
    case LANE_S_BOOL: s->i = 1; s->word = 1; break;
    case LANE_S_TEXT: s->text = "lane"; s->word = (int64_t)(intptr_t)s->text; break;
    case LANE_S_SHAPE: s->len = 2; s->i64s[0] = 2; s->i64s[1] = 2;
      s->word = lane_i64_buffer(s->i64s, 2); break;
    case LANE_S_I64S: s->len = 1; s->i64s[0] = 4; s->word = lane_i64_buffer(s->i64s, 1); break;
    case LANE_S_F64S: case LANE_S_F32S:
      s->len = 4;
      for (int i = 0; i < 4; ++i) { s->f64s[i] = kData[i]; s->f32s[i] = (float)kData[i]; }
      s->word = lane_f64_buffer(s->f64s, 4);
      break;
    case LANE_S_U8S: {  /* the bytes of float32 1.0 */
      static const uint8_t one[4] = {0, 0, 128, 63};
      s->len = 4;
      for (int i = 0; i < 4; ++i) { s->u8s[i] = one[i]; s->i64s[i] = one[i]; }
      s->word = lane_i64_buffer(s->i64s, 4);
      break;
    }
    case LANE_S_BOOLS: {  /* fills the sample shape [2, 2] */
      static const bool flags[4] = {true, false, true, true};
      s->len = 4;
      for (int i = 0; i < 4; ++i) { s->bools[i] = flags[i]; s->i64s[i] = flags[i] ? 1 : 0; }
      s->word = lane_i64_buffer(s->i64s, 4);
      break;
    }
    case LANE_S_TENSORS:
      s->len = 2;
      for (int i = 0; i < 2; ++i) { s->lane_handles[i] = lane_tensor(); s->core_handles[i] = core_tensor(); }
      s->word = lane_i64_buffer(s->lane_handles, 2);
      break;
    default: break;
  }
}

static void free_sample(int kind, struct lane_sample* s, int consumed) {
  switch (kind) {
    case LANE_S_TENSOR:
      if (!consumed) { lane_free_tensor(s->word); core_free_tensor(s->core_handle); }
      break;
    case LANE_S_SHAPE: case LANE_S_I64S: case LANE_S_F64S: case LANE_S_F32S: case LANE_S_U8S:
    case LANE_S_BOOLS:
      L(LANE_BUFFER_FREE, 1, s->word);
      break;
    case LANE_S_TENSORS:
      for (int i = 0; i < 2; ++i) { lane_free_tensor(s->lane_handles[i]); core_free_tensor(s->core_handles[i]); }
      L(LANE_BUFFER_FREE, 1, s->word);
      break;
    default: break;
  }
}

static int is_nan_bits(int64_t w) { return isnan(bits_f64(w)); }

static void compare_words(const char* fn, const int64_t* a, int64_t na, const int64_t* b, int64_t nb) {
  CHECK_EQ("element count", fn, na, nb);
  for (int64_t i = 0; i < na && i < nb; ++i) {
    if (a[i] != b[i] && !(is_nan_bits(a[i]) && is_nan_bits(b[i]))) {
      CHECK_EQ("element", fn, a[i], b[i]);
      return;
    }
  }
}

/* a tensor on both sides: shape and values agree (values not for random results) */
static void compare_tensors(const struct lane_call* c, int64_t lane_h, int64_t core_h) {
  CHECK_EQ("tensor made", c->name, lane_h != 0, core_h != 0);
  if (lane_h == 0 || core_h == 0) return;
  int64_t ln, cn;
  int64_t* ls = lane_read_buffer(L(LANE_ROLE_SHAPE, 1, lane_h), &ln);
  core_i64s_fn shape = (core_i64s_fn)need(core_lib, CORE_ROLE_SHAPE);
  cn = shape(core_h, NULL, 0);
  int64_t* cs = calloc((size_t)(cn > 0 ? cn : 1), sizeof(int64_t));
  shape(core_h, cs, cn);
  compare_words(c->name, ls, ln, cs, cn);
  free(ls);
  free(cs);
  if (!c->random) {
    int64_t* lv = lane_read_buffer(L(LANE_ROLE_TO_F64, 1, lane_h), &ln);
    core_f64s_fn values = (core_f64s_fn)need(core_lib, CORE_ROLE_TO_F64);
    cn = values(core_h, NULL, 0);
    double* cv = calloc((size_t)(cn > 0 ? cn : 1), sizeof(double));
    values(core_h, cv, cn);
    int64_t* cw = calloc((size_t)(cn > 0 ? cn : 1), sizeof(int64_t));
    for (int64_t i = 0; i < cn; ++i) cw[i] = lane_f64_bits(cv[i]);
    compare_words(c->name, lv, ln, cw, cn);
    free(lv);
    free(cv);
    free(cw);
  }
  lane_free_tensor(lane_h);
  core_free_tensor(core_h);
}

static void run_call(int idx) {
  const struct lane_call* c = &LANE_CALLS[idx];
  struct lane_sample s[8];
  int64_t words[8];
  for (int i = 0; i < c->arity; ++i) {
    make_sample(c->samples[i], &s[i]);
    words[i] = s[i].word;
  }
  /* a call that succeeds on both sides first, so both last errors start clear */
  L(LANE_ROLE_AVAILABLE, 0);
  ((core_bool_fn)need(core_lib, CORE_ROLE_AVAILABLE))();

  int64_t lane_word = call_words(lane_fns[idx], c->arity, words);
  char* lane_text = NULL;
  if (c->result == LANE_A_TEXT && lane_word != 0) lane_text = strdup((const char*)(intptr_t)lane_word);
  int64_t lk = lane_kind();
  struct lane_answer a = {0, NULL, 0, NULL};
  c->core(core_fns[idx], s, &a);
  char* core_text = (c->result == LANE_A_TEXT && a.text != NULL) ? strdup(a.text) : NULL;
  int64_t ck = core_kind();
  CHECK_EQ("last error kind", c->name, lk, ck);

  switch (c->result) {
    case LANE_A_WORD:
      /* the live count is process-wide: other threads change it between the two calls */
      if (strcmp(c->lane_symbol, LANE_ROLE_LIVE_COUNT) == 0) break;
      if (!c->random && lane_word != a.word && !(is_nan_bits(lane_word) && is_nan_bits(a.word))) {
        CHECK_EQ("result word", c->name, lane_word, a.word);
      }
      break;
    case LANE_A_TENSOR: compare_tensors(c, lane_word, a.word); break;
    case LANE_A_TEXT:
      CHECK_EQ("text is null", c->name, lane_text == NULL, core_text == NULL);
      /* the census, like the live count, is process-wide: other threads change it meanwhile */
      if (strcmp(c->lane_symbol, LANE_ROLE_CENSUS) == 0) break;
      if (lane_text && core_text && strcmp(lane_text, core_text) != 0) {
        fprintf(stderr, "[%s] %s: text %s vs %s\n", variant, c->name, lane_text, core_text);
        CHECK_EQ("text", c->name, 0, 1);
      }
      break;
    case LANE_A_ARRAY: {
      CHECK_EQ("buffer made", c->name, lane_word != 0, a.n >= 0);
      if (lane_word != 0) {
        int64_t n;
        int64_t* w = lane_read_buffer(lane_word, &n);
        if (!c->random) compare_words(c->name, w, n, a.words, a.n);
        free(w);
      }
      break;
    }
    default: break;
  }
  free(lane_text);
  free(core_text);
  free(a.words);
  for (int i = 0; i < c->arity; ++i) free_sample(c->samples[i], &s[i], (c->consumed >> i) & 1);
}

static int rounds = 3;

static void* worker(void* arg) {
  (void)arg;
  for (int r = 0; r < rounds; ++r)
    for (int i = 0; i < LANE_NCALLS; ++i) run_call(i);
  return NULL;
}

/* ---- hostile inputs ------------------------------------------------------------------------ */
#define EXPECT_FAIL(what, got, want_word, want_kind)          \
  do {                                                        \
    int64_t got_ = (got);                                     \
    int64_t kind_ = lane_kind();                              \
    CHECK_EQ(what " (word)", "hostile", got_, want_word);     \
    CHECK_EQ(what " (kind)", "hostile", kind_, want_kind);    \
  } while (0)

static void hostile(int torch) {
  const int64_t IH = LANE_ERR_INVALID_HANDLE, IA = LANE_ERR_INVALID_ARGUMENT;
  /* lengths */
  EXPECT_FAIL("negative length", L(LANE_BUFFER_NEW_I64, 1, (int64_t)-1), 0, IA);
  EXPECT_FAIL("huge length", L(LANE_BUFFER_NEW_F64, 1, (int64_t)1 << 40), 0, IA);
  EXPECT_FAIL("INT64_MAX length", L(LANE_BUFFER_NEW_I64, 1, INT64_MAX), 0, IA);
  EXPECT_FAIL("INT64_MIN length", L(LANE_BUFFER_NEW_I64, 1, INT64_MIN), 0, IA);
  /* indexes */
  int64_t b = L(LANE_BUFFER_NEW_I64, 1, (int64_t)3);
  CHECK_EQ("new buffer", "hostile", b > 0, 1);
  CHECK_EQ("zero length ok", "hostile", L(LANE_BUFFER_LEN, 1, b), 3);
  EXPECT_FAIL("index == len", L(LANE_BUFFER_GET, 2, b, (int64_t)3), 0, IA);
  EXPECT_FAIL("index -1", L(LANE_BUFFER_GET, 2, b, (int64_t)-1), 0, IA);
  EXPECT_FAIL("index INT64_MAX", L(LANE_BUFFER_SET, 3, b, INT64_MAX, (int64_t)1), -1, IA);
  EXPECT_FAIL("index INT64_MIN", L(LANE_BUFFER_SET, 3, b, INT64_MIN, (int64_t)1), -1, IA);
  /* NaN and infinities as bits: stored and read back exactly */
  const int64_t specials[5] = {lane_f64_bits(NAN), lane_f64_bits(INFINITY), lane_f64_bits(-INFINITY),
                               (int64_t)0x7ff0000000000001LL /* signalling NaN */, (int64_t)0xfff8000000000000ULL};
  int64_t fb = L(LANE_BUFFER_NEW_F64, 1, (int64_t)5);
  for (int i = 0; i < 5; ++i) {
    CHECK_EQ("set special", "hostile", L(LANE_BUFFER_SET, 3, fb, (int64_t)i, specials[i]), 0);
    CHECK_EQ("special bits round trip", "hostile", L(LANE_BUFFER_GET, 2, fb, (int64_t)i), specials[i]);
  }
  /* wrong kinds: an f64 buffer as dims (i64 expected), an i64 buffer as data (f64 expected) */
  int64_t dims = lane_i64_buffer((const int64_t[]){5}, 1);
  EXPECT_FAIL("f64 buffer as dims", L(LANE_ROLE_FROM_F64, 2, fb, fb), 0, IA);
  EXPECT_FAIL("i64 buffer as data", L(LANE_ROLE_FROM_F64, 2, dims, dims), 0, IA);
  int64_t t = L(LANE_ROLE_FROM_F64, 2, fb, dims);  /* NaN and inf data make a tensor */
  if (torch) {
    CHECK_EQ("tensor of NaN/inf made", "hostile", t > 0, 1);
    int64_t n;
    int64_t* back = lane_read_buffer(L(LANE_ROLE_TO_F64, 1, t), &n);
    CHECK_EQ("tensor of NaN/inf len", "hostile", n, 5);
    if (n == 5) {
      CHECK_EQ("NaN back", "hostile", isnan(bits_f64(back[0])), 1);
      CHECK_EQ("+inf back", "hostile", bits_f64(back[1]) == INFINITY, 1);
      CHECK_EQ("-inf back", "hostile", bits_f64(back[2]) == -INFINITY, 1);
    }
    free(back);
    /* a tensor handle where a buffer is expected, and a buffer handle as a tensor */
    EXPECT_FAIL("tensor as buffer (len)", L(LANE_BUFFER_LEN, 1, t), -1, IH);
    EXPECT_FAIL("tensor as buffer (free)", L(LANE_BUFFER_FREE, 1, t), -1, IH);
    EXPECT_FAIL("tensor as dims", L(LANE_ROLE_FROM_F64, 2, fb, t), 0, IH);
    EXPECT_FAIL("buffer as tensor", L(LANE_ROLE_SHAPE, 1, b), 0, IH);
    EXPECT_FAIL("buffer as tensor (free)", L(LANE_ROLE_FREE, 1, b), 0, IH);
    /* a device word that is not an i32 (NaN bits) is refused, never truncated */
    EXPECT_FAIL("NaN bits as device", L(LANE_ROLE_TO_DEVICE, 2, t, lane_f64_bits(NAN)), 0, IA);
    EXPECT_FAIL("2^32 as device", L(LANE_ROLE_TO_DEVICE, 2, t, (int64_t)1 << 32), 0, IA);
    lane_free_tensor(t);
    EXPECT_FAIL("freed tensor", L(LANE_ROLE_SHAPE, 1, t), 0, IH);
  } else {
    CHECK_EQ("stub makes no tensor", "hostile", t, 0);
    CHECK_EQ("stub: not available", "hostile", lane_kind(), LANE_ERR_NOT_AVAILABLE);
    EXPECT_FAIL("NaN bits as device (stub)", L(LANE_ROLE_TO_DEVICE, 2, (int64_t)1, lane_f64_bits(NAN)), 0, IA);
  }
  /* text bytes */
  EXPECT_FAIL("null text", L(LANE_BUFFER_FROM_TEXT, 1, (int64_t)0), 0, IA);
  EXPECT_FAIL("f64 buffer as text", L(LANE_BUFFER_TEXT, 1, fb), 0, IA);
  EXPECT_FAIL("a zero byte in text", L(LANE_BUFFER_TEXT, 1, b), 0, IA);
  int64_t tb = L(LANE_BUFFER_FROM_TEXT, 1, (int64_t)(intptr_t)"h\xc3\xa9llo");
  CHECK_EQ("text bytes", "hostile", L(LANE_BUFFER_LEN, 1, tb), 6);
  int64_t p = L(LANE_BUFFER_TEXT, 1, tb);
  CHECK_EQ("text round trip", "hostile", p != 0 && strcmp((const char*)(intptr_t)p, "h\xc3\xa9llo") == 0, 1);
  L(LANE_BUFFER_FREE, 1, tb);
  /* freed and stale */
  L(LANE_BUFFER_FREE, 1, fb);
  L(LANE_BUFFER_FREE, 1, dims);
  CHECK_EQ("free", "hostile", L(LANE_BUFFER_FREE, 1, b), 0);
  EXPECT_FAIL("double free", L(LANE_BUFFER_FREE, 1, b), -1, IH);
  EXPECT_FAIL("stale len", L(LANE_BUFFER_LEN, 1, b), -1, IH);
  EXPECT_FAIL("stale get", L(LANE_BUFFER_GET, 2, b, (int64_t)0), 0, IH);
  EXPECT_FAIL("stale as dims", L(LANE_ROLE_FROM_F64, 2, fb, b), 0, IH);
  int64_t again = L(LANE_BUFFER_NEW_I64, 1, (int64_t)1);  /* may reuse the slot: b stays stale */
  EXPECT_FAIL("stale after reuse", L(LANE_BUFFER_LEN, 1, b), -1, IH);
  L(LANE_BUFFER_FREE, 1, again);
  /* forged */
  const int64_t forged[7] = {0, -1, 1, 12345, INT64_MAX, INT64_MIN, b + 1};
  for (int i = 0; i < 7; ++i) EXPECT_FAIL("forged", L(LANE_BUFFER_LEN, 1, forged[i]), -1, IH);
  /* f32 arrays: a finite value past float is refused */
  int64_t big = lane_f64_buffer((const double[]){1e300}, 1);
  int64_t one = lane_i64_buffer((const int64_t[]){1}, 1);
  EXPECT_FAIL("1e300 as f32", L(LANE_ROLE_FROM_F32, 2, big, one), 0, IA);
  L(LANE_BUFFER_SET, 3, big, (int64_t)0, lane_f64_bits(INFINITY));  /* inf fits f32 */
  int64_t ti = L(LANE_ROLE_FROM_F32, 2, big, one);
  CHECK_EQ("inf as f32", "hostile", ti != 0, torch);
  lane_free_tensor(ti);
  L(LANE_BUFFER_FREE, 1, big);
  L(LANE_BUFFER_FREE, 1, one);
}

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s torch|stub CORE_LIBRARY [--default-path]\n", argv[0]);
    return 2;
  }
  variant = argv[1];
  if (argc > 3 && strcmp(argv[3], "--default-path") == 0) unsetenv("SIMPLE_SFFI_PATH");
  const char* dir = getenv("SIMPLE_SFFI_PATH");
  if (dir == NULL || *dir == '\0') dir = "build";
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir,
           strcmp(variant, "torch") == 0 ? LANE_TORCH_LIBRARY : LANE_STUB_LIBRARY);
  lane_lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (lane_lib == NULL) {
    fprintf(stderr, "cannot load the lane library %s: %s\n", path, dlerror());
    return 2;
  }
  core_lib = dlopen(argv[2], RTLD_NOW | RTLD_LOCAL);
  if (core_lib == NULL) {
    fprintf(stderr, "cannot load the core library %s: %s\n", argv[2], dlerror());
    return 2;
  }
  for (int i = 0; i < LANE_NCALLS; ++i) {
    lane_fns[i] = need(lane_lib, LANE_CALLS[i].lane_symbol);
    core_fns[i] = need(core_lib, LANE_CALLS[i].core_symbol);
  }
  const int torch = (int)L(LANE_ROLE_AVAILABLE, 0);
  CHECK_EQ("available", variant, torch, ((core_bool_fn)need(core_lib, CORE_ROLE_AVAILABLE))());

  hostile(torch);

  pthread_t threads[4];
  for (int i = 0; i < 4; ++i) pthread_create(&threads[i], NULL, worker, NULL);
  for (int i = 0; i < 4; ++i) pthread_join(threads[i], NULL);

  CHECK_EQ("lane buffers live", variant, L(LANE_BUFFER_LIVE, 0), 0);
  CHECK_EQ("lane tensors live", variant, L(LANE_ROLE_LIVE_COUNT, 0), 0);
  CHECK_EQ("core tensors live", variant, ((core_live_fn)need(core_lib, CORE_ROLE_LIVE_COUNT))(), 0);
  int f = atomic_load(&failures);
  printf("lane_host %s: %s, %d lane functions x 4 threads x %d rounds, %d checks, %d failures\n",
         variant, path, LANE_NCALLS, rounds, atomic_load(&checks), f);
  return f == 0 ? 0 : 1;
}
