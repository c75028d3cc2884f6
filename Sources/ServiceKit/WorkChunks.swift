import Foundation

/// How a batch's pure work (decoding what was consumed, encoding what is published) is split over the machine's
/// cores: one chunk a core, but none smaller than `minimum` items, where the split would cost more than it saves.
enum WorkChunks {
    static func ranges(of count: Int, minimum: Int) -> [Range<Int>] {
        let chunks = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / minimum))
        let size = (count + chunks - 1) / chunks
        return stride(from: 0, to: count, by: max(size, 1)).map { $0..<min($0 + size, count) }
    }

    /// `transform` over `items`, chunk by chunk on every core, in the items' order.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], minimum: Int, _ transform: @escaping @Sendable (Item) -> Output
    ) async -> [Output] {
        await mapChunks(items, minimum: minimum) { $0.map(transform) }
    }

    /// `transform` over `items`, a chunk at a time (one output for each item, in order), a chunk a core.
    static func mapChunks<Item: Sendable, Output: Sendable>(
        _ items: [Item], minimum: Int, _ transform: @escaping @Sendable (ArraySlice<Item>) -> [Output]
    ) async -> [Output] {
        let chunks = ranges(of: items.count, minimum: minimum)
        guard chunks.count > 1 else { return transform(items[...]) }
        return await withTaskGroup(of: (Int, [Output]).self) { group in
            for chunk in chunks {
                let slice = items[chunk]
                group.addTask { (chunk.lowerBound, transform(slice)) }
            }
            var parts: [(Int, [Output])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
