extension Duration {
    /// The duration in seconds, for the benchmarks' rates and lags.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
