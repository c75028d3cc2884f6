/// What is wrong with a field of a registered ticket (`complaint.registered`'s `dataProblems`): the ticket was
/// registered all the same (H1), and the hotline can correct the field.
public enum DataProblemCode: String, CaseIterable, Sendable, Codable {
    /// The field is absent or blank: no area, no way to match or reach the customer, no accepting person.
    case missing
    /// The value cannot be read in its format (a phone, an account, an area code); it is kept as given where a person
    /// may still use it (the phone) and left out otherwise.
    case unreadable
    /// Read, but something is missing from it: a local number without its area code.
    case incomplete
    /// Well formed, but the unit directory does not know it: an area no station serves, an accepting unit.
    case unknown
    /// It contradicts another field: a category that does not fit the ticket's type.
    case mismatch
    /// Longer than the hotline's records usually are; kept whole.
    case tooLong = "too-long"
    /// `receivedAt` is older than the window in which tickets are keyed in: a late entry.
    case late
    /// `receivedAt` is ahead of intake's clock by more than clock drift explains.
    case future
}
