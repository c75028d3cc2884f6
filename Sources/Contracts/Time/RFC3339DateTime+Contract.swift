import CivilTime

extension RFC3339DateTime {
    /// A date-time as the contract's reference validator (`rfc3339-validator`, used by Python's jsonschema) accepts
    /// it: RFC 3339 with `T` between date and time, and no year 0000, which it takes for "before 1 AD".
    init?(contract text: String) {
        self.init(text)
        guard date.year >= 1 else { return nil }
    }
}
