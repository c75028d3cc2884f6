import CallbackService
import EscalationService
import IntakeService
import RoutingService
import ScoringService
import ServiceKit

/// The services that exist, in the order of the pipeline: the replay runs all of them, and `complaints services`
/// lists them for scripts/run, the Dockerfile and docker-compose. Adding a service is one line here.
public enum AllServices {
    public static let entries: [ServiceEntry] = [
        IntakeService.entry,
        RoutingService.entry,
        EscalationService.entry,
        CallbackService.entry,
        ScoringService.entry,
    ]
}
