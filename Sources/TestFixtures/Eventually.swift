/// Waits until `condition` holds, looking every `interval`; false if `timeout` passed first.
///
/// The one way tests wait for something another task or process does: a fixed sleep is either flaky or slow.
public func eventually(
    timeout: Duration = .seconds(30), every interval: Duration = .milliseconds(50), _ condition: () async throws -> Bool
) async rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: interval)
    }
    return try await condition()
}
