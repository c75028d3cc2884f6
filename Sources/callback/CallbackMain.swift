import CallbackService
import ServiceKit

/// The callback process: its configuration and data folder, then it runs until SIGTERM or SIGINT.
@main enum CallbackMain {
    static func main() async { await ServiceMain.run(CallbackService.entry) }
}
