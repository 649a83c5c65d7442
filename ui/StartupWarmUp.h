#pragma once

#include <thread>

// Loads, on a second core, what Qt otherwise loads on the UI thread the first time the
// window needs it, while that thread opens the profile and makes the window:
// - the font database: fontconfig reads its configuration and font list, ~8 ms here, the
//   single largest part of drawing any first text (the bare QMainWindow pays it too);
// - the image format plugins: the menu bar's extension icon (a PNG) has QImageReader
//   probe every installed plugin by content, none of which reads PNG, so the UI thread
//   would load them all anyway.
// Both are shared by all threads behind Qt's own locks (QFontDatabase is documented
// thread-safe), so nothing is done twice: the UI thread that needs one before the
// warm-up is through waits on that lock for the rest. Then it writes the heap a
// HeapPreTouch set aside, if given one. On a single core it would only compete with the
// UI thread, so it does nothing there.
// The console's start to its first painted window: `sitrep-bench ui` (ui.cold_start).

namespace Sitrep {

class HeapPreTouch;

class StartupWarmUp
{
public:
    // Needs the QGuiApplication made. Start it after anything that may exit() (the
    // command line's --help): the thread is joined in the destructor. heap, if any, must
    // outlive it.
    explicit StartupWarmUp(HeapPreTouch *heap = nullptr);
    // Whether there is a second core to do it on (HeapPreTouch asks too).
    static bool hasASecondCore();
    ~StartupWarmUp();

    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

private:
    std::thread m_thread;
};

} // namespace Sitrep
