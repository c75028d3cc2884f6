import Foundation
import Testing

/// Names of the regular files in `directory` whose names end in `suffix`.
func fileNames(in directory: URL, endingIn suffix: String) throws -> Set<String> {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { name in
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
        return exists && !isDirectory.boolValue && name.hasSuffix(suffix)
    }
    return Set(names)
}

/// The JSON object in `file`; fails the test when the file is not one.
func jsonObject(at file: URL) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(contentsOf: file))
    return try #require(value as? [String: Any], "\(file.path) is not a JSON object")
}
