import Contracts
import Foundation
import HandlingLadder

/// The steps a ticket went through, each against its limit, for the closed ticket's story: the ladder's steps as
/// routing's assignments and the units' reports start and end them, and the callbacks.
public struct StepTrack: Codable, Sendable, Equatable {
    public struct Step: Codable, Sendable, Equatable {
        public var step: String
        public var unit: String
        public var tier: Tier
        public var startedAt: Date
        public var dueAt: Date
        public var limit: String
        public var endedAt: Date?
        /// Escalation reported it missed.
        public var missed = false
    }

    public private(set) var steps: [Step] = []

    init() {}

    /// A track as stored.
    init(steps: [Step]) { self.steps = steps }

    /// The step running now.
    public var running: Step? { steps.last.flatMap { $0.endedAt == nil ? $0 : nil } }

    /// Ends the running step at `time`, and starts `step` there.
    mutating func start(_ step: String, unit: String, tier: Tier, at time: Date, due: Date, limit: String) {
        end(at: time)
        steps.append(Step(step: step, unit: unit, tier: tier, startedAt: time, dueAt: due, limit: limit))
    }

    /// Ends the running step, if any, at `time`.
    mutating func end(at time: Date) {
        guard running != nil else { return }
        steps[steps.count - 1].endedAt = time
    }

    /// Escalation reported `step` missed: the latest step of that id.
    mutating func missed(_ step: String) {
        guard let index = steps.lastIndex(where: { $0.step == step }) else { return }
        steps[index].missed = true
    }

    /// The steps as the story lists them, a running one ended at `closedAt`.
    func records(closedAt: Date) -> [ComplaintClosed.StepRecord] {
        steps.map { step in
            let ended = step.endedAt ?? closedAt
            return .init(
                step: step.step, unit: step.unit, tier: step.tier, startedAt: step.startedAt, dueAt: step.dueAt,
                endedAt: ended, limit: step.limit, tookSeconds: max(0, Int(ended.timeIntervalSince(step.startedAt).rounded())),
                onTime: !step.missed && ended <= step.dueAt)
        }
    }
}
