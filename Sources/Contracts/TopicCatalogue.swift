import Foundation

/// The checked contents of a topics directory: every topic's definition and every message type's JSON Schema.
public struct TopicCatalogue: Sendable {
    /// The directory the catalogue was loaded from.
    public let directory: URL
    /// Every topic's definition, sorted by name.
    public let topics: [TopicDefinition]
    private let definitions: [TopicName: TopicDefinition]
    private let schemas: [MessageType: Data]
    private let compiledSchemas: [MessageType: JSONSchema]

    /// Environment variable that points at the topics directory, for deployments that keep it elsewhere.
    public static let directoryVariable = "COMPLAINTS_TOPICS_DIR"

    /// The definition of `topic`.
    public func definition(of topic: TopicName) -> TopicDefinition {
        guard let definition = definitions[topic] else {
            preconditionFailure("load(directory:) guarantees a definition of every topic, \(topic.rawValue) is missing")
        }
        return definition
    }

    /// The raw bytes of `type`'s JSON Schema, kept as read so a validator can use them later.
    public func schemaData(for type: MessageType) -> Data {
        guard let data = schemas[type] else {
            preconditionFailure("load(directory:) guarantees a schema of every type, \(type.rawValue) is missing")
        }
        return data
    }

    /// `type`'s JSON Schema, compiled when the catalogue loaded.
    public func schema(for type: MessageType) -> JSONSchema {
        guard let schema = compiledSchemas[type] else {
            preconditionFailure("load(directory:) compiles a schema of every type, \(type.rawValue) is missing")
        }
        return schema
    }

    /// Reads and checks `directory/*.json` and `directory/schemas/<type>.schema.json`, compiling every schema, and
    /// throws every problem at once.
    public static func load(directory: URL) throws(CatalogueError) -> TopicCatalogue {
        let entries: [URL]
        do {
            entries = try FileManager.default.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        } catch {
            let problem = CatalogueError.Problem(
                file: directory.path, kind: .unreadableDirectory(reason: error.localizedDescription))
            throw CatalogueError(problems: [problem])
        }
        let (definitions, topicProblems) = readTopics(entries, in: directory)
        let schemaDirectory = directory.appendingPathComponent("schemas", isDirectory: true)
        let (schemas, compiled, schemaProblems) = readSchemas(in: schemaDirectory)
        let problems = topicProblems + schemaProblems
        guard problems.isEmpty else { throw CatalogueError(problems: problems) }
        return TopicCatalogue(
            directory: directory,
            topics: definitions.values.sorted { $0.name.rawValue < $1.name.rawValue },
            definitions: definitions,
            schemas: schemas,
            compiledSchemas: compiled
        )
    }

    private static func readTopics(
        _ entries: [URL], in directory: URL
    ) -> ([TopicName: TopicDefinition], [CatalogueError.Problem]) {
        func namedAfterTopic(_ file: URL) -> TopicName? {
            TopicName(rawValue: file.deletingPathExtension().lastPathComponent)
        }
        func isRegularFile(_ file: URL) -> Bool {
            (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
        }
        // Subfolders (schemas/, examples/) are not topic files. Sorting keeps the problem list stable, and putting
        // files named after a topic first makes a stray copy, not the real file, the one reported as a duplicate.
        let topicFiles = entries.filter { $0.pathExtension == "json" && isRegularFile($0) }.sorted { lhs, rhs in
            let lhsNamed = namedAfterTopic(lhs) != nil, rhsNamed = namedAfterTopic(rhs) != nil
            return lhsNamed != rhsNamed ? lhsNamed : lhs.lastPathComponent < rhs.lastPathComponent
        }

        var problems: [CatalogueError.Problem] = []
        var definitions: [TopicName: TopicDefinition] = [:]
        var named: Set<TopicName> = []
        // A topic whose file exists but is wrong is reported for the file's problems, not as missing too.
        var present: Set<TopicName> = []
        for file in topicFiles {
            if let topic = namedAfterTopic(file) { present.insert(topic) }
            let data: Data
            do {
                data = try Data(contentsOf: file)
            } catch {
                problems.append(.init(file: file.path, kind: .unreadableFile(reason: error.localizedDescription)))
                continue
            }
            let checked = TopicFile.check(data)
            problems += checked.problems.map { .init(file: file.path, kind: $0) }
            guard let name = checked.name else { continue }
            present.insert(name)
            if file.lastPathComponent != name.fileName {
                problems.append(.init(file: file.path, kind: .fileNameMismatch(expected: name.fileName)))
            }
            if !named.insert(name).inserted {
                problems.append(.init(file: file.path, kind: .duplicateTopic(name)))
            } else if let definition = checked.definition {
                definitions[name] = definition
            }
        }
        for topic in TopicName.allCases where !present.contains(topic) {
            let expected = directory.appendingPathComponent(topic.fileName)
            problems.append(.init(file: expected.path, kind: .missingTopicFile(topic)))
        }
        return (definitions, problems)
    }

    private static func readSchemas(
        in directory: URL
    ) -> ([MessageType: Data], [MessageType: JSONSchema], [CatalogueError.Problem]) {
        var schemas: [MessageType: Data] = [:]
        var compiled: [MessageType: JSONSchema] = [:]
        var problems: [CatalogueError.Problem] = []
        for type in MessageType.allCases {
            let file = directory.appendingPathComponent(type.schemaFileName)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                problems.append(.init(file: file.path, kind: .missingSchema(type)))
                continue
            }
            let object = try? JSONSerialization.jsonObject(with: data)
            guard object is [String: Any] else {
                let reason = object == nil ? "invalid JSON" : "the top level is not an object"
                problems.append(.init(file: file.path, kind: .invalidSchema(type, reason: reason)))
                continue
            }
            // Compiled here, once, so a schema the validator cannot enforce stops the service at start-up.
            do {
                compiled[type] = try JSONSchema(data: data, name: type.rawValue)
            } catch {
                problems.append(.init(file: file.path, kind: .uncompilableSchema(type, error)))
                continue
            }
            schemas[type] = data
        }
        return (schemas, compiled, problems)
    }

    /// The topics directory: `COMPLAINTS_TOPICS_DIR` when set (relative paths from `currentDirectory`), else the
    /// nearest `topics` folder holding `hotline.tickets.json` in `currentDirectory` or one of its ancestors.
    public static func locateDirectory(environment: [String: String], currentDirectory: URL) -> URL? {
        if let configured = environment[directoryVariable], !configured.isEmpty {
            let url = configured.hasPrefix("/")
                ? URL(fileURLWithPath: configured, isDirectory: true)
                : currentDirectory.appendingPathComponent(configured, isDirectory: true)
            return url.standardizedFileURL
        }
        let components = currentDirectory.standardizedFileURL.pathComponents
        for count in stride(from: components.count, to: 0, by: -1) {
            let folder = URL(
                fileURLWithPath: NSString.path(withComponents: Array(components.prefix(count))), isDirectory: true)
            let topics = folder.appendingPathComponent("topics", isDirectory: true)
            let marker = topics.appendingPathComponent(TopicName.hotlineTickets.fileName)
            if FileManager.default.fileExists(atPath: marker.path) { return topics }
        }
        return nil
    }
}
