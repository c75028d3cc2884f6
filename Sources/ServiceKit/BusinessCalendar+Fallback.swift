import BusinessTime
import Logging
import Synchronization

// Issue 13 item 7: the calendar never stops a service. A deadline that runs into a year without a calendar file
// counts Monday–Friday and is set all the same; operators see the guess three ways: a warning in the log, the gauge
// `complaints_calendar_guessed_years` and a line on /readyz, each saying which file to add.
extension BusinessCalendar {
    /// This calendar answering years without a file Monday–Friday, each year's first guess logged as a warning and
    /// counted in `metrics`.
    func fallingBackToWeekdays(reportingTo metrics: ServiceMetrics, logger: Logger) -> BusinessCalendar {
        // The gauge is set under the lock, so two years guessed at once cannot leave the smaller count last.
        let guessed = Mutex(0)
        return fallingBackToWeekdays { year in
            logger.warning("no calendar file for a year; its deadlines count Monday to Friday", metadata: [
                "year": "\(year)",
                "assumed": "Monday–Friday working, no holidays, no make-up days",
                "fix": "add services/calendar/\(year).json and restart",
            ])
            guessed.withLock { count in
                count += 1
                metrics.calendarGuessedYears.record(count)
            }
        }
    }

    /// One readiness problem per year this calendar guessed, saying which file to add.
    var missingYearProblems: [String] {
        guessedYears.map { year in
            "no calendar file for \(year): its deadlines count Monday–Friday; add services/calendar/\(year).json"
        }
    }
}
