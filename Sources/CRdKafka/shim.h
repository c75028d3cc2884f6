#ifndef CRDKAFKA_SHIM_H
#define CRDKAFKA_SHIM_H
// One include point for the librdkafka C API and its mock cluster (Debian librdkafka-dev 2.0.2).
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#endif
