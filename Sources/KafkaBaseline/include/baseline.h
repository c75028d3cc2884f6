#ifndef KAFKA_BASELINE_H
#define KAFKA_BASELINE_H
// The benchmark's baseline: the same produce and consume work as the Swift wrapper's benchmark, written straight
// against librdkafka's C API, so that the wrapper's overhead can be stated as a ratio measured in the same run.
#include <stddef.h>

typedef struct {
    double seconds;   // wall time of the timed section
    long messages;    // messages delivered (produce) or read (consume)
    long failures;    // delivery reports with an error
    long bytes;       // payload bytes delivered or read
} baseline_result;

// Produces `count` messages of `size` bytes keyed "customer-<i % 1000>" with the wrapper's default settings
// (idempotent, acks=all, linger.ms=5) and waits for every delivery report. Returns 0 on success.
int baseline_produce(const char *bootstrap, const char *topic, long count, int size, baseline_result *out);

// Reads `count` messages from every partition of `topic` (partitions 0..partitions-1) from the beginning, without a
// consumer group, touching each payload, with the same read-ahead limits as the wrapper's consumer
// (`queued.min.messages`, `queued.max.messages.kbytes`). Returns 0 on success, -1 on a timeout.
int baseline_consume(const char *bootstrap, const char *topic, int partitions, long count, long prefetch_messages,
                     long prefetch_kilobytes, baseline_result *out);
#endif
