/// The customer as the hotline recorded them; account or phone identifies them for repeat demands (R2).
public struct Customer: Codable, Sendable, Equatable {
    /// Electricity account number.
    public var account: String?
    /// Name as given; empty for anonymous reporters.
    public var name: String?
    /// Caller number.
    public var phone: String?
    /// Address as given.
    public var address: String?
    /// Whether the reporter gave their name; a named reporter always gets a callback (C1).
    public var named: Bool

    /// Creates a customer; the schema needs `account` or `phone`.
    public init(
        account: String? = nil, name: String? = nil, phone: String? = nil, address: String? = nil, named: Bool
    ) {
        self.account = account
        self.name = name
        self.phone = phone
        self.address = address
        self.named = named
    }
}
