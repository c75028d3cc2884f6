import ScoringService
import ServiceKit

/// The scoring process: its configuration and data folder, then it runs until SIGTERM or SIGINT.
@main enum ScoringMain {
    static func main() async { await ServiceMain.run(ScoringService.entry) }
}
