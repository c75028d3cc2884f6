import ServiceKit

/// The services that exist, in the order of the pipeline; the replay runs all of them. Each service's issue adds
/// its definition here.
enum RegisteredServices {
    static let all: [ServiceDefinition] = []
}
