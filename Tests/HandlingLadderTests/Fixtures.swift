import BusinessTime
import Foundation
import HandlingLadder
import ServiceKit
import TestFixtures
import Testing

/// The calendars the repository ships (2025 and 2026).
func shippedCalendar() throws -> BusinessCalendar {
    try BusinessCalendar(directory: RepositoryFiles.calendars)
}

/// The folder of the shipped limits file.
let ladderFolder = RepositoryFiles.file("services/ladder")

/// The limits file the repository ships, read the way the services read it.
func shippedLimits() throws -> LadderLimits {
    try ServiceData(directory: ladderFolder).decode(LadderLimits.self, from: LadderLimits.fileName) { $0.problems() }
}

/// The ladder of the shipped limits file.
func shippedLadder() throws -> Ladder {
    try Ladder(limits: shippedLimits())
}

/// `text` written as the limits file of a fresh folder, read through `ServiceData` as a service would.
func loadLimits(_ text: String) throws -> LadderLimits {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent(LadderLimits.fileName))
    return try ServiceData(directory: folder).decode(LadderLimits.self, from: LadderLimits.fileName) { $0.problems() }
}

