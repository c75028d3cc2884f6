import Foundation

/// How a batch's pure work (decoding what was consumed, encoding what is published) is split over the machine's
/// cores: one chunk a core, but none smaller than `minimum` items, where the split would cost more than it saves.
enum WorkChunks {
    static func ranges(of count: Int, minimum: Int) -> [Range<Int>] {
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / minimum))
        let size = (count + chunks - 1) / chunks
        return stride(from: 0, to: count, by: max(size, 1)).map { $0..<min($0 + size, count) }
    }
}
