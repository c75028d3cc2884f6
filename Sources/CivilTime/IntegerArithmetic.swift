extension BinaryInteger {
    /// The quotient rounded towards minus infinity, which `/` does not do for negative values: the day an instant
    /// before 1970 falls on.
    package func floorDivided(by divisor: Self) -> Self {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivided(by:)`: from 0 up to `divisor` for a positive divisor.
    package func floorModulo(_ divisor: Self) -> Self {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }

    /// The decimal digits, zero-filled on the left to `width`, as date and time fields are written.
    package func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
