# Production image of every executable. Build: docker build -t complaints .
FROM swift:6.1-bookworm AS build
RUN apt-get update -qq && apt-get install -y -qq librdkafka-dev libsqlite3-dev pkg-config >/dev/null
WORKDIR /src
COPY Package.swift ./
COPY Sources Sources
RUN for product in devbroker complaints intake; do swift build -c release --product "$product" || exit 1; done \
 && mkdir /out && cp "$(swift build -c release --show-bin-path)"/{devbroker,complaints,intake} /out/

FROM debian:bookworm-slim
RUN apt-get update -qq && apt-get install -y -qq librdkafka1 libsqlite3-0 ca-certificates >/dev/null \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/lib/swift/linux/*.so* /usr/lib/swift/linux/
COPY --from=build /out/ /usr/local/bin/
COPY topics /app/topics
COPY services /app/services
WORKDIR /app
ENV COMPLAINTS_TOPICS_DIR=/app/topics LD_LIBRARY_PATH=/usr/lib/swift/linux
