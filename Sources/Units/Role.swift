import Contracts

/// A person's role in their unit, as the contract names it.
public typealias Role = UnitRole
