/// A complaint event's severity level (投诉事件分级): V is solved in the station, I needs the bureau leadership.
public enum Level: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case v = "V", iv = "IV", iii = "III", ii = "II", i = "I"
}
