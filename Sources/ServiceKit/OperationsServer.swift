import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The operators' HTTP endpoints: `/healthz` (the process runs), `/readyz` (it consumes and can publish) and
/// Prometheus `/metrics`.
public struct OperationsServer: Sendable {
    /// Answers whether the service is ready, and if not, why.
    public typealias Readiness = @Sendable () -> ReadinessReport

    private let host: String
    private let port: Int
    private let metrics: ServiceMetrics
    private let readiness: Readiness
    private let logger: Logger

    public init(host: String, port: Int, metrics: ServiceMetrics, readiness: @escaping Readiness, logger: Logger) {
        self.host = host
        self.port = port
        self.metrics = metrics
        self.readiness = readiness
        self.logger = logger
    }

    /// The HTTP server as a lifecycle service; `onListening` receives the bound port (useful with port 0).
    public func makeService(onListening: @escaping @Sendable (Int) async -> Void = { _ in }) -> any Service {
        let router = Router()
        router.get("healthz") { _, _ in "ok\n" }
        router.get("readyz") { [readiness] _, _ -> Response in
            let report = readiness()
            return Response(
                status: report.isReady ? .ok : .serviceUnavailable,
                headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: report.text)))
        }
        router.get("metrics") { [metrics] _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
        return Application(
            router: router, configuration: .init(address: .hostname(host, port: port)),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
    }
}

/// Whether a service can do its work now, with the reasons when it cannot.
public struct ReadinessReport: Sendable {
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    public var isReady: Bool { problems.isEmpty }
    var text: String { isReady ? "ready\n" : problems.map { "not ready: \($0)\n" }.joined() }
}
