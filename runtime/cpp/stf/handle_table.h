// stf/handle_table.h — thread-safe, generation-checked handle table (in the
// style of Mozilla ffi-support's HandleMap).  Header-only, no libtorch.
//
// Handle bit layout (int64, always > 0):
//
//    63  62........55  54..............24  23....20  19...........0
//   [ 0 | table (8)  |  generation (31)  | shard(4) |  slot (20)   ]
//
//  * bit 63 is always clear, and `table` is nonzero, so every issued handle is
//    positive: 0 and negative values are never issued (0 means "no object").
//  * table: the id given to the constructor (1..255); a handle passed to the
//    wrong table is rejected.
//  * shard/slot: where the value lives.  16 shards x 2^20 slots = 16M live
//    entries per table (a full shard spills over into the next one).
//  * generation: per-slot counter, bumped every time the slot is freed, so
//    handles to a freed object are "stale" forever after, even when the slot is
//    reused (ABA-safe).  It wraps after 2^31 (~2.1e9) frees of the *same* slot;
//    only then could a very old stale handle alias a new object.
//  * Forged values are decoded and bounds-checked before any access: they are
//    rejected (or, with probability ~2^-39 for random bits, happen to equal a
//    live handle), never index out of bounds.
//
// Concurrency: each shard has its own spinlock, slot storage (segments that never move once
// allocated) and free list. insert() uses the calling thread's home shard (dealt round robin to
// threads), so threads rarely contend; remove() locks only the shard named by the handle. Removed values
// are destroyed after the shard lock is released (destructors may be slow or re-enter the
// table).
//
// Lock-free reads (borrow(): how every generated function reads its tensor arguments). A reader
// takes no lock and no reference: it publishes the slot it is about to read in one of its
// thread's hazard pointers (a sequentially consistent store), then checks the slot's tag (its
// generation and an "occupied" bit, one atomic word). A match means the value is alive and
// stays so until the reader clears its hazard, because every removal (remove, clear, a scope's
// end) first retags the slot (a sequentially consistent store) and then looks for hazards on
// it: in the single total order of those four operations, either the remover sees the hazard or
// the reader sees the new tag (and reports the handle stale), never neither. (A remover looks
// only in the records of the threads that have read its shard: a reader joins the shard's
// readers, once, with a sequentially consistent read-modify-write before its first hazard
// there; so a thread freeing its own handles never reads another thread's hazards.) A hazarded value
// is neither moved nor destroyed: the slot joins its shard's retired list (no allocation) and
// the value is destroyed, outside every lock, by the last of the remover and the readers:
// the remover counts it pending and then looks again; a reader clears its hazard and then
// reads the count. (So that readers can clear with a plain release store, the remover passes
// a heavy fence between the two, membarrier(2), paid only when it found its value being read;
// without membarrier, readers clear with sequentially consistent stores.) The handle is stale
// from the moment remove() returns either way; live() and census() no longer count it, and the
// slot is reused only once the value is destroyed. get() (a copy) and the rare paths keep the
// shard lock. Each thread has 4 hazard pointers (a call borrows at most 3 tensors); deeper
// nesting copies the value under the shard lock instead.
//
// Scopes (per calling thread, nestable): scope_begin() opens one and returns its id;
// every handle the thread inserts while it is the thread's innermost open scope belongs to
// it; scope_end(id) frees those still alive (an explicitly freed one is skipped: the
// generation check tells) and returns how many it freed. Only the innermost open scope of
// the calling thread can be ended (anything else is invalid_argument: end the inner ones
// first). scope_keep(h) moves a handle out of the scope that owns it into that scope's
// enclosing scope, or makes it unscoped at the outermost one. Handles inserted outside any
// scope, and by other threads, are never freed by a scope. Ids are positive, tagged with a
// hash of the thread (so another thread's id is refused, with high probability) and counted
// per thread; a thread that exits with open scopes leaves their handles alive.
// The slot records the scope it belongs to; the thread records, per open scope, the handles
// inserted in it (compacted when it fills up, so a long scope that frees as it goes stays
// small).
//
// Census: insert(value, origin) records a `const char*` naming what created the value (a
// string literal: nothing is copied); census() counts the live values per origin.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(__linux__)
#include <linux/membarrier.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "errors.h"

namespace stf {

namespace detail {
// A hash of the calling thread (stable for the thread's lifetime; tags its scope ids): a
// trivially constructed thread_local, computed on first use; never 0.
inline thread_local uint32_t tls_thread_hash STF_TLS_FAST = 0;
STF_COLD inline uint32_t thread_hash_slow() noexcept {
  uint64_t x = std::hash<std::thread::id>{}(std::this_thread::get_id());
  // splitmix64 finaliser: pthread ids are aligned addresses with poor low bits.
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  uint32_t h = static_cast<uint32_t>(x ^ (x >> 31));
  h = h != 0 ? h : 1;
  tls_thread_hash = h;
  return h;
}
STF_INLINE uint32_t thread_hash() noexcept {
  const uint32_t h = tls_thread_hash;
  return h != 0 ? h : thread_hash_slow();
}

// Home shard of the calling thread, where its inserts go (see acquire_hazard_record): + 1, 0
// until the thread first needs it.
inline thread_local uint32_t tls_home_shard STF_TLS_FAST = 0;

// A test-and-test-and-set spinlock for the shards' short critical sections (insert, remove, the
// locked paths). Uncontended it is one atomic exchange and one store, cheaper than std::mutex
// on the per-call hot path; under contention it spins briefly, then yields.
class SpinLock {
 public:
  STF_INLINE void lock() noexcept {
    if (!locked_.exchange(true, std::memory_order_acquire)) [[likely]] return;
    lock_slow();
  }
  STF_INLINE void unlock() noexcept { locked_.store(false, std::memory_order_release); }

 private:
  STF_COLD void lock_slow() noexcept {
    for (int spins = 0;; ++spins) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins > 64) {
          std::this_thread::yield();
        } else {
#if defined(__x86_64__) || defined(__i386__)
          __builtin_ia32_pause();
#endif
        }
      }
    }
  }

  std::atomic<bool> locked_{false};
};

// ---- hazard pointers: what each thread is reading right now (see the top of this file) -------
// A call borrows at most 3 tensors today; deeper nesting (a destructor that borrows while a
// borrow is held) takes the locked path.
inline constexpr uint32_t kHazardsPerThread = 4;

// One per thread that ever borrowed or inserted (reused after the thread exits); never freed:
// the list is only ever pushed to, so a remover can walk it without a lock.
struct alignas(64) HazardRecord {
  std::array<std::atomic<const void*>, kHazardsPerThread> slots{};
  HazardRecord* next = nullptr;  // set before the record is published, never changed after
  uint32_t index = 0;            // creation order: 0, 1, 2, ... (never changed)
  uint64_t reader_bit = 0;       // 1 << index for the first 63 records (see Shard::readers)
  std::atomic<bool> taken{true};
  uint32_t top = 0;  // slots[0..top) are in use: borrows nest (read and written by the owner only)
};
inline std::atomic<HazardRecord*> hazard_records{nullptr};
inline std::atomic<uint32_t> hazard_record_count{0};
inline constexpr uint32_t kIndexedRecords = 63;
// The first 63 records by index, so that a remover reads only the records of the threads that
// read its shard (Shard::readers), never another thread's hot cache line for nothing.
inline std::array<std::atomic<HazardRecord*>, kIndexedRecords> hazard_by_index{};
inline thread_local HazardRecord* tls_hazards STF_TLS_FAST = nullptr;

inline thread_local bool tls_hazards_gone STF_TLS_FAST = false;  // the thread is exiting

// Gives the thread's record back when the thread exits.
struct HazardRecordOwner {
  HazardRecord* record = nullptr;
  ~HazardRecordOwner() {
    tls_hazards_gone = true;  // later borrows on this thread (other thread_local destructors)
    tls_hazards = nullptr;    // take the locked path
    if (record == nullptr) return;
    for (auto& slot : record->slots) slot.store(nullptr, std::memory_order_seq_cst);
    record->top = 0;
    record->taken.store(false, std::memory_order_release);
    record = nullptr;
  }
};

// The calling thread's record: a free one from the list, or a new one (std::bad_alloc); null
// once the thread's thread_local objects are being destroyed.
STF_COLD inline HazardRecord* acquire_hazard_record() {
  if (tls_hazards_gone) return nullptr;
  thread_local HazardRecordOwner owner;
  if (owner.record != nullptr) return tls_hazards = owner.record;
  // Sequentially consistent, like every access to the list head: a remover that scans after a
  // reader published a hazard in a record sees that record (see is_hazard).
  HazardRecord* r = hazard_records.load(std::memory_order_seq_cst);
  for (; r != nullptr; r = r->next) {
    bool expected = false;
    if (!r->taken.load(std::memory_order_relaxed) &&
        r->taken.compare_exchange_strong(expected, true, std::memory_order_acquire)) {
      break;
    }
  }
  if (r == nullptr) {
    r = new HazardRecord;
    r->index = hazard_record_count.fetch_add(1, std::memory_order_seq_cst);
    r->reader_bit = r->index < kIndexedRecords ? uint64_t{1} << r->index : 0;
    if (r->index < kIndexedRecords) hazard_by_index[r->index].store(r, std::memory_order_release);
    r->next = hazard_records.load(std::memory_order_seq_cst);
    while (!hazard_records.compare_exchange_weak(r->next, r, std::memory_order_seq_cst)) {
    }
  }
  owner.record = r;
  // The thread's inserts go to shard `index` (mod the shard count): threads that run at the
  // same time hold different records, so they never share a shard's lock, free list or
  // readers (records are reused by index order of creation as threads come and go).
  tls_home_shard = r->index + 1;
  return tls_hazards = r;
}

// The calling thread's home shard (any number: the table takes it modulo its shard count).
STF_COLD inline uint32_t home_shard_slow() {
  if (const HazardRecord* r = acquire_hazard_record(); r != nullptr) return r->index;
  return thread_hash();  // the thread is exiting
}
STF_INLINE uint32_t home_shard() {
  const uint32_t s = tls_home_shard;
  return s != 0 ? s - 1 : home_shard_slow();
}

// The heavy side of an asymmetric fence (Linux membarrier(2), private expedited: every running
// thread of the process passes a full memory barrier before it returns). It lets readers give a
// hazard back with a plain release store, the remover paying instead, only when it found a
// value still being read (see Borrowed::release). Null where unavailable: readers then give
// hazards back with a sequentially consistent store.
inline int membarrier_command() noexcept {
#if defined(__linux__) && defined(MEMBARRIER_CMD_PRIVATE_EXPEDITED)
  const long supported = syscall(__NR_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  if (supported > 0 && (supported & MEMBARRIER_CMD_PRIVATE_EXPEDITED) &&
      syscall(__NR_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0) == 0) {
    return MEMBARRIER_CMD_PRIVATE_EXPEDITED;
  }
#endif
  return 0;
}
// Decided when the library loads (registration is per process); dropped for good if the call
// ever fails (a forked child that is not registered): readers then clear with sequentially
// consistent stores, and the remover's own sequentially consistent accesses suffice. A value
// retired around that moment may wait for the table's next insert or free to be destroyed.
inline std::atomic<int> asymmetric_fence{membarrier_command()};

STF_COLD inline void heavy_fence() noexcept {
#if defined(__linux__) && defined(MEMBARRIER_CMD_PRIVATE_EXPEDITED)
  const int command = asymmetric_fence.load(std::memory_order_relaxed);
  if (command != 0 && syscall(__NR_membarrier, command, 0, 0) != 0) {
    asymmetric_fence.store(0, std::memory_order_seq_cst);
  }
#endif
}

STF_INLINE bool holds(const HazardRecord* r, const void* p) noexcept {
  static_assert(kHazardsPerThread == 4);
  return (r->slots[0].load(std::memory_order_seq_cst) == p) | (r->slots[1].load(std::memory_order_seq_cst) == p) |
         (r->slots[2].load(std::memory_order_seq_cst) == p) | (r->slots[3].load(std::memory_order_seq_cst) == p);
}

// Whether any thread has `p` (a slot of a shard whose Shard::readers is `readers`) in a hazard
// pointer: the records named in `readers`, and every record past the first 63. Sequentially
// consistent loads: they pair with the readers' publishing stores (see the top of this file).
STF_COLD inline bool is_hazard_overflow(const void* p) noexcept {
  for (const HazardRecord* r = hazard_records.load(std::memory_order_seq_cst); r != nullptr; r = r->next) {
    if (r->index >= kIndexedRecords && holds(r, p)) return true;
  }
  return false;
}
STF_INLINE bool is_hazard(const void* p, uint64_t readers) noexcept {
  for (uint64_t m = readers; m != 0; m &= m - 1) {
    const HazardRecord* r = hazard_by_index[std::countr_zero(m)].load(std::memory_order_acquire);
    if (r != nullptr && holds(r, p)) return true;
  }
  if (hazard_record_count.load(std::memory_order_seq_cst) > kIndexedRecords) [[unlikely]] return is_hazard_overflow(p);
  return false;
}

// ---- scopes: the calling thread's open scopes, per table ------------------------------------
struct ScopeFrame {
  int64_t id;
  std::vector<int64_t> handles;  // inserted while this scope was innermost (some may be gone)
};
struct TableScopes {
  uint64_t table;                   // HandleTable::serial_ (never reused, unlike an address)
  std::vector<ScopeFrame> frames;   // outermost first
};
// Open scopes of this thread in all tables: insert() looks further only when it is nonzero
// (a trivially constructed thread_local: one load on the hot path).
inline thread_local int64_t tls_open_scopes STF_TLS_FAST = 0;
inline thread_local uint32_t tls_scope_counter STF_TLS_FAST = 0;
inline thread_local std::vector<TableScopes> tls_scopes;
inline std::atomic<uint64_t> next_table_serial{1};

inline TableScopes* thread_scopes(uint64_t table) noexcept {
  for (TableScopes& ts : tls_scopes) {
    if (ts.table == table) return &ts;
  }
  return nullptr;
}

// A new scope id: [0 | thread tag (31) | per-thread counter (32)], never 0.
inline int64_t next_scope_id() noexcept {
  if (++tls_scope_counter == 0) tls_scope_counter = 1;
  const uint64_t tag = thread_hash() & 0x7FFFFFFFu;
  return static_cast<int64_t>((tag << 32) | tls_scope_counter);
}

// The text census_text() hands out: valid until the next census_text() on this thread.
inline thread_local std::string tls_census;
}  // namespace detail

template <class T>
class HandleTable {
  static_assert(std::is_nothrow_move_constructible_v<T>, "HandleTable values must be nothrow-movable");
  static_assert(std::is_nothrow_destructible_v<T>, "HandleTable values must be nothrow-destructible");

  struct Slot;

 public:
  static constexpr int kSlotBits = 20;
  static constexpr int kShardBits = 4;
  static constexpr int kGenBits = 31;
  static constexpr int kTableBits = 8;
  static constexpr int kShardShift = kSlotBits;
  static constexpr int kGenShift = kShardShift + kShardBits;
  static constexpr int kTableShift = kGenShift + kGenBits;
  static_assert(kTableShift + kTableBits == 63, "handles must use exactly 63 bits");

  static constexpr uint32_t kShards = 1u << kShardBits;
  static constexpr uint32_t kSlotsPerShard = 1u << kSlotBits;
  static constexpr uint32_t kGenMask = (1u << kGenBits) - 1;

  struct Parts {
    uint32_t table, generation, shard, slot;
  };
  static constexpr int64_t encode(Parts p) noexcept {
    return static_cast<int64_t>((uint64_t{p.table & 0xFFu} << kTableShift) |
                                (uint64_t{p.generation & kGenMask} << kGenShift) |
                                (uint64_t{p.shard & (kShards - 1)} << kShardShift) |
                                uint64_t{p.slot & (kSlotsPerShard - 1)});
  }
  static constexpr Parts decode(int64_t handle) noexcept {
    const auto u = static_cast<uint64_t>(handle);
    return {static_cast<uint32_t>((u >> kTableShift) & 0xFFu),
            static_cast<uint32_t>((u >> kGenShift) & kGenMask),
            static_cast<uint32_t>((u >> kShardShift) & (kShards - 1)),
            static_cast<uint32_t>(u & (kSlotsPerShard - 1))};
  }

  explicit HandleTable(uint8_t table_id)
      : table_id_(table_id), serial_(detail::next_table_serial.fetch_add(1, std::memory_order_relaxed)) {
    if (table_id == 0) raise(ErrorKind::Internal, "HandleTable: table id must be nonzero");
  }
  HandleTable(const HandleTable&) = delete;
  HandleTable& operator=(const HandleTable&) = delete;
  ~HandleTable() {
    for (Shard& sh : shards_) {
      for (auto& seg : sh.segments) delete[] seg.load(std::memory_order_relaxed);
    }
  }

  uint8_t table_id() const noexcept { return table_id_; }

  // Stores `value` and returns its new handle; `origin` (a string literal, or null) names what
  // created it, for census(). When the calling thread has an open scope in this table, the
  // handle belongs to its innermost one. Throws Error(OutOfMemory) if every shard is full,
  // std::bad_alloc if slot (or scope) storage cannot grow; nothing is stored then.
  STF_INLINE int64_t insert(T value, const char* origin = nullptr) {
    if (pending_.load(std::memory_order_relaxed) != 0 || detail::tls_open_scopes != 0) [[unlikely]] {
      return insert_slow(std::move(value), origin);
    }
    // The calling thread's home shard, with a free slot: the common case.
    const uint32_t s = detail::home_shard() & (kShards - 1);
    Shard& sh = shards_[s];
    sh.mu.lock();
    if (sh.free.empty()) [[unlikely]] {
      sh.mu.unlock();
      return insert_slot(std::move(value), origin, 0);
    }
    const uint32_t idx = sh.free.back();
    sh.free.pop_back();
    const int64_t h = occupy_locked(sh, s, idx, std::move(value), origin, 0);
    sh.mu.unlock();
    return h;
  }

  // A value read in place, with no lock and no copy (see the top of this file): alive until
  // the Borrowed is destroyed, even if another thread frees the handle meanwhile. Scoped to
  // the calling thread (neither copyable nor movable; destroy borrows in reverse order of
  // creation, as locals are).
  class Borrowed {
   public:
    Borrowed(const Borrowed&) = delete;
    Borrowed& operator=(const Borrowed&) = delete;
    STF_INLINE ~Borrowed() {
      if (hazard_ != nullptr) [[likely]] release();
    }
    const T& operator*() const noexcept { return *value_; }
    const T* operator->() const noexcept { return value_; }

   private:
    friend class HandleTable;
    STF_INLINE Borrowed(HandleTable& table, const char* arg, int64_t handle) : table_(&table) {
      const Parts p = table.check_bits(arg, handle);
      Shard& sh = table.shards_[p.shard];
      if (p.slot >= sh.size.load(std::memory_order_acquire)) [[unlikely]] never_issued(arg, handle);
      Slot& slot = slot_at(sh, p.slot);
      detail::HazardRecord* r = detail::tls_hazards;
      if (r == nullptr || r->top == detail::kHazardsPerThread) [[unlikely]] {
        r = slow_record(r);
        if (r == nullptr) {  // 5 nested borrows, or the thread is exiting: a copy, locked
          if constexpr (std::is_copy_constructible_v<T>) {
            owned_.emplace(table.get(arg, handle));
            value_ = &*owned_;
            return;
          } else {
            raise(ErrorKind::Internal, "too many nested borrows on this thread");
          }
        }
      }
      // Join the shard's readers first (once per record and shard): a remover scans only them.
      if ((sh.readers.load(std::memory_order_relaxed) & r->reader_bit) != r->reader_bit) [[unlikely]] {
        sh.readers.fetch_or(r->reader_bit, std::memory_order_seq_cst);
      }
      hazard_ = &r->slots[r->top++];
      hazard_->store(&slot, std::memory_order_seq_cst);
      const uint32_t tag = slot.tag.load(std::memory_order_seq_cst);
      if (tag != live_tag(handle)) [[unlikely]] refuse(arg, handle, p.generation, tag);
      value_ = &*slot.value;
    }
    // Gives the hazard back. A remover that saw it retired the value; the last of us destroys
    // it: the remover counts it pending, passes a heavy fence (every thread's clearing store
    // made before it is then visible, every load after it sees the count) and looks again; we
    // clear, then read the count.
    STF_INLINE void release() noexcept {
      if (detail::asymmetric_fence.load(std::memory_order_relaxed) != 0) [[likely]] {
        hazard_->store(nullptr, std::memory_order_release);
      } else {
        hazard_->store(nullptr, std::memory_order_seq_cst);
      }
      --detail::tls_hazards->top;
      if (table_->pending_.load(std::memory_order_seq_cst) != 0) [[unlikely]] table_->reclaim();
    }
    // The thread's record when it has none yet or its hazards are all in use (then null).
    STF_COLD static detail::HazardRecord* slow_record(detail::HazardRecord* r) {
      if (r == nullptr) r = detail::acquire_hazard_record();
      return r != nullptr && r->top < detail::kHazardsPerThread ? r : nullptr;
    }
    [[noreturn]] STF_COLD void refuse(const char* arg, int64_t handle, uint32_t generation, uint32_t tag) {
      release();
      hazard_ = nullptr;
      bad_tag(arg, handle, generation, tag);
    }

    std::atomic<const void*>* hazard_ = nullptr;  // null: value_ points into owned_
    HandleTable* table_;
    const T* value_ = nullptr;
    std::optional<T> owned_;
  };

  // Reads the value in place (see Borrowed). Throws Error(InvalidHandle) on a bad handle.
  STF_INLINE Borrowed borrow(const char* arg, int64_t handle) { return Borrowed(*this, arg, handle); }

  // Returns a copy of the value.  Throws Error(InvalidHandle) on a bad handle.
  T get(const char* arg, int64_t handle) const {
    const Parts p = check_bits(arg, handle);
    const Shard& sh = shards_[p.shard];
    std::lock_guard lock(sh.mu);
    return *locate(arg, handle, p, sh).value;
  }

  // Frees the handle; the value is destroyed outside the lock (or, while another thread still
  // reads it, by the last of them: see the top of this file). Freeing twice reports the handle
  // as stale.
  STF_INLINE void remove(const char* arg, int64_t handle) {
    const Parts p = check_bits(arg, handle);
    Shard& sh = shards_[p.shard];
    std::optional<T> doomed;
    sh.mu.lock();
    Slot* slot = locate_or_null(handle, sh);
    if (slot == nullptr) [[unlikely]] refuse_locked(arg, handle, sh);
    const bool retired = !take_locked(sh, p.slot, *slot, doomed);
    sh.mu.unlock();
    if (retired || pending_.load(std::memory_order_relaxed) != 0) [[unlikely]] reclaim(retired);
  }

  // Destroys the values of freed handles that were still being read when they were freed and
  // are no longer (see the top of this file). Runs by itself; public for tests. `retired`: the
  // caller has just retired a value (see Borrowed::release).
  STF_COLD void reclaim(bool retired = false) noexcept {
    if (retired) detail::heavy_fence();
    for (uint32_t s = 0; s < kShards && pending_.load(std::memory_order_seq_cst) != 0; ++s) {
      Shard& sh = shards_[s];
      while (sh.retired_count.load(std::memory_order_relaxed) != 0) {
        std::optional<T> doomed;
        {
          std::lock_guard lock(sh.mu);
          uint32_t* link = &sh.retired_head;
          while (*link != 0) {
            Slot& slot = slot_at(sh, *link - 1);
            if (!detail::is_hazard(&slot, sh.readers.load(std::memory_order_seq_cst))) break;
            link = &slot.retired_next;
          }
          if (*link == 0) break;  // every retired value is still being read
          const uint32_t idx = *link - 1;
          Slot& slot = slot_at(sh, idx);
          *link = slot.retired_next;
          slot.retired_next = 0;
          doomed.emplace(std::move(*slot.value));
          slot.value.reset();
          sh.free.push_back(idx);  // capacity reserved in insert_slot(): no allocation
          sh.retired_count.store(sh.retired_count.load(std::memory_order_relaxed) - 1,
                                 std::memory_order_relaxed);
          pending_.fetch_sub(1, std::memory_order_seq_cst);
        }
        // `doomed` is destroyed here, outside the lock (it may re-enter the table).
      }
    }
  }

  // How many freed values were still being read when they were freed (ever), and how many of
  // them are not destroyed yet. For tests and diagnostics.
  int64_t retirements() const noexcept { return retirements_.load(std::memory_order_relaxed); }
  int64_t pending() const noexcept { return pending_.load(std::memory_order_seq_cst); }

  // ---- scopes (see the top of this file) ---------------------------------------------------
  // Opens a scope on the calling thread and returns its id (> 0).
  int64_t scope_begin() {
    detail::TableScopes* ts = detail::thread_scopes(serial_);
    if (ts == nullptr) {
      detail::tls_scopes.push_back({serial_, {}});
      ts = &detail::tls_scopes.back();
    }
    const int64_t id = detail::next_scope_id();
    try {
      ts->frames.push_back({id, {}});
    } catch (...) {
      forget_if_empty();
      throw;
    }
    ++detail::tls_open_scopes;
    return id;
  }

  // Ends the calling thread's innermost scope, which must be `scope` (argument `arg`): frees
  // every handle inserted in it that is still alive and still belongs to it; returns how many.
  int64_t scope_end(const char* arg, int64_t scope) {
    detail::TableScopes* ts = detail::thread_scopes(serial_);
    const bool open = ts != nullptr && std::any_of(ts->frames.begin(), ts->frames.end(),
                                                   [&](const detail::ScopeFrame& f) { return f.id == scope; });
    if (!open) detail::bad_arg(arg, "scope " + std::to_string(scope) + " is not open on this thread");
    if (ts->frames.back().id != scope) {
      detail::bad_arg(arg, "scope " + std::to_string(scope) + " is not the innermost open scope of this thread (scope " +
                               std::to_string(ts->frames.back().id) + " is): end the inner scopes first");
    }
    const detail::ScopeFrame frame = std::move(ts->frames.back());
    ts->frames.pop_back();
    --detail::tls_open_scopes;
    forget_if_empty();
    int64_t freed = 0;
    for (const int64_t h : frame.handles) freed += remove_if_in_scope(h, scope) ? 1 : 0;
    if (pending_.load(std::memory_order_relaxed) != 0) reclaim(true);  // a value may have been retired
    return freed;
  }

  // The handle survives the scope that owns it: it moves to that scope's enclosing scope, or
  // becomes unscoped. An unscoped handle stays so. Throws Error(InvalidHandle) for a bad
  // handle, Error(InvalidArgument) when the handle belongs to another thread's scope.
  void scope_keep(const char* arg, int64_t handle) {
    const Parts p = check_bits(arg, handle);
    Shard& sh = shards_[p.shard];
    int64_t owner;
    {
      std::lock_guard lock(sh.mu);
      owner = locate(arg, handle, p, sh).scope;
    }
    if (owner == 0) return;
    detail::TableScopes* ts = detail::thread_scopes(serial_);
    size_t i = 0;
    while (ts != nullptr && i < ts->frames.size() && ts->frames[i].id != owner) ++i;
    if (ts == nullptr || i == ts->frames.size()) {
      detail::bad_arg(arg, "handle " + std::to_string(handle) + " belongs to a scope of another thread");
    }
    detail::ScopeFrame* parent = i > 0 ? &ts->frames[i - 1] : nullptr;
    if (parent != nullptr) make_room(*parent);
    {
      std::lock_guard lock(sh.mu);
      Slot& slot = locate(arg, handle, p, sh);  // freed meanwhile by another thread: stale
      if (slot.scope != owner) return;           // (only this thread retags its scopes' handles)
      slot.scope = parent != nullptr ? parent->id : 0;
    }
    if (parent != nullptr) parent->handles.push_back(handle);  // room made above
  }

  // The number of scopes the calling thread has open in this table.
  int64_t scope_depth() const noexcept {
    const detail::TableScopes* ts = detail::thread_scopes(serial_);
    return ts != nullptr ? static_cast<int64_t>(ts->frames.size()) : 0;
  }

  // ---- census -------------------------------------------------------------------------------
  // Live values per origin (insert()'s `origin`; "(unnamed)" for null), most first, then by
  // name. A snapshot: exact when no call is in flight.
  std::vector<std::pair<std::string, int64_t>> census() const {
    std::vector<const char*> origins;
    origins.reserve(static_cast<size_t>(std::max<int64_t>(live(), 0)) + 64);
    for (const Shard& sh : shards_) {
      std::lock_guard lock(sh.mu);
      const uint32_t n = sh.size.load(std::memory_order_relaxed);
      for (uint32_t i = 0; i < n; ++i) {
        const Slot& slot = slot_at(sh, i);
        if (slot.tag.load(std::memory_order_relaxed) & 1u) origins.push_back(slot.origin);
      }
    }
    std::map<std::string_view, int64_t> counts;
    for (const char* o : origins) ++counts[o != nullptr ? std::string_view(o) : std::string_view("(unnamed)")];
    std::vector<std::pair<std::string, int64_t>> out;
    out.reserve(counts.size());
    for (const auto& [name, n] : counts) out.emplace_back(std::string(name), n);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
  }

  // Exact when no call is in flight; a consistent-enough snapshot otherwise.
  int64_t live() const noexcept {
    int64_t n = 0;
    for (const Shard& sh : shards_) n += sh.live.load(std::memory_order_relaxed);
    return n;
  }

  // Frees every live handle (they all become stale).  Values are destroyed
  // outside the shard locks.
  void clear() {
    for (Shard& sh : shards_) {
      std::vector<T> doomed;
      std::lock_guard lock(sh.mu);
      doomed.reserve(static_cast<size_t>(sh.live.load(std::memory_order_relaxed)));
      const uint32_t n = sh.size.load(std::memory_order_relaxed);
      for (uint32_t i = 0; i < n; ++i) {
        Slot& slot = slot_at(sh, i);
        if (!(slot.tag.load(std::memory_order_relaxed) & 1u)) continue;
        std::optional<T> value;
        if (take_locked(sh, i, slot, value)) doomed.push_back(std::move(*value));  // reserved above
      }
      // `lock` is released before `doomed` is destroyed (reverse declaration order).
    }
    if (pending_.load(std::memory_order_relaxed) != 0) reclaim(true);  // a value may have been retired
  }

 private:
  struct Slot {
    std::atomic<uint32_t> tag{0};  // generation << 1 | occupied; the generation is that of the
                                   // current (or next) occupant
    uint32_t retired_next = 0;     // retired list: index + 1 of the next retired slot (0: end)
    std::optional<T> value;
    const char* origin = nullptr;  // what created the occupant (census)
    int64_t scope = 0;             // the scope the occupant belongs to (0: none)
  };
  // Slot storage: segments of 1024 slots, allocated as a shard grows; a segment never moves
  // once allocated (readers index it without a lock).
  static constexpr uint32_t kSegmentBits = 10;
  static constexpr uint32_t kSegmentSlots = 1u << kSegmentBits;
  static constexpr uint32_t kSegments = kSlotsPerShard >> kSegmentBits;
  struct alignas(64) Shard {
    // Written by inserts and removals (the home thread, mostly).
    mutable detail::SpinLock mu;
    std::atomic<int64_t> live{0};               // written under mu, read without
    std::atomic<uint32_t> retired_count{0};     // written under mu, read without
    uint32_t retired_head = 0;                  // index + 1 of the first retired slot (0: none)
    std::vector<uint32_t> free;
    // Read by every borrow, written rarely: a cache line of their own.
    alignas(64) std::atomic<uint32_t> size{0};  // slots ever used (readers: bounds check)
    std::atomic<uint64_t> readers{0};           // bit i: hazard record i has read this shard
    std::array<std::atomic<Slot*>, kSegments> segments{};
  };

  STF_INLINE static constexpr uint32_t occupied_tag(uint32_t generation) noexcept { return (generation << 1) | 1u; }
  // The tag of the slot a handle names while that handle is alive: its generation, occupied.
  STF_INLINE static constexpr uint32_t live_tag(int64_t handle) noexcept {
    return (static_cast<uint32_t>(static_cast<uint64_t>(handle) >> (kGenShift - 1)) & ~1u) | 1u;
  }

  // The slot at `idx` (< size).
  STF_INLINE static Slot& slot_at(const Shard& sh, uint32_t idx) noexcept {
    return sh.segments[idx >> kSegmentBits].load(std::memory_order_acquire)[idx & (kSegmentSlots - 1)];
  }

  // Caller holds sh.mu and `slot` (at idx) is occupied. Frees it: the handle is stale from now
  // on. Moves the value into `out` and returns true, or, when a reader holds it, retires the
  // slot and returns false (the value stays where it is; reclaim() destroys it later).
  STF_INLINE bool take_locked(Shard& sh, uint32_t idx, Slot& slot, std::optional<T>& out) noexcept {
    const uint32_t gen = slot.tag.load(std::memory_order_relaxed) >> 1;
    slot.tag.store(((gen + 1) & kGenMask) << 1, std::memory_order_seq_cst);
    sh.live.store(sh.live.load(std::memory_order_relaxed) - 1, std::memory_order_relaxed);
    if (detail::is_hazard(&slot, sh.readers.load(std::memory_order_seq_cst))) [[unlikely]] {
      retire_locked(sh, idx, slot);
      return false;
    }
    out.emplace(std::move(*slot.value));
    slot.value.reset();
    sh.free.push_back(idx);  // capacity reserved in insert_slot(): no allocation
    return true;
  }

  // Caller holds sh.mu: `slot` (at idx), just freed, is still being read.
  STF_COLD void retire_locked(Shard& sh, uint32_t idx, Slot& slot) noexcept {
    slot.retired_next = sh.retired_head;
    sh.retired_head = idx + 1;
    sh.retired_count.store(sh.retired_count.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    pending_.fetch_add(1, std::memory_order_seq_cst);
    retirements_.fetch_add(1, std::memory_order_relaxed);
  }

  // Caller holds sh.mu; `idx` is an unoccupied slot of shard `s`, off the free list.
  STF_INLINE int64_t occupy_locked(Shard& sh, uint32_t s, uint32_t idx, T&& value, const char* origin,
                                   int64_t scope) noexcept {
    Slot& slot = slot_at(sh, idx);
    slot.value.emplace(std::move(value));  // nothrow (static_assert above)
    slot.origin = origin;
    slot.scope = scope;
    const uint32_t gen = slot.tag.load(std::memory_order_relaxed) >> 1;
    slot.tag.store(occupied_tag(gen), std::memory_order_release);  // publishes the value
    sh.live.store(sh.live.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    return encode({table_id_, gen, s, idx});
  }

  // insert() with a scope open on this thread or retired values pending.
  STF_COLD int64_t insert_slow(T&& value, const char* origin) {
    if (pending_.load(std::memory_order_relaxed) != 0) reclaim();
    detail::ScopeFrame* frame = detail::tls_open_scopes != 0 ? innermost_frame() : nullptr;
    if (frame != nullptr) make_room(*frame);
    const int64_t scope = frame != nullptr ? frame->id : 0;
    const int64_t h = insert_slot(std::move(value), origin, scope);
    if (frame != nullptr) frame->handles.push_back(h);  // capacity made above: no allocation
    return h;
  }

  // Any shard with room, from the calling thread's home shard on (growing its storage).
  STF_COLD int64_t insert_slot(T&& value, const char* origin, int64_t scope) {
    const uint32_t home = detail::home_shard();
    for (uint32_t i = 0; i < kShards; ++i) {
      const uint32_t s = (home + i) & (kShards - 1);
      Shard& sh = shards_[s];
      std::lock_guard lock(sh.mu);
      uint32_t idx;
      if (!sh.free.empty()) {
        idx = sh.free.back();
        sh.free.pop_back();
      } else if (const uint32_t n = sh.size.load(std::memory_order_relaxed); n < kSlotsPerShard) {
        // Keep free-list capacity >= slot count so removals never allocate.
        if (sh.free.capacity() < size_t{n} + 1) sh.free.reserve(std::max<size_t>(64, 2 * size_t{n}));
        std::atomic<Slot*>& segment = sh.segments[n >> kSegmentBits];
        if (segment.load(std::memory_order_relaxed) == nullptr) {
          segment.store(new Slot[kSegmentSlots], std::memory_order_release);  // may throw: nothing changed
        }
        idx = n;
        sh.size.store(n + 1, std::memory_order_release);  // the slot is unoccupied: readers refuse it
      } else {
        continue;  // shard full: spill over to the next one
      }
      return occupy_locked(sh, s, idx, std::move(value), origin, scope);
    }
    raise(ErrorKind::OutOfMemory, "handle table exhausted (" + std::to_string(uint64_t{kShards} * kSlotsPerShard) +
                                      " live handles)");
  }

  // The calling thread's innermost open scope in this table, or null.
  detail::ScopeFrame* innermost_frame() const noexcept {
    detail::TableScopes* ts = detail::thread_scopes(serial_);
    return ts != nullptr && !ts->frames.empty() ? &ts->frames.back() : nullptr;
  }

  // Drops this table's entry from the thread's registry once it has no open scope.
  void forget_if_empty() noexcept {
    auto& all = detail::tls_scopes;
    for (size_t i = 0; i < all.size(); ++i) {
      if (all[i].table == serial_ && all[i].frames.empty()) {
        if (i + 1 != all.size()) all[i] = std::move(all.back());
        all.pop_back();
        return;
      }
    }
  }

  // Caller holds sh.mu. The slot `handle` names if it is alive and belongs to `scope`.
  Slot* scoped_slot_locked(const Shard& sh, const Parts& p, int64_t scope) const noexcept {
    if (p.slot >= sh.size.load(std::memory_order_relaxed)) return nullptr;
    Slot& slot = slot_at(sh, p.slot);
    const bool alive = slot.tag.load(std::memory_order_relaxed) == occupied_tag(p.generation);
    return alive && slot.scope == scope ? &slot : nullptr;
  }

  // Whether `handle` is alive and belongs to `scope`.
  bool in_scope(int64_t handle, int64_t scope) const noexcept {
    const Parts p = decode(handle);
    const Shard& sh = shards_[p.shard];
    std::lock_guard lock(sh.mu);
    return scoped_slot_locked(sh, p, scope) != nullptr;
  }

  // Makes room for one more handle in a scope's list (may throw std::bad_alloc, before
  // anything changes). A full list first drops the handles no longer in the scope; it grows
  // (doubling) when more than half remain, so the work stays amortized O(1) per handle.
  void make_room(detail::ScopeFrame& frame) const {
    std::vector<int64_t>& hs = frame.handles;
    if (hs.size() < hs.capacity()) return;
    if (hs.size() >= 64) {
      std::erase_if(hs, [&](int64_t h) { return !in_scope(h, frame.id); });
      if (hs.size() <= hs.capacity() / 2) return;
    }
    hs.reserve(std::max<size_t>(16, 2 * hs.capacity()));
  }

  // Frees `handle` if it is alive and belongs to `scope`; the value is destroyed outside
  // the lock (or retired while a reader holds it).
  bool remove_if_in_scope(int64_t handle, int64_t scope) noexcept {
    const Parts p = decode(handle);
    Shard& sh = shards_[p.shard];
    std::optional<T> doomed;
    {
      std::lock_guard lock(sh.mu);
      Slot* slot = scoped_slot_locked(sh, p, scope);
      if (slot == nullptr) return false;
      take_locked(sh, p.slot, *slot, doomed);
    }
    return true;
  }

  [[noreturn]] STF_COLD static void bad_handle(const char* arg, int64_t handle, const char* what) {
    raise(ErrorKind::InvalidHandle, detail::arg_prefix(arg) + "handle " + std::to_string(handle) + " " + what);
  }
  [[noreturn]] STF_COLD static void never_issued(const char* arg, int64_t handle) {
    bad_handle(arg, handle, "was never issued");
  }

  // A slot whose tag does not match the handle: stale (an older generation) or never issued.
  [[noreturn]] STF_COLD static void bad_tag(const char* arg, int64_t handle, uint32_t generation, uint32_t tag) {
    if (generation < (tag >> 1)) bad_handle(arg, handle, "is stale (already freed)");
    bad_handle(arg, handle, "was never issued");
  }

  // Checks that need no lock: null, sign, table id.
  STF_INLINE Parts check_bits(const char* arg, int64_t handle) const {
    if (handle <= 0 || static_cast<uint32_t>(static_cast<uint64_t>(handle) >> kTableShift) != table_id_) [[unlikely]] {
      bad_bits(arg, handle);
    }
    return decode(handle);
  }
  [[noreturn]] STF_COLD void bad_bits(const char* arg, int64_t handle) const {
    if (handle == 0) bad_handle(arg, handle, "is null");
    if (handle < 0) bad_handle(arg, handle, "is negative");
    bad_handle(arg, handle, "belongs to another table");
  }

  // Caller holds sh.mu. The occupied slot the handle names, or null.
  STF_INLINE static Slot* locate_or_null(int64_t handle, const Shard& sh) noexcept {
    const uint32_t idx = decode(handle).slot;
    if (idx >= sh.size.load(std::memory_order_relaxed)) [[unlikely]] return nullptr;
    Slot& slot = slot_at(sh, idx);
    return slot.tag.load(std::memory_order_relaxed) == live_tag(handle) ? &slot : nullptr;
  }

  // Caller holds sh.mu and locate_or_null() refused the handle: unlocks, throws why.
  [[noreturn]] STF_COLD static void refuse_locked(const char* arg, int64_t handle, Shard& sh) {
    const Parts p = decode(handle);
    const bool issued = p.slot < sh.size.load(std::memory_order_relaxed);
    const uint32_t tag = issued ? slot_at(sh, p.slot).tag.load(std::memory_order_relaxed) : 0;
    sh.mu.unlock();
    if (!issued) never_issued(arg, handle);
    bad_tag(arg, handle, p.generation, tag);
  }

  // Caller holds sh.mu.  Returns the occupied slot the handle names, or throws.
  static Slot& locate(const char* arg, int64_t handle, const Parts& p, const Shard& sh) {
    if (p.slot >= sh.size.load(std::memory_order_relaxed)) never_issued(arg, handle);
    Slot& slot = slot_at(sh, p.slot);
    const uint32_t tag = slot.tag.load(std::memory_order_relaxed);
    if (tag != occupied_tag(p.generation)) bad_tag(arg, handle, p.generation, tag);
    return slot;
  }

  const uint8_t table_id_;
  const uint64_t serial_;  // tells this table's scopes from those of tables created before
  std::atomic<int64_t> pending_{0};  // retired values not yet destroyed (all shards)
  std::atomic<int64_t> retirements_{0};  // values ever retired (tests, diagnostics)
  std::array<Shard, kShards> shards_;
};

// The census as text: one line "<origin> <count>" per origin, most first, then by name
// ("" when nothing is alive). Borrowed: valid until the next census_text() on this thread.
template <class T>
const char* census_text(const HandleTable<T>& table) {
  std::string text;
  for (const auto& [name, n] : table.census()) {
    text.append(name).append(" ").append(std::to_string(n)).append("\n");
  }
  detail::tls_census = std::move(text);
  return detail::tls_census.c_str();
}

}  // namespace stf
