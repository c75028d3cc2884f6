import Foundation
import Logging
import Synchronization

/// One JSON object per line on standard error: time, level, logger, message and metadata; phone numbers that slip
/// into a message or a value are masked on the way out.
///
/// Handlers mask names and accounts where they log them (`PersonalData`); this is the net under that.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String
    private let stream: @Sendable (String) -> Void

    public init(label: String, level: Logger.Level = .info, stream: @escaping @Sendable (String) -> Void = JSONLogHandler.standardError) {
        self.label = label
        self.logLevel = level
        self.stream = stream
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: Any] = [
            "time": Self.timeFormat.format(Date()),
            "level": event.level.rawValue,
            "logger": label,
            "message": PhoneScrubber.scrub(event.message.description),
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = PhoneScrubber.scrub(value.description)
        }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        stream(String(decoding: data, as: UTF8.self) + "\n")
    }

    private static let timeFormat = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// Writes whole lines to standard error under a lock, so lines from several threads never interleave.
    public static let standardError: @Sendable (String) -> Void = { line in
        errorLock.withLock { _ in FileHandle.standardError.write(Data(line.utf8)) }
    }

    private static let errorLock = Mutex(())
}

/// Finds mainland mobile numbers (1[3-9] and 9 digits) and landlines (0 + area code, dash, 7–8 digits) in free text.
enum PhoneScrubber {
    private static let pattern = try! NSRegularExpression(pattern: "(?<![0-9])(1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8})(?![0-9])")

    static func scrub(_ text: String) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        let range = NSRange(text.startIndex..., in: text)
        var result = text
        for match in pattern.matches(in: text, range: range).reversed() {
            guard let swiftRange = Range(match.range, in: result) else { continue }
            result.replaceSubrange(swiftRange, with: PersonalData.maskPhone(String(result[swiftRange])))
        }
        return result
    }
}
