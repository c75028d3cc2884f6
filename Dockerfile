# Production image of every executable. Build: docker build -t complaints .
FROM swift:6.1-bookworm AS build
RUN apt-get update -qq && apt-get install -y -qq librdkafka-dev libsqlite3-dev pkg-config >/dev/null
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
# The services come from `complaints services`, so a new service needs no line here.
RUN swift build -c release --product complaints \
 && bin="$(swift build -c release --show-bin-path)" && products="devbroker complaints $("$bin/complaints" services)" \
 && for product in $products; do swift build -c release --product "$product" || exit 1; done \
 && mkdir /out && for product in $products; do cp "$bin/$product" /out/ || exit 1; done

FROM debian:bookworm-slim
RUN apt-get update -qq && apt-get install -y -qq librdkafka1 libsqlite3-0 ca-certificates >/dev/null \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/lib/swift/linux/*.so* /usr/lib/swift/linux/
COPY --from=build /out/ /usr/local/bin/
COPY topics /app/topics
COPY services /app/services
WORKDIR /app
ENV COMPLAINTS_TOPICS_DIR=/app/topics LD_LIBRARY_PATH=/usr/lib/swift/linux
