extension String {
    /// The text of `scalars`, as normalising and phrase matching leave a text (arrays of scalars).
    ///
    /// Written as UTF-8 straight into the string's storage: appending the scalars to a `String.UnicodeScalarView`
    /// went through its generic append one scalar at a time, which cost the intake more than cutting a ticket's stock
    /// phrases out (docs/benchmarks.md, "Intake").
    public init(scalars: [Unicode.Scalar]) {
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    buffer[written] = unit
                    written += 1
                }
            }
            return written
        }
    }
}
