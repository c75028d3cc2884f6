import Foundation

/// A process's peak resident memory (Linux `VmHWM`), for the benchmarks' memory targets.
public enum PeakMemory {
    /// The high-water mark of the resident set of process `pid` (this one by default) in kilobytes; nil where
    /// `/proc` does not say, as after the process ended.
    public static func residentKilobytes(of pid: Int32? = nil) -> Int? {
        let status = "/proc/\(pid.map(String.init) ?? "self")/status"
        guard let status = try? String(contentsOfFile: status, encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
    }

    /// This process's high-water mark in megabytes (0 where `/proc` does not say).
    public static var megabytes: Double { megabytes(of: nil) ?? 0 }

    /// Process `pid`'s high-water mark in megabytes; nil where `/proc` does not say.
    public static func megabytes(of pid: Int32?) -> Double? { residentKilobytes(of: pid).map { Double($0) / 1_024 } }

    /// Hands back to the system the heap glibc keeps after it was freed (`malloc_trim`), so that a benchmark's next
    /// run or phase starts from the memory in use, not from what the last one freed in other threads' arenas. For
    /// the harness only: no service calls it. Does nothing where the C library has no such call.
    public static func trim() {
        // Looked up at run time: Swift's Glibc module does not export malloc.h.
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)(0)
    }

    /// Starts the high-water mark again from the present resident set (Linux 4.0 and later), so that a benchmark
    /// can tell its phases' peaks apart; returns false where the kernel refuses, and the mark goes on.
    @discardableResult
    public static func reset() -> Bool {
        guard let file = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? file.close() }
        return (try? file.write(contentsOf: Data("5".utf8))) != nil
    }
}
