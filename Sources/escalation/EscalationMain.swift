import EscalationService
import ServiceKit

/// The escalation process: its configuration and data folder, then it runs until SIGTERM or SIGINT.
@main enum EscalationMain {
    static func main() async { await ServiceMain.run(EscalationService.entry) }
}
