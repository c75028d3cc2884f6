import ServiceKit

extension ServiceData {
    /// The shared ladder from the `ladder` folder beside a service's data folder (`services/ladder/limits.json`):
    /// routing, escalation and the callback service read the same file, so they never disagree on a step's limit.
    /// A bad file stops the start with every problem listed.
    public func sharedLadder() throws(ServiceDataError) -> Ladder {
        let limits = try sibling("ladder").decode(LadderLimits.self, from: LadderLimits.fileName) { $0.problems() }
        do {
            return try Ladder(limits: limits)
        } catch {
            throw ServiceDataError(file: sibling("ladder").file(LadderLimits.fileName).path, problems: error.problems)
        }
    }
}
