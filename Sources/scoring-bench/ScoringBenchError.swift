/// The benchmark's own mistakes.
enum ScoringBenchError: Error {
    /// A message was asked for the analysis of a ticket that has none.
    case noAnalysis(String)
    /// The check run dead-lettered this many messages: the input is not what the service accepts.
    case deadLettered(Int)
}
