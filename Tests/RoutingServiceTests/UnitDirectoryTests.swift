import Units
import Contracts
@testable import RoutingService
import Testing

/// The unit directory as data (issue 12, item 1).
@Suite struct UnitDirectoryTests {
    /// H5, H6: every station of the shipped directory has staff, a technician and a head.
    @Test func theShippedJiuyuanDirectoryLoadsWithEveryStationStaffed() throws {
        let directory = shipped.directory
        #expect(directory.problems.isEmpty)
        #expect(directory.units.map(\.id) == [
            "leadership", "deputy-marketing", "marketing", "csc", "st-machi", "st-halinge", "st-alagatai", "st-saihan",
        ])
        for station in directory.units where station.tier == .station {
            #expect(station.people(in: .staff).count >= 2, "\(station.id)")
            #expect((1...2).contains(station.people(in: .technician).count), "\(station.id)")
            #expect(station.people(in: .head).count == 1, "\(station.id)")
            #expect(station.customers != nil, "\(station.id)")
        }
        #expect(directory.station(serving: "JY-XQ")?.id == "st-alagatai")
    }

    /// Every problem of a broken directory is listed in one error, so the file is fixed in one round.
    @Test func everyProblemOfABrokenDirectoryIsListedAtOnce() throws {
        let data = try dataFolder(["units.json": """
            { "bureau": "test", "units": [
              { "id": "csc", "name": "A", "tier": "csc", "parent": "nowhere", "people": [{ "id": "p1", "name": "甲", "role": "officer" }] },
              { "id": "st-a", "name": "B", "tier": "station", "parent": "csc", "areas": ["X"],
                "people": [{ "id": "p1", "name": "乙", "role": "staff" }] },
              { "id": "st-b", "name": "C", "tier": "station", "parent": "csc", "areas": ["X"],
                "people": [{ "id": "p2", "name": "丙", "role": "staff" }, { "id": "p3", "name": "丁", "role": "technician" },
                           { "id": "p4", "name": "戊", "role": "head" }] },
              { "id": "st-b", "name": "D", "tier": "station", "parent": "csc", "areas": [],
                "people": [{ "id": "p5", "name": "己", "role": "staff" }, { "id": "p6", "name": "庚", "role": "technician" },
                           { "id": "p7", "name": "辛", "role": "head" }] },
              { "id": "mk", "name": "E", "tier": "marketing", "parent": "dp", "people": [{ "id": "p8", "name": "壬", "role": "head" }] },
              { "id": "dp", "name": "F", "tier": "deputy", "parent": "mk", "people": [{ "id": "p9", "name": "癸", "role": "head" }] }
            ] }
            """])
        let found = problems { _ = try UnitDirectory.load(from: data, file: "units.json") }
        let expected = [
            "unit id st-b is used by more than one unit",
            "person id p1 is used by more than one person",
            "unit csc names unknown parent nowhere",
            "units form a cycle of parents: mk → dp → mk",
            "area X is claimed by more than one unit: st-a, st-b",
            "station st-b serves no area",
            "no unit has tier leadership; the ladder has nowhere to go there",
            "station st-a has no technician",
            "station st-a has no head",
        ]
        for problem in expected { #expect(found.contains(problem), "missing: \(problem) in \(found)") }
    }

    /// P2: escalation follows the parents, so each parent is the tier right above.
    @Test func aParentThatIsNotTheNextTierUpIsAProblem() {
        var directory = shipped.directory
        directory.units[4].parent = "marketing"
        #expect(directory.problems == [
            "unit st-machi (station) has parent marketing of tier marketing; the ladder needs csc",
        ])
    }

    /// A role a unit does not have, or a higher unit with nobody to act for it, is a problem.
    @Test func aUnitWhosePeopleCannotActForItIsAProblem() {
        var directory = shipped.directory
        directory.units[3].people = []
        directory.units[4].people[0].role = .officer
        #expect(directory.problems == [
            "unit csc has nobody to act for it",
            "person mc-01 of st-machi has role officer, which a station unit does not have",
            "station st-machi has no head",
        ])
    }

    /// A file that does not decode is refused naming what is wrong, not guessed at.
    @Test func anUnknownTierIsRefusedAtLoad() throws {
        let data = try dataFolder(["units.json": #"{ "bureau": "t", "units": [{ "id": "x", "name": "X", "tier": "county" }] }"#])
        let found = problems { _ = try UnitDirectory.load(from: data, file: "units.json") }
        #expect(found.count == 1)
        #expect(found.first?.contains("tier") == true)
    }
}
