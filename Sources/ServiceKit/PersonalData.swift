import Contracts

/// Masks personal data before it reaches a log line, the same way `complaint.closed` masks it (`PersonalDataMask`
/// has the rules): one form of a customer's phone, name and account wherever they show.
public enum PersonalData {
    /// The first 3 and last 4 digits of a number of 11 digits or more (`139****0001`, `047****3456`), without
    /// country code or extension; fewer digits of a shorter number; `****` for text that is no number.
    public static func maskPhone(_ phone: String) -> String {
        PersonalDataMask.phone(phone)
    }

    /// The first character and a star for each other one: `王女士` → `王**`, `李强` → `李*`.
    public static func maskName(_ name: String) -> String {
        PersonalDataMask.name(name)
    }

    /// At most the last 4 characters, behind at least one star: `0472-100234` → `*******0234`, `12` → `*2`.
    public static func maskAccount(_ account: String) -> String {
        PersonalDataMask.account(account)
    }
}
