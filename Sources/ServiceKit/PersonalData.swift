/// Masks personal data before it reaches a log line or a published story (complaint.closed).
public enum PersonalData {
    /// Keeps the first 3 and last 4 digits of a mobile number (`139****0001`) and the area code and last 2 digits of
    /// a landline (`0472-*****34`): enough for a person to recognise a call, not to dial it.
    public static func maskPhone(_ phone: String) -> String {
        let digits = phone.filter(\.isNumber)
        guard digits.count >= 7 else { return String(repeating: "*", count: phone.count) }
        if let dash = phone.firstIndex(of: "-") {
            let area = phone[..<dash]
            return "\(area)-" + String(repeating: "*", count: max(0, digits.count - area.count - 2)) + digits.suffix(2)
        }
        return digits.prefix(3) + String(repeating: "*", count: digits.count - 7) + digits.suffix(4)
    }

    /// Keeps the family name (the first character) and any trailing courtesy title: `王女士` → `王**`, `李强` → `李*`.
    public static func maskName(_ name: String) -> String {
        guard let first = name.first else { return name }
        return String(first) + String(repeating: "*", count: name.count - 1)
    }

    /// Keeps the last 4 characters of an account number.
    public static func maskAccount(_ account: String) -> String {
        String(repeating: "*", count: max(0, account.count - 4)) + account.suffix(4)
    }
}
