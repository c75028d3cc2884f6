/// The channel a ticket came in through.
public enum Channel: String, CaseIterable, Sendable, Codable {
    /// The 95598 customer service hotline.
    case hotline95598 = "95598"
    /// The 12398 energy regulator line; a complaint here is always serious.
    case regulator12398 = "12398"
    /// Suggestion box or book in the business hall.
    case hall
    /// A letter.
    case letter
    /// The customer came in person.
    case visit
    /// SMS, WeChat or the app.
    case online
    /// The grid service phone, which runs in parallel with 95598.
    case gridPhone = "grid-phone"
}
