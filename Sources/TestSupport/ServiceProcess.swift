import Foundation
import TestFixtures

/// A built service executable running as a child process, so that a test can stop it the way an operator or a crash
/// would: SIGTERM, or SIGKILL with no chance to leave the consumer group or finish a batch.
public final class ServiceProcess {
    private let process: Process
    /// Where the process's standard output and error go; read back when a test fails.
    public let logFile: URL
    /// The moment the process was launched.
    public let launched: ContinuousClock.Instant

    /// Launches `executable` with `environment` laid over this process's environment, from which every
    /// `COMPLAINTS_*` and `KAFKA_*` setting is removed first so that the test alone decides them.
    public init(executable: URL, environment: [String: String], directory: URL, logFile: URL) throws {
        let inherited = ProcessInfo.processInfo.environment.filter { key, _ in
            !["COMPLAINTS_", "KAFKA_"].contains { key.hasPrefix($0) }
        }
        if !FileManager.default.fileExists(atPath: logFile.path) {
            _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        }
        let log = try FileHandle(forWritingTo: logFile)
        log.seekToEndOfFile()
        process = Process()
        process.executableURL = executable
        process.environment = inherited.merging(environment) { _, set in set }
        process.currentDirectoryURL = directory
        process.standardOutput = log
        process.standardError = log
        self.logFile = logFile
        launched = ContinuousClock.now
        try process.run()
    }

    public var isRunning: Bool { process.isRunning }

    public func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// The process's peak resident memory so far in megabytes (`VmHWM`); nil once it has ended.
    public var peakMegabytes: Double? { PeakMemory.megabytes(of: process.processIdentifier) }

    /// Waits for the process to end; its exit status, or nil if it still runs after `timeout`.
    public func exitStatus(within timeout: Duration = .seconds(30)) async -> Int32? {
        guard await eventually(timeout: timeout, { !process.isRunning }) else { return nil }
        return process.terminationStatus
    }

    /// The last lines the process wrote, for a failure's message.
    public func logTail(lines: Int = 40) -> String {
        let text = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// The executable `name` built beside the test bundle (`swift build --build-tests` builds every product there).
    public static func executable(_ name: String) -> URL? {
        let directories = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            RepositoryFiles.root.appendingPathComponent(".build/debug", isDirectory: true),
        ].compactMap { $0 }
        return directories.map { $0.appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
