import Foundation

extension Process {
    /// Waits until the process has exited, as `waitUntilExit()` does, but returns within a few milliseconds of the
    /// exit. swift-corelibs-foundation's `waitUntilExit()` runs the run loop in 50 ms turns and is seldom woken
    /// early: measured, 50 runs of a `govctl report-urgent LVMS` that takes 12 ms took 54–57 ms each through it and
    /// 11.5–12.2 ms this way, and the tests start govctl about 2,500 times. `make lint` refuses `waitUntilExit()` in
    /// Tests.
    package func waitForExit() {
        var waited = 0
        while isRunning {
            // Every millisecond for the first 50 ms (most runs), then every 5 ms (servers, long runs).
            usleep(waited < 50 ? 1_000 : 5_000)
            waited += 1
        }
        // Returns at once now that the process is not running; it lets go of the run-loop source that `run()` added
        // to this thread, which holds on to the process (and so to its pipes) until then.
        waitUntilExit()
    }
}
