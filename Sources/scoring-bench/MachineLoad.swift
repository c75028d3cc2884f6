import Foundation

/// The machine's load averages over 1, 5 and 15 minutes (`/proc/loadavg`), printed beside the figures: the machine
/// is shared, and a figure means little without how busy it was.
enum MachineLoad {
    static var description: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "load unknown" }
        return "load " + text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}
