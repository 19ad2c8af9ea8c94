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
// Concurrency: each shard has its own spinlock, slot storage (std::deque: growth
// never moves existing slots) and free list.  insert() uses a shard chosen by a
// hash of the calling thread's id, so threads rarely contend; get()/remove()
// lock only the shard named by the handle.  Removed values are destroyed after
// the shard lock is released (destructors may be slow or re-enter the table).
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

#include <array>
#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "errors.h"

namespace stf {

namespace detail {
// Home shard of the calling thread (stable for the thread's lifetime).
inline uint32_t thread_shard_hash() noexcept {
  thread_local const uint32_t h = [] {
    uint64_t x = std::hash<std::thread::id>{}(std::this_thread::get_id());
    // splitmix64 finaliser: pthread ids are aligned addresses with poor low bits.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<uint32_t>(x ^ (x >> 31));
  }();
  return h;
}

// A test-and-test-and-set spinlock for the shards' short critical sections (a slot lookup and a
// reference-count increment). Uncontended it is one atomic exchange and one store, cheaper than
// std::mutex on the per-call hot path; under contention it spins briefly, then yields.
class SpinLock {
 public:
  void lock() noexcept {
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
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }

 private:
  std::atomic<bool> locked_{false};
};

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
  const uint64_t tag = thread_shard_hash() & 0x7FFFFFFFu;
  return static_cast<int64_t>((tag << 32) | tls_scope_counter);
}

// The text census_text() hands out: valid until the next census_text() on this thread.
inline thread_local std::string tls_census;
}  // namespace detail

template <class T>
class HandleTable {
  static_assert(std::is_nothrow_move_constructible_v<T>, "HandleTable values must be nothrow-movable");

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

  uint8_t table_id() const noexcept { return table_id_; }

  // Stores `value` and returns its new handle; `origin` (a string literal, or null) names what
  // created it, for census(). When the calling thread has an open scope in this table, the
  // handle belongs to its innermost one. Throws Error(OutOfMemory) if every shard is full,
  // std::bad_alloc if slot (or scope) storage cannot grow; nothing is stored then.
  int64_t insert(T value, const char* origin = nullptr) {
    detail::ScopeFrame* frame = detail::tls_open_scopes != 0 ? innermost_frame() : nullptr;
    if (frame != nullptr) make_room(*frame);
    const int64_t scope = frame != nullptr ? frame->id : 0;
    const int64_t h = insert_slot(std::move(value), origin, scope);
    if (frame != nullptr) frame->handles.push_back(h);  // capacity made above: no allocation
    return h;
  }

  // Returns a copy of the value.  Throws Error(InvalidHandle) on a bad handle.
  T get(const char* arg, int64_t handle) const {
    const Parts p = check_bits(arg, handle);
    const Shard& sh = shards_[p.shard];
    std::lock_guard lock(sh.mu);
    return *locate(arg, handle, p, sh).value;
  }

  // Frees the handle; the value is destroyed outside the lock.  Freeing twice
  // reports the handle as stale.
  void remove(const char* arg, int64_t handle) {
    const Parts p = check_bits(arg, handle);
    Shard& sh = shards_[p.shard];
    std::optional<T> doomed;
    {
      std::lock_guard lock(sh.mu);
      Slot& slot = locate(arg, handle, p, sh);
      doomed.emplace(std::move(*slot.value));
      slot.value.reset();
      slot.generation = (slot.generation + 1) & kGenMask;
      sh.free.push_back(p.slot);  // capacity reserved in insert(): no allocation
      sh.live.fetch_sub(1, std::memory_order_relaxed);
    }
  }

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
      for (const Slot& slot : sh.slots) {
        if (slot.value) origins.push_back(slot.origin);
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
      for (uint32_t i = 0; i < sh.slots.size(); ++i) {
        Slot& slot = sh.slots[i];
        if (!slot.value) continue;
        doomed.push_back(std::move(*slot.value));
        slot.value.reset();
        slot.generation = (slot.generation + 1) & kGenMask;
        sh.free.push_back(i);
      }
      sh.live.store(0, std::memory_order_relaxed);
      // `lock` is released before `doomed` is destroyed (reverse declaration order).
    }
  }

 private:
  struct Slot {
    std::optional<T> value;
    uint32_t generation = 0;      // generation of the current (or next) occupant
    const char* origin = nullptr;  // what created the occupant (census)
    int64_t scope = 0;             // the scope the occupant belongs to (0: none)
  };
  struct alignas(64) Shard {
    mutable detail::SpinLock mu;
    std::deque<Slot> slots;
    std::vector<uint32_t> free;
    std::atomic<int64_t> live{0};
  };

  int64_t insert_slot(T&& value, const char* origin, int64_t scope) {
    const uint32_t home = detail::thread_shard_hash();
    for (uint32_t i = 0; i < kShards; ++i) {
      const uint32_t s = (home + i) & (kShards - 1);
      Shard& sh = shards_[s];
      std::lock_guard lock(sh.mu);
      uint32_t idx;
      if (!sh.free.empty()) {
        idx = sh.free.back();
        sh.free.pop_back();
      } else if (sh.slots.size() < kSlotsPerShard) {
        // Keep free-list capacity >= slot count so remove() never allocates.
        if (sh.free.capacity() < sh.slots.size() + 1) sh.free.reserve(std::max<size_t>(64, 2 * sh.slots.size()));
        sh.slots.emplace_back();
        idx = static_cast<uint32_t>(sh.slots.size() - 1);
      } else {
        continue;  // shard full: spill over to the next one
      }
      Slot& slot = sh.slots[idx];
      slot.value.emplace(std::move(value));  // nothrow (static_assert above)
      slot.origin = origin;
      slot.scope = scope;
      sh.live.fetch_add(1, std::memory_order_relaxed);
      return encode({table_id_, slot.generation, s, idx});
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

  // Whether `handle` is alive and belongs to `scope`.
  bool in_scope(int64_t handle, int64_t scope) const noexcept {
    const Parts p = decode(handle);
    const Shard& sh = shards_[p.shard];
    std::lock_guard lock(sh.mu);
    if (p.slot >= sh.slots.size()) return false;
    const Slot& slot = sh.slots[p.slot];
    return slot.value && slot.generation == p.generation && slot.scope == scope;
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
  // the lock.
  bool remove_if_in_scope(int64_t handle, int64_t scope) noexcept {
    const Parts p = decode(handle);
    Shard& sh = shards_[p.shard];
    std::optional<T> doomed;
    {
      std::lock_guard lock(sh.mu);
      if (p.slot >= sh.slots.size()) return false;
      Slot& slot = sh.slots[p.slot];
      if (!slot.value || slot.generation != p.generation || slot.scope != scope) return false;
      doomed.emplace(std::move(*slot.value));
      slot.value.reset();
      slot.generation = (slot.generation + 1) & kGenMask;
      sh.free.push_back(p.slot);  // capacity reserved in insert_slot(): no allocation
      sh.live.fetch_sub(1, std::memory_order_relaxed);
    }
    return true;
  }

  [[noreturn]] static void bad_handle(const char* arg, int64_t handle, const char* what) {
    raise(ErrorKind::InvalidHandle, detail::arg_prefix(arg) + "handle " + std::to_string(handle) + " " + what);
  }

  // Checks that need no lock: null, sign, table id.
  Parts check_bits(const char* arg, int64_t handle) const {
    if (handle == 0) bad_handle(arg, handle, "is null");
    if (handle < 0) bad_handle(arg, handle, "is negative");
    const Parts p = decode(handle);
    if (p.table != table_id_) bad_handle(arg, handle, "belongs to another table");
    return p;
  }

  // Caller holds sh.mu.  Returns the occupied slot the handle names, or throws.
  template <class S>
  static auto& locate(const char* arg, int64_t handle, const Parts& p, S& sh) {
    if (p.slot >= sh.slots.size()) bad_handle(arg, handle, "was never issued");
    auto& slot = sh.slots[p.slot];
    if (p.generation == slot.generation && slot.value) return slot;
    if (p.generation < slot.generation) bad_handle(arg, handle, "is stale (already freed)");
    bad_handle(arg, handle, "was never issued");
  }

  const uint8_t table_id_;
  const uint64_t serial_;  // tells this table's scopes from those of tables created before
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
