import CoreMetrics
import Foundation
import Prometheus

/// The figures every service exposes on `/metrics`, labelled with the service's name.
///
/// Each service gets its own Prometheus registry rather than the process-wide `MetricsSystem`, so that several
/// services in one process (the replay, the tests) keep their figures apart.
public struct ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    let consumed: CoreMetrics.Counter
    let applied: CoreMetrics.Counter
    let duplicatesSkipped: CoreMetrics.Counter
    let deadLettered: CoreMetrics.Counter
    let produced: CoreMetrics.Counter
    let publishFailures: CoreMetrics.Counter
    let batchLatency: CoreMetrics.Timer
    let consumerLag: CoreMetrics.Gauge
    let outboxBacklog: CoreMetrics.Gauge
    let ignored: CoreMetrics.Counter
    let deadlinesFired: CoreMetrics.Counter
    let deadlineFailures: CoreMetrics.Counter
    let deadlinesParked: CoreMetrics.Gauge
    let deadlineLag: CoreMetrics.Timer
    /// Years without a calendar file whose working days were taken as Monday–Friday (issue 13 item 7).
    let calendarGuessedYears: CoreMetrics.Gauge
    /// Messages decided ahead of their transaction whose decision was carried out, and those decided again because
    /// the ticket's state had changed since (`DecidedAhead`).
    let decidedAheadUsed: CoreMetrics.Counter
    let decidedAheadStale: CoreMetrics.Counter

    private let factory: PrometheusMetricsFactory
    private let service: String

    public init(service: String, registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        let factory = PrometheusMetricsFactory(registry: registry)
        self.factory = factory
        self.service = service
        let labels = [("service", service)]
        consumed = CoreMetrics.Counter(label: "complaints_messages_consumed_total", dimensions: labels, factory: factory)
        applied = CoreMetrics.Counter(label: "complaints_messages_applied_total", dimensions: labels, factory: factory)
        duplicatesSkipped = CoreMetrics.Counter(label: "complaints_duplicates_skipped_total", dimensions: labels, factory: factory)
        deadLettered = CoreMetrics.Counter(label: "complaints_dead_lettered_total", dimensions: labels, factory: factory)
        produced = CoreMetrics.Counter(label: "complaints_events_produced_total", dimensions: labels, factory: factory)
        publishFailures = CoreMetrics.Counter(label: "complaints_publish_failures_total", dimensions: labels, factory: factory)
        batchLatency = CoreMetrics.Timer(label: "complaints_batch_seconds", dimensions: labels, factory: factory)
        consumerLag = CoreMetrics.Gauge(label: "complaints_consumer_lag", dimensions: labels, factory: factory)
        outboxBacklog = CoreMetrics.Gauge(label: "complaints_outbox_backlog", dimensions: labels, factory: factory)
        ignored = CoreMetrics.Counter(label: "complaints_messages_ignored_total", dimensions: labels, factory: factory)
        deadlinesFired = CoreMetrics.Counter(label: "complaints_deadlines_fired_total", dimensions: labels, factory: factory)
        deadlineFailures = CoreMetrics.Counter(
            label: "complaints_deadline_failures_total", dimensions: labels, factory: factory)
        deadlinesParked = CoreMetrics.Gauge(label: "complaints_deadlines_parked", dimensions: labels, factory: factory)
        deadlineLag = CoreMetrics.Timer(label: "complaints_deadline_lag_seconds", dimensions: labels, factory: factory)
        calendarGuessedYears = CoreMetrics.Gauge(
            label: "complaints_calendar_guessed_years", dimensions: labels, factory: factory)
        decidedAheadUsed = CoreMetrics.Counter(
            label: "complaints_decided_ahead_total", dimensions: labels + [("result", "used")], factory: factory)
        decidedAheadStale = CoreMetrics.Counter(
            label: "complaints_decided_ahead_total", dimensions: labels + [("result", "decided_again")], factory: factory)
    }

    /// Rows the pruner deleted from `table`.
    func pruned(_ table: String) -> CoreMetrics.Counter {
        CoreMetrics.Counter(
            label: "complaints_pruned_rows_total", dimensions: [("service", service), ("table", table)], factory: factory)
    }

    /// The Prometheus text exposition of every figure.
    public func exposition() -> String { registry.emitToString() }
}
