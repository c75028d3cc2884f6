import Foundation

/// Files of this repository, found from this source file's location, for tests and benchmarks run from anywhere.
public enum RepositoryFiles {
    /// The directory holding Package.swift.
    public static let root: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory.deleteLastPathComponent()
        }
        preconditionFailure("no Package.swift above \(#filePath)")
    }()

    public static var topics: URL { root.appendingPathComponent("topics", isDirectory: true) }
    public static var calendars: URL { root.appendingPathComponent("services/calendar", isDirectory: true) }
    public static var intakeData: URL { root.appendingPathComponent("services/intake", isDirectory: true) }

    /// The file at `path`, relative to the repository's root.
    public static func file(_ path: String) -> URL { root.appendingPathComponent(path) }
}
