import Foundation

/// Chromium run headless on a local file, as the browser test needs it: the DOM after parsing and layout, or a
/// screenshot. One launch per call, in a profile directory of its own so that runs beside each other do not share one.
struct HeadlessChromium {
    static let path = "/usr/bin/chromium"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The browser is installed by scripts/setup; without it the test must fail, not pass by skipping.
    static func installed() throws -> HeadlessChromium {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Failure(description: "Chromium is not at \(path): run scripts/setup, which installs it (Debian "
                + "package chromium)")
        }
        return HeadlessChromium()
    }

    /// The document Chromium built from `page`, serialised.
    func dumpDOM(of page: URL, in directory: URL) throws -> String {
        try run(["--dump-dom", page.absoluteString], in: directory)
    }

    /// A PNG of `page` drawn in a window of `width` by `height` pixels, written to `image`.
    func screenshot(of page: URL, to image: URL, width: Int, height: Int, in directory: URL) throws {
        _ = try run(["--screenshot=\(image.path)", "--window-size=\(width),\(height)", "--hide-scrollbars",
                     page.absoluteString], in: directory)
    }

    /// Runs Chromium to the end and gives its standard output. Output goes through files, not pipes, since a page's
    /// DOM is larger than a pipe holds; a browser that hangs is killed after a minute.
    private func run(_ arguments: [String], in directory: URL) throws -> String {
        let id = UUID().uuidString
        let output = directory.appendingPathComponent("chromium-\(id).out")
        let errors = directory.appendingPathComponent("chromium-\(id).err")
        for file in [output, errors] where !FileManager.default.createFile(atPath: file.path, contents: nil) {
            throw Failure(description: "cannot create \(file.path)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(directory.appendingPathComponent("profile-\(id)").path)",
        ] + arguments
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw Failure(description: "Chromium did not finish within 60 s: \(arguments)")
        }
        let written = try String(contentsOf: output, encoding: .utf8)
        guard process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw Failure(description: "Chromium exited with \(process.terminationStatus): \(said.suffix(2000))")
        }
        return written
    }
}
