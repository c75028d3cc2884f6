import Foundation

/// A topic file as JSON, with plain strings, so that an unknown name, key or type is reported as such
/// instead of failing the whole decode.
struct TopicFile: Decodable {
    struct Retention: Decodable {
        var ms: Int64
    }

    var name: String
    var description: String
    var partitions: Int
    var key: String
    var retention: Retention
    var cleanupPolicy: String
    var producers: [String]
    var consumers: [String]
    var types: [String]

    /// The outcome of checking one file: the topic it names when known, the definition when the file is
    /// entirely right, and every problem otherwise.
    struct Checked {
        var name: TopicName?
        var definition: TopicDefinition?
        var problems: [CatalogueError.Kind]
    }

    /// Decodes `data` and checks it; never throws, because the catalogue reports all files' problems at once.
    static func check(_ data: Data) -> Checked {
        let file: TopicFile
        do {
            file = try JSONDecoder().decode(TopicFile.self, from: data)
        } catch let error as DecodingError {
            return Checked(problems: [.undecodable(reason: error.fieldDescription)])
        } catch {
            return Checked(problems: [.undecodable(reason: "\(error)")])
        }
        return file.checked()
    }

    private func checked() -> Checked {
        var problems: [CatalogueError.Kind] = []
        let topic = TopicName(rawValue: name)
        if topic == nil { problems.append(.unknownTopic(name)) }
        if partitions < 1 { problems.append(.invalidPartitions(partitions)) }
        if retention.ms < 1 && retention.ms != -1 { problems.append(.invalidRetention(retention.ms)) }
        let topicKey = TopicKey(rawValue: key)
        if topicKey == nil { problems.append(.unknownKey(key)) }
        let policy = CleanupPolicy(rawValue: cleanupPolicy)
        if policy == nil { problems.append(.unknownCleanupPolicy(cleanupPolicy)) }

        var messageTypes: [MessageType] = []
        for rawType in types {
            guard let type = MessageType(rawValue: rawType) else {
                problems.append(.unknownType(rawType))
                continue
            }
            messageTypes.append(type)
            if let topic, type.topic != topic { problems.append(.typeOnWrongTopic(type, carriedBy: type.topic)) }
        }
        if let topic {
            for type in MessageType.allCases where type.topic == topic && !messageTypes.contains(type) {
                problems.append(.typeNotListed(type))
            }
        }

        guard problems.isEmpty, let topic, let topicKey, let policy else {
            return Checked(name: topic, problems: problems)
        }
        let definition = TopicDefinition(
            name: topic, description: description, partitions: partitions, key: topicKey,
            retentionMilliseconds: retention.ms, cleanupPolicy: policy, producers: producers, consumers: consumers,
            types: messageTypes
        )
        return Checked(name: topic, definition: definition, problems: [])
    }
}
