import Foundation

/// Where the embedded broker writes its bootstrap address and where the other processes read it.
public struct BootstrapFile: Sendable {
    /// Environment variable naming the file.
    public static let pathVariable = "COMPLAINTS_BOOTSTRAP_FILE"
    /// Environment variable with the address itself (a real cluster); it wins over the file.
    public static let serversVariable = "KAFKA_BOOTSTRAP_SERVERS"
    public static let defaultPath = ".run/bootstrap.servers"

    public let url: URL

    public init(url: URL) { self.url = url }

    /// The file named by the environment, else `.run/bootstrap.servers` under the current directory.
    public init(environment: [String: String]) {
        url = URL(filePath: environment[BootstrapFile.pathVariable] ?? BootstrapFile.defaultPath)
    }

    /// Writes the address atomically, creating the folder.
    public func write(_ servers: String) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((servers + "\n").utf8).write(to: url, options: .atomic)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    /// The address from the environment, else from the file.
    public static func servers(environment: [String: String]) throws(BootstrapError) -> String {
        if let servers = environment[serversVariable], !servers.isEmpty { return servers }
        let file = BootstrapFile(environment: environment)
        guard let data = try? Data(contentsOf: file.url),
              let text = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
              !text.isEmpty
        else { throw BootstrapError(path: file.url.path) }
        return text
    }
}

/// Neither `KAFKA_BOOTSTRAP_SERVERS` nor the embedded broker's bootstrap file gives an address.
public struct BootstrapError: Error, CustomStringConvertible, Sendable {
    public let path: String

    public var description: String {
        "no Kafka address: set \(BootstrapFile.serversVariable), or start the embedded broker (scripts/run or "
            + "`swift run devbroker`), which writes \(path)"
    }
}
