/* Tests for runtime/cpp/stf/{errors.h,handle_table.h} (no libtorch needed), on googletest.

   Built by CMake (tests/cpp/CMakeLists.txt, target test_handle_table) and run by ctest:
     nox -s build test     (or: ctest --test-dir build/cmake --output-on-failure -R HandleTable)
   `nox -s sanitize` builds and runs it again under ASan+UBSan (build/asan) and TSan (build/tsan).
*/
#include <atomic>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "stf/errors.h"
#include "stf/handle_table.h"

namespace {

// Runs f, expects stf::Error with the given kind and exact message.
template <class F>
void expect_error(stf::ErrorKind kind, const std::string& msg, F&& f, int line) {
  ::testing::ScopedTrace trace(__FILE__, line, "EXPECT_ERROR: " + msg);
  try {
    f();
    ADD_FAILURE() << "expected stf::Error";
  } catch (const stf::Error& e) {
    EXPECT_EQ(int(e.kind), int(kind)) << "error kind; message '" << e.message << "'";
    EXPECT_EQ(e.message, msg) << "error message";
  } catch (...) {
    ADD_FAILURE() << "wrong exception type";
  }
}
#define EXPECT_ERROR(kind, msg, ...) expect_error(stf::ErrorKind::kind, msg, [&] { __VA_ARGS__; }, __LINE__)

using Table = stf::HandleTable<std::shared_ptr<int>>;

// Counts live objects so we can prove values get destroyed.
struct Counted {
  static inline std::atomic<int> alive{0};
  int v;
  explicit Counted(int x) : v(x) { ++alive; }
  Counted(const Counted& o) : v(o.v) { ++alive; }
  Counted(Counted&& o) noexcept : v(o.v) { ++alive; }
  ~Counted() { --alive; }
};

TEST(HandleTable, InvalidHandleMessages) {
  Table t(7), other(8);
  int64_t h = t.insert(std::make_shared<int>(1));
  EXPECT_TRUE(h > 0);
  EXPECT_EQ(*t.get("a", h), 1);
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle 0 is null", t.get("a", 0));
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle -5 is negative", t.get("a", -5));
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle 123 belongs to another table", t.get("a", 123));
  int64_t ho = other.insert(std::make_shared<int>(2));
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(ho) + " belongs to another table", t.get("a", ho));
  EXPECT_ERROR(InvalidHandle, "argument 'x': handle " + std::to_string(h) + " belongs to another table", other.remove("x", h));

  // Right table, slot never allocated.
  auto p = Table::decode(h);
  int64_t never = Table::encode({7, 0, p.shard, 100000});
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(never) + " was never issued", t.get("a", never));
  // Right slot, future generation.
  int64_t future = Table::encode({7, p.generation + 5, p.shard, p.slot});
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(future) + " was never issued", t.get("a", future));
  EXPECT_ERROR(InvalidHandle, "argument 'h': handle -9223372036854775807 is negative", t.get("h", INT64_MIN + 1));
  EXPECT_ERROR(InvalidHandle, "argument 'h': handle -9223372036854775808 is negative", t.get("h", INT64_MIN));

  // Double free -> stale.
  t.remove("a", h);
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(h) + " is stale (already freed)", t.get("a", h));
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(h) + " is stale (already freed)", t.remove("a", h));
  // The freed slot's next generation has not been issued yet.
  int64_t next = Table::encode({7, p.generation + 1, p.shard, p.slot});
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(next) + " was never issued", t.get("a", next));
  EXPECT_EQ(t.live(), 0);
  EXPECT_EQ(other.live(), 1);

  EXPECT_ERROR(Internal, "HandleTable: table id must be nonzero", Table bad(0));
}

TEST(HandleTable, StaleAfterSlotReuse) {
  Table t(3);
  int64_t h1 = t.insert(std::make_shared<int>(10));
  t.remove("a", h1);
  int64_t h2 = t.insert(std::make_shared<int>(20));
  auto p1 = Table::decode(h1), p2 = Table::decode(h2);
  EXPECT_TRUE(h1 != h2);
  EXPECT_EQ(p1.shard, p2.shard);
  EXPECT_EQ(p1.slot, p2.slot);  // same slot reused...
  EXPECT_EQ(p2.generation, p1.generation + 1);  // ...with a new generation
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(h1) + " is stale (already freed)", t.get("a", h1));
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(h1) + " is stale (already freed)", t.remove("a", h1));
  EXPECT_EQ(*t.get("a", h2), 20);  // stale remove did not touch the new occupant
  // Many reuse cycles of the same slot: every old handle stays stale.
  std::vector<int64_t> old{h1};
  int64_t cur = h2;
  for (int i = 0; i < 1000; ++i) {
    old.push_back(cur);
    t.remove("a", cur);
    cur = t.insert(std::make_shared<int>(i));
  }
  bool all_stale = true;
  for (int64_t o : old) {
    try {
      t.get("a", o);
      all_stale = false;
    } catch (const stf::Error& e) {
      all_stale &= e.kind == stf::ErrorKind::InvalidHandle && e.message.ends_with("is stale (already freed)");
    }
  }
  EXPECT_TRUE(all_stale);
  EXPECT_EQ(*t.get("a", cur), 999);
  EXPECT_EQ(t.live(), 1);
}

TEST(HandleTable, ForgedHandlesRejected) {
  Table t(5);
  std::vector<int64_t> issued;
  for (int i = 0; i < 1000; ++i) issued.push_back(t.insert(std::make_shared<int>(i)));
  for (int i = 0; i < 1000; i += 2) t.remove("a", issued[i]);
  std::mt19937_64 rng(12345);
  int accepted = 0, rejected = 0, probes = 0;
  auto probe = [&](int64_t v) {
    ++probes;
    try {
      t.get("a", v);
      ++accepted;
    } catch (const stf::Error& e) {
      if (e.kind == stf::ErrorKind::InvalidHandle) ++rejected;
    }
  };
  for (int i = 0; i < 200000; ++i) probe(static_cast<int64_t>(rng()));
  // Random bits with the right table id and small generation/slot: exercises bounds checks.
  for (int i = 0; i < 200000; ++i) {
    auto g = static_cast<uint32_t>(rng() % 4), sh = static_cast<uint32_t>(rng() % 16), sl = static_cast<uint32_t>(rng() % 2048);
    int64_t v = Table::encode({5, g, sh, sl});
    bool live_handle = false;
    for (int k = 1; k < 1000; k += 2) live_handle |= issued[k] == v;
    if (live_handle) continue;
    probe(v);
  }
  EXPECT_EQ(accepted, 0);
  EXPECT_EQ(rejected, probes);  // every probe threw InvalidHandle
  EXPECT_TRUE(probes > 390000);
  for (int i = 1; i < 1000; i += 2) EXPECT_EQ(*t.get("a", issued[i]), i);
  EXPECT_EQ(t.live(), 500);
}

TEST(HandleTable, LiveAndClear) {
  stf::HandleTable<Counted> t(9);
  EXPECT_EQ(t.live(), 0);
  std::vector<int64_t> hs;
  for (int i = 0; i < 100; ++i) hs.push_back(t.insert(Counted(i)));
  EXPECT_EQ(t.live(), 100);
  EXPECT_EQ(Counted::alive.load(), 100);
  for (int i = 0; i < 40; ++i) t.remove("a", hs[i]);
  EXPECT_EQ(t.live(), 60);
  EXPECT_EQ(Counted::alive.load(), 60);
  EXPECT_EQ(t.get("a", hs[50]).v, 50);
  t.clear();
  EXPECT_EQ(t.live(), 0);
  EXPECT_EQ(Counted::alive.load(), 0);
  EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(hs[50]) + " is stale (already freed)", t.get("a", hs[50]));
  int64_t h = t.insert(Counted(7));
  EXPECT_EQ(t.get("a", h).v, 7);
  EXPECT_EQ(t.live(), 1);
}

// Value whose destructor re-enters the table: must not deadlock, because
// values are destroyed outside the shard lock.
struct ReEnter {
  stf::HandleTable<ReEnter>* table = nullptr;
  int64_t other = 0;
  ReEnter() = default;
  ReEnter(ReEnter&& o) noexcept : table(o.table), other(o.other) { o.table = nullptr; }
  static inline int destructor_errors = 0;
  ~ReEnter() {
    if (!table || !other) return;
    try {
      table->remove("other", other);
    } catch (const stf::Error&) {
      ++destructor_errors;
    }
  }
};

TEST(HandleTable, ReentrantDestructor) {
  stf::HandleTable<ReEnter> t(11);
  int64_t inner = t.insert(ReEnter{});
  ReEnter outer_v;
  outer_v.table = &t;
  outer_v.other = inner;
  int64_t outer = t.insert(std::move(outer_v));
  EXPECT_EQ(t.live(), 2);
  t.remove("a", outer);  // destroys outer, which removes inner (same shard)
  EXPECT_EQ(t.live(), 0);
  // Same through clear().
  inner = t.insert(ReEnter{});
  ReEnter o2;
  o2.table = &t;
  o2.other = inner;
  t.insert(std::move(o2));
  EXPECT_EQ(ReEnter::destructor_errors, 0);
  t.clear();  // clear frees both; outer's destructor then finds inner already stale
  EXPECT_EQ(ReEnter::destructor_errors, 1);
  EXPECT_EQ(t.live(), 0);
}

TEST(HandleTable, Concurrency) {
  Table t(2);
  constexpr int kThreads = 4, kOps = 50000;
  std::vector<int64_t> shared_handles;
  for (int i = 0; i < 256; ++i) shared_handles.push_back(t.insert(std::make_shared<int>(-i)));
  std::atomic<int> errors{0}, shared_frees{0}, shared_stale{0}, bad{0};
  std::vector<std::thread> threads;
  for (int tid = 0; tid < kThreads; ++tid) {
    threads.emplace_back([&, tid] {
      std::mt19937_64 rng(tid * 7919 + 1);
      std::vector<std::pair<int64_t, int>> mine;
      for (int op = 0; op < kOps; ++op) {
        int r = static_cast<int>(rng() % 10);
        try {
          if (r < 4 || mine.empty()) {
            int v = tid * 1000000 + op;
            mine.emplace_back(t.insert(std::make_shared<int>(v)), v);
          } else if (r < 7) {
            auto& [h, v] = mine[rng() % mine.size()];
            if (*t.get("h", h) != v) ++bad;
          } else if (r < 9) {
            size_t i = rng() % mine.size();
            int64_t h = mine[i].first;
            t.remove("h", h);
            mine[i] = mine.back();
            mine.pop_back();
            try {  // double remove must be rejected as stale (or, if reused, the slot has a new generation)
              t.remove("h", h);
              ++bad;
            } catch (const stf::Error& e) {
              if (!e.message.ends_with("is stale (already freed)")) ++bad;
            }
          } else {
            // Shared handles: all threads race to get/free them; exactly one free wins.
            int64_t h = shared_handles[rng() % shared_handles.size()];
            try {
              if (rng() % 2) {
                t.get("s", h);
              } else {
                t.remove("s", h);
                ++shared_frees;
              }
            } catch (const stf::Error& e) {
              if (e.kind == stf::ErrorKind::InvalidHandle && e.message.ends_with("is stale (already freed)"))
                ++shared_stale;
              else
                ++bad;
            }
          }
        } catch (...) {
          ++errors;
        }
      }
      for (auto& [h, v] : mine) t.remove("h", h);
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(errors.load(), 0);
  EXPECT_EQ(bad.load(), 0);
  EXPECT_TRUE(shared_frees.load() <= 256);
  EXPECT_TRUE(shared_stale.load() > 0);
  int still_live = 0;
  for (int64_t h : shared_handles) {
    try {
      t.remove("s", h);
      ++still_live;
    } catch (const stf::Error&) {
    }
  }
  EXPECT_EQ(shared_frees.load() + still_live, 256);
  EXPECT_EQ(t.live(), 0);
}

// ---- borrow(): lock-free reads in place ------------------------------------------------------
// The same refusals as get(), word for word; a borrow reads the stored value itself.
TEST(Borrow, ReadsInPlaceAndRefusesLikeGet) {
  Table t(31), other(32);
  const int64_t h = t.insert(std::make_shared<int>(5));
  {
    auto b = t.borrow("a", h);
    EXPECT_EQ(**b, 5);
    EXPECT_EQ(b->use_count(), 1);  // no copy was made
  }
  const auto p = Table::decode(h);
  const int64_t ho = other.insert(std::make_shared<int>(1));
  const int64_t never = Table::encode({31, 0, p.shard, 100000});
  const int64_t future = Table::encode({31, p.generation + 5, p.shard, p.slot});
  const std::string pre = "argument 'a': handle ";
  EXPECT_ERROR(InvalidHandle, pre + "0 is null", t.borrow("a", 0));
  EXPECT_ERROR(InvalidHandle, pre + "-5 is negative", t.borrow("a", -5));
  EXPECT_ERROR(InvalidHandle, pre + std::to_string(ho) + " belongs to another table", t.borrow("a", ho));
  EXPECT_ERROR(InvalidHandle, pre + std::to_string(never) + " was never issued", t.borrow("a", never));
  EXPECT_ERROR(InvalidHandle, pre + std::to_string(future) + " was never issued", t.borrow("a", future));
  t.remove("a", h);
  EXPECT_ERROR(InvalidHandle, pre + std::to_string(h) + " is stale (already freed)", t.borrow("a", h));
  // Refusals give their hazard pointer back: many of them, then nested borrows still work.
  const int64_t h2 = t.insert(std::make_shared<int>(6));
  for (int i = 0; i < 100; ++i) EXPECT_ERROR(InvalidHandle, pre + std::to_string(h) + " is stale (already freed)", t.borrow("a", h));
  auto b1 = t.borrow("a", h2);
  auto b2 = t.borrow("a", h2);
  EXPECT_EQ(**b1 + **b2, 12);
}

// A value freed while borrowed stays alive until the borrow ends; the handle is stale at once.
TEST(Borrow, FreeWhileBorrowedDefersTheDestruction) {
  stf::HandleTable<Counted> t(33);
  const int before = Counted::alive.load();
  const int64_t h = t.insert(Counted(41), "kept");
  {
    auto b = t.borrow("a", h);
    t.remove("a", h);
    EXPECT_EQ(b->v, 41);                         // still readable
    EXPECT_EQ(Counted::alive.load(), before + 1);  // not destroyed
    EXPECT_EQ(t.pending(), 1);
    EXPECT_EQ(t.live(), 0);
    EXPECT_TRUE(t.census().empty());
    EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(h) + " is stale (already freed)", t.get("a", h));
    EXPECT_ERROR(InvalidHandle, "argument 'a': handle " + std::to_string(h) + " is stale (already freed)", t.remove("a", h));
    // The slot is not reused while it is read.
    const int64_t h2 = t.insert(Counted(42));
    EXPECT_NE(Table::decode(h2).slot + 1000 * Table::decode(h2).shard,
              Table::decode(h).slot + 1000 * Table::decode(h).shard);
    t.remove("a", h2);
  }
  EXPECT_EQ(Counted::alive.load(), before);  // the borrow's end destroyed it
  EXPECT_EQ(t.pending(), 0);
  EXPECT_EQ(t.retirements(), 1);
  // The same through clear() and a scope's end.
  const int64_t h3 = t.insert(Counted(43));
  {
    auto b = t.borrow("a", h3);
    t.clear();
    EXPECT_EQ(b->v, 43);
    EXPECT_EQ(Counted::alive.load(), before + 1);
  }
  EXPECT_EQ(Counted::alive.load(), before);
  const int64_t scope = t.scope_begin();
  const int64_t h4 = t.insert(Counted(44));
  {
    auto b = t.borrow("a", h4);
    EXPECT_EQ(t.scope_end("scope", scope), 1);
    EXPECT_EQ(b->v, 44);
    EXPECT_EQ(Counted::alive.load(), before + 1);
  }
  EXPECT_EQ(Counted::alive.load(), before);
  EXPECT_EQ(t.live(), 0);
}

// More nested borrows than a thread has hazard pointers: the extra ones copy (under the lock).
TEST(Borrow, DeepNestingFallsBackToCopies) {
  Table t(34);
  const int64_t h = t.insert(std::make_shared<int>(3));
  auto b1 = t.borrow("a", h);
  auto b2 = t.borrow("a", h);
  auto b3 = t.borrow("a", h);
  auto b4 = t.borrow("a", h);
  EXPECT_EQ(b1->use_count(), 1);
  auto b5 = t.borrow("a", h);  // a copy
  auto b6 = t.borrow("a", h);
  EXPECT_EQ(b1->use_count(), 3);
  EXPECT_EQ(**b1 + **b2 + **b3 + **b4 + **b5 + **b6, 18);
  t.remove("a", h);
  EXPECT_EQ(**b6, 3);
}

// A value whose destructor borrows from and frees in its own table, destroyed by the borrow
// that kept it alive: no deadlock, nothing leaked.
struct Chained {
  stf::HandleTable<Chained>* table = nullptr;
  int64_t other = 0;
  Chained() = default;
  Chained(Chained&& o) noexcept : table(o.table), other(o.other) { o.table = nullptr; }
  ~Chained() {
    if (table == nullptr || other == 0) return;
    try {
      auto b = table->borrow("other", other);
      table->remove("other", other);
    } catch (const stf::Error&) {
    }
  }
};

TEST(Borrow, DestructorsRunByTheLastReaderMayReenter) {
  stf::HandleTable<Chained> t(35);
  const int64_t inner = t.insert(Chained{});
  Chained c;
  c.table = &t;
  c.other = inner;
  const int64_t outer = t.insert(std::move(c));
  {
    auto b = t.borrow("a", outer);
    t.remove("a", outer);
    EXPECT_EQ(t.live(), 1);  // inner: outer's destructor has not run yet
  }
  EXPECT_EQ(t.live(), 0);
}

// Readers borrow handles that other threads free and replace at the same time. Each value
// records the pool entry it was stored for and is poisoned by its destructor: a reader that saw
// a destroyed or reused value would read the poison or another entry (ASan: a use after free;
// TSan: a race).
struct Tagged {
  static inline std::atomic<int> alive{0};
  std::unique_ptr<int64_t> entry;  // heap: a use after free is a real one
  explicit Tagged(int64_t e) : entry(std::make_unique<int64_t>(e)) { ++alive; }
  Tagged(Tagged&& o) noexcept : entry(std::move(o.entry)) { ++alive; }
  ~Tagged() {
    if (entry) *entry = -1;
    --alive;
  }
};

TEST(Borrow, ConcurrentReadersAndFreers) {
  stf::HandleTable<Tagged> t(36);
  constexpr int kSlots = 64, kReaders = 3, kWriters = 2, kRounds = 20000;
  // Each value stores the number of its pool entry; slots[i] holds the current handle of entry i.
  std::vector<std::atomic<int64_t>> slots(kSlots);
  for (int i = 0; i < kSlots; ++i) slots[i] = t.insert(Tagged(i));
  std::atomic<int> bad{0}, stale{0}, read{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([&, r] {
      std::mt19937 rng(r + 1);
      while (!stop.load(std::memory_order_relaxed)) {
        const int i = static_cast<int>(rng() % kSlots);
        const int64_t h = slots[i].load();
        try {
          auto b = t.borrow("h", h);
          auto b2 = t.borrow("h", slots[(i + 1) % kSlots].load());  // two at once, as a call does
          std::this_thread::yield();                                 // widen the window
          if (*b->entry != i || *b2->entry != (i + 1) % kSlots) ++bad;
          ++read;
        } catch (const stf::Error& e) {
          if (e.kind == stf::ErrorKind::InvalidHandle && e.message.ends_with("is stale (already freed)")) {
            ++stale;
          } else {
            ++bad;
          }
        }
      }
    });
  }
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      std::mt19937 rng(100 + w);
      for (int k = 0; k < kRounds; ++k) {
        const int i = static_cast<int>(rng() % kSlots);
        // Replace entry i: whoever swaps the handle out frees it (exactly once).
        const int64_t fresh = t.insert(Tagged(i));
        const int64_t old = slots[i].exchange(fresh);
        t.remove("h", old);
      }
    });
  }
  for (int w = 0; w < kWriters; ++w) threads[kReaders + w].join();
  stop = true;
  for (int r = 0; r < kReaders; ++r) threads[r].join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_TRUE(read.load() > 0);
  EXPECT_EQ(t.live(), kSlots);
  for (auto& s : slots) t.remove("h", s.load());
  EXPECT_EQ(t.live(), 0);
  EXPECT_EQ(t.pending(), 0);           // every value freed while read was destroyed by then
  EXPECT_EQ(Tagged::alive.load(), 0);  // every value destroyed, none twice (ASan)
  RecordProperty("freed_while_read", std::to_string(t.retirements()));
}

// Threads that borrowed and exited give their hazard records back: a new thread reuses one.
TEST(Borrow, ExitedThreadsRecordsAreReused) {
  Table t(37);
  const int64_t h = t.insert(std::make_shared<int>(1));
  auto records = [] {
    int n = 0;
    for (auto* r = stf::detail::hazard_records.load(); r != nullptr; r = r->next) ++n;
    return n;
  };
  std::thread([&] { auto b = t.borrow("a", h); }).join();
  const int after_one = records();
  for (int i = 0; i < 50; ++i) std::thread([&] { EXPECT_EQ(**t.borrow("a", h), 1); }).join();
  EXPECT_EQ(records(), after_one);
  t.remove("a", h);
}

TEST(Errors, ThreadLocality) {
  stf::set_error(stf::ErrorKind::InvalidArgument, "fn_a", "boom");
  EXPECT_EQ(stf::last_error_kind(), 2);
  EXPECT_EQ(std::string(stf::last_error_message()), "fn_a: boom");
  std::string seen_msg;
  int seen_kind = -1;
  std::thread b([&] {
    seen_kind = stf::last_error_kind();
    seen_msg = stf::last_error_message();
    // A successful guarded call in B...
    int r = stf::guard("fn_b", -1, [] { return 42; });
    if (r != 42) seen_kind = 99;
    // ...and an error in B.
    stf::guard_void("fn_b2", [] { stf::raise(stf::ErrorKind::NotAvailable, "nope"); });
    if (stf::last_error_kind() != 4 || std::string(stf::last_error_message()) != "fn_b2: nope") seen_kind = 98;
  });
  b.join();
  EXPECT_EQ(seen_kind, 0);
  EXPECT_EQ(seen_msg, "");
  EXPECT_EQ(stf::last_error_kind(), 2);  // untouched by B
  EXPECT_EQ(std::string(stf::last_error_message()), "fn_a: boom");
  stf::clear_error();
  EXPECT_EQ(stf::last_error_kind(), 0);
  EXPECT_TRUE(stf::last_error_message() != nullptr);
  EXPECT_EQ(std::string(stf::last_error_message()), "");
  // Re-reporting the current message (aliasing) works.
  stf::set_error(stf::ErrorKind::Internal, "f", "xyz");
  stf::set_error(stf::ErrorKind::Internal, "g", stf::last_error_message());
  EXPECT_EQ(std::string(stf::last_error_message()), "g: f: xyz");
  stf::set_error(stf::ErrorKind::Internal, nullptr, "bare");
  EXPECT_EQ(std::string(stf::last_error_message()), "bare");
}

TEST(Errors, Guard) {
  using stf::ErrorKind;
  EXPECT_EQ(stf::guard("f", int64_t{-1}, [] { return int64_t{5}; }), 5);
  EXPECT_EQ(stf::last_error_kind(), 0);
  EXPECT_EQ(stf::guard("f", int64_t{-1}, []() -> int64_t { stf::raise(ErrorKind::InvalidHandle, "bad"); }), -1);
  EXPECT_EQ(stf::last_error_kind(), 1);
  EXPECT_EQ(std::string(stf::last_error_message()), "f: bad");
  EXPECT_EQ(stf::guard("g", 0, []() -> int { throw std::bad_alloc(); }), 0);
  EXPECT_EQ(stf::last_error_kind(), 5);
  EXPECT_EQ(std::string(stf::last_error_message()), "g: out of memory");
  EXPECT_EQ(stf::guard("h", 0, []() -> int { throw std::runtime_error("rt"); }), 0);
  EXPECT_EQ(stf::last_error_kind(), 6);
  EXPECT_EQ(std::string(stf::last_error_message()), "h: rt");
  EXPECT_EQ(stf::guard("i", 0, []() -> int { throw 17; }), 0);
  EXPECT_EQ(stf::last_error_kind(), 6);
  EXPECT_EQ(std::string(stf::last_error_message()), "i: unknown C++ exception");
  // Success clears the previous error.
  stf::guard_void("j", [] {});
  EXPECT_EQ(stf::last_error_kind(), 0);
  EXPECT_EQ(std::string(stf::last_error_message()), "");
  const char* np = nullptr;
  EXPECT_TRUE(stf::guard("k", static_cast<const char*>("sentinel"), [&] { return stf::text_arg("name", np); }) ==
        std::string_view("sentinel"));
  EXPECT_EQ(std::string(stf::last_error_message()), "k: argument 'name': null pointer");
  EXPECT_EQ(stf::last_error_kind(), 2);
}

TEST(Args, Checks) {
  using stf::ErrorKind;
  const int64_t dims[] = {2, 3, 4};
  auto s = stf::array_arg("dims", dims, 3);
  EXPECT_EQ(s.size(), 3u);
  EXPECT_TRUE(s.data() == dims);
  EXPECT_TRUE(stf::array_arg<int64_t>("dims", nullptr, 0).empty());
  EXPECT_ERROR(InvalidArgument, "argument 'dims': null pointer with length 3", stf::array_arg<int64_t>("dims", nullptr, 3));
  EXPECT_ERROR(InvalidArgument, "argument 'dims': negative length -1", stf::array_arg("dims", dims, -1));
  EXPECT_ERROR(InvalidArgument, "argument 'dims': negative length -1", stf::array_arg<double>("dims", nullptr, -1));

  EXPECT_EQ(stf::shape_arg("dims", dims, 3).size(), 3u);
  EXPECT_EQ(stf::shape_arg("dims", nullptr, 0).size(), 0u);  // scalar shape
  EXPECT_EQ(stf::shape_numel("dims", std::span<const int64_t>(dims)), 24);
  std::vector<int64_t> many(65, 1);
  EXPECT_ERROR(InvalidArgument, "argument 'dims': 65 dimensions exceed the maximum of 64", stf::shape_arg("dims", many.data(), 65));
  EXPECT_EQ(stf::shape_arg("dims", many.data(), 64).size(), 64u);
  const int64_t neg[] = {2, -2, 3};
  EXPECT_ERROR(InvalidArgument, "argument 'dims': dimension 1 is negative (-2)", stf::shape_arg("dims", neg, 3));
  const int64_t big[] = {int64_t{1} << 32, int64_t{1} << 31};
  EXPECT_ERROR(InvalidArgument, "argument 'dims': element count overflows int64", stf::shape_arg("dims", big, 2));
  const int64_t big_ok[] = {int64_t{1} << 31, int64_t{1} << 31};
  EXPECT_EQ(stf::shape_numel("dims", big_ok), int64_t{1} << 62);
  const int64_t big_zero[] = {int64_t{1} << 40, int64_t{1} << 40, 0};
  EXPECT_EQ(stf::shape_numel("dims", big_zero), 0);
  EXPECT_ERROR(InvalidArgument, "argument 'dims': null pointer with length 2", stf::shape_arg("dims", nullptr, 2));

  EXPECT_EQ(std::string(stf::text_arg("name", "abc")), "abc");
  EXPECT_ERROR(InvalidArgument, "argument 'name': null pointer", stf::text_arg("name", nullptr));

  EXPECT_EQ(stf::shape_str(std::span<const int64_t>(dims, 2)), "[2, 3]");
  EXPECT_EQ(stf::shape_str({}), "[]");

  // write_out
  std::vector<double> vals{1.5, 2.5, 3.5};
  double out[5] = {0, 0, 0, 0, -1};
  EXPECT_EQ(stf::write_out<double>("out", out, 5, vals), 3);
  EXPECT_TRUE(out[0] == 1.5 && out[2] == 3.5 && out[3] == 0 && out[4] == -1);
  double small[2] = {0, 0};
  EXPECT_EQ(stf::write_out<double>("out", small, 2, vals), 3);  // truncated, full count returned
  EXPECT_TRUE(small[0] == 1.5 && small[1] == 2.5);
  EXPECT_EQ(stf::write_out<double>("out", nullptr, 0, vals), 3);  // sizing query
  EXPECT_EQ(stf::write_out("out", out, 0, std::span<const double>(vals)), 3);
  EXPECT_ERROR(InvalidArgument, "argument 'out': negative length -1", stf::write_out<double>("out", out, -1, vals));
  EXPECT_ERROR(InvalidArgument, "argument 'out': null pointer with length 4", stf::write_out<double>("out", nullptr, 4, vals));
  int64_t iout[4];
  EXPECT_EQ(stf::write_out<int64_t>("shape", iout, 4, std::span<const int64_t>(dims)), 3);
  EXPECT_TRUE(iout[0] == 2 && iout[1] == 3 && iout[2] == 4);
  EXPECT_EQ(stf::write_out<int64_t>("shape", iout, 4, {}), 0);
}

// ---- scopes ---------------------------------------------------------------------------------
bool alive(Table& t, int64_t h) {
  try {
    t.get("h", h);
    return true;
  } catch (const stf::Error&) {
    return false;
  }
}

TEST(Scopes, NestedScopesFreeTheirOwnHandles) {
  Table t(20);
  int64_t before = t.insert(std::make_shared<int>(0));  // unscoped: never freed by a scope
  EXPECT_EQ(t.scope_depth(), 0);
  int64_t outer = t.scope_begin();
  EXPECT_TRUE(outer > 0);
  int64_t a = t.insert(std::make_shared<int>(1));
  int64_t b = t.insert(std::make_shared<int>(2));
  int64_t inner = t.scope_begin();
  EXPECT_TRUE(inner > 0 && inner != outer);
  EXPECT_EQ(t.scope_depth(), 2);
  int64_t c = t.insert(std::make_shared<int>(3));
  int64_t d = t.insert(std::make_shared<int>(4));
  EXPECT_EQ(t.live(), 5);
  // Only the innermost scope can end.
  EXPECT_ERROR(InvalidArgument,
               "argument 'scope': scope " + std::to_string(outer) +
                   " is not the innermost open scope of this thread (scope " + std::to_string(inner) +
                   " is): end the inner scopes first",
               t.scope_end("scope", outer));
  EXPECT_ERROR(InvalidArgument, "argument 'scope': scope 12345 is not open on this thread", t.scope_end("scope", 12345));
  EXPECT_ERROR(InvalidArgument, "argument 'scope': scope 0 is not open on this thread", t.scope_end("scope", 0));
  EXPECT_EQ(t.scope_end("scope", inner), 2);
  EXPECT_FALSE(alive(t, c));
  EXPECT_FALSE(alive(t, d));
  EXPECT_TRUE(alive(t, a) && alive(t, b) && alive(t, before));
  // Ending it again: it is not open any more.
  EXPECT_ERROR(InvalidArgument, "argument 'scope': scope " + std::to_string(inner) + " is not open on this thread",
               t.scope_end("scope", inner));
  EXPECT_EQ(t.scope_end("scope", outer), 2);
  EXPECT_FALSE(alive(t, a));
  EXPECT_FALSE(alive(t, b));
  EXPECT_TRUE(alive(t, before));
  EXPECT_EQ(t.live(), 1);
  EXPECT_EQ(t.scope_depth(), 0);
  // Ids are never handed out twice on a thread.
  int64_t again = t.scope_begin();
  EXPECT_TRUE(again != outer && again != inner);
  EXPECT_EQ(t.scope_end("scope", again), 0);
}

TEST(Scopes, KeepMovesOneScopeOut) {
  Table t(21);
  int64_t outer = t.scope_begin();
  int64_t inner = t.scope_begin();
  int64_t kept = t.insert(std::make_shared<int>(1));
  int64_t kept_twice = t.insert(std::make_shared<int>(2));
  int64_t dropped = t.insert(std::make_shared<int>(3));
  t.scope_keep("handle", kept);
  t.scope_keep("handle", kept_twice);
  EXPECT_EQ(t.scope_end("scope", inner), 1);  // `dropped` only
  EXPECT_FALSE(alive(t, dropped));
  EXPECT_TRUE(alive(t, kept) && alive(t, kept_twice));
  t.scope_keep("handle", kept_twice);  // now owned by `outer`: becomes unscoped
  EXPECT_EQ(t.scope_end("scope", outer), 1);  // `kept`, which moved into `outer`
  EXPECT_FALSE(alive(t, kept));
  EXPECT_TRUE(alive(t, kept_twice));
  t.scope_keep("handle", kept_twice);  // unscoped: stays so
  EXPECT_TRUE(alive(t, kept_twice));
  // Bad handles are refused like anywhere else.
  EXPECT_ERROR(InvalidHandle, "argument 'handle': handle 0 is null", t.scope_keep("handle", 0));
  EXPECT_ERROR(InvalidHandle, "argument 'handle': handle " + std::to_string(dropped) + " is stale (already freed)",
               t.scope_keep("handle", dropped));
  t.remove("h", kept_twice);
  EXPECT_EQ(t.live(), 0);
}

TEST(Scopes, ExplicitFreeInsideAScopeIsSkipped) {
  stf::HandleTable<Counted> t(22);
  int64_t s = t.scope_begin();
  int64_t a = t.insert(Counted(1));
  int64_t b = t.insert(Counted(2));
  t.remove("h", a);
  // The freed slot is reused by a handle made outside the scope: the scope must not free it.
  t.scope_keep("h", b);
  int64_t reuse = t.insert(Counted(3));
  t.scope_keep("h", reuse);
  EXPECT_EQ(Counted::alive.load(), 2);
  EXPECT_EQ(t.scope_end("scope", s), 0);
  EXPECT_EQ(t.get("h", reuse).v, 3);
  EXPECT_EQ(t.get("h", b).v, 2);
  t.remove("h", reuse);
  t.remove("h", b);
  EXPECT_EQ(Counted::alive.load(), 0);
}

TEST(Scopes, LongScopeStaysSmallAndExact) {
  stf::HandleTable<Counted> t(23);
  int64_t s = t.scope_begin();
  std::vector<int64_t> keep_alive;
  for (int i = 0; i < 200000; ++i) {
    int64_t h = t.insert(Counted(i));
    if (i % 1000 == 0) {
      keep_alive.push_back(h);
    } else {
      t.remove("h", h);  // a loop that frees as it goes: the scope's list is compacted
    }
  }
  EXPECT_EQ(t.live(), 200);
  EXPECT_EQ(t.scope_end("scope", s), 200);
  EXPECT_EQ(t.live(), 0);
  EXPECT_EQ(Counted::alive.load(), 0);
}

TEST(Scopes, TablesAndThreadsAreSeparate) {
  Table t(24), other(25);
  int64_t mine = t.scope_begin();
  int64_t in_other = other.insert(std::make_shared<int>(1));  // no scope open in `other`
  EXPECT_ERROR(InvalidArgument, "argument 'scope': scope " + std::to_string(mine) + " is not open on this thread",
               other.scope_end("scope", mine));
  int64_t from_thread = 0, thread_scope = 0;
  int64_t thread_freed = -1;
  std::string thread_error;
  std::thread th([&] {
    // Another thread: its handles are not in our scope, our scope id is not its.
    from_thread = t.insert(std::make_shared<int>(2));
    try {
      t.scope_end("scope", mine);
    } catch (const stf::Error& e) {
      thread_error = e.message;
    }
    thread_scope = t.scope_begin();
    t.insert(std::make_shared<int>(3));
    thread_freed = t.scope_end("scope", thread_scope);
  });
  th.join();
  EXPECT_EQ(thread_error, "argument 'scope': scope " + std::to_string(mine) + " is not open on this thread");
  EXPECT_EQ(thread_freed, 1);
  EXPECT_TRUE(thread_scope != mine);
  int64_t here = t.insert(std::make_shared<int>(4));
  EXPECT_EQ(t.scope_end("scope", mine), 1);  // `here` only
  EXPECT_FALSE(alive(t, here));
  EXPECT_TRUE(alive(t, from_thread));
  EXPECT_EQ(*other.get("h", in_other), 1);
  // A handle of another thread's open scope cannot be kept here.
  std::atomic<int> phase{0};
  int64_t theirs = 0, their_scope = 0;
  std::thread owner([&] {
    their_scope = t.scope_begin();
    theirs = t.insert(std::make_shared<int>(5));
    phase = 1;
    while (phase.load() != 2) std::this_thread::yield();
    t.scope_end("scope", their_scope);
  });
  while (phase.load() != 1) std::this_thread::yield();
  EXPECT_ERROR(InvalidArgument,
               "argument 'handle': handle " + std::to_string(theirs) + " belongs to a scope of another thread",
               t.scope_keep("handle", theirs));
  phase = 2;
  owner.join();
  EXPECT_FALSE(alive(t, theirs));
  t.remove("h", from_thread);
  EXPECT_EQ(t.live(), 0);
}

TEST(Scopes, ConcurrentScopesOnEveryThread) {
  Table t(26);
  constexpr int kThreads = 4, kRounds = 300;
  int64_t shared = t.insert(std::make_shared<int>(-1));
  std::atomic<int> bad{0};
  std::vector<std::thread> threads;
  for (int tid = 0; tid < kThreads; ++tid) {
    threads.emplace_back([&, tid] {
      std::mt19937_64 rng(tid + 100);
      std::vector<int64_t> kept;
      for (int r = 0; r < kRounds; ++r) {
        int64_t s = t.scope_begin();
        int64_t expect_freed = 0;
        int n = static_cast<int>(rng() % 20);
        for (int i = 0; i < n; ++i) {
          int64_t h = t.insert(std::make_shared<int>(i));
          switch (rng() % 4) {
            case 0: t.remove("h", h); break;
            case 1: t.scope_keep("h", h); kept.push_back(h); break;
            default: ++expect_freed;
          }
          t.get("s", shared);  // everyone reads the shared, unscoped handle meanwhile
        }
        if (t.scope_end("scope", s) != expect_freed) ++bad;
      }
      for (int64_t h : kept) t.remove("h", h);
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_EQ(t.live(), 1);
  t.remove("h", shared);
}

TEST(Census, CountsLiveHandlesPerOrigin) {
  Table t(27);
  EXPECT_TRUE(t.census().empty());
  EXPECT_EQ(std::string(stf::census_text(t)), "");
  std::vector<int64_t> hs;
  for (int i = 0; i < 3; ++i) hs.push_back(t.insert(std::make_shared<int>(i), "tensor_ones"));
  hs.push_back(t.insert(std::make_shared<int>(9), "tensor_add"));
  hs.push_back(t.insert(std::make_shared<int>(9), "relu"));
  hs.push_back(t.insert(std::make_shared<int>(9)));
  using Row = std::pair<std::string, int64_t>;
  EXPECT_EQ(t.census(), (std::vector<Row>{{"tensor_ones", 3}, {"(unnamed)", 1}, {"relu", 1}, {"tensor_add", 1}}));
  EXPECT_EQ(std::string(stf::census_text(t)), "tensor_ones 3\n(unnamed) 1\nrelu 1\ntensor_add 1\n");
  t.remove("h", hs[0]);
  t.remove("h", hs[3]);
  EXPECT_EQ(std::string(stf::census_text(t)), "tensor_ones 2\n(unnamed) 1\nrelu 1\n");
  // A slot reused by another origin is counted under the new one.
  int64_t h = t.insert(std::make_shared<int>(1), "tensor_zeros");
  EXPECT_EQ(std::string(stf::census_text(t)), "tensor_ones 2\n(unnamed) 1\nrelu 1\ntensor_zeros 1\n");
  t.remove("h", h);
  t.clear();
  EXPECT_EQ(std::string(stf::census_text(t)), "");
}

}  // namespace
