import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ServiceKit
import Synchronization
import TestFixtures
import Testing

@Suite struct OperationsServerTests {
    /// Starts the endpoints on a free port, runs `body` with the port, then shuts them down.
    private func withServer(
        ready: @escaping @Sendable () -> ReadinessReport, metrics: ServiceMetrics,
        _ body: (Int) async throws -> Void
    ) async throws {
        let port = Mutex(0)
        let server = OperationsServer(host: "127.0.0.1", port: 0, metrics: metrics, readiness: ready, logger: runtimeLogger)
            .makeService { bound in port.withLock { $0 = bound } }
        let running = BackgroundServices([server], logger: runtimeLogger)
        #expect(await eventually { port.withLock { $0 } > 0 })
        try await body(port.withLock { $0 })
        try await running.stop()
    }

    private func get(_ path: String, port: Int) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func healthReadinessAndMetricsAreServed() async throws {
        let problems = Mutex<[String]>(["not yet consuming"])
        let metrics = ServiceMetrics(service: "intake")
        try await withServer(ready: { ReadinessReport(problems: problems.withLock { $0 }) }, metrics: metrics) { port in
            #expect(try await get("/healthz", port: port).status == 200)
            let notReady = try await get("/readyz", port: port)
            #expect(notReady.status == 503)
            #expect(notReady.body.contains("not yet consuming"))
            problems.withLock { $0 = [] }
            #expect(try await get("/readyz", port: port).status == 200)
            let exposition = try await get("/metrics", port: port)
            #expect(exposition.status == 200)
            for name in ["complaints_messages_consumed_total", "complaints_duplicates_skipped_total",
                         "complaints_dead_lettered_total", "complaints_events_produced_total",
                         "complaints_batch_seconds", "complaints_consumer_lag", "complaints_outbox_backlog",
                         "complaints_calendar_guessed_years"] {
                #expect(exposition.body.contains(name), "\(name) is exposed")
            }
            #expect(exposition.body.contains(#"service="intake""#))
        }
    }
}
