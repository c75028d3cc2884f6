#include "baseline.h"

#include <librdkafka/rdkafka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static rd_kafka_conf_t *make_conf(const char *bootstrap) {
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];
    rd_kafka_conf_set(conf, "bootstrap.servers", bootstrap, err, sizeof err);
    rd_kafka_conf_set(conf, "log_level", "3", err, sizeof err);
    return conf;
}

static void on_delivery(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque) {
    baseline_result *result = opaque;
    (void)rk;
    if (message->err) {
        result->failures++;
    } else {
        result->messages++;
        result->bytes += (long)message->len;
    }
}

int baseline_produce(const char *bootstrap, const char *topic, long count, int size, baseline_result *out) {
    memset(out, 0, sizeof *out);
    rd_kafka_conf_t *conf = make_conf(bootstrap);
    char err[512];
    rd_kafka_conf_set(conf, "enable.idempotence", "true", err, sizeof err);
    rd_kafka_conf_set(conf, "acks", "all", err, sizeof err);
    rd_kafka_conf_set(conf, "linger.ms", "5", err, sizeof err);
    rd_kafka_conf_set(conf, "message.timeout.ms", "600000", err, sizeof err);
    rd_kafka_conf_set(conf, "queue.buffering.max.messages", "500000", err, sizeof err);
    rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
    rd_kafka_conf_set_opaque(conf, out);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        fprintf(stderr, "baseline producer: %s\n", err);
        return -1;
    }
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(rk, topic, NULL);
    char *payload = malloc((size_t)size);
    memset(payload, 'x', (size_t)size);
    // The keys of 1,000 customers, made before the clock starts, as the wrapper's side does.
    static char keys[1000][16];
    int key_lengths[1000];
    for (int k = 0; k < 1000; k++) key_lengths[k] = snprintf(keys[k], sizeof keys[k], "customer-%d", k);
    double start = now_seconds();
    for (long i = 0; i < count; i++) {
        const char *key = keys[i % 1000];
        int key_len = key_lengths[i % 1000];
        rd_kafka_vu_t fields[6];
        fields[0].vtype = RD_KAFKA_VTYPE_RKT;
        fields[0].u.rkt = rkt;
        fields[1].vtype = RD_KAFKA_VTYPE_PARTITION;
        fields[1].u.i32 = RD_KAFKA_PARTITION_UA;
        fields[2].vtype = RD_KAFKA_VTYPE_VALUE;
        fields[2].u.mem.ptr = payload;
        fields[2].u.mem.size = (size_t)size;
        fields[3].vtype = RD_KAFKA_VTYPE_KEY;
        fields[3].u.mem.ptr = (void *)key;
        fields[3].u.mem.size = (size_t)key_len;
        fields[4].vtype = RD_KAFKA_VTYPE_OPAQUE;
        fields[4].u.ptr = NULL;
        fields[5].vtype = RD_KAFKA_VTYPE_MSGFLAGS;
        fields[5].u.i = RD_KAFKA_MSG_F_COPY;
        rd_kafka_error_t *error;
        while ((error = rd_kafka_produceva(rk, fields, 6)) != NULL) {
            rd_kafka_resp_err_t code = rd_kafka_error_code(error);
            rd_kafka_error_destroy(error);
            if (code != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
                out->failures++;
                break;
            }
            rd_kafka_poll(rk, 1);
        }
        rd_kafka_poll(rk, 0);
    }
    rd_kafka_flush(rk, 600000);
    out->seconds = now_seconds() - start;
    free(payload);
    rd_kafka_topic_destroy(rkt);
    rd_kafka_destroy(rk);
    return out->failures == 0 ? 0 : -1;
}

int baseline_consume(const char *bootstrap, const char *topic, int partitions, long count, long prefetch_messages,
                     long prefetch_kilobytes, baseline_result *out) {
    memset(out, 0, sizeof *out);
    rd_kafka_conf_t *conf = make_conf(bootstrap);
    char err[512];
    rd_kafka_conf_set(conf, "group.id", "baseline", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.offset.store", "false", err, sizeof err);
    char number[32];
    snprintf(number, sizeof number, "%ld", prefetch_messages);
    rd_kafka_conf_set(conf, "queued.min.messages", number, err, sizeof err);
    snprintf(number, sizeof number, "%ld", prefetch_kilobytes);
    rd_kafka_conf_set(conf, "queued.max.messages.kbytes", number, err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk) {
        fprintf(stderr, "baseline consumer: %s\n", err);
        return -1;
    }
    rd_kafka_poll_set_consumer(rk);
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(partitions);
    for (int p = 0; p < partitions; p++) {
        rd_kafka_topic_partition_list_add(list, topic, p)->offset = RD_KAFKA_OFFSET_BEGINNING;
    }
    double start = now_seconds();
    rd_kafka_assign(rk, list);
    rd_kafka_topic_partition_list_destroy(list);
    volatile unsigned char sink = 0;
    while (out->messages < count && now_seconds() - start < 120) {
        rd_kafka_message_t *message = rd_kafka_consumer_poll(rk, 100);
        if (!message) continue;
        if (!message->err) {
            out->messages++;
            out->bytes += (long)message->len;
            if (message->len) sink ^= ((const unsigned char *)message->payload)[0];
        }
        rd_kafka_message_destroy(message);
    }
    out->seconds = now_seconds() - start;
    (void)sink;
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return out->messages >= count ? 0 : -1;
}
