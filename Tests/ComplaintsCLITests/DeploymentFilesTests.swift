import AllServices
import Foundation
import ServiceKit
import TestFixtures
import Testing

/// Every registered service runs everywhere the system runs, from its one entry: the package builds its executable,
/// and scripts/run, the Dockerfile and docker-compose start it.
@Suite struct DeploymentFilesTests {
    private func text(_ path: String) throws -> String {
        try String(contentsOf: RepositoryFiles.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func everyServiceHasItsLineInDockerCompose() throws {
        let compose = try text("docker-compose.yml")
        let lines = compose.split(separator: "\n").filter { $0.contains("<<: *service") }.map { String($0) }
        #expect(lines == AllServices.entries.map { "  \($0.name): {<<: *service, command: [\($0.name)]}" },
                "docker-compose.yml needs one line per service, in the order of AllServices.entries")
    }

    @Test func everyServiceIsATargetOfThePackage() throws {
        let package = try text("Package.swift")
        for entry in AllServices.entries {
            #expect(package.contains(#"name: "\#(entry.name)""#), "Package.swift's services list lacks \(entry.name)")
        }
    }

    @Test func scriptsAndTheImageTakeTheServicesFromTheList() throws {
        #expect(try text("scripts/run").contains(#"services=$("$bin/complaints" services)"#))
        #expect(try text("Dockerfile").contains(#"$("$bin/complaints" services)"#))
    }

    @Test func everyServiceHasADataFolderAndItsDataLoads() throws {
        for entry in AllServices.entries {
            let folder = RepositoryFiles.root.appendingPathComponent("services/\(entry.name)", isDirectory: true)
            let definition = try entry.load(ServiceData(directory: folder))
            #expect(definition.name == entry.name)
        }
    }
}
