extension StringProtocol {
    /// Whether the text is only whitespace, or empty: a field a person left blank.
    package var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}

extension Optional where Wrapped: StringProtocol {
    /// Whether the text is absent, or only whitespace.
    package var isBlank: Bool { self?.isBlank ?? true }
}
