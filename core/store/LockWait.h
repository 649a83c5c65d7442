#pragma once

namespace Sitrep {

// Whether taking the cache's write lock waits for another connection that holds it (up to
// LockWaitLimitMs), or gives up at once so that the caller can try again later instead
// of blocking its thread (read markers on the UI thread: Store::markRead).
enum class LockWait { Wait, DontWait };

// How long a writer waits for another connection's write lock before it fails.
inline constexpr int LockWaitLimitMs = 5000;

} // namespace Sitrep
