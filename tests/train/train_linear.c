/* Trains a linear regression through the C ABI alone: the generated header and plain C calls.
 *
 *   stf_train_linear [--mode arithmetic|functional|both] [--steps N] [--report-every K]
 *                    [--max-rss-growth-mb MB] [--leak-every L]
 *
 * The model is y = x w + b with x a fixed 32 x 3 design matrix, w and b leaves that require
 * grad, starting at zero; the targets come from w* = [2, -3, 0.5], b* = 1, so the loss can reach
 * (float32) zero. It is trained twice (--mode both, the default), every intermediate handle
 * freed:
 *   arithmetic  forward: xw = matmul(x, w) (w 3 x 1), pred = add(xw, b), diff = sub(pred, y),
 *               sq = mul(diff, diff), loss = mean_dim(flatten(sq), 0); backward(loss, none);
 *               update with gradient mode off, out of place: w' = sub(w, mul(grad(w), lr)),
 *               requires_grad_(w', true), free w (the handle swapped); the same for b
 *   functional  forward: pred = linear(x, w, b) (w 1 x 3, torch's layout), loss = mse_loss(pred,
 *               y, "mean"); backward; update with gradient mode off, in place: add_(w, grad(w),
 *               -lr), zero_grad(w) (torch's SGD step and set_to_none); the same for b
 * Checked for each: the first loss equals mean(y^2) (the model starts at zero), the loss
 * decreases to below 1e-8 and w, b reach w*, b* within 1e-3 (with the default 300 steps), the
 * live handle count is the same after every step (flat), and live_handles() is back at its
 * start after the last free. --report-every K prints "step N loss L live H rss_kb R" every K
 * steps (RSS from /proc/self/statm); --max-rss-growth-mb bounds each mode's RSS growth between
 * its first report and its last (tools/stress.py runs 10,000 steps of each mode so: the first
 * use of a mode's kernels costs memory once, before its first report); --leak-every L
 * skips one free every L steps, to show that the checks catch a leak (the program then fails).
 *
 * In the stub variant (simple_torch_available() is false) the same program checks that the
 * first tensor call fails with not_available and leaves no handle, and exits 0.
 * Exit status 0 when every check passed. ctest runs it (tests/train/CMakeLists.txt), and
 * tools/sanitize.py under ASan+UBSan. */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "simple_torch_ffi.h"

enum { N = 32, FEATURES = 3 };
static const double W_TRUE[FEATURES] = {2.0, -3.0, 0.5};
static const double B_TRUE = 1.0;
static const double LR = 0.1;

static int failures = 0;
static long leak_every = 0;  /* skip one free every leak_every steps (self-test of the checks) */

static void fail(const char* what) {
  fprintf(stderr, "FAIL: %s (last error kind %d: %s)\n", what, (int)simple_torch_last_error_kind(),
          simple_torch_last_error());
  failures++;
}

/* A handle a call must have returned; the program cannot go on without it. */
static int64_t must(int64_t handle, const char* what) {
  if (handle <= 0 || simple_torch_last_error_kind() != 0) {
    fail(what);
    exit(1);
  }
  return handle;
}

static void must_succeed(const char* what) {
  if (simple_torch_last_error_kind() != 0) {
    fail(what);
    exit(1);
  }
}

static long rss_kb(void) {
  FILE* f = fopen("/proc/self/statm", "r");
  long size = 0, resident = 0;
  if (f == NULL) return -1;
  if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = -1;
  fclose(f);
  return resident < 0 ? -1 : resident * (sysconf(_SC_PAGESIZE) / 1024);
}

struct model {
  bool functional;  /* linear + mse_loss + in-place add_, else arithmetic + out-of-place */
  int64_t w;        /* 3 x 1 (arithmetic) or 1 x 3 (functional: torch's linear layout) */
  int64_t b;        /* 1 */
};

/* p := p - lr * grad(p), out of place: a new leaf that requires grad replaces the handle. Runs
 * with gradient mode off, so the update is not recorded. */
static void update_out_of_place(int64_t* p, int64_t lr, const char* name) {
  int64_t g = simple_torch_tensor_grad(*p);
  if (g == 0) {  /* none (kind 0) or a failure: both are wrong after backward */
    fail(name);
    exit(1);
  }
  int64_t scaled = must(simple_torch_tensor_mul(g, lr), "mul(grad, lr)");
  int64_t next = must(simple_torch_tensor_sub(*p, scaled), "sub(p, lr * grad)");
  if (simple_torch_tensor_requires_grad(next)) fail("an update made under no-grad requires grad");
  simple_torch_tensor_requires_grad_(next, true);
  must_succeed("requires_grad_(next, true)");
  simple_torch_tensor_free(g);
  simple_torch_tensor_free(scaled);
  simple_torch_tensor_free(*p);
  *p = next;
}

/* p -= lr * grad(p) in place (torch's SGD step), then the gradient is dropped (zero_grad). Runs
 * with gradient mode off: an in-place update of a leaf that requires grad is refused otherwise. */
static void update_in_place(int64_t p, const char* name) {
  int64_t g = simple_torch_tensor_grad(p);
  if (g == 0) {
    fail(name);
    exit(1);
  }
  simple_torch_tensor_add_(p, g, -LR);
  must_succeed("add_(p, grad, -lr)");
  simple_torch_tensor_free(g);
  simple_torch_tensor_zero_grad(p);
  must_succeed("zero_grad(p)");
}

/* The loss of the model on (x, y), recorded for autograd; every intermediate is freed. */
static int64_t forward(const struct model* m, int64_t x, int64_t y, long step) {
  if (m->functional) {
    int64_t pred = must(simple_torch_linear(x, m->w, m->b), "linear(x, w, b)");
    int64_t loss = must(simple_torch_mse_loss(pred, y, "mean"), "mse_loss(pred, y)");
    if (!(leak_every > 0 && step % leak_every == 0)) simple_torch_tensor_free(pred);
    return loss;
  }
  int64_t xw = must(simple_torch_tensor_matmul(x, m->w), "matmul(x, w)");
  int64_t pred = must(simple_torch_tensor_add(xw, m->b), "add(xw, b)");
  int64_t diff = must(simple_torch_tensor_sub(pred, y), "sub(pred, y)");
  int64_t sq = must(simple_torch_tensor_mul(diff, diff), "mul(diff, diff)");
  int64_t flat = must(simple_torch_tensor_flatten(sq, 0, -1), "flatten(sq)");
  int64_t loss = must(simple_torch_tensor_mean_dim(flat, 0, false), "mean_dim(flat, 0)");
  int64_t made[] = {xw, pred, diff, sq, flat};
  for (size_t i = 0; i < sizeof made / sizeof made[0]; i++) {
    if (leak_every > 0 && step % leak_every == 0 && made[i] == diff) continue;
    simple_torch_tensor_free(made[i]);
  }
  return loss;
}

/* One training step; returns the loss before the update. */
static double train_step(struct model* m, int64_t x, int64_t y, int64_t lr, long step) {
  int64_t loss = forward(m, x, y, step);
  double value = simple_torch_tensor_item_f64(loss);
  must_succeed("item_f64(loss)");
  if (!simple_torch_tensor_requires_grad(loss)) fail("the loss does not require grad");
  simple_torch_tensor_backward(loss, 0, false);  /* gradient none: 1 for the scalar loss */
  must_succeed("backward(loss)");
  simple_torch_tensor_free(loss);

  bool previous = simple_torch_set_grad_enabled(false);
  must_succeed("set_grad_enabled(false)");
  if (m->functional) {
    update_in_place(m->w, "grad(w) after backward");
    update_in_place(m->b, "grad(b) after backward");
  } else {
    update_out_of_place(&m->w, lr, "grad(w) after backward");
    update_out_of_place(&m->b, lr, "grad(b) after backward");
  }
  simple_torch_set_grad_enabled(previous);
  return value;
}

struct run {
  long steps, report_every;
  double max_rss_growth_mb;  /* per mode, first report to last; < 0: not checked */
};

/* Trains a fresh model (stopping early at a changed handle count or a NaN), checks and frees it. */
static void train(bool functional, int64_t x, int64_t y, int64_t lr, double mean_y2,
                  struct run* r) {
  const char* mode = functional ? "functional" : "arithmetic";
  int64_t w_dims[2] = {FEATURES, 1}, b_dims[] = {1};
  if (functional) {
    w_dims[0] = 1;
    w_dims[1] = FEATURES;
  }
  struct model m = {
      functional,
      must(simple_torch_tensor_zeros(w_dims, 2, SIMPLE_TORCH_DTYPE_FLOAT32), "zeros(w)"),
      must(simple_torch_tensor_zeros(b_dims, 1, SIMPLE_TORCH_DTYPE_FLOAT32), "zeros(b)"),
  };
  simple_torch_tensor_requires_grad_(m.w, true);
  simple_torch_tensor_requires_grad_(m.b, true);
  must_succeed("requires_grad_(w/b, true)");

  int64_t live_in_loop = simple_torch_live_handles();
  double first = 0.0, loss = 0.0;
  long done = 0, rss_first = -1, rss_last = -1;
  for (long s = 0; s < r->steps; s++) {
    loss = train_step(&m, x, y, lr, s);
    done = s + 1;
    if (s == 0) first = loss;
    if (!isfinite(loss)) {
      fail("the loss is not finite");
      break;
    }
    if (simple_torch_live_handles() != live_in_loop) {
      fprintf(stderr, "%s, step %ld: live handles %lld, expected %lld\n", mode, s,
              (long long)simple_torch_live_handles(), (long long)live_in_loop);
      fail("the live handle count changed during training");
      break;
    }
    if (r->report_every > 0 && ((s + 1) % r->report_every == 0 || s + 1 == r->steps)) {
      rss_last = rss_kb();
      if (rss_first < 0) rss_first = rss_last;
      printf("step %ld loss %.3e live %lld rss_kb %ld %s\n", s + 1, loss,
             (long long)simple_torch_live_handles(), rss_last, mode);
      fflush(stdout);
    }
  }

  double w[FEATURES] = {0}, b[1] = {0};
  if (simple_torch_tensor_to_data(m.w, w, FEATURES) != FEATURES) fail("to_data(w)");
  if (simple_torch_tensor_to_data(m.b, b, 1) != 1) fail("to_data(b)");
  printf("%s, %ld steps: loss %.6g -> %.3e; w = [%.6f, %.6f, %.6f] (want [2, -3, 0.5]), "
         "b = %.6f (want 1)\n", mode, done, first, loss, w[0], w[1], w[2], b[0]);
  if (fabs(first - mean_y2) > 1e-5 * (1.0 + mean_y2)) fail("the first loss is not mean(y^2)");
  if (done >= 300) {
    if (!(loss < first * 1e-6 && loss < 1e-8)) fail("the loss did not decrease to near 0");
    for (int j = 0; j < FEATURES; j++)
      if (fabs(w[j] - W_TRUE[j]) > 1e-3) fail("w did not reach the solution");
    if (fabs(b[0] - B_TRUE) > 1e-3) fail("b did not reach the solution");
  } else if (done > 1 && !(loss < first)) {
    fail("the loss did not decrease");
  }
  if (r->max_rss_growth_mb >= 0 && rss_first >= 0) {
    double growth = (rss_last - rss_first) / 1024.0;
    printf("%s: rss growth %.2f MB (bound %.2f MB)\n", mode, growth, r->max_rss_growth_mb);
    if (growth > r->max_rss_growth_mb) fail("RSS grew past the bound");
  }
  simple_torch_tensor_free(m.w);
  simple_torch_tensor_free(m.b);
}

static int stub_variant(int64_t live0) {
  double data[] = {1.0};
  int64_t dims[] = {1};
  int64_t h = simple_torch_tensor_from_data(data, 1, dims, 1);
  if (h != 0 || simple_torch_last_error_kind() != SIMPLE_TORCH_ERR_NOT_AVAILABLE)
    fail("the stub variant must answer not_available");
  char message[256];  /* valid until the next call on this thread: copy it */
  snprintf(message, sizeof message, "%s", simple_torch_last_error());
  if (simple_torch_live_handles() != live0) fail("the stub variant made a handle");
  printf("stub variant: tensor_from_data answers not_available (%s)\n", message);
  return failures ? 1 : 0;
}

int main(int argc, char** argv) {
  struct run r = {300, 0, -1.0};
  const char* mode = "both";
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--steps") == 0 && i + 1 < argc) {
      r.steps = strtol(argv[++i], NULL, 10);
    } else if (strcmp(argv[i], "--report-every") == 0 && i + 1 < argc) {
      r.report_every = strtol(argv[++i], NULL, 10);
    } else if (strcmp(argv[i], "--max-rss-growth-mb") == 0 && i + 1 < argc) {
      r.max_rss_growth_mb = strtod(argv[++i], NULL);
    } else if (strcmp(argv[i], "--leak-every") == 0 && i + 1 < argc) {
      leak_every = strtol(argv[++i], NULL, 10);
    } else if (strcmp(argv[i], "--mode") == 0 && i + 1 < argc &&
               (strcmp(argv[i + 1], "arithmetic") == 0 ||
                strcmp(argv[i + 1], "functional") == 0 || strcmp(argv[i + 1], "both") == 0)) {
      mode = argv[++i];
    } else {
      fprintf(stderr, "usage: %s [--mode arithmetic|functional|both] [--steps N] "
              "[--report-every K] [--max-rss-growth-mb MB] [--leak-every L]\n", argv[0]);
      return 2;
    }
  }
  if (r.steps < 1) r.steps = 1;

  int64_t live0 = simple_torch_live_handles();
  if (!simple_torch_available()) return stub_variant(live0);

  /* The data: a fixed design matrix and exact targets. */
  double xs[N * FEATURES], ys[N], mean_y2 = 0.0;
  for (int i = 0; i < N; i++) {
    ys[i] = B_TRUE;
    for (int j = 0; j < FEATURES; j++) {
      xs[i * FEATURES + j] = ((i * 7 + j * 3) % 11) / 5.0 - 1.0;
      ys[i] += xs[i * FEATURES + j] * W_TRUE[j];
    }
    mean_y2 += ys[i] * ys[i] / N;
  }
  int64_t x_dims[] = {N, FEATURES}, y_dims[] = {N, 1}, lr_dims[] = {1};
  int64_t x = must(simple_torch_tensor_from_data(xs, N * FEATURES, x_dims, 2), "from_data(x)");
  int64_t y = must(simple_torch_tensor_from_data(ys, N, y_dims, 2), "from_data(y)");
  int64_t lr = must(simple_torch_tensor_full(lr_dims, 1, LR, SIMPLE_TORCH_DTYPE_FLOAT32),
                    "full(lr)");
  if (strcmp(mode, "functional") != 0) train(false, x, y, lr, mean_y2, &r);
  if (strcmp(mode, "arithmetic") != 0) train(true, x, y, lr, mean_y2, &r);

  int64_t all[] = {x, y, lr};
  for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) simple_torch_tensor_free(all[i]);
  int64_t live1 = simple_torch_live_handles();
  printf("live handles %lld before, %lld after\n", (long long)live0, (long long)live1);
  if (live1 != live0) fail("live_handles did not return to its start");
  return failures ? 1 : 0;
}
