import Foundation

/// The process's peak resident memory (Linux `VmHWM`), for the benchmarks' memory targets.
public enum PeakMemory {
    /// The high-water mark of the resident set in kilobytes; nil where `/proc` does not say.
    public static func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
    }

    /// The high-water mark in megabytes (0 where `/proc` does not say).
    public static var megabytes: Double { Double(residentKilobytes() ?? 0) / 1_024 }

    /// Starts the high-water mark again from the present resident set (Linux 4.0 and later), so that a benchmark
    /// can tell its phases' peaks apart; returns false where the kernel refuses, and the mark goes on.
    @discardableResult
    public static func reset() -> Bool {
        guard let file = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? file.close() }
        return (try? file.write(contentsOf: Data("5".utf8))) != nil
    }
}
