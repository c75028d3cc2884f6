import Synchronization

/// The years without a calendar file that a falling-back `BusinessCalendar` has answered Monday–Friday, shared by
/// every copy of that calendar so that each year is reported once, whichever copy asked first.
final class GuessedYears: Sendable {
    private let years = Mutex<Set<Int>>([])
    private let report: @Sendable (Int) -> Void

    init(report: @escaping @Sendable (Int) -> Void) {
        self.report = report
    }

    /// Notes that `year` was guessed; reports it the first time only.
    func record(_ year: Int) {
        let isFirst = years.withLock { $0.insert(year).inserted }
        // Reported outside the lock, so the report may read `sorted` (or ask the calendar) without deadlocking.
        if isFirst { report(year) }
    }

    /// The guessed years, ascending.
    var sorted: [Int] {
        years.withLock { $0.sorted() }
    }
}
