import CRdKafka
import Logging
import Synchronization

/// Owns one `rd_kafka_t` and the context its C callbacks reach through `rd_kafka_opaque`.
///
/// The callbacks see only `CallbackContext`, never this object: a callback on a librdkafka thread must not be able
/// to drop the last reference to the client, or `rd_kafka_destroy` would run on, and join, its own thread.
/// `@unchecked Sendable`: librdkafka documents `rd_kafka_t` as thread-safe; `destroyFlags` is set before the last
/// reference goes away.
final class RDKafkaClient: @unchecked Sendable {
    enum Role {
        case producer, consumer

        var cValue: rd_kafka_type_t { self == .producer ? RD_KAFKA_PRODUCER : RD_KAFKA_CONSUMER }
    }

    let handle: OpaquePointer
    private let context: CallbackContext
    /// `rd_kafka_destroy_flags` flags, e.g. to skip the blocking consumer close of a consumer never closed.
    var destroyFlags: Int32 = 0

    /// Builds the configuration, installs the callbacks and creates the handle; any rejected property or a
    /// refusal by `rd_kafka_new` surfaces as a `KafkaError` with librdkafka's own words.
    init(
        role: Role, properties: [(String, String)], logger: Logger,
        deliveryCallback: DeliveryCallback? = nil, rebalanceTarget: (any RebalanceTarget)? = nil
    ) throws(KafkaError) {
        context = CallbackContext(logger: logger, rebalanceTarget: rebalanceTarget)
        let conf = try RDKafkaClient.makeConfiguration(properties)
        rd_kafka_conf_set_log_cb(conf, rdkafkaLogCallback)
        rd_kafka_conf_set_error_cb(conf, rdkafkaErrorCallback)
        if let deliveryCallback { rd_kafka_conf_set_dr_msg_cb(conf, deliveryCallback) }
        if rebalanceTarget != nil { rd_kafka_conf_set_rebalance_cb(conf, rdkafkaRebalanceCallback) }
        // Unretained: `self` keeps the context alive until after `rd_kafka_destroy` has returned.
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(context).toOpaque())
        var errorText = ErrorText()
        guard let created = rd_kafka_new(role.cValue, conf, &errorText.buffer, errorText.capacity) else {
            rd_kafka_conf_destroy(conf)
            throw KafkaError(kind: .clientCreation, code: .localInvalidArg, message: errorText.text)
        }
        handle = created
    }

    deinit {
        rd_kafka_destroy_flags(handle, destroyFlags)
    }

    var logger: Logger { context.logger }

    /// The error that put this client in librdkafka's fatal state, if any.
    var fatalError: KafkaError? { context.fatal.withLock { $0 } }

    static func makeConfiguration(_ properties: [(String, String)]) throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        var errorText = ErrorText()
        for (name, value) in properties
        where rd_kafka_conf_set(conf, name, value, &errorText.buffer, errorText.capacity) != RD_KAFKA_CONF_OK {
            rd_kafka_conf_destroy(conf)
            throw KafkaError(kind: .configuration, code: .localInvalidArg, message: errorText.text, property: name)
        }
        return conf
    }
}

/// What the C callbacks need: a logger, the fatal-error slot and the rebalance target.
///
/// `@unchecked Sendable`: `logger` is immutable, `fatal` is behind a `Mutex`, and the weak reference is only read.
private final class CallbackContext: @unchecked Sendable {
    let logger: Logger
    let fatal = Mutex<KafkaError?>(nil)
    /// Weak: the target (a consumer core) owns the client that owns this context.
    weak var rebalanceTarget: (any RebalanceTarget)?

    init(logger: Logger, rebalanceTarget: (any RebalanceTarget)?) {
        self.logger = logger
        self.rebalanceTarget = rebalanceTarget
    }

    static func of(_ handle: OpaquePointer?) -> CallbackContext? {
        guard let handle, let opaque = rd_kafka_opaque(handle) else { return nil }
        return Unmanaged<CallbackContext>.fromOpaque(opaque).takeUnretainedValue()
    }

    func recordError(handle: OpaquePointer, code: rd_kafka_resp_err_t, reason: String) {
        if code == RD_KAFKA_RESP_ERR__FATAL {
            var text = ErrorText()
            let original = KafkaErrorCode(rd_kafka_fatal_error(handle, &text.buffer, text.capacity))
            let error = KafkaError(kind: .produce, code: original, message: text.text, isFatal: true)
            fatal.withLock { if $0 == nil { $0 = error } }
            logger.critical("kafka client is in a fatal state", metadata: [
                "code": "\(original.name)", "reason": "\(text.text)",
            ])
        } else {
            // Transport and broker-state errors are informational: librdkafka recovers by itself.
            logger.warning("kafka client error", metadata: ["code": "\(KafkaErrorCode(code).name)", "reason": "\(reason)"])
        }
    }
}

private let rdkafkaLogCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafePointer<CChar>?) -> Void = {
    handle, level, facility, text in
    guard let context = CallbackContext.of(handle) else { return }
    let swiftLevel: Logger.Level = switch level {
    case ...3: .error
    case 4: .warning
    case 5, 6: .info
    default: .debug
    }
    context.logger.log(level: swiftLevel, "librdkafka", metadata: [
        "facility": "\(facility.map { String(cString: $0) } ?? "")",
        "message": "\(text.map { String(cString: $0) } ?? "")",
    ])
}

private let rdkafkaErrorCallback: @convention(c) (OpaquePointer?, Int32, UnsafePointer<CChar>?, UnsafeMutableRawPointer?) -> Void = {
    handle, code, reason, _ in
    guard let handle else { return }
    CallbackContext.of(handle)?.recordError(
        handle: handle, code: rd_kafka_resp_err_t(rawValue: code), reason: reason.map { String(cString: $0) } ?? "")
}

private let rdkafkaRebalanceCallback: @convention(c) (
    OpaquePointer?, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?, UnsafeMutableRawPointer?
) -> Void = { handle, code, partitions, _ in
    guard let handle else { return }
    if let target = CallbackContext.of(handle)?.rebalanceTarget {
        target.rebalance(handle: handle, code: code, partitions: partitions)
    } else {
        // The consumer is being torn down: give up the partitions so that librdkafka's close can finish.
        _ = rd_kafka_assign(handle, nil)
    }
}

/// librdkafka's per-message delivery report callback.
typealias DeliveryCallback = @convention(c) (OpaquePointer?, UnsafePointer<rd_kafka_message_t>?, UnsafeMutableRawPointer?) -> Void

/// Receives librdkafka's rebalance callback on the thread that polls the consumer.
protocol RebalanceTarget: AnyObject, Sendable {
    func rebalance(handle: OpaquePointer, code: rd_kafka_resp_err_t, partitions: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?)
}
