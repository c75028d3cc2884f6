/// A buffer for librdkafka's `char *errstr, size_t errstr_size` out-parameters.
struct ErrorText {
    var buffer = [CChar](repeating: 0, count: 512)

    var capacity: Int { buffer.count }

    var text: String { buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) } }
}
