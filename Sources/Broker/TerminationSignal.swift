import Dispatch
import Foundation

/// Waits for SIGINT or SIGTERM and returns the signal's name.
public func waitForTerminationSignal() async -> String {
    let signals = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]
    return await withCheckedContinuation { continuation in
        let queue = DispatchQueue(label: "termination-signal")
        var sources: [any DispatchSourceSignal] = []
        let resumed = NSLock()
        var done = false
        for (number, name) in signals {
            // The default action would end the process before the handler runs.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                resumed.lock()
                defer { resumed.unlock() }
                guard !done else { return }
                done = true
                sources.forEach { $0.cancel() }
                continuation.resume(returning: name)
            }
            source.resume()
            sources.append(source)
        }
    }
}
