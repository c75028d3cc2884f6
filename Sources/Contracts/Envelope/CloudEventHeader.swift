/// Header names and fixed values of the CloudEvents Kafka binding (binary mode) as the contract uses it.
public enum CloudEventHeader {
    /// `ce_specversion`, always `1.0`.
    public static let specVersion = "ce_specversion"
    /// `ce_id`, the deduplication key.
    public static let id = "ce_id"
    /// `ce_source`, the producer.
    public static let source = "ce_source"
    /// `ce_type`, a `MessageType`.
    public static let type = "ce_type"
    /// `ce_time`, RFC 3339.
    public static let time = "ce_time"
    /// `ce_subject`, the ticket number.
    public static let subject = "ce_subject"
    /// `content-type`, the body's media type.
    public static let contentType = "content-type"

    /// The only CloudEvents version spoken.
    public static let supportedSpecVersion = "1.0"
    /// The media type of every body.
    public static let jsonContentType = "application/json"
}
