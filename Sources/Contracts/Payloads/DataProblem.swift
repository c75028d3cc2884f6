/// A field of a registered ticket that intake could not read or had to correct (`complaint.registered`'s
/// `dataProblems`). The ticket is registered and forwarded all the same (H1); the problem tells the hotline what to
/// correct, and the services after intake what they cannot rely on (a phone nobody can dial, an area no station
/// serves).
public struct DataProblem: Codable, Sendable, Equatable {
    /// The field as a path into `ticket.submitted`, e.g. `customer.phone`, `receivedAt`; `customer` for the customer
    /// as a whole.
    public var field: String
    /// What kind of problem.
    public var code: DataProblemCode
    /// What was found and what intake did, for a person; personal data masked.
    public var message: String

    /// Creates a problem.
    public init(field: String, code: DataProblemCode, message: String) {
        self.field = field
        self.code = code
        self.message = message
    }
}
