import IntakeService
import ServiceKit

/// The intake process: its configuration and data folder, then it runs until SIGTERM or SIGINT.
@main enum IntakeMain {
    static func main() async { await ServiceMain.run(IntakeService.entry) }
}
