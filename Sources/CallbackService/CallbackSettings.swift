import Contracts
import ServiceKit

/// The callback service's figures (`services/callback/callback.json`); the callbacks' limits (C1, C3, H10) are the
/// shared ladder's (`services/ladder/limits.json`).
public struct CallbackSettings: Sendable, Equatable, Decodable {
    /// A try after the customer could not be reached: how long after the failed one, and how.
    public struct Retry: Sendable, Equatable, Decodable {
        public var afterMinutes: Int
        public var method: ContactMethod

        public init(afterMinutes: Int, method: ContactMethod) {
            self.afterMinutes = afterMinutes
            self.method = method
        }
    }

    /// The tries after the first call failed to reach the customer, in order; after the last, the ticket closes as
    /// unreachable.
    public var unreachableRetries: [Retry]

    /// The file's name in the callback data folder.
    public static let fileName = "callback.json"

    public init(unreachableRetries: [Retry]) { self.unreachableRetries = unreachableRetries }

    /// Everything wrong with the figures, for the error that stops the start.
    public func problems() -> [String] {
        unreachableRetries.enumerated().compactMap { index, retry in
            retry.afterMinutes < 1 ? "unreachableRetries[\(index)].afterMinutes: \(retry.afterMinutes) must be at least 1" : nil
        }
    }

    static func load(from data: ServiceData) throws(ServiceDataError) -> CallbackSettings {
        try data.decode(CallbackSettings.self, from: fileName) { $0.problems() }
    }
}
