import Contracts

/// A channel with national limits of its own. 12345 (the citizens' government hotline) has limits but no `Channel`
/// in the contracts yet, so the bounds name their channels with this type rather than `Channel`.
public enum BoundChannel: String, CaseIterable, Sendable, Codable {
    /// The 95598 hotline.
    case hotline95598 = "95598"
    /// The 12398 energy regulator line.
    case regulator12398 = "12398"
    /// The 12345 government service hotline.
    case government12345 = "12345"

    /// The bound channel of a ticket's channel; nil for channels without limits of their own (hall, letter, …).
    public init?(_ channel: Channel) {
        switch channel {
        case .hotline95598: self = .hotline95598
        case .regulator12398: self = .regulator12398
        case .hall, .letter, .visit, .online, .gridPhone: return nil
        }
    }
}
