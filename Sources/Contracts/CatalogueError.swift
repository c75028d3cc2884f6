/// Everything wrong with a topics directory, each problem with the file it concerns, so one run shows all fixes.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var problems: [Problem]

    /// One problem: the file it concerns and what is wrong with it.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// Path of the file (or directory) the problem is in, or of the file that is missing.
        public var file: String
        /// What is wrong.
        public var kind: Kind

        /// `path: what is wrong`.
        public var description: String { "\(file): \(kind)" }
    }

    /// The kinds of problem a topics directory can have.
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        /// The directory cannot be listed.
        case unreadableDirectory(reason: String)
        /// A file cannot be read.
        case unreadableFile(reason: String)
        /// A topic file is not JSON of the expected shape.
        case undecodable(reason: String)
        /// A topic file names a topic the code does not know.
        case unknownTopic(String)
        /// A topic file's name does not match the topic it defines.
        case fileNameMismatch(expected: String)
        /// A second file defines the same topic.
        case duplicateTopic(TopicName)
        /// The partition count is below 1.
        case invalidPartitions(Int)
        /// The retention is neither positive nor -1 (unlimited).
        case invalidRetention(Int64)
        /// The key is not one of `TopicKey`.
        case unknownKey(String)
        /// The cleanup policy is not one of `CleanupPolicy`.
        case unknownCleanupPolicy(String)
        /// A listed type is not a `MessageType`.
        case unknownType(String)
        /// A listed type belongs to another topic.
        case typeOnWrongTopic(MessageType, carriedBy: TopicName)
        /// A type the code puts on this topic is not listed.
        case typeNotListed(MessageType)
        /// A topic of the code has no definition file.
        case missingTopicFile(TopicName)
        /// A type has no schema file.
        case missingSchema(MessageType)
        /// A schema file is not a JSON object.
        case invalidSchema(MessageType, reason: String)
        /// A schema file uses a keyword the validator does not implement, or a keyword's value is malformed.
        case uncompilableSchema(MessageType, SchemaError)

        /// A sentence saying what to fix.
        public var description: String {
            switch self {
            case .unreadableDirectory(let reason):
                "cannot list the topics directory: \(reason)"
            case .unreadableFile(let reason):
                "cannot read the file: \(reason)"
            case .undecodable(let reason):
                "not a topic definition: \(reason)"
            case .unknownTopic(let name):
                "unknown topic \"\(name)\"; known topics: \(Self.list(TopicName.allCases))"
            case .fileNameMismatch(let expected):
                "the file must be named \(expected) after the topic it defines"
            case .duplicateTopic(let topic):
                "topic \(topic.rawValue) is defined by another file too"
            case .invalidPartitions(let count):
                "partitions must be at least 1, found \(count)"
            case .invalidRetention(let milliseconds):
                "retention.ms must be positive or -1 (unlimited), found \(milliseconds)"
            case .unknownKey(let key):
                "unknown key \"\(key)\"; use one of \(Self.list(TopicKey.allCases))"
            case .unknownCleanupPolicy(let policy):
                "unknown cleanupPolicy \"\(policy)\"; use one of \(Self.list(CleanupPolicy.allCases))"
            case .unknownType(let type):
                "unknown message type \"\(type)\"; add it to MessageType or remove it from types"
            case .typeOnWrongTopic(let type, let topic):
                "type \(type.rawValue) is carried by \(topic.rawValue), not by this topic"
            case .typeNotListed(let type):
                "type \(type.rawValue) is carried by this topic but missing from types"
            case .missingTopicFile(let topic):
                "missing definition of topic \(topic.rawValue)"
            case .missingSchema(let type):
                "missing JSON Schema of type \(type.rawValue)"
            case .invalidSchema(let type, let reason):
                "JSON Schema of type \(type.rawValue) is not a JSON object: \(reason)"
            case .uncompilableSchema(let type, let error):
                "JSON Schema of type \(type.rawValue) cannot be compiled: \(error.kind) at #\(error.location)"
            }
        }

        private static func list<Value: RawRepresentable<String>>(_ values: [Value]) -> String {
            values.map(\.rawValue).joined(separator: ", ")
        }
    }

    /// A heading and one line per problem.
    public var description: String {
        let heading = "topic catalogue has \(problems.count) problem\(problems.count == 1 ? "" : "s"):"
        return ([heading] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
