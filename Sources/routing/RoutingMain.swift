import RoutingService
import ServiceKit

/// The routing process: its configuration and data folder, then it runs until SIGTERM or SIGINT.
@main enum RoutingMain {
    static func main() async { await ServiceMain.run(RoutingService.entry) }
}
